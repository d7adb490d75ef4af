/**
 * How long a dated span lasted, in words, no more precisely than its dates: two days known to the
 * day give "2 days"; a month-only end gives a range ("up to 10 days", "2–3 months"); no end gives
 * no length at all.
 */
import type { PartialDate } from '$lib/data/schema';

const DAY = 86_400_000;
const MONTH_DAYS = 365.25 / 12;

/** First and last day (UTC ms) a partial date can stand for. */
function bounds(d: PartialDate): [number, number] {
	const [y, m, day] = d.iso.split('-').map(Number) as [number, number?, number?];
	if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
	if (day === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)];
	const t = Date.UTC(y, m - 1, day);
	return [t, t];
}

/** Shortest and longest length in days (both ends counted) a span can have. */
export function spanDays(start: PartialDate, end: PartialDate): [number, number] {
	const [s0, s1] = bounds(start);
	const [e0, e1] = bounds(end);
	const max = Math.round((e1 - s0) / DAY) + 1;
	const min = Math.max(1, Math.round((e0 - s1) / DAY) + 1);
	return [Math.min(min, max), max];
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
const months = (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`;

/** "2 days", "46 days", "up to 10 days", "up to a month", "2–3 months", or null with no end. */
export function spanLength(start: PartialDate, end: PartialDate | null): string | null {
	if (end === null) return null;
	const [min, max] = spanDays(start, end);
	if (min === max) return max < 60 ? days(max) : `about ${months(Math.round(max / MONTH_DAYS))}`;
	if (max < 28) return `up to ${days(max)}`;
	if (max <= 31) return 'up to a month';
	const lo = Math.round(min / MONTH_DAYS);
	const hi = Math.round(max / MONTH_DAYS);
	if (lo < 1) return `up to ${months(hi)}`;
	return lo === hi ? `about ${months(hi)}` : `${lo}–${hi} months`;
}
