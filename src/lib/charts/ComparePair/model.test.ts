import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/server/data';
import { countryFile, type FileList } from '$lib/data/world';
import { basisRuns, pairModel, pairRows, readList, valueText } from './model';
import { compareIndex } from '$lib/server/compare';

const d = loadAll();
const index = compareIndex();
const file = (id: string) => countryFile(id, index)!;

const list = (over: Partial<FileList>): FileList => ({
	year: 2009,
	flow: 'exports',
	edition: 2010,
	basis: 'reported',
	estimate: false,
	fiscal: null,
	smallestPct: 4,
	entries: [
		{ partner: 'rus', name: 'Russia', pct: 33.6 },
		{ partner: 'nld', name: 'Netherlands', pct: 13.8 }
	],
	...over
});

describe('reading a partner list for one partner', () => {
	it('tells a share, a name without one, a bound, and what a list cannot say', () => {
		expect(readList(list({}), 'rus')).toEqual({ status: 'listed', value: 33.6 });
		expect(
			readList(list({ entries: [{ partner: 'rus', name: 'Russia', pct: null }] }), 'rus')
		).toEqual({ status: 'listed, no share', value: null });
		// left out of a reported list: below its smallest share, never 0
		expect(readList(list({}), 'deu')).toEqual({ status: 'below', value: 4 });
		// left out of a top-five list from partner data: not reported
		expect(readList(list({ basis: 'top five (mirror data)' }), 'deu')).toEqual({
			status: 'not reported',
			value: null
		});
		// a list with a bloc or without shares gives no bound
		expect(readList(list({ smallestPct: null }), 'deu')).toEqual({
			status: 'not listed',
			value: null
		});
	});
});

describe('Belarus and Russia, each in the other’s trade', () => {
	const rows = pairRows(file('blr'), file('rus'));
	const at = (side: 'a' | 'b', flow: 'exports' | 'imports', year: number) =>
		rows.find((r) => r.side === side && r.flow === flow && r.year === year)!;
	it('reads Russia’s shares from Belarus’s lists, as factbook_trade.csv has them', () => {
		const fb = d.factbook.find(
			(r) =>
				r.reporter === 'Belarus' &&
				r.partner === 'Russia' &&
				r.flow === 'imports' &&
				r.year === 2009 &&
				r.measure === 'partner_share'
		)!;
		expect(at('a', 'imports', 2009)).toMatchObject({ status: 'listed', value: fb.value });
		expect(at('a', 'imports', 2009).measure).toBe('Russia’s share of Belarus’s imports');
	});
	it('bounds Belarus in Russia’s 2009 lists, which leave it out', () => {
		const r = at('b', 'imports', 2009);
		expect(r.status).toBe('below');
		expect(valueText(r)).toBe('< 4.46% (not listed)');
		expect(r.sourceIds).toEqual(['CIAFB_2010']);
	});
	it('describes both sides in words, with the years and the extremes', () => {
		const m = pairModel(file('blr'), file('rus'), (ids) => ids.join(', '));
		expect(m.description).toMatch(/^Belarus and Russia, each in the other’s trade, \d{4}–\d{4}\./);
		expect(m.description).toContain('Russia’s share of Belarus’s imports: listed in');
		expect(m.description).toMatch(
			/Belarus’s share of Russia’s imports: listed in \d+ years.*below the smallest listed share in \d+ more/
		);
		expect(m.columns.map((c) => c.label)).toEqual([
			'Year',
			'Measure',
			'Share',
			'List',
			'Factbook edition',
			'Source'
		]);
	});
});

describe('runs of a drawn series', () => {
	it('breaks at a row not drawn, a missing year and a change of list basis', () => {
		const r = (year: number, v: number | null, basis = 'reported') => ({ year, v, basis });
		const rows = [
			r(2000, 1),
			r(2001, 2),
			r(2002, null),
			r(2003, 3),
			r(2005, 4),
			r(2006, 5),
			r(2007, 6, 'top five (mirror data)')
		];
		expect(basisRuns(rows, (x) => x.v !== null).map((run) => run.map((x) => x.year))).toEqual([
			[2000, 2001],
			[2003],
			[2005, 2006],
			[2007]
		]);
	});
});

describe('official statements beside the lists', () => {
	const stated = d.shares
		.filter((s) => s.kind === 'official' && (s.flow === 'exports' || s.flow === 'imports'))
		.map((s) => ({
			...s,
			flow: s.flow as 'exports' | 'imports',
			source_id: [...s.source_id]
		}));
	it('draws the officials’ shares for the blackout years as statements, never as list values', () => {
		const m = pairModel(file('blr'), file('rus'), (ids) => ids.join(', '), stated);
		const said = m.rows.filter((r) => r.status === 'official statement');
		expect(said.map((r) => [r.year, r.flow, r.value, r.stated?.period])).toEqual([
			[2017, 'exports', 43.9, 'calendar year'],
			[2017, 'imports', 57.2, 'calendar year'],
			[2019, 'exports', 42, 'calendar year'],
			[2019, 'imports', 56, 'calendar year'],
			[2021, 'exports', 41.1, 'calendar year'],
			[2021, 'imports', 56.6, 'calendar year'],
			[2022, 'exports', 57, 'Jan-Sep']
		]);
		expect(valueText(said[6]!)).toBe(
			'57% (official statement, Jan-Sep: Deputy PM Parkhomchik (vs 41% a year earlier))'
		);
		expect(m.description).toContain('Official statements: 43.9% (official statement');
		// another pair gets none of Belarus's statements
		const other = pairModel(file('kaz'), file('rus'), (ids) => ids.join(', '), stated);
		expect(other.rows.some((r) => r.status === 'official statement')).toBe(false);
	});
});
