/**
 * The world map of "who depends on a partner", made at build time: world-atlas country shapes
 * (Natural Earth 1:110m, in the npm package) projected with an Equal Earth projection to whole
 * units. The shapes are served once as an SVG sprite (/compare/world-shapes.svg, one <path id> per
 * country, cached by the browser); the page's map only carries <use> references and fills.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compactPath } from '../OilRoutesMap/geo';

/** The sprite's drawing units: the map is drawn at this width and scaled to its frame. */
export const WORLD_W = 960;
export const SHAPES_PATH = '/compare/world-shapes.svg';
/** Antarctica (ISO 010) is left out: no reporter, and a third of the map's height. */
const LEFT_OUT = new Set(['010']);

export interface WorldShape {
	/** ISO 3166 numeric, as world-atlas and world_countries.csv write it ("112"). */
	iso: string;
	name: string;
	d: string;
	/** Where the shape's label point is (its centroid), in whole units. */
	cx: number;
	cy: number;
}

export interface WorldMap {
	width: number;
	height: number;
	shapes: WorldShape[];
}

function loadCountries(): FeatureCollection<Geometry, { name: string }> {
	const require = createRequire(import.meta.url);
	const file = require.resolve('world-atlas/countries-110m.json');
	const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{
		countries: GeometryCollection<{ name: string }>;
	}>;
	return feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
}

let cache: WorldMap | undefined;

/** Every country shape with an ISO id, projected and rounded (computed once per process). */
export function worldMap(): WorldMap {
	if (cache) return cache;
	const all = loadCountries();
	const features = all.features.filter(
		(f) => f.id !== undefined && !LEFT_OUT.has(String(f.id).padStart(3, '0'))
	);
	const fc = { type: 'FeatureCollection' as const, features };
	const projection = geoEqualEarth().fitWidth(WORLD_W, fc);
	const path = geoPath(projection);
	const [[, y0], [, y1]] = path.bounds(fc);
	projection.translate([projection.translate()[0], projection.translate()[1] - y0 + 2]);
	const height = Math.ceil(y1 - y0) + 4;
	const shapes: WorldShape[] = [];
	for (const f of features) {
		const d = path(f);
		if (!d) continue;
		const [cx, cy] = path.centroid(f);
		shapes.push({
			iso: String(f.id).padStart(3, '0'),
			name: f.properties.name,
			d: compactPath(d),
			cx: Math.round(cx),
			cy: Math.round(cy)
		});
	}
	cache = { width: WORLD_W, height, shapes };
	return cache;
}

/** The id of a shape in the sprite. */
export const shapeId = (iso: string) => `c${iso}`;

/** The sprite: one <path id="c<iso>"> per country, no fill of its own (the <use> sets it). */
export function worldSprite(map: WorldMap = worldMap()): string {
	const paths = map.shapes.map((s) => `<path id="${shapeId(s.iso)}" d="${s.d}"/>`).join('\n');
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}">\n${paths}\n</svg>\n`;
}
