/**
 * Old URL names of /trade's share timeline and trade-values charts still open the same view, and
 * the page rewrites them to the charts' own names (shares.*, values.*; the event layer stays
 * `events`).
 */
import { expect, test } from '@playwright/test';
import { open } from './helpers';

const shares = '[data-chart-id="trade-share-timeline"]';
const values = '[data-chart-id="trade-values"]';

test('series=exports shows only the export line and becomes shares.series', async ({ page }) => {
	await open(page, '/trade?series=exports');
	const frame = page.locator(shares);
	await expect(frame.getByLabel('Exports')).toBeChecked();
	await expect(frame.getByLabel('Imports')).not.toBeChecked();
	await expect(frame.getByLabel('Turnover (derived)')).not.toBeChecked();
	await expect(frame.locator('g.series')).toHaveCount(1);
	await expect(frame.locator('g.series[data-series="exports"] path.point')).toHaveCount(18);
	await expect(frame.locator('[data-label="end-exports"]')).toHaveText('Exports');
	await expect(page).toHaveURL(/\/trade\?shares\.series=exports$/);
});

test('ttable=1 opens the share timeline’s table and becomes shares.table', async ({ page }) => {
	await open(page, '/trade?ttable=1');
	const table = page.locator(shares).getByTestId('chart-table');
	await expect(table).toBeVisible();
	await expect(table.locator('tr', { hasText: 'official statement' }).first()).toBeVisible();
	await expect(page).toHaveURL(/\/trade\?shares\.table=1$/);
});

test('vflow=exports&series=exports shows both views, rewritten to their new names', async ({
	page
}) => {
	await open(page, '/trade?vflow=exports&series=exports');
	const frame = page.locator(values);
	await expect(frame.getByLabel('Flow')).toHaveValue('exports');
	await expect(frame.locator('.subtitle')).toHaveText(
		'Belarus’s exports to Russia, USD bn by year'
	);
	// 2023: Russian import data, the only exports figure that year
	await expect(frame.locator('g.value-mark[data-year="2023"]')).toHaveCount(1);
	await expect(page.locator(shares).locator('g.series')).toHaveCount(1);
	await expect(page).toHaveURL(/values\.flow=exports/);
	const q = new URL(page.url()).searchParams;
	expect(Object.fromEntries(q)).toEqual({ 'values.flow': 'exports', 'shares.series': 'exports' });
});

test('vtable=1 opens the trade-values table and becomes values.table', async ({ page }) => {
	await open(page, '/trade?vtable=1');
	const table = page.locator(values).getByTestId('chart-table');
	await expect(table).toBeVisible();
	await expect(
		table.locator('tr', { hasText: 'Kremlin briefing note (Russian data)' })
	).toContainText('$46.5 bn');
	await expect(page).toHaveURL(/\/trade\?values\.table=1$/);
});

test('the old page-wide events=0 hides the event layer on both charts, each now in its own parameter', async ({
	page
}) => {
	await open(page, '/trade?events=0');
	for (const id of [shares, values]) {
		await expect(page.locator(id).getByTestId('event-layer')).toHaveCount(0);
		await expect(page.locator(id).locator('g.event-labels')).toHaveCount(0);
		await expect(page.locator(id).getByLabel('Disputes and treaties')).not.toBeChecked();
	}
	await expect(page).toHaveURL(/\/trade\?shares\.events=0&values\.events=0$/);
});

test('one chart’s event switch leaves the other chart’s layer alone', async ({ page }) => {
	await open(page, '/trade');
	await page.locator(values).getByLabel('Disputes and treaties').uncheck();
	await expect(page.locator(values).getByTestId('event-layer')).toHaveCount(0);
	await expect(page.locator(shares).getByTestId('event-layer')).toHaveCount(1);
	await expect(page.locator(shares).getByLabel('Disputes and treaties')).toBeChecked();
	await expect(page).toHaveURL(/\/trade\?values\.events=0$/);
});
