/**
 * Every chart a page: /chart/<id> and /embed/<id> for each chart, the frame's link to its chart
 * page and its full-screen button, a view carried from page to chart page to embed to figure, and
 * an embed framed by another origin.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { open, watch } from './helpers';
import { CHART_IDS } from '../../src/lib/charts/types';
import { CHART_REGISTRY, relatedCharts } from '../../src/lib/charts/registry';
import { SITE_URL } from '../../src/lib/site';

const TEST_PORT = Number(process.env.TEST_PORT ?? 4318);

async function axe(page: Page) {
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	return result.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

const frameOf = (page: Page, id: string) => page.locator(`[data-chart-id="${id}"]`);

for (const id of CHART_IDS) {
	const meta = CHART_REGISTRY[id];
	test(`${id}: chart page with its sections, no axe violations`, async ({ page }) => {
		// axe reads every mark of the drawing and every row of the open table: a slow check on a
		// busy machine (the group's small multiples and their 300-row table take longest)
		test.setTimeout(120_000);
		const problems = watch(page);
		await open(page, `/chart/${id}`);
		const frame = frameOf(page, id);
		const title = (await frame.locator('h3').innerText()).trim();
		// the page's title is the registry's, which is the one the chart draws
		await expect(page.locator('h1')).toHaveText(title);
		if (typeof meta.title === 'string') expect(title).toBe(meta.title);
		await expect(page).toHaveTitle(`${title} — Dependence Atlas`);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			`${SITE_URL}/chart/${id}`
		);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute(
			'content',
			meta.description
		);
		// the chart at full width, without a link to the page it is on
		await expect(frame.locator('.chart-body svg:visible').first()).toBeVisible();
		await expect(frame.getByRole('link', { name: 'Open chart page' })).toHaveCount(0);
		await expect(frame.getByRole('button', { name: 'Download SVG' })).toBeVisible();
		// the page and section it belongs to
		await expect(page.locator('.from a')).toHaveAttribute('href', `${meta.page}#${meta.section}`);
		// sources in full: outlet, link where there is one, grade
		const sources = page.getByTestId('chart-sources').locator('li');
		expect(await sources.count()).toBeGreaterThan(0);
		for (const s of await sources.allInnerTexts())
			expect(s).toMatch(/Grade: (verified|partial|weak|not found)$/);
		// the data files
		for (const d of [...meta.datasets, 'sources'])
			await expect(page.locator(`a[href="/data/${d}.csv"]`)).toHaveCount(1);
		// embed code and citation for the default view
		await expect(page.getByTestId('embed-code')).toHaveValue(
			new RegExp(
				`^<iframe src="${SITE_URL}/embed/${id}" title="[^"]+" width="100%" height="${meta.embedHeight}"`
			)
		);
		await expect(page.getByTestId('cite-text')).toContainText(`[chart ${id}]`);
		await expect(page.getByTestId('cite-text')).toContainText(
			/data version [0-9a-f]{12} \(\d{4}-\d\d-\d\d\)/
		);
		await expect(page.getByTestId('cite-text')).toContainText(`${SITE_URL}/chart/${id}`);
		await expect(page.getByTestId('cite-bibtex')).toContainText(`\\url{${SITE_URL}/chart/${id}}`);
		const related = page.locator('section[aria-labelledby="related-h"] a');
		expect(await related.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
			relatedCharts(id).map((r) => `/chart/${r}`)
		);
		expect(await axe(page)).toEqual([]);
		expect(problems).toEqual([]);
	});

	test(`${id}: embed, the frame alone, no axe violations`, async ({ page }) => {
		test.setTimeout(60_000);
		const problems = watch(page);
		await open(page, `/embed/${id}`);
		const title =
			typeof meta.title === 'string' ? meta.title : await page.locator('h3').innerText();
		const embedded = frameOf(page, id);
		await expect(embedded.locator('h3')).toHaveText(title);
		await expect(embedded.locator('.chart-body svg:visible').first()).toBeVisible();
		await expect(embedded.getByTestId('source-line')).toContainText('Source');
		const back = embedded.getByRole('link', { name: 'Open this chart on Dependence Atlas' });
		await expect(back).toHaveAttribute('href', `/chart/${id}`);
		await expect(back).toHaveAttribute('target', '_blank');
		// the frame alone: no site header, footer, skip link, downloads or table
		await expect(page.locator('header.site-header, footer.site-footer, a.skip')).toHaveCount(0);
		await expect(embedded.getByRole('button')).toHaveCount(0);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			`${SITE_URL}/chart/${id}`
		);
		expect(await axe(page)).toEqual([]);
		expect(problems).toEqual([]);
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const id of CHART_IDS) {
		test(`${id}: chart page and embed read without JavaScript`, async ({ page }) => {
			await page.goto(`/chart/${id}`);
			const frame = frameOf(page, id);
			const svg = frame.locator('.chart-body svg:visible').first();
			await expect(svg).toBeVisible();
			expect(await svg.locator('path, rect, circle, line').count()).toBeGreaterThan(5);
			expect(await page.getByTestId('chart-sources').locator('li').count()).toBeGreaterThan(0);
			await expect(page.getByTestId('cite-text')).toContainText(`${SITE_URL}/chart/${id}`);
			await expect(page.getByTestId('embed-code')).toHaveValue(
				new RegExp(`^<iframe src="${SITE_URL}/embed/${id}"`)
			);
			// the copy buttons need scripts: not shown without them
			await expect(page.getByRole('button', { name: 'Copy embed code' })).toBeHidden();
			await expect(frame.getByRole('button', { name: 'Full screen' })).toBeHidden();
			// the Table section's link opens the frame's table, scripts or not
			await page.getByRole('link', { name: 'table', exact: true }).click();
			await expect(frame.getByTestId('chart-table')).toBeVisible();

			await page.goto(`/embed/${id}`);
			await expect(frameOf(page, id).locator('.chart-body svg:visible').first()).toBeVisible();
			await expect(
				page.getByRole('link', { name: 'Open this chart on Dependence Atlas' })
			).toHaveAttribute('href', `/chart/${id}`);
		});
	}
});

test('an unknown chart id is the site’s 404 page, and no file is built for it', async ({
	page
}) => {
	for (const path of ['/chart/unknown', '/embed/unknown', '/chart/trade-asymmetry/x']) {
		const res = await page.goto(path);
		expect(res?.status(), path).toBe(404);
		await expect(page.locator('h1')).toHaveText('Page not found');
	}
	for (const f of ['chart/unknown.html', 'chart/unknown', 'embed/unknown.html'])
		expect(existsSync(`build/${f}`), f).toBe(false);
	for (const id of CHART_IDS) {
		expect(existsSync(`build/chart/${id}.html`), id).toBe(true);
		expect(existsSync(`build/embed/${id}.html`), id).toBe(true);
	}
});

test('chart pages keep their data out of the page: no rows serialized, HTML within budget', () => {
	for (const id of CHART_IDS) {
		const html = readFileSync(`build/chart/${id}.html`, 'utf8');
		// page data is a few strings and numbers: no source_id (rows) and no sources index
		const script = html.slice(html.lastIndexOf('<script'));
		expect(script, id).not.toContain('source_id');
		expect(script, id).not.toContain('sourceIds');
		expect(script.length, id).toBeLessThan(4000);
	}
});

test('each frame links to its chart page with its own current parameters', async ({ page }) => {
	await open(page, '/trade');
	const link = (id: string) => frameOf(page, id).getByRole('link', { name: 'Open chart page' });
	await expect(link('trade-asymmetry')).toHaveAttribute('href', '/chart/trade-asymmetry');
	await frameOf(page, 'trade-asymmetry').getByLabel('Year').selectOption('2016');
	await frameOf(page, 'trade-values').getByLabel(/flow/i).first().selectOption('exports');
	await expect(link('trade-asymmetry')).toHaveAttribute(
		'href',
		'/chart/trade-asymmetry?asym.year=2016'
	);
	await expect(link('trade-values')).toHaveAttribute(
		'href',
		'/chart/trade-values?values.flow=exports'
	);
	await expect(link('trade-partners')).toHaveAttribute('href', '/chart/trade-partners');
});

test('full screen: the frame fills the screen, the chart redraws wider, and comes back', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page, '/trade');
	const frame = frameOf(page, 'trade-values');
	const drawing = frame.locator('.kit-chart').first();
	const before = await drawing.evaluate((e) => e.clientWidth);
	const svgBefore = await frame.locator('.chart-body svg:visible').first().getAttribute('viewBox');
	const button = frame.getByRole('button', { name: 'Full screen' });
	await expect(button).toBeVisible();
	await expect(button).toHaveAttribute('aria-pressed', 'false');
	await button.click();
	await page.waitForFunction(
		() => document.fullscreenElement?.getAttribute('data-chart-id') === 'trade-values'
	);
	await expect(button).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(() => drawing.evaluate((e) => e.clientWidth)).toBeGreaterThan(before + 100);
	// drawn again at the new width, not stretched
	await expect
		.poll(() => frame.locator('.chart-body svg:visible').first().getAttribute('viewBox'))
		.not.toBe(svgBefore);
	await button.click();
	await page.waitForFunction(() => document.fullscreenElement === null);
	await expect(button).toHaveAttribute('aria-pressed', 'false');
	await expect.poll(() => drawing.evaluate((e) => e.clientWidth)).toBe(before);
});

test('a view travels from its page to its chart page, its embed and its figure', async ({
	page
}) => {
	await open(page, '/trade');
	const asym = frameOf(page, 'trade-asymmetry');
	await asym.getByLabel('Year').selectOption('2016');
	await asym.getByRole('link', { name: 'Open chart page' }).click();
	await page.waitForURL(/\/chart\/trade-asymmetry\?asym\.year=2016$/);
	await open(page, page.url().replace(/^https?:\/\/[^/]+/, ''));
	const frame = frameOf(page, 'trade-asymmetry');
	await expect(frame.getByLabel('Year')).toHaveValue('2016');
	await expect(frame.locator('.subtitle')).toContainText('2016');
	const code = page.getByTestId('embed-code');
	await expect(code).toHaveValue(
		new RegExp(`src="${SITE_URL}/embed/trade-asymmetry\\?asym\\.year=2016"`)
	);
	await expect(page.getByTestId('cite-text')).toContainText(
		`${SITE_URL}/chart/trade-asymmetry?asym.year=2016`
	);
	// the figure downloaded here carries the same view's permalink
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: 'Download SVG' }).click()
	]);
	const svg = readFileSync(await download.path(), 'utf8');
	const permalink = await page.evaluate(
		(s) =>
			new DOMParser().parseFromString(s, 'image/svg+xml').getElementById('fig-permalink')
				?.textContent ?? '',
		svg
	);
	expect(permalink).toBe(`${SITE_URL}/chart/trade-asymmetry?asym.year=2016`);
	// the embed the snippet names shows the same year
	const src = /src="([^"]+)"/.exec(await code.inputValue())![1]!.replace(/&amp;/g, '&');
	await open(page, src.replace(SITE_URL, ''));
	const embedded = frameOf(page, 'trade-asymmetry');
	await expect(embedded.locator('.subtitle')).toContainText('2016');
	await expect(embedded.getByLabel('Year')).toHaveValue('2016');
	await expect(
		embedded.getByRole('link', { name: 'Open this chart on Dependence Atlas' })
	).toHaveAttribute('href', '/chart/trade-asymmetry?asym.year=2016');
});

test('on a chart page the embed code and the citation follow the view as it changes', async ({
	page
}) => {
	await open(page, '/chart/trade-asymmetry');
	const frame = frameOf(page, 'trade-asymmetry');
	await frame.getByLabel('Year').selectOption('2005');
	await expect(page).toHaveURL(/\/chart\/trade-asymmetry\?asym\.year=2005$/);
	await expect(page.getByTestId('embed-code')).toHaveValue(
		new RegExp(`src="${SITE_URL}/embed/trade-asymmetry\\?asym\\.year=2005"`)
	);
	await expect(page.getByTestId('cite-text')).toContainText(
		`${SITE_URL}/chart/trade-asymmetry?asym.year=2005`
	);
	await expect(page.getByTestId('cite-bibtex')).toContainText(
		`\\url{${SITE_URL}/chart/trade-asymmetry?asym.year=2005}`
	);
	// the link to the table opens it (a fragment inside a closed <details>), and the view says so
	await page.getByRole('link', { name: 'table', exact: true }).click();
	await expect(frame.getByTestId('chart-table')).toBeVisible();
	await expect(frame.getByTestId('chart-table')).toContainText('2005');
	await expect(page.getByTestId('embed-code')).toHaveValue(
		/trade-asymmetry\?asym\.year=2005&amp;asym\.table=1"/
	);
	await frame.getByText('Table', { exact: true }).click();
	// the default view again: no parameters
	await frame.getByLabel('Year').selectOption('2009');
	await expect(page.getByTestId('cite-text')).toHaveText(
		new RegExp(`${SITE_URL}/chart/trade-asymmetry$`)
	);
});

test('Copy citation puts the exact text citation, with today’s date, on the clipboard', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page, '/chart/trade-asymmetry?asym.year=2016');
	const today = await page.evaluate(() => {
		const d = new Date();
		const p = (n: number) => String(n).padStart(2, '0');
		return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
	});
	const text = page.getByTestId('cite-text');
	await expect(text).toHaveText(
		new RegExp(
			`\\. Retrieved ${today} from ${SITE_URL.replace(/\./g, '\\.')}/chart/trade-asymmetry\\?asym\\.year=2016$`
		)
	);
	await page.getByRole('button', { name: 'Copy citation' }).click();
	await expect(page.locator('main p[role="status"]')).toHaveText('Citation copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await text.innerText());
	// and the BibTeX: its urldate is the same day, its fields plain ASCII
	await page.getByRole('button', { name: 'Copy BibTeX' }).click();
	const bibtex = await page.evaluate(() => navigator.clipboard.readText());
	expect(bibtex).toBe(await page.getByTestId('cite-bibtex').innerText());
	expect(bibtex).toContain(`urldate      = {${today}},`);
	expect(bibtex).toContain("title        = {An unequal dependence: Russia in Belarus's trade");
	expect(bibtex).toMatch(/^[\x20-\x7e\n]*$/);
});

test('chart page and embed have no axe violations in the dark theme', async ({ page }) => {
	test.setTimeout(60_000);
	await page.emulateMedia({ colorScheme: 'dark' });
	await open(page, '/chart/gas-price');
	expect(await axe(page)).toEqual([]);
	await open(page, '/embed/gas-price');
	expect(await axe(page)).toEqual([]);
});

test.describe('an embed framed by another site', () => {
	const OTHER_PORT = Number(process.env.EMBED_TEST_PORT ?? TEST_PORT + 2);
	let server: Server;
	test.beforeAll(async () => {
		const html = `<!doctype html><html lang="en"><title>Another site</title><body><h1>Another site</h1>
<iframe src="http://127.0.0.1:${TEST_PORT}/embed/gas-price?gas.events=0" title="Gas price" width="100%" height="${CHART_REGISTRY['gas-price'].embedHeight}" style="border:0"></iframe></body></html>`;
		server = createServer((_, res) => {
			res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
			res.end(html);
		});
		await new Promise<void>((ok) => server.listen(OTHER_PORT, '127.0.0.1', ok));
	});
	test.afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

	test('renders inside an iframe on another origin, with its view and a link back', async ({
		page
	}) => {
		const problems = watch(page);
		await page.goto(`http://127.0.0.1:${OTHER_PORT}/`);
		const inner = page.frameLocator('iframe');
		const frame = inner.locator('[data-chart-id="gas-price"]');
		await expect(frame.locator('h3')).toHaveText('The price of Russian gas for Belarus');
		await expect(frame.locator('.chart-body svg:visible').first()).toBeVisible();
		// the shown view is the one in the address: the event layer off
		await expect(frame.getByLabel('Disputes and treaties')).not.toBeChecked();
		await expect(inner.locator('[data-island="live"]')).toHaveCount(1);
		const back = frame.getByRole('link', { name: 'Open this chart on Dependence Atlas' });
		await expect(back).toHaveAttribute('href', '/chart/gas-price?gas.events=0');
		await expect(back).toHaveAttribute('target', /^_(blank|top)$/);
		expect(problems).toEqual([]);
	});
});

/**
 * The embed code a reader copies, pasted into another site's page: the frame takes the height of
 * the embed's content at a phone's width and a desktop's (no chart cut off, no empty band under
 * it), and a link in the embed opens a new tab instead of loading inside the frame.
 */
