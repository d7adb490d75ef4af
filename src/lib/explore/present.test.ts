import { describe as group, expect, it } from 'vitest';
import { chartNotes, describe, drawnSeries, oursRows, sourceList } from './present';
import type { OursFile } from './ours';
import type { ViewOut } from './view';

const OURS: OursFile = {
	series: [
		{
			id: 'fb-bel-rus-imports',
			label: 'Russia’s share of Belarus’s imports (CIA World Factbook)',
			unit: '%',
			dataset: 'factbook_trade',
			points: [
				{ x: 2009, y: 59.8, source: 'CIAFB_2010' },
				{ x: 2015, y: 56.6, source: 'CIAFB_2016' },
				{ x: 2017, y: 57.2, source: 'CIAFB_2018' }
			],
			sources: ['CIAFB_2010', 'CIAFB_2016', 'CIAFB_2018']
		}
	],
	sources: {
		CIAFB_2010: 'CIA World Factbook, 2010 edition',
		CIAFB_2016: 'CIA World Factbook, 2016 edition',
		CIAFB_2018: 'CIA World Factbook, 2018 edition'
	}
};
const view = (over: Partial<ViewOut> = {}): ViewOut => ({
	xType: 'year',
	xGrain: null,
	xLabel: 'year',
	series: [
		{
			key: 'A',
			label: 'A',
			points: [
				{ x: 2000, y: 10 },
				{ x: 2001, y: 12.5 }
			],
			count: 2,
			aggregated: false
		}
	],
	skipped: 0,
	seriesLeftOut: 0,
	xExtent: [2000, 2001],
	columnPx: null,
	...over
});

group('drawnSeries', () => {
	it('lists yours solid, then ours dashed, ours clipped to the zoom', () => {
		const d = drawnSeries(view(), OURS, ['fb-bel-rus-imports', 'gone'], [2010, 2020]);
		expect(d.map((s) => [s.key, s.label, s.dashed, s.color])).toEqual([
			['t0', 'Yours: A', false, 'var(--c-exports)'],
			[
				'o0',
				'Ours: Russia’s share of Belarus’s imports (CIA World Factbook)',
				true,
				'var(--c-turnover)'
			]
		]);
		expect(d[1]!.points).toEqual([
			{ x: 2015, y: 56.6 },
			{ x: 2017, y: 57.2 }
		]);
	});
	it('puts our years on 1 January beside a reader’s dates', () => {
		const d = drawnSeries(view({ xType: 'date', series: [] }), OURS, ['fb-bel-rus-imports'], null);
		expect(d[0]!.points[0]).toEqual({ x: Date.UTC(2009, 0, 1), y: 59.8 });
	});
});

group('sourceList', () => {
	it('names your file, then our outlets, the first few and a count', () => {
		expect(sourceList('mine.csv', OURS, ['fb-bel-rus-imports'], 2)).toEqual([
			'Yours: mine.csv (your file, kept in your browser)',
			'Ours (Dependence Atlas, factbook_trade): CIA World Factbook, 2010 edition; CIA World Factbook, 2016 edition and 1 more'
		]);
		expect(sourceList(null, OURS, ['fb-bel-rus-imports'])[0]).toContain('2018 edition');
	});
});

group('chartNotes', () => {
	it('says what is aggregated, skipped, dropped, left out, and how the file was read', () => {
		const v = view({
			series: [{ key: 'A', label: 'A', points: [], count: 3000, aggregated: true }],
			skipped: 1,
			seriesLeftOut: 2,
			columnPx: 1
		});
		expect(
			chartNotes({
				view: v,
				summary: { dropped: 1 },
				format: { label: 'Trade shares', read: ['Year as year', 'Share as value_pct'] },
				oursUnits: ['%'],
				axes: 'One y axis: yours and ours are both in %.',
				fileDrawn: true
			})
		).toEqual([
			'Above 2,500 points a series is drawn as its minimum and maximum per column of 1 pixel (A: 3,000 points); the table and the CSV keep every row.',
			'1 value not drawn: x or y missing or not valid (listed under Problems and the format’s problems).',
			'1 row dropped: wrong number of fields.',
			'2 more series left out (at most 12 are drawn).',
			'Your file read as the atlas’s trade shares format: Year as year, Share as value_pct.',
			'Dashed lines: the atlas’s series (ours), in %. Solid: yours. One y axis: yours and ours are both in %.',
			'Your file lives only in the browser it was added in: someone who opens this link elsewhere sees the atlas’s series but not yours.'
		]);
		expect(chartNotes({ view: view(), summary: null, format: null, oursUnits: [] })).toEqual([]);
	});
});

group('describe', () => {
	it('gives each series its points and range, and says when a view has none', () => {
		expect(
			describe([
				{
					label: 'Yours: A',
					points: [
						{ x: 1, y: 4 },
						{ x: 2, y: -1 }
					]
				},
				{
					label: 'Yours: C',
					points: [
						{ x: 1, y: 3 },
						{ x: 2, y: null },
						{ x: 3, y: 5 }
					]
				},
				{ label: 'Ours: B', points: [] }
			])
		).toBe(
			'Yours: A: 2 points drawn, from -1 to 4. Yours: C: 2 points drawn, 1 gap, from 3 to 5. Ours: B: no points in this view'
		);
	});
});

group('oursRows', () => {
	it('gives each of our points its dataset and source ids, in the CSV’s columns', () => {
		const rows = oursRows(OURS, ['fb-bel-rus-imports']);
		expect(rows[0]).toEqual({
			source: `Dependence Atlas, factbook_trade: ${OURS.series[0]!.points[0]!.source}`,
			series: `Ours: ${OURS.series[0]!.label}`,
			line: null,
			x: OURS.series[0]!.points[0]!.x,
			value: OURS.series[0]!.points[0]!.y,
			unit: '%'
		});
		expect(rows).toHaveLength(OURS.series[0]!.points.length);
		expect(oursRows(OURS, ['nope'])).toEqual([]);
	});
});
