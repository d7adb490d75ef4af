import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/server/data';
import { chartDataOf } from '$lib/server/islands';
import { DATASETS, DATASET_KEYS } from '$lib/data/datasets';
import { chartSourceIds, chartSources, citedIds, paramInputs } from '$lib/server/chartPage';
import { CHART_IDS } from './types';
import { CHART_PAGES, CHART_REGISTRY, chartQuery, isChartId, relatedCharts } from './registry';
import { CHART_PARAMS } from './registryParams';

const d = loadAll();

describe('chart registry', () => {
	it('describes every chart, and nothing else', () => {
		expect(Object.keys(CHART_REGISTRY).sort()).toEqual([...CHART_IDS].sort());
		expect(CHART_PAGES['gas-price']).toBe('/energy');
		expect(CHART_PAGES['relations-timeline']).toBe('/');
		expect(isChartId('trade-asymmetry')).toBe(true);
		expect(isChartId('unknown')).toBe(false);
	});

	it('gives each chart the URL key its params.ts declares', () => {
		for (const id of CHART_IDS)
			expect(CHART_PARAMS[id](paramInputs(id, d)).key, id).toBe(CHART_REGISTRY[id].key);
	});

	it('passes the years the data offers to the charts whose parameters need them', () => {
		const asym = CHART_PARAMS['trade-asymmetry'](paramInputs('trade-asymmetry', d));
		expect(asym.specs.year!.parse('2016')).toBe(2016);
		expect(asym.specs.year!.parse('1850')).toBeUndefined();
	});

	it('names the datasets whose rows each chart draws', () => {
		const names = new Set(DATASETS.map((s) => s.name));
		// which dataset each row object comes from (charts keep the rows they draw as loaded)
		const owner = new Map<unknown, string>();
		for (const [key, schema] of Object.entries(DATASET_KEYS))
			for (const r of d[key as keyof typeof DATASET_KEYS]) owner.set(r, schema.name);
		for (const id of CHART_IDS) {
			const declared = CHART_REGISTRY[id].datasets;
			for (const n of declared) expect(names.has(n), `${id}: ${n}`).toBe(true);
			const found = new Set<string>();
			const walk = (v: unknown) => {
				if (v === null || typeof v !== 'object') return;
				const o = owner.get(v);
				if (o) return void found.add(o);
				for (const x of Object.values(v as object)) walk(x);
			};
			const data = chartDataOf(id, d) as unknown as Record<string, unknown>;
			walk({ ...data, sources: null });
			expect(
				[...found].filter((n) => !declared.includes(n)),
				id
			).toEqual([]);
			// derived data (events from disputes and the timeline, the map's places) is declared too
			const derived = [
				...('events' in data ? ['energy_disputes', 'timeline'] : []),
				...(id === 'oil-routes-map' ? ['places', 'oil_imports_2020'] : []),
				// the pair's lists are grouped from world_partner_shares rows (src/lib/data/world.ts)
				...(['compare-pair', 'country-partners'].includes(id) ? ['world_partner_shares'] : []),
				// the group chart's members' lists, and its groups from country_groups rows
				...(id === 'compare-group' ? ['world_partner_shares', 'country_groups'] : []),
				// the year file's lists come from world_partner_shares, names and ISO ids from world_countries
				...(id === 'compare-dependents' ? ['world_partner_shares', 'world_countries'] : [])
			];
			expect(
				declared.filter((n) => !found.has(n) && !derived.includes(n)),
				id
			).toEqual([]);
		}
	});

	it('relates the charts of the same page first, then those sharing a dataset', () => {
		expect(relatedCharts('oil-sources-2020')).toEqual(['oil-cargo-timeline', 'oil-routes-map']);
		expect(relatedCharts('trade-asymmetry').slice(0, 3)).toEqual([
			'trade-share-timeline',
			'trade-partners',
			'trade-values'
		]);
		// the pair chart draws the event layer when the pair is Belarus and Russia
		expect(relatedCharts('energy-disputes')).toEqual([
			'gas-price',
			'trade-share-timeline',
			'trade-values',
			'compare-pair'
		]);
		expect(relatedCharts('relations-timeline')).toEqual([
			'trade-share-timeline',
			'trade-values',
			'gas-price',
			'compare-pair'
		]);
		for (const id of CHART_IDS) expect(relatedCharts(id)).not.toContain(id);
	});

	it("keeps only the chart's own parameters of a page's query", () => {
		expect(chartQuery('trade-asymmetry', '?asym.year=2016&shares.series=exports&x=1')).toBe(
			'?asym.year=2016'
		);
		expect(chartQuery('gas-price', 'gas.events=0&gas.table=1')).toBe('?gas.events=0&gas.table=1');
		expect(chartQuery('gas-price', '?asym.year=2016')).toBe('');
		// "oil." is not "oil-…": keys are matched with their dot
		expect(chartQuery('oil-sources-2020', '?oilx.metric=share&oil.metric=share')).toBe(
			'?oil.metric=share'
		);
	});
});

describe('chart page sources', () => {
	it('finds every source the chart data cites (the source line’s, plus the Factbook editions)', () => {
		for (const id of CHART_IDS) {
			const data = chartDataOf(id, d);
			const walked = citedIds(data);
			const index = Object.keys(data.sources);
			// every id the rows, events and maps cite is in the chart's index (Factbook aside)…
			expect(
				walked.filter((s) => !s.startsWith('CIAFB_') && !index.includes(s)),
				id
			).toEqual([]);
			// …and the page lists the index and the Factbook editions the rows come from
			const listed = chartSourceIds(data);
			expect(listed.filter((s) => !s.startsWith('CIAFB_')).sort(), id).toEqual(index.sort());
			expect(listed.filter((s) => s.startsWith('CIAFB_')).sort(), id).toEqual(
				walked.filter((s) => s.startsWith('CIAFB_')).sort()
			);
			expect(listed.length, id).toBeGreaterThan(0);
		}
	});

	it('lists full records and folds the Factbook editions into one entry', () => {
		const ids = chartSourceIds(chartDataOf('trade-partners', d));
		const list = chartSources(ids, d.sources);
		const fb = list.filter((s) => s.outlet === 'CIA World Factbook');
		expect(fb).toHaveLength(1);
		const editions = d.factbook
			.filter((r) => r.reporter === 'Belarus')
			.map((r) => r.edition)
			.sort((a, b) => a - b);
		expect(fb[0]!.date).toMatch(new RegExp(`^editions ${editions[0]}[–,]`));
		expect(fb[0]!.href).toBe('https://github.com/MilkMp/CIA-World-Factbooks-Archive-1990-2025');
		expect(fb[0]!.confidence).toBe('verified');

		const gasIds = chartSourceIds(chartDataOf('gas-price', d));
		const gas = chartSources(gasIds, d.sources);
		const rec = d.sources.find((s) => s.id === gas.find((g) => g.id !== fb[0]!.id)!.id)!;
		const shown = gas.find((g) => g.id === rec.id)!;
		expect(shown).toEqual({
			id: rec.id,
			outlet: rec.outlet,
			title: rec.title ?? '',
			date: rec.date,
			href: rec.address,
			confidence: rec.confidence
		});
		expect(gas.length).toBe(new Set(gasIds).size);
	});
});
