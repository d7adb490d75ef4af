/**
 * Room for value labels at the end of bars. A bar chart's scale and its right margin decide where
 * each bar ends; the label after it must still fit inside the drawing. `rightRoom` gives the
 * smallest right margin with which every label fits, so no label is cut and none has to be
 * dropped for want of room.
 */
import { textWidth } from './text';

/** Width the bar-row bases (BandRows, GroupRows) give the row names: the longest, uncut, and a gap. */
export const bandNameWidth = (names: readonly string[], size = 12): number =>
	Math.ceil(Math.max(0, ...names.map((r) => textWidth(r, size))) + 10);

export interface EndLabel {
	/** Where the label starts, as a fraction of the value domain (bar end / domain maximum). */
	at: number;
	text: string;
	bold?: boolean;
}

/**
 * The right margin with which every label, drawn `gap` px after `at` of the plot, ends inside a
 * drawing `width` px wide whose plot starts at `left`. Never less than `min`, and never so wide the
 * plot keeps under `minPlot` px. A wider drawing needs no more room than a narrower one.
 */
export function rightRoom(
	labels: readonly EndLabel[],
	width: number,
	left: number,
	{ min = 12, gap = 6, minPlot = 80, size = 12 } = {}
): number {
	const span = width - left;
	let room = min;
	for (const l of labels) {
		const w = textWidth(l.text, size, l.bold ?? false) + gap + 2;
		if (l.at <= 0) continue;
		// left + at·(span − room) + w ≤ width  ⇔  room ≥ span − (span − w) / at
		room = Math.max(room, Math.ceil(span - (span - w) / Math.min(1, l.at)));
	}
	return Math.min(room, span - minPlot);
}
