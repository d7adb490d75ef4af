import type { Page } from '@playwright/test';

/**
 * Bring one chart to life as a reader does, by scrolling to it: charts are prerendered drawings
 * until they near the screen (src/lib/islands). Resolves once the live chart is in place.
 */
export async function wakeChart(page: Page, id: string): Promise<void> {
	const island = page.locator(`[data-island][data-chart="${id}"]`);
	await island.scrollIntoViewIfNeeded();
	await page.waitForFunction(
		(chart) =>
			document
				.querySelector(`[data-island][data-chart="${chart}"]`)
				?.getAttribute('data-island') === 'live',
		id
	);
}
