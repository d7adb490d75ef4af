import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { tenths, toTenth } from './round';

describe('tenths', () => {
	const s = tenths(scaleLinear().domain([1992, 2025]).range([52, 612]));
	it('answers in tenths of a unit', () => {
		// 52 + (2003.5 - 1992) / 33 * 560 = 247.1515…
		expect(s(2003.5)).toBe(247.2);
		expect(s(1992)).toBe(52);
		expect(s(2025)).toBe(612);
	});
	it('keeps invert exact', () => {
		expect(s.invert(612)).toBe(2025);
	});
	it('rounds halves away from the 14-digit tail', () => {
		expect(toTenth(113.11338797814184)).toBe(113.1);
	});
});
