import type { Page } from '@playwright/test';

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

export const PAGES = ['/', '/trade', '/energy', '/oil', '/data'] as const;

/** Open a page and wait until it is hydrated (interactive). */
export async function open(page: Page, path: string) {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
