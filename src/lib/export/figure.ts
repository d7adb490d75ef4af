/**
 * Builds a self-contained figure from a chart frame in the page: title, subtitle, legend, the
 * chart, source line, notes, permalink and project name in one SVG, with computed styles inlined (so it
 * renders the same without the site's stylesheet, in resvg or an editor) and the font embedded.
 * Browser only; loaded when the reader asks for an export.
 */

import { wrapUrl, wrapWords, type Measure } from './wrap';

export const FIGURE_WIDTH = 800;
export const PAD = 20;
/** Width the chart is drawn at inside the figure. */
export const CHART_WIDTH = FIGURE_WIDTH - 2 * PAD;

export interface FigureOptions {
	theme: 'light' | 'dark';
	permalink: string;
	/** Every source of the chart's rows, as the frame labels them (its line shows only the first few). */
	sources: readonly string[];
}

export interface Figure {
	svg: string;
	width: number;
	height: number;
}

const STYLE_PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'visibility'
] as const;

const FONT_FILES = {
	latin400: '/fonts/inter-latin-400-normal.woff2',
	latin600: '/fonts/inter-latin-600-normal.woff2',
	ext400: '/fonts/inter-latin-ext-400-normal.woff2',
	ext600: '/fonts/inter-latin-ext-600-normal.woff2'
};
const LATIN_RANGE = 'U+0000-00FF, U+2000-206F, U+20AC, U+2122, U+2212';
const EXT_RANGE = 'U+0100-024F, U+1E00-1EFF';

const fontCache = new Map<string, Promise<string>>();
function fontData(url: string): Promise<string> {
	let p = fontCache.get(url);
	if (!p) {
		p = fetch(url)
			.then((r) => {
				if (!r.ok) throw new Error(`font ${url}: HTTP ${r.status}`);
				return r.arrayBuffer();
			})
			.then((buf) => {
				let bin = '';
				const bytes = new Uint8Array(buf);
				for (let i = 0; i < bytes.length; i += 0x8000)
					bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
				return `data:font/woff2;base64,${btoa(bin)}`;
			});
		fontCache.set(url, p);
	}
	return p;
}

