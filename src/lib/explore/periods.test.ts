import { describe, expect, it } from 'vitest';
import { formatPeriod, periodTickLabel, periodTicks, readPeriod, readYear } from './periods';

const month = (y: number, m: number) => Date.UTC(y, m - 1, 1);

describe('readPeriod: the forms statistics offices write', () => {
	it('reads month.year (Belstat, Rosstat) as a month, never as the number 1.2022', () => {
		expect(readPeriod('01.2022')).toEqual({ ms: month(2022, 1), form: 'my' });
		expect(readPeriod('12.1995')).toEqual({ ms: month(1995, 12), form: 'my' });
		for (const v of ['13.2022', '00.2022', '1.2022', '01.22', '01.20222', '2022.01'])
			expect(readPeriod(v), v).toBeNull();
	});
	it('reads day.month.year in the Russian order, not the US one', () => {
		expect(readPeriod('01.02.2022')).toEqual({ ms: Date.UTC(2022, 1, 1), form: 'dmy' });
		expect(readPeriod('31.12.2021')).toEqual({ ms: Date.UTC(2021, 11, 31), form: 'dmy' });
		expect(readPeriod('5.3.2020')).toEqual({ ms: Date.UTC(2020, 2, 5), form: 'dmy' });
		// 12/31 read the US way would be the 12th of month 31: no such month
		for (const v of ['12.31.2021', '31.02.2022', '32.01.2022', '01/02/2022', '01.02.22'])
			expect(readPeriod(v), v).toBeNull();
	});
	it('reads ISO months and days', () => {
		expect(readPeriod('2022-01')).toEqual({ ms: month(2022, 1), form: 'iso-month' });
		expect(readPeriod('2022-01-15')).toEqual({ ms: Date.UTC(2022, 0, 15), form: 'iso-day' });
		for (const v of ['2022-13', '2022-00', '2022-1', '2021-02-29', '2022-01-32', '22-01'])
			expect(readPeriod(v), v).toBeNull();
	});
	it('reads quarters written with Q, and in Russian with Roman or Arabic numerals', () => {
		const q1 = month(2022, 1);
		for (const v of ['2022 Q1', 'Q1 2022', '2022Q1', '2022-Q1', 'q1 2022'])
			expect(readPeriod(v), v).toEqual({ ms: q1, form: 'quarter-q' });
		for (const v of [
			'I кв. 2022',
			'I квартал 2022',
			'1 кв. 2022',
			'1 квартал 2022 г.',
			'I кв 2022',
			'І кв. 2022' // Cyrillic І, as Belarusian keyboards type it
		])
			expect(readPeriod(v), v).toEqual({ ms: q1, form: 'quarter-ru' });
		expect(readPeriod('IV кв. 2021')).toEqual({ ms: month(2021, 10), form: 'quarter-ru' });
		expect(readPeriod('III квартал 2020')).toEqual({ ms: month(2020, 7), form: 'quarter-ru' });
		for (const v of [
			'2022 Q5',
			'Q0 2022',
			'V кв. 2022',
			'IIII кв. 2022',
			'5 кв. 2022',
			'Q1',
			'I кв.'
		])
			expect(readPeriod(v), v).toBeNull();
	});
	it('reads Russian month names in every case and short form, and Belarusian ones', () => {
		for (const v of [
			'январь 2022',
			'Январь 2022',
			'января 2022',
			'январе 2022',
			'янв. 2022',
			'янв 2022',
			'январь 2022 г.',
			'январь 2022 года',
			'ЯНВАРЬ 2022',
			'студзень 2022',
			'студзеня 2022 г.'
		])
			expect(readPeriod(v), v).toEqual({ ms: month(2022, 1), form: 'month-name' });
		expect(readPeriod('мая 2021')?.ms).toBe(month(2021, 5));
		expect(readPeriod('Март 2020')?.ms).toBe(month(2020, 3));
		expect(readPeriod('сентябрь 2019')?.ms).toBe(month(2019, 9));
		expect(readPeriod('лютага 2020')?.ms).toBe(month(2020, 2));
		expect(readPeriod('жніўня 2020')?.ms).toBe(month(2020, 8));
		expect(readPeriod('снежань 2020')?.ms).toBe(month(2020, 12));
		// a month with no year cannot be placed; a span of months is not one month
		for (const v of ['январь', 'январь-март 2022', 'январь–март 2022', 'мартышка 2022', 'Jan 2022'])
			expect(readPeriod(v), v).toBeNull();
	});
	it('reads a year written with г. or год as a year, and nothing else as one', () => {
		for (const v of ['2022', '2022 г.', '2022г.', '2022 г', '2022 год', '2022 года'])
			expect(readYear(v), v).toBe(2022);
		for (const v of ['22', '20221', '2022 гг.', '2022-2023', '2022.0'])
			expect(readYear(v), v).toBeNull();
		expect(readPeriod('2022 г.')).toBeNull();
	});
});

