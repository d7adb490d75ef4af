/**
 * The steps of the chart's first drawing (ExploreChart.svelte): pure, and apart from view.ts so
 * that it loads with the chart, not with the page.
 */

/** Points a step of the chart's first drawing adds at most (one series at least). */
export const STEP_POINTS = 1000;

/**
 * How many series the chart has drawn after each step of its first drawing: series are added in
 * order, as many per step as fit in STEP_POINTS (a larger series makes a step of its own). The
 * last entry is every series.
 */
export function stagedCounts(sizes: number[], budget = STEP_POINTS): number[] {
	const out: number[] = [];
	let inStep = 0;
	sizes.forEach((n, i) => {
		if (i > 0 && inStep > 0 && inStep + n > budget) {
			out.push(i);
			inStep = 0;
		}
		inStep += n;
	});
	if (sizes.length > 0) out.push(sizes.length);
	return out;
}
