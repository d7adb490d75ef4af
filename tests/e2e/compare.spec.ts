/**
 * /compare as a reader uses it: the default pair is drawn without JavaScript, another pair is
 * chosen by keyboard and kept in the URL, a tampered address falls back to the default, a missing
 * country file says so, and the figures on screen are the lists' own.
 */
import { expect, test } from '@playwright/test';
import { open } from './helpers';

const frame = (page: import('@playwright/test').Page) =>
	page.locator('[data-chart-id="compare-pair"]');

test('Belarus and Russia are drawn without JavaScript, bounds as bounds', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/compare');
	await expect(frame(page).locator('h3')).toHaveText(
		'Belarus and Russia: each in the other’s trade'
	);
	await expect(frame(page).locator('.chart-body svg:visible').first()).toBeVisible();
	// Russia's 2009 import list leaves Belarus out: a bound is drawn, and the table says "<"
	await expect(frame(page).locator('path.bound[data-key="b-imports-2009"]').first()).toBeAttached();
	await frame(page).getByText('Table', { exact: true }).click();
	const rows = await frame(page)
		.getByTestId('chart-table')
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()))
		);
	expect(rows).toContainEqual(
		expect.arrayContaining(['2009', 'Belarus’s share of Russia’s imports', '< 4.46% (not listed)'])
	);
	await expect(page.locator('.pair-picker')).toBeHidden();
	// Russia's 2009 export list leaves Belarus out, but Belarus's own report puts it at 5.27%:
	// the bound is drawn struck through, Belarus's figure beside it, and the table says so
	await expect(
		frame(page).locator('path.bound.contradicted[data-key="b-exports-2009"]').first()
	).toBeAttached();
	await expect(
		frame(page).locator('path.mirror[data-key="b-exports-2009-mirror"]').first()
	).toBeAttached();
	expect(rows).toContainEqual(
		expect.arrayContaining([
			'2009',
			'Belarus’s share of Russia’s exports',
			'not listed; the bound < 4.01% is contradicted: 5.27% by Belarus’s own report'
		])
	);
	// 2022–23: lists built from partners' data, after both stopped publishing: a named blackout,
	// never a bound and never a plain gap
	for (const y of ['2022', '2023'])
		await expect(frame(page).locator(`g.blackout[data-year="${y}"]`).first()).toBeAttached();
	const dark = rows.filter((r) => r[0] === '2023');
	expect(dark.length).toBeGreaterThan(0);
	for (const r of dark) expect(r[2]).toMatch(/^reporting blackout: /);
	await expect(frame(page).locator('path.bound[data-key$="-2023"]')).toHaveCount(0);
	await context.close();
});

test('another pair, chosen by keyboard, is drawn from its files and kept in the URL', async ({
	page
}) => {
	const files: string[] = [];
	page.on('request', (r) => {
		// the countries' files (names.json, the pickers' other names, is not one)
		if (r.url().includes('/compare/data/') && !r.url().endsWith('/names.json'))
			files.push(new URL(r.url()).pathname);
	});
	await open(page, '/compare');
	const first = page.getByLabel('Country', { exact: true });
	await first.focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('Kazakhstan');
	await page.keyboard.press('Tab');
	await expect(frame(page).locator('h3')).toHaveText(
		'Kazakhstan and Russia: each in the other’s trade'
	);
	await expect.poll(() => page.url()).toMatch(/[?&]pair\.a=kaz(&|$)/);
	expect(files.sort()).toEqual(['/compare/data/kaz.json', '/compare/data/rus.json']);
	// swap, by the button
	await page.getByRole('button', { name: 'Swap the two countries' }).click();
	await expect(frame(page).locator('h3')).toHaveText(
		'Russia and Kazakhstan: each in the other’s trade'
	);
	await expect.poll(() => page.url()).toMatch(/pair\.a=rus/);
	// the address reproduces the view
	await page.goto(page.url());
	await expect(frame(page).locator('h3')).toHaveText(
		'Russia and Kazakhstan: each in the other’s trade'
	);
	await expect(page.getByLabel('Country', { exact: true })).toHaveValue('Russia');
	await expect(page.getByLabel('and', { exact: true })).toHaveValue('Kazakhstan');
});

test('a name the data does not have, or the same country twice, is refused with a message', async ({
	page
}) => {
	await open(page, '/compare');
	const second = page.getByLabel('and', { exact: true });
	await second.fill('Atlantis');
	await second.press('Tab');
	await expect(page.locator('.pair-picker .message')).toHaveText(
		'No country called “Atlantis” in the Factbook data: pick one from the list.'
	);
	await second.fill('Belarus');
	await second.press('Tab');
	await expect(page.locator('.pair-picker .message')).toHaveText('Pick two different countries.');
	await expect(frame(page).locator('h3')).toHaveText(
		'Belarus and Russia: each in the other’s trade'
	);
});

test('a tampered address falls back to the default pair, markup never reaching the page', async ({
	page
}) => {
	await open(page, '/compare?pair.a=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&pair.b=zzz');
	await expect(frame(page).locator('h3')).toHaveText(
		'Belarus and Russia: each in the other’s trade'
	);
	expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('a country file that cannot be loaded says so, and the page keeps working', async ({
	page
}) => {
	await page.route('**/compare/data/arm.json', (r) => r.fulfill({ status: 404, body: 'no' }));
	await open(page, '/compare?pair.a=arm');
	await expect(page.getByTestId('pair-status')).toHaveText(
		'The data for “arm” could not be loaded (/compare/data/arm.json answered 404).'
	);
	const first = page.getByLabel('Country', { exact: true });
	await first.fill('Georgia');
	await first.press('Tab');
	await expect(frame(page).locator('h3')).toHaveText(
		'Georgia and Russia: each in the other’s trade'
	);
	await expect(page.getByTestId('pair-status')).toHaveText('');
});

test('each country file stays under 20 kB gzip', async ({ request }) => {
	for (const id of ['blr', 'rus', 'kaz', 'arm', 'ukr']) {
		const r = await request.get(`/compare/data/${id}.json`, {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(r.status()).toBe(200);
		const body = await r.body();
		expect(JSON.parse(body.toString()).country.id).toBe(id);
	}
	expect((await request.get('/compare/data/nowhere.json')).status()).toBe(404);
});

test('a first tap on the pair chart, with a finger, shows the share there', async ({ browser }) => {
	const ctx = await browser.newContext({
		viewport: { width: 390, height: 4000 },
		hasTouch: true,
		isMobile: true
	});
	const page = await ctx.newPage();
	await page.goto('/compare');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const island = page.locator('[data-island][data-chart="compare-pair"]');
	await expect(island).toHaveAttribute('data-island', 'static');
	// the series of Russia's share of Belarus's imports (listed shares, joined by a line)
	const b = (await island
		.locator('.layout.narrow g.series[data-series="a-imports"]')
		.boundingBox())!;
	await page.touchscreen.tap(b.x + b.width / 2, b.y + 4);
	await expect(island).toHaveAttribute('data-island', 'live');
	const tip = island.getByTestId('tooltip');
	await expect(tip).toBeVisible();
	await expect(tip).toContainText('Russia’s share of Belarus’s imports');
	await ctx.close();
});
