/**
 * Dataset pages (/data/<dataset>): rows sorted, filtered (words anywhere, and per column, combined)
 * and paged by keyboard; the view kept in the address (reload, Back, Forward, tampered values);
 * the filtered rows downloaded byte for byte as the file has them; the columns that name a row kept
 * in view on a phone; without JS; axe.
 */
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

test('filters by words, anywhere in the row or in one column, and says how many rows match', async ({
	page
}) => {
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
	await expect(page).toHaveURL(/\?q=Belarus\+imports\+Russia$/);

	// one column: "2010" in source_id only (rows of the 2010 edition), not in year or value
	await filter.fill('');
	await page.getByTestId('column-filters').click();
	await page.getByLabel('source_id contains').fill('2010');
	const m = FB.rows.filter((r) => r[col('source_id')]!.includes('2010')).length;
	await expect(status).toHaveText(`${m} of 530 rows match the filter`);
	await expect(page).toHaveURL(/\?f\.source_id=2010$/);
	await filter.fill('no such words');
	await expect(status).toHaveText('No rows match the filter (530 rows in all)');
	await expect(page.locator('[data-testid="rows"] tbody tr')).toHaveCount(0);
	await expect(page.getByTestId('download-filtered')).toBeDisabled();
});

/** Rows of the file that pass a test, with their places in the file. */
const where = (rows: string[][], keep: (r: string[]) => boolean) =>
	rows.flatMap((r, i) => (keep(r) ? [i] : []));

test('filters on several columns combine, by keyboard; the address keeps them for reload and Back', async ({
	page
}) => {
	await openDataset(page, 'factbook_trade');
	const status = page.getByTestId('rows-status');
	// the column filters open from the keyboard: Tab to the summary, Enter
	await page.getByLabel('Filter rows').focus();
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('column-filters')).toBeFocused();
	await page.keyboard.press('Enter');
	const reporter = page.getByLabel('reporter', { exact: true });
	await reporter.focus();
	await reporter.selectOption('Belarus');
	await page.getByLabel('measure', { exact: true }).selectOption('partner_share');
	const year = page.getByRole('group', { name: 'year' });
	await year.getByLabel('from').fill('2000');
	await year.getByLabel('to').fill('2010');
	const kept = where(
		FB.rows,
		(r) =>
			r[col('reporter')] === 'Belarus' &&
			r[col('measure')] === 'partner_share' &&
			+r[col('year')]! >= 2000 &&
			+r[col('year')]! <= 2010
	);
	expect(kept.length).toBeGreaterThan(50);
	await expect(status).toHaveText(
		`${kept.length} of 530 rows match the filter; showing 1–50, page 1 of ${Math.ceil(kept.length / 50)}`
	);
	await expect(page.getByTestId('column-filters')).toHaveText('Filter by column (3 set)');
	await expect(page).toHaveURL(
		/\/data\/factbook_trade\?f\.year\.min=2000&f\.year\.max=2010&f\.reporter=Belarus&f\.measure=partner_share$/
	);

	// a sort and a page are steps of their own in the history
	await page.getByRole('button', { name: /^value/ }).click();
	await page.getByRole('button', { name: 'Next page' }).click();
	await expect(page).toHaveURL(/&sort=value&page=2$/);
	const byValue = [...kept].sort(
		(a, b) => +FB.rows[a]![col('value')]! - +FB.rows[b]![col('value')]! || a - b
	);
	await expect(firstCell(page, col('value'))).toHaveText(FB.rows[byValue[50]!]![col('value')]!);

	// reload: the same view
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(status).toContainText(
		`${kept.length} of 530 rows match the filter; showing 51–${Math.min(100, kept.length)}`
	);
	await expect(header(page, 'value')).toHaveAttribute('aria-sort', 'ascending');
	await expect(firstCell(page, col('value'))).toHaveText(FB.rows[byValue[50]!]![col('value')]!);
	await expect(page.getByRole('group', { name: 'year' }).getByLabel('from')).toHaveValue('2000');
	await expect(page.getByLabel('reporter', { exact: true })).toHaveValue('Belarus');

	// Back: page 1, then unsorted; Forward: sorted again
	await page.goBack();
	await expect(page).toHaveURL(/&sort=value$/);
	await expect(page.getByTestId('page-of')).toHaveText(`Page 1 of ${Math.ceil(kept.length / 50)}`);
	await page.goBack();
	await expect(page).toHaveURL(/f\.measure=partner_share$/);
	await expect(header(page, 'value')).not.toHaveAttribute('aria-sort', /.*/);
	await expect(firstCell(page, col('year'))).toHaveText(FB.rows[kept[0]!]![col('year')]!);
	await page.goForward();
	await expect(header(page, 'value')).toHaveAttribute('aria-sort', 'ascending');

	// clearing is a step too; the sort stays
	await page.getByRole('button', { name: 'Clear every filter' }).click();
	await expect(status).toHaveText(
		'530 rows; showing 1–50, page 1 of 11; sorted by value, ascending'
	);
	await expect(page).toHaveURL(/\/data\/factbook_trade\?sort=value$/);
	await page.goBack();
	await expect(status).toContainText(`${kept.length} of 530 rows match the filter`);
});

