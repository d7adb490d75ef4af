import { describe, expect, it } from 'vitest';
import { planAxes, sameUnit, unitOfHeader } from './units';

describe('unitOfHeader', () => {
	it('reads the unit a header names', () => {
		expect(unitOfHeader('Экспорт, млн долл. США')).toBe('млн долл. США');
		expect(unitOfHeader('Price (USD per 1000 m3)')).toBe('USD per 1000 m3');
		expect(unitOfHeader('Volume [t]')).toBe('t');
		expect(unitOfHeader('Share (%)')).toBe('%');
		expect(unitOfHeader('value_pct')).toBe('%');
		expect(unitOfHeader('Доля, процентов')).toBe('%');
		expect(unitOfHeader('share')).toBeNull();
		expect(unitOfHeader('Экспорт,')).toBeNull();
	});
	it('compares units without case or spacing', () => {
		expect(sameUnit('млн долл. США', 'Млн  долл. США')).toBe(true);
		expect(sameUnit('%', 'млн долл. США')).toBe(false);
	});
});

describe('planAxes', () => {
	it('offers nothing unless yours and ours are both drawn', () => {
		expect(planAxes([], ['%'], null).offer).toBe(false);
		expect(planAxes(['%'], [], null).offer).toBe(false);
	});
	it('gives ours their own axis when the units differ, and the reader can take it back', () => {
		const two = planAxes(['млн долл. США'], ['%'], null);
		expect(two).toMatchObject({ offer: true, two: true, yours: 'млн долл. США', ours: '%' });
		expect(two.sentence).toBe(
			'Two y axes: yours (in млн долл. США) on the left, ours (in %) on the right, each on its own scale; compare how they move, not their heights.'
		);
		const one = planAxes(['млн долл. США'], ['%'], 'one');
		expect(one.two).toBe(false);
		expect(one.sentence).toContain('yours are in млн долл. США, ours in %, so the heights');
	});
	it('keeps one axis for the same unit, and says so; an unnamed unit is said to be unknown', () => {
		expect(planAxes(['%'], ['%'], null)).toMatchObject({
			two: false,
			sentence: 'One y axis: yours and ours are both in %.'
		});
		const unknown = planAxes([null], ['%'], null);
		expect(unknown.two).toBe(false);
		expect(unknown.sentence).toContain('your column’s header names no unit');
		expect(planAxes([null], ['%'], 'two').two).toBe(true);
	});
});
