/**
 * "Who depends on a partner" on /compare/dependents: the default view (Russia, the default year, exports) is
 * drawn without JavaScript with Belarus's share as the CSV row says; the partner is changed by
 * keyboard without a fetch, another year loads exactly one year file, the map answers keys and a
 * finger, the view is kept in the URL, a tampered address falls back to the default and a missing
 * year file says so. Axe finds nothing on /compare/dependents or on the chart's page.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { open } from './helpers';

const frame = (page: Page) => page.locator('[data-chart-id="compare-dependents"]');

/** Belarus's 2019 export share going to Russia, from the committed CSV. */
function csvShare(reporter: string, flow: string, partner: string, year: number): number {
	const rows = Papa.parse<Record<string, string>>(
		readFileSync('data/world_partner_shares.csv', 'utf8'),
		{ header: true, skipEmptyLines: true }
	).data;
	const r = rows.find(
		(x) =>
			x.reporter === reporter && x.flow === flow && x.partner === partner && Number(x.year) === year
	);
	return Number(r!.share_pct);
}

test('the default view is drawn without JavaScript: map, bars, bounds, Belarus as in the CSV', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const shapes: number[] = [];
	page.on('response', (r) => {
		if (r.url().endsWith('/compare/world-shapes.svg')) shapes.push(r.status());
	});
	await page.goto('/compare/dependents');
	const f = frame(page);
	await expect(f.locator('h3')).toHaveText('Who depends on Russia?');
	await expect(f.locator('.subtitle')).toContainText('list of 2019');
	const svg = f.locator('.chart-body svg:visible').first();
	await expect(svg).toBeVisible();
	// the map draws from the shapes file, without script
	await expect.poll(() => shapes).toEqual([200]);
	const by = await svg.locator('use[href$="#c112"]').boundingBox();
	expect(by!.width).toBeGreaterThan(3);
	expect(await svg.locator('use[href$="#c112"]').getAttribute('class')).toMatch(/\bhl\b/);
	// the bar and the table give Belarus the CSV's figure
	const want = csvShare('blr', 'exports', 'rus', 2019);
	await expect(svg.locator('g.bar[data-id="blr"]')).toContainText(`${want}%`);
	expect(await svg.locator('path.bound').count()).toBeGreaterThan(100);
	await f.getByText('Table', { exact: true }).click();
	const row = f
		.getByTestId('chart-table')
		.locator('tbody tr', { hasText: /^Belarus/ })
		.first();
	await expect(row.locator('td').nth(1)).toHaveText(`${want}%`);
	await expect(page.locator('.dep-controls')).toBeHidden();
	// the side panel names the editions of its own figures as such, within the chart's range
	const panel = page.locator('#dependents .figures-from');
	await expect(panel).toHaveText(/^Figures in this text: CIA World Factbook, (\d{4}) edition/);
	const edition = Number((await panel.innerText()).match(/(\d{4}) edition/)![1]);
	const range = (await f.getByTestId('source-line').innerText()).match(/editions (\d{4})–(\d{4})/)!;
	expect(edition).toBeGreaterThanOrEqual(Number(range[1]));
	expect(edition).toBeLessThanOrEqual(Number(range[2]));
	await context.close();
});

test('the CSV carries Belarus’s row with the share the chart draws', async ({ page }) => {
	await open(page, '/compare/dependents');
	const f = frame(page);
	const [d] = await Promise.all([
		page.waitForEvent('download'),
		f.getByRole('button', { name: 'Download CSV' }).click()
	]);
	const rows = Papa.parse<string[]>(readFileSync(await d.path(), 'utf8'), {
		skipEmptyLines: true
	}).data;
	const head = rows[0]!;
	const blr = rows.find((r) => r[0] === 'Belarus')!;
	const want = csvShare('blr', 'exports', 'rus', 2019);
	expect(Number(blr[head.indexOf('Value (%)')])).toBe(want);
	const shown = await f
		.locator('.chart-body svg:visible g.bar[data-id="blr"] text')
		.last()
		.textContent();
	expect(shown).toBe(`${blr[head.indexOf('Share')]}`);
});

test('partner by keyboard (no fetch), year by select (one year file), flow, URL round trip', async ({
	page
}) => {
	const files: string[] = [];
	page.on('request', (r) => {
		// the year files (names.json, the pickers' other names, is not one)
		if (r.url().includes('/compare/data/') && !r.url().endsWith('/names.json'))
			files.push(new URL(r.url()).pathname);
	});
	await open(page, '/compare/dependents');
	// Russia is offered from its first data year (1991), not for the Soviet years before it
	const firstYear = () => page.getByTestId('dep-year').locator('option').first().textContent();
	expect(await firstYear()).toBe('1991');
	const partner = page.getByLabel('Partner', { exact: true });
	await partner.focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('China');
	await page.keyboard.press('Tab');
	await expect(frame(page).locator('h3')).toHaveText('Who depends on China?');
	await expect(frame(page).locator('.subtitle')).toContainText('list of 2019');
	await expect.poll(() => page.url()).toMatch(/[?&]dep\.partner=chn(&|$)/);
	expect(files).toEqual([]);
	expect(Number(await firstYear())).toBeLessThan(1991);
	// another year: one file
	await page.getByTestId('dep-year').selectOption('2009');
	await expect(frame(page).locator('h3')).toHaveText('Who depends on China?');
	await expect(frame(page).locator('.subtitle')).toContainText('list of 2009');
	expect(files).toEqual(['/compare/data/year/2009.json']);
	await page.getByLabel('imports').check();
	await expect(frame(page).locator('.subtitle')).toContainText('imports coming from China');
	await expect.poll(() => page.url()).toMatch(/dep\.flow=imports/);
	// the address reproduces the view
	const url = page.url();
	await open(page, url);
	await expect(frame(page).locator('h3')).toHaveText('Who depends on China?');
	await expect(frame(page).locator('.subtitle')).toContainText('list of 2009');
	await expect(frame(page).locator('.subtitle')).toContainText('imports coming from China');
	await expect(page.getByTestId('dep-year')).toHaveValue('2009');
	await expect(page.getByLabel('Partner', { exact: true })).toHaveValue('China');
});

