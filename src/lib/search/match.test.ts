import { describe, expect, it } from 'vitest';
import { closeness, countryResults, results, search, type Entry } from './match';

// a small index of the same shape as /search-index.json, the entries the real one has for "oil 2020"
const index: Entry[] = [
	['dataset', 'Crude oil reaching Belarus in 2020', '/data/oil_imports_2020', 'cargo tonnes'],
	['event', 'Russian oil halted (2020)', '/energy', 'supply contract'],
	['event', '2020-01-01: Russian oil supplies halted', '/', 'energy'],
	['chart', 'Where Belarus’s crude came from in 2020', '/chart/oil-sources-2020', 'oil crude'],
	['chart', 'The alternative cargoes, one by one', '/chart/oil-cargo-timeline', 'oil 2020'],
	['section', 'Looking elsewhere', '/oil#alternatives', 'oil 2020 norway'],
	['source', 'Reuters: Belarus oil 2020', '/about/sources#source-R', 'reuters'],
	['country', 'Kazakhstan', 'kaz', 'kazakstan qazaqstan', 1],
	['country', 'Russia', 'rus', 'russian federation', 1],
	['country', 'Belarus', 'blr', 'belorussia byelorussia', 1],
	['country', 'Soviet Union', 'x-ur', 'ussr'],
	['country', 'Antarctica', '', '']
];
const urls = (q: string) => search(index, q).map((e) => e[2]);

describe('ranking', () => {
	it('puts a chart above a dataset and events of the same name ("oil 2020")', () => {
		const u = urls('oil 2020');
		expect(u[0]).toBe('/chart/oil-sources-2020');
		expect(u.indexOf('/chart/oil-sources-2020')).toBeLessThan(u.indexOf('/data/oil_imports_2020'));
		expect(u.indexOf('/data/oil_imports_2020')).toBeLessThan(u.indexOf('/energy'));
		// a chart that holds the words only in its further words comes after those named so
		expect(u.indexOf('/chart/oil-cargo-timeline')).toBeGreaterThan(u.indexOf('/energy'));
	});

	it('reads a chart’s and a dataset’s id as part of its name', () => {
		const chart = index[3] as Entry;
		expect(closeness(chart, 'oil sources')).toBe(1);
		expect(closeness(chart, 'crude')).toBe(1);
		expect(closeness(chart, 'sources oil')).toBe(1.5);
		expect(closeness(chart, 'ources')).toBe(2);
		expect(closeness(index[4] as Entry, '2020')).toBe(3);
		expect(closeness(chart, 'gas')).toBeNull();
	});

	it('puts words in a row before words apart, between entries of one kind', () => {
		const two: Entry[] = [
			['dataset', 'Trade turnover shares from the Factbook', '/data/trade_turnover', ''],
			['dataset', 'CIA World Factbook trade fields', '/data/factbook_trade', '']
		];
		expect(search(two, 'factbook trade').map((e) => e[2])).toEqual([
			'/data/factbook_trade',
			'/data/trade_turnover'
		]);
	});

	it('puts the country whose name is the query first', () => {
		expect(urls('russia')[0]).toBe('rus');
		expect(urls('Kazakhstan')).toEqual(['kaz']);
		// found by another name, too
		expect(urls('kazakstan')).toEqual(['kaz']);
		expect(urls('Byelorussia')).toEqual(['blr']);
	});

	it('finds nothing for words nothing holds, and nothing for no words', () => {
		expect(search(index, 'zzzqqq')).toEqual([]);
		expect(search(index, '  ,, ')).toEqual([]);
	});
});

describe('a country’s lines', () => {
	it('leads first to its partners over time, then beside Russia, then who depends on it', () => {
		expect(results(index, 'kazakhstan')).toEqual([
			{
				kind: 'country',
				title: 'Kazakhstan: main trading partners, year by year',
				url: '/compare/partners?top.country=kaz',
				short: 'main partners'
			},
			{
				kind: 'country',
				title: 'Kazakhstan and Russia: each in the other’s trade',
				url: '/compare?pair.a=kaz&pair.b=rus',
				short: 'beside Russia'
			},
			{
				kind: 'country',
				title: 'Who depends on Kazakhstan?',
				url: '/compare/dependents?dep.partner=kaz',
				short: 'who depends on it'
			}
		]);
	});

	it('sets Russia beside Belarus, and uses the views’ own addresses for their defaults', () => {
		const rus = countryResults(index[8] as Extract<Entry, ['country', ...unknown[]]>);
		expect(rus.map((r) => r.url)).toEqual([
			'/compare/partners?top.country=rus',
			'/compare',
			'/compare/dependents'
		]);
		const blr = countryResults(index[9] as Extract<Entry, ['country', ...unknown[]]>);
		expect(blr.map((r) => r.url)).toEqual([
			'/compare/partners',
			'/compare',
			'/compare/dependents?dep.partner=blr'
		]);
	});

	it('offers no "who depends on" for a country gone before that view’s year, and no link without data', () => {
		expect(results(index, 'soviet union').map((r) => r.url)).toEqual([
			'/compare/partners?top.country=x-ur',
			'/compare?pair.a=x-ur&pair.b=rus'
		]);
		expect(results(index, 'antarctica')).toEqual([
			{ kind: 'country', title: 'Antarctica: no trade lists in the Factbook data', url: null }
		]);
	});

	it('keeps to the limit, a country’s lines counted one by one', () => {
		expect(results(index, 'a', 4)).toHaveLength(4);
	});
});
