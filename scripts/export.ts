/**
 * `npm run export`: every chart of the site as PNG, SVG and CSV in exports/, made by the same code
 * a reader's browser runs: the built site is served locally and each chart's own Download buttons
 * are pressed in Chromium. Options: --out DIR, --scale 1|2|4, --charts id,id, --theme light|dark,
 * --site-url URL (the address printed in each figure; default: the site's address, SITE_URL in
 * src/lib/site.ts, set by PUBLIC_SITE_URL).
 *
 * `--pdf` prints pages instead (story.pdf and one PDF per page, see lib/pdf.ts); `--pages a,b`
 * chooses which.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { launchChromium, serveBuild } from './lib/site';
import { wakeChart } from './lib/wake';
import { join, resolve } from 'node:path';
import { CHART_IDS, type ChartId } from '../src/lib/charts/types';
import { SITE_URL, parseSiteUrl } from '../src/lib/site';
import { CHART_PAGES } from '../src/lib/charts/registry';
import { PDF_PAGES, parsePdfPages, printPage } from './lib/pdf';
import type { SharePage } from '../src/lib/og/pages';

/** The page each chart is exported from: the one the chart registry names. */
export { CHART_PAGES };

interface Options {
	out: string;
	scale: 1 | 2 | 4;
	charts: ChartId[];
	theme: 'light' | 'dark';
	/** The address printed in the figures (the site's own unless --site-url). */
	siteUrl: string;
	port: number;
	/** Print pages to PDF instead of exporting charts. */
	pdf: boolean;
	pages: SharePage[];
}

function fail(msg: string): never {
	console.error(`export: ${msg}`);
	process.exit(2);
}

export function parseArgs(argv: string[]): Options {
	const o: Options = {
		out: 'exports',
		scale: 2,
		charts: [...CHART_IDS],
		theme: 'light',
		siteUrl: SITE_URL,
		port: Number(process.env.EXPORT_PORT ?? 4320),
		pdf: false,
		pages: [...PDF_PAGES]
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const v = argv[i + 1];
		const need = () => {
			if (v === undefined) fail(`${a} needs a value`);
			i++;
			return v;
		};
		if (a === '--out') o.out = need();
		else if (a === '--scale') {
			const s = Number(need());
			if (s !== 1 && s !== 2 && s !== 4) fail(`--scale must be 1, 2 or 4, not ${v}`);
			o.scale = s;
		} else if (a === '--charts') {
			const ids = need().split(',').filter(Boolean);
			const bad = ids.filter((id) => !(CHART_IDS as readonly string[]).includes(id));
			if (bad.length)
				fail(`unknown chart id(s): ${bad.join(', ')}. Known: ${CHART_IDS.join(', ')}`);
			o.charts = ids as ChartId[];
		} else if (a === '--theme') {
			const t = need();
			if (t !== 'light' && t !== 'dark') fail(`--theme must be light or dark, not ${t}`);
			o.theme = t;
		} else if (a === '--site-url') {
			try {
				o.siteUrl = parseSiteUrl(need());
			} catch {
				fail(`--site-url must be an absolute http(s) address, not ${v}`);
			}
		} else if (a === '--pdf') o.pdf = true;
		else if (a === '--pages') {
			try {
				o.pages = parsePdfPages(need());
			} catch (e) {
				fail((e as Error).message);
			}
		} else if (a === '--help' || a === '-h') {
			console.log(
				'usage: npm run export -- [--out DIR] [--scale 1|2|4] [--charts id,id] [--theme light|dark] [--site-url URL]\n       npm run export -- --pdf [--pages story,trade,…] [--out DIR] [--site-url URL]'
			);
			process.exit(0);
		} else fail(`unknown option ${a}`);
	}
	return o;
}

