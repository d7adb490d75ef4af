/**
 * /about: the worked examples show the numbers the CSV rows give, the data version is the one the
 * version function computes, the page reads at 390 and 1280 px with and without JavaScript, axe
 * finds nothing, and the build carries no build-time timestamp.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataVersion, hashCsvFiles, readCsvFiles } from '../../src/lib/server/version';
import { watch } from './helpers';

const csv = (name: string) =>
	Papa.parse<Record<string, string>>(readFileSync(`data/${name}.csv`, 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data;

const claim = csv('claims').find((c) => c.reporter === 'Belarus' && c.partner === 'Russia')!;
const year = claim.year!;
const turnover = csv('trade_turnover').filter((r) => r.year === year);
const fb = csv('factbook_trade').filter((r) => r.year === year);

test('the turnover examples show the numbers of the trade_turnover.csv rows they explain', async ({
	page
}) => {
	const problems = watch(page);
	await page.goto('/about');
	const by = turnover.find((r) => r.reporter === 'Belarus')!;
	const ru = turnover.find((r) => r.reporter === 'Russia')!;
	const share = page.locator('[data-example="turnover-share"]');
	await expect(share.getByTestId('result')).toHaveText(`${by.turnover_share_pct}%`);
	const steps = share.getByTestId('steps');
	await expect(steps).toContainText(by.computation!);
	await expect(steps).toContainText(
		`= ${by.bilateral_turnover_usd_bn} / ${by.reporter_turnover_usd_bn}`
	);
	// each input as factbook_trade.csv records it, linked to its source's entry in the table
	for (const [flow, measure, partner] of [
		['exports', 'partner_share', 'Russia'],
		['imports', 'partner_share', 'Russia'],
		['exports', 'total', 'World'],
		['imports', 'total', 'World']
	] as const) {
		const r = fb.find(
			(x) =>
				x.reporter === 'Belarus' &&
				x.flow === flow &&
				x.measure === measure &&
				x.partner === partner
		)!;
		const text = r.unit === '%' ? `${r.value}%` : `$${r.value} bn`;
		const term = share.locator('li', { hasText: text });
		await expect(term).toHaveCount(1);
		await expect(term.locator(`a[href="#source-${r.source_id}"]`)).toBeVisible();
	}
	const other = page.locator('[data-example="share-of-other"]');
	await expect(other.getByTestId('result')).toHaveText(`${ru.turnover_share_pct}%`);
	await expect(other.getByTestId('steps')).toContainText(
		`= ${ru.bilateral_turnover_usd_bn} / ${ru.reporter_turnover_usd_bn}`
	);
	// Belarus's own report puts it above Russia's smallest listed export share: the bound is
	// contradicted, and the page says so with the arithmetic
	await expect(page.locator('[data-example="unlisted-bound"] [data-testid="result"]')).toHaveText(
		'no bound: contradicted by Belarus’s own report'
	);
	await expect(page.locator('[data-example="unlisted-bound"]')).toContainText(
		'56.42% × 28.32 / 303.4 = 5.27%'
	);
	expect(problems).toEqual([]);
});

test('every source id on the page links to a row of the source table, which lists the page’s sources and points to all', async ({
	page
}) => {
	await page.goto('/about');
	const sources = csv('sources');
	const targets = await page
		.locator('a[href^="#source-"]')
		.evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!.slice(1)))]);
	expect(targets.length).toBeGreaterThan(5);
	for (const id of targets) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
	// the table: exactly the sources linked from the page, plus the article and its references
	const article = sources.filter(
		(s) => s.kind === 'article claim' || s.kind === 'article reference'
	);
	const rows = await page
		.locator('#sources tbody tr')
		.evaluateAll((trs) => trs.map((tr) => tr.id.replace(/^source-/, '')));
	expect(new Set(rows)).toEqual(
		new Set([...targets.map((t) => t.replace(/^source-/, '')), ...article.map((s) => s.id)])
	);
	for (const s of sources.filter((x) => x.id === 'ARTICLE_CLAIM' || x.id === 'CIAFB_2010'))
		await expect(page.locator(`[id="source-${s.id}"]`)).toContainText(s.confidence!);
	// and every source the atlas uses is one link away
	await expect(page.locator('#sources')).toContainText(`All ${sources.length} sources`);
	await expect(page.locator('#sources a[href="/data/sources"]')).toBeVisible();
});

test('the data version is the hash of data/*.csv and the date of data/VERSION', async ({
	page
}) => {
	await page.goto('/about');
	const v = dataVersion('data');
	expect(v.hash).toBe(hashCsvFiles(readCsvFiles('data')));
	await expect(page.getByTestId('data-hash')).toHaveText(v.hash);
	await expect(page.getByTestId('data-date')).toHaveText(v.date);
	await expect(page.getByTestId('bibtex-atlas')).toContainText(`dependence_atlas_${v.hash}`);
	await expect(page.getByTestId('cite-chart')).toContainText(`/trade?asym.year=${year}`);
});

test('the footer links to /about from every page', async ({ page }) => {
	await page.goto('/trade');
	await page.locator('.site-footer').getByRole('link', { name: 'About the atlas' }).click();
	await expect(page).toHaveURL(/\/about$/);
	await expect(page.locator('h1')).toHaveText('About the atlas');
});

async function headingLevels(page: Page) {
	return page
		.locator('main :is(h1, h2, h3, h4)')
		.evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
}

for (const js of [true, false])
	for (const width of [390, 1280])
		test(`/about reads at ${width} px with JavaScript ${js ? 'on' : 'off'}: no sideways scroll, headings in order`, async ({
			browser
		}) => {
			const context = await browser.newContext({
				viewport: { width, height: 900 },
				javaScriptEnabled: js
			});
			const page = await context.newPage();
			await page.goto('/about');
			await expect(page.locator('[data-example="hhi"] [data-testid="result"]')).toBeVisible();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			const levels = await headingLevels(page);
			expect(levels[0]).toBe(1);
			expect(levels.filter((l) => l === 1)).toHaveLength(1);
			for (let i = 1; i < levels.length; i++)
				expect(levels[i]! - levels[i - 1]!, `heading ${i} skips a level`).toBeLessThanOrEqual(1);
			// on a phone each source row fits the screen, with its column names beside the values
			const row = page.locator('[id="source-ARTICLE_CLAIM"]');
			const box = (await row.boundingBox())!;
			expect(box.x + box.width).toBeLessThanOrEqual(width);
			await context.close();
		});

for (const scheme of ['light', 'dark'] as const)
	test(`/about has no axe violations (${scheme})`, async ({ page }) => {
		test.setTimeout(90_000); // axe walks every cell of the source table
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/about');
		const result = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(
			result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
	});

test('/about at 390 px has no axe violations', async ({ browser }) => {
	test.setTimeout(90_000);
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	await page.goto('/about');
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(result.violations.map((v) => v.id)).toEqual([]);
	await context.close();
});

/**
 * No build timestamp: every date-like string in the built pages must come from the data (a CSV
 * cell or data/VERSION), and no time of day appears at all. A build that printed the day or hour it
 * ran would fail here (unless it ran on a day the data already names, which the time check and the
 * version test in src/lib/server/version.test.ts still cover).
 */
