/** Dataset pages (/data/<dataset>): rows sorted, filtered and paged by keyboard; without JS; axe. */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

function csv(name: string) {
	const [header, ...rows] = Papa.parse<string[]>(readFileSync(`data/${name}.csv`, 'utf8').trim(), {
		header: false
	}).data;
	return { header: header!, rows };
}

const FB = csv('factbook_trade');
const col = (name: string) => FB.header.indexOf(name);

async function openDataset(page: Page, name: string) {
	await page.goto(`/data/${name}`);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByRole('button', { name: FB.header[0] }).first()).toBeVisible();
}

const firstCell = (page: Page, c: number) =>
	page.locator('[data-testid="rows"] tbody tr').first().locator('td').nth(c);
const header = (page: Page, name: string) =>
	page.locator('[data-testid="rows"] thead th').nth(FB.header.indexOf(name));

test('sorts by keyboard: Tab to a header button, Enter and Space; aria-sort follows', async ({
	page
}) => {
	const rowRequests: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/rows.json')) rowRequests.push(r.url());
	});
	await openDataset(page, 'factbook_trade');
	// the page starts with its first page of rows only
	expect(rowRequests).toEqual([]);
	await expect(page.getByTestId('rows-status')).toContainText(
		'530 rows; showing 1–50, page 1 of 11'
	);

	// Tab from the filter box to the "value" header button
	await page.getByLabel('Filter rows').focus();
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		const name = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
		if (name.startsWith('value')) break;
	}
	await expect(page.locator(':focus')).toHaveText(/^value/);
	await page.keyboard.press('Enter');
	const values = FB.rows.map((r) => r[col('value')]!).filter((v) => v !== '');
	const nums = values.map(Number);
	await expect(header(page, 'value')).toHaveAttribute('aria-sort', 'ascending');
	await expect(firstCell(page, col('value'))).toHaveText(values[nums.indexOf(Math.min(...nums))]!);
	expect(rowRequests).toHaveLength(1);
	await expect(page.getByTestId('rows-status')).toContainText('sorted by value, ascending');

	await page.keyboard.press('Enter');
	await expect(header(page, 'value')).toHaveAttribute('aria-sort', 'descending');
	await expect(firstCell(page, col('value'))).toHaveText(values[nums.indexOf(Math.max(...nums))]!);
	await expect(header(page, 'year')).not.toHaveAttribute('aria-sort', /.*/);

	// Space sorts too; text columns sort as text, ties keep the file's order
	await page.getByRole('button', { name: /^partner/ }).focus();
	await page.keyboard.press('Space');
	await expect(header(page, 'partner')).toHaveAttribute('aria-sort', 'ascending');
	await expect(header(page, 'value')).not.toHaveAttribute('aria-sort', /.*/);
	const partners = [...FB.rows].sort((a, b) =>
		a[col('partner')]!.localeCompare(b[col('partner')]!, 'en', { sensitivity: 'base' })
	);
	await expect(firstCell(page, col('partner'))).toHaveText(partners[0]![col('partner')]!);
	expect(rowRequests).toHaveLength(1);
});

test('filters by words, in every column or one, and says how many rows match', async ({ page }) => {
	await openDataset(page, 'factbook_trade');
	const filter = page.getByLabel('Filter rows');
	await filter.fill('Belarus imports Russia');
	const words = ['belarus', 'imports', 'russia'];
	const n = FB.rows.filter((r) => {
		const t = r.join(' ').toLowerCase();
		return words.every((w) => t.includes(w));
	}).length;
	expect(n).toBeGreaterThan(5);
	const status = page.getByTestId('rows-status');
	await expect(status).toHaveText(`${n} of 530 rows match the filter`);
	await expect(page.locator('[data-testid="rows"] tbody tr')).toHaveCount(n);
	await expect(status).toHaveAttribute('role', 'status');

	// one column: "2010" in source_id only (rows of the 2010 edition), not in year or value
	await page.getByLabel('in', { exact: true }).selectOption({ label: 'source_id' });
	await filter.fill('2010');
	const m = FB.rows.filter((r) => r[col('source_id')]!.includes('2010')).length;
	await expect(status).toHaveText(`${m} of 530 rows match the filter`);
	await filter.fill('no such words');
	await expect(status).toHaveText('No rows match the filter (530 rows in all)');
	await expect(page.locator('[data-testid="rows"] tbody tr')).toHaveCount(0);
});

