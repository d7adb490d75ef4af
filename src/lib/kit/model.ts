/**
 * A chart's model: the rows it draws, described once. The table, the CSV, the tooltip, the
 * screen-reader description and the figure's notes all come from it, so the table and the tooltip
 * agree by construction.
 */
import type { Cell, ChartTable, TableColumn } from '$lib/charts/types';

export interface Column<R> {
	key: string;
	label: string;
	/** Unit of a numeric column, for the CSV header: "Share (%)". */
	unit?: string;
	/** The cell's value: numbers stay numbers (for the CSV). */
	value: (row: R) => Cell;
	/** How a number reads in the table and the tooltip. */
	format?: (v: number, row: R) => string;
	/** Left out of the tooltip (e.g. the source, shown once below the chart). @default false */
	tableOnly?: boolean;
}

export interface ChartModel<R> {
	rows: readonly R[];
	columns: readonly Column<R>[];
	/** Key of a row, shared by the marks and the navigation points. */
	key: (row: R) => string;
	/** Source ids of the rows drawn, in order of first use. */
	sourceIds: readonly string[];
	/** Notes under the chart (and in the figure): encodings, gaps, method. */
	notes: readonly string[];
	/** The text description read by screen readers. */
	description: string;
}

/** Text of one cell, as the table and the tooltip show it. */
export function cellOf<R>(c: Column<R>, row: R): string {
	const v = c.value(row);
	if (v === null || v === '') return '—';
	if (typeof v === 'number') return c.format ? c.format(v, row) : String(v);
	return v;
}

/** The tooltip of a row: the first column as its title, then "Label: value" for the others. */
export function tipOf<R>(model: ChartModel<R>, row: R): { title: string; lines: string[] } {
	const [first, ...rest] = model.columns;
	return {
		title: first ? cellOf(first, row) : '',
		lines: rest.filter((c) => !c.tableOnly).map((c) => `${c.label}: ${cellOf(c, row)}`)
	};
}

/** The table (and so the CSV) of a model, in the shape the chart frame takes. */
export function tableOf<R>(model: ChartModel<R>): ChartTable {
	const columns: TableColumn[] = model.columns.map((c) => ({
		key: c.key,
		label: c.label,
		...(c.unit ? { unit: c.unit, numeric: true } : {})
	}));
	const rows = model.rows.map((r) => {
		const out: Record<string, Cell> = {};
		for (const c of model.columns) out[c.key] = c.value(r);
		// numbers keep their own formatting in the table
		return out;
	});
	// formatting lives on the frame's columns; keep the row at hand for it
	model.columns.forEach((c, i) => {
		const col = columns[i] as TableColumn;
		if (c.format) {
			const fmt = c.format;
			col.format = (v, tr) => fmt(v, model.rows[rows.indexOf(tr)] as R);
		}
	});
	return { columns, rows };
}

/** Where a row comes from and how sure its source is: the last two columns of most tables. */
export function provenanceColumns<R extends { sourceIds: readonly string[]; confidence: string }>(
	sourceLabel: (ids: readonly string[]) => string
): Column<R>[] {
	return [
		{ key: 'source', label: 'Source', value: (r) => sourceLabel(r.sourceIds) },
		{ key: 'confidence', label: 'Confidence', value: (r) => r.confidence }
	];
}
