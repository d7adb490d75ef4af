/** relations-timeline model and its rows layout on small fixed inputs. */
import { describe, expect, it } from 'vitest';
import type { TimelineRecord } from '$lib/data/datasets';
import type { PartialDate } from '$lib/data/schema';
import { tipOf } from '$lib/kit/model';
import { layoutRows } from '$lib/kit/timeRows';
import { relationsModel } from './model';

const ev = (date: PartialDate, category: TimelineRecord['category'], confidence = 'verified') =>
	({
		date,
		event: `event ${date.iso}`,
		category,
		kind: category,
		source_id: ['S1'],
		confidence,
		date_note: null
	}) as unknown as TimelineRecord;

describe('relationsModel', () => {
	const rows = [
		ev({ iso: '2009-05', precision: 'month' }, 'trade'),
		ev({ iso: '2009-06-06', precision: 'day' }, 'trade'),
		ev({ iso: '2023-05-25', precision: 'day' }, 'military', 'partial')
	];
	const m = relationsModel(rows, (ids) => ids.join('+'));
	it('spans a month-only date across its month and a day on its day', () => {
		const may = m.rows.find((e) => e.at.iso === '2009-05')!;
		const s = m.span(may);
		expect(s.t0).toBeCloseTo(2009 + 120 / 365, 6);
		expect(s.t1).toBeCloseTo(2009 + 151 / 365, 6);
		const june = m.rows.find((e) => e.at.iso === '2009-06-06')!;
		expect(m.span(june)).toEqual({ t0: june.t, t1: june.t });
	});
	it('gives the tooltip the date at its precision, the kind and the grade', () => {
		const tip = tipOf(m, m.rows[0]!);
		expect(tip.title).toBe('May 2009');
		expect(tip.lines).toContain('Kind: Trade & finance');
		expect(tipOf(m, m.rows[2]!).lines).toContain('Confidence: partial');
		expect(m.notes.join(' ')).toContain('dotted outline');
		expect(m.notes.join(' ')).toContain('Hollow markers: only the month is known');
	});
});

describe('layoutRows', () => {
	const x = (t: number) => (t - 2000) * 10; // 10 px a year
	const opts = { lane: 10, head: 20, minWidth: 8, gap: 1, x0: 0, x1: 300, top: 5 };
	it('stacks points of one row that would meet, keeps apart ones on one lane', () => {
		const l = layoutRows(
			[
				{ key: 'a', label: 'A' },
				{ key: 'b', label: 'B' }
			],
			[
				{ key: 'p1', row: 'a', spans: [{ t0: 2005, t1: 2005 }] },
				{ key: 'p2', row: 'a', spans: [{ t0: 2005.5, t1: 2005.5 }] },
				{ key: 'p3', row: 'a', spans: [{ t0: 2010, t1: 2010 }] },
				{ key: 'q1', row: 'b', spans: [{ t0: 2005, t1: 2005 }] }
			],
			x,
			opts
		);
		const lane = (k: string) => l.items.get(k)!.lane;
		expect([lane('p1'), lane('p2'), lane('p3'), lane('q1')]).toEqual([0, 1, 0, 0]);
		expect(l.rows.map((r) => [r.top, r.lanes])).toEqual([
			[5, 2],
			[45, 1]
		]);
		expect(l.items.get('p2')!.y).toBe(5 + 20 + 10 + 5);
		expect(l.height).toBe(2 * 20 + 3 * 10);
	});
	it('gives labels room on the lane, on the left when the right is full, short when it must', () => {
		const l = layoutRows(
			[{ key: 'a', label: 'A' }],
			[
				{ key: 'r1', row: 'a', spans: [{ t0: 2001, t1: 2002 }], label: 'Long label here' },
				{ key: 'r2', row: 'a', spans: [{ t0: 2029, t1: 2029.2 }], label: 'At the end' },
				{
					key: 'r3',
					row: 'a',
					spans: [{ t0: 2014, t1: 2015 }],
					label: 'A label far too wide for the whole drawing of three hundred px',
					short: 'short'
				}
			],
			x,
			opts
		);
		const r1 = l.items.get('r1')!;
		expect(r1.label).toMatchObject({ anchor: 'start', x: 24, text: 'Long label here' });
		expect(l.items.get('r2')!.label).toMatchObject({ anchor: 'end', x: 286 });
		expect(l.items.get('r3')!.label).toMatchObject({ text: 'short' });
		// a one-year span at 10 px a year is drawn at its width; the labels share one lane
		expect(r1.x1 - r1.x0).toBe(10);
		expect(l.rows[0]!.lanes).toBe(1);
	});
});
