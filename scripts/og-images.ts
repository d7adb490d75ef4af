/**
 * Post-build step (`npm run build`, or `npm run og` over an existing build): the share-preview
 * images, 1200 × 630 PNG, made in Node without a browser.
 *
 * - build/og/chart/<id>.png for every chart id (for the /chart/<id> pages): the chart's title,
 *   subtitle, wide drawing and sources, read from the prerendered page that draws it;
 * - build/og/page/<name>.png for every page in SHARE_PAGES: the page's og:title and, if it has a
 *   chart, that chart (else its og:description).
 *
 * The drawings come from build/*.html exactly as prerendered (the reader's default view); their
 * CSS classes and var(--…) are resolved to inline styles (src/lib/og/css.ts) because resvg reads
 * no stylesheet; text is set in Inter only (src/lib/og/raster.ts). Then every og:image named by a
 * built page must exist, or this step fails. No dates go into the files: the same build gives the
 * same bytes.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CHART_IDS, type ChartId } from '../src/lib/charts/types';
import { SITE_URL } from '../src/lib/site';
import { composeCard } from '../src/lib/og/card';
import { chartFrame, extractChart, pageStyles, type ExtractedChart } from '../src/lib/og/extract';
import { find, parseHtml, type El } from '../src/lib/og/html';
import {
	SHARE_PAGES,
	absoluteUrl,
	chartImage,
	chartPath,
	pageImage,
	type SharePage
} from '../src/lib/og/pages';
import { interFontFiles, raster } from '../src/lib/og/raster';
import { pngInfo } from '../src/lib/og/png';
import type { StyleSheet } from '../src/lib/og/css';

const started = Date.now();
const root = resolve(process.env.BUILD_DIR ?? 'build');
if (!existsSync(join(root, 'index.html'))) {
	console.error(`og-images: ${root} holds no built site; run vite build first.`);
	process.exit(1);
}

/** Every prerendered page: its path ("/", "/trade", "/chart/gas-price") → file. */
function htmlFiles(dir: string, out = new Map<string, string>()): Map<string, string> {
	for (const name of readdirSync(dir).sort()) {
		const file = join(dir, name);
		if (name === '_app' || name === 'og') continue;
		if (statSync(file).isDirectory()) htmlFiles(file, out);
		else if (name.endsWith('.html')) {
			const rel = relative(root, file)
				.replaceAll('\\', '/')
				.replace(/\.html$/, '');
			out.set(rel === 'index' ? '/' : `/${rel.replace(/\/index$/, '')}`, file);
		}
	}
	return out;
}
const pages = htmlFiles(root);

const docs = new Map<string, { doc: El; sheet: StyleSheet }>();
function page(path: string) {
	let hit = docs.get(path);
	if (!hit) {
		const file = pages.get(path);
		if (!file) throw new Error(`og-images: no built page at ${path}`);
		const doc = parseHtml(readFileSync(file, 'utf8'));
		// a wide screen, and the chart column of the wide layout (the drawing we take is the wide one)
		hit = { doc, sheet: pageStyles(doc, 1280, 640) };
		docs.set(path, hit);
	}
	return hit;
}

/** Which page a chart is read from: its own /chart/<id> page once it exists, else the first page drawing it. */
function chartSource(id: ChartId): string {
	const own = chartPath(id);
	if (pages.has(own)) return own;
	const order = [...Object.values(SHARE_PAGES).map((p) => p.path), ...pages.keys()];
	for (const path of order) {
		if (pages.has(path) && chartFrame(page(path).doc, id)) return path;
	}
	throw new Error(`og-images: no built page draws chart ${id}`);
}

const charts = new Map<ChartId, ExtractedChart>();
function chart(id: ChartId): ExtractedChart {
	let c = charts.get(id);
	if (!c) {
		const { doc, sheet } = page(chartSource(id));
		c = extractChart(doc, sheet, id);
		charts.set(id, c);
	}
	return c;
}

const meta = (doc: El, property: string) =>
	find(doc, (e) => e.tag === 'meta' && e.attrs.property === property)?.attrs.content;
const address = (path: string) => absoluteUrl(path).replace(/^https?:\/\//, '');

const r = raster(interFontFiles(join('node_modules', '.cache', 'og-fonts')));
const written: { file: string; bytes: number }[] = [];
function write(image: string, svg: string) {
	const file = join(root, image);
	mkdirSync(join(file, '..'), { recursive: true });
	const png = r.png(svg);
	const { width, height } = pngInfo(png);
	if (width !== 1200 || height !== 630)
		throw new Error(`og-images: ${image} is ${width}×${height}`);
	writeFileSync(file, png);
	written.push({ file: image, bytes: png.length });
}

for (const id of CHART_IDS) {
	const c = chart(id);
	write(
		chartImage(id),
		composeCard(
			{
				title: c.title,
				subtitle: c.subtitle,
				chart: c,
				sources: c.sources,
				address: address(chartPath(id))
			},
			r.measure
		)
	);
}

for (const [name, p] of Object.entries(SHARE_PAGES) as [
	SharePage,
	(typeof SHARE_PAGES)[SharePage]
][]) {
	const { doc } = page(p.path);
	const title = meta(doc, 'og:title');
	const description = meta(doc, 'og:description');
	if (!title || !description)
		throw new Error(`og-images: ${p.path} has no og:title or og:description`);
	const c = 'chart' in p ? chart(p.chart) : undefined;
	write(
		pageImage(name),
		composeCard(
			c
				? { title, subtitle: c.title, chart: c, sources: c.sources, address: address(p.path) }
				: { title, description, sources: [], address: address(p.path) },
			r.measure
		)
	);
}

// every og:image a page names must now exist
const missing: string[] = [];
for (const [path, file] of pages) {
	const doc = docs.get(path)?.doc ?? parseHtml(readFileSync(file, 'utf8'));
	for (const e of [meta(doc, 'og:image')]) {
		if (e === undefined) continue;
		const local = e.startsWith(`${SITE_URL}/`) ? e.slice(SITE_URL.length) : null;
		if (!local || !existsSync(join(root, local))) missing.push(`${path} → ${e}`);
	}
}
if (missing.length) {
	console.error(`og-images: pages name images that were not made:\n  ${missing.join('\n  ')}`);
	process.exit(1);
}

const total = written.reduce((s, w) => s + w.bytes, 0);
console.log(
	`og-images: ${written.length} images, ${Math.round(total / 1024)} kB in all (${written
		.map((w) => `${w.file} ${w.bytes}`)
		.join(', ')}) in ${((Date.now() - started) / 1000).toFixed(1)} s`
);
