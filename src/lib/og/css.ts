/**
 * Computed styles without a browser, for the share-preview cards (src/lib/og): resvg ignores
 * stylesheets and CSS variables, so the card writes each drawn element's styles inline, with every
 * var(--…) replaced by its value. This is the part of CSS the site's prerendered pages use:
 * selectors of classes, types, ids and attributes with descendant, child and sibling combinators,
 * :is/:where/:not/:root; @media and @container evaluated for one light-theme screen; specificity
 * and source order; !important; custom properties inherited down the tree. Anything else (:hover,
 * ::before, :nth-of-type …) matches nothing, which for a still image is the right answer.
 */
import { isEl, type El } from './html';

/** The screen the styles are evaluated for. */
export interface CssEnv {
	/** Viewport width in px (@media). */
	viewport: number;
	/** Width of any size container in px (@container). */
	container: number;
}

type Simple =
	| { k: 'tag'; v: string }
	| { k: 'any' }
	| { k: 'class'; v: string }
	| { k: 'id'; v: string }
	| { k: 'attr'; name: string; op: string; value: string }
	| { k: 'is'; list: Complex[]; zero: boolean }
	| { k: 'not'; list: Complex[] }
	| { k: 'root' }
	| { k: 'never' };
type Compound = Simple[];
interface Complex {
	parts: Compound[];
	/** combs[i] joins parts[i] and parts[i + 1]. */
	combs: string[];
}
interface Decl {
	prop: string;
	value: string;
	important: boolean;
}
interface Rule {
	selector: Complex;
	spec: number;
	order: number;
	decls: Decl[];
}

/** Comments removed, strings kept intact. */
function stripComments(css: string): string {
	let out = '';
	let i = 0;
	while (i < css.length) {
		const c = css[i]!;
		if (c === '"' || c === "'") {
			const end = css.indexOf(c, i + 1);
			const j = end < 0 ? css.length : end + 1;
			out += css.slice(i, j);
			i = j;
		} else if (c === '/' && css[i + 1] === '*') {
			const end = css.indexOf('*/', i + 2);
			i = end < 0 ? css.length : end + 2;
		} else {
			out += c;
			i++;
		}
	}
	return out;
}

/** Index just past the brace that closes the block opening at `open`. */
function blockEnd(css: string, open: number): number {
	let depth = 0;
	let quote = '';
	for (let i = open; i < css.length; i++) {
		const c = css[i];
		if (quote) {
			if (c === quote) quote = '';
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '{') depth++;
		else if (c === '}' && --depth === 0) return i + 1;
	}
	return css.length;
}

/** Splits at `sep` outside parentheses, brackets and quotes. */
function splitTop(s: string, sep: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let quote = '';
	let start = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		if (quote) {
			if (c === quote) quote = '';
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '(' || c === '[') depth++;
		else if (c === ')' || c === ']') depth--;
		else if (c === sep && depth === 0) {
			out.push(s.slice(start, i));
			start = i + 1;
		}
	}
	out.push(s.slice(start));
	return out;
}

const REM = 16;
function px(v: string): number | null {
	const m = /^(-?[\d.]+)(px|rem|em)?$/.exec(v.trim());
	if (!m) return null;
	return Number(m[1]) * (m[2] === 'rem' || m[2] === 'em' ? REM : 1);
}

/** A media or container condition, for the light-theme screen of `width` px. */
export function conditionHolds(cond: string, width: number): boolean {
	return splitTop(cond, ',').some((q) => {
		let query = q.trim().toLowerCase();
		let negate = false;
		if (query.startsWith('not ')) {
			negate = true;
			query = query.slice(4);
		}
		query = query.replace(/^only\s+/, '');
		const holds = query.split(/\s+and\s+/).every((f) => feature(f.trim(), width));
		return negate ? !holds : holds;
	});
}

