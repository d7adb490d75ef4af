/**
 * `npm run bench`: builds the site, timing the build, then loads each page in Chromium and prints
 * the JavaScript it loads before interaction (gzip, as a CDN would serve it), its CSS, the layout
 * shift (CLS) and the time to hydrate. Budgets from SPEC §8: startup JS ≤ 100 kB gzip, CLS 0.
 */
import { execSync } from 'node:child_process';
import { launchChromium, serveBuild } from './lib/site';
import { wakeChart } from './lib/wake';
import { gzipSync } from 'node:zlib';
import { CHART_PAGES } from './export';
import { lighthouseMedian } from './lighthouse';

const PORT = Number(process.env.BENCH_PORT ?? 4319);
const PAGES = [
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
	'/data',
	'/about',
	'/about/sources'
];
const BUDGET_KB = 100;
const HTML_BUDGET_KB = 30;
/** Pages with a budget of their own: the story's 23 steps carry more text than any other page. */
const HTML_BUDGET_OF: Record<string, number> = { '/story': 40 };
const htmlBudget = (path: string) => HTML_BUDGET_OF[path] ?? HTML_BUDGET_KB;
const EXPORT_BUDGET_MS = 500;
/** /compare: redrawing a pair whose files are loaded. */
const COMPARE_BUDGET_MS = 100;

function kb(bytes: number) {
	return (bytes / 1024).toFixed(1);
}

