/**
 * A dataset table's view (/data/<dataset>) in the address, so a filtered, sorted page of rows can
 * be bookmarked, shared and reached again with Back:
 *
 *   ?q=belarus 2009                  words anywhere in a row (every word must appear)
 *   &f.flow=exports                  an enumerated column: rows with this value
 *   &f.partner=russia                a text column: rows whose cell holds these words
 *   &f.year=2009                     a number column: rows with exactly this value,
 *   &f.year.min=2000&f.year.max=2010 or within these bounds (inclusive; either may be left out)
 *   &sort=value&dir=desc             the column to sort by; dir=asc is the default and left out
 *   &page=2                          the page of rows; page 1 is left out
 *
 * Filters on several columns combine: a row must pass all of them. Column names are the file's
 * header. Anything the table cannot do (a column it does not have, a value an enumerated column
 * never takes, a bound that is not a number) is left out and explained in words, never guessed.
 */
import {
	filterWords,
	type ColumnFilter,
	type FilterKind,
	type SortDir,
	type TableQuery
} from './table';

export interface TableColumn {
	name: string;
	kind: FilterKind;
	/** The values an enumerated column's rows hold, offered in its select. */
	values?: readonly string[];
}

/** The view as the reader set it: the controls' values as typed or chosen. */
export interface TableView {
	/** Words anywhere in the row. */
	q: string;
	/** Per column name: a text column's words, an enumerated column's value ('' for any). */
	text: Record<string, string>;
	/** Per number column name: the bounds as typed ('' for none). */
	min: Record<string, string>;
	max: Record<string, string>;
	sort: string | null;
	dir: SortDir;
	page: number;
}

export const emptyView = (): TableView => ({
	q: '',
	text: {},
	min: {},
	max: {},
	sort: null,
	dir: 'ascending',
	page: 1
});

/** Longer values are refused: no filter needs them, and the message must stay readable. */
const MAX_LENGTH = 200;
const NUMBER = /^[-\u2212]?(\d+(\.\d+)?|\.\d+)$/;

/** A number as a reader types it ("2009", "-1.5", "−1.5", ".5"), or null. */
export function parseNumber(raw: string): number | null {
	const t = raw.trim();
	return NUMBER.test(t) ? Number(t.replace('\u2212', '-')) : null;
}

/** A value quoted in a message, cut short when long. */
const shown = (v: string) => `“${v.length > 40 ? `${v.slice(0, 40)}…` : v}”`;

function isOurs(key: string): boolean {
	return key === 'q' || key === 'sort' || key === 'dir' || key === 'page' || key.startsWith('f.');
}

/**
 * The view an address asks for, and what in it the table cannot do (one sentence each, naming the
 * parameter). Parameters that are not the table's own are ignored.
 */
export function readView(
	params: URLSearchParams,
	columns: readonly TableColumn[]
): { view: TableView; problems: string[] } {
	const view = emptyView();
	const problems: string[] = [];
	const byName = new Map(columns.map((c) => [c.name, c]));
	const seen = new Set<string>();

	for (const [key, raw] of params) {
		if (!isOurs(key) || seen.has(key)) continue;
		seen.add(key);
		if (raw.length > MAX_LENGTH) {
			problems.push(`${key}: the value is longer than ${MAX_LENGTH} characters; it is left out.`);
			continue;
		}
		if (key === 'q') view.q = raw;
		else if (key === 'sort') {
			if (byName.has(raw)) view.sort = raw;
			else
				problems.push(
					`sort=${raw}: this table has no column ${shown(raw)}; the rows keep the file’s order.`
				);
		} else if (key === 'dir') {
			if (raw === 'asc' || raw === 'desc') view.dir = raw === 'asc' ? 'ascending' : 'descending';
			else problems.push(`dir=${raw}: the direction is asc or desc; ascending is used.`);
		} else if (key === 'page') {
			const n = /^\d{1,6}$/.test(raw) ? Number(raw) : 0;
			if (n >= 1) view.page = n;
			else problems.push(`page=${raw}: a page is a whole number from 1; page 1 is shown.`);
		} else readColumnParam(key, raw, byName, view, problems);
	}
	return { view, problems };
}

