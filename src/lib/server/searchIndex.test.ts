import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { CHART_IDS } from '$lib/charts/types';
import { DATASETS } from '$lib/data/datasets';
import { search } from '$lib/search/match';
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

	it('links each source to its row in the source list on /about', () => {
		const tass = index.find((e) => e[2] === '/about/sources#source-TASS_200602');
		expect(tass?.[1]).toMatch(/^TASS/);
	});

	it('stays small: under 24 kB gzip (92 events and 270 sources; it loads on first focus only)', () => {
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
