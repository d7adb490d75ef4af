/**
 * Builds the oil routes map at build time: world-atlas country shapes (Natural Earth 1:110m,
 * shipped in the npm package) projected with d3-geo and clipped to the region, the places from
 * data/places.csv, and the route legs weighted by the documented tonnes. Only path strings and
 * coordinates reach the page; no map library is sent to the browser.
 */
import { geoAzimuthalEqualArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { OilRecord, PlaceRecord } from '$lib/data/datasets';
import { worstConfidence } from '$lib/kit/grades';

export const MAP_W = 720;
export const MAP_H = 560;

export interface MapPlace {
	id: string;
	name: string;
	kind: PlaceRecord['kind'];
	x: number;
	y: number;
	note: string | null;
	sourceIds: readonly string[];
}

export interface MapLeg {
	key: string;
	from: string;
	to: string;
	mode: 'sea' | 'rail' | 'pipeline';
	confirmedT: number;
	expectedT: number;
	origins: string[];
	d: string;
	sourceIds: string[];
	/** The lowest confidence grade of the cargoes it carries. */
	confidence: string;
}

export interface RoutesMap {
	width: number;
	height: number;
	countries: { name: string; d: string; highlight: boolean }[];
	places: MapPlace[];
	legs: MapLeg[];
	offMap: { id: string; label: string; x: number; y: number; sourceIds: readonly string[] }[];
	sourceIds: string[];
}

/** The projection used for the map: equal-area, centred on Belarus's routes. */
export function mapProjection() {
	return geoAzimuthalEqualArea()
		.rotate([-22, -50])
		.fitExtent(
			[
				[20, 20],
				[MAP_W - 20, MAP_H - 20]
			],
			{
				type: 'MultiPoint',
				// Norway's coast, the Baltic, Belarus, the Black Sea and Ceyhan: the places most
				// routes touch. Saudi Arabia and Texas fall outside and enter from the edge.
				coordinates: [
					[4, 61],
					[20, 57],
					[42, 42],
					[36, 36.5],
					[30, 56]
				]
			}
		);
}

function loadCountries(): FeatureCollection<Geometry, { name: string }> {
	const require = createRequire(import.meta.url);
	const file = require.resolve('world-atlas/countries-110m.json');
	const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{
		countries: GeometryCollection<{ name: string }>;
	}>;
	return feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
}

/**
 * Rounds a path to whole pixels and drops points that round onto the one before: at this size a
 * 1:50m coastline keeps its shape and the page carries a fraction of the bytes.
 */
export function compactPath(d: string): string {
	const out: string[] = [];
	for (const part of d.split(/(?=[MLZ])/)) {
		const cmd = part[0];
		if (cmd === 'Z') {
			out.push('Z');
			continue;
		}
		const [x, y] = part
			.slice(1)
			.split(',')
			.map((n) => Math.round(Number(n)));
		const s = `${cmd}${x},${y}`;
		const prev = out[out.length - 1];
		if (cmd === 'L' && prev !== undefined && prev.slice(1) === s.slice(1)) continue;
		out.push(s);
	}
	return out.join('');
}

/** Which place a cargo starts from: its loading port when stated, otherwise its origin country. */
export function legStart(r: OilRecord): string | null {
	const lp = (r.load_port ?? '').toLowerCase();
	if (lp.includes('ceyhan')) return 'ceyhan';
	if (lp.includes('supsa')) return 'supsa';
	if (lp.includes('beaumont') || r.origin === 'United States') return 'beaumont';
	if (r.origin === 'Norway') return 'norway';
	if (r.origin === 'Saudi Arabia') return 'saudi-arabia';
	return null;
}

/** Where the line from the map's centre to (x, y) leaves the map, 12 px inside its edge. */
export function towardsEdge(x: number, y: number): [number, number] {
	const cx = MAP_W / 2;
	const cy = MAP_H / 2;
	const dx = x - cx;
	const dy = y - cy;
	const t = Math.min(
		dx === 0 ? Infinity : (cx - 12) / Math.abs(dx),
		dy === 0 ? Infinity : (cy - 12) / Math.abs(dy)
	);
	return t >= 1 ? [x, y] : [cx + dx * t, cy + dy * t];
}

const PORT_ID: Record<string, string> = { Klaipėda: 'klaipeda', 'Odesa/Yuzhny': 'odesa-yuzhny' };
const REFINERY_ID: Record<string, string> = { Naftan: 'naftan', Mozyr: 'mozyr' };

export function buildRoutesMap(
	places: readonly PlaceRecord[],
	oil: readonly OilRecord[]
): RoutesMap {
	const projection = mapProjection();
	// Shapes are cut at the map's edge so the page carries only what is seen.
	const path = geoPath(
		mapProjection().clipExtent([
			[-2, -2],
			[MAP_W + 2, MAP_H + 2]
		])
	);
	const countries = loadCountries()
		.features.map((f) => ({
			name: f.properties.name,
			d: path(f) ?? '',
			highlight: f.properties.name === 'Belarus'
		}))
		.filter((c) => c.d !== '' && c.d !== 'M')
		// two decimals are plenty at this size and halve the page weight
		.map((c) => ({ ...c, d: compactPath(c.d) }));
	const pos = new Map<string, [number, number]>();
	const mapPlaces: MapPlace[] = [];
	const offMap: RoutesMap['offMap'] = [];
	for (const p of places) {
		const xy = projection([p.lon, p.lat]);
		if (!xy) continue;
		const [x, y] = xy;
		if (x < 0 || x > MAP_W || y < 0 || y > MAP_H) {
			// off the map: a marker where the line from the map's centre towards it meets the edge
			const [ex, ey] = towardsEdge(x, y);
			offMap.push({ id: p.id, label: p.name, x: ex, y: ey, sourceIds: p.source_id });
			pos.set(p.id, [ex, ey]);
			continue;
		}
		pos.set(p.id, [x, y]);
		mapPlaces.push({
			id: p.id,
			name: p.name,
			kind: p.kind,
			x,
			y,
			note: p.note,
			sourceIds: p.source_id
		});
	}
	const legs = new Map<string, MapLeg>();
	const add = (from: string, to: string, mode: MapLeg['mode'], r: OilRecord) => {
		const key = `${from}>${to}`;
		const leg = legs.get(key) ?? {
			key,
			from,
			to,
			mode,
			confirmedT: 0,
			expectedT: 0,
			origins: [],
			d: '',
			sourceIds: [],
			confidence: 'verified'
		};
		leg.confidence = worstConfidence([leg.confidence, r.confidence]);
		if (r.status === 'confirmed') leg.confirmedT += r.volume_t ?? 0;
		else leg.expectedT += r.volume_t ?? 0;
		if (!leg.origins.includes(r.origin)) leg.origins.push(r.origin);
		leg.sourceIds = [...new Set([...leg.sourceIds, ...r.source_id])];
		legs.set(key, leg);
	};
	for (const r of oil) {
		if (r.kind !== 'cargo' || r.volume_t === null || r.origin === 'Russia' || !r.port) continue;
		const start = legStart(r);
		const port = PORT_ID[r.port];
		if (!start || !port) continue;
		add(start, port, 'sea', r);
		const refinery = REFINERY_ID[r.refinery ?? ''] ?? (port === 'klaipeda' ? 'naftan' : 'mozyr');
		if (port === 'klaipeda') add('klaipeda', refinery, 'rail', r);
		else {
			add('odesa-yuzhny', 'brody', 'pipeline', r);
			add('brody', refinery, 'pipeline', r);
		}
	}
	for (const leg of legs.values()) {
		const a = pos.get(leg.from);
		const b = pos.get(leg.to);
		if (!a || !b) throw new Error(`oil routes map: no position for ${leg.from} or ${leg.to}`);
		if (leg.mode === 'sea') {
			// a gentle arc: the route is schematic, not a shipping lane
			const mx = (a[0] + b[0]) / 2;
			const my = (a[1] + b[1]) / 2;
			const dx = b[0] - a[0];
			const dy = b[1] - a[1];
			const bend = 0.18;
			leg.d = `M${a[0].toFixed(1)},${a[1].toFixed(1)}Q${(mx - dy * bend).toFixed(1)},${(my + dx * bend).toFixed(1)} ${b[0].toFixed(1)},${b[1].toFixed(1)}`;
		} else leg.d = `M${a[0].toFixed(1)},${a[1].toFixed(1)}L${b[0].toFixed(1)},${b[1].toFixed(1)}`;
	}
	const ids = new Set<string>(['NATURAL_EARTH']);
	for (const l of legs.values()) l.sourceIds.forEach((i) => ids.add(i));
	for (const p of places) p.source_id.forEach((i) => ids.add(i));
	return {
		width: MAP_W,
		height: MAP_H,
		countries,
		places: mapPlaces,
		legs: [...legs.values()],
		offMap,
		sourceIds: [...ids]
	};
}
