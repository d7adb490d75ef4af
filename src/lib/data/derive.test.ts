import { describe, expect, it } from 'vitest';
import { bilateralTurnover, hhi, shareOfOtherTurnoverPct, turnoverSharePct } from './derive';

// Factbook inputs for 2009: shares from the 2010 edition, totals from the 2011 edition.
const y2009 = {
	exportsSharePct: 33.6,
	importsSharePct: 56.42,
	exportsUsdBn: 21.36,
	importsUsdBn: 28.32
};

describe('turnover shares', () => {
	it('gives about 46.6% for Russia in Belarus’s 2009 turnover', () => {
		expect(turnoverSharePct(y2009)).toBeCloseTo(46.61, 2);
	});

	it('gives about 4.7% for Belarus in Russia’s 2009 turnover', () => {
		const bilateral = bilateralTurnover(y2009);
		expect(bilateral).toBeCloseTo(23.155, 3);
		expect(shareOfOtherTurnoverPct(bilateral, 303.4, 191.8)).toBeCloseTo(4.676, 3);
	});

	it('refuses a turnover with no trade', () => {
		expect(() => turnoverSharePct({ ...y2009, exportsUsdBn: 0, importsUsdBn: 0 })).toThrow(
			RangeError
		);
	});

	it('computes the Herfindahl–Hirschman index', () => {
		expect(hhi([50, 50])).toBe(5000);
		expect(hhi([100])).toBe(10000);
		expect(hhi([25, 25, 25, 25])).toBe(2500);
	});
});
