/**
 * Server-rendered SVG of each chart, checked by geometry: how many marks, and where. Runs on the
 * committed data at the default width of 720 px, the size every chart is prerendered at.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/server/data';
import { indexSources } from './sources';
import { buildEvents, disputeLabel, disputeShortLabel } from './events/events';
import TradeAsymmetry from './TradeAsymmetry/View.svelte';
import TradeShareTimeline from './TradeShareTimeline/View.svelte';
import TradePartners from './TradePartners/View.svelte';
import TradeValues from './TradeValues/View.svelte';
import RelationsTimeline from './RelationsTimeline/View.svelte';
import { SERIES } from './TradeShareTimeline/prepare';
import { asymmetryYears } from './TradeAsymmetry/prepare';
import { claimGrades } from './TradeAsymmetry/model';
import { partnerYears } from './TradePartners/prepare';
import { textWidth } from '$lib/kit/text';

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
	const [narrow, body] = both.split('data-layout="wide"') as [string, string];
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
		expect(body).toContain('data-verdict="differs"');
		expect(body).not.toContain('Ruled out');
		expect(body).toContain('56.42% × 28.32 / 303.4 = 5.27%');
		// the contradicted bound is drawn with the partner's figure beside it, and the turnover bar
		// computed from Belarus's report says so
		expect(body).toContain('class="bar bound contradicted"');
		expect(body).toContain('class="partner-report"');
		expect(body).toContain('4.7% (from the partner’s report)');
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
		for (const v of ['33.6%', '56.42%', '46.6%', '4.7%', '5.27% by partner', '&lt; 4.46%', 'claim'])
			expect(narrow).toContain(v);
		expect(narrow).toContain('>Turnover<');
		expect(body).toContain('>Turnover (derived)<');
	});
});

describe('trade-share-timeline', () => {
	const { body: both } = render(TradeShareTimeline, {
		props: {
			input: { factbook: d.factbook, turnover: d.turnover, statements: d.shares },
			events,
			sources,
			params: { series: SERIES, table: false, events: true },
			onparams: () => {}
		}
	});
	const [narrow, body] = both.split('data-layout="wide"') as [string, string];
	const statements = d.shares.filter((s) => s.reporter === 'Belarus' && s.partner === 'Russia');
	it('prerenders a phone layout 320 units wide and a wide one 640 wide', () => {
		expect(narrow).toContain('viewBox="0 0 320 264"');
		expect(body).toContain('viewBox="0 0 640 314"');
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
		for (const html of [narrow, body]) {
			expect(marks(html, 'path', 'point')).toHaveLength(fb('exports') + fb('imports') + turnover);
			expect(marks(html, 'path', 'statement')).toHaveLength(statements.length);
		}
	});
	it('never draws a statement in a shape a line uses', () => {
		const line = new Set(marks(body, 'path', 'point').map((m) => m['data-shape']));
		const stated = new Set(marks(body, 'path', 'statement').map((m) => m['data-shape']));
		expect([...line].sort()).toEqual(['circle', 'square', 'triangle']);
		expect([...stated].sort()).toEqual(['diamond', 'star']);
	});
	it('outlines the statements graded below "verified" with dots', () => {
		const dotted = marks(body, 'g', 'statement-mark').filter(
			(g) => g['stroke-dasharray'] === '2 2'
		);
		expect(dotted.map((g) => g['data-confidence']).sort()).toEqual(
			statements
				.filter((s) => s.confidence !== 'verified')
				.map((s) => s.confidence)
				.sort()
		);
		expect(dotted.length).toBe(6);
	});
	it('places 2009 exports at 33.6% on a 0–80% axis, wide and narrow', () => {
		// wide: domain 1992…2024 over 52…512 px, 0–80% over 284…14 px
		// narrow: over 40…258 units, 0–80% over 234…14
		for (const [html, l, r, b, h] of [
			[body, 52, 512, 284, 270],
			[narrow, 40, 258, 234, 220]
		] as const) {
			const pts = marks(html, 'path', 'point').map((p) => translate(p.transform));
			const x = l + ((2009.5 - 1992) / 32) * (r - l);
			const y = b - (33.6 / 80) * h;
			// positions are drawn to a tenth of a unit (src/lib/kit/round.ts)
			expect(pts.some(([px, py]) => Math.abs(px! - x) <= 0.05 && Math.abs(py! - y) <= 0.05)).toBe(
				true
			);
		}
	});
	it('breaks the lines at missing years and where coverage changes', () => {
		const group = (s: string) =>
			body.split(`class="series" data-series="${s}"`)[1]!.split('</g>')[0]!;
		// exports: 2002–2012 and 2014–2017 are joined; 1998, 2000 and 2019 stand alone
		expect(marks(group('exports'), 'path', 'run')).toHaveLength(2);
		// turnover 2019 (mixed coverage) is never joined to a goods-only year
		const runs = marks(group('turnover'), 'path', 'run').map((p) => p.d!);
		const x2019 = String(Math.round((52 + ((2019.5 - 1992) / 32) * 460) * 10) / 10);
		// the 2019 point itself is drawn there, but in no joined run
		expect(body).toContain(x2019);
		expect(runs.some((d) => d.includes(x2019))).toBe(false);
	});
	it('labels each line at its end, inside the drawing, shorter on a phone', () => {
		const label = (html: string, key: string) =>
			html.split(`data-label="${key}"`)[1]!.split('</text>')[0]!.split('>')[1];
		expect(label(body, 'end-turnover')).toBe('Turnover (derived)');
		expect(label(narrow, 'end-turnover')).toBe('Turnover');
		for (const [html, w] of [
			[narrow, 320],
			[body, 640]
		] as const)
			for (const key of ['end-exports', 'end-imports', 'end-turnover']) {
				const t = marks(html, 'text', 'kit-label').find((m) => m['data-label'] === key)!;
				const text = label(html, key)!;
				expect(Number(t.x) + textWidth(text, 12, true)).toBeLessThanOrEqual(w);
			}
	});
	it('draws the event layer and names events only where they fit', () => {
		expect(body).toContain('data-event-id="2004_gas"');
		expect(body).toContain('data-event-id="treaty-1999-12-08"');
		const named = marks(body, 'text', 'kit-label').filter((m) =>
			m['data-label']!.startsWith('event-')
		);
		expect(named.length).toBeGreaterThan(2);
		expect(named.length).toBeLessThan(events.length);
	});
});

describe('trade-partners', () => {
	const years = partnerYears(d.factbook, 'exports');
	const props = (year: number, compare: number) => ({
		factbook: d.factbook,
		sources,
		years: { exports: years, imports: partnerYears(d.factbook, 'imports') },
		params: { flow: 'exports' as const, year, compare, table: false },
		onparams: () => {}
	});
	const { body: both } = render(TradePartners, { props: props(2019, 2009) });
	const [narrow, body] = both.split('data-layout="wide"') as [string, string];
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
			Number(html.split('data-layout="wide"')[1]!.match(/viewBox="0 0 640 (\d+)"/)![1]);
		// 3 rows of 18 + 6, the axis below and a small top margin
		expect(h(one)).toBeLessThanOrEqual(3 * 24 + 40);
		// seven partners named in 2019 or 2009, each with two bars (30 + 6)
		expect(h(both)).toBeLessThanOrEqual(7 * 36 + 40);
	});
});

describe('trade-values', () => {
	const { body: both } = render(TradeValues, {
		props: {
			values: d.values,
			factbook: d.factbook,
			events,
			sources,
			params: { flow: 'total', table: false, events: true },
			onparams: () => {}
		}
	});
	const [narrow, body] = both.split('data-layout="wide"') as [string, string];
	it('draws each figure and the 2023 gap, labelled off the markers, wide and narrow', () => {
		for (const [html, w] of [
			[narrow, 320],
			[body, 640]
		] as const) {
			const pts = marks(html, 'path', 'value-point').map((p) => translate(p.transform));
			expect(pts.length).toBeGreaterThan(20);
			expect(html).toContain('class="gap" data-year="2023"');
			const label = marks(html, 'text', 'kit-label').find((m) => m['data-label'] === 'gap-2023')!;
			const text = html.split('data-label="gap-2023"')[1]!.split('</text>')[0]!.split('>')[1]!;
			// the Russian figure is "over $46.5 bln": the gap to Belarus's $54 bln is under $7.5 bn
			expect(text).toBe('gap under $7.5 bn');
			const x1 = Number(label.x);
			const x0 = x1 - textWidth(text, 12, true);
			const y = Number(label.y);
			expect(x0).toBeGreaterThanOrEqual(0);
			expect(x1).toBeLessThanOrEqual(w);
			// no marker (half-size 4.5 plus a pixel) within the label's box
			for (const [px, py] of pts)
				expect(
					px! > x0 - 6 && px! < x1 + 6 && py! > y - 7.2 - 6 && py! < y + 7.2 + 6,
					`marker at ${px},${py} under the gap label`
				).toBe(false);
		}
	});
	it('outlines the figures graded below "verified" with dots', () => {
		const dotted = marks(body, 'g', 'value-mark').filter((g) => g['stroke-dasharray'] === '2 2');
		const partial = d.values.filter(
			(v) =>
				v.flow === 'total' &&
				v.period === 'calendar year' &&
				v.partner !== 'World' &&
				v.confidence !== 'verified'
		);
		expect(dotted.map((g) => g['data-year']).sort()).toEqual(
			partial.map((v) => String(v.year)).sort()
		);
		expect(dotted.length).toBe(2);
	});
});

describe('relations-timeline', () => {
	const { body: both } = render(RelationsTimeline, {
		props: { rows: d.timeline, sources, params: { focus: 'all', table: false }, onparams: () => {} }
	});
	const [narrow, body] = both.split('data-layout="wide"') as [string, string];
	it('draws every event, hollow where the day is not known, bracketed across its month', () => {
		const m = marks(body, 'path', 'event-mark');
		expect(m).toHaveLength(d.timeline.length);
		const monthOnly = d.timeline.filter((t) => t.date.precision !== 'day').length;
		expect(m.filter((x) => x.fill === 'var(--surface)')).toHaveLength(monthOnly);
		expect((body.match(/class="date-span month/g) ?? []).length).toBe(monthOnly);
		expect(marks(body, 'circle', 'unverified-ring')).toHaveLength(
			d.timeline.filter((t) => t.confidence !== 'verified').length
		);
	});
	it('stacks markers of a row that would meet, in both layouts', () => {
		for (const html of [narrow, body]) {
			const pos = marks(html, 'path', 'event-mark').map((m) => translate(m.transform));
			for (let i = 0; i < pos.length; i++)
				for (let j = i + 1; j < pos.length; j++) {
					const [a, b] = [pos[i]!, pos[j]!];
					const apart = Math.abs(a[0]! - b[0]!) >= 13 || Math.abs(a[1]! - b[1]!) >= 13;
					expect(apart, `markers ${i} and ${j} overlap`).toBe(true);
				}
		}
		// the phone layout needs more lanes than the wide one
		expect(narrow).toContain('data-lane="1"');
	});
});

import EnergyDisputes from './EnergyDisputes/View.svelte';
import GasPrice from './GasPrice/View.svelte';
import OilSources from './OilSources2020/View.svelte';
import OilCargoTimeline from './OilCargoTimeline/View.svelte';
import OilRoutesMap from './OilRoutesMap/View.svelte';
import { buildRoutesMap } from './OilRoutesMap/geo';
import { withoutYear } from './EnergyDisputes/model';

describe('energy-disputes', () => {
	const { body: both } = render(EnergyDisputes, {
		props: { rows: d.disputes, sources, params: { table: false }, onparams: () => {} }
	});
	const [narrow, body] = both.split('data-layout="wide"') as [string, string];
	it('draws one span per phase, open ends with an arrow, dashed months, dotted weak rows', () => {
		expect((body.match(/class="date-span phase/g) ?? []).length).toBe(d.disputes.length);
		expect(marks(body, 'path', 'open-end')).toHaveLength(
			d.disputes.filter((r) => r.end_date === null).length
		);
		expect(marks(body, 'rect', 'fuzzy').length).toBe(
			d.disputes.filter((r) => r.start_date.precision !== 'day').length +
				d.disputes.filter((r) => r.end_date !== null && r.end_date.precision !== 'day').length
		);
		expect((body.match(/class="date-span phase unverified"/g) ?? []).length).toBe(
			d.disputes.filter((r) => r.confidence !== 'verified').length
		);
	});
	it('labels every dispute, in full on a wide screen, with its length', () => {
		const ids = new Set(d.disputes.map((r) => r.dispute_id));
		expect((body.match(/class="kit-label /g) ?? []).length).toBe(ids.size);
		expect((narrow.match(/class="kit-label /g) ?? []).length).toBe(ids.size);
		expect(body).toContain('>Gas debt ultimatum: 3 days<');
		expect(body).toContain('>Gas and oil dispute: 14–15 months<');
		expect(body).toContain('>Beltransgaz sold to Gazprom: a deal<');
		expect(body).not.toContain('…');
	});
	it('names every dispute on a phone too: a label never says a length without its name', () => {
		const texts = [...narrow.matchAll(/class="kit-label [^"]*"[^>]*>([^<]+)</g)].map((m) => m[1]!);
		const ids = [...new Set(d.disputes.map((r) => r.dispute_id))];
		for (const id of ids) {
			const [name, short] = [withoutYear(disputeLabel(id)), disputeShortLabel(id)];
			expect(
				texts.some((t) => t === name || t === short || t.startsWith(`${name}: `)),
				name
			).toBe(true);
		}
		expect(texts).toHaveLength(ids.length);
	});
	it('never draws a phase narrower than 6 px, and spans 2016–17 over fifteen months', () => {
		for (const html of [narrow, body])
			for (const r of marks(html, 'rect', 'solid'))
				expect(Number(r.width)).toBeGreaterThanOrEqual(6);
		const row = body.split('data-dispute-id="2016_17_gas_oil"')[1]!;
		const [month, ...rest] = marks(row, 'rect', 'fuzzy');
		const solid = marks(row, 'rect', 'solid')[0]!;
		// Jan 2016 dashed; solid from 1 Feb 2016 to the end of 13 Apr 2017
		expect(rest).toHaveLength(0);
		const perYear = (Number(solid.x) + Number(solid.width) - Number(month!.x)) / (1 + 103 / 365);
		expect(perYear).toBeCloseTo((640 - 22 - 14) / 19, 1);
		// each end is drawn to a tenth of a unit, so the width to within two tenths
		expect(Math.abs(Number(solid.x) - Number(month!.x) - (31 / 366) * perYear)).toBeLessThanOrEqual(
			0.1
		);
		// the month is drawn at least 6 px wide though January is under 3 px on this axis
		expect(Number(month!.width)).toBe(6);
	});
});

describe('gas-price', () => {
	const { body: both } = render(GasPrice, {
		props: {
			rows: d.gasPrices,
			events,
			sources,
			params: { table: false, events: true },
			onparams: () => {}
		}
	});
	const [narrow, body] = both.split('data-layout="wide"') as [string, string];
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
		expect(Math.abs(Number(line.y1) - (284 - (73 / 250) * 270))).toBeLessThanOrEqual(0.05);
	});
});

describe('oil-sources-2020', () => {
	const ALL = ['Russia', 'Norway', 'Azerbaijan', 'Saudi Arabia', 'United States'] as const;
	const draw = (metric: 'tonnes' | 'share' | 'cargoes', origins: readonly string[]) =>
		render(OilSources, {
			props: {
				rows: d.oil,
				sources,
				params: { metric, origins: origins as never, table: false },
				onparams: () => {}
			}
		}).body.split('data-layout="wide"') as [string, string];
	const [narrow, body] = draw('tonnes', ALL);
	const both = (b: string) => narrow + b;
	it('draws Russia’s four periods and a segment per origin and status, unconfirmed hollow', () => {
		const segs = marks(body, 'rect', 'seg');
		expect(segs).toHaveLength(4 + 2 + 2 + 1 + 1);
		const open = segs.filter((s) => s['data-status'] !== 'confirmed');
		expect(open).toHaveLength(4);
		expect(open.every((s) => s.fill === 'var(--surface)')).toBe(true);
		// the announced Norwegian cargo is graded "partial": dotted outline
		expect(marks(body, 'rect', 'unverified')).toHaveLength(1);
		expect(marks(body, 'rect', 'unverified')[0]!['stroke-dasharray']).toBe('2 2');
	});
	it('keeps arrived and announced apart in the labels, short on a phone', () => {
		expect(body).toContain('>435 kt + 85 kt announced<');
		expect(body).toContain('>2.6 Mt + 2.2 Mt planned<');
		// the long Russian bar leaves less room on a phone: the short form, still not added up
		expect(narrow).toContain('>2.6 Mt + 2.2 Mt<');
		expect(narrow).toContain('>435 kt + 85 kt announced<');
		expect(both(body)).not.toMatch(/>(520 kt|4\.8 Mt)</);
	});
	it('fits every label inside the drawing, the SOCAR tick at 720 kt', () => {
		for (const [html, width] of [
			[narrow, 320],
			[body, 640]
		] as const) {
			const scale = html.match(/viewBox="0 0 (\d+) (\d+)"/)!;
			expect(Number(scale[1])).toBe(width);
			const labels = marks(html, 'text', 'kit-label');
			expect(labels.length).toBeGreaterThanOrEqual(6);
			const ref = labels.find((l) => l['data-label'] === 'ref-Azerbaijan')!;
			expect(ref).toBeDefined();
			const tick = Number(marks(html, 'line', 'ref-line')[0]!.x1);
			// the label stays under its tick, kept whole inside the drawing
			const text = html.split('data-label="ref-Azerbaijan"')[1]!.split('>')[1]!.split('<')[0]!;
			expect(text).toBe('SOCAR: Azerbaijani oil delivered in 2020: 720 kt');
			const w = textWidth(text, 12);
			expect(tick).toBeGreaterThan(Number(ref.x) - w / 2);
			expect(tick).toBeLessThan(Number(ref.x) + w / 2);
			expect(Number(ref.x) + w / 2).toBeLessThanOrEqual(width);
			for (const l of labels) expect(Number(l.x)).toBeLessThanOrEqual(width);
		}
	});
	it('sizes its height by its rows: one origin, one band', () => {
		const [one] = draw('share', ['Azerbaijan']);
		const [all] = draw('share', ALL);
		const h = (html: string) => Number(html.match(/viewBox="0 0 320 (\d+)"/)![1]);
		// 28 px bands and a 6 px gap per row, plus the axis
		expect(h(all) - h(one)).toBe(4 * 34);
		expect(h(one)).toBeLessThan(80);
	});
});

describe('oil-cargo-timeline', () => {
	const { body: both } = render(OilCargoTimeline, {
		props: { rows: d.oil, sources, params: { table: false }, onparams: () => {} }
	});
	const [narrow, body] = both.split('data-layout="wide"') as [string, string];
	it('draws every cargo, hollow when only announced, boxed across the month when month-only', () => {
		const cargoes = d.oil.filter((r) => r.kind === 'cargo' && r.volume_t !== null);
		expect((body.match(/<g class="cargo"/g) ?? []).length).toBe(cargoes.length);
		expect((body.match(/data-status="expected"/g) ?? []).length).toBe(
			cargoes.filter((r) => r.status !== 'confirmed').length
		);
		expect((body.match(/data-precision="month"/g) ?? []).length).toBe(
			cargoes.filter((r) => r.date_start.precision !== 'day').length
		);
		expect((body.match(/stroke-dasharray="2 2"/g) ?? []).length).toBe(
			cargoes.filter((r) => r.confidence !== 'verified').length
		);
		expect(body).toContain('data-label="cum-total"');
		expect(body).toContain('>755 kt<');
		expect(body).toContain('>Non-Russian crude arrived, cumulative<');
		expect(narrow).toContain('>755 kt<');
		expect(body).toContain(
			'11 non-Russian cargoes documented in 2020, 2 of them announced but not confirmed'
		);
	});
});

describe('oil-routes-map', () => {
	const map = buildRoutesMap(d.places, d.oil);
	const { body: both } = render(OilRoutesMap, {
		props: { map, sources, params: { table: false }, onparams: () => {} }
	});
	const [narrow, body] = both.split('data-layout="wide"') as [string, string];
	it('draws the countries, eight legs and the places', () => {
		expect((body.match(/data-leg="/g) ?? []).length).toBe(8);
		expect(body).toContain('>Mozyr<');
		expect(body).toContain('data-country="Belarus"');
		expect(body).toContain('data-place="klaipeda"');
		expect(body).toContain('data-place="mozyr"');
		expect(body).toContain('from Beaumont, Texas');
	});
	it('scales the projected map into the frame, keeping its aspect ratio', () => {
		// 720 × 560 projected units into 312 (narrow) and 632 (wide) px, 20 px above and below
		expect(narrow).toContain('viewBox="0 0 320 283"');
		expect(narrow).toMatch(/class="map" transform="translate\(4,20\) scale\(0\.4333/);
		expect(body).toContain('viewBox="0 0 640 532"');
	});
	it('draws place names in frame pixels, at 12 px, outside the scaled map', () => {
		const inMap = narrow.split('class="map"')[1]!.split('</g></g>')[0]!;
		expect(inMap).not.toContain('<text');
		const names = marks(narrow, 'text', 'kit-label');
		const name = (k: string) => names.find((n) => n['data-label'] === k);
		expect(name('place-klaipeda')?.['font-size']).toBe('12');
		// every place and both origins off the map keep their name on a phone
		for (const k of ['naftan', 'mozyr', 'klaipeda', 'odesa-yuzhny', 'norway', 'brody'])
			expect(name(`place-${k}`), k).toBeDefined();
		expect(narrow).toContain('>from Beaumont, Texas (off the map)<');
		expect(narrow).toContain('>from Saudi Arabia (off the map)<');
	});
	it('outlines the announced tonnes and dots the leg graded below verified', () => {
		const casing = marks(body, 'path', 'casing');
		expect(casing).toHaveLength(map.legs.filter((l) => l.expectedT > 0).length);
		expect(casing.filter((c) => c['stroke-dasharray'] === '2 2')).toHaveLength(2);
	});
});