test('pages 50 rows at a time', async ({ page }) => {
	await openDataset(page, 'factbook_trade');
	await expect(page.getByTestId('page-of')).toHaveText('Page 1 of 11');
	const prev = page.getByRole('button', { name: 'Previous page' });
	await expect(prev).toBeDisabled();
	await page.getByRole('button', { name: 'Next page' }).click();
	await expect(page.getByTestId('page-of')).toHaveText('Page 2 of 11');
	await expect(page.getByTestId('rows-status')).toHaveText(
		'530 rows; showing 51–100, page 2 of 11'
	);
	const first = page.locator('[data-testid="rows"] tbody tr').first().locator('td');
	await expect(first.nth(col('partner'))).toHaveText(FB.rows[50]![col('partner')]!);
	await expect(first.nth(col('year'))).toHaveText(FB.rows[50]![col('year')]!);
	for (let i = 2; i < 11; i++) await page.getByRole('button', { name: 'Next page' }).click();
	await expect(page.getByTestId('page-of')).toHaveText('Page 11 of 11');
	await expect(page.locator('[data-testid="rows"] tbody tr')).toHaveCount(530 - 500);
	await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
	await prev.click();
	await expect(page.getByTestId('page-of')).toHaveText('Page 10 of 11');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('shows the first page of rows and the CSV for the rest; no dead controls', async ({
		page
	}) => {
		await page.goto('/data/factbook_trade');
		const rows = page.locator('[data-testid="rows"] tbody tr');
		await expect(rows).toHaveCount(50);
		await expect(rows.nth(49).locator('td').nth(col('value'))).toHaveText(
			FB.rows[49]![col('value')]!
		);
		await expect(page.getByTestId('rows-status')).toContainText('530 rows; showing 1–50');
		await expect(
			page.getByTestId('rows-status').getByRole('link', { name: 'factbook_trade.csv' })
		).toHaveAttribute('href', '/data/factbook_trade.csv');
		await expect(page.getByLabel('Filter rows')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Next page' })).toBeHidden();
		await expect(page.locator('[data-testid="rows"] thead button')).toHaveCount(0);
		await expect(page.locator('#site-search')).toHaveCount(0);
	});
});

test('the page states rows, years, columns with units, and sources with grades', async ({
	page
}) => {
	const tl = csv('timeline');
	await page.goto('/data/trade_turnover');
	const t = csv('trade_turnover');
	await expect(page.getByTestId('row-count')).toHaveText(String(t.rows.length));
	const years = t.rows.map((r) => Number(r[0]));
	await expect(page.getByTestId('years')).toHaveText(`${Math.min(...years)}–${Math.max(...years)}`);
	const share = page.getByRole('region', { name: 'Columns' }).locator('tr', {
		hasText: 'turnover_share_pct'
	});
	await expect(share.locator('td')).toHaveText(['number', '%', /Partner's share/]);
	await page.goto('/data/timeline');
	const verified = tl.rows.filter((r) => r[tl.header.indexOf('confidence')] === 'verified');
	await expect(page.getByTestId('grades')).toContainText(`verified ${verified.length}`);
	const cited = page.getByTestId('cited-sources');
	const id = tl.rows[0]![tl.header.indexOf('source_id')]!.split(';')[0]!;
	await expect(cited.getByRole('link', { name: id })).toHaveAttribute(
		'href',
		`/about/sources#source-${id}`
	);
});

test('the catalogue links every dataset page; charts link the datasets they draw', async ({
	page
}) => {
	await page.goto('/data');
	await page.getByRole('link', { name: 'Relations timeline' }).click();
	await expect(page).toHaveURL(/\/data\/timeline$/);
	await expect(page.locator('h1')).toHaveText('Relations timeline');

	await page.goto('/trade');
	const line = page.locator('[data-chart-id="trade-asymmetry"] .data-line').first();
	await expect(line).toHaveText('Data: factbook_trade, trade_turnover, claims');
	await line.getByRole('link', { name: 'claims' }).click();
	await expect(page).toHaveURL(/\/data\/claims$/);
	await expect(page.getByTestId('row-count')).toHaveText(String(csv('claims').rows.length));
});

for (const width of [1280, 390])
	test(`a dataset page has no axe violations, sorted and filtered (${width} px)`, async ({
		browser
	}) => {
		const context = await browser.newContext({ viewport: { width, height: 900 } });
		const page = await context.newPage();
		await openDataset(page, 'factbook_trade');
		await page.getByRole('button', { name: /^year/ }).click();
		await page.getByLabel('Filter rows').fill('Belarus');
		await expect(page.getByTestId('rows-status')).toContainText('match the filter');
		const result = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(
			result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
		await context.close();
	});
