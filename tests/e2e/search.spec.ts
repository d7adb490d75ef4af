/** The header's search box: keyboard first, combobox ARIA, index loaded only when used. */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

async function start(page: Page, path = '/trade') {
	const indexRequests: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/search-index.json')) indexRequests.push(r.url());
	});
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByRole('combobox', { name: 'Search the atlas' })).toBeVisible();
	return indexRequests;
}

async function pick(page: Page, words: string, downs = 1) {
	const box = page.getByRole('combobox', { name: 'Search the atlas' });
	await page.keyboard.press('/');
	await expect(box).toBeFocused();
	await page.keyboard.type(words);
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	for (let i = 0; i < downs; i++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
}

test('"/" focuses the box; the index is fetched then, not with the page', async ({ page }) => {
	const requests = await start(page);
	await page.waitForLoadState('networkidle');
	expect(requests).toEqual([]);
	await page.keyboard.press('/');
	const box = page.getByRole('combobox', { name: 'Search the atlas' });
	await expect(box).toBeFocused();
	await expect(box).toHaveValue('');
	await expect.poll(() => requests.length).toBe(1);
});

test('"/" typed in another field stays in that field', async ({ page }) => {
	await page.goto('/data/factbook_trade');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByRole('combobox', { name: 'Search the atlas' })).toBeVisible();
	const filter = page.getByLabel('Filter rows');
	await filter.focus();
	await page.keyboard.type('a/b');
	await expect(filter).toBeFocused();
	await expect(filter).toHaveValue('a/b');
});

test('finds a chart: words, ArrowDown, Enter → /chart/<id>', async ({ page }) => {
	await start(page, '/');
	await pick(page, 'gas price');
	await expect(page).toHaveURL(/\/chart\/gas-price$/);
});

test('finds a dataset → its page', async ({ page }) => {
	await start(page, '/energy');
	await pick(page, 'factbook trade fields');
	await expect(page).toHaveURL(/\/data\/factbook_trade$/);
	await expect(page.locator('h1')).toHaveText('CIA World Factbook trade fields, by data year');
});

test('finds a source → its row in the source list', async ({ page }) => {
	await start(page, '/oil');
	await pick(page, 'tass_200602');
	await expect(page).toHaveURL(/\/about\/sources#source-TASS_200602$/);
	await expect(page.locator('#source-TASS_200602')).toContainText('TASS');
});

test('arrows move the active option (aria-activedescendant); Escape closes', async ({ page }) => {
	await start(page);
	const box = page.getByRole('combobox', { name: 'Search the atlas' });
	await page.keyboard.press('/');
	await page.keyboard.type('gas');
	const list = page.getByRole('listbox', { name: 'Search results' });
	await expect(list).toBeVisible();
	await expect(box).toHaveAttribute('aria-controls', 'site-search-list');
	const options = list.getByRole('option');
	expect(await options.count()).toBeGreaterThan(3);
	await expect(box).not.toHaveAttribute('aria-activedescendant', /.+/);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(box).toHaveAttribute('aria-activedescendant', 'site-search-1');
	await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
	await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
	await page.keyboard.press('ArrowUp');
	await expect(box).toHaveAttribute('aria-activedescendant', 'site-search-0');
	await page.keyboard.press('Escape');
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await expect(list).toBeHidden();
	await expect(box).toHaveValue('gas');
	await page.keyboard.press('Escape');
	await expect(box).toHaveValue('');
});

test('each chart’s title in the index is the title the chart shows', async ({ page, request }) => {
	const index = (await (await request.get('/search-index.json')).json()) as [
		string,
		string,
		string,
		string
	][];
	// where each chart is shown today (the /chart/<id> pages come with the chart registry)
	const shownOn: Record<string, string> = {
		'trade-asymmetry': '/trade',
		'trade-share-timeline': '/trade',
		'trade-partners': '/trade',
		'trade-values': '/trade',
		'energy-disputes': '/energy',
		'gas-price': '/energy',
		'oil-sources-2020': '/oil',
		'oil-cargo-timeline': '/oil',
		'oil-routes-map': '/oil',
		'relations-timeline': '/',
		'compare-pair': '/compare',
		'compare-group': '/compare/group',
		'country-partners': '/compare/partners',
		'compare-dependents': '/compare/dependents'
	};
	const charts = index.filter((e) => e[0] === 'chart');
	expect(charts).toHaveLength(Object.keys(shownOn).length);
	for (const [, title, url] of charts) {
		const id = url.replace('/chart/', '');
		await page.goto(shownOn[id]!);
		await expect(page.locator(`[data-chart-id="${id}"] h3`).first()).toContainText(title);
	}
});

test('no axe violations with the results open', async ({ page }) => {
	await start(page, '/data');
	await page.keyboard.press('/');
	await page.keyboard.type('oil');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(
		result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
});

test('finds a country by any of its names → its partners over time, first', async ({ page }) => {
	await start(page, '/trade');
	const box = page.getByRole('combobox', { name: 'Search the atlas' });
	await page.keyboard.press('/');
	await page.keyboard.type('kazakstan');
	const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
	await expect(options).toHaveText([
		'Country Kazakhstan: main trading partners, year by year',
		'Country Kazakhstan and Russia: each in the other’s trade',
		'Country Who depends on Kazakhstan?'
	]);
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/compare\/partners\?top\.country=kaz$/);
	await expect(page.locator('[data-chart-id="country-partners"] h3')).toHaveText(
		'Kazakhstan’s main export partners, year by year'
	);
});

test('a country without trade lists says so and leads nowhere', async ({ page }) => {
	await start(page, '/');
	await page.keyboard.press('/');
	await page.keyboard.type('antarctica');
	const option = page.getByRole('option', { name: /Antarctica/ });
	await expect(option).toHaveText('Country Antarctica: no trade lists in the Factbook data');
	await expect(option).toHaveAttribute('aria-disabled', 'true');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/$/);
});

