/** prepare() of every chart on the committed data: the numbers each chart will draw. */
import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/server/data';
import { prepareTimeline, runs, SERIES, type LinePoint } from './TradeShareTimeline/prepare';
import { sharesModel } from './TradeShareTimeline/model';
import { tableOf } from '$lib/kit/model';
import {
	asymmetryYears,
	boundSentences,
	prepareAsymmetry,
	verdictLabel
} from './TradeAsymmetry/prepare';
import { partnerYears, preparePartners } from './TradePartners/prepare';
import { factbookRuns, prepareValues, valuesNotes } from './TradeValues/prepare';
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
	it('derives the edition-lag note from the drawn rows (the 2019 shares come from the 2023 edition)', () => {
		expect(t.notes[0]).toBe(
			'Exports and imports: Russia’s share as listed in the CIA World Factbook for each data year; the edition that gives it is 1 to 4 years later than the data year.'
		);
		expect(t.notes.join(' ')).not.toContain('one or two years');
	});
	it('marks 2019 turnover as mixed coverage, breaks the line there and says so', () => {
		const tu = t.lines.find((l) => l.series === 'turnover')!.points;
		expect(tu.find((p) => p.year === 2019)?.coverage).toBe('mixed');
		expect(tu.filter((p) => p.coverage === 'mixed').map((p) => p.year)).toEqual([2019]);
		expect(t.notes[1]).toContain('Coverage break: turnover for 2019 weights goods partner shares');
		const rows = tableOf(
			sharesModel(
				{ factbook: d.factbook, turnover: d.turnover, statements: d.shares },
				SERIES,
				(ids) => ids.join(';')
			)
		).rows;
		expect(rows.find((r) => r.year === 2019 && r.series === 'Turnover (derived)')?.basis).toBe(
			'derived from Factbook shares (goods) and totals (goods and services)'
		);
		// Consecutive years with different coverage are not joined.
		const pt = (year: number, coverage: LinePoint['coverage']): LinePoint => ({
			year,
			value: 50,
			sourceIds: [],
			estimate: true,
			coverage,
			editions: []
		});
		expect(
			runs([pt(2016, 'goods'), pt(2017, 'goods'), pt(2018, 'mixed'), pt(2019, 'mixed')]).map(
				(r) => r.length
			)
		).toEqual([2, 2]);
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
		expect(ru!.bars[0]!.below).toEqual({ maxPct: 4.01, smallestListed: 'Ukraine', listed: 6 });
		// Belarus's own report contradicts the export bound: the evidence is drawn beside it
		expect(ru!.bars[0]!.contradicted).toEqual({
			pct: 5.27,
			computation: '56.42% × 28.32 / 303.4 = 5.27%'
		});
		expect(ru!.bars[1]!.contradicted).toBeNull();
		// the turnover bar counts the trade as Belarus reports it, and says so
		expect(ru!.bars[2]!.basis).toBe('bilateral flows as Belarus reports them');
		expect(by!.bars[2]!.basis).toBeNull();
		expect(a.claims.map((c) => c.verdict.status)).toEqual(['consistent', 'differs']);
	});
	it('tests Russia’s 2009 bound against Belarus’s report: contradicted, so “about 6%” is not ruled out', () => {
		const a = prepareAsymmetry(
			{ factbook: d.factbook, turnover: d.turnover, claims: d.claims },
			2009
		);
		const c = a.claims.find((x) => x.claim.id === 'belarus-share-of-russia-trade-2009')!;
		const v = c.verdict;
		if (v.status === 'no data') throw new Error();
		expect(v.bound).toMatchObject({
			maxPct: 4.18,
			exports: { maxPct: 4.01, smallestListed: 'Ukraine', totalUsdBn: 303.4 },
			imports: { maxPct: 4.46, smallestListed: 'United States', totalUsdBn: 191.8 },
			computation: '(4.01% × 303.4 + 4.46% × 191.8) / (303.4 + 191.8) = 4.18%',
			sourceIds: ['CIAFB_2010', 'CIAFB_2011']
		});
		expect(verdictLabel(v)).toBe('The data say otherwise');
		const s = boundSentences(v, c.claim)!;
		expect(s.lists).toContain('their smallest entries are 4.01% of Russia’s exports (Ukraine)');
		expect(s.turnover).toContain(
			'Belarus’s own report puts it above that in Russia’s exports (5.27%'
		);
		expect(s.turnover).toContain('the lists are silent on Belarus, not low');
		expect(s.turnover).not.toMatch(/below 4\.2%/);
		expect(s.computation).toBe(
			'Belarus’s report of Russia’s exports: 56.42% × 28.32 / 303.4 = 5.27%'
		);
		expect(s.low).toBe('');
		const other = a.claims.find((x) => x.claim.id === 'russia-share-of-belarus-trade-2009')!;
		expect(boundSentences(other.verdict, other.claim)).toBeNull();
		expect(a.sourceIds).toEqual(expect.arrayContaining(['CIAFB_2010', 'CIAFB_2011']));
	});
	it('says in the subtitle when a year’s turnover mixes goods shares with goods-and-services totals', () => {
		const input = { factbook: d.factbook, turnover: d.turnover, claims: d.claims };
		expect(prepareAsymmetry(input, 2009).coverage).toBe('goods trade');
		expect(prepareAsymmetry(input, 2019).coverage).toContain('goods-and-services totals');
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
	it('drops the 2019 implied value (goods shares × goods-and-services totals) and says why', () => {
		for (const flow of ['total', 'exports', 'imports'] as const) {
			const v = prepareValues(d.values, d.factbook, flow);
			expect(v.points.some((p) => p.series === 'factbook' && p.year === 2019)).toBe(false);
			expect(v.mixedYears).toEqual([2019]);
			expect(
				v.points.filter((p) => p.series === 'factbook').every((p) => p.coverage === 'goods')
			).toBe(true);
			expect(v.points.some((p) => p.value === 41.785)).toBe(false);
			const notes = valuesNotes(v);
			expect(notes[0]).toContain('covers goods.');
			expect(notes[1]).toContain('No implied value for 2019');
		}
	});
	it('breaks the implied line where coverage changes', () => {
		const v = prepareValues(d.values, d.factbook, 'total');
		const p = v.points.find((x) => x.series === 'factbook' && x.year === 2009)!;
		const q = { ...p, year: 2010, key: 'x', coverage: 'goods and services' };
		expect(factbookRuns([p, q]).map((r) => r.length)).toEqual([1, 1]);
		expect(factbookRuns([p, { ...q, coverage: 'goods' }]).map((r) => r.length)).toEqual([2]);
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
