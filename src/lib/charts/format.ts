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
