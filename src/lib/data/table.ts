/**
 * Sorting, filtering and paging the rows of a dataset page (/data/<dataset>). Rows are the CSV's
 * cells as text, exactly as the file has them; numeric columns sort by value, the rest by text
 * (dates are ISO, so text order is time order), and empty cells always go last. Everything runs in
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

export interface TableQuery {
	/** Words to find; every word must appear (in the chosen column, or anywhere in the row). */
	filter: string;
	/** Column the filter is limited to, or -1 for every column. */
	filterColumn: number;
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

/** Indices of the rows matching the query, in the query's order. */
export function queryRows(ix: TableIndex, q: TableQuery): number[] {
	const words = filterWords(q.filter);
	let out: number[] = [];
	if (words.length === 0) out = ix.rows.map((_, i) => i);
	else if (q.filterColumn < 0) {
		for (let i = 0; i < ix.text.length; i++) {
			const t = ix.text[i] as string;
			if (words.every((w) => t.includes(w))) out.push(i);
		}
	} else {
		for (let i = 0; i < ix.rows.length; i++) {
			const t = ((ix.rows[i] as Row)[q.filterColumn] ?? '').toLowerCase();
			if (words.every((w) => t.includes(w))) out.push(i);
		}
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
