/** The research-pack readers: dates, periods and kinds written as prose turned into structure. */
import { describe, expect, it } from 'vitest';
import { gasPeriod, gasSeries } from './gas-prices';
import { readResearchCsv } from './lib';
import { OIL_ADDITIONS, correctedRows, oilKind, oilStatus, parseOilDate } from './oil-imports-2020';

describe('gas price periods', () => {
	it('reads quarters, half-years, open starts and single months', () => {
		expect(gasPeriod(2009, 'Q2')).toEqual({ start: '2009-04', end: '2009-06' });
		expect(gasPeriod(2017, 'H2 (1 Jul-31 Dec)')).toEqual({ start: '2017-07', end: '2017-12' });
		expect(gasPeriod(2004, 'from mid-2004')).toEqual({ start: '2004-07', end: '' });
		expect(gasPeriod(2011, 'Nov 2011 (current)')).toEqual({ start: '2011-11', end: '2011-11' });
		expect(gasPeriod(2014, 'year (approx.)')).toEqual({ start: '2014-01', end: '2014-12' });
		expect(() => gasPeriod(2020, 'sometime')).toThrow('cannot read the period "sometime" (2020)');
	});
	it('tells contract, paid, offers and forecasts apart', () => {
		expect(gasSeries('contract (Gazprom report)')).toBe('contract');
		expect(gasSeries('actually paid by Belarus (unilateral)')).toBe('paid');
		expect(gasSeries('Belarus offer during dispute')).toBe('offer');
		expect(gasSeries('Gazprom forecast')).toBe('forecast');
		expect(gasSeries('average paid (Syamashka)')).toBe('average');
		expect(gasSeries('"about $168"')).toBe('stated');
	});
});

describe('2020 oil rows', () => {
	it('reads dates written as prose', () => {
		expect(parseOilDate('2020-03 (expected 3-4 Mar and 13-15 Mar)')).toEqual({
			start: '2020-03',
			end: '',
			note: 'expected 3-4 Mar and 13-15 Mar'
		});
		expect(parseOilDate('2020-Q1')).toEqual({ start: '2020-01', end: '2020-03', note: '' });
		expect(parseOilDate('2020-01/05')).toEqual({ start: '2020-01', end: '2020-05', note: '' });
		expect(parseOilDate('2020-08-04/05 (expected)')).toEqual({
			start: '2020-08-04',
			end: '2020-08-05',
			note: 'expected'
		});
		expect(parseOilDate('2019-12 / 2020-01')).toEqual({
			start: '2019-12',
			end: '2020-01',
			note: ''
		});
		expect(() => parseOilDate('spring')).toThrow('cannot read the date "spring"');
	});
	it('classifies rows and their status', () => {
		expect(oilKind('tanker arrived Klaipeda', 'Norway')).toBe('cargo');
		expect(oilKind('first train reached refinery', 'Norway')).toBe('rail batch');
		expect(oilKind('annual total (baseline)', 'Russia')).toBe('russian annual');
		expect(oilKind('annual SOCAR total', 'Azerbaijan (SOCAR)')).toBe('supplier annual');
		expect(
			oilStatus('2020-04 (mid-April, expected)', 'tanker expected Klaipeda', 'partial', 'cargo')
		).toBe('expected');
		expect(oilStatus('2020-05', 'monthly plan', 'verified', 'russian monthly')).toBe('planned');
		expect(oilStatus('2020-05-12', 'tanker arrived Klaipeda', 'verified', 'cargo')).toBe(
			'confirmed'
		);
	});
});

describe('corrections to the research oil rows', () => {
	const raw = readResearchCsv('oil_imports_2020.csv');
	const rows = correctedRows(raw);
	it('turns the April SOCAR cargo into a confirmed April arrival, keeping raw/ as received', () => {
		const april = rows.filter((r) => r.origin_country === 'Azerbaijan' && r.volume_t === '85000');
		const r = april.find((x) => x.date?.startsWith('2020-04'))!;
		expect(r.date).toBe('2020-04 (arrived in April; announced for 11 April)');
		expect(r.event).toBe('tanker arrived Yuzhny');
		const d = parseOilDate(r.date!);
		expect(d.start).toBe('2020-04');
		expect(oilStatus(r.date!, r.event!, r.confidence!, oilKind(r.event!, r.origin_country!))).toBe(
			'confirmed'
		);
		expect(raw.some((x) => x.date === '2020-04-11 (expected)')).toBe(true);
	});
	it('adds the April refinery intake and SOCAR’s Azerbaijani-oil total, each from its source', () => {
		expect(rows).toHaveLength(raw.length + OIL_ADDITIONS.length);
		const intake = rows.find((r) => r.event === 'refinery intake (all origins)')!;
		expect([
			intake.volume_t,
			intake.source_id,
			oilKind(intake.event!, intake.origin_country!)
		]).toEqual(['2000000', 'URDU_200429', 'refinery intake']);
		const az = rows.find((r) => r.event === 'annual SOCAR total, Azerbaijani oil only')!;
		expect([az.volume_t, az.source_id]).toEqual(['720000', 'AZN_210213']);
		expect(rows.find((r) => r.event === 'cumulative Jan-May')!.share_pct).toBe('20');
	});
	it('stops when the raw row it corrects has changed', () => {
		const changed = raw.map((r) =>
			r.date === '2020-04-11 (expected)' ? { ...r, event: 'tanker arrived at Yuzhny' } : r
		);
		expect(() => correctedRows(changed)).toThrow(
			'correction expects event = "tanker expected at Yuzhny"'
		);
		const gone = raw.filter((r) => r.date !== '2020-04-11 (expected)');
		expect(() => correctedRows(gone)).toThrow('matches 0 raw rows');
	});
});
