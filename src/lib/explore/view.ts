/**
 * What the chart draws from a checked table: the reader's choice of x, y and series, the zoomed x
 * range, and above AGGREGATE_ABOVE points per series a min/max aggregate per pixel column (the
 * line still touches every extreme; the table and CSV keep every row). Pure; runs in the worker.
 */
import type { ColumnType, Table } from './parse';
import { labelOf } from './parse';
import { formatPeriod, type Grain } from './periods';
import type { ChartTable, TableColumn, TableRow } from '$lib/charts/types';

/**
 * Above this many points in all, each series is drawn as its minimum and maximum per column of
 * pixels (wider columns when many series share the budget): LayerChart draws a few thousand
 * points without holding the page for more than a frame or two.
 */
export const AGGREGATE_ABOVE = 2500;
/** Most series a "series" column may split into; the rest are counted and left out. */
export const MAX_SERIES = 12;

export type ChartKind = 'line' | 'bars' | 'points';

export interface Mapping {
	x: string;
	y: string[];
	series: string | null;
}

export interface Point {
	x: number;
	/** null: the row has this x but no valid y, a gap in the line (never drawn as 0). */
	y: number | null;
}

export interface SeriesOut {
	key: string;
	label: string;
	points: Point[];
	/** Rows of the table in this series with a usable x and y (gaps not counted). */
	count: number;
	aggregated: boolean;
}

export interface ViewOut {
	xType: ColumnType;
	/** For a date x: day, month or quarter (a month is drawn and labelled as a month). */
	xGrain: Grain | null;
	xLabel: string;
	series: SeriesOut[];
	/** Rows left out because x or y is missing or invalid. */
	skipped: number;
	/** Series a series column had beyond MAX_SERIES. */
	seriesLeftOut: number;
	/** Extent of x over every row (the zoom's outer bounds). */
	xExtent: [number, number] | null;
	/** Width in pixels of the columns aggregated series are drawn by (null: nothing aggregated). */
	columnPx: number | null;
}

type Cols = Pick<Table, 'names' | 'types'>;

export function usableX(t: Cols): string[] {
	return t.names.filter((_, i) => t.types[i] !== 'text');
}
export function usableY(t: Cols): string[] {
	return t.names.filter((_, i) => t.types[i] === 'number' || t.types[i] === 'year');
}
export function usableSeries(t: Cols): string[] {
	return t.names.filter((_, i) => t.types[i] === 'text' || t.types[i] === 'year');
}

/**
 * A sensible first view: x is the first date/period column, else the first year column, and a
 * number column only when the file has neither; y the number columns (never a year or a period).
 */
export function defaultMapping(t: Cols): Mapping | null {
	const xs = usableX(t);
	const of = (type: ColumnType) => xs.find((n) => t.types[t.names.indexOf(n)] === type);
	const x = of('date') ?? of('year') ?? xs[0];
	if (!x) return null;
	const timeX = t.types[t.names.indexOf(x)] !== 'number';
	// beside a time axis a year column is not a value to plot
	const ys = usableY(t).filter(
		(n) => n !== x && !(timeX && t.types[t.names.indexOf(n)] === 'year')
	);
	if (ys.length === 0) return null;
	const texts = t.names.filter((_, i) => t.types[i] === 'text');
	const long = ys.length === 1 && texts.length > 0;
	return { x, y: long ? [ys[0]!] : ys.slice(0, 4), series: long ? texts[0]! : null };
}

/** Keeps a mapping only if it names columns the table has, of usable types. */
export function checkMapping(t: Cols, m: Partial<Mapping>): Mapping | null {
	const xs = usableX(t);
	const ys = usableY(t);
	if (!m.x || !xs.includes(m.x)) return null;
	const y = (m.y ?? []).filter((n) => ys.includes(n) && n !== m.x);
	if (y.length === 0) return null;
	const series = m.series && usableSeries(t).includes(m.series) ? m.series : null;
	return { x: m.x, y, series };
}

/**
 * min/max per pixel column over [lo, hi]; points must be sorted by x. A gap stays a gap: it closes
 * its column and is kept as it is.
 */
