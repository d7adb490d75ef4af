/**
 * Chart-owned URL parameters: each chart's state lives under its own key, old names (links already
 * printed in figures) open the same view and are rewritten, and one chart's event layer switch
 * leaves the other charts alone.
 */
import { expect, test } from '@playwright/test';
import { open, ready } from './helpers';

test('old gtable and events names open the gas chart as before and are rewritten', async ({
	page
}) => {
	await open(page, '/energy?gtable=1&events=0');
	const gas = page.locator('[data-chart-id="gas-price"]');
	await expect(gas.locator('details.table-toggle')).toHaveAttribute('open', '');
	await expect(gas.getByTestId('event-layer')).toHaveCount(0);
	await expect(page).toHaveURL(/\/energy\?gas\.table=1&gas\.events=0$/);
});

test('the gas chart’s own switch hides its event layer and keeps it in the URL', async ({
	page
}) => {
	await open(page, '/energy');
	const gas = page.locator('[data-chart-id="gas-price"]');
	await expect(gas.getByTestId('event-layer')).toHaveCount(1);
	await gas.getByLabel('Disputes and treaties').uncheck();
	await expect(gas.getByTestId('event-layer')).toHaveCount(0);
	await expect(page).toHaveURL(/gas\.events=0/);
	await page.reload();
	await ready(page);
	await expect(gas.getByTestId('event-layer')).toHaveCount(0);
	await expect(gas.getByLabel('Disputes and treaties')).not.toBeChecked();
});

test('a tampered value falls back to the default and never reaches the page', async ({ page }) => {
	await open(page, '/energy?gas.table=%3Cscript%3Ealert(1)%3C/script%3E');
	await expect(
		page.locator('[data-chart-id="gas-price"] details.table-toggle')
	).not.toHaveAttribute('open', '');
	await expect(page).toHaveURL(/\/energy$/);
});