test.describe('the embed code on another site', () => {
	// one host server for the tests below, on a port the system chooses
	test.describe.configure({ mode: 'serial' });
	let HOST_PORT = 0;
	const local = `http://127.0.0.1:${TEST_PORT}`;
	let server: Server;
	let hostPage = '';
	test.beforeAll(async () => {
		server = createServer((_, res) => {
			res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
			res.end(hostPage);
		});
		await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
		HOST_PORT = (server.address() as AddressInfo).port;
	});
	test.afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

	/** The chart page's embed code, pointed at this test's server instead of the public site. */
	async function embedCode(page: Page, id: string, site: string) {
		await open(page, `/chart/${id}`);
		const code = await page.getByTestId('embed-code').inputValue();
		expect(code).toContain(`"${new URL(SITE_URL).origin}"`);
		return code.replaceAll(SITE_URL, site);
	}
	const host = (code: string) =>
		`<!doctype html><html lang="en"><title>Another site</title><body><h1>Another site</h1>${code}<p id="after">After the chart.</p></body></html>`;

	// oil-sources-2020: 870 px until the embed speaks, 1012 px of content on a phone
	const id = 'oil-sources-2020';
	const fixed = CHART_REGISTRY[id].embedHeight;
	for (const width of [390, 1280])
		test(`at ${width} px the frame is exactly as tall as the embed`, async ({ page }) => {
			hostPage = host(await embedCode(page, id, local));
			await page.setViewportSize({ width, height: 900 });
			await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
			const iframe = page.locator('iframe');
			const inner = page.frameLocator('iframe');
			await expect(inner.locator(`[data-chart-id="${id}"] h3`)).toBeVisible();
			const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
			const content = () =>
				frame.evaluate(() =>
					Math.ceil(document.querySelector('main')!.getBoundingClientRect().height)
				);
			const box = async () => (await iframe.boundingBox())!.height;
			const fits = () =>
				expect
					.poll(async () => Math.abs((await box()) - (await content())), { timeout: 10_000 })
					.toBeLessThanOrEqual(1);
			await fits();
			// nothing to scroll inside the frame: the whole chart is shown
			expect(
				await frame.evaluate(() => document.documentElement.scrollHeight - innerHeight)
			).toBeLessThanOrEqual(0);
			// the fixed height the code starts with cuts the chart on a phone and leaves an empty
			// band under it on a desktop
			const height = await box();
			if (width === 390) expect(height).toBeGreaterThan(fixed);
			else expect(height).toBeLessThan(fixed - 50);
			// the host's text follows the chart, with no band between
			const after = (await page.locator('#after').boundingBox())!.y;
			const bottom = (await iframe.boundingBox())!;
			expect(after - (bottom.y + bottom.height)).toBeLessThan(30);
			if (width === 390) return;
			// the window narrowed to a phone's: the embed draws its phone drawing, the frame follows
			await page.setViewportSize({ width: 390, height: 900 });
			await expect.poll(box, { timeout: 10_000 }).toBeGreaterThan(fixed);
			await fits();
		});

	test('the listener takes a height only from the atlas’s own origin', async ({ page }) => {
		// the code as published names the public site, not this test server: its messages are ignored
		const code = await embedCode(page, 'gas-price', 'http://127.0.0.1:1');
		hostPage = host(code.replace(/src="http:\/\/127\.0\.0\.1:1/, `src="${local}`));
		await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
		await expect(page.frameLocator('iframe').locator('h3')).toBeVisible();
		await page.waitForTimeout(500);
		expect((await page.locator('iframe').boundingBox())!.height).toBe(
			CHART_REGISTRY['gas-price'].embedHeight
		);
	});

	test('a link in the embed opens a new tab, not a page inside the frame', async ({
		page,
		context
	}) => {
		hostPage = host(await embedCode(page, 'gas-price', local));
		await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
		const inner = page.frameLocator('iframe');
		const frame = () => page.frames().find((f) => f !== page.mainFrame())!;
		await expect(inner.locator('h3')).toHaveText('The price of Russian gas for Belarus');
		const embedUrl = frame().url();
		// a link to a dataset and a source's link to another site, neither with a target of its own
		const links = [
			inner.locator('a[href^="/data/"]').first(),
			inner.locator('.source-line a[rel~="external"]').first()
		];
		for (const link of links) {
			expect(await link.getAttribute('target')).toBeNull();
			const href = (await link.getAttribute('href'))!;
			const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
			// the dataset's page opens in the tab; the other site is not reached from the test machine
			if (href.startsWith('/')) {
				await opened.waitForURL(`${local}${href}`);
				await expect(opened.locator('h1')).toBeVisible();
			}
			await opened.close();
			expect(frame().url()).toBe(embedUrl);
			await expect(inner.locator('h3')).toHaveText('The price of Russian gas for Belarus');
		}
	});
});
