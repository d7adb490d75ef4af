/**
 * The three timelines on the kit (energy-disputes, relations-timeline, oil-cargo-timeline): their
 * old URL names still open the same view, and a real tap shows the row's tooltip.
 */
import { expect, test } from '@playwright/test';
import { open } from './helpers';

const OLD_NAMES = [
	{ old: 'dtable', path: '/energy', id: 'energy-disputes', name: 'disputes.table' },
	{ old: 'rtable', path: '/', id: 'relations-timeline', name: 'relations.table' },
	{ old: 'ctable', path: '/oil', id: 'oil-cargo-timeline', name: 'cargo.table' }
];

for (const { old, path, id, name } of OLD_NAMES)
	test(`${id}: the old ?${old}=1 still opens its table, rewritten to ${name}`, async ({ page }) => {
		await open(page, `${path}?${old}=1`);
		const frame = page.locator(`[data-chart-id="${id}"]`);
		await expect(frame.getByTestId('chart-table')).toBeVisible();
		await expect(page).toHaveURL(new RegExp(`[?&]${name.replace('.', '\\.')}=1\\b`));
		await expect(page).not.toHaveURL(new RegExp(`[?&]${old}=`));
	});

test.describe('on a phone with a touch screen', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	test('energy-disputes: a tap on a dispute of days shows its exact dates and length', async ({
		page
	}) => {
		await open(page, '/energy');
		const frame = page.locator('[data-chart-id="energy-disputes"]');
		const bar = frame.locator('[data-dispute-id="2007_gas_debt"] rect.solid').first();
		await bar.scrollIntoViewIfNeeded();
		const b = (await bar.boundingBox())!;
		// a dispute of three days is still wide enough to see and to tap
		expect(b.width).toBeGreaterThanOrEqual(5.5);
		await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
		const tip = frame.getByTestId('tooltip');
		await expect(tip).toContainText('Gas debt ultimatum (2007)');
		await expect(tip).toContainText('When: 1 Aug 2007 – 3 Aug 2007');
		await expect(tip).toContainText('How long: 3 days');
		await expect(frame.locator('[data-label="2007_gas_debt"]')).toContainText('3 days');
	});
});

test('oil-cargo-timeline: the running total is labelled in full beside its end', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await open(page, '/oil');
	const frame = page.locator('[data-chart-id="oil-cargo-timeline"]');
	await expect(frame.locator('[data-label="cum-title"]')).toHaveText(
		'Non-Russian crude arrived, cumulative'
	);
	await expect(frame.locator('[data-label="cum-total"]')).toHaveText('755 kt');
	await expect(frame.locator('g.cargo[data-precision="month"] .date-span')).toHaveCount(4);
});
