/**
 * The page shell: one form of each address (no trailing slash), fonts on first paint, and a phone
 * layout (390 px) with no horizontal overflow, a compact header and readable chart tables.
 */
import { expect, test } from '@playwright/test';
import { PAGES, open, ready } from './helpers';
import { NAV } from '../../src/lib/ui/nav';

const PHONE = { width: 390, height: 844 };
/** Every page, and an address the site does not have (the 404 page). */
const ALL_PAGES = [...PAGES, '/no-such-page'] as const;

test('/trade/?year=2016 answers 301 to /trade?year=2016, which renders', async ({
	page,
	request
}) => {
	const r = await request.get('/trade/?year=2016', { maxRedirects: 0 });
	expect(r.status()).toBe(301);
	expect(r.headers()['location']).toBe('/trade?year=2016');
	// "//host/" must not become a redirect to another host
	const odd = await request.get('/x//', { maxRedirects: 0 });
	expect(odd.status()).toBe(301);
	expect(odd.headers()['location']).toBe('/x');

	const res = await page.goto('/trade/?year=2016');
	expect(res?.status()).toBe(200);
	expect(res?.request().redirectedFrom()?.url()).toMatch(/\/trade\/\?year=2016$/);
	// the page it lands on is /trade with the query kept (once the page runs, the old name
	// `year` is rewritten to `asym.year`, which may already have happened here)
	expect(new URL(page.url()).pathname + new URL(page.url()).search).toMatch(
		/^\/trade\?(asym\.)?year=2016$/
	);
	await ready(page);
	await expect(page.locator('h1')).toBeVisible();
	await expect(page.getByLabel('Year', { exact: true }).first()).toHaveValue('2016');
});

test('the 404 page loads its scripts and styles at any depth', async ({ page }) => {
	const failed: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400 && !r.url().includes('/a/b/no-such-page')) failed.push(r.url());
	});
	const res = await page.goto('/a/b/no-such-page');
	expect(res?.status()).toBe(404);
	await ready(page);
	await expect(page.locator('h1')).toHaveText('Page not found');
	expect(failed).toEqual([]);
});

test('both Inter weights are preloaded and loaded on a first visit', async ({ browser }) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/');
	const preloads = await page
		.locator('link[rel="preload"][as="font"]')
		.evaluateAll((ls) => ls.map((l) => new URL((l as HTMLLinkElement).href).pathname));
	expect(preloads).toEqual(
		expect.arrayContaining([
			'/fonts/inter-latin-400-normal.woff2',
			'/fonts/inter-latin-600-normal.woff2'
		])
	);
	await page.waitForLoadState('load');
	const faces = await page.evaluate(async () => {
		await document.fonts.ready;
		return [...document.fonts]
			.filter((f) => f.family.replace(/['"]/g, '') === 'Inter' && f.unicodeRange.includes('U+0-FF'))
			.map((f) => ({ weight: f.weight, status: f.status, display: f.display }));
	});
	expect(faces.map((f) => f.weight).sort()).toEqual(['400', '600']);
	for (const f of faces) {
		expect(f.status, `Inter ${f.weight}`).toBe('loaded');
		// "optional" gave up on a face that came late and kept the fallback for the whole visit
		expect(f.display).not.toBe('optional');
	}
	expect(await page.evaluate(() => document.fonts.check('600 16px Inter'))).toBe(true);
	expect(await page.evaluate(() => document.fonts.check('400 16px Inter'))).toBe(true);
	await context.close();
});

for (const js of [true, false]) {
	test(`no page overflows a 390 px screen, tables open (JavaScript ${js ? 'on' : 'off'})`, async ({
		browser
	}) => {
		const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: js });
		const page = await context.newPage();
		for (const path of ALL_PAGES) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			await page.evaluate(() =>
				document.querySelectorAll('details').forEach((d) => (d.open = true))
			);
			const r = await page.evaluate(() => ({
				scrollWidth: document.documentElement.scrollWidth,
				tables: [...document.querySelectorAll('.table-wrap')].map(
					(w) => w.scrollWidth - w.clientWidth
				)
			}));
			expect(r.scrollWidth, `${path} is wider than the screen`).toBeLessThanOrEqual(390);
			expect(
				r.tables.filter((d) => d > 0),
				`${path}: a chart table scrolls sideways`
			).toEqual([]);
		}
		await context.close();
	});
}

