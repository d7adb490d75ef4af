import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PAGES, watch } from './helpers';

for (const path of PAGES) {
	test(`${path} loads with no console errors and no outside requests`, async ({ page }) => {
		const problems = watch(page);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		await expect(page.locator('h1')).toBeVisible();
		expect(problems).toEqual([]);
	});

	for (const scheme of ['light', 'dark'] as const) {
		test(`${path} has no axe violations (${scheme})`, async ({ page }) => {
			// axe reads every cell of every open table: /trade takes 15–35 s on a busy 2-core machine
			test.setTimeout(90_000);
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			// open every table and list so their contents are checked too
			await page.evaluate(() =>
				document.querySelectorAll('details').forEach((d) => (d.open = true))
			);
			const result = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(
				result.violations.map(
					(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
				)
			).toEqual([]);
		});
	}
}

test('the header lists the pages that exist', async ({ page }) => {
	await page.goto('/trade');
	const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
	await expect(links).toHaveText([
		'Overview',
		'Trade',
		'Energy',
		'Oil',
		'Story',
		'Compare',
		'Explore',
		'Data'
	]);
	await expect(links.nth(1)).toHaveAttribute('aria-current', 'page');
});

test('the overview shows key figures matching data/', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('[data-figure="russia-in-belarus"] .value')).toHaveText('46.6%');
	await expect(page.locator('[data-figure="belarus-in-russia"] .value')).toHaveText('4.7%');
	await expect(page.locator('[data-figure="imports"] .value')).toHaveText('57%');
	await expect(page.locator('[data-figure="bilateral-2023"] .value')).toHaveText(
		'over $46.5 bn – $54 bn'
	);
	for (const f of await page.locator('[data-figure] .source').all())
		await expect(f).toContainText(/Source: \S/);
});

test('the theme toggle switches to dark and persists', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await toggle.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.goto('/trade');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('an unknown address gets the site’s own page-not-found page', async ({ page }) => {
	const problems: string[] = [];
	page.on('pageerror', (e) => problems.push(e.message));
	const res = await page.goto('/no-such-page?x=<script>');
	expect(res?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	expect(problems).toEqual([]);
});
