/** energy-disputes model on small fixed inputs: lengths at the dates' precision, labels, table. */
import { describe, expect, it } from 'vitest';
import type { DisputeRecord } from '$lib/data/datasets';
import type { PartialDate } from '$lib/data/schema';
import { loadAll } from '$lib/server/data';
import { tableOf, tipOf } from '$lib/kit/model';
import { spanLength } from '$lib/kit/duration';
import { disputesModel } from './model';

const day = (iso: string): PartialDate => ({ iso, precision: 'day' });
const month = (iso: string): PartialDate => ({ iso, precision: 'month' });
function row(
	id: string,
	start: PartialDate,
	end: PartialDate | null,
	extra: Partial<DisputeRecord> = {}
): DisputeRecord {
	return {
		dispute_id: id,
		kind: 'energy dispute',
		start_date: start,
		end_date: end,
		commodity: 'gas',
		event: `event ${id}`,
		key_figures: null,
		date_note: null,
		source_id: ['S1'],
		confidence: 'verified',
		note: null,
		...extra
	} as DisputeRecord;
}

describe('spanLength', () => {
	it('gives a length no more precise than the dates', () => {
		expect(spanLength(day('2007-08-01'), day('2007-08-03'))).toBe('3 days');
		expect(spanLength(day('2011-11-25'), day('2011-11-25'))).toBe('1 day');
		expect(spanLength(day('2019-12-31'), day('2020-02-14'))).toBe('46 days');
		expect(spanLength(day('2010-06-21'), month('2010-06'))).toBe('up to 10 days');
		expect(spanLength(month('2002-11'), month('2002-11'))).toBe('up to a month');
		expect(spanLength(day('2020-01-01'), month('2020-03'))).toBe('2–3 months');
		expect(spanLength(month('2016-01'), day('2017-04-13'))).toBe('14–15 months');
		expect(spanLength(day('2016-01-01'), day('2016-12-31'))).toBe('about 12 months');
		expect(spanLength(month('2013-09'), null)).toBeNull();
	});
});

describe('disputesModel', () => {
	const rows = [
		row('2007_gas_debt', day('2007-08-01'), day('2007-08-03')),
		row('2004_gas', month('2004-01'), month('2004-01')),
		row('2004_gas', day('2004-02-18'), day('2004-02-19')),
		row('2004_gas', month('2004-06'), null, { confidence: 'partial' }),
		row('2011_beltransgaz', day('2011-11-25'), day('2011-11-25'), { kind: 'deal' }),
		row('2009_milk', day('2009-06-06'), day('2009-06-17'), {
			kind: 'trade dispute',
			commodity: 'trade'
		})
	];
	const m = disputesModel(rows, (ids) => ids.join('+'));
	it('labels each dispute with its name and the length of every phase; the short label keeps the name', () => {
		const text = Object.fromEntries(m.disputes.map((d) => [d.id, [d.text, d.short]]));
		expect(text['2007_gas_debt']).toEqual(['Gas debt ultimatum: 3 days', 'Gas debt ultimatum']);
		expect(text['2004_gas']).toEqual([
			'Gas cut-off: up to a month, 2 days, no end given',
			'Gas cut-off'
		]);
		expect(text['2011_beltransgaz']).toEqual([
			'Beltransgaz sold to Gazprom: a deal',
			'Beltransgaz sale'
		]);
		expect(m.commodities).toEqual(['gas', 'trade']);
	});
	it('tooltip and table give exact dates at their precision, length, kind and grade', () => {
		const phase = m.rows.find((p) => p.dispute === '2004_gas' && p.end === null)!;
		const tip = tipOf(m, phase);
		expect(tip.title).toBe('Gas cut-off (2004)');
		expect(tip.lines).toContain('When: from Jun 2004; end not known');
		expect(tip.lines).toContain('How long: no end given');
		expect(tip.lines).toContain('Confidence: partial');
		const t = tableOf(m);
		const deal = t.rows.find((r) => r.dispute === 'Beltransgaz sold to Gazprom (2011)')!;
		expect(deal).toMatchObject({ when: '25 Nov 2011', kind: 'gas, deal, not a dispute' });
		expect(deal.length).toBe('a deal, not a dispute');
		expect(t.rows.map((r) => r.when)).toContain('18 Feb 2004 – 19 Feb 2004');
	});
	it('adds the dotted-outline note only when a row is graded below verified', () => {
		expect(m.notes.some((n) => n.includes('dotted outline'))).toBe(true);
		const sure = disputesModel(rows.slice(0, 1), (ids) => ids.join('+'));
		expect(sure.notes.some((n) => n.includes('dotted outline'))).toBe(false);
	});
	it('labels the committed 2016–17 dispute with fifteen months at most', () => {
		const all = disputesModel(loadAll().disputes, (ids) => ids.join('+'));
		expect(all.disputes.find((d) => d.id === '2016_17_gas_oil')!.text).toBe(
			'Gas and oil dispute: 14–15 months'
		);
		expect(all.rows).toHaveLength(loadAll().disputes.length);
	});
});
