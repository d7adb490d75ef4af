import { describe, expect, it } from 'vitest';
import type { FactbookRecord, TradeValueRecord } from '$lib/data/datasets';
import { loadAll } from '$lib/server/data';
import { tableOf, tipOf } from '$lib/kit/model';
import { overlaps, placeLabels } from '$lib/kit/labels';
import { pointBoxes } from '$lib/kit/marks';
import { ENCODING_NOTES } from '$lib/kit/honesty';
import { gapLabelItems, gapLineBoxes, isUnverified, valueText, valuesModel } from './model';

const value = (
	year: number,
	by: 'Belarus' | 'Russia',
	v: number,
	confidence: TradeValueRecord['confidence'] = 'verified'
): TradeValueRecord => ({
	year,
	period: 'calendar year',
	reporter: 'Belarus',
	partner: 'Russia',
	flow: 'total',
	value_usd_bn: v,
	qualifier: null,
	reported_by: by,
	basis: `${by} statistics`,
	source_id: [`SRC_${by}`],
	confidence
});
const fb = (
	flow: 'exports' | 'imports',
	measure: 'partner_share' | 'total',
	v: number
): FactbookRecord => ({
	year: 2010,
	reporter: 'Belarus',
	flow,
	measure,
	partner: measure === 'total' ? 'World' : 'Russia',
	value: v,
	unit: measure === 'total' ? 'USD bn' : '%',
	estimate: 'no',
	basis: 'reported',
	coverage: 'goods',
	edition: 2012,
	source_id: ['CIAFB_2012']
});

const values = [
	value(2021, 'Belarus', 40, 'partial'),
	value(2023, 'Russia', 46.5),
	value(2023, 'Belarus', 54)
];
const factbook = [
	fb('exports', 'partner_share', 40),
	fb('exports', 'total', 25),
	fb('imports', 'partner_share', 50),
	fb('imports', 'total', 30)
];
const model = valuesModel(values, factbook, 'total', (ids) => ids.join('; '));

describe('valuesModel', () => {
	it('has a row per figure, the Factbook-implied value computed from share × total', () => {
		expect(model.rows.map((p) => [p.year, p.series, p.value])).toEqual([
			[2010, 'factbook', 25],
			[2021, 'belarus', 40],
			[2023, 'russia', 46.5],
			[2023, 'belarus', 54]
		]);
		expect(model.data.gaps).toEqual([expect.objectContaining({ year: 2023, difference: 7.5 })]);
	});
	it('makes tooltip and table from the same columns, with each figure’s grade', () => {
		expect(tipOf(model, model.rows[1]!)).toEqual({
			title: '2021',
			lines: [
				'Series: Belarusian figures',
				'Value: $40 bn',
				'Basis: Belarus statistics',
				'Source: SRC_Belarus',
				'Confidence: partial'
			]
		});
		expect(tableOf(model).rows[0]).toMatchObject({ value: 25, confidence: null });
		expect(valueText(6.141)).toBe('$6.14 bn');
	});
	it('marks the figures graded below "verified" and says so in the notes', () => {
		expect(model.rows.filter(isUnverified).map((p) => p.year)).toEqual([2021]);
		expect(model.notes).toContain(ENCODING_NOTES.unverified);
		expect(model.description).toContain(
			'In 2023 Belarusian figures give $54 bn and Russian ones $46.5 bn, a gap of $7.5 bn.'
		);
	});
	it('places the gap label off every marker and the gap line, even with a marker beside it', () => {
		// x: year → 20 px a year; y: $1 bn → 4 px, top at 0
		const at = (year: number, v: number) => ({ x: (year - 2000) * 20 + 10, y: 260 - v * 4 });
		const marks = [...model.rows.map((p) => at(p.year, p.value)), at(2022, 50)];
		const obstacles = [...pointBoxes(marks, 6), ...gapLineBoxes(model.data.gaps, at)];
		const { placed } = placeLabels(
			gapLabelItems(model.data.gaps, at),
			{ x0: 0, y0: 0, x1: 480, y1: 300 },
			obstacles
		);
		expect(placed).toHaveLength(1);
		expect(placed[0]!.text).toBe('gap $7.5 bn');
		for (const o of obstacles) expect(overlaps(placed[0]!.box, o)).toBe(false);
	});
	it('on the committed data: the 2023 gap is $7.5 bn', () => {
		const d = loadAll();
		const m = valuesModel(d.values, d.factbook, 'total', String);
		expect(m.data.gaps.map((g) => [g.year, g.difference])).toEqual([[2023, 7.5]]);
	});
});
