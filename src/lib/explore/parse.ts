/**
 * A reader's file, from bytes to a checked table: is it text at all, how it is laid out
 * (delimiter, header row, BOM, line ends, quotes, decimal commas), what each column holds, and
 * every problem by line and column. Pure: the worker (worker.ts) runs it off the main thread, the
 * unit tests run it directly. Nothing here throws on any input; it returns rows or problems.
 */
import Papa from 'papaparse';
import {
	FORM_GRAIN,
	FORM_NAMES,
	readPeriod,
	readYear,
	type Grain,
	type PeriodForm
} from './periods';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];
export const DELIMITER_NAMES: Record<Delimiter, string> = {
	',': 'comma',
	';': 'semicolon',
	'\t': 'tab',
	'|': 'vertical bar'
};

/** How to read the file; detected, then the reader may override each. */
export interface ReadOptions {
	delimiter: Delimiter;
	header: boolean;
	decimalComma: boolean;
}

export interface Detection extends ReadOptions {
	bom: boolean;
	crlf: boolean;
	quotes: boolean;
}

export type ColumnType = 'year' | 'date' | 'number' | 'text';

export interface Problem {
	/** Line of the file where the record starts (1-based). */
	line: number;
	/** Column name, or null for a problem with the whole row. */
	column: string | null;
	message: string;
}

/** Problems listed by line; past this many only counted. */
export const PROBLEM_LIMIT = 100;

export class Problems {
	readonly list: Problem[] = [];
	count = 0;
	add(p: Problem): void {
		this.count++;
		if (this.list.length < PROBLEM_LIMIT) this.list.push(p);
	}
}

export function problemText(p: Problem): string {
	return p.column === null
		? `line ${p.line}: ${p.message}`
		: `line ${p.line}, column ${p.column}: ${p.message}`;
}

