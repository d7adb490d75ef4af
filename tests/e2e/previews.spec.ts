/**
 * Share previews and addresses, against the built site: each page's <head> names its title,
 * description, canonical address and Open Graph / Twitter card with absolute addresses on SITE_URL;
 * every preview image is a real 1200 × 630 PNG; sitemap.xml and robots.txt point at each other.
 */
import { expect, test } from '@playwright/test';
import { CHART_IDS } from '../../src/lib/charts/types';
import { SITE_URL } from '../../src/lib/site';
import { SITEMAP_PATHS, SHARE_PAGES, chartImage } from '../../src/lib/og/pages';
import { pngInfo, pngPixels, pixelStats } from '../../src/lib/og/png';

const PAGES = Object.entries(SHARE_PAGES).map(([name, p]) => ({ name, path: p.path }));
const abs = (path: string) => (path === '/' ? SITE_URL : `${SITE_URL}${path}`);

/** The image at a site path, fetched from the test server, checked to be a real card. */
async function checkCard(
	request: import('@playwright/test').APIRequestContext,
	path: string,
	/** a chart brings many colours; a text card has its text's anti-aliasing and the accent */
	minColours = 100
) {
	const res = await request.get(path);
	expect(res.status(), path).toBe(200);
	expect(res.headers()['content-type']).toBe('image/png');
	const png = await res.body();
	expect(pngInfo(png), path).toMatchObject({ width: 1200, height: 630 });
	const stats = pixelStats(pngPixels(png).rgba);
	expect(stats.transparent, path).toBe(0);
	expect(stats.colours, path).toBeGreaterThan(minColours);
	expect(stats.inked, path).toBeGreaterThan(0.03);
	expect(stats.inked, path).toBeLessThan(0.6);
	expect(stats.dark, path).toBeLessThan(0.15);
	return png;
}

for (const { name, path } of PAGES) {
	test(`${path} has its preview tags, on SITE_URL`, async ({ page, request }) => {
		await page.goto(path);
		const meta = (attr: string, key: string) =>
			page.locator(`head meta[${attr}="${key}"]`).getAttribute('content');
		const og = (k: string) => meta('property', `og:${k}`);
		const tw = (k: string) => meta('name', `twitter:${k}`);
		await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', abs(path));
		expect(await page.locator('head link[rel="canonical"]').count()).toBe(1);
		const title = await og('title');
		expect(title).toBeTruthy();
		await expect(page).toHaveTitle(`${title} — Dependence Atlas`);
		const description = await meta('name', 'description');
		expect(description!.length).toBeGreaterThan(50);
		expect(await og('description')).toBe(description);
		expect(await og('type')).toBe('website');
		expect(await og('site_name')).toBe('Dependence Atlas');
		expect(await og('url')).toBe(abs(path));
		expect(await og('image')).toBe(`${SITE_URL}/og/page/${name}.png`);
		expect(await og('image:width')).toBe('1200');
		expect(await og('image:height')).toBe('630');
		expect((await og('image:alt'))!.length).toBeGreaterThan(20);
		expect(await tw('card')).toBe('summary_large_image');
		// twitter:title/description/image are left to their og:* fallbacks (fewer bytes per page)
		for (const k of ['title', 'description', 'image'])
			expect(await page.locator(`head meta[name="twitter:${k}"]`).count()).toBe(0);
		expect(await tw('image:alt')).toBe(await og('image:alt'));
		// one of each: a page does not also carry an older <meta name="description">
		expect(await page.locator('head meta[name="description"]').count()).toBe(1);
		expect(await page.locator('head title').count()).toBe(1);
		const hasChart = 'chart' in SHARE_PAGES[name as keyof typeof SHARE_PAGES];
		await checkCard(request, (await og('image'))!.slice(SITE_URL.length), hasChart ? 100 : 20);
	});
}

test('every chart has its own 1200 × 630 preview card', async ({ request }) => {
	const seen = new Set<string>();
	for (const id of CHART_IDS) {
		const png = await checkCard(request, chartImage(id));
		seen.add(png.toString('base64'));
	}
	expect(seen.size).toBe(CHART_IDS.length);
});

test('the 404 page is kept out of indexes', async ({ page }) => {
	const res = await page.goto('/no-such-page');
	expect(res?.status()).toBe(404);
	await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	expect(await page.locator('head link[rel="canonical"]').count()).toBe(0);
});

test('sitemap.xml is valid XML listing every page on SITE_URL', async ({ page, request }) => {
	const res = await request.get('/sitemap.xml');
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toMatch(/^application\/xml/);
	const xml = await res.text();
	expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
	await page.goto('/');
	const parsed = await page.evaluate((text) => {
		const d = new DOMParser().parseFromString(text, 'application/xml');
		return {
			error: d.getElementsByTagName('parsererror').length,
			root: d.documentElement.namespaceURI + ' ' + d.documentElement.localName,
			locs: [...d.getElementsByTagName('loc')].map((l) => l.textContent)
		};
	}, xml);
	expect(parsed.error).toBe(0);
	expect(parsed.root).toBe('http://www.sitemaps.org/schemas/sitemap/0.9 urlset');
	expect(parsed.locs).toEqual(SITEMAP_PATHS.map(abs));
	for (const p of PAGES) expect(parsed.locs).toContain(abs(p.path));
	for (const id of CHART_IDS) expect(parsed.locs).toContain(`${SITE_URL}/chart/${id}`);
	expect(parsed.locs).not.toContain(`${SITE_URL}/404`);
	// the pages it lists that exist in this build answer 200
	for (const p of PAGES) expect((await request.get(p.path)).status()).toBe(200);
});

test('robots.txt allows the site and names the sitemap', async ({ request }) => {
	const res = await request.get('/robots.txt');
	expect(res.status()).toBe(200);
	const text = await res.text();
	expect(text).toContain('User-agent: *');
	expect(text.split('\n')).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
});

test('every chart page has its preview tags, with its own chart card', async ({ page }) => {
	for (const id of CHART_IDS) {
		await page.goto(`/chart/${id}`);
		const og = (k: string) => page.locator(`head meta[property="og:${k}"]`).getAttribute('content');
		await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
			'href',
			abs(`/chart/${id}`)
		);
		expect(await page.locator('head link[rel="canonical"]').count()).toBe(1);
		expect(await og('image')).toBe(`${SITE_URL}${chartImage(id)}`);
		expect(await og('url')).toBe(abs(`/chart/${id}`));
		await expect(page).toHaveTitle(`${await og('title')} — Dependence Atlas`);
	}
});
