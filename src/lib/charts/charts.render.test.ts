/**
 * Server-rendered SVG of each chart, checked by geometry: how many marks, and where. Runs on the
 * committed data at the default width of 720 px, the size every chart is prerendered at.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/data/load';
import { indexSources } from './sources';
import { buildEvents } from './events/events';
import TradeAsymmetry from './TradeAsymmetry/View.svelte';
import TradeShareTimeline from './TradeShareTimeline/View.svelte';
import TradePartners from './TradePartners/View.svelte';
import TradeValues from './TradeValues/View.svelte';
import RelationsTimeline from './RelationsTimeline/View.svelte';
import { SERIES } from './TradeShareTimeline/prepare';
import { asymmetryYears } from './TradeAsymmetry/prepare';
import { claimGrades } from './TradeAsymmetry/model';
import { partnerYears } from './TradePartners/prepare';

const d = loadAll();
const sources = indexSources(d.sources);
const events = buildEvents(d.disputes, d.timeline);

/** Every element with the given class, as a map of its attributes. */
function marks(html: string, tag: string, cls: string): Record<string, string>[] {
	const re = new RegExp(`<${tag}\\b([^>]*\\bclass="[^"]*\\b${cls}\\b[^"]*"[^>]*)>`, 'g');
	return [...html.matchAll(re)].map((m) => {
		const attrs: Record<string, string> = {};
		for (const a of (m[1] as string).matchAll(/([a-z0-9-]+)="([^"]*)"/g))
			attrs[a[1] as string] = a[2] as string;
		return attrs;
	});
}
const translate = (t: string | undefined) =>
	(t ?? '')
		.match(/translate\(([-\d.]+),([-\d.]+)\)/)!
		.slice(1)
		.map(Number);

describe('trade-asymmetry', () => {
	const { body: both } = render(TradeAsymmetry, {
		props: {
			input: { factbook: d.factbook, turnover: d.turnover, claims: d.claims },
			sources,
			years: asymmetryYears(d.turnover),
			grades: claimGrades(d.sources, d.claims),
			params: { year: 2009, table: false },
			onparams: () => {}
		}
	});
	const [narrow, body] = both.split('class="layout wide') as [string, string];
	/** x of 0% and px per point, from the first bar and the 640-wide plot's right edge (640 − 64). */
	const axis = (html: string, right: number) => {
		const x0 = Number(marks(html, 'rect', 'bar')[0]!.x);
		return { x0, k: (right - x0) / 70 };
	};
	it('draws four bars and two outlined bounds at the right lengths on a 0–70% axis', () => {
		const bars = marks(body, 'rect', 'bar');
		expect(bars).toHaveLength(6);
		const { k } = axis(body, 640 - 64);
		const solid = bars.filter((b) => !b.class!.includes('bound')).map((b) => Number(b.width));
		expect(solid[0]).toBeCloseTo(33.6 * k, 1);
		expect(solid[1]).toBeCloseTo(56.42 * k, 1);
		expect(solid[2]).toBeCloseTo(46.61 * k, 1);
		expect(solid[3]).toBeCloseTo(4.68 * k, 1);
		const bounds = bars.filter((b) => b.class!.includes('bound')).map((b) => Number(b.width));
		expect(bounds[0]).toBeCloseTo(4.01 * k, 1);
		expect(bounds[1]).toBeCloseTo(4.46 * k, 1);
	});
	it('marks both claims at 48% and 6%, hollow (their source is not found)', () => {
		const { x0, k } = axis(body, 640 - 64);
		const stars = marks(body, 'path', 'marker').filter((m) => m['data-shape'] === 'star');
		const xs = stars.map((s) => translate(s.transform)[0]!);
		expect(xs[0]).toBeCloseTo(x0 + 48 * k, 1);
		expect(xs[1]).toBeCloseTo(x0 + 6 * k, 1);
		expect(stars.every((s) => s.fill === 'var(--surface)')).toBe(true);
		expect(both).toContain('data-chart-id="trade-asymmetry"');
		expect(body).toContain('data-verdict="consistent"');
		expect(body).toContain('data-verdict="ruled out"');
		expect(body).toContain('Ruled out by both sides’ figures');
		expect(body).toContain('(4.01% × 303.4 + 4.46% × 191.8) / (303.4 + 191.8) = 4.18%');
	});
	it('keeps the grid off the group headings', () => {
		for (const html of [narrow, body]) {
			const groups = html.split('class="row-group"').slice(1);
			expect(groups).toHaveLength(2);
			for (const g of groups) {
				const head = Number(marks(g, 'text', 'group-label')[0]!.y);
				for (const l of marks(g, 'line', 'grid')) expect(Number(l.y1)).toBeGreaterThan(head + 8);
			}
		}
	});
	it('prerenders a 320-wide phone drawing with every value label and the claims', () => {
		expect(narrow).toMatch(/viewBox="0 0 320 \d+"/);
		for (const v of ['33.6%', '56.42%', '46.6%', '4.7%', '&lt; 4.01%', 'claim'])
			expect(narrow).toContain(v);
		expect(narrow).toContain('>Turnover<');
		expect(body).toContain('>Turnover (derived)<');
	});
});