test('an address the table cannot follow gets a message naming each part, never markup', async ({
	page
}) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	const evil = encodeURIComponent('<img src=x onerror=alert(1)>');
	await page.goto(
		`/data/factbook_trade?sort=${evil}&dir=up&f.flow=sideways&f.value.min=lots&f.colour=red&f.reporter=Russia&page=99`
	);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const russia = FB.rows.filter((r) => r[col('reporter')] === 'Russia').length;
	const problems = page.getByTestId('url-problems');
	await expect(problems.locator('li')).toHaveText([
		'sort=<img src=x onerror=alert(1)>: this table has no column “<img src=x onerror=alert(1)>”; the rows keep the file’s order.',
		'dir=up: the direction is asc or desc; ascending is used.',
		'f.flow=sideways: flow is one of exports, imports; the filter is left out.',
		'f.value.min=lots: “lots” is not a number; the bound is left out.',
		'f.colour: this table has no column “colour”; the filter is left out.',
		`page=99: there are ${Math.ceil(russia / 50)} pages of rows; the last is shown.`
	]);
	await expect(problems.locator('img')).toHaveCount(0);
	// what was sound is followed: Russia's rows, on the last page
	const pages = Math.ceil(russia / 50);
	await expect(page.getByTestId('rows-status')).toContainText(
		`${russia} of 530 rows match the filter; showing ${(pages - 1) * 50 + 1}–${russia}, page ${pages} of ${pages}`
	);
	// the next change writes a clean address and the message goes
	await page.getByRole('button', { name: 'Previous page' }).click();
	await expect(page).toHaveURL(
		new RegExp(`/data/factbook_trade\\?f\\.reporter=Russia&page=${pages - 1}$`)
	);
	await expect(problems).toHaveCount(0);
	expect(dialogs).toEqual([]);
});

test('downloads exactly the filtered rows, every page, byte for byte as the file has them', async ({
	page
}) => {
	await page.goto(
		'/data/factbook_trade?f.reporter=Belarus&f.measure=partner_share&f.year.min=2000'
	);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const lines = readFileSync('data/factbook_trade.csv', 'utf8').split('\n');
	const kept = where(
		FB.rows,
		(r) =>
			r[col('reporter')] === 'Belarus' &&
			r[col('measure')] === 'partner_share' &&
			+r[col('year')]! >= 2000
	);
	expect(kept.length).toBeGreaterThan(100);
	const button = page.getByRole('button', {
		name: `Download these ${kept.length} rows (factbook_trade-filtered.csv)`
	});
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	expect(file.suggestedFilename()).toBe('factbook_trade-filtered.csv');
	const got = readFileSync((await file.path())!, 'utf8');
	expect(got).toBe([lines[0], ...kept.map((i) => lines[i + 1])].join('\n') + '\n');

	// sorted: the same rows in the order shown (descending by value, ties in file order)
	await page.getByRole('button', { name: /^value/ }).click();
	await page.getByRole('button', { name: /^value/ }).click();
	await expect(header(page, 'value')).toHaveAttribute('aria-sort', 'descending');
	const sorted = [...kept].sort(
		(a, b) => +FB.rows[b]![col('value')]! - +FB.rows[a]![col('value')]! || a - b
	);
	const [again] = await Promise.all([page.waitForEvent('download'), button.click()]);
	expect(readFileSync((await again.path())!, 'utf8')).toBe(
		[lines[0], ...sorted.map((i) => lines[i + 1])].join('\n') + '\n'
	);
});

