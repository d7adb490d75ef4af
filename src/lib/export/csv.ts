/**
 * A chart's data as CSV: exactly the table the chart shows, numbers as numbers, units in the
 * header, text cells that a spreadsheet would run as a formula defused with a leading apostrophe.
 */
import type { ChartTable, Cell } from '$lib/charts/types';

/**
 * Text starting with =, +, -, @ (or a tab or carriage return, or spaces before one of them) is a
 * formula to a spreadsheet: an apostrophe before it keeps it text.
 */
export function neutralise(text: string): string {
	return /^\s*[=+\-@]|^[\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Quoted when it holds a quote or a line break, and also any separator a spreadsheet may be set
 * to split on (",", ";" in Russian, Belarusian and German settings, tab, "|"): quoted, the cell
 * stays one cell whatever the separator, so no piece of it can start a formula of its own.
 */
function quote(text: string): string {
	return /[",;\t|\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvCell(v: Cell | undefined): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
	return quote(neutralise(v));
}

export function header(c: { label: string; unit?: string }): string {
	return c.unit ? `${c.label} (${c.unit})` : c.label;
}

export function chartCsv(table: ChartTable): string {
	const lines = [table.columns.map((c) => csvCell(header(c))).join(',')];
	for (const row of table.rows) lines.push(table.columns.map((c) => csvCell(row[c.key])).join(','));
	return lines.join('\r\n') + '\r\n';
}
