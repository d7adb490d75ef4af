import { expect, type Page } from '@playwright/test';

/** Collects console errors, page errors and any request that leaves the site. */
export function watch(page: Page) {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warning')
			problems.push(`console ${m.type()}: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('request', (r) => {
		const u = new URL(r.url());
		if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.hostname !== '127.0.0.1')
			problems.push(`outside request: ${r.url()}`);
	});
	return problems;
}

export const PAGES = [
	'/',
	'/trade',
	'/energy',
	'/oil',
	'/story',
	'/compare',
	'/compare/dependents',
	'/compare/group',
	'/compare/partners',
	'/explore',
	'/data'
] as const;

/** Open a page and wait until it is hydrated and every chart on it is live. */
export async function open(page: Page, path: string) {
	await page.goto(path);
	await ready(page);
}

/**
 * Wait until the page is hydrated, then bring every chart to life as a reader would: moving the
 * mouse and scrolling each chart into view (charts wake once the reader engages and they are near
 * the screen, see src/lib/islands/wake.ts), then back to the top.
 */
export async function ready(page: Page) {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const islands = page.locator('[data-island]');
	const n = await islands.count();
	// a reader moves the mouse or scrolls before using a chart: the page's charts wait for that
	if (n > 0) await page.mouse.move(2, 2);
	for (let i = 0; i < n; i++) {
		const island = islands.nth(i);
		if ((await island.getAttribute('data-island')) !== 'live')
			await island.scrollIntoViewIfNeeded();
		await expect(island).toHaveAttribute('data-island', 'live');
	}
	if (n > 0) await page.evaluate(() => window.scrollTo(0, 0));
}