/** A file that cannot be read as a table at all. */
export interface Refusal {
	refused: string;
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * The first byte that is not part of valid UTF-8, or -1. `end` false: a sequence cut at the end
 * of the buffer is not an error (more bytes follow).
 */
export function firstInvalidUtf8(b: Uint8Array, end = true): number {
	let i = 0;
	while (i < b.length) {
		const c = b[i]!;
		if (c < 0x80) {
			i++;
			continue;
		}
		let n: number;
		let min: number;
		if (c >= 0xc2 && c <= 0xdf) [n, min] = [1, 0x80];
		else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
		else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
		else return i;
		let cp = c & (0x3f >> n);
		for (let k = 1; k <= n; k++) {
			const d = b[i + k];
			if (d === undefined) return end ? i : -1;
			if ((d & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (d & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += n + 1;
	}
	return -1;
}

/** What /explore reads at most: past these, the worker refuses the file and says which limit. */
export const LIMITS = {
	/** Columns in a row. */
	columns: 1000,
	/** Characters on one line. */
	line: 1_000_000,
	/** Characters in one cell. */
	cell: 10_000,
	/** Characters of a column's name shown in a legend, an axis or a figure (the table has it all). */
	label: 80
} as const;

/** A column name as a label may show it: at most LIMITS.label characters. */
export const labelOf = (name: string): string =>
	name.length > LIMITS.label ? `${name.slice(0, LIMITS.label - 1)}…` : name;

/**
 * UTF-16 text (Excel's "Unicode Text", Notepad's "Unicode"): a byte-order mark FF FE or FE FF, or
 * zero bytes at every other place in ASCII text. Named as what it is, with how to save it.
 */
function utf16(sample: Uint8Array): 'LE' | 'BE' | null {
	if (sample[0] === 0xff && sample[1] === 0xfe) return 'LE';
	if (sample[0] === 0xfe && sample[1] === 0xff) return 'BE';
	const n = Math.min(sample.length, 512) & ~1;
	if (n < 4) return null;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i += 2) {
		if (sample[i] === 0) even++;
		if (sample[i + 1] === 0) odd++;
	}
	if (odd > n / 2 / 2 && even === 0) return 'LE';
	if (even > n / 2 / 2 && odd === 0) return 'BE';
	return null;
}

/** The refusal for a zero byte past the start of the file, naming where it is. */
export function zeroByte(offset: number, linesBefore: number): Refusal {
	return {
		refused: `The file has a zero byte at byte ${offset + 1} (line ${linesBefore + 1}): text files never hold one, so this is a binary file or two files joined. Save it as CSV (UTF-8) and try again.`
	};
}

/** Looks at the start of a file: empty, binary, or text (BOM noted). */
export function checkStart(head: Uint8Array, totalSize: number): Refusal | { bom: boolean } {
	if (totalSize === 0) return { refused: 'The file is empty: it has no bytes at all.' };
	const sample = head.subarray(0, 8192);
	const wide = utf16(sample);
	if (wide)
		return {
			refused: `This file is UTF-16 text (${wide === 'LE' ? 'little' : 'big'}-endian), as a spreadsheet's "Unicode Text" or Notepad's "Unicode" saves it; this page reads UTF-8. Save it again as "CSV UTF-8 (comma delimited)" (Excel) or with the encoding UTF-8 (LibreOffice, Notepad) and try again.`
		};
	let control = 0;
	for (const b of sample) {
		if (b === 0)
			return {
				refused:
					'This is a binary file (it contains zero bytes), not a CSV: a spreadsheet, image or archive perhaps. Save or export it as CSV (UTF-8) and try again.'
			};
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
	}
	if (control > sample.length / 20)
		return {
			refused:
				'This looks like a binary file (many control characters), not a CSV. Save or export it as CSV (UTF-8) and try again.'
		};
	return { bom: BOM.every((v, i) => head[i] === v) };
}

/** The refusal for a byte that is not UTF-8, naming its line. */
export function notUtf8(offset: number, linesBefore: number): Refusal {
	return {
		refused: `The file is not UTF-8 text: byte ${offset + 1} (line ${linesBefore + 1}) is not valid UTF-8. It may be in a legacy encoding such as Windows-1251 or Latin-1; save it as CSV UTF-8 and try again.`
	};
}

/** Decodes a whole buffer (tests, pasted text); refuses bytes that are not UTF-8. */
export function decode(bytes: Uint8Array): Refusal | { text: string; bom: boolean } {
	const start = checkStart(bytes, bytes.length);
	if ('refused' in start) return start;
	const zero = bytes.indexOf(0);
	if (zero >= 0) {
		let lines = 0;
		for (let i = 0; i < zero; i++) if (bytes[i] === 0x0a) lines++;
		return zeroByte(zero, lines);
	}
	const bad = firstInvalidUtf8(bytes);
	if (bad >= 0) {
		let lines = 0;
		for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) lines++;
		return notUtf8(bad, lines);
	}
	let text = new TextDecoder('utf-8').decode(bytes);
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	return { text, bom: start.bom };
}

/** Splits a line on a delimiter outside double quotes (detection only). */
function countOutside(line: string, d: string): number {
	let n = 0;
	let q = false;
	for (const ch of line) {
		if (ch === '"') q = !q;
		else if (!q && ch === d) n++;
	}
	return n;
}

const NUMBER_DOT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NUMBER_COMMA = /^[+-]?(\d+,?\d*|,\d+)$/;
const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const MONTH_YEAR = /^\d{2}\.\d{4}$/;

/** Guesses the layout from the start of the text. */
export function detect(text: string, bom = false): Detection {
	const sample = text.slice(0, 65536);
	const lines = sample.split(/\r?\n/).filter((l) => l.trim() !== '');
	const head = lines.slice(0, 30);
	const numeric = (v: string) => NUMBER_DOT.test(v) || NUMBER_COMMA.test(v) || DATE.test(v);
	let best: Delimiter = ',';
	let bestScore: number[] = [-1];
	for (const d of DELIMITERS) {
		const counts = head.map((l) => countOutside(l, d));
		const first = counts[0] ?? 0;
		if (first === 0) continue;
		const same = counts.filter((c) => c === first).length;
		// on a tie (a header "Период;Экспорт, млн долл. США" splits evenly on "," as on ";"), the
		// split whose cells read as numbers and periods wins: "01.2022" and "3100,5", not "01.2022;3100"
		let typed = 0;
		for (const l of head.slice(1))
			for (const v of splitSimple(l, d)) {
				const t = v.trim();
				if (numeric(t) || readPeriod(t)) typed++;
			}
		const score = [same, typed, first];
		const better = score.findIndex((v, i) => v !== (bestScore[i] ?? -1));
		if (better >= 0 && score[better]! > (bestScore[better] ?? -1)) {
			best = d;
			bestScore = score;
		}
	}
	const rows = head.map((l) => splitSimple(l, best));
	const first = rows[0] ?? [];
	const later = rows.slice(1);
	const firstHasNumber = first.some((v) => numeric(v.trim()));
	const header = !firstHasNumber;
	let commas = 0;
	let dots = 0;
	for (const r of later)
		for (const v of r) {
			const t = v.trim();
			if (/^[+-]?\d+,\d+$/.test(t)) commas++;
			// a month written 01.2022 is not a decimal point
			else if (/^[+-]?\d+\.\d+$/.test(t) && !readPeriod(t)) dots++;
		}
	return {
		delimiter: best,
		header,
		decimalComma: best !== ',' && commas > dots,
		bom,
		crlf: sample.includes('\r\n'),
		quotes: sample.includes('"')
	};
}

function splitSimple(line: string, d: string): string[] {
	const out: string[] = [];
	let cur = '';
	let q = false;
	for (const ch of line) {
		if (ch === '"') q = !q;
		else if (!q && ch === d) {
			out.push(cur);
			cur = '';
		} else cur += ch;
	}
	out.push(cur);
	return out;
}

/** Records as PapaParse reads them, each with the line it starts on. */
export interface RawRecords {
	records: string[][];
	lines: number[];
	problems: Problems;
}

/**
 * The first line longer than LIMITS.line, before the text is split (a 50 MB line of commas would
 * become millions of cells): a refusal naming it, or null.
 */
export function longLine(text: string): Refusal | null {
	let start = 0;
	for (let line = 1; start <= text.length; line++) {
		const end = text.indexOf('\n', start);
		const stop = end === -1 ? text.length : end;
		if (stop - start > LIMITS.line)
			return {
				refused: `Line ${line} is ${(stop - start).toLocaleString('en')} characters long; this page reads lines of up to ${LIMITS.line.toLocaleString('en')}. Is the file's separator or line end what it should be?`
			};
		if (end === -1) break;
		start = end + 1;
	}
	return null;
}

/** Records past the limits: too many columns, or a cell too long. A refusal naming where, or null. */
export function overLimits(raw: RawRecords): Refusal | null {
	for (let r = 0; r < raw.records.length; r++) {
		const rec = raw.records[r]!;
		const line = raw.lines[r] ?? r + 1;
		if (rec.length > LIMITS.columns)
			return {
				refused: `Line ${line} has ${rec.length.toLocaleString('en')} columns; this page reads up to ${LIMITS.columns.toLocaleString('en')}. Keep the columns you need (or check the separator) and try again.`
			};
		for (let c = 0; c < rec.length; c++)
			if ((rec[c] ?? '').length > LIMITS.cell)
				return {
					refused: `Line ${line}, column ${c + 1} holds ${(rec[c] ?? '').length.toLocaleString('en')} characters; this page reads cells of up to ${LIMITS.cell.toLocaleString('en')}. Is a quote left open before it?`
				};
	}
	return null;
}

/** Reads records; `progress(fraction)` is called as it goes. Never throws. */
export function readRecords(
	text: string,
	delimiter: Delimiter,
	progress?: (fraction: number) => void
): RawRecords {
	const records: string[][] = [];
	const lines: number[] = [];
	const problems = new Problems();
	let line = 1;
	let prev = 0;
	let nextReport = 0;
	const step = Math.max(1, Math.floor(text.length / 100));
	const newlinesUpTo = (end: number) => {
		for (let i = prev; i < end && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
		prev = end;
	};
	try {
		Papa.parse<string[]>(text, {
			delimiter,
			skipEmptyLines: true,
			step: (r) => {
				const cursor = r.meta.cursor;
				// a record starts after the blank lines before it
				let start = prev;
				while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
				newlinesUpTo(start);
				const at = line;
				newlinesUpTo(cursor);
				for (const e of r.errors)
					problems.add({
						line: at,
						column: null,
						message:
							e.code === 'MissingQuotes'
								? 'a quoted field is never closed (unbalanced quotes): everything after the opening quote was read as one field'
								: e.code === 'InvalidQuotes'
									? 'a quote in the middle of an unquoted field (unbalanced quotes)'
									: e.message
					});
				records.push(r.data);
				lines.push(at);
				if (progress && cursor >= nextReport) {
					progress(cursor / Math.max(1, text.length));
					nextReport = cursor + step;
				}
			}
		});
	} catch (e) {
		problems.add({ line, column: null, message: `the file could not be read: ${String(e)}` });
	}
	return { records, lines, problems };
}

/** A value as a number under the options, or null (empty or not a number). */
export function toNumber(v: string, decimalComma: boolean): number | null {
	const t = v.trim();
	if (t === '') return null;
	if (decimalComma) {
		if (!NUMBER_COMMA.test(t)) return null;
		return Number(t.replace(',', '.'));
	}
	if (!NUMBER_DOT.test(t)) return null;
	const n = Number(t);
	return Number.isFinite(n) ? n : null;
}

/**
 * A year (as the year: "2022", "2022 г.") or a period (its first day, ms since 1970 UTC), or null.
 * With a form, only a period written in that form is read: a column keeps one form.
 */
export function toTime(v: string, type: 'year' | 'date', form?: PeriodForm): number | null {
	if (type === 'year') return readYear(v);
	const p = readPeriod(v);
	return p && (!form || p.form === form) ? p.ms : null;
}

/** What a column holds: its type and, for periods, the one form its cells are written in. */
export interface ColumnKind {
	type: ColumnType;
	form: PeriodForm | null;
	/**
	 * Periods in more than one form (`01.2022` and `2022-01`, months and quarters): the first cell
	 * that breaks the column's form, its row, and the form it is in; the column is read as text.
	 */
	conflict: {
		row: number;
		value: string;
		form: PeriodForm;
		first: number;
		firstForm: PeriodForm;
	} | null;
}

export function inferColumn(values: readonly string[], decimalComma: boolean): ColumnKind {
	let n = 0;
	let years = 0;
	let numsNotYears = 0;
	let periods = 0;
	let nums = 0;
	let form: PeriodForm | null = null;
	let first = -1;
	let conflict: ColumnKind['conflict'] = null;
	for (let r = 0; r < values.length; r++) {
		const t = values[r]!.trim();
		if (t === '') continue;
		n++;
		const isYear = readYear(t) !== null;
		const isNum = toNumber(t, decimalComma) !== null;
		if (isYear) years++;
		else if (isNum) numsNotYears++;
		if (isNum) nums++;
		// a plain number is a period only as month.year (01.2022)
		if (isYear || (isNum && !MONTH_YEAR.test(t))) continue;
		const p = readPeriod(t);
		if (!p) continue;
		periods++;
		if (form === null) {
			form = p.form;
			first = r;
		} else if (p.form !== form && !conflict)
			conflict = { row: r, value: t, form: p.form, first, firstForm: form };
	}
	const none = { form: null, conflict: null };
	if (n === 0) return { type: 'text', ...none };
	// a column is of a type when most of its values are; the others are listed as problems
	if (years > n / 2 && numsNotYears === 0) return { type: 'year', ...none };
	if (periods > n / 2 && form)
		return conflict ? { type: 'text', form: null, conflict } : { type: 'date', form, conflict };
	if (nums > n / 2) return { type: 'number', ...none };
	return { type: 'text', ...none };
}

export function inferType(values: readonly string[], decimalComma: boolean): ColumnType {
	return inferColumn(values, decimalComma).type;
}

/** A checked table: columns with types, values per column (null: missing or invalid). */
export interface Table {
	names: string[];
	types: ColumnType[];
	/** Per column: the grain of a period column (day, month, quarter), null for the others. */
	grains?: (Grain | null)[];
	/** Per column: the form a period column is written in. */
	forms?: (PeriodForm | null)[];
	/** Per column: numbers (years as the year, dates as ms) for typed columns, text otherwise. */
	values: (number | null)[][];
	text: string[][];
	lines: number[];
	rowCount: number;
	/** Records dropped whole (wrong number of fields). */
	dropped: number;
	problems: Problem[];
	problemCount: number;
}

export type TableResult = Table | Refusal;

const EXPECTED: Record<Exclude<ColumnType, 'text'>, string> = {
	year: 'a year (four digits)',
	date: 'a date or period',
	number: 'a number'
};

function quoteValue(v: string): string {
	const t = v.length > 40 ? `${v.slice(0, 40)}…` : v;
	return `"${t}"`;
}

/** Turns records into a typed table with every problem by line and column. Never throws. */
export function buildTable(raw: RawRecords, opts: ReadOptions): TableResult {
	const problems = raw.problems;
	const recs = raw.records;
	if (recs.length === 0)
		return { refused: 'The file has no rows: it is empty or only blank lines.' };
	const firstRow = recs[0]!;
	const width = firstRow.length;
	let names: string[];
	let start: number;
	if (opts.header) {
		start = 1;
		names = [];
		// a copy is renamed to a name no other column has or will have: "year,a,a,a (2)" gives
		// "a", "a (3)", "a (2)" (two columns under one name would draw as one, or not at all)
		const written = firstRow.map((h, i) => h.trim() || `column ${i + 1}`);
		const taken = new Set(written);
		const given = new Set<string>();
		firstRow.forEach((_, i) => {
			let name = written[i]!;
			if (given.has(name)) {
				let k = 2;
				while (taken.has(`${name} (${k})`) || given.has(`${name} (${k})`)) k++;
				const renamed = `${name} (${k})`;
				problems.add({
					line: raw.lines[0] ?? 1,
					column: name,
					message: `duplicate column name: the header names "${name}" more than once; the copy in column ${i + 1} is shown as "${renamed}"`
				});
				name = renamed;
			}
			given.add(name);
			names.push(name);
		});
		if (recs.length === 1)
			return {
				refused: `The file has a header row (${names.join(', ')}) but no data rows under it.`
			};
	} else {
		start = 0;
		names = firstRow.map((_, i) => `column ${i + 1}`);
	}
	const kept: string[][] = [];
	const lines: number[] = [];
	let dropped = 0;
	for (let r = start; r < recs.length; r++) {
		const rec = recs[r]!;
		const line = raw.lines[r] ?? r + 1;
		if (rec.length !== width) {
			dropped++;
			problems.add({
				line,
				column: null,
				message: `the row has ${rec.length} field${rec.length === 1 ? '' : 's'}, the header ${width} (ragged row): not used`
			});
			continue;
		}
		kept.push(rec);
		lines.push(line);
	}
	const text: string[][] = names.map((_, c) => kept.map((r) => r[c] ?? ''));
	const kinds = text.map((col) => inferColumn(col, opts.decimalComma));
	const types = kinds.map((k) => k.type);
	const forms = kinds.map((k) => k.form);
	kinds.forEach((k, c) => {
		const x = k.conflict;
		if (!x) return;
		problems.add({
			line: lines[x.row]!,
			column: names[c]!,
			message: `${quoteValue(x.value)} is written as ${FORM_NAMES[x.form]}, but line ${lines[x.first]} as ${FORM_NAMES[x.firstForm]}: a column of periods keeps one form, so this one is read as text, not as dates`
		});
	});
	const values: (number | null)[][] = types.map((type, c) => {
		const col = text[c]!;
		if (type === 'text') return [];
		const form = forms[c] ?? undefined;
		return col.map((v, r) => {
			const t = v.trim();
			if (t === '') return null;
			const n = type === 'number' ? toNumber(t, opts.decimalComma) : toTime(t, type, form);
			if (n === null)
				problems.add({
					line: lines[r]!,
					column: names[c]!,
					message:
						type === 'date' && form
							? `expected a period written as ${FORM_NAMES[form]}, like the rest of the column, got ${quoteValue(t)}`
							: `expected ${EXPECTED[type]}, got ${quoteValue(t)}`
				});
			return n;
		});
	});
	if (kept.length === 0)
		return {
			refused: `No row has the header's ${width} fields: every row was dropped as ragged. ${problems.list
				.slice(0, 3)
				.map(problemText)
				.join('; ')}`
		};
	problems.list.sort((a, b) => a.line - b.line);
	return {
		names,
		types,
		grains: forms.map((f) => (f ? FORM_GRAIN[f] : null)),
		forms,
		values,
		text,
		lines,
		rowCount: kept.length,
		dropped,
		problems: problems.list,
		problemCount: problems.count
	};
}

/** Text to table in one go (pasted text, tests). */
export function parseText(
	text: string,
	opts?: Partial<ReadOptions>
): TableResult & {
	detected?: Detection;
} {
	try {
		const detected = detect(text);
		const o: ReadOptions = { ...detected, ...opts };
		if (text.trim() === '') return { refused: 'The text is empty.' };
		return { ...buildTable(readRecords(text, o.delimiter), o), detected };
	} catch (e) {
		return { refused: `The file could not be read: ${String(e)}` };
	}
}