describe('trade-share-timeline', () => {
	const { body } = render(TradeShareTimeline, {
		props: {
			input: { factbook: d.factbook, turnover: d.turnover, statements: d.shares },
			events,
			sources,
			series: SERIES
		}
	});
	it('draws one marker per Factbook year and per statement', () => {
		const fb = (flow: string) =>
			d.factbook.filter(
				(r) =>
					r.reporter === 'Belarus' &&
					r.partner === 'Russia' &&
					r.flow === flow &&
					r.measure === 'partner_share' &&
					r.basis === 'reported'
			).length;
		expect(fb('exports')).toBe(18);
		const turnover = d.turnover.filter((t) => t.reporter === 'Belarus').length;
		expect(marks(body, 'path', 'point')).toHaveLength(fb('exports') + fb('imports') + turnover);
		const statements = d.shares.filter(
			(s) => s.reporter === 'Belarus' && s.partner === 'Russia'
		).length;
		expect(marks(body, 'path', 'statement')).toHaveLength(statements);
	});
	it('places 2009 exports at 33.6% on a 0–80% axis', () => {
		// years 1992–2023 → domain 1992…2024 over 44…584 px; y 0–80% over 310…14 px
		const pts = marks(body, 'path', 'point').map((p) => translate(p.transform));
		const x2009 = 44 + ((2009.5 - 1992) / 32) * 540;
		const y336 = 310 - (33.6 / 80) * 296;
		expect(pts.some(([x, y]) => Math.abs(x! - x2009) < 0.01 && Math.abs(y! - y336) < 0.01)).toBe(
			true
		);
	});
	it('breaks the lines at missing years', () => {
		const exportsGroup = body.split('data-series="exports"')[1]!.split('</g>')[0]!;
		expect((exportsGroup.match(/<path d="M/g) ?? []).length).toBe(2);
	});
	it('draws the event layer', () => {
		expect(body).toContain('data-event-id="2004_gas"');
		expect(body).toContain('data-event-id="treaty-1999-12-08"');
	});
});

describe('trade-partners', () => {
	const years = partnerYears(d.factbook, 'exports');
	const props = (year: number, compare: number) => ({
		factbook: d.factbook,
		sources,
		years,
		params: { flow: 'exports' as const, year, compare, table: false },
		onparams: () => {}
	});
	const { body: both } = render(TradePartners, { props: props(2019, 2009) });
	const [narrow, body] = both.split('class="layout wide') as [string, string];
	it('draws a bar per listed partner and year on a 0–70% axis', () => {
		expect(marks(body, 'rect', 'a')).toHaveLength(3);
		expect(marks(body, 'rect', 'b')).toHaveLength(6);
		const a = marks(body, 'rect', 'a')[0]!;
		// 0–70% from the bars' start to 640 − 64
		expect(Number(a.width)).toBeCloseTo((42 / 70) * (576 - Number(a.x)), 2);
		expect(narrow).toContain('not in 2019 list');
	});
	it('is as tall as its rows: three rows without a comparison', () => {
		const { body: one } = render(TradePartners, { props: props(2019, 0) });
		const h = (html: string) =>
			Number(html.split('class="layout wide')[1]!.match(/viewBox="0 0 640 (\d+)"/)![1]);
		// 3 rows of 18 + 6, the axis below and a small top margin
		expect(h(one)).toBeLessThanOrEqual(3 * 24 + 40);
		// seven partners named in 2019 or 2009, each with two bars (30 + 6)
		expect(h(both)).toBeLessThanOrEqual(7 * 36 + 40);
	});
});

describe('trade-values', () => {
	const { body } = render(TradeValues, {
		props: { values: d.values, factbook: d.factbook, events, sources, flow: 'total' }
	});
	it('draws each figure and the 2023 gap', () => {
		expect(marks(body, 'path', 'value-point').length).toBeGreaterThan(20);
		expect(body).toContain('data-year="2023"');
		expect(body).toContain('gap $7.5 bn');
	});
});

describe('relations-timeline', () => {
	const { body } = render(RelationsTimeline, { props: { rows: d.timeline, sources } });
	it('draws every event, hollow where the day is not known', () => {
		const m = marks(body, 'path', 'event-mark');
		expect(m).toHaveLength(d.timeline.length);
		expect(m.filter((x) => x.fill === 'var(--surface)')).toHaveLength(
			d.timeline.filter((t) => t.date.precision !== 'day').length
		);
	});
});

import EnergyDisputes from './EnergyDisputes/View.svelte';
import GasPrice from './GasPrice/View.svelte';
import OilSources from './OilSources2020/View.svelte';
import OilCargoTimeline from './OilCargoTimeline/View.svelte';
import OilRoutesMap from './OilRoutesMap/View.svelte';
import { buildRoutesMap } from './OilRoutesMap/geo';

describe('energy-disputes', () => {
	const { body } = render(EnergyDisputes, { props: { rows: d.disputes, sources } });
	it('draws one range per phase, open ends with an arrow', () => {
		expect(marks(body, 'rect', 'phase')).toHaveLength(d.disputes.length);
		expect(marks(body, 'path', 'open-arrow')).toHaveLength(
			d.disputes.filter((r) => r.end_date === null).length
		);
		expect(marks(body, 'rect', 'approx').length).toBe(
			d.disputes.filter(
				(r) =>
					r.start_date.precision !== 'day' ||
					(r.end_date !== null && r.end_date.precision !== 'day')
			).length
		);
	});
	it('spans the 2016–17 dispute over fifteen months of the axis', () => {
		// 2002–2021 over 230…706 px → 25.05 px a year; Jan 2016 to 13 Apr 2017
		const row = body.split('data-dispute-id="2016_17_gas_oil"')[1]!;
		const rect = marks(row, 'rect', 'phase')[0]!;
		expect(Number(rect.x)).toBeCloseTo(230 + (2016 - 2002) * (476 / 19), 1);
		expect(Number(rect.width)).toBeCloseTo((1 + 103 / 365) * (476 / 19), 1);
	});
});

describe('gas-price', () => {
	const { body: both } = render(GasPrice, {
		props: { rows: d.gasPrices, events, sources, params: { table: false }, onparams: () => {} }
	});
	const [narrow, body] = both.split('class="layout wide') as [string, string];
	it('prerenders a phone layout 320 units wide and a wide one 640 wide', () => {
		expect(narrow).toContain('viewBox="0 0 320 264"');
		expect(body).toContain('viewBox="0 0 640 314"');
	});
	it('tells offers from forecasts by shape', () => {
		const shapes = (series: string) =>
			body
				.split(`data-series="${series}"`)
				.slice(1)
				.map((g) => (marks(g, 'path', 'marker')[0]?.d ?? '').slice(0, 3));
		expect(new Set(shapes('offer')).size).toBe(1);
		expect(shapes('offer')[0]).not.toBe(shapes('forecast')[0]);
	});
	it('draws a step per price and hollow markers for offers and forecasts', () => {
		expect(marks(body, 'line', 'price')).toHaveLength(
			d.gasPrices.filter((g) => g.series !== 'offer' && g.series !== 'forecast').length
		);
		expect(
			marks(body, 'path', 'marker').filter((m) => m.fill === 'var(--surface)').length
		).toBeGreaterThanOrEqual(2);
		expect(body).toContain('paid: $73');
	});
	it('puts the 2016 paid price at $73 on a $0–250 axis', () => {
		const paid = body.split('data-series="paid"')[1]!;
		const line = marks(paid, 'line', 'price')[0]!;
		// y: 0–250 over 284…14 px
		expect(Number(line.y1)).toBeCloseTo(284 - (73 / 250) * 270, 2);
	});
});

describe('oil-sources-2020', () => {
	const { body } = render(OilSources, {
		props: {
			rows: d.oil,
			sources,
			metric: 'tonnes',
			origins: ['Russia', 'Norway', 'Azerbaijan', 'Saudi Arabia', 'United States']
		}
	});
	it('draws Russia’s four periods and a segment per origin and status', () => {
		const segs = marks(body, 'rect', 'seg');
		expect(segs).toHaveLength(4 + 2 + 2 + 1 + 1);
		expect(segs.filter((s) => s['data-status'] !== 'confirmed')).toHaveLength(4);
	});
});

describe('oil-cargo-timeline', () => {
	const { body } = render(OilCargoTimeline, { props: { rows: d.oil, sources } });
	it('draws every cargo, hollow when only announced', () => {
		const cargoes = d.oil.filter((r) => r.kind === 'cargo' && r.volume_t !== null);
		expect((body.match(/<g class="cargo"/g) ?? []).length).toBe(cargoes.length);
		expect((body.match(/data-status="expected"/g) ?? []).length).toBe(
			cargoes.filter((r) => r.status !== 'confirmed').length
		);
		expect(body).toContain('755 kt');
		expect(body).toContain(
			'11 non-Russian cargoes documented in 2020, 2 of them announced but not confirmed'
		);
	});
});

describe('oil-routes-map', () => {
	const map = buildRoutesMap(d.places, d.oil);
	const { body } = render(OilRoutesMap, { props: { map, sources } });
	it('draws the countries, eight legs and the places', () => {
		expect((body.match(/data-leg="/g) ?? []).length).toBe(8);
		expect(body).toContain('data-country="Belarus"');
		expect(body).toContain('data-place="klaipeda"');
		expect(body).toContain('data-place="mozyr"');
		expect(body).toContain('from Beaumont, Texas');
	});
});