function feature(f: string, width: number): boolean {
	if (f === 'screen' || f === 'all') return true;
	if (f === 'print') return false;
	const m = /^\(\s*([a-z-]+)\s*(:|<=|>=|<|>)\s*([^)]+?)\s*\)$/.exec(f);
	if (!m) return false;
	const [, name, op, raw] = m as unknown as [string, string, string, string];
	if (name === 'prefers-color-scheme') return raw === 'light';
	if (name === 'prefers-reduced-motion') return raw === 'no-preference';
	const v = px(raw);
	if (v === null) return false;
	if (name === 'min-width') return width >= v;
	if (name === 'max-width') return width <= v;
	if (name === 'width') {
		if (op === '<=') return width <= v;
		if (op === '>=') return width >= v;
		if (op === '<') return width < v;
		if (op === '>') return width > v;
		return width === v;
	}
	return false;
}

// ---------------------------------------------------------------------------------------------
// selectors

function parseComplex(sel: string): Complex | null {
	const parts: Compound[] = [];
	const combs: string[] = [];
	let i = 0;
	const s = sel.trim();
	let compound: Compound = [];
	let pendingComb = '';
	const flush = () => {
		if (compound.length) {
			if (parts.length) combs.push(pendingComb || ' ');
			parts.push(compound);
			compound = [];
			pendingComb = '';
		}
	};
	while (i < s.length) {
		const c = s[i]!;
		if (/\s/.test(c)) {
			flush();
			i++;
			continue;
		}
		if (c === '>' || c === '+' || c === '~') {
			flush();
			pendingComb = c;
			i++;
			continue;
		}
		if (c === '*') {
			compound.push({ k: 'any' });
			i++;
			continue;
		}
		if (c === '.' || c === '#') {
			const m = /^[\w-]+/.exec(s.slice(i + 1));
			if (!m) return null;
			compound.push(c === '.' ? { k: 'class', v: m[0] } : { k: 'id', v: m[0] });
			i += 1 + m[0].length;
			continue;
		}
		if (c === '[') {
			const end = s.indexOf(']', i);
			if (end < 0) return null;
			const m = /^\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+)))?\s*$/.exec(
				s.slice(i + 1, end)
			);
			if (!m) return null;
			compound.push({ k: 'attr', name: m[1]!, op: m[2] ?? '', value: m[3] ?? m[4] ?? m[5] ?? '' });
			i = end + 1;
			continue;
		}
		if (c === ':') {
			const m = /^::?([\w-]+)/.exec(s.slice(i));
			if (!m) return null;
			i += m[0].length;
			let args = '';
			if (s[i] === '(') {
				let depth = 0;
				let j = i;
				for (; j < s.length; j++) {
					if (s[j] === '(') depth++;
					else if (s[j] === ')' && --depth === 0) break;
				}
				args = s.slice(i + 1, j);
				i = j + 1;
			}
			const name = m[1]!.toLowerCase();
			if (m[0].startsWith('::')) compound.push({ k: 'never' });
			else if (name === 'is' || name === 'where' || name === 'not') {
				const list = parseList(args);
				compound.push(
					name === 'not' ? { k: 'not', list } : { k: 'is', list, zero: name === 'where' }
				);
			} else if (name === 'root') compound.push({ k: 'root' });
			else compound.push({ k: 'never' });
			continue;
		}
		const m = /^[\w-]+/.exec(s.slice(i));
		if (!m) return null;
		compound.push({ k: 'tag', v: m[0].toLowerCase() });
		i += m[0].length;
	}
	flush();
	return parts.length ? { parts, combs } : null;
}

function parseList(list: string): Complex[] {
	return splitTop(list, ',')
		.map(parseComplex)
		.filter((c): c is Complex => c !== null);
}

/** Specificity as one number: ids × 10⁶ + classes × 10³ + types. */
function specificity(c: Complex): number {
	let n = 0;
	for (const compound of c.parts) {
		for (const s of compound) {
			if (s.k === 'id') n += 1e6;
			else if (s.k === 'class' || s.k === 'attr' || s.k === 'root' || s.k === 'never') n += 1e3;
			else if (s.k === 'tag') n += 1;
			else if (s.k === 'not' || (s.k === 'is' && !s.zero))
				n += Math.max(0, ...s.list.map(specificity));
		}
	}
	return n;
}

