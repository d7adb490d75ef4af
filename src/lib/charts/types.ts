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
	'relations-timeline'
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

export interface TableColumn {
	key: string;
	label: string;
	numeric?: boolean;
}

export interface ChartTable {
	columns: TableColumn[];
	rows: Record<string, string | number | null>[];
}

/** A source named in a chart's source line. */
export interface SourceRef {
	id: string;
	label: string;
	href?: string;
}
