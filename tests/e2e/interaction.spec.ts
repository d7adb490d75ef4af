import { expect, test, type Locator } from '@playwright/test';
import { open, watch, ready } from './helpers';

async function tooltipText(frame: Locator) {
	return (await frame.getByTestId('tooltip').innerText()).split('\n').map((s) => s.trim());
}

test('arrow keys move through the points with the tooltip following', async ({ page }) => {
	await open(page, '/trade');
	const frame = page.locator('[data-chart-id="trade-share-timeline"]');
	const target = frame.locator('[aria-roledescription="chart"]');
	await target.focus();
	await page.keyboard.press('Home');
	const first = await tooltipText(frame);
	// the earliest mark is the 1992 export share from an academic source, graded partial
	expect(first[0]).toBe('1992');
	expect(first[1]).toBe('Series: Exports — secondary source');
	expect(first[2]).toBe('Russia’s share: 42%');
	expect(first).toContain('Confidence: partial');
	await page.keyboard.press('ArrowRight');
	const second = await tooltipText(frame);
	expect(second).not.toEqual(first);
	await page.keyboard.press('End');
	const last = await tooltipText(frame);
	expect(last[0]).toMatch(/2023/);
	// the focused value is announced
	await expect(frame.locator('[aria-live="polite"]')).toHaveText(last.join('. '));
	await page.keyboard.press('Escape');
	await expect(frame.getByTestId('tooltip')).toHaveCount(0);
});

test('the table shows the same numbers as the tooltip', async ({ page }) => {
	await open(page, '/trade');
	const frame = page.locator('[data-chart-id="trade-asymmetry"]');
	const table = frame.getByTestId('chart-table');
	await frame.getByText('Table', { exact: true }).click();
	await frame.locator('[aria-roledescription="chart"]').focus();
	const seen: string[] = [];
	for (let i = 0; i < 6; i++) {
		await page.keyboard.press('ArrowRight');
		const [title, value] = await tooltipText(frame);
		const [direction, flow] = title!.split(' · ');
		const row = table.locator('tr', { hasText: direction! }).filter({ hasText: flow! }).first();
		// Share (4th cell) or, for a partner the list leaves out, the upper bound (5th)
		const [label, v] = value!.split(': ') as [string, string];
		await expect(row.locator('td').nth(label === 'Share' ? 3 : 4)).toHaveText(v);
		seen.push(value!);
	}
	expect(seen).toEqual([
		'Share: 33.6%',
		'Share: 56.42%',
		'Share: 46.6%',
		'Upper bound: 4.01%',
		'Upper bound: 4.46%',
		'Share: 4.7%'
	]);
});

test('hovering shows a tooltip; a real tap shows it too', async ({ page, browser }) => {
	await open(page, '/trade');
	const frame = page.locator('[data-chart-id="trade-asymmetry"]');
	const bar = frame.locator('rect.bar').first();
	await bar.hover();
	await expect(frame.getByTestId('tooltip')).toContainText('33.6%');
	await page.mouse.move(0, 0);
	await expect(frame.getByTestId('tooltip')).toHaveCount(0);

	const ctx = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true
	});
	const phone = await ctx.newPage();
	await open(phone, '/trade');
	const f = phone.locator('[data-chart-id="trade-asymmetry"]');
	const b = f.locator('rect.bar').first();
	await b.scrollIntoViewIfNeeded();
	const box = (await b.boundingBox())!;
	await phone.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
	await expect(f.getByTestId('tooltip')).toContainText('Share: 33.6%');
	await ctx.close();
});

test('a kept tooltip goes when a control redraws the chart', async ({ browser }) => {
	const ctx = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true
	});
	const phone = await ctx.newPage();
	await open(phone, '/trade');
	const f = phone.locator('[data-chart-id="trade-asymmetry"]');
	const b = f.locator('rect.bar').first();
	await b.scrollIntoViewIfNeeded();
	await b.tap();
	await expect(f.getByTestId('tooltip')).toContainText('Share: 33.6%');
	// the year changed from the keyboard (no tap elsewhere): the 2009 value must not stay on screen
	await f.getByLabel('Year').focus();
	await f.getByLabel('Year').selectOption('2016');
	await expect(f.locator('.subtitle')).toContainText('2016');
	await expect(f.getByTestId('tooltip')).toHaveCount(0);
	// a tap still keeps a tooltip in the new drawing
	await b.tap();
	await expect(f.getByTestId('tooltip')).toHaveCount(1);
	await ctx.close();
});

test('the year control round-trips through the URL', async ({ page }) => {
	const problems = watch(page);
	await open(page, '/trade');
	const frame = page.locator('[data-chart-id="trade-asymmetry"]');
	await frame.getByLabel('Year').selectOption('2016');
	await expect(page).toHaveURL(/[?&]asym\.year=2016\b/);
	await expect(frame.locator('.subtitle')).toContainText('2016');
	await page.reload();
	await ready(page);
	await expect(frame.getByLabel('Year')).toHaveValue('2016');
	await expect(
		frame.locator('text.kit-label[data-label="value-russia-in-belarus-turnover"]')
	).toHaveText('51.1%');
	await frame.getByLabel('Year').selectOption('2009');
	await expect(page).not.toHaveURL(/year=/);
	expect(problems).toEqual([]);
});

