import { expect, test } from '@playwright/test';
import { open, watch } from './helpers';

test('the oil comparison control round-trips through the URL', async ({ page }) => {
	const problems = watch(page);
	await open(page, '/oil');
	const frame = page.locator('[data-chart-id="oil-sources-2020"]');
	await frame.getByLabel('Measure').selectOption('share');
	await frame.getByLabel('Russia').uncheck();
	await frame.getByLabel('Saudi Arabia').uncheck();
	await expect(page).toHaveURL(/metric=share/);
	await expect(page).toHaveURL(
		/origins=Norway%2CAzerbaijan%2CUnited(\+|%20)States|origins=Norway,Azerbaijan,United(\+|%20)States/
	);
	await expect(frame.locator('[data-origin]')).toHaveCount(3);
	await expect(frame.locator('[data-origin="Azerbaijan"] text.value')).toHaveText('52.2%');
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(frame.getByLabel('Measure')).toHaveValue('share');
	await expect(frame.getByLabel('Russia')).not.toBeChecked();
	await expect(frame.locator('[data-origin]')).toHaveCount(3);
	await frame.getByLabel('Measure').selectOption('cargoes');
	await expect(frame.locator('[data-origin="United States"] text.value')).toHaveText('2 cargoes');
	expect(problems).toEqual([]);
});

test('a tampered oil URL falls back to the default view', async ({ page }) => {
	await open(page, '/oil?metric=%22%3E%3Cscript%3E&origins=Mars,Russia');
	const frame = page.locator('[data-chart-id="oil-sources-2020"]');
	await expect(frame.getByLabel('Measure')).toHaveValue('tonnes');
	await expect(frame.locator('[data-origin]')).toHaveCount(5);
	await expect(page).toHaveURL(/\/oil$/);
});

test('keyboard tooltips on the energy and oil charts', async ({ page }) => {
	await open(page, '/energy');
	const disputes = page.locator('[data-chart-id="energy-disputes"]');
	await disputes.locator('[aria-roledescription="chart"]').focus();
	await page.keyboard.press('Home');
	await expect(disputes.getByTestId('tooltip')).toContainText(
		'Gas supplies halved (2002) · Nov 2002'
	);
	await expect(disputes.getByTestId('tooltip')).toContainText('Key figures: cut 50%');
	const gas = page.locator('[data-chart-id="gas-price"]');
	await gas.locator('[aria-roledescription="chart"]').focus();
	await page.keyboard.press('Home');
	await expect(gas.getByTestId('tooltip')).toContainText('Contract price · 2002, year');
	await expect(gas.getByTestId('tooltip')).toContainText('$24 per 1000 m³');

	await open(page, '/oil');
	const cargo = page.locator('[data-chart-id="oil-cargo-timeline"]');
	await cargo.locator('[aria-roledescription="chart"]').focus();
	await page.keyboard.press('Home');
	await expect(cargo.getByTestId('tooltip')).toContainText('Norway · 23 Jan 2020');
	await expect(cargo.getByTestId('tooltip')).toContainText('Vessel: Breiviken');
	await expect(cargo.getByTestId('tooltip')).toContainText('Grade: Johan Sverdrup');
	const map = page.locator('[data-chart-id="oil-routes-map"]');
	await map.locator('[aria-roledescription="chart"]').focus();
	await page.keyboard.press('Home');
	await expect(map.getByTestId('tooltip')).toBeVisible();
});

test('the oil page states its concentration figures and their formulas', async ({ page }) => {
	await open(page, '/oil');
	const c = page.getByTestId('concentration');
	await expect(c.locator('[data-metric="non-russian-share"] .value')).toHaveText('8.8%');
	await expect(c.locator('[data-metric="non-russian-share"] code')).toHaveText(
		'250 kt / (2.60 Mt + 250 kt)'
	);
	await expect(c.locator('[data-metric="hhi-alt"] .value')).toHaveText('3,562');
	await expect(c).toContainText('What this covers');
});

test('the map stays readable at phone width', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await open(page, '/oil');
	const label = page.locator('[data-chart-id="oil-routes-map"] [data-place="klaipeda"] text');
	const size = await label.evaluate((el) => {
		const r = el.getBoundingClientRect();
		return r.height;
	});
	// 12px text stays at least 11px tall on screen however much the map is scaled down
	expect(size).toBeGreaterThan(11);
});

test('the energy page counts disputes from the data and writes dates to their precision', async ({
	page
}) => {
	await open(page, '/energy?dtable=1&gtable=1');
	const lede = page.locator('p.lede');
	await expect(lede).toContainText('11 disputes between 2002 and 2020');
	await expect(lede).toContainText('Not counted: Potash row, oil cut (2013)');
	await expect(page.locator('body')).not.toContainText('rearchived');
	const disputes = page.locator('[data-chart-id="energy-disputes"]').getByTestId('chart-table');
	const row = (text: string) => disputes.locator('tr', { hasText: text });
	await expect(row('Oil duty dispute (2010)')).toContainText('1 Jan 2010 – Jan 2010');
	await expect(row('Gas cut over debt (2010)')).toContainText('21 Jun 2010 – Jun 2010');
	await expect(row('Russian oil halted (2020)')).toContainText('1 Jan 2020 – Mar 2020');
	await expect(disputes).not.toContainText('27 Jan 2010');
	await expect(disputes).not.toContainText('24 Jun 2010');
	await expect(disputes).not.toContainText('31 Mar 2020');
	await expect(row('Beltransgaz sold to Gazprom (2011)')).toContainText('deal, not a dispute');
	await expect(row('Potash row, oil cut (2013)')).toContainText('weak');
	await expect(row('Potash row, oil cut (2013)')).toContainText('cut by 400,000 t');
	await expect(disputes.locator('th', { hasText: 'Confidence' })).toHaveCount(1);
	const gas = page.locator('[data-chart-id="gas-price"]').getByTestId('chart-table');
	const y2018 = gas.locator('tr', { hasText: 'forecast made in 2017' });
	await expect(y2018).toHaveCount(1);
	await expect(y2018).toContainText('2018');
	await expect(y2018).toContainText('Forecast, not a paid price');
	await expect(y2018).toContainText('partial');
});

test('the relations timeline on / shows each event at its precision with its grade', async ({
	page
}) => {
	await open(page, '/');
	const frame = page.locator('[data-chart-id="relations-timeline"]');
	await frame.locator('details.table-toggle summary').click();
	const table = frame.getByTestId('chart-table');
	await expect(table.locator('th', { hasText: 'Confidence' })).toHaveCount(1);
	await expect(table.locator('tr', { hasText: 'Oil supply dispute' })).toContainText('Jan 2010');
	await expect(table.locator('tr', { hasText: 'nuclear weapons' })).toContainText('partial');
});
