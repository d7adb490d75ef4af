/** Month ticks for a chart of one year: every month, or every second or third on a narrow axis. */
import { textWidth } from './text';
import type { Tick } from './ticks';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Ticks at the middle of each month of `year`; `x` gives a fractional year's position. */
export function monthTicks(year: number, x: (t: number) => number): Tick[] {
	const room = textWidth('May', 12) + 10;
	const perMonth = Math.abs(x(year + 1) - x(year)) / 12;
	const step = [1, 2, 3, 6].find((s) => perMonth * s >= room) ?? 6;
	return MONTHS.map((label, i) => ({ value: i, label, pos: x(year + (i + 0.5) / 12) })).filter(
		(_, i) => i % step === 0
	);
}