export function escapeXml(s: string): string {
	return s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Width of text in a font, with the real font metrics (canvas). */
function measurer(font: string): Measure {
	const ctx = document.createElement('canvas').getContext('2d');
	if (!ctx) return (s) => s.length * 7;
	ctx.font = font;
	return (s) => ctx.measureText(s).width;
}

/** Word wrap with the real font metrics. */
export function wrap(text: string, font: string, maxWidth: number): string[] {
	return wrapWords(text, measurer(font), maxWidth);
}

/** Copy computed styles onto a clone, drop what only the app needs (classes, data-, aria-, comments). */
export function inlineStyles(source: Element, clone: Element): void {
	const src = [source, ...source.querySelectorAll('*')];
	const dst = [clone, ...clone.querySelectorAll('*')];
	const drop: Element[] = [];
	src.forEach((el, i) => {
		const c = dst[i];
		if (!c) return;
		// the focus ring of the active point and hover titles are not part of the figure
		if (el.classList.contains('active-ring') || el.tagName.toLowerCase() === 'title') {
			drop.push(c);
			return;
		}
		const cs = getComputedStyle(el);
		const decl: string[] = [];
		for (const p of STYLE_PROPS) {
			const v = cs.getPropertyValue(p);
			if (v && v !== 'normal' && !(p === 'visibility' && v === 'visible')) decl.push(`${p}:${v}`);
		}
		if (el.tagName.toLowerCase() === 'svg') decl.push('overflow:visible');
		if (cs.display === 'none') decl.push('display:none');
		for (const a of [...c.attributes]) {
			const n = a.name;
			if (
				n === 'class' ||
				n === 'style' ||
				n === 'role' ||
				n === 'tabindex' ||
				n.startsWith('data-') ||
				n.startsWith('aria-') ||
				n.startsWith('on') ||
				a.value.includes('var(')
			)
				c.removeAttribute(n);
		}
		c.setAttribute('style', decl.join(';'));
	});
	// hydration markers and other comments
	const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
	const comments: Node[] = [];
	while (walker.nextNode()) comments.push(walker.currentNode);
	comments.forEach((n) => n.parentNode?.removeChild(n));
	drop.forEach((n) => n.remove());
}

function textLines(
	lines: string[],
	x: number,
	y: number,
	size: number,
	weight: number,
	colour: string,
	lh: number
): string {
	return lines
		.map(
			(l, i) =>
				`<text x="${x}" y="${(y + i * lh).toFixed(1)}" font-family="Inter, sans-serif" font-size="${size}" font-weight="${weight}" fill="${colour}">${escapeXml(l)}</text>`
		)
		.join('');
}

/**
 * The frame's chart must already be drawn at CHART_WIDTH (the frame does this before calling).
 * The theme is applied to the document only while styles are read, within one task, so the page
 * never paints in the other theme.
 */
/** Most sources a figure lists by name; past that it counts the rest, which its permalink lists. */
export const FIGURE_SOURCES = 24;

/**
 * The figure's source line: every source, and past FIGURE_SOURCES names a count of the others
 * (a timeline of ninety events cites well over a hundred reports; the permalink lists them all).
 */
export function figureSourceLine(labels: readonly string[]): string {
	const named = labels.slice(0, FIGURE_SOURCES).join('; ');
	const rest = labels.length - FIGURE_SOURCES;
	return `Source${labels.length > 1 ? 's' : ''}: ${named}${rest > 0 ? `; and ${rest} more, listed on the chart’s page` : ''}`;
}

/** Sprite files already read, by address: a second export does not fetch and parse them again. */
const spriteCache = new Map<string, Promise<Document>>();

function sprite(f: string): Promise<Document> {
	let p = spriteCache.get(f);
	if (!p) {
		p = fetch(f).then(async (r) => {
			if (!r.ok)
				throw new Error(`the map's shapes could not be loaded (${f} answered ${r.status})`);
			return new DOMParser().parseFromString(await r.text(), 'image/svg+xml');
		});
		p.catch(() => spriteCache.delete(f));
		spriteCache.set(f, p);
	}
	return p;
}

/** The files a drawing's <use> elements point into, parsed (same-origin SVG files only). */
async function externalSprites(svg: Element): Promise<Map<string, Document>> {
	const files = new Set<string>();
	for (const u of svg.querySelectorAll('use')) {
		const href = u.getAttribute('href') ?? '';
		const i = href.indexOf('#');
		if (i > 0) files.add(href.slice(0, i));
	}
	const out = new Map<string, Document>();
	await Promise.all([...files].map(async (f) => out.set(f, await sprite(f))));
	return out;
}

/** Replaces every <use> of an external file by a copy of the element it draws, keeping its attributes. */
export function inlineUses(svg: Element, sprites: ReadonlyMap<string, Document>): void {
	for (const u of [...svg.querySelectorAll('use')]) {
		const href = u.getAttribute('href') ?? '';
		const i = href.indexOf('#');
		if (i <= 0) continue;
		const target = sprites.get(href.slice(0, i))?.getElementById(href.slice(i + 1));
		if (!target) {
			u.remove();
			continue;
		}
		const copy = svg.ownerDocument.importNode(target, true) as Element;
		copy.removeAttribute('id');
		for (const a of [...u.attributes]) if (a.name !== 'href') copy.setAttribute(a.name, a.value);
		u.replaceWith(copy);
	}
}

export async function buildFigure(frame: HTMLElement, opts: FigureOptions): Promise<Figure> {
	await Promise.all([document.fonts.load('400 12px Inter'), document.fonts.load('600 12px Inter')]);
	const title = frame.querySelector('h3')?.textContent?.trim() ?? '';
	const subtitle = frame.querySelector('.subtitle')?.textContent?.trim() ?? '';
	const description = frame.querySelector('[id$="-desc"]')?.textContent?.trim() ?? '';
	// the figure lists the chart's sources itself (the frame's line folds a long list away)
	const sourceLine = figureSourceLine(opts.sources);
	// the notes that explain the chart's encodings, as the frame lists them under the source line
	const notes = [...frame.querySelectorAll('.frame-footer .notes li')]
		.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim())
		.filter(Boolean);
	const chart = frame.querySelector('.chart-body svg');
	if (!chart) throw new Error('this chart has no SVG to export');

	// shapes drawn by reference to a file (the world map's <use href="/compare/world-shapes.svg#…">)
	// are copied in, so the figure stands alone
	const sprites = await externalSprites(chart);

	const html = document.documentElement;
	const before = html.dataset.theme;
	html.dataset.theme = opts.theme;
	let chartMarkup: string;
	let chartH: number;
	let chartVB: string;
	const legend: { swatch: string; w: number; h: number; text: string }[] = [];
	let bg: string;
	let fg: string;
	let muted: string;
	try {
		const rootStyle = getComputedStyle(html);
		bg = rootStyle.getPropertyValue('--surface').trim() || '#ffffff';
		fg = rootStyle.getPropertyValue('--text').trim() || '#1a1a1a';
		muted = rootStyle.getPropertyValue('--text-muted').trim() || '#555555';
		const clone = chart.cloneNode(true) as SVGSVGElement;
		inlineStyles(chart, clone);
		inlineUses(clone, sprites);
		chartVB = chart.getAttribute('viewBox') ?? `0 0 ${CHART_WIDTH} ${chart.clientHeight}`;
		const [, , vbW, vbH] = chartVB.split(/\s+/).map(Number) as [number, number, number, number];
		chartH = (vbH / vbW) * CHART_WIDTH;
		chartMarkup = new XMLSerializer()
			.serializeToString(clone)
			.replace(/^<svg[^>]*>/, '')
			.replace(/<\/svg>$/, '');
		for (const li of frame.querySelectorAll('.legend li')) {
			const sw = li.querySelector('svg');
			const text = (li.textContent ?? '').replace(/\s+/g, ' ').trim();
			if (!sw || !text) continue;
			const c = sw.cloneNode(true) as SVGSVGElement;
			inlineStyles(sw, c);
			const w = Number(sw.getAttribute('width') ?? 16);
			const h = Number(sw.getAttribute('height') ?? 12);
			legend.push({
				swatch: new XMLSerializer()
					.serializeToString(c)
					.replace(/^<svg[^>]*>/, '')
					.replace(/<\/svg>$/, ''),
				w,
				h,
				text
			});
		}
	} finally {
		if (before === undefined) delete html.dataset.theme;
		else html.dataset.theme = before;
	}

	const inner = CHART_WIDTH;
	let y = PAD;
	const parts: string[] = [];
	const titleLines = wrap(title, '600 20px Inter', inner);
	parts.push(textLines(titleLines, PAD, y + 20, 20, 600, fg, 26));
	y += titleLines.length * 26 + 4;
	if (subtitle) {
		const sub = wrap(subtitle, '400 14px Inter', inner);
		parts.push(textLines(sub, PAD, y + 16, 14, 400, muted, 20));
		y += sub.length * 20 + 6;
	}
	if (legend.length > 0) {
		const ctx = document.createElement('canvas').getContext('2d');
		if (ctx) ctx.font = '400 13px Inter';
		let lx = PAD;
		y += 6;
		for (const item of legend) {
			const tw = ctx ? ctx.measureText(item.text).width : item.text.length * 7;
			const need = item.w + 6 + tw + 18;
			if (lx + need > FIGURE_WIDTH - PAD && lx > PAD) {
				lx = PAD;
				y += 20;
			}
			parts.push(
				`<svg x="${lx}" y="${y + 2}" width="${item.w}" height="${item.h}" overflow="visible">${item.swatch}</svg>`
			);
			parts.push(textLines([item.text], lx + item.w + 6, y + 12, 13, 400, muted, 18));
			lx += need;
		}
		y += 24;
	}
	y += 6;
	parts.push(
		`<svg x="${PAD}" y="${y}" width="${inner}" height="${chartH.toFixed(1)}" viewBox="${chartVB}" overflow="visible" font-family="Inter, sans-serif">${chartMarkup}</svg>`
	);
	y += chartH + 16;
	const src = wrap(sourceLine, '400 12px Inter', inner);
	parts.push(textLines(src, PAD, y + 12, 12, 400, muted, 17));
	y += src.length * 17 + 6;
	if (notes.length > 0) {
		const indent = 12;
		for (const note of notes) {
			const lines = wrap(note, '400 12px Inter', inner - indent);
			parts.push(textLines(['•'], PAD, y + 12, 12, 400, muted, 17));
			parts.push(textLines(lines, PAD + indent, y + 12, 12, 400, muted, 17));
			y += lines.length * 17 + 2;
		}
		y += 4;
	}
	// project name, then the permalink, broken at / ? & = so the whole address stays in the image
	const label = 'Dependence Atlas · ';
	const measure = measurer('600 12px Inter');
	const labelW = measure(label);
	const linkLines = wrapUrl(opts.permalink, measure, inner, inner - labelW);
	parts.push(textLines([label], PAD, y + 12, 12, 600, fg, 17));
	parts.push(
		`<text id="fig-permalink" font-family="Inter, sans-serif" font-size="12" font-weight="600" fill="${fg}">` +
			linkLines
				.map(
					(l, i) =>
						`<tspan x="${(i === 0 ? PAD + labelW : PAD).toFixed(1)}" y="${(y + 12 + i * 17).toFixed(1)}">${escapeXml(l)}</tspan>`
				)
				.join('') +
			`</text>`
	);
	y += linkLines.length * 17 + PAD;

	const height = Math.ceil(y);
	const allText = `${title}${subtitle}${sourceLine}${notes.join('')}${legend.map((l) => l.text).join('')}${chartMarkup}`;
	const needsExt = /[\u0100-\u024F\u1E00-\u1EFF]/.test(allText);
	const faces = [
		[400, await fontData(FONT_FILES.latin400), LATIN_RANGE],
		[600, await fontData(FONT_FILES.latin600), LATIN_RANGE],
		...(needsExt
			? [
					[400, await fontData(FONT_FILES.ext400), EXT_RANGE],
					[600, await fontData(FONT_FILES.ext600), EXT_RANGE]
				]
			: [])
	]
		.map(
			([w, d, r]) =>
				`@font-face{font-family:'Inter';font-style:normal;font-weight:${w};src:url(${d}) format('woff2');unicode-range:${r};}`
		)
		.join('');
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${FIGURE_WIDTH}" height="${height}" viewBox="0 0 ${FIGURE_WIDTH} ${height}" role="img" aria-labelledby="fig-title fig-desc">` +
		`<title id="fig-title">${escapeXml(title)}</title><desc id="fig-desc">${escapeXml(description)}</desc>` +
		`<defs><style>${faces}</style></defs>` +
		`<rect width="${FIGURE_WIDTH}" height="${height}" fill="${bg}"/>` +
		parts.join('') +
		`</svg>`;
	return { svg, width: FIGURE_WIDTH, height };
}

/** Rasterises the figure; resolves once the image (fonts included) has decoded. */
export async function figurePng(fig: Figure, scale: number): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([fig.svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.src = url;
		await img.decode();
		// Fonts embedded in an SVG image load after it decodes (faces with a unicode-range only
		// when a glyph needs them): draw once to start them, then wait for the image to settle.
		const probe = document.createElement('canvas').getContext('2d');
		probe?.drawImage(img, 0, 0);
		await new Promise((r) => setTimeout(r, 150));
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(fig.width * scale);
		canvas.height = Math.round(fig.height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('no canvas available to draw the PNG');
		ctx.scale(scale, scale);
		ctx.drawImage(img, 0, 0, fig.width, fig.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

export function download(blob: Blob, filename: string): void {
	const a = document.createElement('a');
	a.href = URL.createObjectURL(blob);
	a.download = filename;
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
