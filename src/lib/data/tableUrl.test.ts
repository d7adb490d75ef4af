import { describe, expect, it } from 'vitest';
import { indexRows, queryRows, type Row } from './table';
import {
	columnFilterCount,
	compileView,
	emptyView,
	keepsSome,
	parseNumber,
	readView,
	writeView,
	type TableColumn
} from './tableUrl';

const COLUMNS: TableColumn[] = [
	{ name: 'year', kind: 'number' },
	{ name: 'reporter', kind: 'category', values: ['Belarus', 'Russia'] },
	{ name: 'flow', kind: 'category', values: ['exports', 'imports'] },
	{ name: 'partner', kind: 'text' },
	{ name: 'value', kind: 'number' }
];
const ROWS: Row[] = [
	['2009', 'Belarus', 'exports', 'Russia', '32.2'],
	['2009', 'Belarus', 'imports', 'Russia', '59.8'],
	['2010', 'Russia', 'exports', 'Netherlands', '13.6'],
	['2015', 'Belarus', 'exports', 'Russian Federation', ''],
	['2001', 'Belarus', 'exports', 'Ukraine', '4.5']
];
const read = (q: string) => readView(new URLSearchParams(q), COLUMNS);

describe('a dataset table view in the address', () => {
	it('reads filters on several columns, the sort and the page', () => {
		const { view, problems } = read(
			'f.reporter=Belarus&f.flow=exports&f.year.min=2005&f.partner=russia&sort=year&dir=desc&page=2'
		);
		expect(problems).toEqual([]);
		expect(view).toEqual({
			q: '',
			text: { reporter: 'Belarus', flow: 'exports', partner: 'russia' },
			min: { year: '2005' },
			max: {},
			sort: 'year',
			dir: 'descending',
			page: 2
		});
		const { query } = compileView(view, COLUMNS);
		const ix = indexRows(
			ROWS,
			COLUMNS.map((c) => c.kind === 'number')
		);
		// Belarus, exports, from 2005, partner containing "russia", newest first
		expect(queryRows(ix, query)).toEqual([3, 0]);
		expect(keepsSome(query)).toBe(true);
	});

	it('writes a view as readable parameters, in column order, defaults left out', () => {
		const view = {
			...emptyView(),
			q: 'belarus',
			text: { flow: 'imports', partner: '' },
			min: { year: '2000', value: '10' },
			max: { year: '2010', value: '10' }
		};
		expect(writeView(view, COLUMNS).toString()).toBe(
			'q=belarus&f.year.min=2000&f.year.max=2010&f.flow=imports&f.value=10'
		);
		expect(
			writeView({ ...emptyView(), sort: 'value', dir: 'descending', page: 3 }, COLUMNS).toString()
		).toBe('sort=value&dir=desc&page=3');
		expect(writeView({ ...emptyView(), sort: 'value' }, COLUMNS).toString()).toBe('sort=value');
		expect(writeView(emptyView(), COLUMNS).toString()).toBe('');
	});

	it('round-trips: what it writes, it reads back as the same view', () => {
		const view = {
			...emptyView(),
			q: 'a b',
			text: { reporter: 'Russia', partner: 'Neth' },
			min: { value: '-1.5' },
			max: { year: '2020' },
			sort: 'partner',
			dir: 'descending' as const,
			page: 4
		};
		const back = read(writeView(view, COLUMNS).toString());
		expect(back.problems).toEqual([]);
		expect(back.view).toEqual(view);
		// exactly one value: min and max both
		expect(read('f.year=2009').view).toMatchObject({
			min: { year: '2009' },
			max: { year: '2009' }
		});
	});

	it('keeps parameters that are not its own, drops its own stale ones when it writes', () => {
		const base = new URLSearchParams('utm=x&sort=nope&f.bogus=1&page=abc');
		expect(writeView({ ...emptyView(), page: 2 }, COLUMNS, base).toString()).toBe('utm=x&page=2');
	});

	it('says what a tampered address asks for that the table cannot do, and ignores it', () => {
		const { view, problems } = read(
			'sort=colour&dir=up&page=0&f.height=3&f.flow=sideways&f.year=soon&f.value.max=lots&f.partner.min=3&f.year.min=1990'
		);
		expect(problems).toEqual([
			'sort=colour: this table has no column “colour”; the rows keep the file’s order.',
			'dir=up: the direction is asc or desc; ascending is used.',
			'page=0: a page is a whole number from 1; page 1 is shown.',
			'f.height: this table has no column “height”; the filter is left out.',
			'f.flow=sideways: flow is one of exports, imports; the filter is left out.',
			'f.year=soon: year holds numbers and “soon” is not one; the filter is left out.',
			'f.value.max=lots: “lots” is not a number; the bound is left out.',
			'f.partner.min: partner is not a number column (filter it with f.partner=…); left out.'
		]);
		// what was sound is kept
		expect(view).toEqual({ ...emptyView(), min: { year: '1990' } });
	});

	it('matches an enumerated value whatever its case, and refuses very long values', () => {
		expect(read('f.flow=EXPORTS').view.text).toEqual({ flow: 'exports' });
		const long = read(`q=${'a'.repeat(201)}`);
		expect(long.view.q).toBe('');
		expect(long.problems).toEqual(['q: the value is longer than 200 characters; it is left out.']);
	});

	it('keeps markup as plain text: a filter value is only ever words to look for', () => {
		const evil = '<img src=x onerror=alert(1)>';
		const { view, problems } = read(
			`f.partner=${encodeURIComponent(evil)}&sort=${encodeURIComponent(evil)}`
		);
		expect(view.text.partner).toBe(evil);
		expect(problems[0]).toContain('“<img src=x onerror=alert(1)>”');
	});

	it('reads numbers as a reader types them; a bound that is not one is flagged, not used', () => {
		expect(parseNumber(' 2009 ')).toBe(2009);
		expect(parseNumber('−1.5')).toBe(-1.5);
		expect(parseNumber('.5')).toBe(0.5);
		expect(parseNumber('1e3')).toBeNull();
		expect(parseNumber('')).toBeNull();
		const { query, invalid } = compileView({ ...emptyView(), min: { year: '20x' } }, COLUMNS);
		expect(invalid).toEqual({ 'year.min': '“20x” is not a number' });
		expect(query.columns).toEqual([]);
		expect(keepsSome(query)).toBe(false);
		expect(columnFilterCount({ ...emptyView(), min: { year: '20x' } }, COLUMNS)).toBe(1);
	});
});
