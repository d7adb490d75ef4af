/**
 * `npm run export -- --pdf`: each page of the site printed to PDF by Chromium's own print, the path
 * a reader's Print takes (print media, the site's print stylesheet, A4 from its @page rule), with
 * the page's address, the data version and the page number in the margin of every sheet.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SHARE_PAGES, type SharePage } from '../../src/lib/og/pages';

/** The pages printed, by file name: story.pdf, trade.pdf, … (home.pdf for /). */
export const PDF_PAGES = Object.keys(SHARE_PAGES) as SharePage[];

export function parsePdfPages(list: string): SharePage[] {
	const names = list.split(',').filter(Boolean);
	const bad = names.filter((n) => !(PDF_PAGES as string[]).includes(n));
	if (bad.length)
		throw new Error(`unknown page(s): ${bad.join(', ')}. Known: ${PDF_PAGES.join(', ')}`);
	return names as SharePage[];
}

/**
 * Loads the page as a reader would and prints it, every link to the site's own pages pointing at
 * its public address (a reader printing from the site itself gets the same: the links resolve
 * against the site). Images the page loads lazily (the story's step
 * figures) are asked for now and awaited, so no sheet prints a figure that has not arrived.
 */
export async function printPage(
	page: Page,
	base: string,
	name: SharePage,
	outDir: string,
	siteUrl: string
): Promise<{ file: string; bytes: number }> {
	await page.goto(`${base}${SHARE_PAGES[name].path}`);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	// the address in each sheet's margin and in every link: the site's own, or the one asked for
	// (--site-url), never the local server's
	await page.evaluate(
		({ url, local }) => {
			document.documentElement.dataset.siteUrl = url;
			const host = url.replace(/^https?:\/\//, '');
			for (const s of document.querySelectorAll('style'))
				if (s.textContent?.includes('@bottom-left'))
					s.textContent = s.textContent
						.replace(/content:"[^"/ ]*/, `content:"${host}`)
						.replace(/--site:"[^"]*"/, `--site:"${url}"`);
			for (const a of document.querySelectorAll('a[href]')) {
				const href = a.getAttribute('href') ?? '';
				// a link within the page stays one: the PDF keeps it as a jump to that place
				if (href.startsWith('#')) continue;
				const to = new URL(href, document.baseURI);
				if (to.origin === local)
					a.setAttribute('href', `${url}${to.pathname}${to.search}${to.hash}`);
			}
		},
		{ url: siteUrl, local: new URL(base).origin }
	);
	await page.emulateMedia({ media: 'print', colorScheme: 'light' });
	await page.evaluate(async () => {
		const imgs = [...document.images];
		for (const img of imgs) img.loading = 'eager';
		await Promise.all(
			imgs.map((img) =>
				img.complete
					? img.decode().catch(() => undefined)
					: new Promise((done) => {
							img.addEventListener('load', done, { once: true });
							img.addEventListener('error', done, { once: true });
						})
			)
		);
		await document.fonts.ready;
	});
	mkdirSync(outDir, { recursive: true });
	const file = join(outDir, `${name}.pdf`);
	const pdf = await page.pdf({ path: file, preferCSSPageSize: true, format: 'A4' });
	return { file, bytes: pdf.length };
}
