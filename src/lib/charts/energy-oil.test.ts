/** prepare() of the energy and oil charts, and the map projection, on the committed data. */
import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/server/data';
import { countDisputes, prepareDisputes } from './EnergyDisputes/prepare';
import { buildEvents } from './events/events';
import { prepareGas } from './GasPrice/prepare';
import { formatMetric, formatSum, prepareOilSources } from './OilSources2020/prepare';
import { prepareCargoes } from './OilCargoTimeline/prepare';
import { buildRoutesMap, mapProjection, MAP_W, MAP_H } from './OilRoutesMap/geo';
import { fractionalYear } from './format';

const d = loadAll();

describe('energy-disputes', () => {
	const p = prepareDisputes(d.disputes);
	it('groups phases by dispute and keeps every row', () => {
		expect(p.disputes).toHaveLength(14);
		expect(p.disputes.reduce((a, x) => a + x.phases.length, 0)).toBe(d.disputes.length);
		expect(p.years).toEqual([2002, 2020]);
	});
	it('draws a month-only date across its month and an unknown end as open', () => {
		const d2002 = p.disputes.find((x) => x.id === '2002_gas')!.phases[0]!;
		expect(d2002.approximate).toBe(true);
		expect(d2002.start).toBeCloseTo(fractionalYear({ iso: '2002-11-01', precision: 'day' }), 6);
		expect(d2002.end).toBeCloseTo(fractionalYear({ iso: '2002-12-01', precision: 'day' }), 6);
		const potash = p.disputes.find((x) => x.id === '2013_potash_oil')!.phases[0]!;
		expect(potash.end).toBeNull();
		expect(potash.when).toBe('from Sep 2013; end not known');
		const oil2007 = p.disputes.find((x) => x.id === '2007_oil')!.phases[0]!;
		expect(oil2007.approximate).toBe(false);
		expect(oil2007.when).toBe('1 Jan 2007 – 12 Jan 2007');
	});
});

describe('energy dates, counts and grades', () => {
	const p = prepareDisputes(d.disputes);
	const phase = (id: string, i = 0) => p.disputes.find((x) => x.id === id)!.phases[i]!;
	it('writes the 2010 and 2020 ends no more precisely than the sources give them', () => {
		expect(phase('2010_oil').when).toBe('1 Jan 2010 – Jan 2010');
		expect(phase('2010_gas').when).toBe('21 Jun 2010 – Jun 2010');
		expect(phase('2020_oil').when).toBe('1 Jan 2020 – Mar 2020');
		expect(phase('2004_gas').when).toBe('Jan 2004');
		for (const id of ['2010_oil', '2010_gas', '2020_oil']) {
			const r = d.disputes.find((x) => x.dispute_id === id)!;
			expect(r.end_date, id).toEqual({ iso: r.end_date!.iso.slice(0, 7), precision: 'month' });
			expect(phase(id).approximate).toBe(true);
		}
		const ev = buildEvents(d.disputes, d.timeline);
		expect(ev.find((e) => e.id === '2020_oil')!.when).toBe('1 Jan 2020 – Mar 2020');
		expect(ev.find((e) => e.id === '2010_gas')!.when).toBe('21 Jun 2010 – Jun 2010');
	});
	it('counts energy disputes only, and the weak 2013 report apart', () => {
		const c = countDisputes(d.disputes);
		expect(c.count).toBe(11);
		expect(c.counted).not.toContain('2011_beltransgaz');
		expect(c.counted).not.toContain('2009_milk');
		expect(c.weak).toEqual(['2013_potash_oil']);
		expect(c.years).toEqual([2002, 2020]);
		expect(d.disputes.find((r) => r.dispute_id === '2011_beltransgaz')!.kind).toBe('deal');
		expect(p.description).toMatch(/^11 energy disputes from 2002 to 2020: /);
		expect(p.description).toContain('Beltransgaz sold to Gazprom (2011), a deal, not a dispute');
		expect(p.description).toContain('Potash row, oil cut (2013), reported by a single weak source');
	});
	it('gives every phase its confidence grade', () => {
		expect(phase('2013_potash_oil').confidence).toBe('weak');
		// the June 2004 contract is the article's claim alone: graded as its source, a deal, one point
		const june = phase('2004_gas', 2);
		expect(june.confidence).toBe('not found');
		expect(d.disputes.find((r) => r.start_date.iso === '2004-06')).toMatchObject({
			kind: 'deal',
			end_date: { iso: '2004-06' }
		});
	});
	it('keeps the typo and formula-like cells out of the data', () => {
		const all = d.disputes.map((r) => r.key_figures ?? '').join('\n');
		expect(all).not.toContain('rearchived');
		expect(phase('2016_17_gas_oil').keyFigures).toContain('duty-free oil raised 18 -> 24 mn t/yr');
		expect(phase('2013_potash_oil').keyFigures).toBe(
			'cut by 400,000 t (~one quarter) in September 2013 (media reports)'
		);
	});
	it('marks the 2018 gas price as a forecast made in 2017, not a paid price', () => {
		const g = d.gasPrices.filter((r) => r.year === 2018);
		expect(g.map((r) => [r.series, r.price_usd_per_1000m3, r.confidence])).toEqual([
			['forecast', 129, 'partial']
		]);
		expect(g[0]!.price_type).toContain('forecast made in 2017');
	});
});

