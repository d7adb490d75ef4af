/**
 * /story as a reader uses it: step links land on the step with its chart state, scrolling moves
 * the chart through the steps, keys reach every step, reduced motion turns transitions off, the
 * page reads without JavaScript on a phone and a desktop, and it prints whole.
 */
import { expect, test, type Page } from '@playwright/test';
import { SITE_URL } from '../../src/lib/site';
import { watch } from './helpers';

const stage = (page: Page) => page.locator('.stage');

/** The steps as the page lists them: number, chart and the chart's query for that step. */
async function steps(page: Page) {
	return page.locator('.step[data-step]').evaluateAll((els) =>
		els.map((e) => ({
			n: Number((e as HTMLElement).dataset.step),
			chart: (e as HTMLElement).dataset.chart ?? '',
			title:
				e
					.querySelector('h3')
					?.textContent?.replace(/^Step \d+ of \d+\s*/, '')
					.trim() ?? '',
			href: e.querySelector('figcaption a')?.getAttribute('href') ?? ''
		}))
	);
}

test.describe('with JavaScript, on a desktop', () => {
	test.use({ viewport: { width: 1280, height: 900 } });

	test('each step link lands on its step, with the chart in that step’s state', async ({
		page
	}) => {
		const problems = watch(page);
		await page.goto('/story');
		const all = await steps(page);
		expect(all.length).toBeGreaterThanOrEqual(20);
		// a relations step with a highlighted kind, the asymmetry step, a gas step with an event
		const military = all.find((s) => s.href.endsWith('relations.focus=military'))!;
		const asym = all.find((s) => s.chart === 'trade-asymmetry')!;
		const gas = all.find((s) => s.chart === 'gas-price' && !s.href.includes('?'))!;
		for (const s of [military, asym, gas]) {
			await page.goto(`/story#step-${s.n}`);
			await expect(stage(page)).toHaveAttribute('data-step', String(s.n));
			await expect(stage(page)).toHaveAttribute('data-chart', s.chart);
			await expect(stage(page)).toHaveAttribute('data-live', '');
			// the step itself is on screen
			const box = (await page.locator(`#step-${s.n}`).boundingBox())!;
			expect(box.y).toBeGreaterThanOrEqual(0);
			expect(box.y).toBeLessThan(300);
			await expect(stage(page).getByRole('link', { name: /Open this chart/ })).toHaveAttribute(
				'href',
				s.href
			);
		}
		// the chart is in the step's state: military events highlighted, the others faint
		await page.goto(`/story#step-${military.n}`);
		await expect(stage(page).getByLabel('Highlight')).toHaveValue('military');
		const faint = stage(page).locator('.layout.live g.event.dim');
		expect(await faint.count()).toBeGreaterThan(20);
		await expect(
			stage(page).locator('.layout.live g.event[data-category="military"].dim')
		).toHaveCount(0);
		// the asymmetry step shows 2009, the year of the article's claims
		await page.goto(`/story#step-${asym.n}`);
		await expect(stage(page).getByLabel('Year')).toHaveValue('2009');
		// the gas step highlights the 2004 cut-off on the event layer
		await page.goto(`/story#step-${gas.n}`);
		await expect(stage(page).locator('.layout.live [data-event-id="2004_gas"]')).toHaveClass(/hi/);
		expect(problems).toEqual([]);
	});

	test('?step=N is rewritten to #step-N and lands on that step', async ({ page }) => {
		await page.goto('/story?step=5');
		await expect(stage(page)).toHaveAttribute('data-step', '5');
		await expect.poll(() => page.url()).toMatch(/\/story#step-5$/);
		// a tampered value is dropped, never shown
		await page.goto('/story?step=%3Cscript%3E');
		await expect.poll(() => page.url()).toMatch(/\/story$/);
		await expect(stage(page)).toHaveAttribute('data-step', '1');
	});

	test('scrolling moves the chart through the steps, announcing each once', async ({ page }) => {
		await page.goto('/story');
		// the page starts with the first step's picture; the live chart comes as the reader engages
		await expect(stage(page).locator('img.placeholder')).toBeVisible();
		await expect(stage(page)).not.toHaveAttribute('data-live', '');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.mouse.move(5, 5);
		await expect(stage(page)).toHaveAttribute('data-live', '');
		const all = await steps(page);
		const seen: string[] = [];
		for (const s of all.slice(0, 8)) {
			// the reader scrolls until the step crosses the middle of the screen
			await page.locator(`#step-${s.n}`).evaluate((e) => e.scrollIntoView({ block: 'center' }));
			await page.mouse.wheel(0, 1);
			await expect(stage(page)).toHaveAttribute('data-step', String(s.n));
			await expect(stage(page)).toHaveAttribute('data-chart', s.chart);
			await expect(stage(page)).toHaveAttribute('data-live', '');
			if (s.n > 1) {
				const said = page.getByTestId('stage-announce');
				await expect(said).toHaveText(
					`Step ${s.n} of ${all.length}: ${s.title}. Chart: ${await stage(page).locator('h3').textContent()}.`
				);
				seen.push((await said.textContent()) ?? '');
			}
		}
		// the live region is polite and was never repeated
		await expect(page.getByTestId('stage-announce')).toHaveAttribute('aria-live', 'polite');
		expect(new Set(seen).size).toBe(seen.length);
	});

	test('keys reach every step: focus on a step’s link brings its chart', async ({ page }) => {
		await page.goto('/story');
		const links = page.locator('a[data-step-link]');
		const n = await links.count();
		expect(n).toBe((await steps(page)).length);
		// Tab from the first step's link: the next links in tab order move the chart
		await links.first().focus();
		let at = 1;
		for (let i = 0; i < 40 && at < 4; i++) {
			await page.keyboard.press('Tab');
			const step = await page.evaluate(
				() => (document.activeElement?.closest('.step') as HTMLElement | null)?.dataset.step
			);
			if (step && Number(step) > at) {
				at = Number(step);
				await expect(stage(page)).toHaveAttribute('data-step', step);
			}
		}
		expect(at).toBe(4);
	});

	test('“Link to this step” copies the step’s address', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/story');
		// before the page runs, the link is a plain anchor (it only moves to the step): copying
		// needs the page's script
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.locator('#step-2 a[data-step-link]').click();
		await expect(page.locator('.stage .status')).toHaveText(
			`Link to step 2 copied: ${SITE_URL}/story#step-2`
		);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${SITE_URL}/story#step-2`
		);
		await expect.poll(() => page.url()).toMatch(/#step-2$/);
		await expect(stage(page)).toHaveAttribute('data-step', '2');
	});

	test('the steps’ own figures are neither shown nor loaded while the live chart runs', async ({
		page
	}) => {
		const figures: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/story/figures/')) figures.push(r.url());
		});
		await page.goto('/story');
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.mouse.move(5, 5);
		await expect(stage(page)).toHaveAttribute('data-live', '');
		await page.locator('#step-6').scrollIntoViewIfNeeded();
		await expect(page.locator('.step-figure').first()).toBeHidden();
		// only the first step's picture, shown in the stage until its chart is live
		expect(figures.every((u) => u.endsWith('/story/figures/step-1.svg'))).toBe(true);
	});
});