async function main() {
	const t0 = Date.now();
	if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'ignore' });
	const buildSeconds = (Date.now() - t0) / 1000;

	const server = await serveBuild(PORT);
	const browser = await launchChromium();
	const rows: string[][] = [];
	const exportRows: string[][] = [];
	const lhRows: string[][] = [];
	let over = false;
	let compareMs = 0;
	try {
		for (const path of PAGES) {
			const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
			const sizes = { js: 0, jsGz: 0, css: 0, cssGz: 0, files: 0, htmlGz: 0 };
			page.on('response', async (res) => {
				const type = res.headers()['content-type'] ?? '';
				const isJs = type.includes('javascript');
				const isCss = type.includes('text/css');
				if (type.includes('text/html') && res.request().resourceType() === 'document') {
					sizes.htmlGz = gzipSync(await res.body(), { level: 9 }).length;
					return;
				}
				if (!isJs && !isCss) return;
				try {
					const body = await res.body();
					const gz = gzipSync(body, { level: 9 }).length;
					if (isJs) {
						sizes.js += body.length;
						sizes.jsGz += gz;
						sizes.files++;
					} else {
						sizes.css += body.length;
						sizes.cssGz += gz;
					}
				} catch {
					/* redirected or aborted response: nothing to count */
				}
			});
			await page.addInitScript(() => {
				(window as unknown as { __cls: number }).__cls = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries() as (PerformanceEntry & {
						value: number;
						hadRecentInput: boolean;
					})[])
						if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
				}).observe({ type: 'layout-shift', buffered: true });
			});
			const start = Date.now();
			await page.goto(`http://127.0.0.1:${PORT}${path}`);
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			const hydrated = Date.now() - start;
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(500);
			const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
			if (sizes.jsGz / 1024 > BUDGET_KB || cls > 0 || sizes.htmlGz / 1024 > htmlBudget(path))
				over = true;
			rows.push([
				path,
				`${kb(sizes.htmlGz)} kB`,
				`${kb(sizes.jsGz)} kB`,
				`${kb(sizes.js)} kB`,
				String(sizes.files),
				`${kb(sizes.cssGz)} kB`,
				cls.toFixed(3),
				`${hydrated} ms`
			]);
			await page.close();
		}
		// /compare: a pair whose files are loaded already redraws within 100 ms of being chosen
		{
			const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
			await page.goto(`http://127.0.0.1:${PORT}/compare`);
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			const pick = (name: string) =>
				page.evaluate(async (n) => {
					// no named functions in here: the script runner would wrap them in a helper the page lacks
					const input = document.querySelector<HTMLInputElement>('.pair-picker input')!;
					const t0 = performance.now();
					input.value = n;
					input.dispatchEvent(new Event('change', { bubbles: true }));
					while (
						!(
							document.querySelector('[data-chart-id="compare-pair"] h3')?.textContent ?? ''
						).startsWith(n)
					)
						await new Promise((r) => requestAnimationFrame(r));
					return performance.now() - t0;
				}, name);
			await pick('Kazakhstan'); // loads the chart's code and Kazakhstan's file
			await pick('Armenia'); // loads Armenia's file
			const times = [await pick('Kazakhstan'), await pick('Armenia'), await pick('Kazakhstan')];
			compareMs = Math.max(...times);
			if (compareMs > COMPARE_BUDGET_MS) over = true;
			await page.close();
		}
		// PNG export at 2× of every chart, as a reader triggers it (first one per page includes
		// loading the export code and the fonts).
		const context = await browser.newContext({
			acceptDownloads: true,
			viewport: { width: 1280, height: 900 }
		});
		const page = await context.newPage();
		let current = '';
		for (const [id, path] of Object.entries(CHART_PAGES)) {
			if (path !== current) {
				await page.goto(`http://127.0.0.1:${PORT}${path}`);
				await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
				current = path;
			}
			await wakeChart(page, id);
			const frame = page.locator(`[data-chart-id="${id}"]`);
			const times: number[] = [];
			for (let i = 0; i < 3; i++) {
				await Promise.all([
					page.waitForEvent('download'),
					frame.getByRole('button', { name: 'Download PNG' }).click()
				]);
				times.push(Number(await frame.getAttribute('data-export-ms')));
			}
			const warm = Math.max(...times.slice(1));
			if (warm > EXPORT_BUDGET_MS) over = true;
			exportRows.push([id, `${times[0]} ms`, `${warm} ms`]);
		}
		if (process.argv.includes('--lighthouse'))
			for (const path of PAGES) {
				const l = await lighthouseMedian(`http://127.0.0.1:${PORT}${path}`);
				lhRows.push([
					path,
					String(l.performance),
					String(l.accessibility),
					String(l['best-practices']),
					String(l.seo),
					`${l.tbtMs} ms`,
					`${l.lcpMs} ms`
				]);
			}
	} finally {
		await browser.close();
		server.kill();
	}

	const head = [
		'page',
		'HTML (gzip)',
		'startup JS (gzip)',
		'startup JS (raw)',
		'JS files',
		'CSS (gzip)',
		'CLS',
		'hydrated after'
	];
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
	console.log(`build time: ${buildSeconds.toFixed(1)} s`);
	console.log(line(head));
	for (const r of rows) console.log(line(r));
	console.log(
		`budget: prerendered HTML ≤ ${HTML_BUDGET_KB} kB gzip (/story ≤ ${HTML_BUDGET_OF['/story']} kB) and startup JS ≤ ${BUDGET_KB} kB gzip per page, CLS 0`
	);
	console.log(
		`\n/compare: a loaded pair redraws ${compareMs.toFixed(0)} ms after it is chosen (worst of 3; budget ${COMPARE_BUDGET_MS} ms)`
	);
	const eh = ['chart', 'PNG 2× (first)', 'PNG 2× (again, worst of 2)'];
	const ew = eh.map((h, i) => Math.max(h.length, ...exportRows.map((r) => (r[i] ?? '').length)));
	console.log('');
	console.log(eh.map((c, i) => c.padEnd(ew[i] ?? 0)).join('  '));
	for (const r of exportRows) console.log(r.map((c, i) => c.padEnd(ew[i] ?? 0)).join('  '));
	console.log(
		`budget: PNG export at 2× under ${EXPORT_BUDGET_MS} ms once the export code is loaded`
	);
	if (lhRows.length) {
		const lh = ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'TBT', 'LCP'];
		const lw = lh.map((h, i) => Math.max(h.length, ...lhRows.map((r) => (r[i] ?? '').length)));
		console.log('\nLighthouse, mobile, median of 3 runs');
		console.log(lh.map((c, i) => c.padEnd(lw[i] ?? 0)).join('  '));
		for (const r of lhRows) console.log(r.map((c, i) => c.padEnd(lw[i] ?? 0)).join('  '));
		console.log('target: performance ≥ 95; accessibility, best practices, SEO 100');
	} else console.log('\n(run with --lighthouse for Lighthouse scores, about 4 minutes)');
	console.log(over ? 'OVER BUDGET' : 'all figures within budget');
	if (over) process.exitCode = 1;
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
