/** Small helpers shared by the time charts: margins, year ticks, value ticks. */
import { scaleLinear } from 'd3-scale';

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** Year ticks at mid-year (points for a year sit at year + 0.5), thinned to fit the width. */
export function yearTicks(
	first: number,
	last: number,
	plotWidth: number,
	x: (y: number) => number
) {
	const span = last - first + 1;
	const maxTicks = Math.max(2, Math.floor(plotWidth / 48));
	const steps = [1, 2, 5, 10];
	const step = steps.find((s) => span / s <= maxTicks) ?? 10;
	const ticks: { value: number; label: string; pos: number }[] = [];
	const start = Math.ceil(first / step) * step;
	for (let y = start; y <= last; y += step)
		ticks.push({ value: y, label: String(y), pos: x(y + 0.5) });
	return ticks;
}

export function valueTicks(
	domain: [number, number],
	range: [number, number],
	count: number,
	fmt: (n: number) => string
) {
	const s = scaleLinear().domain(domain).range(range);
	return s.ticks(count).map((v) => ({ value: v, label: fmt(v), pos: s(v) }));
}

/** Move label y positions apart so no two are closer than `gap` px, keeping their order. */
export function spreadLabels(
	items: { key: string; y: number }[],
	gap: number
): Record<string, number> {
	const sorted = [...items].sort((a, b) => a.y - b.y);
	const ys = sorted.map((i) => i.y);
	for (let i = 1; i < ys.length; i++)
		ys[i] = Math.max(ys[i] as number, (ys[i - 1] as number) + gap);
	const out: Record<string, number> = {};
	sorted.forEach((it, i) => (out[it.key] = ys[i] as number));
	return out;
}
