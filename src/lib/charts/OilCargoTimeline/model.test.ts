/** oil-cargo-timeline model on small fixed inputs: the running total and the table. */
import { describe, expect, it } from 'vitest';
import type { OilRecord } from '$lib/data/datasets';
import { oilRow } from '$lib/data/testRows';
import type { PartialDate } from '$lib/data/schema';
import { loadAll } from '$lib/server/data';
import { fractionalYearEnd, fractionalYearStart } from '../format';
import { tableOf, tipOf } from '$lib/kit/model';
import { monthTicks } from '$lib/kit/monthTicks';
import { cargoModel, dayDated } from './model';

const cargo = (
	date: PartialDate,
	origin: string,
	t: number,
	extra: Partial<OilRecord> = {}
): OilRecord =>
	oilRow({
		date_start: date,
		event: 'cargo',
		origin,
		origin_as_stated: origin,
		volume_t: t,
		...extra
	});

describe('cargoModel', () => {
	const apr: PartialDate = { iso: '2020-04', precision: 'month' };
	const rows = [
		cargo({ iso: '2020-01-23', precision: 'day' }, 'Norway', 80000),
		cargo(apr, 'Azerbaijan', 85000),
		cargo(apr, 'Norway', 85000, { status: 'expected', confidence: 'partial' }),
		cargo({ iso: '2020-03-15', precision: 'day' }, 'Russia', 80000)
	];
	const m = cargoModel(rows, (ids) => ids.join('+'));
	it('counts confirmed non-Russian arrivals: on the day, or across the month', () => {
		expect(m.total).toBe(165000);
		expect(m.rises.map((r) => [r.from, r.to])).toEqual([
			[0, 80000],
			[80000, 165000]
		]);
		const [jan, april] = m.rises;
		expect(jan!.t0).toBe(jan!.t1);
		expect(april!.t0).toBeCloseTo(fractionalYearStart(apr), 9);
		expect(april!.t1).toBeCloseTo(fractionalYearEnd(apr), 9);
		expect(m.rows.filter(dayDated)).toHaveLength(2);
	});
	it('tells announced from arrived, with the grade, in tooltip and table', () => {
		const announced = m.rows.find((c) => !c.confirmed)!;
		const tip = tipOf(m, announced);
		expect(tip.title).toBe('Apr 2020');
		expect(tip.lines).toEqual(
			expect.arrayContaining(['Origin: Norway', 'Volume: 85 kt', 'Status: announced'])
		);
		expect(tip.lines).toContain('Confidence: partial');
		expect(tableOf(m).rows.map((r) => r.tonnes)).toEqual([80000, 80000, 85000, 85000]);
		expect(m.description).toBe(
			'3 non-Russian cargoes documented in 2020, 1 of them announced but not confirmed; confirmed arrivals add up to 165 kt by Apr 2020. 1 cargoes of Russian crude also came by sea through traders.'
		);
		expect(m.notes.join(' ')).toContain('dotted outline');
	});
	it('adds up to 755 kt on the committed data', () => {
		const all = cargoModel(loadAll().oil, (ids) => ids.join('+'));
		expect(all.total).toBe(755000);
		expect(all.rises.at(-1)!.to).toBe(755000);
	});
});

describe('monthTicks', () => {
	it('labels every month when there is room, every second or third when not', () => {
		expect(monthTicks(2020, (t) => (t - 2020) * 600)).toHaveLength(12);
		expect(monthTicks(2020, (t) => (t - 2020) * 240).map((t) => t.label)).toEqual([
			'Jan',
			'Mar',
			'May',
			'Jul',
			'Sep',
			'Nov'
		]);
		expect(monthTicks(2020, (t) => (t - 2020) * 150)).toHaveLength(4);
	});
});