test('the header is compact at 390 px: every link whole and on screen, targets ≥ 24 px', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: PHONE });
	const page = await context.newPage();
	for (const path of ALL_PAGES) {
		await page.goto(path);
		const header = await page.locator('.site-header').boundingBox();
		expect(header!.height, `${path} header`).toBeLessThanOrEqual(110);
		const links = await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link')
			.evaluateAll((ls) =>
				ls.map((l) => {
					const r = l.getBoundingClientRect();
					return {
						text: l.textContent,
						top: r.top,
						left: r.left,
						right: r.right,
						width: r.width,
						height: r.height,
						lines: l.getClientRects().length
					};
				})
			);
		expect(links).toHaveLength(NAV.length);
		for (const l of links) {
			expect(l.lines, `${l.text} wraps`).toBe(1);
			expect(l.width).toBeGreaterThanOrEqual(24);
			expect(l.height).toBeGreaterThanOrEqual(24);
			// on screen, not behind a sideways scroll
			expect(l.left, `${l.text} starts off-screen`).toBeGreaterThanOrEqual(0);
			expect(l.right, `${l.text} ends off-screen`).toBeLessThanOrEqual(PHONE.width);
		}
		// two rows at most
		expect(new Set(links.map((l) => Math.round(l.top))).size, `${path} rows`).toBeLessThanOrEqual(
			2
		);
	}
	await context.close();
});

test('chart tables at 390 px show every column of every row, text wrapped inside the frame', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: PHONE });
	const page = await context.newPage();
	await open(page, '/oil');
	const frame = page.locator('[data-chart-id="oil-cargo-timeline"]');
	await frame.getByText('Table', { exact: true }).click();
	const wrap = frame.locator('.table-wrap');
	const box = (await wrap.boundingBox())!;
	const headers = await frame.locator('thead th').allInnerTexts();
	expect(headers).toContain('Source');
	const cells = await frame.locator('tbody td').evaluateAll((tds) =>
		tds.map((td) => {
			const r = td.getBoundingClientRect();
			return {
				left: r.left,
				right: r.right,
				width: r.width,
				height: r.height,
				label: td.getAttribute('data-label')
			};
		})
	);
	const rows = await frame.locator('tbody tr').count();
	expect(cells.length).toBe(rows * headers.length);
	for (const c of cells) {
		expect(c.width, `${c.label} hidden`).toBeGreaterThan(100);
		expect(c.height).toBeGreaterThan(0);
		expect(c.left).toBeGreaterThanOrEqual(box.x - 0.5);
		expect(c.right).toBeLessThanOrEqual(box.x + box.width + 0.5);
	}
	// the table grows with its rows rather than scrolling in a box
	expect(await wrap.evaluate((w) => w.scrollHeight - w.clientHeight)).toBeLessThanOrEqual(0);
	// the longest source cell is on screen in full, wrapped
	const source = frame.locator('tbody tr').first().locator('td').last();
	expect(await source.evaluate((td) => td.scrollWidth <= td.clientWidth)).toBe(true);
	await context.close();
});

test('chart tables stay tables on a wide screen', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await open(page, '/oil');
	const frame = page.locator('[data-chart-id="oil-cargo-timeline"]');
	await frame.getByText('Table', { exact: true }).click();
	await expect(frame.locator('thead th').first()).toBeVisible();
	expect(
		await frame
			.locator('tbody td')
			.first()
			.evaluate((td) => getComputedStyle(td).display)
	).toBe('table-cell');
});
