import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';

const files = readdirSync('data').filter((f) => f.endsWith('.csv'));

test('every dataset downloads byte-identical to data/', async ({ request }) => {
	expect(files.length).toBe(19);
	for (const f of files) {
		const res = await request.get(`/data/${f}`);
		expect(res.status(), f).toBe(200);
		expect(Buffer.compare(await res.body(), readFileSync(`data/${f}`)), f).toBe(0);
	}
});

test('the catalogue lists every dataset with its row count and download', async ({ page }) => {
	await page.goto('/data');
	await expect(page.locator('section.dataset')).toHaveCount(files.length);
	const turnover = page.locator('#trade_turnover');
	await expect(turnover).toContainText('34 rows');
	await expect(turnover.getByRole('link', { name: 'Download trade_turnover.csv' })).toHaveAttribute(
		'href',
		'/data/trade_turnover.csv'
	);
});
