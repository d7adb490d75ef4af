import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels } from './labels';
import { textWidth, wrapText } from './text';
import { frameFor, layoutFor, NARROW_WIDTH } from './layout';
import { chartParams, flatSpecs, readCharts, upgradeQuery, writeCharts } from './params';
import { boolParam, intParam } from '$lib/state/url';
import { tableOf, tipOf, type ChartModel } from './model';
import { yearTicks } from './ticks';
import { spanPieces } from './honesty';
import { eventArrowBoxes, eventLabelItems, eventShortLabel, pointBoxes } from './marks';

const bounds = { x0: 0, y0: 0, x1: 300, y1: 100 };

describe('placeLabels', () => {
	it('keeps a label that fits where it asked', () => {
		const p = placeLabels([{ key: 'a', x: 10, y: 50, text: 'Exports' }], bounds);
		expect(p.placed[0]).toMatchObject({ key: 'a', x: 10, y: 50, text: 'Exports' });
		expect(p.dropped).toEqual([]);
	});
	it('slides a label back inside the drawing instead of cutting it', () => {
		const p = placeLabels([{ key: 'a', x: 290, y: 50, text: 'Turnover share' }], bounds);
		const l = p.placed[0]!;
		expect(l.box.x1).toBeLessThanOrEqual(300);
		expect(l.text).toBe('Turnover share');
	});
	it('moves the less important of two colliding labels, never both onto each other', () => {
		const p = placeLabels(
			[
				{ key: 'low', x: 10, y: 50, text: 'Imports', priority: 1 },
				{ key: 'high', x: 10, y: 50, text: 'Exports', priority: 5 }
			],
			bounds
		);
		const high = p.placed.find((l) => l.key === 'high')!;
		const low = p.placed.find((l) => l.key === 'low')!;
		expect(high.y).toBe(50);
		expect(low.y).not.toBe(50);
		expect(overlaps(high.box, low.box)).toBe(false);
	});
	it('switches to the short text, then drops the least important label', () => {
		const tight = { x0: 0, y0: 0, x1: 80, y1: 16 };
		const p = placeLabels(
			[
				{ key: 'a', x: 0, y: 8, text: 'Russia in Belarus’s trade', short: 'Russia', priority: 2 },
				{ key: 'b', x: 0, y: 8, text: 'Belarus', priority: 1 }
			],
			tight
		);
		expect(p.placed.map((l) => [l.key, l.text])).toEqual([['a', 'Russia']]);
		expect(p.dropped).toEqual(['b']);
	});
	it('keeps off obstacles', () => {
		const p = placeLabels([{ key: 'a', x: 10, y: 50, text: 'gap', nudge: true }], bounds, [
			{ x0: 0, y0: 40, x1: 60, y1: 60 }
		]);
		expect(overlaps(p.placed[0]!.box, { x0: 0, y0: 40, x1: 60, y1: 60 })).toBe(false);
	});
});

describe('text', () => {
	it('estimates wider text for more and wider characters', () => {
		expect(textWidth('MMMM', 12)).toBeGreaterThan(textWidth('iiii', 12));
		expect(textWidth('2009', 12)).toBeCloseTo(4 * 0.62 * 12);
	});
	it('wraps an address at its separators and loses no character', () => {
		const url =
			'https://atlas.example/oil?oil.metric=share&oil.origins=Norway,Azerbaijan&cargo.table=1';
		const lines = wrapText(url, 160, 12);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join('')).toBe(url);
		for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(160);
	});
	it('wraps prose at spaces', () => {
		expect(wrapText('one two three four', 60, 12)).toEqual(['one two', 'three four']);
	});
});

describe('layout', () => {
	it('gives a phone column the narrow drawing and a desktop column its own width', () => {
		expect(layoutFor(358)).toEqual({ narrow: true, width: NARROW_WIDTH });
		expect(layoutFor(1040)).toEqual({ narrow: false, width: 1040 });
	});
	it('derives the height from the plot height and margins', () => {
		const f = frameFor(
			{ margin: (n) => ({ top: 10, right: 10, bottom: 30, left: n ? 40 : 60 }), plotHeight: 200 },
			360,
			true
		);
		expect(f).toMatchObject({ height: 240, left: 40, right: 350, top: 10, bottom: 210 });
	});
	it('thins year ticks on a narrow axis', () => {
		const wide = yearTicks(1992, 2023, (y) => (y - 1992) * 40);
		const narrow = yearTicks(1992, 2023, (y) => (y - 1992) * 9);
		expect(narrow.length).toBeLessThan(wide.length);
		expect(narrow.every((t) => t.value % 5 === 0 || t.value % 10 === 0)).toBe(true);
	});
});

