/**
 * Label placement for every chart: each label asks for a position; the kit keeps it inside the
 * drawing, moves it out of the way of labels that matter more, switches to the short text the chart
 * declared, and as a last resort leaves it out (the value stays in the tooltip and the table).
 * Labels are never cut.
 */
import { toTenth } from './round';
import { textWidth } from './text';

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface LabelSpec {
	key: string;
	/** Anchor point in chart pixels; y is the text baseline's middle (dominant-baseline central). */
	x: number;
	y: number;
	text: string;
	/** A shorter text to use when the full one does not fit. */
	short?: string;
	/** Higher is kept first. @default 0 */
	priority?: number;
	/** @default 'start' */
	anchor?: 'start' | 'middle' | 'end';
	/** Font size in px. @default 12 */
	size?: number;
	bold?: boolean;
	/** May the label move up or down to find room? @default true */
	nudge?: boolean;
	/** Free data for the mark that draws it (colour, class). */
	tone?: string;
}

export interface PlacedLabel {
	key: string;
	x: number;
	y: number;
	text: string;
	anchor: 'start' | 'middle' | 'end';
	size: number;
	bold: boolean;
	tone?: string;
	box: Box;
}

export interface Placement {
	placed: PlacedLabel[];
	/** Keys of labels left out for lack of room. */
	dropped: string[];
}

const PAD = 2;

export function overlaps(a: Box, b: Box, pad = 0): boolean {
	return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

function boxOf(x: number, y: number, w: number, size: number, anchor: PlacedLabel['anchor']): Box {
	const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
	const h = size * 1.2;
	return { x0, y0: y - h / 2, x1: x0 + w, y1: y + h / 2 };
}

/**
 * Place labels within `bounds`, avoiding each other and the `obstacles` (marks the labels must not
 * cover). Labels are taken in priority order (ties keep their given order).
 */
export function placeLabels(
	specs: readonly LabelSpec[],
	bounds: Box,
	obstacles: readonly Box[] = []
): Placement {
	const order = specs
		.map((s, i) => ({ s, i }))
		.sort((a, b) => (b.s.priority ?? 0) - (a.s.priority ?? 0) || a.i - b.i);
	const taken: Box[] = [...obstacles];
	const placed: PlacedLabel[] = [];
	const dropped: string[] = [];

	for (const { s } of order) {
		const size = s.size ?? 12;
		const bold = s.bold ?? false;
		const anchor = s.anchor ?? 'start';
		const h = size * 1.2;
		const shifts = s.nudge === false ? [0] : [0, -1, 1, -2, 2].map((k) => k * (h + PAD));
		let done: PlacedLabel | null = null;
		for (const text of s.short ? [s.text, s.short] : [s.text]) {
			const w = textWidth(text, size, bold);
			if (w > bounds.x1 - bounds.x0) continue;
			for (const dy of shifts) {
				let b = boxOf(s.x, s.y + dy, w, size, anchor);
				// keep inside the drawing: slide back in rather than cut
				const sx = b.x0 < bounds.x0 ? bounds.x0 - b.x0 : b.x1 > bounds.x1 ? bounds.x1 - b.x1 : 0;
				if (b.y0 < bounds.y0 || b.y1 > bounds.y1) continue;
				b = { ...b, x0: b.x0 + sx, x1: b.x1 + sx };
				if (taken.some((t) => overlaps(t, b, PAD))) continue;
				done = {
					key: s.key,
					x: toTenth(s.x + sx),
					y: toTenth(s.y + dy),
					text,
					anchor,
					size,
					bold,
					tone: s.tone,
					box: b
				};
				break;
			}
			if (done) break;
		}
		if (done) {
			placed.push(done);
			taken.push(done.box);
		} else dropped.push(s.key);
	}
	return { placed, dropped };
}