describe('formatPeriod: a period written back as the period it is', () => {
	it('writes months and quarters without a day', () => {
		expect(formatPeriod(month(2022, 1), 'month', 'table')).toBe('2022-01');
		expect(formatPeriod(month(2022, 1), 'month')).toBe('Jan 2022');
		expect(formatPeriod(month(2022, 4), 'quarter', 'table')).toBe('2022-Q2');
		expect(formatPeriod(month(2022, 10), 'quarter')).toBe('Q4 2022');
		expect(formatPeriod(Date.UTC(2022, 0, 15), 'day', 'table')).toBe('2022-01-15');
		expect(formatPeriod(Date.UTC(2022, 0, 15), 'day')).toBe('15 Jan 2022');
	});
});

describe('periodTicks', () => {
	it('puts quarter ticks on quarter starts only, thinned in whole steps', () => {
		const lo = month(2020, 1);
		const hi = month(2022, 10);
		expect(periodTicks(lo, hi, 'quarter', 20)!.map((t) => formatPeriod(t, 'quarter'))).toEqual(
			[2020, 2021, 2022].flatMap((y) => [1, 2, 3, 4].map((q) => `Q${q} ${y}`))
		);
		// 12 quarters in 5 ticks: half-yearly, Q1 and Q3
		expect(periodTicks(lo, hi, 'quarter', 6)!.map((t) => formatPeriod(t, 'quarter'))).toEqual([
			'Q1 2020',
			'Q3 2020',
			'Q1 2021',
			'Q3 2021',
			'Q1 2022',
			'Q3 2022'
		]);
	});
	it('puts month ticks on month starts, at most as many as asked', () => {
		const ticks = periodTicks(month(2021, 1), month(2022, 12), 'month', 8)!;
		expect(ticks.length).toBeLessThanOrEqual(8);
		expect(ticks.map((t) => formatPeriod(t, 'month'))).toEqual([
			'Jan 2021',
			'Apr 2021',
			'Jul 2021',
			'Oct 2021',
			'Jan 2022',
			'Apr 2022',
			'Jul 2022',
			'Oct 2022'
		]);
		for (const t of ticks) expect(new Date(t).getUTCDate()).toBe(1);
		expect(periodTicks(0, 1, 'day', 5)).toBeNull();
	});
});

describe('periodTickLabel', () => {
	it('labels yearly ticks by the year alone, closer ones by their period', () => {
		const yearly = [2000, 2005, 2010].map((y) => month(y, 1));
		expect(periodTickLabel(month(2005, 1), 'quarter', yearly)).toBe('2005');
		expect(periodTickLabel(month(2005, 1), 'month', yearly)).toBe('2005');
		const quarterly = [month(2022, 1), month(2022, 4)];
		expect(periodTickLabel(month(2022, 4), 'quarter', quarterly)).toBe('Q2 2022');
		expect(periodTickLabel(month(2022, 4), 'month', quarterly)).toBe('Apr 2022');
	});
});