describe('chart parameters', () => {
	const partners = chartParams(
		'partners',
		{ year: intParam(2019, [2005, 2019]), table: boolParam(false) },
		{ pyear: 'year', ptable: 'table' }
	);
	const asym = chartParams('asym', { year: intParam(2009, [2009, 2016]) }, { year: 'year' });
	it('reads old names and writes the new ones, keeping unknown parameters', () => {
		const q = new URLSearchParams('year=2016&pyear=2005&utm=x');
		const state = readCharts([asym, partners], {}, q);
		expect(state['asym.year']).toBe(2016);
		expect(state['partners.year']).toBe(2005);
		expect(writeCharts([asym, partners], {}, state, q).toString()).toBe(
			'utm=x&asym.year=2016&partners.year=2005'
		);
	});
	it('prefers the current name over an old one', () => {
		const q = upgradeQuery([partners], new URLSearchParams('pyear=2005&partners.year=2019'));
		expect(q.get('partners.year')).toBe('2019');
		expect(q.has('pyear')).toBe(false);
	});
	it('gives an old page-wide name to every chart that took it over', () => {
		const a = chartParams('a', { events: boolParam(true) }, { events: 'events' });
		const b = chartParams('b', { events: boolParam(true) }, { events: 'events' });
		const q = upgradeQuery([a, b], new URLSearchParams('events=0'));
		expect(q.toString()).toBe('a.events=0&b.events=0');
	});
	it('falls back to defaults for tampered values', () => {
		const s = readCharts([partners], {}, new URLSearchParams('partners.year=<script>'));
		expect(s['partners.year']).toBe(2019);
	});
	it('refuses two charts with one name on a page', () => {
		expect(() => flatSpecs([partners, partners])).toThrow(/partners.year/);
	});
});

describe('model', () => {
	interface R {
		year: number;
		share: number | null;
		src: string;
	}
	const model: ChartModel<R> = {
		rows: [
			{ year: 2009, share: 46.61, src: 'CIA' },
			{ year: 2010, share: null, src: 'CIA' }
		],
		columns: [
			{ key: 'year', label: 'Year', value: (r) => r.year },
			{ key: 'share', label: 'Share', unit: '%', value: (r) => r.share, format: (v) => `${v}%` },
			{ key: 'src', label: 'Source', value: (r) => r.src, tableOnly: true }
		],
		key: (r) => String(r.year),
		sourceIds: ['CIA'],
		notes: [],
		description: ''
	};
	it('makes tooltip and table from the same columns', () => {
		expect(tipOf(model, model.rows[0]!)).toEqual({ title: '2009', lines: ['Share: 46.61%'] });
		expect(tipOf(model, model.rows[1]!).lines).toEqual(['Share: —']);
		const t = tableOf(model);
		expect(t.rows[0]).toEqual({ year: 2009, share: 46.61, src: 'CIA' });
		expect(t.columns[1]!.format!(46.61, t.rows[0]!)).toBe('46.61%');
	});
});

describe('spanPieces', () => {
	const day = (iso: string) => ({ iso, precision: 'day' as const });
	const month = (iso: string) => ({ iso, precision: 'month' as const });
	it('draws a day-precise span solid, from its first to its last day', () => {
		const p = spanPieces(day('2010-01-01'), day('2010-01-03'));
		expect(p.fuzzy).toEqual([]);
		expect(p.solid![0]).toBeCloseTo(2010, 6);
		expect(p.solid![1]).toBeCloseTo(2010 + 3 / 365, 6);
	});
	it('dashes a month-only end across its whole month, never a day', () => {
		const p = spanPieces(day('2010-01-08'), month('2010-06'));
		expect(p.fuzzy).toHaveLength(1);
		expect(p.fuzzy[0]![0]).toBeCloseTo(2010 + 151 / 365, 6);
		expect(p.fuzzy[0]![1]).toBeCloseTo(2010 + 181 / 365, 6);
		expect(p.solid![1]).toBeCloseTo(p.fuzzy[0]![0], 6);
	});
	it('leaves a span with no end open', () => {
		const p = spanPieces(month('2020-01'), null);
		expect(p.open).toBe(true);
		expect(p.fuzzy).toHaveLength(1);
	});
});

describe('event labels', () => {
	const ev = (
		id: string,
		kind: 'dispute' | 'treaty',
		label: string,
		start: number,
		end: number | null
	) => ({
		id,
		kind,
		label,
		start,
		end,
		when: '',
		sourceIds: []
	});
	it('names a dispute without its year and a treaty by its title', () => {
		expect(eventShortLabel(ev('a', 'dispute', 'Gas cut-off (2004)', 2004.1, 2004.2))).toBe(
			'Gas cut-off'
		);
		expect(
			eventShortLabel(
				ev(
					'b',
					'treaty',
					'Treaty on the Eurasian Economic Union signed in Astana (in force 1 Jan 2015)',
					2014.4,
					null
				)
			)
		).toBe('Treaty on the Eurasian Economic Union');
	});
	it('keeps names of events in view, disputes first, off the open-end arrows', () => {
		const events = [
			ev('t', 'treaty', 'Union decree: programmes', 2010, null),
			ev('d', 'dispute', 'Oil cut (2013)', 2013, null),
			ev('old', 'dispute', 'Old row (1980)', 1980, 1981)
		];
		const x = (y: number) => (y - 2000) * 20;
		const items = eventLabelItems(events, [2000, 2020], x, 10);
		expect(items.map((i) => [i.key, i.text, i.priority])).toEqual([
			['event-t', 'Union decree', -2],
			['event-d', 'Oil cut', -1]
		]);
		const arrows = eventArrowBoxes(events, [2000, 2020], x, 10);
		const { placed } = placeLabels(items, { x0: 0, y0: 10, x1: 400, y1: 60 }, arrows);
		for (const l of placed) for (const a of arrows) expect(overlaps(l.box, a)).toBe(false);
		expect(pointBoxes([{ x: 10, y: 20 }], 5)).toEqual([{ x0: 5, y0: 15, x1: 15, y1: 25 }]);
	});
});
