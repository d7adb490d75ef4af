/** Shared helpers for the data scripts: deterministic CSV writing and research-pack reading. */
import Papa from 'papaparse';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const RAW_DIR = join(DATA_DIR, 'raw');
export const RESEARCH_DIR = join(RAW_DIR, 'research');

export type Cell = string | number | null | undefined;

function cell(v: Cell): string {
	if (v === null || v === undefined) return '';
	const s = String(v);
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text with a header, LF line ends and a final newline: the same input always gives the same bytes. */
export function toCsv<K extends string>(
	columns: readonly K[],
	rows: readonly Record<K, Cell>[]
): string {
	const lines = [columns.join(',')];
	for (const r of rows) lines.push(columns.map((c) => cell(r[c])).join(','));
	return lines.join('\n') + '\n';
}

export function writeCsv<K extends string>(
	outDir: string,
	name: string,
	columns: readonly K[],
	rows: readonly Record<K, Cell>[]
): void {
	writeFileSync(join(outDir, `${name}.csv`), toCsv(columns, rows));
}

/** Read a research-pack CSV as string records (these are inputs; the curated output is validated). */
export function readResearchCsv(file: string): Record<string, string>[] {
	const text = readFileSync(join(RESEARCH_DIR, file), 'utf8');
	const res = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
	if (res.errors.length > 0) {
		const e = res.errors[0];
		throw new Error(`${file}: ${e?.message ?? 'parse error'} (row ${e?.row ?? '?'})`);
	}
	return res.data;
}

/** "A; B;C" → "A;B;C". */
export function normaliseSourceIds(s: string): string {
	return s
		.split(';')
		.map((x) => x.trim())
		.filter(Boolean)
		.join(';');
}

/** Round for storage of derived values; avoids float noise such as 46.60999999. */
export function round(n: number, digits: number): number {
	return Number(n.toFixed(digits));
}