test.describe('motion', () => {
	test.use({ viewport: { width: 1280, height: 900 } });
	for (const motion of ['reduce', 'no-preference'] as const) {
		test(`the chart’s transitions follow the reader’s motion setting (${motion})`, async ({
			page
		}) => {
			await page.emulateMedia({ reducedMotion: motion });
			await page.goto('/story#step-2');
			await expect(stage(page)).toHaveAttribute('data-live', '');
			const duration = await stage(page)
				.locator('.layout.live svg circle, .layout.live svg path')
				.first()
				.evaluate((e) => getComputedStyle(e).transitionDuration);
			// a change of chart fades in, or not at all
			// watch, frame by frame, for the new chart's fade
			await page.evaluate(() => {
				const w = window as unknown as { faded: number };
				w.faded = 0;
				const look = () => {
					for (const c of document.querySelectorAll('.stage .chart'))
						w.faded = Math.max(w.faded, c.getAnimations().length);
					requestAnimationFrame(look);
				};
				look();
			});
			await page.locator('#step-3').evaluate((e) => e.scrollIntoView({ block: 'center' }));
			await page.mouse.wheel(0, 1);
			await expect(stage(page)).toHaveAttribute('data-chart', 'trade-asymmetry');
			await expect(stage(page)).toHaveAttribute('data-live', '');
			// a fade starts within a frame of the chart being put in place
			await page.evaluate(
				() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
			);
			const fading = () => page.evaluate(() => (window as unknown as { faded: number }).faded);
			if (motion === 'reduce') {
				expect(duration.split(',').every((d) => d.trim() === '0s')).toBe(true);
				expect(await fading()).toBe(0);
			} else {
				expect(duration).toContain('0.35s');
				await expect.poll(fading).toBeGreaterThan(0);
			}
		});
	}
});

