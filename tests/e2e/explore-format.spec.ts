/**
 * /explore: a reader's file read as one of the atlas's formats. The reader picks the format, each
 * field shows the column guessed for it (and can be changed), rows that break the format's rules
 * are listed by line and column and left out of the chart, the chart draws one series per
 * reporter, partner and flow, the table and CSV carry the atlas dataset's own columns, and the
 * link brings the same view back.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watch } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'explore-format-'));
const SHARES = [
	'Year,From,To,Direction,Share of trade,Note',
	'2017,Belarus,Russia,Export,44.1,a',
	'2018,Belarus,Russia,exports,38.4,b',
	'2019,Belarus,Russia,imports,140,c',
	'2020,Belarus,Russia,re-exports,45,d',
	'2021,Belarus,Russia,total,,e',
	'2021,Belarus,Russia,Imports,49.6,f'
].join('\n');

async function upload(page: Page, name: string, body: string) {
	await page.goto('/explore');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const p = join(dir, name);
	writeFileSync(p, body);
	await page.getByTestId('file-input').setInputFiles(p);
	await expect(page.getByTestId('columns')).toBeVisible();
}

test('a file read as the atlas’s trade shares format: fields, checks, series, table, CSV, link', async ({
	page
}) => {
	const problems = watch(page);
	await upload(page, 'shares.csv', SHARES);
	const frame = page.getByTestId('explore-frame');
	// before: the reader's own columns, one series per text column value
	await expect(frame.locator('.legend')).toContainText('Yours: Belarus');

	await page
		.getByLabel('Read the columns as')
		.selectOption({ label: 'the atlas’s trade shares format' });
	// the guess, one column per field, and what it means
	await expect(page.locator('#field-year')).toHaveValue('Year');
	await expect(page.locator('#field-reporter')).toHaveValue('From');
	await expect(page.locator('#field-partner')).toHaveValue('To');
	await expect(page.locator('#field-flow')).toHaveValue('Direction');
	await expect(page.locator('#field-value_pct')).toHaveValue('Share of trade');
	await expect(page.locator('#field-source_id')).toHaveValue('');
	// the text column is not offered for the share
	await expect(page.locator('#field-value_pct option')).toHaveText([
		'— none —',
		'Year',
		'Share of trade'
	]);
	const checks = page.getByTestId('format-problems');
	await expect(checks.locator('summary')).toHaveText(/Against the trade shares format: 3 problems/);
	await expect(checks.locator('li')).toHaveText([
		'line 4, column Share of trade (value_pct): 140 is outside 0–100, the range of share, % (0–100): not drawn',
		'line 5, column Direction (flow): expected exports, imports, total, got "re-exports"',
		'line 6, column Share of trade (value_pct): empty: share, % (0–100) is needed for every row'
	]);
	// the x, y and series pickers give way to the format
	await expect(page.locator('.mapping')).toHaveCount(0);

	await expect(frame.locator('h3')).toHaveText('Trade shares: value_pct by year');
	await expect(frame.locator('.legend li')).toHaveText([
		'Yours: Belarus · Russia · exports',
		'Yours: Belarus · Russia · imports'
	]);
	await expect(frame.locator('#explore-desc')).toHaveText(
		'Yours: Belarus · Russia · exports: 2 points drawn, from 38.4 to 44.1. Yours: Belarus · Russia · imports: 1 point drawn, 1 gap, from 49.6 to 49.6'
	);
	await expect(frame.locator('.notes')).toContainText(
		'Your file read as the atlas’s trade shares format: Year as year, From as reporter, To as partner, Direction as flow, Share of trade as value_pct.'
	);
	await expect(frame.locator('.notes')).toContainText(
		'3 values not drawn: x or y missing or not valid (listed under Problems and the format’s problems).'
	);
	// the line for exports is drawn: two points
	await expect(frame.locator('.chart-body path.lc-path').first()).toBeVisible();

	// the table has the atlas's columns, flows spelled its way, refused values empty
	await frame.locator('summary', { hasText: 'Table' }).click();
	const table = frame.getByTestId('chart-table');
	await expect(table.locator('th')).toHaveText([
		'Line',
		'year',
		'reporter',
		'partner',
		'flow',
		'value_pct'
	]);
	await expect(table.locator('tbody tr').first().locator('td')).toHaveText([
		'2',
		'2017',
		'Belarus',
		'Russia',
		'exports',
		'44.1'
	]);
	await expect(table.locator('tbody tr').nth(2).locator('td')).toHaveText([
		'4',
		'2019',
		'Belarus',
		'Russia',
		'imports',
		'—'
	]);
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: 'Download CSV' }).click()
	]);
	expect(readFileSync(await csv.path(), 'utf8')).toBe(
		// one row per value of each series drawn, in the format's own columns, with its source and
		// the format's unit; a refused value stays an empty cell; the rows of a series with no
		// value at all (the refused flow, the empty total) are in no series drawn
		[
			'source,series,line,year,reporter,partner,flow,value,unit',
			'shares.csv,Yours: Belarus · Russia · exports,2,2017,Belarus,Russia,exports,44.1,%',
			'shares.csv,Yours: Belarus · Russia · exports,3,2018,Belarus,Russia,exports,38.4,%',
			'shares.csv,Yours: Belarus · Russia · imports,4,2019,Belarus,Russia,imports,,%',
			'shares.csv,Yours: Belarus · Russia · imports,7,2021,Belarus,Russia,imports,49.6,%',
			''
		].join('\r\n')
	);

	// the link keeps the format and its fields; a reload draws the same
	await expect(page).toHaveURL(/format=trade_shares&field=year%3AYear&field=reporter%3AFrom/);
	await page.reload();
	await expect(page.locator('#field-flow')).toHaveValue('Direction');
	await expect(frame.locator('.legend li')).toHaveText([
		'Yours: Belarus · Russia · exports',
		'Yours: Belarus · Russia · imports'
	]);

	// a field left without a column: the chart says what to choose
	await page.locator('#field-value_pct').selectOption('');
	await expect(page.getByTestId('format-missing')).toHaveText(
		'To chart the file as trade shares, choose a column for value_pct.'
	);
	await expect(frame).toHaveCount(0);

	// series by flow only: the reporter and partner fields emptied
	await page.locator('#field-value_pct').selectOption('Share of trade');
	await page.locator('#field-reporter').selectOption('');
	await page.locator('#field-partner').selectOption('');
	await expect(frame.locator('.legend li')).toHaveText(['Yours: exports', 'Yours: imports']);

	// back to the reader's own columns
	await page.getByLabel('Read the columns as').selectOption('');
	await expect(page.locator('.mapping')).toBeVisible();
	await expect(frame.locator('h3')).toHaveText('Share of trade by Year');
	await expect(page).not.toHaveURL(/format=/);
	expect(problems).toEqual([]);
});

test('a column taken by one field is freed from the other; a tampered link is ignored', async ({
	page
}) => {
	await upload(page, 'gas.csv', 'when,kind,price\n2019-01,contract,127\n2020-01,contract,127\n');
	await page.getByLabel('Read the columns as').selectOption('gas_prices');
	await expect(page.locator('#field-period_start')).toHaveValue('when');
	await expect(page.locator('#field-series')).toHaveValue('kind');
	await expect(page.getByTestId('format-ok')).toHaveText('Every row fits the gas prices format.');
	// "kind" moved to the kept-only source field: the series field lets it go
	await page.locator('#field-source_id').selectOption('kind');
	await expect(page.locator('#field-series')).toHaveValue('');
	const frame = page.getByTestId('explore-frame');
	await expect(frame.locator('.legend li')).toHaveText(['Yours: price_usd_per_1000m3']);

	const url = new URL(page.url());
	url.searchParams.set('format', '<img src=x onerror=alert(1)>');
	await page.goto(url.toString());
	await expect(page.getByLabel('Read the columns as')).toHaveValue('');
	await expect(frame.locator('.legend li')).toHaveText(['Yours: contract']);
});

test('a line breaks where a value is missing, and is not joined across it', async ({ page }) => {
	await upload(page, 'gap.csv', 'year,v\n2000,1\n2001,\n2002,3\n2003,4\n2004,n/a\n2005,2\n');
	const line = page.getByTestId('explore-frame').locator('.chart-body path.lc-path').first();
	await expect(line).toBeVisible();
	// three runs: 2000 alone, 2002–2003, 2005 alone; each run starts with a move (M)
	const d = (await line.getAttribute('d')) ?? '';
	expect(d.match(/M/g)).toHaveLength(3);
	// each point has a dot, so a value alone between gaps (a line of no length) is seen
	await expect(line).toHaveAttribute('marker-mid', /^url\(#/);
	await expect(line).toHaveAttribute('marker-start', /^url\(#/);
	await expect(page.locator('#explore-desc')).toHaveText(
		'Yours: v: 4 points drawn, 2 gaps, from 1 to 4'
	);
	// as points: one mark per value, none for the gaps, no line
	const frame = page.getByTestId('explore-frame');
	await frame.getByLabel('Chart').selectOption('points');
	await expect(frame.locator('.chart-body circle')).toHaveCount(4);
	await expect(frame.locator('.chart-body path.lc-path')).toHaveCount(0);
});