const elementParent = (e: El): El | null =>
	e.parent && e.parent.tag !== '#root' ? e.parent : null;

function siblingsBefore(e: El): El[] {
	const sibs = (e.parent?.children ?? []).filter(isEl);
	return sibs.slice(0, sibs.indexOf(e));
}

function matchSimple(s: Simple, e: El): boolean {
	switch (s.k) {
		case 'any':
			return true;
		case 'tag':
			return e.tag.toLowerCase() === s.v;
		case 'class':
			return (e.attrs.class ?? '').split(/\s+/).includes(s.v);
		case 'id':
			return e.attrs.id === s.v;
		case 'attr': {
			const v = e.attrs[s.name];
			if (v === undefined) return false;
			if (s.op === '') return true;
			if (s.op === '=') return v === s.value;
			if (s.op === '^=') return v.startsWith(s.value);
			if (s.op === '$=') return v.endsWith(s.value);
			if (s.op === '*=') return v.includes(s.value);
			if (s.op === '~=') return v.split(/\s+/).includes(s.value);
			if (s.op === '|=') return v === s.value || v.startsWith(`${s.value}-`);
			return false;
		}
		case 'is':
			return s.list.some((c) => matches(c, e));
		case 'not':
			return !s.list.some((c) => matches(c, e));
		case 'root':
			return e.tag.toLowerCase() === 'html';
		case 'never':
			return false;
	}
}

const matchCompound = (c: Compound, e: El) => c.every((s) => matchSimple(s, e));

/** Does the selector match the element? (right to left, backtracking over ancestors) */
export function matches(c: Complex, e: El, at = c.parts.length - 1): boolean {
	if (!matchCompound(c.parts[at]!, e)) return false;
	if (at === 0) return true;
	const comb = c.combs[at - 1];
	if (comb === '>') {
		const p = elementParent(e);
		return p !== null && matches(c, p, at - 1);
	}
	if (comb === ' ') {
		for (let p = elementParent(e); p; p = elementParent(p)) if (matches(c, p, at - 1)) return true;
		return false;
	}
	const before = siblingsBefore(e);
	if (comb === '+') {
		const prev = before[before.length - 1];
		return prev !== undefined && matches(c, prev, at - 1);
	}
	return before.some((b) => matches(c, b, at - 1));
}

/** Parses a selector (exported for tests). */
export function selector(s: string): Complex {
	const c = parseComplex(s);
	if (!c) throw new Error(`unsupported selector ${s}`);
	return c;
}

// ---------------------------------------------------------------------------------------------
// stylesheets and the cascade

function parseDecls(body: string): Decl[] {
	const out: Decl[] = [];
	for (const d of splitTop(body, ';')) {
		const colon = d.indexOf(':');
		if (colon < 0) continue;
		const prop = d.slice(0, colon).trim();
		let value = d.slice(colon + 1).trim();
		const important = /!\s*important\s*$/i.test(value);
		if (important) value = value.replace(/!\s*important\s*$/i, '').trim();
		if (prop && value)
			out.push({ prop: prop.startsWith('--') ? prop : prop.toLowerCase(), value, important });
	}
	return out;
}

export class StyleSheet {
	private rules: Rule[] = [];
	private order = 0;
	private cache = new WeakMap<El, Map<string, string>>();
	private customCache = new WeakMap<El, Map<string, string>>();

	constructor(private env: CssEnv) {}

	/** Adds a stylesheet's text (rules apply in the order added). */
	add(css: string): this {
		this.addBlock(stripComments(css));
		return this;
	}