export function aggregate(points: Point[], lo: number, hi: number, columns: number): Point[] {
	if (points.length <= 2 * columns) return points;
	const out: Point[] = [];
	const span = hi - lo || 1;
	let bucket = -1;
	let min: Point | null = null;
	let max: Point | null = null;
	const flush = () => {
		if (!min || !max) return;
		if (min === max) out.push(min);
		else if (min.x <= max.x) out.push(min, max);
		else out.push(max, min);
	};
	for (const p of points) {
		if (p.y === null) {
			flush();
			out.push(p);
			bucket = -1;
			min = max = null;
			continue;
		}
		const b = Math.min(columns - 1, Math.floor(((p.x - lo) / span) * columns));
		if (b !== bucket) {
			flush();
			bucket = b;
			min = max = p;
		} else {
			if (p.y < min!.y!) min = p;
			if (p.y > max!.y!) max = p;
		}
	}
	flush();
	return out;
}

/** The series a row's value of column `y` is drawn in: y, its group, or both. */
function seriesKey(t: Table, m: Mapping, y: string, si: number, r: number): string {
	if (si < 0) return y;
	const group = (t.text[si]?.[r] ?? '').trim() || '(blank)';
	return m.y.length > 1 ? `${y} · ${group}` : group;
}

export function buildView(
	t: Table,
	m: Mapping,
	range: [number, number] | null,
	pixelColumns: number
): ViewOut {
	const xi = t.names.indexOf(m.x);
	const xs = t.values[xi] ?? [];
	const xType = t.types[xi] ?? 'number';
	const xGrain = xType === 'date' ? (t.grains?.[xi] ?? 'day') : null;
	const si = m.series ? t.names.indexOf(m.series) : -1;
	const groups = new Map<string, Point[]>();
	const order: string[] = [];
	let skipped = 0;
	let seriesLeftOut = 0;
	const left = new Set<string>();
	/** Gaps of series with no value yet: they join the series if a value comes. */
	const waiting = new Map<string, Point[]>();
	let lo = Infinity;
	let hi = -Infinity;
	for (const y of m.y) {
		const yi = t.names.indexOf(y);
		const ys = t.values[yi] ?? [];
		for (let r = 0; r < t.rowCount; r++) {
			const x = xs[r];
			const v = ys[r];
			if (x === null || x === undefined || v === null || v === undefined) skipped++;
			if (x === null || x === undefined) continue;
			const key = seriesKey(t, m, y, si, r);
			let pts = groups.get(key);
			if (v === null || v === undefined) {
				// a row with x and no y: a gap in its series
				if (pts) pts.push({ x, y: null });
				else if (!left.has(key)) waiting.set(key, [...(waiting.get(key) ?? []), { x, y: null }]);
				continue;
			}
			if (x < lo) lo = x;
			if (x > hi) hi = x;
			if (!pts) {
				if (groups.size >= MAX_SERIES) {
					if (!left.has(key)) {
						left.add(key);
						seriesLeftOut++;
					}
					continue;
				}
				pts = waiting.get(key) ?? [];
				waiting.delete(key);
				groups.set(key, pts);
				order.push(key);
			}
			pts.push({ x, y: v });
		}
	}
	const [from, to] = range ?? [lo, hi];
	const ranged = order.map((key) => {
		const all = groups.get(key)!;
		all.sort((a, b) => a.x - b.x);
		return { key, all, inRange: range ? all.filter((p) => p.x >= from && p.x <= to) : all };
	});
	const total = ranged.reduce((n, s) => n + s.inRange.length, 0);
	const width = Math.max(50, pixelColumns);
	const columns =
		total > AGGREGATE_ABOVE
			? Math.max(
					20,
					Math.min(width, Math.floor(AGGREGATE_ABOVE / (2 * Math.max(1, ranged.length))))
				)
			: Infinity;
	const series = ranged.map(({ key, all, inRange }) => {
		const points = Number.isFinite(columns) ? aggregate(inRange, from, to, columns) : inRange;
		let count = 0;
		for (const p of all) if (p.y !== null) count++;
		// a legend names a series in at most LIMITS.label characters; the table keeps it whole
		return { key, label: labelOf(key), points, count, aggregated: points !== inRange };
	});
	return {
		xType,
		xGrain,
		xLabel: m.x,
		series,
		skipped,
		seriesLeftOut,
		xExtent: lo <= hi ? [lo, hi] : null,
		columnPx: series.some((s) => s.aggregated) ? Math.round((width / columns) * 10) / 10 : null
	};
}

