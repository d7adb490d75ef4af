/**
 * Sorting, filtering and paging the rows of a dataset page (/data/<dataset>), and cutting the CSV
 * file down to the rows a filter keeps. Rows are the CSV's cells as text, exactly as the file has them;
 * numeric columns sort by value, the rest by text (dates are ISO, so text order is time order), and
 * empty cells always go last. Filters combine: words anywhere in the row, and per column a range
 * (numbers), one value (enumerated columns) or words (text). Everything runs in
 * memory in the browser: an index built once per dataset (lower-cased row text, number keys) keeps
 * a sort plus a filter of tens of thousands of rows well under a frame or two.
 */

export type Row = readonly string[];
export type SortDir = 'ascending' | 'descending';

export interface TableIndex {
	rows: readonly Row[];
	/** Lower-cased text of each row (all cells), for the filter. */
	text: string[];
	/** Per column: the number each cell sorts by (NaN when empty), or null for a text column. */
	numbers: (Float64Array | null)[];
	/** Per text column, once sorted by: each row's rank in text order (filled on demand). */
	ranks: (Int32Array | null)[];
}

/** How a column is filtered: numbers by bounds, enumerated columns by one value, text by words. */
export type FilterKind = 'number' | 'category' | 'text';

/** One column's filter, as the query runs it. */
export type ColumnFilter =
	| { column: number; kind: 'text'; words: readonly string[] }
	| { column: number; kind: 'category'; value: string }
	/** Bounds are inclusive; a row with an empty cell never passes a bound. */
	| { column: number; kind: 'number'; min: number | null; max: number | null };

export interface TableQuery {
	/** Words to find anywhere in the row; every word must appear. */
	filter: string;
	/** Filters on single columns; a row must pass all of them (and the words). */
	columns: readonly ColumnFilter[];
	/** Column to sort by, or -1 for the file's order. */
	sortColumn: number;
	sortDir: SortDir;
}

export const PAGE_SIZE = 50;

/** Build the index once for a dataset's rows; `numeric[i]` says whether column i sorts as numbers. */
export function indexRows(rows: readonly Row[], numeric: readonly boolean[]): TableIndex {
	const text = rows.map((r) => r.join('\u0001').toLowerCase());
	const numbers = numeric.map((isNum, c) => {
		if (!isNum) return null;
		const a = new Float64Array(rows.length);
		for (let i = 0; i < rows.length; i++) {
			const v = (rows[i] as Row)[c] ?? '';
			a[i] = v.trim() === '' ? NaN : Number(v);
		}
		return a;
	});
	return { rows, text, numbers, ranks: numeric.map(() => null) };
}

