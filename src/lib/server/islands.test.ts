import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '$lib/charts/types';
import { chartData, pageContent } from './islands';

describe('chart data served as /chart-data/<id>.json', () => {
	it.each(CHART_IDS)(
		'%s survives JSON unchanged (what the browser gets is what the server drew)',
		(id) => {
			const d = chartData(id);
			expect(JSON.parse(JSON.stringify(d))).toEqual(d);
		}
	);
	it('gives each chart the sources of the rows it draws, and only those', () => {
		const d = chartData('oil-sources-2020');
		const cited = new Set(d.rows.flatMap((r) => r.source_id));
		for (const id of Object.keys(d.sources)) expect(cited.has(id)).toBe(true);
		expect(Object.keys(d.sources).length).toBeGreaterThan(5);
	});
	it('offers the partner chart the years of each flow', () => {
		const d = chartData('trade-partners');
		expect(d.years.exports.length).toBeGreaterThan(10);
		expect(d.years.exports).toContain(2009);
		expect(d.factbook.every((r) => r.reporter === 'Belarus')).toBe(true);
	});
});

describe('page content', () => {
	it('builds every page’s static content from data/', () => {
		expect(pageContent('trade').panels.asymmetry.paragraphs.length).toBeGreaterThan(0);
		expect(pageContent('home').figures.length).toBeGreaterThan(2);
		expect(pageContent('oil').shares.map((s) => s.id)).toContain('documented-cargoes');
		expect(Object.keys(pageContent('energy').panels)).toEqual([
			'gas',
			'beltransgaz',
			'unpaid',
			'oil'
		]);
	});
});
