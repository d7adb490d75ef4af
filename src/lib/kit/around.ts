/**
 * Labels of marks on a map: each label may sit on any side of its mark (right, left, above,
 * below, in the order the chart prefers). Labels are taken by priority; each takes the first side
 * where its full text, then its short text, fits inside the drawing and clear of the obstacles
 * (routes, markers) and of the labels already placed. A label with no room is left out; its mark
 * keeps its tooltip and its row in the table.
 */
import { placeLabels, type Box, type LabelSpec, type Placement } from './labels';

export type Side =
	| 'right'
	| 'left'
	| 'above'
	| 'below'
	| 'above-right'
	| 'below-right'
	| 'above-left'
	| 'below-left';

export const ALL_SIDES: readonly Side[] = [
	'right',
	'left',
	'above',
	'below',
	'above-right',
	'below-right',
	'above-left',
	'below-left'
];

export interface AroundSpec {
	key: string;
	/** The mark's centre, in chart pixels. */
	x: number;
	y: number;
	/** Half the mark's size: the label keeps this far from its centre (plus a small gap). */
	r: number;
	text: string;
	short?: string;
	/** Higher is placed first. @default 0 */
	priority?: number;
	/** Sides to try, in order. @default right, left, above, below, then the corners */
	sides?: readonly Side[];
	size?: number;
	bold?: boolean;
	tone?: string;
}

const GAP = 3;
/** How much further out a label may go when no side next to its mark has room. */
const RINGS = [0, 6, 12];
/** How near (px) an obstacle must be to count as crowding a mark. */
const CROWD = 40;

/** The label spec for one side of a mark. */
export function sideSpec(s: AroundSpec, side: Side, text: string, away = 0): LabelSpec {
	const size = s.size ?? 12;
	const d = s.r + GAP + away;
	const base = { key: s.key, text, size, bold: s.bold ?? false, tone: s.tone, nudge: false };
	if (side === 'right') return { ...base, x: s.x + d, y: s.y, anchor: 'start' };
	if (side === 'left') return { ...base, x: s.x - d, y: s.y, anchor: 'end' };
	const dy = d + (size * 1.2) / 2;
	const y = side.startsWith('above') ? s.y - dy : s.y + dy;
	// corners: the text starts (or ends) at the mark's edge, above or below it
	if (side.endsWith('-right')) return { ...base, x: s.x - s.r + away, y, anchor: 'start' };
	if (side.endsWith('-left')) return { ...base, x: s.x + s.r - away, y, anchor: 'end' };
	return { ...base, x: s.x, y, anchor: 'middle' };
}

export function placeAround(
	specs: readonly AroundSpec[],
	bounds: Box,
	obstacles: readonly Box[] = []
): Placement {
	// among labels of equal priority, the most hemmed-in mark chooses first
	const crowd = (s: AroundSpec) =>
		obstacles.filter(
			(o) => Math.abs((o.x0 + o.x1) / 2 - s.x) < CROWD && Math.abs((o.y0 + o.y1) / 2 - s.y) < CROWD
		).length;
	const order = specs
		.map((s, i) => ({ s, i, n: crowd(s) }))
		.sort((a, b) => (b.s.priority ?? 0) - (a.s.priority ?? 0) || b.n - a.n || a.i - b.i);
	const taken: Box[] = [...obstacles];
	const out: Placement = { placed: [], dropped: [] };
	for (const { s } of order) {
		let done = null;
		// next to the mark first, then a little further out, the full text before the short one
		search: for (const away of RINGS)
			for (const text of s.short ? [s.text, s.short] : [s.text])
				for (const side of s.sides ?? ALL_SIDES) {
					const spec = sideSpec(s, side, text, away);
					const p = placeLabels([spec], bounds, taken).placed[0];
					// a label slid along to stay inside would leave its mark: only exact spots count
					if (p && Math.abs(p.x - spec.x) < 0.5) {
						done = p;
						break search;
					}
				}
		if (done) {
			out.placed.push(done);
			taken.push(done.box);
		} else out.dropped.push(s.key);
	}
	return out;
}
