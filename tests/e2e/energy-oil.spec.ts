import { expect, test, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { open, watch, ready } from './helpers';

async function download(page: Page, frame: Locator, kind: 'CSV' | 'SVG'): Promise<string> {
	const [d] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: `Download ${kind}` }).click()
	]);
	return readFileSync(await d.path(), 'utf8');
}

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
	// 435 of 755 kt of arrived alternatives, once the April SOCAR cargo counts as arrived
	await expect(frame.locator('[data-label="value-Azerbaijan"]')).toHaveText('57.6%');
	await page.reload();
	await ready(page);
	await expect(frame.getByLabel('Measure')).toHaveValue('share');
	await expect(frame.getByLabel('Russia')).not.toBeChecked();
	await expect(frame.locator('[data-origin]')).toHaveCount(3);
	await frame.getByLabel('Measure').selectOption('cargoes');
	await expect(frame.locator('[data-label="value-United States"]')).toHaveText('2 cargoes');
	expect(problems).toEqual([]);
});

test('the old oil-sources names (metric, origins) open the same view under their new names', async ({
	page
}) => {
	await open(page, '/oil?metric=share&origins=Norway,Azerbaijan');
	await expect(page).toHaveURL(/\?oil\.metric=share&oil\.origins=Norway(%2C|,)Azerbaijan$/);
	const frame = page.locator('[data-chart-id="oil-sources-2020"]');
	await expect(frame.getByLabel('Measure')).toHaveValue('share');
	await expect(frame.locator('[data-origin]')).toHaveCount(2);
	await expect(frame.getByLabel('Russia')).not.toBeChecked();
	// 435 of 755 kt of the arrived alternatives
	await expect(frame.locator('[data-label="value-Azerbaijan"]')).toHaveText('57.6%');
});

test('the old table names (stable, mtable) open the oil tables under their new names', async ({
	page
}) => {
	await open(page, '/oil?stable=1');
	await expect(page).toHaveURL(/\?oil\.table=1$/);
	const sources = page.locator('[data-chart-id="oil-sources-2020"]');
	await expect(sources.getByTestId('chart-table')).toBeVisible();
	await expect(sources.getByTestId('chart-table')).toContainText(
		'SOCAR: Azerbaijani oil delivered'
	);
	await open(page, '/oil?mtable=1');
	await expect(page).toHaveURL(/\?map\.table=1$/);
	const map = page.locator('[data-chart-id="oil-routes-map"]');
	await expect(map.getByTestId('chart-table')).toBeVisible();
	await expect(
		map.getByTestId('chart-table').locator('tr', { hasText: 'Norway → Klaipėda' })
	).toContainText('partial');
	await expect(sources.getByTestId('chart-table')).not.toBeVisible();
});