/** The words of a filter, lower-cased. */
export function filterWords(filter: string): string[] {
	return filter.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether row i passes one column's filter. */
function passes(ix: TableIndex, i: number, f: ColumnFilter): boolean {
	if (f.kind === 'number') {
		// NaN for an empty cell (and for a column not indexed as numbers)
		const v = ix.numbers[f.column]?.[i] ?? NaN;
		if (Number.isNaN(v)) return false;
		return (f.min === null || v >= f.min) && (f.max === null || v <= f.max);
	}
	const cell = (ix.rows[i] as Row)[f.column] ?? '';
	if (f.kind === 'category') return cell === f.value;
	const t = cell.toLowerCase();
	return f.words.every((w) => t.includes(w));
}

/** Indices of the rows matching the query (words anywhere and every column filter), in its order. */
export function queryRows(ix: TableIndex, q: TableQuery): number[] {
	const words = filterWords(q.filter);
	const cols = q.columns.filter((f) => f.kind !== 'text' || f.words.length > 0);
	const out: number[] = [];
	for (let i = 0; i < ix.rows.length; i++) {
		if (words.length > 0) {
			const t = ix.text[i] as string;
			if (!words.every((w) => t.includes(w))) continue;
		}
		if (cols.every((f) => passes(ix, i, f))) out.push(i);
	}
	if (q.sortColumn >= 0) sortIndices(ix, out, q.sortColumn, q.sortDir);
	return out;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Sort row indices in place by one column; ties keep the file's order; empty cells last. */
export function sortIndices(ix: TableIndex, idx: number[], column: number, dir: SortDir): void {
	const sign = dir === 'ascending' ? 1 : -1;
	const nums = ix.numbers[column];
	if (nums) {
		idx.sort((a, b) => {
			const x = nums[a] as number;
			const y = nums[b] as number;
			const ex = Number.isNaN(x);
			const ey = Number.isNaN(y);
			if (ex || ey) return ex === ey ? a - b : ex ? 1 : -1;
			return x === y ? a - b : (x - y) * sign;
		});
		return;
	}
	const ranks = textRanks(ix, column);
	idx.sort((a, b) => {
		const x = ranks[a] as number;
		const y = ranks[b] as number;
		// rank -1: an empty cell
		if (x < 0 || y < 0) return x < 0 === y < 0 ? a - b : x < 0 ? 1 : -1;
		return x === y ? a - b : (x - y) * sign;
	});
}

/** Each row's place in the column's text order (-1 when empty), computed once per column. */
function textRanks(ix: TableIndex, column: number): Int32Array {
	const cached = ix.ranks[column];
	if (cached) return cached;
	const cells = ix.rows.map((r) => r[column] ?? '');
	const order = [...new Set(cells)].filter((c) => c.trim() !== '').sort(collator.compare);
	// cells the collation calls equal ("Belarus", "belarus") share a rank, so ties stay in file order
	const rank = new Map<string, number>();
	order.forEach((k, i) => {
		const prev = order[i - 1];
		rank.set(
			k,
			prev !== undefined && collator.compare(prev, k) === 0 ? (rank.get(prev) as number) : i
		);
	});
	const out = Int32Array.from(cells, (c) => rank.get(c) ?? -1);
	ix.ranks[column] = out;
	return out;
}

export function pageCount(total: number, size = PAGE_SIZE): number {
	return Math.max(1, Math.ceil(total / size));
}

/** The rows of one page (1-based), clamped to the pages there are. */
export function pageRows(
	ix: TableIndex,
	idx: readonly number[],
	page: number,
	size = PAGE_SIZE
): Row[] {
	const p = Math.min(Math.max(1, page), pageCount(idx.length, size));
	return idx.slice((p - 1) * size, p * size).map((i) => ix.rows[i] as Row);
}

/** What the live region says after a change: how many rows match and which are shown. */
export function resultText(
	matched: number,
	total: number,
	page: number,
	size = PAGE_SIZE,
	sortedBy?: { label: string; dir: SortDir }
): string {
	const pages = pageCount(matched, size);
	const from = matched === 0 ? 0 : (page - 1) * size + 1;
	const to = Math.min(page * size, matched);
	const rows = matched === 1 ? 'row' : 'rows';
	const head =
		matched === total ? `${total} ${rows}` : `${matched} of ${total} rows match the filter`;
	if (matched === 0) return `No rows match the filter (${total} rows in all)`;
	const shown = pages > 1 ? `; showing ${from}–${to}, page ${page} of ${pages}` : '';
	const sort = sortedBy ? `; sorted by ${sortedBy.label}, ${sortedBy.dir}` : '';
	return `${head}${shown}${sort}`;
}

/**
 * A CSV file's records as the file writes them (header first), each without its line end: a line
 * break inside a quoted cell stays inside its record. Byte for byte what the file holds, so rows
 * taken from it keep its quoting, spacing and number formats exactly.
 */
export function csvRecords(text: string): string[] {
	const out: string[] = [];
	let start = 0;
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		if (ch === 34)
			quoted = !quoted; // '"': a doubled quote toggles twice
		else if (ch === 10 && !quoted) {
			out.push(text.slice(start, text[i - 1] === '\r' ? i - 1 : i));
			start = i + 1;
		}
	}
	if (start < text.length) out.push(text.slice(start));
	return out;
}

/**
 * The file cut down to some of its rows (indices into its rows, header not counted), in the
 * order given: its own header and records, its own line end (CRLF if it uses it), a final one.
 */
export function csvOfRows(text: string, rows: readonly number[]): string {
	const records = csvRecords(text);
	const eol = /\r\n/.test(text.slice(0, (records[0]?.length ?? 0) + 2)) ? '\r\n' : '\n';
	const lines = [records[0] ?? ''];
	for (const i of rows) {
		const r = records[i + 1];
		if (r === undefined) throw new Error(`the file has no row ${i + 1}`);
		lines.push(r);
	}
	return lines.join(eol) + eol;
}

/**
 * Advance widths of Inter in em, rounded up (measured in Chromium: tabular digits 0.65, lower case
 * about 0.5): a pinned column's words should fit without wrapping.
 */
function textWidth(text: string): number {
	let w = 0;
	for (const ch of text)
		w += /\d/.test(ch) ? 0.66 : /[a-z]/.test(ch) ? 0.54 : /[A-Z]/.test(ch) ? 0.7 : 0.56;
	return w;
}

/** Table text size (rem), cell padding (rem, both sides), and a pinned column's widest text (rem). */
const TABLE_FONT = 0.8125;
const CELL_PADDING = 1;
const PIN_MAX = 7;

/**
 * The widths (rem, padding included) of a table's first `count` columns, which stay in view while
 * it scrolls sideways: each is as wide as its header (bold, with the sort mark) or its longest cell,
 * at most PIN_MAX; longer text wraps inside. Fixed when the page is built, so the columns' places
 * are known before any script runs and never move.
 */
export function pinnedWidths(
	header: readonly string[],
	rows: readonly Row[],
	count: number
): number[] {
	return header.slice(0, count).map((name, c) => {
		let widest = textWidth(name) * 1.04 + 1.3;
		for (const r of rows) widest = Math.max(widest, textWidth(r[c] ?? ''));
		// a lone pinned column has room to spare, so a browser's own font or rounding never wraps
		// "2021-03-05" in two; a pair keeps to its measure (together at most 180 px on a phone)
		const content = Math.min(widest * TABLE_FONT * (count === 1 ? 1.12 : 1), PIN_MAX);
		return Math.ceil((content + CELL_PADDING) * 8) / 8;
	});
}