test('partner and comparison years restore from the URL', async ({ page }) => {
	await open(page, '/trade?partners.flow=imports&partners.year=2005&partners.compare=2019');
	const frame = page.locator('[data-chart-id="trade-partners"]');
	await expect(frame.getByLabel('Flow')).toHaveValue('imports');
	await expect(frame.getByLabel('Year')).toHaveValue('2005');
	await expect(frame.getByLabel('Compare with')).toHaveValue('2019');
	await expect(frame.locator('rect.bar.a').first()).toBeVisible();
	await expect(frame.locator('.subtitle')).toHaveText(
		'Share of Belarus’s goods imports from each partner, 2005 against 2019'
	);
});

/** Every old URL name of trade-asymmetry and trade-partners still opens the same view. */
const OLD_NAMES: { name: string; query: string; url: string }[] = [
	{ name: 'year', query: 'year=2016', url: 'asym.year=2016' },
	{ name: 'atable', query: 'atable=1', url: 'asym.table=1' },
	{ name: 'pflow', query: 'pflow=imports', url: 'partners.flow=imports' },
	{ name: 'pyear', query: 'pyear=2005', url: 'partners.year=2005' },
	{ name: 'pcompare', query: 'pcompare=2019', url: 'partners.compare=2019' },
	{ name: 'ptable', query: 'ptable=1', url: 'partners.table=1' }
];
for (const { name, query, url } of OLD_NAMES)
	test(`old URL name ${name} opens the same view and is rewritten`, async ({ page }) => {
		await open(page, `/trade?${query}`);
		await expect(page).toHaveURL(new RegExp(`/trade\\?${url.replace('.', '\\.')}$`));
		const asym = page.locator('[data-chart-id="trade-asymmetry"]');
		const partners = page.locator('[data-chart-id="trade-partners"]');
		if (name === 'year') await expect(asym.locator('.subtitle')).toContainText('2016');
		if (name === 'atable') await expect(asym.getByTestId('chart-table')).toBeVisible();
		if (name === 'pflow') await expect(partners.getByLabel('Flow')).toHaveValue('imports');
		if (name === 'pyear') await expect(partners.locator('.subtitle')).toContainText('2005');
		if (name === 'pcompare') await expect(partners.getByLabel('Compare with')).toHaveValue('2019');
		if (name === 'ptable') await expect(partners.getByTestId('chart-table')).toBeVisible();
	});

test('old names together: /trade?year=2016&pyear=2005&pcompare=2019', async ({ page }) => {
	await open(page, '/trade?year=2016&pyear=2005&pcompare=2019');
	await expect(page).toHaveURL(
		/\/trade\?asym\.year=2016&partners\.year=2005&partners\.compare=2019$/
	);
	await expect(page.locator('[data-chart-id="trade-asymmetry"] .subtitle')).toContainText('2016');
	await expect(page.locator('[data-chart-id="trade-partners"] .subtitle')).toHaveText(
		'Share of Belarus’s goods exports to each partner, 2005 against 2019'
	);
});

test('/ reads the old year name too', async ({ page }) => {
	await open(page, '/?year=2016');
	await expect(page).toHaveURL(/\/\?asym\.year=2016$/);
	await expect(page.locator('[data-chart-id="trade-asymmetry"] .subtitle')).toContainText('2016');
});

test('tampered parameters fall back to defaults and never reach the page', async ({ page }) => {
	const problems = watch(page);
	let dialog = false;
	page.on('dialog', async (d) => {
		dialog = true;
		await d.dismiss();
	});
	await open(
		page,
		'/trade?year=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&series=%3Cb%3E&pflow=1&events=maybe'
	);
	const frame = page.locator('[data-chart-id="trade-asymmetry"]');
	await expect(frame.getByLabel('Year')).toHaveValue('2009');
	await expect(page).toHaveURL(/\/trade$/);
	expect(await page.content()).not.toContain('onerror=alert');
	expect(dialog).toBe(false);
	expect(problems).toEqual([]);
});

test('hovering an event highlights it on every chart; each chart switches its own layer', async ({
	page
}) => {
	await open(page, '/trade');
	const timeline = page.locator('[data-chart-id="trade-share-timeline"]');
	const values = page.locator('[data-chart-id="trade-values"]');
	// near the top of the event's band, where no data mark sits over it
	await timeline
		.locator('[data-event-id="2010_gas"] rect.hit')
		.hover({ force: true, position: { x: 4, y: 4 } });
	await expect(values.locator('[data-event-id="2010_gas"]')).toHaveClass(/hi/);
	await timeline.getByLabel('Disputes and treaties').uncheck();
	await expect(page).toHaveURL(/\?shares\.events=0$/);
	await expect(timeline.getByTestId('event-layer')).toHaveCount(0);
	await expect(values.getByTestId('event-layer')).toHaveCount(1);
});