test('one origin gives one band: the oil chart is no taller than its rows', async ({ page }) => {
	await open(page, '/oil?oil.origins=Saudi+Arabia');
	const svg = page.locator('[data-chart-id="oil-sources-2020"] .kit-chart svg');
	const h = await svg.evaluate((s) => (s as SVGSVGElement).viewBox.baseVal.height);
	// one 28-unit band and its gap, the axis below: nothing left empty
	expect(h).toBeLessThan(80);
	await expect(page.locator('[data-chart-id="oil-sources-2020"] [data-origin]')).toHaveCount(1);
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
	await expect(disputes.getByTestId('tooltip')).toContainText('Gas supplies halved (2002)');
	await expect(disputes.getByTestId('tooltip')).toContainText('When: Nov 2002');
	await expect(disputes.getByTestId('tooltip')).toContainText('How long: up to a month');
	await expect(disputes.getByTestId('tooltip')).toContainText('Key figures: cut 50%');
	const gas = page.locator('[data-chart-id="gas-price"]');
	await gas.locator('[aria-roledescription="chart"]').focus();
	await page.keyboard.press('Home');
	// gas-price on the kit: the period is the title, the series a line
	await expect(gas.getByTestId('tooltip')).toContainText('2002, year');
	await expect(gas.getByTestId('tooltip')).toContainText('Series: Contract price');
	await expect(gas.getByTestId('tooltip')).toContainText('$24 per 1000 m³');

	await open(page, '/oil');
	const cargo = page.locator('[data-chart-id="oil-cargo-timeline"]');
	await cargo.locator('[aria-roledescription="chart"]').focus();
	await page.keyboard.press('Home');
	await expect(cargo.getByTestId('tooltip')).toContainText('23 Jan 2020');
	await expect(cargo.getByTestId('tooltip')).toContainText('Origin: Norway');
	await expect(cargo.getByTestId('tooltip')).toContainText('Vessel: Breiviken');
	await expect(cargo.getByTestId('tooltip')).toContainText('Grade: Johan Sverdrup');
	const map = page.locator('[data-chart-id="oil-routes-map"]');
	await map.locator('[aria-roledescription="chart"]').focus();
	await page.keyboard.press('Home');
	await expect(map.getByTestId('tooltip')).toContainText('Norway → Klaipėda');
	await expect(map.getByTestId('tooltip')).toContainText('Arrived: 80 kt');
	await expect(map.getByTestId('tooltip')).toContainText('Announced, not confirmed: 85 kt');
	await expect(map.getByTestId('tooltip')).toContainText('Confidence: partial');
	const sources = page.locator('[data-chart-id="oil-sources-2020"]');
	await sources.locator('[aria-roledescription="chart"]').focus();
	await page.keyboard.press('Home');
	await expect(sources.getByTestId('tooltip')).toContainText('Russia');
	await expect(sources.getByTestId('tooltip')).toContainText('Part: Q1');
	await expect(sources.getByTestId('tooltip')).toContainText('Tonnes: 1.04 Mt');
});

test('the oil page states its concentration figures and their formulas', async ({ page }) => {
	await open(page, '/oil');
	const c = page.getByTestId('concentration');
	await expect(c.locator('[data-metric="hhi-all"] .value')).toHaveText('7,930');
	await expect(c.locator('[data-metric="hhi-alt"] .value')).toHaveText('3,980');
	await expect(c.locator('[data-metric="hhi-alt"] .label')).toContainText('documented cargoes');
	await expect(c).not.toContainText('all 2020 arrivals');
	await expect(c.locator('[data-metric="hhi-alt"] code')).toHaveText(
		'Norway 10.6% · Azerbaijan 57.6% · Saudi Arabia 11.5% · United States 20.3%'
	);
	await expect(c.locator('[data-metric="socar"] .value')).toHaveText('720 kt');
	await expect(c.locator('[data-metric="socar"] .label')).toContainText(
		'against 435 kt in the documented Azerbaijani cargoes (and 85 kt announced)'
	);
	await expect(c.locator('[data-metric="socar"] code')).toContainText('every origin: 1 Mt');
	await expect(c).toContainText('What this covers');
});

test('the oil headline gives the non-Russian share three ways, each with period and source', async ({
	page
}) => {
	await open(page, '/oil');
	const h = page.getByTestId('oil-shares');
	// the headline comes before the first chart, not in small print at the foot
	const [hy, cy] = await Promise.all([
		h.evaluate((el) => el.getBoundingClientRect().top),
		page
			.locator('[data-chart-id="oil-sources-2020"]')
			.evaluate((el) => el.getBoundingClientRect().top)
	]);
	expect(hy).toBeLessThan(cy);
	const card = (id: string) => h.locator(`[data-share="${id}"]`);
	await expect(card('documented-cargoes').locator('.value')).toHaveText('11.4%');
	await expect(card('documented-cargoes').locator('.period')).toHaveText('January–April 2020');
	await expect(card('documented-cargoes').locator('code')).toHaveText('335 kt / (2.6 Mt + 335 kt)');
	// an upper bound, said in the card, with the floor the named April cargoes give
	await expect(card('refinery-intake').locator('.value')).toHaveText('at most about 22%');
	await expect(card('refinery-intake').locator('.period')).toHaveText('April 2020');
	await expect(card('refinery-intake').locator('code')).toHaveText(
		'(2 Mt − 1.56 Mt) / 2 Mt; floor: 85 kt / 2 Mt'
	);
	await expect(card('refinery-intake')).toContainText('an upper bound');
	await expect(card('refinery-intake')).toContainText('at least about 4%');
	await expect(card('refinery-intake').locator('.src')).toContainText('UrduPoint (Sputnik)');
	await expect(card('stated').locator('.value')).toHaveText('20%');
	await expect(card('stated').locator('.period')).toHaveText('January–May 2020');
	await expect(card('stated').locator('.src')).toContainText('TASS');
});

