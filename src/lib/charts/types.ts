/** Types shared by the chart frame, the interaction surface and every chart. */

export const CHART_IDS = [
	'trade-asymmetry',
	'trade-share-timeline',
	'trade-partners',
	'trade-values',
	'energy-disputes',
	'gas-price',
	'oil-sources-2020',
	'oil-cargo-timeline',
	'oil-routes-map',
	'relations-timeline',
	'compare-pair',
	'compare-group',
	'country-partners',
	'compare-dependents'
] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** A data point the reader can reach by pointer, touch or arrow keys. */
export interface NavPoint {
	/** Stable key. */
	key: string;
	/** Position in chart pixels. */
	x: number;
	y: number;
	/** Series, for Up/Down movement between series at the same x. */
	series: string;
	/** First line of the tooltip, e.g. "2009". */
	title: string;
	/** Further tooltip lines, e.g. "Exports: 33.6%". */
	lines: string[];
}

export type Cell = string | number | null;
export type TableRow = Record<string, Cell>;

/**
 * A column of a chart's table. Cells hold the data as it is (numbers stay numbers, for the CSV);
 * `format` turns a number into the text the table shows, the same text as the tooltip.
 */
export interface TableColumn {
	key: string;
	label: string;
	numeric?: boolean;
	/** Unit of the numbers, added to the CSV header: "Share (%)". */
	unit?: string;
	format?: (v: number, row: TableRow) => string;
}

export interface ChartTable {
	columns: TableColumn[];
	rows: TableRow[];
}

/** The text a table cell shows. */
export function cellText(c: TableColumn, row: TableRow): string {
	const v = row[c.key];
	if (v === null || v === undefined || v === '') return '—';
	if (typeof v === 'number') return c.format ? c.format(v, row) : String(v);
	return v;
}

/** A source named in a chart's source line. */
export interface SourceRef {
	id: string;
	label: string;
	href?: string;
}
