import { describe, expect, it } from 'vitest';
import { STEP_POINTS, stagedCounts } from './steps';

describe('stagedCounts', () => {
	it('adds series as many per step as fit in the budget, and ends with every series', () => {
		expect(stagedCounts([356, 356, 356, 356, 356, 356, 356])).toEqual([2, 4, 6, 7]);
		expect(stagedCounts([10, 20, 30], 1000)).toEqual([3]);
	});
	it('gives a series larger than the budget a step of its own', () => {
		expect(stagedCounts([5000, 10, 3000], 1000)).toEqual([1, 2, 3]);
		expect(stagedCounts([10, 5000], 1000)).toEqual([1, 2]);
	});
	it('has no steps without series', () => {
		expect(stagedCounts([])).toEqual([]);
	});
	it('never draws more than the budget in a step unless one series alone is larger', () => {
		const sizes = [400, 300, 200, 900, 100, 100, 1200, 50];
		const counts = stagedCounts(sizes);
		expect(counts.at(-1)).toBe(sizes.length);
		let from = 0;
		for (const to of counts) {
			const step = sizes.slice(from, to);
			expect(step.length).toBeGreaterThan(0);
			if (step.length > 1) expect(step.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(STEP_POINTS);
			from = to;
		}
	});
});