test('the oil narrative and charts carry the corrected April cargo', async ({ page }) => {
	await open(page, '/oil');
	await expect(page.locator('#alternatives')).toContainText(
		'added up to 755,000 tonnes in 9 cargoes named by the sources; 2 more were announced'
	);
	const ending = page.locator('#ending');
	await expect(ending).toContainText('TASS reported that Moscow and Minsk agreed');
	await expect(ending).toContainText('Belsat (BelTA) wrote');
	await expect(ending).toContainText('not the deliveries under it');
	await expect(page.locator('#why')).toContainText('17.6 million tonnes');
	const sources = page.locator('[data-chart-id="oil-sources-2020"]');
	await expect(sources.locator('[data-label="value-Azerbaijan"]')).toHaveText(
		'435 kt + 85 kt announced'
	);
	await expect(sources.locator('[data-label="ref-Azerbaijan"]')).toHaveText(
		'SOCAR: Azerbaijani oil delivered in 2020: 720 kt'
	);
	await expect(sources.locator('[data-label="ref-Russia"]')).toContainText('17.6 Mt');
	await expect(sources.locator('[data-label="value-Russia"]')).toHaveText(
		'2.6 Mt + 2.2 Mt planned'
	);
	const timeline = page.locator('[data-chart-id="oil-cargo-timeline"]');
	await expect(timeline.locator('text[data-label="cum-total"]')).toHaveText('755 kt');
	await expect(
		timeline.locator('g.cargo[data-origin="Azerbaijan"][data-status="expected"]')
	).toHaveCount(1);
	await expect(page.locator('body')).not.toContainText('17.60');
});

test('the oil exports carry the corrected figures', async ({ page }) => {
	await open(page, '/oil');
	const timeline = page.locator('[data-chart-id="oil-cargo-timeline"]');
	const rows = Papa.parse<Record<string, string>>(await download(page, timeline, 'CSV'), {
		header: true,
		skipEmptyLines: true
	}).data;
	const april = rows.filter((r) => r.Origin === 'Azerbaijan' && r.Arrival?.startsWith('Apr 2020'));
	expect(april).toHaveLength(1);
	expect(april[0]).toMatchObject({ Status: 'arrived' });
	expect(
		rows.filter((r) => r.Origin !== 'Russian crude by sea' && r.Status === 'announced')
	).toHaveLength(2);
	const svg = await download(page, timeline, 'SVG');
	expect(svg).toContain('>755 kt<');
	expect(svg).toContain(
		'2 of them announced but not confirmed; confirmed arrivals add up to 755 kt'
	);

	const sources = page.locator('[data-chart-id="oil-sources-2020"]');
	const srows = Papa.parse<Record<string, string>>(await download(page, sources, 'CSV'), {
		header: true,
		skipEmptyLines: true
	}).data;
	const az = srows.filter((r) => r.Origin === 'Azerbaijan');
	const val = (r: Record<string, string>) =>
		Number(Object.entries(r).find(([k]) => k.startsWith('Tonnes'))?.[1]);
	expect(az.map((r) => [r.Part, val(r), r.Status, r.Confidence])).toEqual([
		['arrived', 435000, 'confirmed', 'verified'],
		['expected', 85000, 'expected', 'verified'],
		['SOCAR: Azerbaijani oil delivered in 2020', 720000, 'reference', 'verified']
	]);
	expect(srows.find((r) => r.Origin === 'Norway' && r.Part === 'expected')?.Confidence).toBe(
		'partial'
	);
	const ssvg = await download(page, sources, 'SVG');
	expect(ssvg).toContain('17.6 Mt (off this scale)');
	expect(ssvg).not.toContain('17.60');
});

test('the map stays readable at phone width', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await open(page, '/oil');
	const label = page.locator('[data-chart-id="oil-routes-map"] [data-label="place-klaipeda"]');
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
