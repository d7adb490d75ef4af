/** Ticks for the kit's axes: fewer on a phone, never closer than their labels need. */
import type { ScaleLinear } from 'd3-scale';
import { textWidth } from './text';

export interface Tick {
	value: number;
	label: string;
	pos: number;
}

/** Year ticks; `at` gives a year's position (mid-year for yearly points, start for dated ranges). */
export function yearTicks(first: number, last: number, x: (year: number) => number): Tick[] {
	const width = Math.abs(x(last) - x(first)) || 1;
	const span = last - first + 1;
	const room = textWidth('2000', 12) + 14;
	const maxTicks = Math.max(2, Math.floor(width / room) + 1);
	const step = [1, 2, 5, 10, 20].find((s) => span / s <= maxTicks) ?? 20;
	const ticks: Tick[] = [];
	for (let y = Math.ceil(first / step) * step; y <= last; y += step)
		ticks.push({ value: y, label: String(y), pos: x(y) });
	return ticks;
}

/** Value ticks from a linear scale: about one per 40 px of height (or 80 px of width). */
export function valueTicks(
	scale: ScaleLinear<number, number>,
	fmt: (n: number) => string,
	spacing = 40
): Tick[] {
	const [a, b] = scale.range() as [number, number];
	const count = Math.max(2, Math.floor(Math.abs(b - a) / spacing));
	return scale.ticks(count).map((v) => ({ value: v, label: fmt(v), pos: scale(v) }));
}
