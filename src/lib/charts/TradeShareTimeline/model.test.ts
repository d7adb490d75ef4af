import { describe, expect, it } from 'vitest';
import type { FactbookRecord, TradeShareRecord, TurnoverRecord } from '$lib/data/datasets';
import { loadAll } from '$lib/server/data';
import { tableOf, tipOf } from '$lib/kit/model';
import { placeLabels } from '$lib/kit/labels';
import { ENCODING_NOTES } from '$lib/kit/honesty';
import { SERIES } from './prepare';
import { endLabelItems, isUnverified, shareText, sharesModel } from './model';

const share = (year: number, flow: 'exports' | 'imports', value: number): FactbookRecord => ({
	year,
	reporter: 'Belarus',
	flow,
	measure: 'partner_share',
	partner: 'Russia',
	value,
	unit: '%',
	estimate: 'no',
	basis: 'reported',
	coverage: 'goods',
	edition: year + 2,
	source_id: [`CIAFB_${year + 2}`]
});
const turnover = (year: number, pct: number, coverage: 'goods' | 'mixed'): TurnoverRecord => ({
	year,
	reporter: 'Belarus',
	partner: 'Russia',
	turnover_share_pct: pct,
	bilateral_turnover_usd_bn: 10,
	reporter_turnover_usd_bn: 20,
	computation: '…',
	coverage,
	note: null,
	source_id: [`CIAFB_${year + 2}`]
});
const stated = (
	year: number,
	value_pct: number,
	extra: Partial<TradeShareRecord> = {}
): TradeShareRecord => ({
	year,
	period: 'calendar year',
	reporter: 'Belarus',
	partner: 'Russia',
	flow: 'total',
	value_pct,
	qualifier: null,
	kind: 'official',
	basis: 'Belstat',
	source_id: ['BELSTAT'],
	confidence: 'verified',
	...extra
});

const input = {
	factbook: [
		share(2010, 'exports', 39.4),
		share(2010, 'imports', 51.8),
		share(2011, 'exports', 35)
	],
	turnover: [turnover(2010, 46.33, 'goods'), turnover(2011, 44.37, 'mixed')],
	statements: [
		stated(2011, 50, { qualifier: 'more than' }),
		stated(2012, 57, { flow: 'exports', period: 'Jan-Sep', confidence: 'partial' })
	]
};
const model = sharesModel(input, SERIES, (ids) => ids.join('; '));

describe('sharesModel', () => {
	it('has one row per line point and per statement, by year, lines before statements', () => {
		expect(model.rows.map((r) => `${r.year} ${r.kind} ${r.series}`)).toEqual([
			'2010 line exports',
			'2010 line imports',
			'2010 line turnover',
			'2011 line exports',
			'2011 line turnover',
			'2011 statement turnover',
			'2012 statement exports'
		]);
	});
	it('writes shares as recorded, derived turnover to one decimal, statements with their qualifier', () => {
		expect(model.rows.map(shareText)).toEqual([
			'39.4%',
			'51.8%',
			'46.3%',
			'35%',
			'44.4%',
			'more than 50%',
			'57%'
		]);
	});
	it('makes tooltip and table from the same columns, with the grade of stated figures', () => {
		const st = model.rows[6]!;
		expect(tipOf(model, st)).toEqual({
			title: '2012',
			lines: [
				'Series: Exports — official statement (Jan-Sep)',
				'Russia’s share: 57%',
				'Basis: official statement: Belstat',
				'Source: BELSTAT',
				'Confidence: partial'
			]
		});
		const t = tableOf(model);
		expect(t.columns.map((c) => c.key)).toEqual([
			'year',
			'series',
			'value',
			'qualifier',
			'basis',
			'source',
			'confidence'
		]);
		expect(t.rows[4]).toMatchObject({
			year: 2011,
			series: 'Turnover (derived)',
			value: 44.37,
			basis: 'derived from Factbook shares (goods) and totals (goods and services)',
			confidence: null
		});
		expect(t.rows[5]).toMatchObject({ value: 50, qualifier: 'more than' });
	});
	it('marks only stated figures graded below "verified", and says so in the notes', () => {
		expect(model.rows.filter(isUnverified).map((r) => r.key)).toEqual(['st-1']);
		expect(model.notes).toContain(ENCODING_NOTES.unverified);
		const allVerified = sharesModel({ ...input, statements: [stated(2011, 50)] }, SERIES, String);
		expect(allVerified.notes).not.toContain(ENCODING_NOTES.unverified);
	});
	it('keeps the coverage break note from the rows', () => {
		expect(model.notes.some((n) => n.startsWith('Coverage break: turnover for 2011'))).toBe(true);
	});
	it('leaves out the series not shown, statements included', () => {
		const m = sharesModel(input, ['exports'], String);
		expect(m.rows.map((r) => r.key)).toEqual(['exports-2010', 'exports-2011', 'st-1']);
	});
	it('labels each line end in the right margin, shortened on a phone, never overlapping', () => {
		const colour = { exports: 'a', imports: 'b', turnover: 'c' };
		// three line ends close together in value, in a 62-unit margin right of x = 258
		const items = endLabelItems(model.data.lines, (p) => ({ x: 264, y: 100 - p.value }), colour);
		const placed = placeLabels(items, { x0: 262, y0: 0, x1: 320, y1: 264 }).placed;
		expect(placed.map((l) => [l.key, l.text])).toEqual([
			['end-turnover', 'Turnover'],
			['end-exports', 'Exports'],
			['end-imports', 'Imports']
		]);
		for (const a of placed)
			for (const b of placed)
				if (a !== b) expect(a.box.y1 <= b.box.y0 || b.box.y1 <= a.box.y0).toBe(true);
		const wide = placeLabels(items, { x0: 516, y0: 0, x1: 640, y1: 314 }).placed;
		expect(wide.find((l) => l.key === 'end-turnover')?.text).toBe('Turnover (derived)');
	});
	it('on the committed data: 1992 exports stated at 42%, graded partial', () => {
		const d = loadAll();
		const m = sharesModel(
			{ factbook: d.factbook, turnover: d.turnover, statements: d.shares },
			SERIES,
			String
		);
		const first = m.rows[0]!;
		expect([first.year, first.kind, shareText(first), isUnverified(first)]).toEqual([
			1992,
			'statement',
			'42%',
			true
		]);
	});
});
