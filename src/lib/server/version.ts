/**
 * The data version: a short fingerprint of the curated CSV files in data/ and the date in the
 * committed file data/VERSION. Computed in node at build time from the files alone, so two builds
 * of the same data print the same version and no build carries a timestamp.
 *
 * Hash: SHA-256 over every data/*.csv, taken in order of file name (plain code-unit order, not the
 * locale's), each contributing `<name>\n<byte length>\n` and then its bytes; the version is the
 * first 12 hex digits. The length prefix keeps "a.csv" + "bc" apart from "a.csvb" + "c".
 *
 * data/VERSION holds two lines, `date: YYYY-MM-DD` (the day the curated data last changed) and
 * `description: <one line>`; nothing else.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './data';

export interface CsvFile {
	name: string;
	content: string | Uint8Array;
}

/** The first 12 hex digits of the SHA-256 over the files, in name order. */
export function hashCsvFiles(files: readonly CsvFile[]): string {
	const h = createHash('sha256');
	const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (let i = 1; i < sorted.length; i++)
		if (sorted[i]!.name === sorted[i - 1]!.name)
			throw new Error(`data version: file ${sorted[i]!.name} given twice`);
	for (const f of sorted) {
		const bytes = typeof f.content === 'string' ? Buffer.from(f.content, 'utf8') : f.content;
		h.update(`${f.name}\n${bytes.byteLength}\n`, 'utf8');
		h.update(bytes);
	}
	return h.digest('hex').slice(0, 12);
}

export interface VersionFile {
	/** YYYY-MM-DD */
	date: string;
	description: string;
}

/** Reads data/VERSION's text; throws, naming the line, on anything but the two fields. */
export function parseVersionFile(text: string, file = 'data/VERSION'): VersionFile {
	const fields: Record<string, string> = {};
	const lines = text.replace(/\r\n/g, '\n').split('\n');
	lines.forEach((line, i) => {
		if (line.trim() === '') return;
		const m = /^([a-z]+): (\S.*)$/.exec(line);
		if (!m)
			throw new Error(`${file}:${i + 1} — expected "key: value", got ${JSON.stringify(line)}`);
		const [, key, value] = m as unknown as [string, string, string];
		if (key !== 'date' && key !== 'description')
			throw new Error(`${file}:${i + 1} — unknown field "${key}" (expected date or description)`);
		if (key in fields) throw new Error(`${file}:${i + 1} — "${key}" given twice`);
		fields[key] = value.trim();
	});
	const { date, description } = fields;
	if (date === undefined) throw new Error(`${file} — missing "date: YYYY-MM-DD"`);
	if (description === undefined) throw new Error(`${file} — missing "description: …"`);
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
	if (!m || !d || d.toISOString().slice(0, 10) !== date)
		throw new Error(`${file} — date must be a real day written YYYY-MM-DD, got "${date}"`);
	return { date, description };
}

/** The curated CSV files of a data directory (top level only: raw/ is not curated data). */
export function readCsvFiles(dir: string): CsvFile[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.csv'))
		.map((e) => ({ name: e.name, content: readFileSync(join(dir, e.name)) }));
}

export interface DataVersion {
	/** 12 hex digits */
	hash: string;
	/** YYYY-MM-DD, from data/VERSION */
	date: string;
	description: string;
}

/** The data version of data/ (or another directory): its hash and the date in its VERSION file. */
export function dataVersion(dir: string = DATA_DIR): DataVersion {
	const v = parseVersionFile(readFileSync(join(dir, 'VERSION'), 'utf8'), join(dir, 'VERSION'));
	return { hash: hashCsvFiles(readCsvFiles(dir)), ...v };
}