for (const width of [390, 1280]) {
	test.describe(`without JavaScript at ${width} px`, () => {
		test.use({ javaScriptEnabled: false, viewport: { width, height: 900 } });
		test('every step shows its own figure, described, and the page fits the screen', async ({
			page
		}) => {
			await page.goto('/story');
			await expect(page.locator('.stage-col')).toBeHidden();
			const figures = page.locator('.step-figure img');
			const n = await figures.count();
			expect(n).toBe(await page.locator('.step').count());
			for (const i of [0, Math.floor(n / 2), n - 1]) {
				const img = figures.nth(i);
				await img.scrollIntoViewIfNeeded();
				await expect(img).toBeVisible();
				await expect
					.poll(() => img.evaluate((e: HTMLImageElement) => e.naturalWidth))
					.toBeGreaterThan(0);
				expect((await img.getAttribute('alt'))!.length).toBeGreaterThan(40);
				// the phone gets the drawing made for a phone's column, at full size
				const shown = (await img.boundingBox())!;
				const natural = await img.evaluate((e: HTMLImageElement) => e.naturalWidth);
				expect(shown.width).toBeGreaterThan(width === 390 ? 300 : 500);
				if (width === 390) expect(natural).toBeLessThan(400);
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			// the claims are there with their verdicts, and step links are plain anchors
			await expect(page.locator('.claim[data-verdict="differs"]')).toContainText(
				'The data say otherwise'
			);
			await expect(page.locator('.claim[data-verdict="ruled out"]')).toHaveCount(0);
			await expect(page.locator('#step-7 a[data-step-link]')).toHaveAttribute('href', '#step-7');
		});
	});
}

test('on a phone with JavaScript each step shows its figure, and no live chart is loaded', async ({
	browser
}) => {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true
	});
	const page = await context.newPage();
	const data: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/chart-data/')) data.push(r.url());
	});
	await page.goto('/story#step-4');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.locator('.stage-col')).toBeHidden();
	const img = page.locator('#step-4 .step-figure img');
	await expect(img).toBeVisible();
	await expect
		.poll(() => img.evaluate((e: HTMLImageElement) => e.currentSrc))
		.toMatch(/step-4-narrow\.svg$/);
	expect(data).toEqual([]);
	await context.close();
});

test('on a phone a bar names the step being read and jumps to any of the 23', async ({
	browser
}) => {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	await page.goto('/story#step-7');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const bar = page.locator('.step-nav');
	await expect(bar.locator('summary')).toContainText('Step 7 of 23');
	await expect(bar.locator('summary')).toContainText('What the discounts were worth');
	// reading on moves the bar with the reader
	await page.locator('#step-8').scrollIntoViewIfNeeded();
	await page.evaluate(() => window.scrollBy(0, 200));
	await expect(bar.locator('summary')).toContainText('Step 8 of 23');
	// a tap opens every step; a tap on one goes there, and the list closes
	await bar.locator('summary').tap();
	await expect(bar.locator('ol li')).toHaveCount(23);
	await expect(bar.locator('a[aria-current="step"]')).toHaveText(/^8\. /);
	await bar.locator('a[href="#step-12"]').tap();
	await expect(page).toHaveURL(/#step-12$/);
	await expect(bar.locator('ol')).toBeHidden();
	await expect(bar.locator('summary')).toContainText('Step 12 of 23');
	// the step's own heading is in view below the bar, not under it
	const barBox = (await bar.boundingBox())!;
	const h = (await page.locator('#step-12-h').boundingBox())!;
	expect(h.y).toBeGreaterThanOrEqual(barBox.y + barBox.height - 1);
	expect(h.y).toBeLessThan(844 / 2);
	await context.close();
});

test('without JavaScript the step list still opens and every step is a link', async ({
	browser
}) => {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		javaScriptEnabled: false
	});
	const page = await context.newPage();
	await page.goto('/story');
	const bar = page.locator('.step-nav');
	await expect(bar.locator('summary')).toContainText('23 steps');
	await bar.locator('summary').click();
	await bar.locator('a[href="#step-20"]').click();
	await expect(page).toHaveURL(/#step-20$/);
	await context.close();
});