/** Fixed dates inside libraries' code, none of them a build time. */
const LIBRARY_DATES = [
	// d3-time-format checks that the browser parses ISO dates (LayerChart, loaded only on /explore)
	'2000-01-01T00:00'
];

test('the build carries no build-time date or time', () => {
	const dataText =
		readdirSync('data')
			.filter((f) => f.endsWith('.csv'))
			.map((f) => readFileSync(join('data', f), 'utf8'))
			.join('\n') + readFileSync('data/VERSION', 'utf8');
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const p = join(dir, e.name);
			if (e.isDirectory()) walk(p);
			else if (/\.(html|json|js|css|svg|txt|xml)$/.test(e.name)) files.push(p);
		}
	};
	walk('build');
	expect(files.some((f) => f.endsWith('about.html'))).toBe(true);
	const now = new Date();
	const today = now.toISOString().slice(0, 10);
	const month = now.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
	const todayLong = `${now.getUTCDate()} ${month} ${now.getUTCFullYear()}`;
	const problems: string[] = [];
	for (const f of files) {
		const text = readFileSync(f, 'utf8');
		for (const m of text.matchAll(/\b(19|20)\d\d-[01]\d-[0-3]\d(T[0-2]\d:[0-5]\d)?/g)) {
			if (LIBRARY_DATES.includes(m[0])) continue;
			if (m[2]) problems.push(`${f}: date and time ${m[0]}`);
			else if (!dataText.includes(m[0])) problems.push(`${f}: date ${m[0]} is not in data/`);
		}
		if (!dataText.includes(today) && text.includes(today)) problems.push(`${f}: today's date`);
		if (text.includes(todayLong)) problems.push(`${f}: today's date in words`);
	}
	expect(problems).toEqual([]);
});
