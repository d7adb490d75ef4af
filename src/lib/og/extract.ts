/**
 * A chart as the reader first sees it, taken from a prerendered page for its share-preview card:
 * the frame's title, subtitle and sources, and the wide drawing (data-layout="wide") as standalone
 * SVG with every style resvg needs written inline (see css.ts).
 */
import { StyleSheet } from './css';
import { descendants, find, hasClass, parseHtml, textOf, type El } from './html';

/** The properties resvg understands and our charts set through CSS. */
const SVG_PROPS = [
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-miterlimit',
	'opacity',
	'display',
	'visibility',
	'color',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'letter-spacing',
	'text-anchor',
	'dominant-baseline',
	'alignment-baseline',
	'baseline-shift',
	'paint-order',
	'text-decoration',
	'shape-rendering',
	'vector-effect',
	'mix-blend-mode',
	'isolation',
	'overflow'
];
/** Of those, the ones an element takes from its parent: the drawing's root gets them from the page. */
const INHERITED = [
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'color',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'letter-spacing',
	'text-anchor',
	'visibility',
	'paint-order'
];
/** Attributes for the browser only. */
const DROP_ATTR = /^(class|style|role|tabindex|aria-.*|data-.*|id)$/;

export interface ExtractedChart {
	id: string;
	title: string;
	subtitle: string;
	/** Source labels as the frame's source line lists them. */
	sources: string[];
	/** Standalone <svg> with inline styles (width and height as drawn). */
	svg: string;
	width: number;
	height: number;
}

/** The page's stylesheets (every <style> element, in document order), for a screen of `viewport` px. */
export function pageStyles(doc: El, viewport: number, container: number): StyleSheet {
	const sheet = new StyleSheet({ viewport, container });
	for (const e of descendants(doc)) {
		if (e.tag.toLowerCase() === 'style') sheet.add(e.children.join(''));
	}
	return sheet;
}

const remToPx = (v: string) =>
	v.replace(/(-?[\d.]+)rem\b/g, (_, n: string) => `${Number((Number(n) * 16).toFixed(3))}px`);

/** A property's value fit for resvg, or null to leave it out. */
function clean(prop: string, value: string): string | null {
	const v = remToPx(value.trim());
	if (!v || v === 'inherit' || v === 'initial' || v === 'unset' || v.includes('var(')) return null;
	if (prop === 'font-family') return v.replace(/"/g, "'");
	return v;
}

/** An element's drawing attributes and inline style, all values resolved. */
function styledAttrs(sheet: StyleSheet, e: El, isRoot: boolean): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(e.attrs)) {
		if (DROP_ATTR.test(k)) continue;
		out[k] = v.includes('var(') ? sheet.resolve(v, e) : v;
	}
	const style: string[] = [];
	const declared = sheet.declared(e);
	for (const prop of SVG_PROPS) {
		const raw = isRoot && INHERITED.includes(prop) ? sheet.inherited(prop, e) : declared.get(prop);
		if (raw === undefined) continue;
		const v = clean(prop, isRoot ? raw : sheet.resolve(raw, e));
		if (v !== null) style.push(`${prop}:${v}`);
	}
	if (style.length) out.style = style.join(';');
	return out;
}

/** An SVG element and its subtree as standalone XML with styles inline. */
export function styledSvg(sheet: StyleSheet, svg: El): string {
	const write = (e: El, isRoot: boolean): string => {
		const attrs = styledAttrs(sheet, e, isRoot);
		if (isRoot) attrs.xmlns = 'http://www.w3.org/2000/svg';
		const a = Object.entries(attrs)
			.map(([k, v]) => ` ${k}="${xml(v)}"`)
			.join('');
		const inner = e.children
			.map((c) => (typeof c === 'string' ? xml(c) : c.tag === 'title' ? '' : write(c, false)))
			.join('');
		return `<${e.tag}${a}>${inner}</${e.tag}>`;
	};
	return write(svg, true);
}

const xml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The frame of chart `id` in a parsed page, or undefined. */
export const chartFrame = (doc: El, id: string) =>
	find(doc, (e) => e.attrs['data-chart-id'] === id);

/** Chart `id` from a prerendered page (throws when the page does not draw it). */
export function extractChart(doc: El, sheet: StyleSheet, id: string): ExtractedChart {
	const frame = chartFrame(doc, id);
	if (!frame) throw new Error(`chart ${id}: not on this page`);
	const h = find(frame, (e) => /^h[1-6]$/i.test(e.tag));
	const sub = find(frame, (e) => hasClass(e, 'subtitle'));
	const line = find(frame, (e) => hasClass(e, 'source-line'));
	const wide = find(frame, (e) => e.attrs['data-layout'] === 'wide');
	const svg = wide && find(wide, (e) => e.tag.toLowerCase() === 'svg');
	if (!h || !svg) throw new Error(`chart ${id}: no title or no wide drawing`);
	const width = Number(svg.attrs.width);
	const height = Number(svg.attrs.height);
	if (!(width > 0 && height > 0)) throw new Error(`chart ${id}: drawing without a size`);
	const sources = line
		? textOf(line)
				.replace(/^Sources?:\s*/, '')
				.split(/;\s+(?![^()]*\))/)
				.map((s) => s.trim())
				.filter(Boolean)
		: [];
	return {
		id,
		title: textOf(h),
		subtitle: sub ? textOf(sub) : '',
		sources,
		svg: styledSvg(sheet, svg),
		width,
		height
	};
}

/** The page's parsed document (re-exported for callers that read several charts from one page). */
export { parseHtml };