test('no step figure has text outside its box (an image cuts what overflows)', async ({ page }) => {
	for (let n = 1; n <= 23; n++)
		for (const s of ['', '-narrow']) {
			await page.goto(`/story/figures/step-${n}${s}.svg`, { waitUntil: 'domcontentloaded' });
			const out = await page.evaluate(() => {
				const svg = document.documentElement as unknown as SVGSVGElement;
				const [vx, vy, vw, vh] = svg.getAttribute('viewBox')!.split(/\s+/).map(Number) as [
					number,
					number,
					number,
					number
				];
				const bad: string[] = [];
				for (const t of svg.querySelectorAll('text')) {
					const bb = t.getBBox();
					if (!bb.width) continue;
					const m = svg.getCTM()!.inverse().multiply(t.getCTM()!);
					const at = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(m);
					const a = at(bb.x, bb.y);
					const c = at(bb.x + bb.width, bb.y + bb.height);
					if (a.x < vx - 0.5 || a.y < vy - 0.5 || c.x > vx + vw + 0.5 || c.y > vy + vh + 0.5)
						bad.push(t.textContent ?? '');
				}
				return bad;
			});
			expect(out, `step ${n}${s}`).toEqual([]);
		}
});

test('printed, the story keeps each figure whole and shows no controls', async ({ page }) => {
	await page.setViewportSize({ width: 800, height: 1000 });
	await page.goto('/story');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.stage-col')).toBeHidden();
	await expect(page.locator('.site-header nav')).toBeHidden();
	await expect(page.locator('a[data-step-link]').first()).toBeHidden();
	await expect(page.locator('.step-figure').first()).toBeVisible();
	const breaks = await page
		.locator('.step-figure')
		.evaluateAll((els) => els.map((e) => getComputedStyle(e).breakInside));
	expect(new Set(breaks)).toEqual(new Set(['avoid']));
	// the sheet's margin carries the page's address and the data version
	const rule = await page.evaluate(() =>
		[...document.querySelectorAll('style')]
			.map((s) => s.textContent)
			.find((t) => t?.includes('@bottom-left'))
	);
	expect(rule).toMatch(
		/dependence-atlas[^"]*\/story · data version [0-9a-f]{12} \(\d{4}-\d{2}-\d{2}\)/
	);
	// every link shows its address after its text: the site's own with its public address; an
	// article reference whose text is its address shows it once
	const after = (sel: string) =>
		page
			.locator(sel)
			.first()
			.evaluate((e) => getComputedStyle(e, '::after').content);
	expect(await after('a[href="/compare"]')).toBe(`" (${SITE_URL}/compare)"`);
	expect(await after('.step-figure figcaption a')).toMatch(
		new RegExp(`^" \\(${SITE_URL.replace(/\./g, '\\.')}/chart/`)
	);
	expect(await after('a.url')).toBe('none');
	expect(await page.locator('a.url').first().innerText()).toMatch(/^https?:\/\//);
	expect(await after('a[rel~="external"]:not(.url)')).toMatch(/^" \(https?:\/\//);
});

test('printed, a chart page shows its tables open and hides every control', async ({ page }) => {
	await page.goto('/trade');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.emulateMedia({ media: 'print' });
	const frame = page.locator('[data-chart-id="trade-asymmetry"]');
	await expect(frame.getByTestId('chart-table')).toBeVisible();
	await expect(frame.getByTestId('chart-table')).toContainText('46.6%');
	await expect(frame.locator('.actions')).toBeHidden();
	await expect(frame.getByRole('button'))
		.toHaveCount(0, { timeout: 1 })
		.catch(async () => {
			for (const b of await frame.locator('button').all()) await expect(b).toBeHidden();
		});
	// the drawing is kept whole with its title; the frame (table and all) may run on
	expect(await frame.locator('.chart-body').evaluate((e) => getComputedStyle(e).breakInside)).toBe(
		'avoid'
	);
	expect(await frame.evaluate((e) => getComputedStyle(e).breakInside)).toBe('auto');
	expect(
		await frame.locator(':scope > header').evaluate((e) => getComputedStyle(e).breakAfter)
	).toBe('avoid');
	// the key too: whole, and on the sheet of the drawing it explains
	const legend = page.locator('[data-chart-id="trade-values"] > .legend');
	expect(
		await legend.evaluate((e) => [getComputedStyle(e).breakInside, getComputedStyle(e).breakAfter])
	).toEqual(['avoid', 'avoid']);
	await expect(page.locator('.theme-toggle')).toBeHidden();
});