async function main() {
	const o = parseArgs(process.argv.slice(2));
	if (!existsSync('build/index.html')) {
		console.log('No build found: building the site first…');
		execSync('npm run build', { stdio: 'inherit' });
	}
	const out = resolve(o.out);
	mkdirSync(out, { recursive: true });
	if (o.pdf) return printPdfs(o, out);
	const server = await serveBuild(o.port);
	const browser = await launchChromium();
	const failures: string[] = [];
	const t0 = Date.now();
	console.log(`Figures carry the address ${o.siteUrl}`);
	try {
		const context = await browser.newContext({
			acceptDownloads: true,
			viewport: { width: 1280, height: 900 }
		});
		const page = await context.newPage();
		let current = '';
		for (const [i, id] of o.charts.entries()) {
			const started = Date.now();
			process.stdout.write(`[${i + 1}/${o.charts.length}] ${id} `);
			try {
				const path = CHART_PAGES[id];
				if (path !== current) {
					await page.goto(`http://127.0.0.1:${o.port}${path}`);
					await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
					await page.evaluate((url) => (document.documentElement.dataset.siteUrl = url), o.siteUrl);
					current = path;
				}
				await wakeChart(page, id);
				const frame = page.locator(`[data-chart-id="${id}"]`);
				await frame.getByLabel('PNG size').selectOption(String(o.scale));
				await frame.getByLabel('Dark figure').setChecked(o.theme === 'dark');
				for (const kind of ['png', 'svg', 'csv'] as const) {
					const [download] = await Promise.all([
						page.waitForEvent('download', { timeout: 20_000 }),
						frame.getByRole('button', { name: `Download ${kind.toUpperCase()}` }).click()
					]);
					await download.saveAs(join(out, `${id}.${kind}`));
					process.stdout.write(`${kind} `);
				}
				const left = o.charts.length - i - 1;
				console.log(`✓ ${Date.now() - started} ms${left ? `, ${left} left` : ''}`);
			} catch (e) {
				failures.push(`${id}: ${(e as Error).message.split('\n')[0]}`);
				console.log(`✗ ${(e as Error).message.split('\n')[0]}`);
			}
		}
	} finally {
		await browser.close();
		server.kill();
	}
	const done = o.charts.length - failures.length;
	console.log(
		`\n${done} of ${o.charts.length} charts exported to ${o.out}/ (PNG at ${o.scale}×, ${o.theme} theme) in ${((Date.now() - t0) / 1000).toFixed(1)} s`
	);
	if (failures.length) {
		console.error(`Failed:\n  ${failures.join('\n  ')}`);
		process.exit(1);
	}
}

async function printPdfs(o: Options, out: string) {
	const server = await serveBuild(o.port);
	const browser = await launchChromium();
	const failures: string[] = [];
	const t0 = Date.now();
	try {
		const page = await (
			await browser.newContext({ viewport: { width: 1280, height: 900 } })
		).newPage();
		for (const [i, name] of o.pages.entries()) {
			process.stdout.write(`[${i + 1}/${o.pages.length}] ${name}.pdf `);
			const started = Date.now();
			try {
				const r = await printPage(page, `http://127.0.0.1:${o.port}`, name, out, o.siteUrl);
				console.log(`✓ ${(r.bytes / 1024).toFixed(0)} kB, ${Date.now() - started} ms`);
			} catch (e) {
				failures.push(`${name}: ${(e as Error).message.split('\n')[0]}`);
				console.log(`✗ ${(e as Error).message.split('\n')[0]}`);
			}
		}
	} finally {
		await browser.close();
		server.kill();
	}
	console.log(
		`\n${o.pages.length - failures.length} of ${o.pages.length} pages printed to ${o.out}/ in ${((Date.now() - t0) / 1000).toFixed(1)} s`
	);
	if (failures.length) {
		console.error(`Failed:\n  ${failures.join('\n  ')}`);
		process.exit(1);
	}
}

if (process.argv[1] && /export\.ts$/.test(process.argv[1]))
	main().catch((e) => fail((e as Error).message));