function readColumnParam(
	key: string,
	raw: string,
	byName: Map<string, TableColumn>,
	view: TableView,
	problems: string[]
) {
	const rest = key.slice(2);
	const bound = /^(.+)\.(min|max)$/.exec(rest);
	const bounded = bound ? byName.get(bound[1] as string) : undefined;
	if (bound && bounded) {
		if (bounded.kind !== 'number')
			problems.push(
				`${key}: ${bounded.name} is not a number column (filter it with f.${bounded.name}=…); left out.`
			);
		else if (raw.trim() !== '' && parseNumber(raw) === null)
			problems.push(`${key}=${raw}: ${shown(raw)} is not a number; the bound is left out.`);
		else (bound[2] === 'min' ? view.min : view.max)[bounded.name] = raw.trim();
		return;
	}
	const c = byName.get(rest);
	if (!c) {
		const name = bound ? (bound[1] as string) : rest;
		problems.push(`${key}: this table has no column ${shown(name)}; the filter is left out.`);
		return;
	}
	if (raw.trim() === '') return;
	if (c.kind === 'number') {
		if (parseNumber(raw) === null)
			problems.push(
				`${key}=${raw}: ${c.name} holds numbers and ${shown(raw)} is not one; the filter is left out.`
			);
		else view.min[c.name] = view.max[c.name] = raw.trim();
	} else if (c.kind === 'category') {
		const values = c.values ?? [];
		const v =
			values.find((x) => x === raw) ?? values.find((x) => x.toLowerCase() === raw.toLowerCase());
		if (v === undefined)
			problems.push(
				`${key}=${raw}: ${c.name} is one of ${values.join(', ')}; the filter is left out.`
			);
		else view.text[c.name] = v;
	} else view.text[c.name] = raw;
}

/** The address's query for a view, keeping the parameters that are not the table's own. */
export function writeView(
	view: TableView,
	columns: readonly TableColumn[],
	base: URLSearchParams = new URLSearchParams()
): URLSearchParams {
	const out = new URLSearchParams();
	for (const [k, v] of base) if (!isOurs(k)) out.append(k, v);
	if (view.q.trim() !== '') out.set('q', view.q);
	for (const c of columns) {
		const key = `f.${c.name}`;
		if (c.kind === 'number') {
			const min = (view.min[c.name] ?? '').trim();
			const max = (view.max[c.name] ?? '').trim();
			if (min !== '' && min === max) out.set(key, min);
			else {
				if (min !== '') out.set(`${key}.min`, min);
				if (max !== '') out.set(`${key}.max`, max);
			}
		} else {
			const v = view.text[c.name] ?? '';
			if (v.trim() !== '') out.set(key, v);
		}
	}
	if (view.sort !== null) {
		out.set('sort', view.sort);
		if (view.dir === 'descending') out.set('dir', 'desc');
	}
	if (view.page > 1) out.set('page', String(view.page));
	return out;
}

/**
 * The query a view runs, and the controls whose value cannot be used (keyed "<column>.min" or
 * "<column>.max", with why): a bound that is not a number is left out rather than guessed.
 */
export function compileView(
	view: TableView,
	columns: readonly TableColumn[]
): { query: TableQuery; invalid: Record<string, string> } {
	const filters: ColumnFilter[] = [];
	const invalid: Record<string, string> = {};
	columns.forEach((c, column) => {
		if (c.kind === 'number') {
			const bounds = (['min', 'max'] as const).map((b) => {
				const raw = (view[b][c.name] ?? '').trim();
				if (raw === '') return null;
				const n = parseNumber(raw);
				if (n === null) invalid[`${c.name}.${b}`] = `${shown(raw)} is not a number`;
				return n;
			});
			const [min = null, max = null] = bounds;
			if (min !== null || max !== null) filters.push({ column, kind: 'number', min, max });
		} else {
			const v = view.text[c.name] ?? '';
			if (c.kind === 'category' && v !== '') filters.push({ column, kind: 'category', value: v });
			if (c.kind === 'text' && filterWords(v).length > 0)
				filters.push({ column, kind: 'text', words: filterWords(v) });
		}
	});
	const sortColumn = view.sort === null ? -1 : columns.findIndex((c) => c.name === view.sort);
	return {
		query: { filter: view.q, columns: filters, sortColumn, sortDir: view.dir },
		invalid
	};
}

/** How many columns have a filter set (whether or not it can be used). */
export function columnFilterCount(view: TableView, columns: readonly TableColumn[]): number {
	return columns.filter((c) =>
		c.kind === 'number'
			? (view.min[c.name] ?? '').trim() !== '' || (view.max[c.name] ?? '').trim() !== ''
			: (view.text[c.name] ?? '').trim() !== ''
	).length;
}

/** Whether a query keeps only some rows (words anywhere or a usable column filter). */
export function keepsSome(query: TableQuery): boolean {
	return filterWords(query.filter).length > 0 || query.columns.length > 0;
}
