/**
 * CSV text → typed records or precise errors. PapaParse reads the text; every cell then goes
 * through its column's parser. Errors are values: `file:line:column — what was expected, got what`.
 */
import Papa from 'papaparse';
import {
	INVISIBLE,
	precisionColumnOf,
	rangeWords,
	UNIT_RANGE,
	type Columns,
	type DatasetSchema,
	type PartialDate,
	type RecordOf
} from './schema';

export interface RowError {
	file: string;
	/** 1-based line in the file where the row starts (the header is line 1). */
	line?: number;
	/** 1-based column number. */
	column?: number;
	columnName?: string;
	message: string;
}

export function formatError(e: RowError): string {
	const where = [e.file, e.line, e.column].filter((x) => x !== undefined).join(':');
	const col = e.columnName !== undefined ? ` (column "${e.columnName}")` : '';
	return `${where} — ${e.message}${col}`;
}

export interface ParseResult<T> {
	records: T[];
	/** The line each record starts on, same order as records. */
	lines: number[];
	errors: RowError[];
	/** Data rows read (valid or not). */
	rowCount: number;
}

export interface ParseOptions {
	file: string;
	/** Known source ids; when given, every id in the schema's source column must be one of them. */
	sourceIds?: ReadonlySet<string>;
}

/** Show a bad cell safely and briefly in a message. */
export function preview(raw: string): string {
	const s = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
	return JSON.stringify(s);
}

interface RawRow {
	cells: string[];
	line: number;
}

/**
 * Bytes → text, refusing anything that is not UTF-8 (a binary file, a Latin-1 export): such input
 * would otherwise be read as replacement characters and reported as a pile of missing columns.
 */
export function decodeCsv(
	input: string | Uint8Array,
	file: string
): { text: string } | { error: RowError } {
	if (typeof input === 'string') return { text: input };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(input) };
	} catch {
		return { error: { file, message: 'not a UTF-8 CSV (the bytes are not valid UTF-8 text)' } };
	}
}

