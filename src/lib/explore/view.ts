/**
 * What the chart draws from a checked table: the reader's choice of x, y and series, the zoomed x
 * range, and above AGGREGATE_ABOVE points per series a min/max aggregate per pixel column (the
 * line still touches every extreme; the table and CSV keep every row). Pure; runs in the worker.
 */
import type { ColumnType, Table } from './parse';
import type { TableColumn, TableRow } from '$lib/charts/types';

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

/** A sensible first view: the first year/date column as x, the numbers as y. */
export function defaultMapping(t: Cols): Mapping | null {
	const xs = usableX(t);
	const x = xs.find((n) => t.types[t.names.indexOf(n)] !== 'number') ?? xs[0];
	if (!x) return null;
	const ys = usableY(t).filter((n) => n !== x);
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

export function buildView(
	t: Table,
	m: Mapping,
	range: [number, number] | null,
	pixelColumns: number
): ViewOut {
	const xi = t.names.indexOf(m.x);
	const xs = t.values[xi] ?? [];
	const xType = t.types[xi] ?? 'number';
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
			const group = si >= 0 ? (t.text[si]?.[r] ?? '').trim() || '(blank)' : '';
			const key = m.y.length > 1 && si >= 0 ? `${y} · ${group}` : si >= 0 ? group : y;
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
		return { key, label: key, points, count, aggregated: points !== inRange };
	});
	return {
		xType,
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
						? formatTime(v, 'date')
						: v;
		});
		rows.push(row);
	}
	return { columns, rows, total };
}

export function formatTime(v: number, type: ColumnType): string {
	if (type !== 'date') return String(v);
	return new Date(v).toISOString().slice(0, 10);
}
