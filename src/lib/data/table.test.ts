import { describe, expect, it } from 'vitest';
import {
	csvOfRows,
	csvRecords,
	indexRows,
	pageCount,
	pageRows,
	pinnedWidths,
	queryRows,
	resultText,
	type Row,
	type TableQuery
} from './table';

const NUMERIC = [true, false, false, true, false];
const ROWS: Row[] = [
	['2009', 'Belarus', 'exports', '32.2', 'CIAFB_2010'],
	['1995', 'Russia', 'imports', '', 'CIAFB_1996'],
	['2009', 'Belarus', 'imports', '59.8', 'CIAFB_2010'],
	['2001', 'belarus', 'exports', '4.5', 'BELSTAT_2001;TASS_2001'],
	['1995', 'Russia', 'exports', '10', 'CIAFB_1996']
];
const q = (over: Partial<TableQuery>): TableQuery => ({
	filter: '',
	columns: [],
	sortColumn: -1,
	sortDir: 'ascending',
	...over
});

describe('dataset table: sort, filter, page', () => {
	const ix = indexRows(ROWS, NUMERIC);

	it('keeps the file order when nothing is asked', () => {
		expect(queryRows(ix, q({}))).toEqual([0, 1, 2, 3, 4]);
	});

	it('sorts numbers by value (10 after 4.5), empty cells last in both directions', () => {
		expect(queryRows(ix, q({ sortColumn: 3 }))).toEqual([3, 4, 0, 2, 1]);
		expect(queryRows(ix, q({ sortColumn: 3, sortDir: 'descending' }))).toEqual([2, 0, 4, 3, 1]);
	});

	it('sorts text case-insensitively and keeps ties in file order (stable)', () => {
		expect(queryRows(ix, q({ sortColumn: 1 }))).toEqual([0, 2, 3, 1, 4]);
		expect(queryRows(ix, q({ sortColumn: 1, sortDir: 'descending' }))).toEqual([1, 4, 0, 2, 3]);
		// years as numbers, ties (2009, 2009) in file order
		expect(queryRows(ix, q({ sortColumn: 0, sortDir: 'descending' }))).toEqual([0, 2, 3, 1, 4]);
	});

	it('filters by every word, anywhere in the row or in one column', () => {
		expect(queryRows(ix, q({ filter: 'BELARUS exports' }))).toEqual([0, 3]);
		expect(queryRows(ix, q({ filter: 'tass' }))).toEqual([3]);
		const words = (column: number, w: string[]) => ({ column, kind: 'text' as const, words: w });
		expect(queryRows(ix, q({ columns: [words(0, ['2010'])] }))).toEqual([]);
		expect(queryRows(ix, q({ columns: [words(4, ['2010'])] }))).toEqual([0, 2]);
		expect(queryRows(ix, q({ filter: 'russia', sortColumn: 3, sortDir: 'descending' }))).toEqual([
			4, 1
		]);
	});

	it('combines filters on several columns: every one must pass (AND), with the words', () => {
		const flow = (value: string) => ({ column: 2, kind: 'category' as const, value });
		const num = (column: number, min: number | null, max: number | null) => ({
			column,
			kind: 'number' as const,
			min,
			max
		});
		// a category is one exact value
		expect(queryRows(ix, q({ columns: [flow('exports')] }))).toEqual([0, 3, 4]);
		// bounds are inclusive; an empty cell passes no bound
		expect(queryRows(ix, q({ columns: [num(3, 10, null)] }))).toEqual([0, 2, 4]);
		expect(queryRows(ix, q({ columns: [num(3, null, 10)] }))).toEqual([3, 4]);
		expect(queryRows(ix, q({ columns: [num(0, 2009, 2009)] }))).toEqual([0, 2]);
		// several at once narrow each other
		expect(queryRows(ix, q({ columns: [flow('exports'), num(0, 2000, null)] }))).toEqual([0, 3]);
		expect(
			queryRows(
				ix,
				q({
					filter: 'belarus',
					columns: [flow('exports'), num(3, 5, null)],
					sortColumn: 0,
					sortDir: 'descending'
				})
			)
		).toEqual([0]);
		expect(queryRows(ix, q({ columns: [flow('imports'), num(3, 100, null)] }))).toEqual([]);
		// a text filter with no words keeps every row
		expect(queryRows(ix, q({ columns: [{ column: 1, kind: 'text', words: [] }] }))).toHaveLength(5);
	});

	it('cuts a CSV file down to some rows, keeping its records byte for byte', () => {
		const file = 'year,note\n2009,"x, y"\n2010,"two\nlines"\n2011,"say ""no"""\n2012,\n';
		expect(csvRecords(file)).toEqual([
			'year,note',
			'2009,"x, y"',
			'2010,"two\nlines"',
			'2011,"say ""no"""',
			'2012,'
		]);
		expect(csvOfRows(file, [3, 1])).toBe('year,note\n2012,\n2010,"two\nlines"\n');
		expect(csvOfRows(file, [])).toBe('year,note\n');
		// a file with CRLF line ends keeps them; a missing final line end is no extra record
		expect(csvOfRows('a,b\r\n1,2\r\n3,4', [1])).toBe('a,b\r\n3,4\r\n');
		expect(() => csvOfRows(file, [9])).toThrow('no row 10');
	});

	it('gives pinned columns a width from their header or longest cell, capped', () => {
		const [year, country] = pinnedWidths(['year', 'country'], ROWS, 2);
		// wide enough for the bold header and its sort mark, and for "Belarus"
		expect(year).toBeGreaterThan(3.5);
		expect(country).toBeGreaterThan(year!);
		expect(pinnedWidths(['id'], [['x'.repeat(80)]], 1)[0]).toBe(8);
		// a day's date fits on one line, with room for a wider font than Inter
		expect(pinnedWidths(['date'], [['2021-03-05']], 1)[0]).toBeGreaterThanOrEqual(6.75);
		expect(pinnedWidths(['a', 'b'], ROWS, 1)).toHaveLength(1);
	});

	it('pages 50 rows at a time and says what is shown', () => {
		const many = Array.from({ length: 120 }, (_, i): Row => [String(i), 'x', 'y', '1', 'S']);
		const mix = indexRows(many, NUMERIC);
		const all = queryRows(mix, q({ sortColumn: 0, sortDir: 'descending' }));
		expect(pageCount(all.length)).toBe(3);
		expect(pageRows(mix, all, 1)[0]?.[0]).toBe('119');
		expect(pageRows(mix, all, 3).map((r) => r[0])).toEqual(
			Array.from({ length: 20 }, (_, i) => String(19 - i))
		);
		// a page past the end shows the last page
		expect(pageRows(mix, all, 9)).toHaveLength(20);
		expect(resultText(120, 120, 3)).toBe('120 rows; showing 101–120, page 3 of 3');
		expect(resultText(2, 120, 1, 50, { label: 'year', dir: 'ascending' })).toBe(
			'2 of 120 rows match the filter; sorted by year, ascending'
		);
		expect(resultText(0, 120, 1)).toBe('No rows match the filter (120 rows in all)');
	});
});

