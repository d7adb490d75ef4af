/**
 * The chart kit's promises, checked on the built site in Chromium for every chart on the kit:
 * at 390 and 1280 px, with JavaScript on and off, no two texts of a chart overlap, no text sticks
 * out of its drawing, and on a phone without JavaScript no text renders under 11 px. A real touch
 * context taps marks: the tooltip stays, matches the table row, and goes on a tap elsewhere.
 */
import { expect, test, type Page } from '@playwright/test';
import { open } from './helpers';

/** Charts drawn with the kit, and the page each is checked on. */
const KIT_CHARTS: { id: string; path: string }[] = [
	{ id: 'gas-price', path: '/energy' },
	{ id: 'trade-share-timeline', path: '/trade' },
	{ id: 'trade-values', path: '/trade' },
	{ id: 'energy-disputes', path: '/energy' },
	{ id: 'relations-timeline', path: '/' },
	{ id: 'oil-cargo-timeline', path: '/oil' },
	{ id: 'oil-sources-2020', path: '/oil' },
	{ id: 'oil-sources-2020', path: '/oil?oil.metric=cargoes' },
	{ id: 'oil-routes-map', path: '/oil' },
	{ id: 'trade-asymmetry', path: '/trade' },
	{ id: 'trade-asymmetry', path: '/' },
	{ id: 'trade-partners', path: '/trade' },
	{
		id: 'trade-partners',
		path: '/trade?partners.flow=imports&partners.year=2005&partners.compare=1998'
	}
];

/** Tap (a real touch) at the middle of an element, which may be a flat SVG line. */
async function tapOn(page: Page, selector: string) {
	const el = page.locator(selector).first();
	await el.scrollIntoViewIfNeeded();
	const b = (await el.boundingBox())!;
	await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
}

/** Click (a real mouse) at the middle of an element. */
async function clickOn(page: Page, selector: string) {
	await page.locator(selector).first().scrollIntoViewIfNeeded();
	const b = (await page.locator(selector).first().boundingBox())!;
	await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
}

interface TextBox {
	text: string;
	x0: number;
	y0: number;
	x1: number;
	y1: number;
	px: number;
}

/** The boxes of every text in the chart's shown drawing, with the size each renders at. */
async function textBoxes(page: Page, id: string) {
	return page.locator(`[data-chart-id="${id}"]`).evaluate((frame) => {
		const svgs = [...frame.querySelectorAll<SVGSVGElement>('.kit-chart svg')].filter(
			(s) => s.getBoundingClientRect().width > 0
		);
		return svgs.map((svg) => {
			const r = svg.getBoundingClientRect();
			const k = r.width / svg.viewBox.baseVal.width;
			const texts = [...svg.querySelectorAll('text')]
				.filter((t) => (t.textContent ?? '').trim() !== '')
				.map((t) => {
					const b = t.getBoundingClientRect();
					return {
						text: t.textContent ?? '',
						x0: b.left,
						y0: b.top,
						x1: b.right,
						y1: b.bottom,
						px: parseFloat(getComputedStyle(t).fontSize) * k
					};
				});
			return { box: { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom }, texts };
		});
	});
}

function overlapping(a: TextBox, b: TextBox): boolean {
	// glyph boxes include line spacing above and below: allow 1 px of touching
	return a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 2 && b.y0 < a.y1 - 2;
}

