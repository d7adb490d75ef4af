import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { CHART_IDS } from '$lib/charts/types';
import { DATASETS } from '$lib/data/datasets';
import { results, search } from '$lib/search/match';
import { compareIndex, countryNames } from './compare';
import { countryIndex } from '$lib/data/world';
import { atlasData } from './data';
import { buildSearchIndex } from './searchIndex';

const d = atlasData();
const index = buildSearchIndex(d);

describe('search index (/search-index.json)', () => {
	it('holds every chart, dataset, source, dispute and timeline event', () => {
		const of = (k: string) => index.filter((e) => e[0] === k);
		expect(of('chart').map((e) => e[2])).toEqual(CHART_IDS.map((id) => `/chart/${id}`));
		expect(of('dataset').map((e) => e[2])).toEqual(DATASETS.map((s) => `/data/${s.name}`));
		expect(of('source')).toHaveLength(d.sources.length);
		const disputes = new Set(d.disputes.map((r) => r.dispute_id));
		expect(of('event')).toHaveLength(disputes.size + d.timeline.length);
		// every narrative section: 2 on the overview, 4 trade, 4 energy, 3 oil
		expect(of('section').map((e) => e[2])).toEqual([
			'/#headline',
			'/#about-h',
			'/trade#asymmetry',
			'/trade#shares',
			'/trade#partners',
			'/trade#values',
			'/energy#gas',
			'/energy#beltransgaz',
			'/energy#unpaid',
			'/energy#oil',
			'/oil#why',
			'/oil#alternatives',
			'/oil#ending'
		]);
	});

	it('holds every country and territory: those with lists lead to their views, the rest say so', () => {
		const countries = index.filter((e) => e[0] === 'country');
		const all = countryIndex(compareIndex());
		// 287 rows in world_countries.csv, less World, the EU and the five oceans
		expect(all).toHaveLength(280);
		expect(countries).toHaveLength(280);
		expect(countries.filter((e) => e[2] !== '')).toHaveLength(countryNames().length);
		expect(countryNames()).toHaveLength(252);
		expect(results(index, 'antarctica')[0]).toEqual({
			kind: 'country',
			title: 'Antarctica: no trade lists in the Factbook data',
			url: null
		});
		// a reader looking for Kazakhstan, by any of its names, gets its views first
		for (const q of ['Kazakhstan', 'kazakstan', 'Qazaqstan'])
			expect(results(index, q)[0]?.url, q).toBe('/compare/partners?top.country=kaz');
		expect(results(index, 'kyrgyz')[0]?.url).toBe('/compare/partners?top.country=kgz');
		expect(results(index, 'ivory coast')[0]?.url).toBe('/compare/partners?top.country=civ');
	});

	it('puts the chart first for "oil 2020", above the dataset and the events', () => {
		const r = search(index, 'oil 2020').map((e) => e[2]);
		expect(r[0]).toBe('/chart/oil-sources-2020');
		expect(r.indexOf('/data/oil_imports_2020')).toBeGreaterThan(0);
		const firstEvent = search(index, 'oil 2020').findIndex((e) => e[0] === 'event');
		expect(firstEvent).toBeGreaterThan(r.indexOf('/data/oil_imports_2020'));
	});

	it('links each source to its row in the source list on /about', () => {
		const tass = index.find((e) => e[2] === '/about/sources#source-TASS_200602');
		expect(tass?.[1]).toMatch(/^TASS/);
	});

	it('stays small: under 24 kB gzip (92 events, 270 sources, 280 countries; it loads on first focus only)', () => {
		const gz = gzipSync(JSON.stringify(index), { level: 9 }).length;
		expect(gz).toBeLessThan(24 * 1024);
	});

	it('finds a chart, a dataset, a source, an event and a section by their words', () => {
		expect(search(index, 'gas price')[0]?.[2]).toBe('/chart/gas-price');
		expect(search(index, 'factbook trade')[0]?.[2]).toBe('/data/factbook_trade');
		expect(search(index, 'tass_200602')[0]?.[2]).toBe('/about/sources#source-TASS_200602');
		expect(search(index, 'milk war')[0]?.[2]).toBe('/energy');
		expect(search(index, 'belovezha')[0]?.[1]).toMatch(/^1991-12-08: Belovezha/);
		expect(search(index, 'changing cast')[0]?.[2]).toBe('/trade#partners');
		// accents and typographic apostrophes do not matter
		expect(search(index, "belarus's main")[0]?.[2]).toBe('/chart/trade-partners');
		expect(search(index, 'klaipeda').length).toBeGreaterThan(0);
		expect(search(index, 'zzzqqq')).toEqual([]);
	});
});