describe('dataset table at 50,000 rows', () => {
	// A dataset as large as the site will hold: Factbook-like rows, 12 columns.
	const N = 50_000;
	const partners = ['Russia', 'Ukraine', 'Germany', 'China', 'Poland', 'Netherlands', 'World'];
	const rows: Row[] = Array.from({ length: N }, (_, i) => [
		String(1990 + (i % 36)),
		i % 2 ? 'Belarus' : 'Russia',
		i % 3 ? 'exports' : 'imports',
		'partner_share',
		`${partners[i % partners.length]} ${i % 997}`,
		i % 101 === 0 ? '' : String(((i * 7919) % 10000) / 100),
		'%',
		i % 5 ? 'no' : 'yes',
		'reported',
		'goods',
		String(1992 + (i % 34)),
		`CIAFB_${1992 + (i % 34)}`
	]);
	const numeric = [true, false, false, false, false, true, false, false, false, false, true, false];

	it('indexes, filters and sorts in memory within budget (< 150 ms each in node)', () => {
		let t = performance.now();
		const ix = indexRows(rows, numeric);
		const indexMs = performance.now() - t;

		t = performance.now();
		const byValue = queryRows(ix, {
			filter: 'belarus exports',
			columns: [],
			sortColumn: 5,
			sortDir: 'descending'
		});
		const numericMs = performance.now() - t;

		t = performance.now();
		const byPartner = queryRows(ix, {
			filter: '',
			columns: [{ column: 4, kind: 'text', words: ['russia'] }],
			sortColumn: 4,
			sortDir: 'ascending'
		});
		const textMs = performance.now() - t;

		t = performance.now();
		const all = queryRows(ix, {
			filter: '',
			columns: [],
			sortColumn: 4,
			sortDir: 'descending'
		});
		const resortMs = performance.now() - t;

		// the answers are right, not just fast
		const expected = rows
			.map((r, i) => ({ r, i }))
			.filter(({ r }) => r[1] === 'Belarus' && r[2] === 'exports');
		expect(byValue).toHaveLength(expected.length);
		const firstValue = Math.max(...expected.filter(({ r }) => r[5] !== '').map(({ r }) => +r[5]!));
		expect(Number(rows[byValue[0]!]![5])).toBe(firstValue);
		expect(rows[byValue[byValue.length - 1]!]![5]).toBe('');
		expect(byPartner).toHaveLength(rows.filter((r) => r[4]!.startsWith('Russia')).length);
		expect(rows[byPartner[0]!]![4]).toBe('Russia 0');
		expect(all).toHaveLength(N);
		expect(rows[all[0]!]![4]).toBe('World 996');

		console.log(
			`50,000 rows: index ${indexMs.toFixed(0)} ms, filter+numeric sort ${numericMs.toFixed(0)} ms, ` +
				`column filter+text sort ${textMs.toFixed(0)} ms, re-sort ${resortMs.toFixed(0)} ms`
		);
		expect(indexMs).toBeLessThan(150);
		expect(numericMs).toBeLessThan(150);
		expect(textMs).toBeLessThan(150);
		expect(resortMs).toBeLessThan(150);
	});
});
