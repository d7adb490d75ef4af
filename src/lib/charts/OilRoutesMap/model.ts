/**
 * oil-routes-map model: the legs drawn (origin → port → refinery), their table and tooltip, the
 * labels of places and routes (placed by the kit beside their marks, clear of the routes), notes
 * and description. The map itself is projected at build time (geo.ts); here its coordinates are
 * read, never re-projected. Pure, so it is tested without a browser.
 */
import type { ChartModel } from '$lib/kit/model';
import { ALL_SIDES, type AroundSpec, type Side } from '$lib/kit/around';
import type { Box } from '$lib/kit/labels';
import { belowVerified, ENCODING_NOTES } from '$lib/kit/honesty';
import type { MapLeg, MapPlace, RoutesMap } from './geo';

export const kt = (t: number) => `${Math.round(t / 1000)} kt`;
export const MODE = { sea: 'by sea', rail: 'by rail', pipeline: 'by pipeline' } as const;

type Pt = [number, number];

/** The points of a leg's path as built by geo.ts: M a L b (a line) or M a Q c b (an arc). */
export function legPoints(d: string): { a: Pt; c: Pt | null; b: Pt } {
	const n = d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
	if (n.length === 6) return { a: [n[0]!, n[1]!], c: [n[2]!, n[3]!], b: [n[4]!, n[5]!] };
	if (n.length === 4) return { a: [n[0]!, n[1]!], c: null, b: [n[2]!, n[3]!] };
	throw new Error(`oil routes map: unexpected leg path "${d}"`);
}

