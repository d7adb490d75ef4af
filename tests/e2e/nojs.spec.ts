import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

const CHARTS = {
	'/': ['trade-asymmetry', 'relations-timeline'],
	'/trade': ['trade-asymmetry', 'trade-share-timeline', 'trade-partners', 'trade-values'],
	'/energy': ['energy-disputes', 'gas-price'],
	'/oil': ['oil-sources-2020', 'oil-cargo-timeline', 'oil-routes-map']
};

for (const [path, ids] of Object.entries(CHARTS)) {
	test(`${path} shows its charts as SVG without JavaScript`, async ({ page }) => {
		await page.goto(path);
		for (const id of ids) {
			const frame = page.locator(`[data-chart-id="${id}"]`);
			// kit charts prerender a phone drawing and a wide one: the one shown is checked
			const svg = frame.locator('.chart-body svg:visible').first();
			await expect(svg).toBeVisible();
			const f = (await frame.boundingBox())!;
			const s = (await svg.boundingBox())!;
			// The chart sits inside its frame, not at the page's top-left corner.
			expect(s.y).toBeGreaterThan(f.y + 20);
			expect(s.x).toBeGreaterThanOrEqual(f.x);
			expect(s.x + s.width).toBeLessThanOrEqual(f.x + f.width + 1);
			expect(s.height).toBeGreaterThan(150);
			expect(await svg.locator('path, rect, circle').count()).toBeGreaterThan(5);
		}
	});
}

test('the table toggle works without JavaScript', async ({ page }) => {
	await page.goto('/trade');
	const frame = page.locator('[data-chart-id="trade-asymmetry"]');
	await frame.getByText('Table', { exact: true }).click();
	await expect(frame.getByTestId('chart-table')).toBeVisible();
	await expect(frame.getByTestId('chart-table')).toContainText('46.6%');
});