test('a filtered download keeps the file’s own quoting (cells quoted in data/ stay quoted)', async ({
	page
}) => {
	const file = readFileSync('data/energy_disputes.csv', 'utf8');
	const lines = file.split('\n');
	const ED = csv('energy_disputes');
	const kept = where(ED.rows, (r) => r[ED.header.indexOf('commodity')] === 'gas');
	expect(kept.some((i) => lines[i + 1]!.includes('"'))).toBe(true);
	await page.goto('/data/energy_disputes');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByTestId('column-filters').click();
	await page.getByLabel('commodity', { exact: true }).selectOption('gas');
	await expect(page).toHaveURL(/\?f\.commodity=gas$/);
	const [dl] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('download-filtered').click()
	]);
	expect(dl.suggestedFilename()).toBe('energy_disputes-filtered.csv');
	expect(readFileSync((await dl.path())!, 'utf8')).toBe(
		[lines[0], ...kept.map((i) => lines[i + 1])].join('\n') + '\n'
	);
});

test('on a phone the columns that name a row stay in view while the table scrolls sideways', async ({
	browser
}) => {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true,
		deviceScaleFactor: 2
	});
	const page = await context.newPage();
	await openDataset(page, 'factbook_trade');
	const wrap = page.getByRole('region', { name: /: rows$/ });
	const cell = (row: number, c: number) =>
		page.locator('[data-testid="rows"] tr').nth(row).locator('th, td').nth(c);
	const box = async (row: number, c: number) => (await cell(row, c).boundingBox())!;
	await cell(0, 0).scrollIntoViewIfNeeded();
	const region = (await wrap.boundingBox())!;
	const before = await Promise.all([box(0, 0), box(1, 0), box(1, 1), box(1, 2), box(1, 5)]);
	expect(before[0].x).toBeCloseTo(region.x, 0);

	// a finger drags the table 280 px to the left, across the first row
	const cdp = await context.newCDPSession(page);
	const y = Math.round(before[1].y + 8);
	const touch = (type: string, x?: number) =>
		cdp.send('Input.dispatchTouchEvent', {
			type: type as 'touchStart',
			touchPoints: x === undefined ? [] : [{ x, y }]
		});
	await touch('touchStart', 340);
	for (let i = 1; i <= 14; i++) {
		await touch('touchMove', 340 - i * 20);
		await page.waitForTimeout(16);
	}
	await touch('touchEnd');
	await expect.poll(() => wrap.evaluate((e) => e.scrollLeft)).toBeGreaterThan(150);
	const after = await Promise.all([box(0, 0), box(1, 0), box(1, 1), box(1, 2), box(1, 5)]);
	// year and reporter, header and rows, have not moved; flow and value have
	for (const i of [0, 1, 2]) {
		expect(after[i]!.x, `pinned cell ${i}`).toBeCloseTo(before[i]!.x, 0);
		expect(after[i]!.y).toBeCloseTo(before[i]!.y, 0);
	}
	expect(after[2]!.x).toBeCloseTo(after[1]!.x + after[1]!.width, 0);
	expect(after[3]!.x).toBeLessThan(before[3]!.x - 150);
	expect(after[4]!.x).toBeLessThan(before[4]!.x - 150);
	// and they hide what scrolls under them: the cell at the pinned column's place is the pinned one
	const hit = await page.evaluate(
		([x, y]) => document.elementFromPoint(x!, y!)?.closest('td')?.cellIndex,
		[after[2]!.x + 4, after[2]!.y + 4]
	);
	expect(hit).toBe(1);
	await expect(cell(1, 0)).toHaveText(FB.rows[0]![0]!);
	await context.close();
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
		await expect(page.getByTestId('rows-nojs')).toBeVisible();
		await expect(page.getByTestId('rows-nojs')).toHaveText(
			'Sorting, filtering and downloading filtered rows need JavaScript: here are the first 50 rows in the file’s order, and the CSV has them all.'
		);
		await expect(page.getByRole('button', { name: 'Next page' })).toBeHidden();
		await expect(page.locator('[data-testid="rows"] thead button')).toHaveCount(0);
		await expect(page.locator('#site-search')).toHaveCount(0);
		// a dataset of one page: all its rows are here
		await page.goto('/data/trade_shares');
		await expect(page.getByTestId('rows-nojs')).toHaveText(
			'Sorting, filtering and downloading filtered rows need JavaScript: here are the rows in the file’s order, as the CSV has them.'
		);
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
		await page.getByTestId('column-filters').click();
		await page.getByLabel('flow', { exact: true }).selectOption('exports');
		await page.getByRole('group', { name: 'value' }).getByLabel('from').fill('x');
		await expect(page.getByTestId('rows-status')).toContainText('match the filter');
		await expect(page.getByTestId('download-filtered')).toBeVisible();
		const result = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(
			result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
		await context.close();
	});
