/** Shared helpers for the data scripts: deterministic CSV writing and research-pack reading. */
import Papa from 'papaparse';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const RAW_DIR = join(DATA_DIR, 'raw');
export const RESEARCH_DIR = join(RAW_DIR, 'research');
/** The atlas's own research: rows and sources it added, each with the passage it read. */
export const CURATED_DIR = join(DATA_DIR, 'curated');

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

/** The precision an ISO partial date is written to: YYYY-MM-DD day, YYYY-MM month, YYYY year. */
export function precisionOf(iso: string | null | undefined): '' | 'day' | 'month' | 'year' {
	const t = (iso ?? '').trim();
	if (t === '') return '';
	if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return 'day';
	if (/^\d{4}-\d{2}$/.test(t)) return 'month';
	if (/^\d{4}$/.test(t)) return 'year';
	throw new Error(`not an ISO partial date: "${t}"`);
}

/**
 * An explicit fix to a research-pack row. data/raw stays as received; the script applies the
 * correction, asserting the old value first so it throws if the raw input changes, and
 * data/README.md lists every correction (readme.ts) so a reader can audit it.
 */
export interface Correction {
	/** Research file the row comes from. */
	file: string;
	/** How the row is found: column → value, all must match exactly one row. */
	where: Readonly<Record<string, string>>;
	column: string;
	from: string;
	to: string;
	/** The source that justifies the new value. */
	sourceId: string;
	why: string;
}

export function applyCorrections(
	file: string,
	rows: Record<string, string>[],
	corrections: readonly Correction[]
): Record<string, string>[] {
	for (const c of corrections.filter((x) => x.file === file)) {
		const hits = rows.filter((r) => Object.entries(c.where).every(([k, v]) => r[k] === v));
		const desc = `${file} ${JSON.stringify(c.where)} ${c.column}`;
		if (hits.length !== 1) throw new Error(`correction ${desc}: ${hits.length} rows match, not 1`);
		const row = hits[0] as Record<string, string>;
		if (row[c.column] !== c.from)
			throw new Error(
				`correction ${desc}: expected ${JSON.stringify(c.from)}, found ${JSON.stringify(row[c.column])}; the raw input changed`
			);
		row[c.column] = c.to;
	}
	return rows;
}