	private addBlock(css: string) {
		let i = 0;
		while (i < css.length) {
			const open = css.indexOf('{', i);
			const semi = css.indexOf(';', i);
			if (open < 0) break;
			const prelude = css.slice(i, open).trim();
			if (prelude.startsWith('@') && semi >= 0 && semi < open) {
				i = semi + 1; // @import, @charset …
				continue;
			}
			const end = blockEnd(css, open);
			const body = css.slice(open + 1, end - 1);
			i = end;
			if (prelude.startsWith('@')) {
				const m = /^@([\w-]+)\s*(.*)$/s.exec(prelude);
				const name = m?.[1]?.toLowerCase();
				const cond = (m?.[2] ?? '').trim();
				if (name === 'media' && conditionHolds(cond, this.env.viewport)) this.addBlock(body);
				else if (name === 'container') {
					// "@container name (max-width: …)": the condition without the container's name
					const c = cond.replace(/^[\w-]+\s+(?=\()/, '');
					if (conditionHolds(c, this.env.container)) this.addBlock(body);
				} else if (name === 'supports' || name === 'layer') this.addBlock(body);
				continue; // @font-face, @keyframes …
			}
			const decls = parseDecls(body);
			if (!decls.length) continue;
			const order = this.order++;
			for (const sel of splitTop(prelude, ',')) {
				const c = parseComplex(sel);
				if (c) this.rules.push({ selector: c, spec: specificity(c), order, decls });
			}
		}
	}

	/** The cascaded (specified) declarations of an element: property → value, vars unresolved. */
	declared(e: El): Map<string, string> {
		const hit = this.cache.get(e);
		if (hit) return hit;
		const found: { d: Decl; spec: number; order: number }[] = [];
		for (const r of this.rules) {
			if (matches(r.selector, e))
				for (const d of r.decls) found.push({ d, spec: r.spec, order: r.order });
		}
		// inline style wins over rules of any specificity (not over !important)
		const inline = e.attrs.style ? parseDecls(e.attrs.style) : [];
		for (const d of inline) found.push({ d, spec: 1e9, order: 1e9 });
		found.sort(
			(a, b) =>
				Number(a.d.important) - Number(b.d.important) || a.spec - b.spec || a.order - b.order
		);
		const out = new Map<string, string>();
		for (const f of found) out.set(f.d.prop, f.d.value);
		this.cache.set(e, out);
		return out;
	}

	/** Custom properties in force on an element (inherited from its ancestors). */
	customs(e: El | null): Map<string, string> {
		if (!e || e.tag === '#root') return new Map();
		const hit = this.customCache.get(e);
		if (hit) return hit;
		const out = new Map(this.customs(e.parent));
		for (const [k, v] of this.declared(e)) if (k.startsWith('--')) out.set(k, v);
		this.customCache.set(e, out);
		return out;
	}

	/** A value with every var(--x, fallback) replaced, as seen from element `e`. */
	resolve(value: string, e: El): string {
		return resolveVars(value, this.customs(e));
	}

	/**
	 * The value an inherited property has on `e`: its own declaration, or the nearest ancestor's
	 * (vars resolved where it was declared). Undefined when nothing sets it.
	 */
	inherited(prop: string, e: El | null): string | undefined {
		for (let p = e; p && p.tag !== '#root'; p = p.parent) {
			const v = this.declared(p).get(prop);
			if (v !== undefined && v !== 'inherit') return this.resolve(v, p);
		}
		return undefined;
	}
}

/** var() references replaced from `customs` (with fallbacks and nesting); unknown ones dropped. */
export function resolveVars(value: string, customs: Map<string, string>, depth = 0): string {
	if (depth > 16 || !value.includes('var(')) return value;
	let out = '';
	let i = 0;
	while (i < value.length) {
		const at = value.indexOf('var(', i);
		if (at < 0) {
			out += value.slice(i);
			break;
		}
		out += value.slice(i, at);
		let depthP = 0;
		let j = at + 3;
		for (; j < value.length; j++) {
			if (value[j] === '(') depthP++;
			else if (value[j] === ')' && --depthP === 0) break;
		}
		const inner = value.slice(at + 4, j);
		const comma = splitTop(inner, ',');
		const name = comma[0]!.trim();
		const fallback = comma.length > 1 ? comma.slice(1).join(',').trim() : undefined;
		const v = customs.get(name) ?? fallback ?? '';
		out += resolveVars(v, customs, depth + 1);
		i = j + 1;
	}
	return out.trim();
}
