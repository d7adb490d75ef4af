/**
 * Units on /explore: what a reader's column is measured in (from its header, or the atlas format
 * the file is read as), and whether the reader's series and ours share one y axis or ours get a
 * second one on the right. Pure; the page and the chart use it, the unit tests read it.
 */

/** Which series the chart draws against a right-hand axis, and each axis's unit. */
export interface Axes {
	right: string[];
	leftUnit: string | null;
	rightUnit: string | null;
}

export type AxisChoice = 'one' | 'two';

const PERCENT = /%|(^|[\s_(,])(pct|percent|per cent|процент\p{L}*|проц\.?)($|[\s_),])/iu;

/**
 * The unit a column header names, or null: a trailing "(…)" or "[…]" ("Share (%)"), else what
 * follows the last comma ("Экспорт, млн долл. США"); "%", "pct", "percent", "процентов" read as %.
 */
export function unitOfHeader(name: string): string | null {
	const t = name.trim();
	if (PERCENT.test(t)) return '%';
	const bracket = /[([]([^()[\]]+)[)\]]\s*$/.exec(t);
	if (bracket) return clean(bracket[1]!);
	const at = t.lastIndexOf(',');
	if (at > 0 && at < t.length - 1) return clean(t.slice(at + 1));
	return null;
}

function clean(u: string): string | null {
	const v = u.trim().replace(/\s+/g, ' ');
	return v === '' || v.length > 40 ? null : v;
}

/** Units compared without case or spacing ("млн долл. США" = "млн  долл.  сша"). */
export function sameUnit(a: string, b: string): boolean {
	const n = (u: string) => u.toLowerCase().replace(/\s+/g, ' ').trim();
	return n(a) === n(b);
}

export interface AxisPlan {
	/** The choice is offered: both the reader's series and ours are drawn. */
	offer: boolean;
	/** Ours go on a second axis, at the right. */
	two: boolean;
	/** The reader's unit as known (null: the header names none). */
	yours: string | null;
	ours: string | null;
	/** What the page and the figure say about the axes, plainly. */
	sentence: string;
}

/**
 * One axis or two. By default ours get their own axis when the reader's unit is known and differs
 * from ours; the reader's choice overrides it either way, and the sentence says what is drawn.
 */
export function planAxes(
	yoursUnits: readonly (string | null)[],
	oursUnits: readonly string[],
	choice: AxisChoice | null
): AxisPlan {
	const known = [...new Set(yoursUnits.filter((u): u is string => u !== null))];
	const yours = yoursUnits.length > 0 && known.length > 0 ? known.join(', ') : null;
	const ours = oursUnits.length > 0 ? [...new Set(oursUnits)].join(', ') : null;
	if (yoursUnits.length === 0 || ours === null)
		return { offer: false, two: false, yours, ours, sentence: '' };
	const differ = yours !== null && !sameUnit(yours, ours);
	const two = choice ? choice === 'two' : differ;
	const yoursText = yours ? `in ${yours}` : 'in a unit its header does not name';
	const sentence = two
		? `Two y axes: yours (${yoursText}) on the left, ours (in ${ours}) on the right, each on its own scale; compare how they move, not their heights.`
		: differ
			? `One y axis for both: yours are in ${yours}, ours in ${ours}, so the heights of the lines are not comparable. Choose two axes to give ours their own scale.`
			: yours
				? `One y axis: yours and ours are both in ${ours}.`
				: `One y axis for both: your column’s header names no unit, ours are in ${ours}. If yours is in another unit, choose two axes.`;
	return { offer: true, two, yours, ours, sentence };
}
