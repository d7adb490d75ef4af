/**
 * CSV text → typed records or precise errors. PapaParse reads the text; every cell then goes
 * through its column's parser. Errors are values: `file:line:column — what was expected, got what`.
 */
import Papa from 'papaparse';
import type { Columns, DatasetSchema, RecordOf } from './schema';

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

/** Split CSV text into rows of cells with the line each row starts on. */
export function readRows(
	text: string,
	file: string
): { header: string[]; rows: RawRow[]; errors: RowError[] } {
	const body = text.replace(/^\uFEFF/, '');
	const errors: RowError[] = [];
	if (body.trim() === '')
		return { header: [], rows: [], errors: [{ file, message: 'the file is empty' }] };
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
			for (const e of r.errors) {
				if (e.code === 'MissingQuotes' || e.code === 'InvalidQuotes')
					errors.push({ file, line, message: 'a quoted cell is not closed or has stray quotes' });
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
	text: string,
	opts: ParseOptions
): ParseResult<RecordOf<C>> {
	const { file } = opts;
	const { header, rows, errors } = readRows(text, file);
	const result: ParseResult<RecordOf<C>> = {
		records: [],
		lines: [],
		errors,
		rowCount: rows.length
	};
	if (header.length === 0) return result;
	const names = Object.keys(schema.columns);
	const index = new Map<string, number>();
	header.forEach((h, i) => index.set(h, i));
	for (const n of names) {
		if (!index.has(n)) errors.push({ file, line: 1, message: `missing column "${n}"` });
	}
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
	for (const row of rows) {
		if (row.cells.length !== header.length) {
			errors.push({
				file,
				line: row.line,
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
		if (ok) {
			result.records.push(rec as RecordOf<C>);
			result.lines.push(row.line);
		}
	}
	return result;
}