describe('gas-price', () => {
	const g = prepareGas(d.gasPrices);
	it('makes one step per price, contract and paid apart', () => {
		expect(g.steps).toHaveLength(d.gasPrices.length);
		const y2016 = g.steps.filter((s) => s.year === 2016);
		expect(y2016.map((s) => [s.series, s.price])).toEqual([
			['paid', 73],
			['contract', 132]
		]);
		expect(y2016[0]!.start).toBe(2016);
		expect(y2016[0]!.end).toBe(2017);
	});
	it('joins contract steps that follow each other and leaves open periods open', () => {
		expect(
			g.joins.find(
				(j) => Math.abs(j.x - fractionalYear({ iso: '2008-04-01', precision: 'day' })) < 1e-6
			)
		).toMatchObject({
			from: 119,
			to: 128
		});
		expect(g.steps.find((s) => s.period === 'from mid-2004')!.end).toBeNull();
		expect(g.series).toEqual(['contract', 'paid', 'average', 'stated', 'offer', 'forecast']);
	});
});

describe('oil-sources-2020', () => {
	it('shows Russia by period in tonnes with the 2019 year as reference', () => {
		const o = prepareOilSources(d.oil, { metric: 'tonnes', origins: ['Russia', 'Norway'] });
		expect(o.rows.map((r) => r.origin)).toEqual(['Russia', 'Norway']);
		expect(o.rows[0]!.segments.map((s) => [s.label, s.value, s.status])).toEqual([
			['Q1', 1040000, 'confirmed'],
			['Apr', 1560000, 'confirmed'],
			['May (plan)', 1130000, 'planned'],
			['Jun (plan)', 1100000, 'planned']
		]);
		expect(o.rows[0]!.reference?.value).toBe(17600000);
		// no more digits than the source: 17.6 Mt, not 17.60
		expect(formatMetric('tonnes', 17600000)).toBe('17.6 Mt');
		expect(formatMetric('tonnes', 1040000)).toBe('1.04 Mt');
		expect(formatMetric('tonnes', 85000)).toBe('85 kt');
		// a sum is no more precise than its least precise part: 1.13 + 1.1 Mt planned
		const segs = o.rows[0]!.segments;
		expect(
			formatSum(
				'tonnes',
				segs.filter((s) => s.status === 'planned')
			)
		).toBe('2.2 Mt');
		expect(
			formatSum(
				'tonnes',
				segs.filter((s) => s.status === 'confirmed')
			)
		).toBe('2.6 Mt');
	});
	it('sets SOCAR’s Azerbaijani oil beside the documented Azerbaijani cargoes', () => {
		const o = prepareOilSources(d.oil, { metric: 'tonnes', origins: ['Azerbaijan'] });
		expect(o.rows[0]!.segments.map((s) => [s.label, s.value])).toEqual([
			['arrived', 435000],
			['expected', 85000]
		]);
		expect(o.rows[0]!.reference).toMatchObject({
			value: 720000,
			label: 'SOCAR: Azerbaijani oil delivered in 2020'
		});
	});
	it('gives shares of the arrived alternatives that add up to 100%', () => {
		const o = prepareOilSources(d.oil, {
			metric: 'share',
			origins: ['Russia', 'Norway', 'Azerbaijan', 'Saudi Arabia', 'United States']
		});
		const confirmed = o.rows.flatMap((r) =>
			r.segments.filter((s) => s.status === 'confirmed').map((s) => s.value)
		);
		expect(confirmed.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6);
		expect(o.rows[0]!.none).toBe('not part of the alternatives');
	});
	it('counts cargoes, arrived and announced', () => {
		const o = prepareOilSources(d.oil, { metric: 'cargoes', origins: ['Azerbaijan'] });
		expect(o.rows[0]!.segments.map((s) => s.value)).toEqual([5, 1]);
	});
});

