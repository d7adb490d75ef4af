/**
 * Charts are islands (src/lib/islands): prerendered drawings until the reader engages, then live.
 * These tests act as a reader does: nothing, a scroll, a first tap on a drawing, a Tab.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const chartData = (page: Page) => {
	const asked: string[] = [];
	page.on('request', (r) => {
		const u = new URL(r.url());
		if (u.pathname.startsWith('/chart-data/')) asked.push(u.pathname);
	});
	return asked;
};

test('a page starts with its charts as drawn, loads nothing for them, and keeps the server’s DOM', async ({
	page
}) => {
	const asked = chartData(page);
	// remember the first chart's drawing before the page's scripts run
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			(window as unknown as { before: Element | null }).before =
				document.querySelector('[data-island] svg');
		});
	});
	await page.goto('/trade');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const islands = page.locator('[data-island]');
	await expect(islands).toHaveCount(4);
	for (const s of await islands.evaluateAll((els) => els.map((e) => e.getAttribute('data-island'))))
		expect(s).toBe('static');
	expect(asked).toEqual([]);
	// hydration kept the prerendered drawing: the very same node, not a copy
	expect(
		await page.evaluate(
			() =>
				(window as unknown as { before: Element | null }).before ===
				document.querySelector('[data-island] svg')
		)
	).toBe(true);
	// the page did not carry its charts' rows for hydration
	const html = readFileSync('build/trade.html', 'utf8');
	expect(html).not.toContain('source_id');
});

test('scrolling brings the charts near the screen to life, each fetching its data once', async ({
	page
}) => {
	const asked = chartData(page);
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/trade');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const values = page.locator('[data-island][data-chart="trade-values"]');
	await expect(values).toHaveAttribute('data-island', 'static');
	await page.mouse.wheel(0, 20000);
	await expect(values).toHaveAttribute('data-island', 'live');
	// the live chart has its controls, which the drawing did not offer
	await expect(values.getByRole('button', { name: 'Download PNG' })).toBeVisible();
	await expect
		.poll(() => asked.filter((p) => p === '/chart-data/trade-values.json').length)
		.toBe(1);
});

test('a first tap on a drawing shows its value: the chart wakes and takes the tap', async ({
	browser
}) => {
	// tall enough that the chart is on screen without scrolling (no other engagement)
	const ctx = await browser.newContext({
		viewport: { width: 390, height: 6000 },
		hasTouch: true,
		isMobile: true
	});
	const page = await ctx.newPage();
	await page.goto('/energy');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const island = page.locator('[data-island][data-chart="gas-price"]');
	await expect(island).toHaveAttribute('data-island', 'static');
	const step = island.locator('g.step[data-series="paid"] line').first();
	const b = (await step.boundingBox())!;
	await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
	await expect(island).toHaveAttribute('data-island', 'live');
	const tip = island.getByTestId('tooltip');
	await expect(tip).toBeVisible();
	await expect(tip).toContainText('Actually paid by Belarus');
	await ctx.close();
});

test('Tab into a chart that is still a drawing: focus stays where it went once the chart is live', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 3000 });
	await page.goto('/oil');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const island = page.locator('[data-island][data-chart="oil-sources-2020"]');
	await expect(island).toHaveAttribute('data-island', 'static');
	// focus the element before the chart, then Tab into it
	await island.evaluate((el) => {
		const all = [...document.querySelectorAll<HTMLElement>('a[href], summary, button')];
		const first = all.findIndex((e) => el.contains(e));
		all[first - 1]?.focus();
	});
	await page.keyboard.press('Tab');
	await expect(island).toHaveAttribute('data-island', 'live');
	const focused = await page.evaluate(() => {
		const a = document.activeElement;
		return { inside: !!a?.closest('[data-chart="oil-sources-2020"]'), tag: a?.tagName };
	});
	expect(focused.inside).toBe(true);
	expect(['A', 'SUMMARY', 'BUTTON', 'SELECT', 'INPUT', 'svg', 'DIV']).toContain(focused.tag);
});

test('a chart whose data cannot be fetched says so and keeps its drawing', async ({ page }) => {
	await page.route('**/chart-data/trade-values.json', (r) => r.fulfill({ status: 500, body: '' }));
	await page.goto('/trade');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const island = page.locator('[data-island][data-chart="trade-values"]');
	await island.scrollIntoViewIfNeeded();
	await page.mouse.wheel(0, 100);
	await expect(island.getByRole('alert')).toContainText('could not be brought to life');
	await expect(island).toHaveAttribute('data-island', 'static');
	await expect(island.locator('svg').first()).toBeVisible();
});

test('a shared link’s view is drawn at once, without waiting for the reader to engage', async ({
	page
}) => {
	await page.goto('/trade?asym.year=2016');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const island = page.locator('[data-island][data-chart="trade-asymmetry"]');
	await expect(island).toHaveAttribute('data-island', 'live');
	await expect(island.locator('.subtitle')).toContainText('2016');
	// the others, still in their default view, wait
	await expect(page.locator('[data-island][data-chart="trade-values"]')).toHaveAttribute(
		'data-island',
		'static'
	);
});

test('a chart’s own page and its embed bring the chart to life at once (the chart is the page)', async ({
	page
}) => {
	for (const path of ['/chart/trade-values', '/embed/trade-values']) {
		await page.goto(path);
		const island = page.locator('[data-island][data-chart="trade-values"]');
		await expect(island).toHaveAttribute('data-island', 'live');
		await expect(island.getByRole('combobox', { name: 'Flow' })).toBeVisible();
	}
});

test('what a reader does on a drawing while its chart wakes stays done: a table opened, a year chosen', async ({
	browser
}) => {
	// a phone on a slow network: the chart's data arrive 1.5 s after they are asked for
	const ctx = await browser.newContext({
		viewport: { width: 390, height: 6000 },
		hasTouch: true,
		isMobile: true
	});
	const page = await ctx.newPage();
	await page.route('**/chart-data/*.json', async (r) => {
		await new Promise((f) => setTimeout(f, 1500));
		await r.continue();
	});
	await page.goto('/trade');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const asym = page.locator('[data-island][data-chart="trade-asymmetry"]');
	await expect(asym).toHaveAttribute('data-island', 'static');
	await asym.getByText('Table', { exact: true }).tap();
	await expect(asym.locator('details.table-toggle')).toHaveJSProperty('open', true);
	const partners = page.locator('[data-island][data-chart="trade-partners"]');
	await expect(partners).toHaveAttribute('data-island', 'static');
	await partners.locator('#trade-partners-year').selectOption('2005');
	await expect(asym).toHaveAttribute('data-island', 'live');
	await expect(partners).toHaveAttribute('data-island', 'live');
	// the live charts keep what the reader did, and the URL says so
	await expect(asym.locator('details.table-toggle')).toHaveJSProperty('open', true);
	await expect(asym.getByTestId('chart-table')).toBeVisible();
	await expect(partners.locator('#trade-partners-year')).toHaveValue('2005');
	await expect(partners.locator('.subtitle')).toContainText('2005');
	await expect(page).toHaveURL(/[?&]asym\.table=1\b/);
	await expect(page).toHaveURL(/[?&]partners\.year=2005\b/);
	// and it holds once the page is quiet again
	await page.waitForTimeout(500);
	await expect(asym.locator('details.table-toggle')).toHaveJSProperty('open', true);
	await ctx.close();
});
