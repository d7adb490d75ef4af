/**
 * /explore with real files through the real file input: every kind of bad file gets its message,
 * a valid file is charted, kept across a reload and deleted, a large file shows progress, can be
 * cancelled and parses without long main-thread tasks, markup in cells never runs, our series
 * goes beside the reader's, the chart exports, LayerChart stays off every other page.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGES, watch } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'explore-'));
function file(name: string, body: string | Uint8Array): string {
	const p = join(dir, name);
	writeFileSync(p, body);
	return p;
}

async function start(page: Page) {
	await page.goto('/explore');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
const input = (page: Page) => page.getByTestId('file-input');

const VALID = [
	'year,value,country',
	'2000,10,A',
	'2001,12.5,A',
	'2002,n/a,A',
	'2000,3,B',
	'2001,"<img src=x onerror=""window.__pwned=1"">",B',
	'2002,7,B',
	'2003,<script>window.__pwned=2</script>,B'
].join('\n');

const BAD: [string, string | Uint8Array, RegExp][] = [
	['empty.csv', '', /The file is empty/],
	['header-only.csv', 'year,value\n', /header row \(year, value\) but no data rows/],
	['binary.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 8, 1, 2]), /binary file/],
	[
		'cp1251.csv',
		new Uint8Array([...Buffer.from('year,name\n2000,'), 0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0]),
		/not UTF-8 text: byte 16 \(line 2\)/
	]
];

for (const [name, body, message] of BAD)
	test(`a bad file (${name}) gets a message naming the problem`, async ({ page }) => {
		const problems = watch(page);
		await start(page);
		await input(page).setInputFiles(file(name, body));
		await expect(page.getByTestId('refused')).toHaveText(message);
		await expect(page.getByTestId('explore-frame')).toHaveCount(0);
		expect(problems).toEqual([]);
	});

const LISTED: [string, string, string[]][] = [
	[
		'unbalanced.csv',
		'year,value\n2000,1\n2001,"2\n2002,3\n',
		['line 3: a quoted field is never closed (unbalanced quotes)']
	],
	[
		'ragged.csv',
		'year,value\n2000,1\n2001,2,9\n2002,3\n2003,4\n',
		['line 3: the row has 3 fields, the header 2 (ragged row): not used']
	],
	[
		'duplicate.csv',
		'year,value,value\n2000,1,2\n2001,2,3\n',
		['line 1, column value: duplicate column name: the header names "value" more than once']
	],
	[
		'nonnumeric.csv',
		'year,value\n2000,1\n2001,2\n2002,n/a\n2003,4\n',
		['line 4, column value: expected a number, got "n/a"']
	]
];
for (const [name, body, expected] of LISTED)
	test(`a flawed file (${name}) lists its problems by line and column`, async ({ page }) => {
		await start(page);
		await input(page).setInputFiles(file(name, body));
		for (const e of expected) await expect(page.getByTestId('problems')).toContainText(e);
	});

test('a valid file is charted, kept across a reload, and deleted; markup in cells never runs', async ({
	page
}) => {
	const problems = watch(page);
	await start(page);
	await input(page).setInputFiles(file('valid.csv', VALID));
	const frame = page.getByTestId('explore-frame');
	await expect(frame.locator('.chart-body path.lc-path').first()).toBeVisible();
	await expect(page.getByTestId('columns')).toHaveText(
		/year\s*year\s*value\s*number\s*country\s*text/
	);
	await expect(page.getByTestId('detected')).toContainText('comma-separated, a header row');
	await expect(page.getByTestId('problems')).toContainText(
		'line 6, column value: expected a number, got "<img src=x onerror="window.__pwned=1">"'
	);
	await expect(page.getByTestId('problems')).toContainText('line 8, column value');
	await expect(frame.locator('.legend')).toContainText('Yours: A');
	await expect(frame.locator('.legend')).toContainText('Yours: B');
	await expect(frame.locator('.notes')).toContainText('3 values not drawn');
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	expect(await page.locator('img[src=x], .explore script').count()).toBe(0);
	await expect(page).toHaveURL(/\?file=[a-z0-9]+&x=year&y=value&series=country/);

	await page.reload();
	await expect(page.getByTestId('files')).toContainText('valid.csv');
	await expect(page.getByTestId('files')).toContainText(`${VALID.length} B`);
	await expect(frame.locator('.chart-body path.lc-path').first()).toBeVisible();
	await expect(frame.locator('.legend')).toContainText('Yours: B');

	const link = page.url();
	await page.getByRole('button', { name: 'Delete valid.csv' }).click();
	await expect(page.getByTestId('files')).toHaveCount(0);
	await expect(frame).toHaveCount(0);
	await page.goto(link);
	await expect(page.getByTestId('status')).toContainText('not kept in this browser');
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	expect(problems).toEqual([]);
});

test('an atlas series goes beside the reader’s, marked as ours with its source, and exports', async ({
	page
}) => {
	await start(page);
	await input(page).setInputFiles(
		file('imports.csv', 'year;share\n2010;55,5\n2011;60,25\n2012;58\n')
	);
	await expect(page.getByTestId('detected')).toContainText('semicolon-separated');
	await expect(page.getByTestId('detected')).toContainText('decimal commas');
	await page.getByTestId('load-ours').click();
	await page.getByLabel('Russia’s share of Belarus’s imports (CIA World Factbook)').check();
	const frame = page.getByTestId('explore-frame');
	await expect(frame.locator('.legend')).toContainText(
		'Ours: Russia’s share of Belarus’s imports (CIA World Factbook)'
	);
	await expect(frame.locator('.legend')).toContainText('Yours: share');
	await expect(frame.getByTestId('source-line')).toContainText('Yours: imports.csv');
	await expect(frame.getByTestId('source-line')).toContainText('CIA World Factbook, 2001 edition');
	await expect(page).toHaveURL(/ours=fb-bel-rus-imports/);
	// the figure says whose data it is
	const [svg] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: 'Download SVG' }).click()
	]);
	const text = readFileSync(await svg.path(), 'utf8');
	expect(svg.suggestedFilename()).toBe('explore-imports.svg');
	expect(text).toContain('Yours: imports.csv');
	expect(text).toContain('Ours (Dependence Atlas');
	// the figure names every edition the series cites, not only the first few
	const words = [...text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
	expect(words).toContain('CIA World Factbook, 2011 edition');
	expect(text).toContain('Ours: Russia’s share of Belarus’s imports');
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: 'Download CSV' }).click()
	]);
	// every series drawn, yours and ours, each row with its source
	const rows = readFileSync(await csv.path(), 'utf8').split('\r\n');
	expect(rows.slice(0, 4)).toEqual([
		'source,series,line,year,value,unit',
		'imports.csv,Yours: share,2,2010,55.5,',
		'imports.csv,Yours: share,3,2011,60.25,',
		'imports.csv,Yours: share,4,2012,58,'
	]);
	expect(rows[4]).toMatch(
		/^"Dependence Atlas, factbook_trade: [^"]+",Ours: Russia’s share of Belarus’s imports \(CIA World Factbook\),,\d{4},[\d.]+,%$/
	);
	const [png] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: 'Download PNG' }).click()
	]);
	expect(readFileSync(await png.path()).readUInt32BE(16)).toBe(1600);
	// the kit's frame: the PNG size and a dark figure, as on every chart; no chart page to open
	await frame.getByLabel('PNG size').selectOption({ label: '1× (800 px)' });
	await frame.getByLabel('Dark figure').check();
	const [small] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: 'Download PNG' }).click()
	]);
	expect(readFileSync(await small.path()).readUInt32BE(16)).toBe(800);
	const [dark] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: 'Download SVG' }).click()
	]);
	const darkSvg = readFileSync(await dark.path(), 'utf8');
	expect(darkSvg).toMatch(/<rect width="800" height="\d+" fill="#1c1c1c"/);
	expect(darkSvg).toContain('Ours: Russia’s share of Belarus’s imports');
	await expect(frame.getByRole('link', { name: 'Open chart page' })).toHaveCount(0);
});

test('bars leave a gap where a value is missing, and above 400 points per series say why there are none', async ({
	page
}) => {
	await page.goto('/explore?kind=bars');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	// A: 2000, 2001 (2002 is n/a); B: 2000, 2002 (2001 is not a number)
	await input(page).setInputFiles(
		file(
			'gaps.csv',
			'year,value,country\n2000,10,A\n2001,12.5,A\n2002,n/a,A\n2000,3,B\n2001,x,B\n2002,7,B\n'
		)
	);
	const body = page.getByTestId('explore-frame').locator('.chart-body');
	const bars = body.locator('.lc-bars-bar');
	await expect(bars).toHaveCount(4);
	await expect(body.locator('.lc-axis')).toHaveCount(2);
	const heights = await bars.evaluateAll((els) =>
		els.map((e) => Math.round((e as SVGGraphicsElement).getBBox().height))
	);
	// 10, 12.5, 3 and 7 on a 0–12.5 scale: none is a zero-height bar
	expect(heights.every((h) => h > 10)).toBe(true);
	expect(heights).toHaveLength(4);
	await expect(page.getByTestId('explore-frame').locator('.notes')).toContainText(
		'2 values not drawn'
	);

	const many = ['year,value', ...Array.from({ length: 450 }, (_, i) => `${1500 + i},${i % 17}`)];
	await input(page).setInputFiles(file('many.csv', many.join('\n')));
	await expect(page.getByTestId('bars-refused')).toHaveText(
		/Bars are drawn for at most 400 points per series; Yours: value would need 450 bars in this view\. Choose line or points, or zoom in on the line chart/
	);
	await expect(body.locator('.lc-bars-bar')).toHaveCount(0);
	await page.getByTestId('explore-frame').locator('.controls select').selectOption('line');
	await expect(body.locator('path.lc-path')).toHaveCount(1);
});

test('a tap keeps the tooltip on a phone', async ({ browser }) => {
	const ctx = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true
	});
	const page = await ctx.newPage();
	await start(page);
	await input(page).setInputFiles(file('tap.csv', 'year,value\n2000,1\n2001,4\n2002,2\n'));
	const body = page.getByTestId('explore-frame').locator('.chart-body');
	await expect(body.locator('path.lc-path').first()).toBeVisible();
	await body.scrollIntoViewIfNeeded();
	const box = (await body.locator('svg').first().boundingBox())!;
	await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
	await expect(body.locator('.explore-chart')).toHaveAttribute('data-locked', '');
	await page.waitForTimeout(300);
	// the tooltip (LayerChart puts it at the end of the page) names the year tapped and stays
	const tip = page.locator('.lc-tooltip-root');
	await expect(tip).toBeVisible();
	await expect(tip).toContainText(/^\s*2001\s*Yours: value\s*4\s*$/);
	const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(scroll).toBeLessThanOrEqual(390);
	await ctx.close();
});

// @quiet: measured alone, after every other test (playwright.config.ts), so that no other test's
// browser shares the two cores while the long tasks are counted
test(
	'a large file (60 MB) shows progress, can be cancelled, and is read, parsed and drawn without long tasks',
	{ tag: '@quiet' },
	async ({ page }) => {
		test.setTimeout(180_000);
		const rows: string[] = ['date,value,label'];
		const base = Date.UTC(2000, 0, 1);
		for (let i = 0; i < 2_400_000; i++)
			rows.push(
				`${new Date(base + (i % 9000) * 86400000).toISOString().slice(0, 10)},${(i % 977) * 1.5},"row, ${i % 7}"`
			);
		const body = rows.join('\n');
		expect(Buffer.byteLength(body)).toBeGreaterThan(60_000_000);
		const big = file('big.csv', body);
		await start(page);
		await page.waitForLoadState('networkidle');
		// every long task from the first choice of the file on: LayerChart's first load (it starts
		// with the reading), the reading and parsing, and the first drawing of seven series
		await page.evaluate(() => {
			const w = window as unknown as { __long: [number, number][] };
			w.__long = [];
			new PerformanceObserver((l) => {
				for (const e of l.getEntries()) w.__long.push([e.startTime, e.duration]);
			}).observe({ type: 'longtask' });
		});
		await input(page).setInputFiles(big);
		await expect(page.getByTestId('progress')).toBeVisible();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByTestId('status')).toContainText('Cancelled');
		await expect(page.getByTestId('progress')).toHaveCount(0);

		await page.getByTestId('files').getByRole('button', { name: 'big.csv', exact: true }).click();
		await expect(page.locator('#parse-progress')).toBeVisible();
		// the page answers while the worker reads: a click on the paste box opens it at once
		await page.getByText('Paste text instead').click();
		await expect(page.locator('#paste-text')).toBeVisible({ timeout: 1000 });
		await expect(page.getByTestId('detected')).toContainText('2,400,000 rows used', {
			timeout: 120_000
		});
		const frame = page.getByTestId('explore-frame');
		await expect(frame.locator('.legend li')).toHaveCount(7, { timeout: 30_000 });
		await expect(frame.locator('.chart-body path.lc-path')).toHaveCount(7);
		await expect(frame.locator('.chart-body .lc-axis')).toHaveCount(2);
		await expect(frame.locator('.notes')).toContainText(
			/Above 2,500 points a series is drawn as its minimum and maximum per column of [\d.]+ pixels \(row, 0: 342,858 points;/
		);
		await page.waitForFunction(
			() => performance.getEntriesByName('explore-chart-drawn').length > 0
		);
		await page.waitForTimeout(500);
		// marks: LayerChart evaluated (explore-chart-module), the worker's checked table in
		// (explore-table), the chart's first drawing done (explore-chart-drawn)
		const { long, loaded, read } = await page.evaluate(() => ({
			long: (window as unknown as { __long: [number, number][] }).__long,
			loaded: performance.getEntriesByName('explore-chart-module')[0]?.startTime ?? -1,
			read: performance.getEntriesByName('explore-table').at(-1)?.startTime ?? Infinity
		}));
		expect(loaded).toBeGreaterThan(0);
		const ms = (l: [number, number][]) => l.map(([, d]) => Math.round(d));
		const loading = ms(long.filter(([t, d]) => t <= loaded && t + d >= loaded));
		const parsing = ms(long.filter(([t, d]) => t < read && !(t <= loaded && t + d >= loaded)));
		const drawing = ms(long.filter(([t]) => t >= read));
		console.log(
			`large file: long tasks loading LayerChart [${loading}], parsing [${parsing}], drawing [${drawing}] ms`
		);
		expect(
			ms(long).filter((d) => d > 200),
			`long tasks: loading LayerChart ${loading}, parsing ${parsing}, drawing ${drawing}`
		).toEqual([]);
		// the table keeps every row (the first 200 shown, the CSV has all)
		await expect(
			frame.getByText('The first 200 of 2,400,000 rows; Download CSV has every row.')
		).toBeAttached();
	}
);

test('LayerChart loads on /explore only once there is a chart, and on no other page', async ({
	page
}) => {
	// it visits every page
	test.setTimeout(90_000);
	const seen = new Map<string, number>();
	const lc = new Set<string>();
	page.on('response', async (r) => {
		if (!r.url().endsWith('.js')) return;
		const body = await r.body().catch(() => Buffer.from(''));
		seen.set(r.url(), gzipSync(body).length);
		// LayerChart's own code names its elements' classes "lc-…"; the site's code never does
		if (/["'`]lc-[a-z]/.test(body.toString())) lc.add(r.url());
	});
	await start(page);
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(300);
	const startup = [...seen.values()].reduce((a, b) => a + b, 0);
	expect(lc.size).toBe(0);
	expect(startup).toBeLessThan(76 * 1024);
	const before = new Set(seen.keys());
	await input(page).setInputFiles(file('first.csv', 'year,value\n2000,1\n2001,2\n'));
	await expect(
		page.getByTestId('explore-frame').locator('.chart-body path.lc-path').first()
	).toBeVisible();
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(500);
	const chartFiles = [...seen.keys()].filter((u) => !before.has(u));
	const after = [...seen.values()].reduce((a, b) => a + b, 0);
	await expect.poll(() => lc.size).toBeGreaterThan(0);
	console.log(
		`/explore JS gzip: startup ${(startup / 1024).toFixed(1)} kB, after the first chart ${(after / 1024).toFixed(1)} kB (worker and chart: ${chartFiles.length} files)`
	);
	for (const path of PAGES.filter((p) => p !== '/explore')) {
		seen.clear();
		lc.clear();
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		await page.mouse.move(5, 5);
		await page.mouse.wheel(0, 3000);
		await page.waitForTimeout(300);
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(300);
		expect(seen.size, `${path} loaded no JS?`).toBeGreaterThan(0);
		expect(lc.size, `${path} loaded LayerChart`).toBe(0);
	}
});

for (const scheme of ['light', 'dark'] as const)
	test(`/explore with a chart and its problems has no axe violations (${scheme})`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: scheme });
		await start(page);
		await input(page).setInputFiles(file('axe.csv', VALID));
		await page.getByTestId('load-ours').click();
		await page.getByLabel('Russia’s share of Belarus’s imports (CIA World Factbook)').check();
		await expect(
			page.getByTestId('explore-frame').locator('.chart-body path.lc-path').first()
		).toBeVisible();
		await page.getByText('Table', { exact: true }).click();
		const result = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(
			result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
	});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('/explore says it needs JavaScript and what works without it', async ({ page }) => {
		await page.goto('/explore');
		await expect(page.getByTestId('nojs')).toContainText('This page needs JavaScript');
		await expect(
			page.getByTestId('nojs').getByRole('link', { name: 'data catalogue' })
		).toBeVisible();
	});
});

test('with storage unavailable the page says so and still charts the file for the session', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', {
			get() {
				throw new DOMException('blocked', 'SecurityError');
			}
		});
	});
	await start(page);
	await expect(page.getByTestId('store-note')).toContainText(
		'This browser does not let the page keep files'
	);
	await input(page).setInputFiles(file('session.csv', 'year,value\n2000,1\n2001,2\n'));
	await expect(page.getByTestId('explore-frame').locator('path.lc-path').first()).toBeVisible();
	await expect(page.getByTestId('store-note')).toContainText('kept only until you leave the page');
});