describe('oil-cargo-timeline', () => {
	const c = prepareCargoes(d.oil);
	it('places every cargo, Russian crude in its own lane, and totals the confirmed alternatives', () => {
		expect(c.cargoes).toHaveLength(
			d.oil.filter((r) => r.kind === 'cargo' && r.volume_t !== null).length
		);
		expect(c.cargoes.filter((x) => x.lane === 'Russia')).toHaveLength(2);
		expect(c.total).toBe(755000);
		expect(c.cumulative.map((x) => x.tonnes)).toEqual([
			80000, 170000, 250000, 335000, 422000, 499000, 584000, 660000, 755000
		]);
		const april = c.cargoes.find((x) => x.lane === 'Azerbaijan' && x.when.startsWith('Apr 2020'))!;
		expect(april).toMatchObject({
			confirmed: true,
			tonnes: 85000,
			span: [expect.any(Number), expect.any(Number)]
		});
	});
});

describe('oil-routes-map', () => {
	const proj = mapProjection();
	it('projects the ports and refineries where they are', () => {
		const klaipeda = proj([21.1, 55.7])!;
		const odesa = proj([30.9, 46.6])!;
		const naftan = proj([28.6, 55.5])!;
		const mozyr = proj([29.3, 52.0])!;
		for (const p of [klaipeda, odesa, naftan, mozyr]) {
			expect(p[0]).toBeGreaterThan(0);
			expect(p[0]).toBeLessThan(MAP_W);
			expect(p[1]).toBeGreaterThan(0);
			expect(p[1]).toBeLessThan(MAP_H);
		}
		expect(klaipeda[0]).toBeLessThan(naftan[0]);
		expect(odesa[1]).toBeGreaterThan(mozyr[1]);
		expect(mozyr[1]).toBeGreaterThan(naftan[1]);
		const back = proj.invert!(klaipeda)!;
		expect(back[0]).toBeCloseTo(21.1, 6);
		expect(back[1]).toBeCloseTo(55.7, 6);
	});
	it('weights the legs by documented tonnes and puts Texas off the map', () => {
		const m = buildRoutesMap(d.places, d.oil);
		const leg = (k: string) => m.legs.find((l) => l.key === k);
		expect(leg('klaipeda>naftan')).toMatchObject({
			mode: 'rail',
			confirmedT: 320000,
			expectedT: 85000
		});
		expect(leg('odesa-yuzhny>brody')).toMatchObject({
			mode: 'pipeline',
			confirmedT: 435000,
			expectedT: 85000
		});
		expect(leg('beaumont>klaipeda')).toMatchObject({
			confirmedT: 153000,
			origins: ['United States']
		});
		expect(m.legs).toHaveLength(8);
		expect(m.offMap.map((o) => o.id).sort()).toEqual(['beaumont', 'saudi-arabia']);
		expect(m.countries.find((c) => c.name === 'Belarus')?.highlight).toBe(true);
	});
});