test('a tampered address falls back to the default view', async ({ page }) => {
	await open(
		page,
		'/compare/dependents?dep.partner=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&dep.year=1700&dep.flow=both'
	);
	await expect(frame(page).locator('h3')).toHaveText('Who depends on Russia?');
	await expect(frame(page).locator('.subtitle')).toContainText('list of 2019');
	await expect(frame(page).locator('.subtitle')).toContainText('exports going to Russia');
	expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('a year file that cannot be loaded says so, and the page keeps working', async ({ page }) => {
	await page.route('**/compare/data/year/2005.json', (r) => r.fulfill({ status: 404, body: 'no' }));
	await open(page, '/compare/dependents?dep.year=2005');
	await expect(page.getByTestId('dep-status')).toHaveText(
		'The lists for 2005 could not be loaded (/compare/data/year/2005.json answered 404); the chart still shows the year before.'
	);
	await page.getByTestId('dep-year').selectOption('2010');
	await expect(frame(page).locator('h3')).toHaveText('Who depends on Russia?');
	await expect(frame(page).locator('.subtitle')).toContainText('list of 2010');
	await expect(page.getByTestId('dep-status')).toHaveText('');
});

test('the map is one tab stop; arrow keys read each country and its share', async ({ page }) => {
	await open(page, '/compare/dependents');
	const target = frame(page).locator('.focus-target:visible');
	await target.focus();
	await expect(target).toBeFocused();
	const live = frame(page).locator('.kit-surface [aria-live="polite"]');
	let found = '';
	for (let i = 0; i < 250 && !found; i++) {
		await page.keyboard.press('ArrowRight');
		const t = (await live.textContent()) ?? '';
		if (t.startsWith('Belarus.')) found = t;
	}
	expect(found).toContain('Share: 42%');
	await expect(frame(page).getByTestId('tooltip')).toContainText('Belarus');
	// Tab leaves the chart in one step
	await page.keyboard.press('Tab');
	await expect(target).not.toBeFocused();
});

test('a tap on the map, with a finger, shows the country’s share', async ({ browser }) => {
	const ctx = await browser.newContext({
		viewport: { width: 390, height: 4000 },
		hasTouch: true,
		isMobile: true
	});
	const page = await ctx.newPage();
	await page.goto('/compare/dependents');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const island = page.locator('[data-island][data-chart="compare-dependents"]');
	const kz = (await island.locator('.layout.narrow use[href$="#c398"]').boundingBox())!;
	await page.touchscreen.tap(kz.x + kz.width / 2, kz.y + kz.height / 2);
	await expect(island).toHaveAttribute('data-island', 'live');
	const tip = island.getByTestId('tooltip');
	await expect(tip).toBeVisible();
	await expect(tip).toContainText('Kazakhstan');
	await expect(tip).toContainText('10%');
	await ctx.close();
});

for (const path of ['/compare/dependents', '/chart/compare-dependents']) {
	test(`${path} has no axe violations with the section open`, async ({ page }) => {
		test.setTimeout(90_000);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		const result = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(
			result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
	});
}

test('the chart page and the embed draw the map and the bars', async ({ page }) => {
	for (const path of ['/chart/compare-dependents', '/embed/compare-dependents']) {
		await page.goto(path);
		const f = frame(page);
		await expect(f.locator('h3')).toHaveText('Who depends on Russia?');
		await expect(f.locator('.subtitle')).toContainText('list of 2019');
		await expect(f.locator('.chart-body svg:visible use[href$="#c643"]')).toHaveClass(/partner/);
		await expect(f.locator('.chart-body svg:visible g.bar[data-id="blr"]')).toBeVisible();
	}
});

test('a year of lists from partners’ data says so, names the blackout, and leaves World and the EU out', async ({
	page
}) => {
	await open(page, '/compare/dependents?dep.partner=rus&dep.year=2023&dep.flow=exports');
	const f = frame(page);
	// the subtitle says what the lists are, and the ranking its coverage
	await expect(f.locator('.subtitle')).toContainText('built from partners’ data');
	await expect(f.locator('.subtitle')).not.toContainText('from its own Factbook partner list');
	const svg = f.locator('.chart-body svg:visible').first();
	await expect(svg.locator('text.head').first()).toContainText(
		/ · \d+ of the year’s \d+ lists \(\d+ from partners’ data\)/
	);
	await expect(svg.locator('text.counts').first()).toContainText('reporting blackout');
	await f.getByText('Table', { exact: true }).click();
	// Russia stopped publishing: a bound comes only from a country's own list, never from a list
	// built from partners' data
	const table = await f
		.getByTestId('chart-table')
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''))
		);
	const bounds = table.filter((r) => r[1]?.endsWith('(not listed)'));
	for (const r of bounds) expect(r).toContain('reported');
	expect(table.filter((r) => r[1]?.startsWith('reporting blackout')).length).toBeGreaterThan(50);
	const cells = await f
		.getByTestId('chart-table')
		.locator('tbody tr td:nth-child(1)')
		.allTextContents();
	expect(cells).not.toContain('World');
	expect(cells).not.toContain('European Union');
	const by = f
		.getByTestId('chart-table')
		.locator('tbody tr', { hasText: /^Belarus/ })
		.first();
	await expect(by.locator('td').nth(1)).toContainText('reporting blackout');
});
