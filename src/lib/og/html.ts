/**
 * A small HTML reader for the share-preview cards (src/lib/og): enough to walk the prerendered pages
 * this site writes (Svelte's server output: quoted attributes, closed SVG elements) and to write an
 * SVG subtree back out as XML for resvg. Not a general HTML5 parser: no implied end tags beyond
 * void elements and closing the nearest open element of the same name.
 */

export interface El {
	tag: string;
	attrs: Record<string, string>;
	children: Node[];
	parent: El | null;
}
export type Node = El | string;

const VOID = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr'
]);
const RAW = new Set(['script', 'style']);

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0'
};

/** Character references decoded (the named ones Svelte writes, and numeric ones). */
export function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code =
				ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
			return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
		}
		return NAMED[ref.toLowerCase()] ?? whole;
	});
}

export const escapeXml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The document as a tree under a synthetic root (tag "#root"). */
export function parseHtml(html: string): El {
	const root: El = { tag: '#root', attrs: {}, children: [], parent: null };
	let cur = root;
	let i = 0;
	const n = html.length;
	while (i < n) {
		const lt = html.indexOf('<', i);
		if (lt < 0) {
			cur.children.push(decodeEntities(html.slice(i)));
			break;
		}
		if (lt > i) cur.children.push(decodeEntities(html.slice(i, lt)));
		if (html.startsWith('<!--', lt)) {
			const end = html.indexOf('-->', lt + 4);
			i = end < 0 ? n : end + 3;
			continue;
		}
		if (html[lt + 1] === '!' || html[lt + 1] === '?') {
			const end = html.indexOf('>', lt);
			i = end < 0 ? n : end + 1;
			continue;
		}
		if (html[lt + 1] === '/') {
			const end = html.indexOf('>', lt);
			const name = html
				.slice(lt + 2, end < 0 ? n : end)
				.trim()
				.toLowerCase();
			// close the nearest open element of that name (and anything left open inside it)
			for (let e: El | null = cur; e && e !== root; e = e.parent) {
				if (e.tag.toLowerCase() === name) {
					cur = e.parent ?? root;
					break;
				}
			}
			i = end < 0 ? n : end + 1;
			continue;
		}
		const m = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(lt, lt + 64));
		if (!m) {
			cur.children.push('<');
			i = lt + 1;
			continue;
		}
		// the tag's end: the first ">" outside quotes
		let j = lt + m[0].length;
		let quote = '';
		for (; j < n; j++) {
			const c = html[j];
			if (quote) {
				if (c === quote) quote = '';
			} else if (c === '"' || c === "'") quote = c;
			else if (c === '>') break;
		}
		const inside = html.slice(lt + m[0].length, j);
		const selfClosing = inside.trimEnd().endsWith('/');
		// names keep their case: SVG's viewBox and linearGradient must reach resvg as written
		const name = m[1]!;
		const tag = name.toLowerCase();
		const attrs: Record<string, string> = {};
		for (const a of inside.replace(/\/\s*$/, '').matchAll(ATTR)) {
			attrs[a[1]!] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
		}
		const el: El = { tag: name, attrs, children: [], parent: cur };
		cur.children.push(el);
		i = j + 1;
		if (RAW.has(tag)) {
			const closing = new RegExp(`</${tag}`, 'gi');
			closing.lastIndex = i;
			const end = closing.exec(html)?.index ?? n;
			el.children.push(html.slice(i, end));
			const gt = html.indexOf('>', end);
			i = gt < 0 ? n : gt + 1;
		} else if (!selfClosing && !VOID.has(tag)) cur = el;
	}
	return root;
}

export const isEl = (n: Node): n is El => typeof n !== 'string';

/** Every element under `el` in document order (not el itself). */
export function* descendants(el: El): Generator<El> {
	for (const c of el.children) {
		if (isEl(c)) {
			yield c;
			yield* descendants(c);
		}
	}
}

/** The first element under `el` for which `test` holds. */
export function find(el: El, test: (e: El) => boolean): El | undefined {
	for (const d of descendants(el)) if (test(d)) return d;
	return undefined;
}

export const hasClass = (el: El, c: string) => (el.attrs.class ?? '').split(/\s+/).includes(c);

/** The text inside an element, whitespace collapsed. */
export function textOf(el: El): string {
	const parts: string[] = [];
	const walk = (e: El) => {
		if (RAW.has(e.tag.toLowerCase())) return;
		for (const c of e.children) {
			if (typeof c === 'string') parts.push(c);
			else walk(c);
		}
	};
	walk(el);
	return parts.join('').replace(/\s+/g, ' ').trim();
}

/** An element and its subtree as XML, attributes from `attrsOf` (default: its own). */
export function toXml(
	el: El,
	attrsOf: (e: El) => Record<string, string> = (e) => e.attrs,
	skip: (e: El) => boolean = () => false
): string {
	const attrs = Object.entries(attrsOf(el))
		.map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
		.join('');
	const inner = el.children
		.map((c) => (typeof c === 'string' ? escapeXml(c) : skip(c) ? '' : toXml(c, attrsOf, skip)))
		.join('');
	return `<${el.tag}${attrs}>${inner}</${el.tag}>`;
}
