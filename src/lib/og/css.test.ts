import { describe, expect, it } from 'vitest';
import { StyleSheet, conditionHolds, matches, resolveVars, selector } from './css';
import { find, parseHtml, type El } from './html';
import { extractChart, pageStyles, styledSvg } from './extract';

const doc = parseHtml(`<html><body><div class="frame sA" data-chart-id="c1">
<h3 class="sA">Title &amp; more</h3><p class="subtitle sA">Sub</p>
<div class="layout wide" data-layout="wide"><svg viewBox="0 0 100 50" width="100" height="50" class="sv">
<g class="axis"><line class="grid sB" x1="0" x2="100"></line><text class="sB" x="1" y="2">0%</text></g>
<rect class="hit sC" fill="var(--c-x)" width="4" height="4"></rect><rect class="bar sC on" width="4" height="4"></rect>
<title>tooltip</title></svg></div>
<p class="source-line sA"><span class="label">Sources:</span> <a href="x">One</a>; Two; <a href="y">Three (a; b)</a></p>
</div></body></html>`);
const el = (test: (e: El) => boolean) => find(doc, test)!;
const byClass = (c: string) => el((e) => (e.attrs.class ?? '').split(' ').includes(c));

describe('selectors', () => {
	it('matches classes, descendants, children, :where, :is and :not', () => {
		const line = byClass('grid');
		expect(matches(selector('.grid.sB'), line)).toBe(true);
		expect(matches(selector('.axis .grid'), line)).toBe(true);
		expect(matches(selector('.axis > line'), line)).toBe(true);
		expect(matches(selector('svg > line'), line)).toBe(false);
		expect(matches(selector('.frame line:where(.sB)'), line)).toBe(true);
		expect(matches(selector('line:not(.hit)'), line)).toBe(true);
		expect(matches(selector('line:not(.grid)'), line)).toBe(false);
		expect(matches(selector(':is(rect, line).grid'), line)).toBe(true);
		expect(matches(selector('[data-layout=wide] line'), line)).toBe(true);
		expect(matches(selector('line:hover'), line)).toBe(false);
		expect(matches(selector('.grid::before'), line)).toBe(false);
	});

	it('applies the most specific rule, then the later one, !important above both, inline style above rules', () => {
		const s = new StyleSheet({ viewport: 1280, container: 640 }).add(
			'.bar.sC{fill:red}.bar{fill:blue}rect.bar.on{fill:green}.hit{fill:black!important}.hit.sC{fill:white}'
		);
		expect(s.declared(byClass('bar')).get('fill')).toBe('green');
		expect(s.declared(byClass('hit')).get('fill')).toBe('black');
		const inline = parseHtml('<svg><rect class="bar" style="fill: pink"></rect></svg>');
		const r = find(inline, (e) => e.tag === 'rect')!;
		expect(
			new StyleSheet({ viewport: 1, container: 1 }).add('.bar{fill:red}').declared(r).get('fill')
		).toBe('pink');
	});

	it('evaluates @media and @container for a light-theme screen', () => {
		expect(conditionHolds('(prefers-color-scheme: dark)', 1280)).toBe(false);
		expect(conditionHolds('(prefers-color-scheme:light)', 1280)).toBe(true);
		expect(conditionHolds('print', 1280)).toBe(false);
		expect(conditionHolds('(min-width: 62rem)', 1280)).toBe(true);
		expect(conditionHolds('(max-width: 40rem)', 1280)).toBe(false);
		expect(conditionHolds('(width<=40rem)', 390)).toBe(true);
		expect(conditionHolds('not print', 1280)).toBe(true);
		const s = new StyleSheet({ viewport: 1280, container: 640 }).add(
			':root{--c-x:#111}@media (prefers-color-scheme:dark){:root{--c-x:#eee}}:root[data-theme=dark]{--c-x:#eee}' +
				'@container (max-width:599px){.grid{stroke:red}}@container chart (min-width:600px){.grid{stroke:var(--c-x)}}'
		);
		const html = el((e) => e.tag === 'html');
		expect(s.resolve('var(--c-x)', html)).toBe('#111');
		expect(s.resolve(s.declared(byClass('grid')).get('stroke')!, byClass('grid'))).toBe('#111');
	});
});

describe('var()', () => {
	it('resolves nested references and fallbacks, and inherits custom properties', () => {
		const m = new Map([
			['--a', '#123456'],
			['--b', 'var(--a)']
		]);
		expect(resolveVars('var(--b)', m)).toBe('#123456');
		expect(resolveVars('var(--none, var(--a))', m)).toBe('#123456');
		expect(resolveVars('1px solid var(--none, red)', m)).toBe('1px solid red');
		const s = new StyleSheet({ viewport: 1280, container: 640 }).add(
			':root{--c-x:#0072b2}.frame{--c-x:#b85000}'
		);
		expect(s.resolve('var(--c-x)', byClass('hit'))).toBe('#b85000');
	});
});

describe('a chart from a page', () => {
	it('takes title, subtitle, sources and the wide drawing with its styles inline', () => {
		const sheet = pageStyles(doc, 1280, 640).add(
			':root{--grid:#ebebe6;--c-x:#0072b2;--font-sans:"Inter",system-ui}html{font-family:var(--font-sans);color:#1a1a1a}' +
				'.grid.sB{stroke:var(--grid)}text.sB{font-size:0.75rem;fill:var(--text,#555)}'
		);
		const c = extractChart(doc, sheet, 'c1');
		expect(c.title).toBe('Title & more');
		expect(c.subtitle).toBe('Sub');
		expect(c.sources).toEqual(['One', 'Two', 'Three (a; b)']);
		expect([c.width, c.height]).toEqual([100, 50]);
		expect(c.svg).toMatch(
			/^<svg viewBox="0 0 100 50" width="100" height="50" style="[^"]*font-family:'Inter',system-ui/
		);
		expect(c.svg).toContain('xmlns="http://www.w3.org/2000/svg"');
		expect(c.svg).toContain('<line x1="0" x2="100" style="stroke:#ebebe6"></line>');
		expect(c.svg).toContain('style="fill:#555;font-size:12px"');
		expect(c.svg).toContain('fill="#0072b2"');
		expect(c.svg).not.toContain('class=');
		expect(c.svg).not.toContain('var(');
		expect(c.svg).not.toContain('tooltip');
	});

	it('writes nothing it cannot resolve', () => {
		const svg = find(doc, (e) => e.tag === 'svg')!;
		const out = styledSvg(
			new StyleSheet({ viewport: 1280, container: 640 }).add('.grid{stroke:var(--missing)}'),
			svg
		);
		expect(out).not.toContain('var(');
		expect(out).not.toContain('stroke:');
	});
});
