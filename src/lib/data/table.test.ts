import { describe, expect, it } from 'vitest';
import {
	indexRows,
	pageCount,
	pageRows,
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
	filterColumn: -1,
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
		expect(queryRows(ix, q({ filter: '2010', filterColumn: 0 }))).toEqual([]);
		expect(queryRows(ix, q({ filter: '2010', filterColumn: 4 }))).toEqual([0, 2]);
		expect(queryRows(ix, q({ filter: 'russia', sortColumn: 3, sortDir: 'descending' }))).toEqual([
			4, 1
		]);
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
			filterColumn: -1,
			sortColumn: 5,
			sortDir: 'descending'
		});
		const numericMs = performance.now() - t;

		t = performance.now();
		const byPartner = queryRows(ix, {
			filter: 'russia',
			filterColumn: 4,
			sortColumn: 4,
			sortDir: 'ascending'
		});
		const textMs = performance.now() - t;

		t = performance.now();
		const all = queryRows(ix, {
			filter: '',
			filterColumn: -1,
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
