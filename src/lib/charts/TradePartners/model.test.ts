/** trade-partners model on small fixed lists, plus one check on the committed data. */
import { describe, expect, it } from 'vitest';
import type { FactbookRecord } from '$lib/data/datasets';
import { loadAll } from '$lib/server/data';
import { tableOf, tipOf } from '$lib/kit/model';
import { notListedText, partnersModel } from './model';

const share = (year: number, partner: string, value: number): FactbookRecord => ({
	year,
	reporter: 'Belarus',
	flow: 'exports',
	measure: 'partner_share',
	partner,
	value,
	unit: '%',
	estimate: 'no',
	basis: 'reported',
	coverage: 'goods',
	edition: year + 1,
	source_id: [`FB_${year}`]
});
const FB: FactbookRecord[] = [
	share(1998, 'Russia', 66),
	share(2005, 'Russia', 38.5),
	share(2005, 'Ukraine', 7.8),
	share(2005, 'China', 4.1),
	share(2019, 'Russia', 42),
	share(2019, 'Ukraine', 13)
];
const ids = (x: readonly string[]) => x.join(';');

describe('notListedText', () => {
	it('says the list names only one partner when it does', () => {
		expect(notListedText(1998, [{ partner: 'Russia', value: 54 }])).toBe(
			'not in the 1998 list, which names only Russia (54%)'
		);
	});
	it('gives the smallest share of a longer list', () => {
		expect(
			notListedText(2005, [
				{ partner: 'Russia', value: 38.5 },
				{ partner: 'China', value: 4.1 }
			])
		).toBe('not in the 2005 list, whose smallest share is 4.1%');
		expect(notListedText(2001, [])).toBe('no list for 2001');
	});
});

describe('partnersModel', () => {
	it('leaves a not-listed share empty in the table and says why in its own column', () => {
		const m = partnersModel(FB, { flow: 'exports', year: 2005, compare: 1998 }, ids);
		const t = tableOf(m);
		expect(t.columns.map((c) => c.key)).toEqual(['partner', 'a', 'b', 'listed', 'source']);
		expect(t.columns[2]).toMatchObject({ label: 'Share 1998', unit: '%', numeric: true });
		expect(t.rows).toEqual([
			{ partner: 'Russia', a: 38.5, b: 66, listed: '', source: 'FB_2005;FB_1998' },
			{
				partner: 'Ukraine',
				a: 7.8,
				b: null,
				listed: 'not in the 1998 list, which names only Russia (66%)',
				source: 'FB_2005'
			},
			{
				partner: 'China',
				a: 4.1,
				b: null,
				listed: 'not in the 1998 list, which names only Russia (66%)',
				source: 'FB_2005'
			}
		]);
		// every numeric cell is a number or empty
		for (const r of t.rows) for (const k of ['a', 'b']) expect(typeof r[k] !== 'string').toBe(true);
	});
	it('names the smallest share when the comparison list is longer', () => {
		const m = partnersModel(FB, { flow: 'exports', year: 2019, compare: 2005 }, ids);
		const china = m.rows.find((r) => r.partner === 'China')!;
		expect(tableOf(m).rows.find((r) => r.partner === 'China')).toMatchObject({
			a: null,
			b: 4.1,
			listed: 'not in the 2019 list, whose smallest share is 13%'
		});
		expect(tipOf(m, china)).toEqual({
			title: 'China',
			lines: [
				'Share 2019: —',
				'Share 2005: 4.1%',
				'Not listed: not in the 2019 list, whose smallest share is 13%',
				'Source: FB_2005'
			]
		});
		expect(m.max).toBe(70);
		expect(m.description).toBe(
			'Belarus’s main exports partners in 2019 compared with 2005: Russia 42% (38.5%), Ukraine 13% (7.8%), China not listed (4.1%).'
		);
	});
	it('without a comparison year has no second share column', () => {
		const m = partnersModel(FB, { flow: 'exports', year: 2019, compare: null }, ids);
		expect(tableOf(m).columns.map((c) => c.key)).toEqual(['partner', 'a', 'listed', 'source']);
		expect(m.rows.map((r) => r.partner)).toEqual(['Russia', 'Ukraine']);
	});
	it('on the committed data: 1998 imports list names only Russia', () => {
		const d = loadAll();
		const m = partnersModel(d.factbook, { flow: 'imports', year: 2005, compare: 1998 }, ids);
		const de = tableOf(m).rows.find((r) => r.partner === 'Germany')!;
		expect(de).toMatchObject({
			a: 9.7,
			b: null,
			listed: 'not in the 1998 list, which names only Russia (54%)'
		});
	});
});
