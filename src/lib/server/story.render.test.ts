/**
 * The story prepared on the server: each step's chart rendered in the step's state gives the
 * figure's text alternative and the static SVG the page shows without JavaScript and in print.
 */
import { describe, expect, it } from 'vitest';
import { atlasData } from './data';
import { figureKey, shortSourceLine, stepFigureSvg, storyPage, storySections } from './story';
import { storySteps } from '$lib/story/content';

const d = atlasData();
const page = storyPage(d);
const steps = page.sections.flatMap((s) => s.steps);

describe('the story page', () => {
	it('says the 2020 April share is an upper bound, with its floor, and gives both dates of the agreement', () => {
		const all = JSON.stringify(steps);
		expect(all).toContain('made up at most about 22% of it. That is an upper bound');
		expect(all).toContain('the cargoes the sources name for April make about 4%');
		expect(all).toContain('TASS dates the agreement to the end of March, Belsat (BelTA) to April');
		// and the article's "about 6%" is no longer said to be ruled out
		expect(all).not.toContain('below 4.2%');
	});

	it('gives every step the chart’s own description of its view, and a figure of both layouts', () => {
		expect(steps).toHaveLength(page.stepCount);
		for (const s of steps) {
			expect(s.description.length, `step ${s.n}`).toBeGreaterThan(40);
			expect(s.figure.wide.src).toBe(`/story/figures/step-${s.n}.svg`);
			expect(s.figure.narrow.src).toBe(`/story/figures/step-${s.n}-narrow.svg`);
			expect(s.figure.wide.width).toBeGreaterThan(s.figure.narrow.width);
			expect(s.chartHref).toBe(`/chart/${s.chart}${s.query ? `?${s.query}` : ''}`);
		}
	});
	it('describes the highlighted kind of event in words (the figure’s text alternative)', () => {
		const military = steps.find((s) => s.query === 'relations.focus=military')!;
		const n = d.timeline.filter((t) => t.category === 'military').length;
		expect(military.description).toContain(`Highlighted: the ${n} military events`);
	});
	it('checks the article’s claims with the data', () => {
		const claims = steps.flatMap((s) => s.claims);
		expect(claims.map((c) => [c.id, c.status])).toEqual([
			['russia-share-of-belarus-trade-2009', 'consistent'],
			['belarus-share-of-russia-trade-2009', 'differs']
		]);
		const t = d.turnover.find((x) => x.reporter === 'Belarus' && x.year === 2009)!;
		expect(claims[0]?.derived).toBe(`${t.turnover_share_pct.toFixed(1)}%`);
		expect(claims[0]?.href).toBe('/chart/trade-asymmetry?asym.year=2009');
	});
	it('lists the article and its five references, saying which the atlas read', () => {
		expect(page.references.map((r) => r.id)).toEqual([
			'AC_210303',
			'ARTICLE_CLAIM',
			'DW_200825',
			'FT_210106',
			'ORF_200428',
			'TRANSFORM_210419'
		]);
		const orf = page.references.find((r) => r.id === 'ORF_200428')!;
		expect(orf.read).toMatch(/^Not read/);
		expect(page.references.find((r) => r.id === 'FT_210106')!.read).toMatch(/^Read/);
	});
});

describe('a step’s figure', () => {
	const all = storySteps(storySections(d));
	const asym = all.find((s) => s.chart === 'trade-asymmetry')!;
	it('is standalone SVG with every style inline and the theme’s colours resolved', () => {
		const svg = stepFigureSvg(asym, 'wide');
		expect(svg).toMatch(/^<\?xml[^>]*>\n<svg viewBox="-12 -12 [\d.]+ [\d.]+"/);
		expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
		expect(svg).not.toMatch(/var\(|class=|<script|on[a-z]+=/);
		// Russia's colour in the light theme, from app.css
		expect(svg).toContain('color:#0072b2');
		const narrow = stepFigureSvg(asym, 'narrow');
		expect(Number(/width="([\d.]+)"/.exec(narrow)?.[1])).toBeLessThan(
			Number(/width="([\d.]+)"/.exec(svg)?.[1])
		);
	});
	it('carries its chart’s key: every symbol the drawing uses is named in the figure itself', () => {
		const charts = new Set<string>();
		for (const step of all)
			for (const layout of ['wide', 'narrow'] as const) {
				const svg = stepFigureSvg(step, layout);
				// the key's entries unwrapped, against the figure's words (a long entry wraps in the figure)
				const key = figureKey(step, 1e6);
				if (step.chart !== 'trade-asymmetry')
					expect(key.nodes.length, step.chart).toBeGreaterThan(0);
				const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
				for (const n of key.nodes.filter((e) => e.tag === 'text'))
					expect(words, `step ${step.n} ${layout}`).toContain(n.children[0] as string);
				charts.add(step.chart);
			}
		expect(charts.has('relations-timeline')).toBe(true);
		expect(charts.has('energy-disputes')).toBe(true);
		// the relations timeline says what a hollow marker is
		const rel = all.find((s) => s.chart === 'relations-timeline')!;
		expect(stepFigureSvg(rel, 'narrow')).toContain('>dated to the day</text>');
	});
	it('names fonts no wider than Inter after it, for an image that cannot load the site’s font', () => {
		const svg = stepFigureSvg(asym, 'narrow');
		expect(svg).toMatch(/font-family:'Inter', Arial, 'Liberation Sans', Helvetica, sans-serif/);
		expect(svg).not.toContain('system-ui');
	});
	it('has a caption whose sources fold after the first six', () => {
		expect(shortSourceLine('Sources: A; B; A; C')).toBe('Sources: A; B; C.');
		expect(shortSourceLine('Source: TASS')).toBe('Source: TASS.');
		expect(
			shortSourceLine(`Sources: ${Array.from({ length: 9 }, (_, i) => `S${i}`).join('; ')}`)
		).toBe('Sources: S0; S1; S2; S3; S4; S5; and 3 more, listed on the chart’s page.');
		// a label with a semicolon inside brackets stays one source
		expect(shortSourceLine('Sources: X (a; b); Y')).toBe('Sources: X (a; b); Y.');
		// the sources a frame folded away are counted too
		expect(shortSourceLine('Sources: A; B', 30)).toBe(
			'Sources: A; B; and 30 more, listed on the chart’s page.'
		);
	});
});
