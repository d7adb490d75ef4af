import { expect, test, type Locator } from '@playwright/test';
import { open, watch } from './helpers';

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
	for (let i = 0; i < 6; i++) {
		await page.keyboard.press('ArrowRight');
		const [title, value] = await tooltipText(frame);
		const [direction, flow] = title!.split(' · ');
		const row = table.locator('tr', { hasText: direction! }).filter({ hasText: flow! });
		await expect(row.locator('td').nth(3)).toHaveText(value!);
	}
});

test('hovering shows a tooltip; touch works too', async ({ page }) => {
	await open(page, '/trade');
	const frame = page.locator('[data-chart-id="trade-asymmetry"]');
	const bar = frame.locator('rect.bar').first();
	await bar.hover();
	await expect(frame.getByTestId('tooltip')).toContainText('33.6%');
	await page.mouse.move(0, 0);
	await expect(frame.getByTestId('tooltip')).toHaveCount(0);
	await bar.dispatchEvent('pointerdown', {
		pointerType: 'touch',
		clientX: (await bar.boundingBox())!.x + 20,
		clientY: (await bar.boundingBox())!.y + 5
	});
	await expect(frame.getByTestId('tooltip')).toContainText('33.6%');
});

test('the year control round-trips through the URL', async ({ page }) => {
	const problems = watch(page);
	await open(page, '/trade');
	const frame = page.locator('[data-chart-id="trade-asymmetry"]');
	await frame.getByLabel('Year').selectOption('2016');
	await expect(page).toHaveURL(/[?&]year=2016\b/);
	await expect(frame.locator('.subtitle')).toContainText('2016');
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(frame.getByLabel('Year')).toHaveValue('2016');
	await expect(frame.locator('text.value').nth(2)).toHaveText('51.1%');
	await frame.getByLabel('Year').selectOption('2009');
	await expect(page).not.toHaveURL(/year=/);
	expect(problems).toEqual([]);
});

test('partner and comparison years restore from the URL', async ({ page }) => {
	await open(page, '/trade?pflow=imports&pyear=2005&pcompare=2019');
	const frame = page.locator('[data-chart-id="trade-partners"]');
	await expect(frame.getByLabel('Flow')).toHaveValue('imports');
	await expect(frame.getByLabel('Year')).toHaveValue('2005');
	await expect(frame.getByLabel('Compare with')).toHaveValue('2019');
	await expect(frame.locator('rect.bar.a').first()).toBeVisible();
	await expect(frame.locator('.subtitle')).toHaveText(
		'Share of Belarus’s goods imports from each partner, 2005 against 2019'
	);
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

test('the event layer toggles and highlights across charts', async ({ page }) => {
	await open(page, '/trade');
	const timeline = page.locator('[data-chart-id="trade-share-timeline"]');
	const values = page.locator('[data-chart-id="trade-values"]');
	// near the top of the event's band, where no data mark sits over it
	await timeline
		.locator('[data-event-id="2010_gas"] rect.hit')
		.hover({ force: true, position: { x: 4, y: 4 } });
	await expect(values.locator('[data-event-id="2010_gas"]')).toHaveClass(/hi/);
	await timeline.getByLabel('Disputes and treaties').uncheck();
	await expect(page).toHaveURL(/events=0/);
	await expect(values.getByTestId('event-layer')).toHaveCount(0);
});