/** Split CSV text into rows of cells with the line each row starts on. */
export function readRows(
	text: string,
	file: string
): { header: string[]; rows: RawRow[]; errors: RowError[] } {
	const body = text.replace(/^\uFEFF/, '');
	const errors: RowError[] = [];
	if (body.trim() === '')
		return { header: [], rows: [], errors: [{ file, line: 1, message: 'the file is empty' }] };
	const out: RawRow[] = [];
	// PapaParse's cursor points just past each row (its line break included), so the line a row
	// starts on is one more than the line breaks before the previous cursor.
	let counted = 0;
	let line = 1;
	Papa.parse<string[]>(body, {
		header: false,
		skipEmptyLines: false,
		step: (r) => {
			out.push({ cells: r.data, line });
			const quoteErrors = r.errors.filter(
				(e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes'
			);
			if (quoteErrors.length > 0) {
				// An unclosed quote swallows the rest of the file into one cell: the first cell that
				// holds a quote or a line break is the one that went wrong.
				const at = r.data.findIndex((c) => c.includes('"') || c.includes('\n'));
				errors.push({
					file,
					line,
					column: at >= 0 ? at + 1 : r.data.length,
					message: 'a quoted cell is not closed or has stray quotes'
				});
			}
			const end = Math.min(r.meta.cursor, body.length);
			for (let i = counted; i < end; i++) if (body.charCodeAt(i) === 10) line++;
			counted = end;
		}
	});
	const [headerRow, ...rest] = out;
	const header = (headerRow?.cells ?? []).map((h) => h.trim());
	// A trailing newline yields one empty row; blank lines are skipped.
	const rows = rest.filter((r) => !(r.cells.length === 1 && r.cells[0] === ''));
	return { header, rows, errors };
}

export function parseDataset<C extends Columns>(
	schema: DatasetSchema<C>,
	input: string | Uint8Array,
	opts: ParseOptions
): ParseResult<RecordOf<C>> {
	const { file } = opts;
	const decoded = decodeCsv(input, file);
	if ('error' in decoded) return { records: [], lines: [], errors: [decoded.error], rowCount: 0 };
	const { header, rows, errors } = readRows(decoded.text, file);
	const result: ParseResult<RecordOf<C>> = {
		records: [],
		lines: [],
		errors,
		rowCount: rows.length
	};
	if (header.length === 0) return result;
	if (errors.length > 0) return result;
	const names = Object.keys(schema.columns);
	const index = new Map<string, number>();
	header.forEach((h, i) => {
		const first = index.get(h);
		if (first !== undefined) {
			errors.push({
				file,
				line: 1,
				column: i + 1,
				message: `duplicate column ${preview(h)} (first at column ${first + 1})`
			});
			return;
		}
		index.set(h, i);
	});
	if (errors.length > 0) return result;
	names.forEach((n, i) => {
		// Reported where the schema's column order puts it.
		if (!index.has(n))
			errors.push({ file, line: 1, column: i + 1, message: `missing column "${n}"` });
	});
	header.forEach((h, i) => {
		if (!names.includes(h))
			errors.push({ file, line: 1, column: i + 1, message: `unexpected column ${preview(h)}` });
	});
	if (errors.length > 0) return result;
	if (rows.length === 0) {
		errors.push({ file, line: 2, message: 'no data rows after the header' });
		return result;
	}
	const sourceColumn = schema.sourceColumn;
	const seen = new Map<string, number>();
	for (const row of rows) {
		// a character nobody sees, in any cell (a byte-order mark past the start, a bidi override)
		const hidden = invisibleIn(row.cells);
		if (hidden) {
			errors.push({ file, line: row.line, column: hidden.column, message: hidden.message });
			continue;
		}
		// the same row twice counts one fact twice
		const whole = row.cells.join('\u0000');
		const first = seen.get(whole);
		if (first !== undefined) {
			errors.push({ file, line: row.line, column: 1, message: `the same row as line ${first}` });
			continue;
		}
		seen.set(whole, row.line);
		if (row.cells.length !== header.length) {
			// The first field too many, or the first one missing.
			errors.push({
				file,
				line: row.line,
				column: Math.min(row.cells.length, header.length) + 1,
				message: `expected ${header.length} fields, got ${row.cells.length}`
			});
			continue;
		}
		const rec: Record<string, unknown> = {};
		let ok = true;
		for (const n of names) {
			const i = index.get(n) as number;
			const raw = row.cells[i] ?? '';
			const column = schema.columns[n] as C[keyof C];
			const cell = column.parse(raw);
			if (!cell.ok) {
				ok = false;
				const got = raw.trim() === '' ? 'an empty cell' : preview(raw);
				errors.push({
					file,
					line: row.line,
					column: i + 1,
					columnName: n,
					message: `expected ${cell.expected}, got ${got}`
				});
				continue;
			}
			if (n === sourceColumn && opts.sourceIds) {
				for (const id of cell.value as readonly string[]) {
					if (!opts.sourceIds.has(id)) {
						ok = false;
						errors.push({
							file,
							line: row.line,
							column: i + 1,
							columnName: n,
							message: `unknown source id ${preview(id)} (not in sources.csv)`
						});
					}
				}
			}
			rec[n] = cell.value;
		}
		if (ok) ok = checkPrecisions(schema, rec, index, file, row.line, errors);
		if (ok) ok = checkRowUnit(schema, rec, index, file, row.line, errors);
		if (ok) {
			result.records.push(rec as RecordOf<C>);
			result.lines.push(row.line);
		}
	}
	return result;
}

/** The first invisible character in a row's cells, with where it is. */
export function invisibleIn(cells: readonly string[]): { column: number; message: string } | null {
	for (let i = 0; i < cells.length; i++) {
		const m = INVISIBLE.exec(cells[i] ?? '');
		if (!m) continue;
		const code = (m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
		const what =
			code === 'FEFF'
				? 'a byte-order mark inside the file (another file pasted in?)'
				: 'an invisible character that changes how text reads (a direction mark, override or zero-width space)';
		return { column: i + 1, message: `${what}: U+${code} at character ${m.index + 1}` };
	}
	return null;
}

/**
 * A value whose unit a column of the row gives (factbook_trade's `value` in "%" or "USD bn"):
 * within that unit's range, like a column with a unit of its own.
 */
function checkRowUnit<C extends Columns>(
	schema: DatasetSchema<C>,
	rec: Record<string, unknown>,
	index: ReadonlyMap<string, number>,
	file: string,
	line: number,
	errors: RowError[]
): boolean {
	const range = typeof rec.unit === 'string' ? UNIT_RANGE[rec.unit] : undefined;
	if (!range) return true;
	let ok = true;
	for (const [n, c] of Object.entries(schema.columns)) {
		const v = rec[n];
		if (!c.type.startsWith('number') || c.unit !== undefined || typeof v !== 'number') continue;
		if (v < range[0] || v > range[1]) {
			ok = false;
			errors.push({
				file,
				line,
				column: (index.get(n) ?? 0) + 1,
				columnName: n,
				message: `expected ${rangeWords(range[0], range[1])} (the row's unit is "${rec.unit as string}"), got ${v}`
			});
		}
	}
	return ok;
}

const DATE_FORM: Record<string, string> = {
	day: 'YYYY-MM-DD',
	month: 'YYYY-MM',
	year: 'YYYY'
};

/** Every date agrees with its `<name>_precision` cell: both empty, or written to that precision. */
function checkPrecisions<C extends Columns>(
	schema: DatasetSchema<C>,
	rec: Record<string, unknown>,
	index: ReadonlyMap<string, number>,
	file: string,
	line: number,
	errors: RowError[]
): boolean {
	let ok = true;
	for (const n of Object.keys(schema.columns)) {
		const p = precisionColumnOf(n);
		if (!(p in schema.columns) || !schema.columns[n]?.type.startsWith('date')) continue;
		const date = rec[n] as PartialDate | null;
		const precision = rec[p] as string | null;
		const fail = (message: string) => {
			ok = false;
			errors.push({ file, line, column: (index.get(n) ?? 0) + 1, columnName: n, message });
		};
		if (date === null && precision !== null) fail(`expected a date, as ${p} is "${precision}"`);
		else if (date !== null && precision === null)
			fail(`expected ${p} to state the precision of ${preview(date.iso)}`);
		else if (date !== null && date.precision !== precision)
			fail(
				`expected a date to the ${precision} (${DATE_FORM[precision ?? ''] ?? '?'}) as ${p} says, got ${preview(date.iso)}`
			);
	}
	return ok;
}
