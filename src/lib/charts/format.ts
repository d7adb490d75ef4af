/** The one place numbers and dates are turned into text, so every chart, table and tooltip agree. */
import type { PartialDate } from '$lib/data/schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 46.61 → "46.6%". Keeps what the source gave: pass digits for more. */
export function pct(n: number, digits = 1): string {
	return `${n.toFixed(digits)}%`;
}

/** A share exactly as recorded, without trailing zeros added or removed: 56.42 → "56.42%", 51 → "51%". */
export function pctAsRecorded(n: number): string {
	return `${String(n)}%`;
}

/** 23.155 → "$23.2 bn". */
export function usdBn(n: number, digits = 1): string {
	return `$${n.toFixed(digits)} bn`;
}

/**
 * A value as its source gives it, never more precise ("$54 bn", not "$54.0 bn"), with the word the
 * source puts before it ("over $46.5 bn").
 */
export function usdBnAsRecorded(n: number, qualifier: 'more than' | null = null): string {
	return `${qualifier === 'more than' ? 'over ' : ''}$${n.toLocaleString('en-GB', { maximumFractionDigits: 6 })} bn`;
}

/** Percentage points between two values: "1.4 pp". */
export function pp(n: number, digits = 1): string {
	return `${Math.abs(n).toFixed(digits)} pp`;
}

export function partialDate(d: PartialDate): string {
	const [y, m, day] = d.iso.split('-');
	if (d.precision === 'year') return String(y);
	const month = MONTHS[Number(m) - 1] ?? '';
	if (d.precision === 'month') return `${month} ${y}`;
	return `${Number(day)} ${month} ${y}`;
}

/** Fractional year of a partial date: its start for day precision, the middle of the month otherwise. */
export function fractionalYear(d: PartialDate): number {
	const [y, m, day] = d.iso.split('-').map(Number) as [number, number?, number?];
	if (m === undefined) return y + 0.5;
	const start = Date.UTC(y, 0, 1);
	const next = Date.UTC(y + 1, 0, 1);
	const at = day === undefined ? Date.UTC(y, m - 1, 15) : Date.UTC(y, m - 1, day);
	return y + (at - start) / (next - start);
}

/** The end of a partial date as a fractional year (end of the month for month precision). */
export function fractionalYearEnd(d: PartialDate): number {
	const [y, m, day] = d.iso.split('-').map(Number) as [number, number?, number?];
	if (m === undefined) return y + 1;
	const start = Date.UTC(y, 0, 1);
	const next = Date.UTC(y + 1, 0, 1);
	const at = day === undefined ? Date.UTC(y, m, 1) : Date.UTC(y, m - 1, day + 1);
	return y + (at - start) / (next - start);
}

/** The start of a partial date as a fractional year (the 1st of the month for month precision). */
export function fractionalYearStart(d: PartialDate): number {
	const [y, m, day] = d.iso.split('-').map(Number) as [number, number?, number?];
	const start = Date.UTC(y, 0, 1);
	const next = Date.UTC(y + 1, 0, 1);
	const at = Date.UTC(y, (m ?? 1) - 1, day ?? 1);
	return y + (at - start) / (next - start);
}

/** A number with exactly the digits it was stored with (no padding, no float noise): 17.6, 1.04, 2. */
function asStored(n: number): string {
	return String(Number(n.toPrecision(12)));
}

/**
 * Tonnes, short: 17600000 → "17.6 Mt", 1040000 → "1.04 Mt", 85000 → "85 kt". Million-tonne
 * figures keep the digits of the stored value, never more (17.6 Mt, not 17.60 Mt).
 */
export function tonnesShort(t: number): string {
	return t >= 1e6
		? `${asStored(t / 1e6)} Mt`
		: `${Math.round(t / 1000).toLocaleString('en-GB')} kt`;
}

/** Tonnes in words: 17600000 → "17.6 million tonnes", 80000 → "80,000 tonnes". */
export function tonnesLong(t: number): string {
	return t >= 1e6 ? `${asStored(t / 1e6)} million tonnes` : `${t.toLocaleString('en-GB')} tonnes`;
}