/** Point at t (0…1) along a leg, in map units. */
export function legAt(d: string, t: number): Pt {
	const { a, c, b } = legPoints(d);
	const k = c ?? [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
	const u = 1 - t;
	return [
		u * u * a[0] + 2 * u * t * k[0] + t * t * b[0],
		u * u * a[1] + 2 * u * t * k[1] + t * t * b[1]
	];
}

/** Points along a leg about `step` map units apart, ends included. */
export function legSamples(d: string, step = 6): Pt[] {
	const { a, b, c } = legPoints(d);
	const k = c ?? a;
	// the control polygon is never shorter than the curve
	const len = Math.hypot(k[0] - a[0], k[1] - a[1]) + Math.hypot(b[0] - k[0], b[1] - k[1]);
	const n = Math.max(2, Math.ceil(len / step));
	return Array.from({ length: n + 1 }, (_, i) => legAt(d, i / n));
}

export interface RoutesModel extends ChartModel<MapLeg> {
	map: RoutesMap;
	nameOf: (id: string) => string;
	/** Line width of a leg carrying `t` tonnes, in px on a wide drawing. */
	width: (t: number) => number;
	usedPlaces: MapPlace[];
	hasUnverified: boolean;
}

export function routesModel(
	map: RoutesMap,
	sourceLabel: (ids: readonly string[]) => string
): RoutesModel {
	const nameOf = (id: string) =>
		map.places.find((p) => p.id === id)?.name ?? map.offMap.find((p) => p.id === id)?.label ?? id;
	const maxT = Math.max(...map.legs.map((l) => l.confirmedT + l.expectedT));
	const hasUnverified = map.legs.some((l) => belowVerified(l.confidence));
	return {
		map,
		nameOf,
		width: (t) => 1.5 + (t / maxT) * 8,
		usedPlaces: map.places.filter((p) => map.legs.some((l) => l.from === p.id || l.to === p.id)),
		hasUnverified,
		rows: map.legs,
		key: (l) => l.key,
		sourceIds: map.sourceIds,
		columns: [
			{ key: 'route', label: 'Route', value: (l) => `${nameOf(l.from)} → ${nameOf(l.to)}` },
			{ key: 'mode', label: 'How', value: (l) => MODE[l.mode] },
			{ key: 'arrived', label: 'Arrived', unit: 't', value: (l) => l.confirmedT, format: kt },
			{
				key: 'announced',
				label: 'Announced, not confirmed',
				unit: 't',
				value: (l) => l.expectedT,
				format: kt
			},
			{ key: 'origins', label: 'Crude from', value: (l) => l.origins.join(', ') },
			{ key: 'source', label: 'Source', value: (l) => sourceLabel(l.sourceIds) },
			{ key: 'confidence', label: 'Confidence', value: (l) => l.confidence }
		],
		notes: [
			'Routes are schematic: lines join origin, port and refinery and do not trace shipping lanes. Where the sources do not name the loading port (Norway, Saudi Arabia, the second US cargo) the line starts at the country.',
			'Line width: arrived tonnes; a hollow outline around a line widens it by the announced cargoes whose arrival is not confirmed. Crude landed at Klaipėda went on by rail to Naftan; crude landed at Odesa/Yuzhny through the Odesa–Brody and Brody–Mozyr pipelines.',
			'The United States and Saudi Arabia lie off this map; their routes enter from its edges.',
			...(hasUnverified ? [ENCODING_NOTES.unverified] : [])
		],
		description:
			`Map of the routes for non-Russian crude in 2020: ` +
			map.legs
				.map(
					(l) =>
						`${nameOf(l.from)} to ${nameOf(l.to)} ${MODE[l.mode]}, ${kt(l.confirmedT)}${l.expectedT ? ` plus ${kt(l.expectedT)} announced` : ''}`
				)
				.join('; ') +
			'.'
	};
}

/** A place's tooltip: its name, its kind and the note the data gives. */
export function placeTip(p: MapPlace): { title: string; lines: string[] } {
	return {
		title: p.name,
		lines: [
			p.kind === 'origin' ? 'Origin country' : p.kind[0]!.toUpperCase() + p.kind.slice(1),
			...(p.note ? [p.note] : [])
		]
	};
}

const PRIORITY: Record<MapPlace['kind'], number> = {
	refinery: 10,
	port: 9,
	origin: 8,
	'load port': 7,
	junction: 5
};

/** Where a map drawing puts a point of the projected map (map units → chart pixels). */
export type Project = (p: Pt) => Pt;

/**
 * The labels of the map: place names (refineries and ports first) and the origins off the map.
 * A route's tonnes are in its tooltip and the table: a number beside crossing lines would not say
 * which line it belongs to.
 */
export function mapLabels(m: RoutesModel, at: Project): AroundSpec[] {
	const places: AroundSpec[] = m.usedPlaces.map((p) => {
		const [x, y] = at([p.x, p.y]);
		return {
			key: `place-${p.id}`,
			x,
			y,
			r: 5,
			text: p.name,
			short: p.name.replace(/ \(.*\)$/, ''),
			priority: PRIORITY[p.kind],
			bold: true
		};
	});
	const off: AroundSpec[] = m.map.offMap.map((o) => {
		const [x, y] = at([o.x, o.y]);
		// the label goes beyond the map's edge, in the margin kept for it, on the mark's side
		const v = o.y < m.map.height / 2 ? 'above' : 'below';
		const h = o.x < m.map.width / 4 ? '-right' : o.x > (m.map.width * 3) / 4 ? '-left' : '';
		const sides = [`${v}${h}` as Side, ...ALL_SIDES];
		return {
			key: `off-${o.id}`,
			x,
			y,
			r: 5,
			text: `from ${o.label} (off the map)`,
			// "from Beaumont, Texas" → "from Texas" where room is short
			short: `from ${o.label.split(', ').pop()}`,
			priority: 9,
			sides,
			bold: true
		};
	});
	return [...places, ...off];
}

/** Boxes along every route and around every marker: labels keep off them. */
export function mapObstacles(m: RoutesModel, at: Project, scale = 1): Box[] {
	const boxes: Box[] = [];
	for (const l of m.map.legs) {
		const h = (m.width(l.confirmedT + l.expectedT) * scale) / 2 + 1;
		for (const p of legSamples(l.d)) {
			const [x, y] = at(p);
			boxes.push({ x0: x - h, y0: y - h, x1: x + h, y1: y + h });
		}
	}
	for (const p of [...m.usedPlaces, ...m.map.offMap]) {
		const [x, y] = at([p.x, p.y]);
		boxes.push({ x0: x - 5, y0: y - 5, x1: x + 5, y1: y + 5 });
	}
	return boxes;
}
