/**
 * Data honesty, drawn the same way on every chart: a date is never drawn more precisely than its
 * row, and a row graded below "verified" is marked. These helpers give the geometry and the words;
 * the marks (DateSpan, the `unverified` class) draw them.
 */
import type { PartialDate } from '$lib/data/schema';
import { fractionalYearEnd, fractionalYearStart } from '$lib/charts/format';

import type { Confidence } from '$lib/data/datasets';
export type { Confidence };

/** Rows graded below "verified" are marked wherever they are drawn. */
export const belowVerified = (c: Confidence | string | null | undefined): boolean =>
	c !== 'verified';

/** Stroke pattern of a mark whose row is graded below "verified". */
export const UNVERIFIED_DASH = '2 2';

/** The notes that explain the kit's encodings, for the frame and the exported figure. */
export const ENCODING_NOTES = {
	month: 'A dashed stretch covers the month a date is known to, not a day.',
	open: 'An arrow means the source gives no end.',
	unverified: 'A dotted outline marks a figure whose source is graded below “verified”.'
} as const;

/**
 * The pieces of a dated span, in fractional years: `solid` where the row is sure (null when it is
 * sure of no stretch), `fuzzy` stretches (the month a month-only date falls in), and whether the
 * end is open (no end given).
 */
export interface SpanPieces {
	solid: [number, number] | null;
	fuzzy: [number, number][];
	open: boolean;
	/** Where an open span's arrow starts. */
	openAt: number;
}

export function spanPieces(
	start: PartialDate,
	end: PartialDate | null,
	openLength = 0.25
): SpanPieces {
	const s0 = fractionalYearStart(start);
	const s1 = start.precision === 'day' ? s0 : fractionalYearEnd(start);
	const fuzzy: [number, number][] = start.precision === 'day' ? [] : [[s0, s1]];
	if (end === null) {
		return { solid: [s1, s1 + openLength], fuzzy, open: true, openAt: s1 + openLength };
	}
	const e1 = fractionalYearEnd(end);
	const e0 = end.precision === 'day' ? e1 : fractionalYearStart(end);
	if (end.precision !== 'day') fuzzy.push([Math.max(e0, s0), e1]);
	const solid: [number, number] | null = e0 > s1 ? [s1, e0] : null;
	return { solid, fuzzy, open: false, openAt: e1 };
}