/** The table the reader sees and exports: x, series, y for every usable row. */
export function viewTable(
	t: Table,
	m: Mapping,
	limit = Infinity
): { columns: TableColumn[]; rows: TableRow[]; total: number } {
	const cols = [m.x, ...(m.series ? [m.series] : []), ...m.y];
	const idx = cols.map((c) => t.names.indexOf(c));
	const columns: TableColumn[] = [
		{ key: 'line', label: 'Line', numeric: true },
		...cols.map((c, i) => {
			const type = t.types[idx[i]!];
			return {
				key: `c${i}`,
				label: c,
				numeric: type === 'number' || type === 'year'
			};
		})
	];
	const rows: TableRow[] = [];
	let total = 0;
	for (let r = 0; r < t.rowCount; r++) {
		total++;
		if (rows.length >= limit) continue;
		const row: TableRow = { line: t.lines[r] ?? null };
		idx.forEach((c, i) => {
			const type = t.types[c];
			const v = t.values[c]?.[r] ?? null;
			row[`c${i}`] =
				type === 'text'
					? (t.text[c]?.[r] ?? '')
					: type === 'date' && v !== null
						? formatTime(v, 'date', t.grains?.[c] ?? 'day')
						: v;
		});
		rows.push(row);
	}
	return { columns, rows, total };
}

/** A year as the year; a period by its grain (2022-01-15, 2022-01, 2022-Q1), never a made-up day. */
export function formatTime(v: number, type: ColumnType, grain: Grain = 'day'): string {
	if (type !== 'date') return String(v);
	return formatPeriod(v, grain, 'table');
}

export interface LongOptions {
	/** The reader's file name: the source of every row of theirs. */
	file: string;
	/** Each y column's unit (null or absent: its header names none). */
	units: Readonly<Record<string, string | null>>;
	/** The series drawn (their keys as buildView names them); null: every series. */
	keep: readonly string[] | null;
	/** Columns kept beside x to say what a row is (the series column, a format's fields). */
	describe: readonly string[];
}

/**
 * The columns of the explore figure's CSV: one row per value drawn, yours and ours in one table,
 * each saying which series it is in and where it comes from.
 */
export function longColumns(xLabel: string, describe: readonly string[]): TableColumn[] {
	return [
		{ key: 'source', label: 'source' },
		{ key: 'series', label: 'series' },
		{ key: 'line', label: 'line', numeric: true },
		{ key: 'x', label: xLabel },
		...describe.map((d, i) => ({ key: `d${i}`, label: d })),
		{ key: 'value', label: 'value', numeric: true },
		{ key: 'unit', label: 'unit' }
	];
}

/**
 * The reader's rows in the CSV's long form: every row of each series drawn (a missing or invalid
 * value stays an empty cell), with the file as its source and the line it was read from.
 */
export function longTable(t: Table, m: Mapping, o: LongOptions): ChartTable {
	const xi = t.names.indexOf(m.x);
	const xType = t.types[xi] ?? 'number';
	const grain = t.grains?.[xi] ?? 'day';
	const si = m.series ? t.names.indexOf(m.series) : -1;
	const di = o.describe.map((d) => t.names.indexOf(d));
	const keep = o.keep ? new Set(o.keep) : null;
	const rows: TableRow[] = [];
	for (const y of m.y) {
		const yi = t.names.indexOf(y);
		const unit = o.units[y] ?? '';
		for (let r = 0; r < t.rowCount; r++) {
			const x = t.values[xi]?.[r] ?? null;
			if (x === null) continue;
			const key = seriesKey(t, m, y, si, r);
			if (keep && !keep.has(key)) continue;
			const row: TableRow = {
				source: o.file,
				series: `Yours: ${key}`,
				line: t.lines[r] ?? null,
				x: xType === 'date' ? formatTime(x, 'date', grain) : x,
				value: t.values[yi]?.[r] ?? null,
				unit
			};
			di.forEach((c, i) => {
				const type = t.types[c];
				row[`d${i}`] =
					type === 'text' || type === undefined
						? (t.text[c]?.[r] ?? '')
						: type === 'date'
							? (t.text[c]?.[r] ?? '').trim()
							: (t.values[c]?.[r] ?? null);
			});
			rows.push(row);
		}
	}
	return { columns: longColumns(m.x, o.describe), rows };
}
