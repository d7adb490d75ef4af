/** prepare() of every chart on the committed data: the numbers each chart will draw. */
import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/data/load';
import { prepareTimeline, runs } from './TradeShareTimeline/prepare';
import {
	asymmetryTable,
	asymmetryYears,
	barText,
	prepareAsymmetry
} from './TradeAsymmetry/prepare';
import { partnerYears, preparePartners } from './TradePartners/prepare';
import { prepareValues } from './TradeValues/prepare';
import { prepareRelations } from './RelationsTimeline/prepare';
import { buildEvents } from './events/events';
import { fractionalYear } from './format';

const d = loadAll();

describe('trade-share-timeline', () => {
	const t = prepareTimeline({ factbook: d.factbook, turnover: d.turnover, statements: d.shares });
	it('draws the Factbook shares and leaves missing years as gaps', () => {
		const exp = t.lines.find((l) => l.series === 'exports')!.points;
		expect(exp.find((p) => p.year === 2009)?.value).toBe(33.6);
		expect(exp.some((p) => p.year === 2013)).toBe(false);
		expect(runs(exp).map((r) => [r[0]!.year, r[r.length - 1]!.year])).toEqual([
			[1998, 1998],
			[2000, 2000],
			[2002, 2012],
			[2014, 2017],
			[2019, 2019]
		]);
	});
	it('keeps statements apart from the derived line', () => {
		const st = t.statements.filter((s) => s.series === 'turnover');
		expect(st.map((s) => `${s.year}:${s.value}:${s.qualifier ?? ''}`)).toEqual([
			'2000:60:about',
			'2009:48:about',
			'2013:49.5:',
			'2013:49:about',
			'2017:51.1:',
			'2020:47.9:',
			'2021:49:',
			'2022:60:',
			'2022:50:more than',
			'2023:50:more than'
		]);
		expect(t.lines.find((l) => l.series === 'turnover')!.points.some((p) => p.year === 2013)).toBe(
			false
		);
	});
});

describe('trade-asymmetry', () => {
	it('offers the years with both turnover shares, 2009 among them', () => {
		expect(asymmetryYears(d.turnover)).toContain(2009);
		expect(asymmetryYears(d.turnover)).not.toContain(2013);
	});
	it('shows 2009 as 46.61% against 4.68%, with Belarus unlisted in Russia’s lists', () => {
		const a = prepareAsymmetry(
			{ factbook: d.factbook, turnover: d.turnover, claims: d.claims },
			2009
		);
		const [by, ru] = a.groups;
		expect(by!.bars.map((b) => b.value)).toEqual([33.6, 56.42, 46.61]);
		expect(ru!.bars.map((b) => b.value)).toEqual([null, null, 4.68]);
		expect(ru!.bars[0]!.below).toEqual({ maxPct: 4.01, smallestListed: 'Ukraine' });
		expect(a.claims.map((c) => c.verdict.status)).toEqual(['consistent', 'differs']);
	});
	it('gives the table numbers as numbers and unlisted shares as text', () => {
		const a = prepareAsymmetry(
			{ factbook: d.factbook, turnover: d.turnover, claims: d.claims },
			2009
		);
		const rows = asymmetryTable(a, (ids) => ids.join(';'));
		expect(rows.map((r) => r.value)).toEqual([
			33.6,
			56.42,
			46.61,
			'not listed (below 4.01%)',
			'not listed (below 4.46%)',
			4.68
		]);
		expect(rows[2]).toMatchObject({
			flow: 'Turnover (derived)',
			year: 2009,
			source: 'CIAFB_2010;CIAFB_2011'
		});
		expect(a.groups[0]!.bars.map(barText)).toEqual(['33.6%', '56.42%', '46.6%']);
	});
});

describe('trade-partners', () => {
	it('compares two years and marks unlisted partners as not listed', () => {
		const p = preparePartners(d.factbook, { flow: 'exports', year: 2019, compare: 2009 });
		expect(p.rows[0]).toMatchObject({ partner: 'Russia', a: 42, b: 33.6 });
		expect(p.rows.find((r) => r.partner === 'Netherlands')).toMatchObject({ a: null, b: 13.78 });
		expect(p.floor).toEqual({ a: 7, b: 4.17 });
	});
	it('leaves out the mirror-data years', () => {
		expect(partnerYears(d.factbook, 'exports')).not.toContain(2022);
		expect(partnerYears(d.factbook, 'exports')).toContain(2019);
	});
});

describe('trade-values', () => {
	it('draws the 2023 gap between Russian and Belarusian figures', () => {
		const v = prepareValues(d.values, d.factbook, 'total');
		expect(v.gaps).toHaveLength(1);
		expect(v.gaps[0]).toMatchObject({ year: 2023, difference: 7.5 });
		expect(v.points.find((p) => p.series === 'factbook' && p.year === 2009)?.value).toBe(23.155);
	});
});

describe('relations-timeline summary', () => {
	it('reads the dispute and treaty years from the rows', () => {
		const r = prepareRelations(loadAll().timeline);
		expect(r.summary).toBe(
			'Energy disputes in 2002, 2004, 2006–2007, 2010, 2016–2017, 2019–2020; integration treaties in 1996–1999, 2014, 2021.'
		);
	});
});

describe('relations-timeline and events', () => {
	it('places every timeline row in a lane', () => {
		const r = prepareRelations(d.timeline);
		expect(r.events).toHaveLength(d.timeline.length);
		expect(r.years).toEqual([1991, 2023]);
		expect(r.events.filter((e) => !e.dayKnown).map((e) => e.date)).toContain('Feb 2022');
	});
	it('merges dispute phases and leaves an unknown end open', () => {
		const ev = buildEvents(d.disputes, d.timeline);
		const e2004 = ev.find((e) => e.id === '2004_gas')!;
		expect(e2004.start).toBeCloseTo(2004, 3);
		expect(e2004.end).toBeCloseTo(fractionalYear({ iso: '2004-02-20', precision: 'day' }), 3);
		expect(ev.find((e) => e.id === '2013_potash_oil')!.end).toBeNull();
		expect(ev.filter((e) => e.kind === 'treaty')).toHaveLength(7);
	});
});