for (const { id, path } of KIT_CHARTS)
	for (const width of [390, 1280])
		for (const js of [true, false])
			test(`${id} on ${path} at ${width} px, JavaScript ${js ? 'on' : 'off'}: texts apart, inside, readable`, async ({
				browser
			}) => {
				const ctx = await browser.newContext({
					viewport: { width, height: 900 },
					javaScriptEnabled: js
				});
				const page = await ctx.newPage();
				if (js) await open(page, path);
				else await page.goto(path);
				const drawings = await textBoxes(page, id);
				expect(drawings, 'exactly one drawing is shown').toHaveLength(1);
				const { box, texts } = drawings[0]!;
				expect(texts.length).toBeGreaterThan(5);
				for (const t of texts) {
					expect(t.x0, `"${t.text}" inside on the left`).toBeGreaterThanOrEqual(box.x0 - 1);
					expect(t.x1, `"${t.text}" inside on the right`).toBeLessThanOrEqual(box.x1 + 1);
					expect(t.y0, `"${t.text}" inside at the top`).toBeGreaterThanOrEqual(box.y0 - 1);
					expect(t.y1, `"${t.text}" inside at the bottom`).toBeLessThanOrEqual(box.y1 + 1);
					if (width === 390) expect(t.px, `"${t.text}" size`).toBeGreaterThanOrEqual(11);
				}
				for (let i = 0; i < texts.length; i++)
					for (let j = i + 1; j < texts.length; j++)
						expect(
							overlapping(texts[i]!, texts[j]!),
							`"${texts[i]!.text}" overlaps "${texts[j]!.text}"`
						).toBe(false);
				await ctx.close();
			});

test('a tap keeps the tooltip, which matches the table row; a tap elsewhere removes it', async ({
	browser
}) => {
	test.setTimeout(60_000);
	const ctx = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true
	});
	const page = await ctx.newPage();
	await open(page, '/energy');
	const chart = page.locator('[data-chart-id="gas-price"]');
	await tapOn(page, '[data-chart-id="gas-price"] g.step[data-series="paid"] line');
	const tip = chart.getByTestId('tooltip');
	await expect(tip).toBeVisible();
	await expect(tip).toContainText('Actually paid by Belarus');
	await expect(tip).toContainText('Price: $73 per 1000 m³');
	// the tooltip is still there once the finger has lifted and the page has settled
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
	await expect(tip).toBeVisible();

	// the same row in the table (opening the table is a tap elsewhere: the tooltip goes)
	const period = (await tip.locator('strong').textContent()) ?? '';
	await chart.locator('summary', { hasText: 'Table' }).tap();
	await expect(tip).toHaveCount(0);
	const row = chart
		.getByTestId('chart-table')
		.locator('tr', { hasText: 'Actually paid by Belarus' });
	await expect(row).toContainText('$73 per 1000 m³');
	await expect(row).toContainText(period);
	await tapOn(page, '[data-chart-id="gas-price"] g.step[data-series="paid"] line');
	await expect(tip).toContainText('Actually paid by Belarus');

	// a tap on another step moves the tooltip; a tap outside the chart removes it
	await tapOn(page, '[data-chart-id="gas-price"] g.step[data-series="contract"] line');
	await expect(tip).toContainText('Contract price');
	await page.locator('h1').tap();
	await expect(tip).toHaveCount(0);
	await ctx.close();
});

test('Escape lets a kept tooltip go', async ({ page }) => {
	await open(page, '/energy');
	const chart = page.locator('[data-chart-id="gas-price"]');
	await clickOn(page, '[data-chart-id="gas-price"] g.step[data-series="paid"] line');
	await expect(chart.getByTestId('tooltip')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(chart.getByTestId('tooltip')).toHaveCount(0);
});

test('a tap on the oil bars and on the map keeps the tooltip of what was tapped', async ({
	browser
}) => {
	const ctx = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true
	});
	const page = await ctx.newPage();
	await open(page, '/oil');
	const bars = page.locator('[data-chart-id="oil-sources-2020"]');
	await tapOn(
		page,
		'[data-chart-id="oil-sources-2020"] [data-origin="Azerbaijan"] rect[data-status="confirmed"]'
	);
	await expect(bars.getByTestId('tooltip')).toContainText('Tonnes: 435 kt');
	await expect(bars.getByTestId('tooltip')).toContainText('reported as delivered');
	const map = page.locator('[data-chart-id="oil-routes-map"]');
	await tapOn(page, '[data-chart-id="oil-routes-map"] [data-place="mozyr"] rect');
	await expect(map.getByTestId('tooltip')).toContainText('Mozyr');
	await expect(map.getByTestId('tooltip')).toContainText('Refinery');
	await page.locator('h1').tap();
	await expect(map.getByTestId('tooltip')).toHaveCount(0);
	await ctx.close();
});