test('"oil 2020": the chart comes first, before the dataset and the events', async ({ page }) => {
	await start(page, '/');
	await page.keyboard.press('/');
	await page.keyboard.type('oil 2020');
	const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
	await expect(options.first()).toHaveText('Chart Where Belarus’s crude came from in 2020');
	const kinds = await options.locator('.kind').allTextContents();
	expect(kinds.indexOf('Dataset')).toBeGreaterThan(0);
	expect(kinds.indexOf('Event')).toBeGreaterThan(kinds.indexOf('Dataset'));
});

test('a query with no results says so, on screen and to screen readers', async ({ page }) => {
	await start(page, '/energy');
	const box = page.getByRole('combobox', { name: 'Search the atlas' });
	await page.keyboard.press('/');
	await page.keyboard.type('zzzqqq');
	const status = page.locator('.search [role="status"]');
	await expect(status).toHaveText('No results for “zzzqqq”');
	await expect(status).toBeVisible();
	await expect(status).toHaveAttribute('aria-live', 'polite');
	expect((await status.boundingBox())?.height).toBeGreaterThan(10);
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
	// a query that finds something again hides it
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('gas');
	await expect(status).toHaveText(/^\d+ results?; arrow keys/);
	// said to screen readers only: one pixel, clipped
	await expect.poll(async () => (await status.boundingBox())?.height).toBeLessThanOrEqual(1);
});

test('on a phone a result’s wrapped title hangs under its first line, not under its kind', async ({
	browser
}) => {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	await start(page, '/');
	const box = page.getByRole('combobox', { name: 'Search the atlas' });
	await box.tap();
	// a long title: an event of the relations timeline
	await box.fill('putin ministers seaports');
	const first = page.getByRole('option').first();
	await expect(first).toBeVisible();
	const kind = await first.locator('.kind').boundingBox();
	const title = first.locator('.title');
	const lines = await title.evaluate((el) => {
		const range = document.createRange();
		range.selectNodeContents(el);
		const tops = new Map<number, number>();
		for (const r of range.getClientRects()) {
			const t = Math.round(r.top);
			tops.set(t, Math.min(tops.get(t) ?? Infinity, r.left));
		}
		return [...tops.values()];
	});
	// it wraps, and every line starts where the first does, right of the kind
	expect(lines.length).toBeGreaterThan(1);
	for (const left of lines) expect(Math.abs(left - (lines[0] as number))).toBeLessThan(1);
	expect(lines[0]).toBeGreaterThanOrEqual((kind?.x ?? 0) + (kind?.width ?? 0) - 0.5);
	await context.close();
});

test('without JavaScript the search is a link to a page that lists everything it finds', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/trade');
	const link = page.locator('header.site-header').getByRole('link', { name: 'Search' });
	await expect(link).toHaveAttribute('href', '/search');
	await link.click();
	await expect(page).toHaveURL(/\/search$/);
	await expect(page.locator('h1')).toHaveText('Find anything in the atlas');
	// charts, datasets and countries, each a link to its page
	await expect(page.locator('#charts + ul a[href="/chart/gas-price"]')).toHaveText(
		'The price of Russian gas for Belarus'
	);
	await expect(page.locator('a[href="/data/factbook_trade"]')).toHaveCount(1);
	const kaz = page.locator('.countries li').filter({ hasText: /^\s*Kazakhstan:/ });
	await expect(kaz.getByRole('link')).toHaveText([
		'main partners',
		'beside Russia',
		'who depends on it'
	]);
	await expect(kaz.getByRole('link', { name: 'main partners' })).toHaveAttribute(
		'href',
		'/compare/partners?top.country=kaz'
	);
	await context.close();
});
