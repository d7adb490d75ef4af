/** compare-dependents as the server draws it: the map's shapes, Belarus outlined, bounds as carets. */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { chartData } from '$lib/server/islands';
import View from './View.svelte';
import { worldMap } from './geo';

const data = chartData('compare-dependents');
const draw = (partner: string, year = data.file.year) =>
	render(View, {
		props: {
			...data,
			params: { partner, year, flow: 'exports' as const, table: false },
			onparams: () => {}
		}
	}).body;

describe('compare-dependents drawing', () => {
	const html = draw('rus');
	const [narrow, wide] = html.split('data-layout="wide"') as [string, string];
	it('draws every shape once per layout, by reference to the shapes file', () => {
		const n = worldMap().shapes.length;
		for (const layout of [narrow, wide]) {
			const uses = layout.match(/<use href="\/compare\/world-shapes\.svg#c\d{3}"/g) ?? [];
			expect(uses).toHaveLength(n);
		}
		// no shape geometry inside the page
		expect(html).not.toMatch(/<path[^>]* d="M-?\d+,-?\d+L/);
	});
	it('outlines Belarus, fills it by its step and marks Russia as the partner', () => {
		expect(
			wide.match(/<use href="\/compare\/world-shapes\.svg#c112" class="s4 hl[ "]/)
		).not.toBeNull();
		expect(
			wide.match(/<use href="\/compare\/world-shapes\.svg#c643" class="partner[ "]/)
		).not.toBeNull();
		expect(wide.match(/<g class="bar[^"]*\bhl" data-id="blr">[\s\S]*?42%/)).not.toBeNull();
	});
	it('draws countries that leave Russia off as bounds: dashed shapes and carets, never bars', () => {
		const carets = wide.match(/<path class="bound[^"]*" data-id="[a-z-]+"/g) ?? [];
		expect(carets.length).toBeGreaterThan(100);
		expect(
			wide.match(/<use href="\/compare\/world-shapes\.svg#c840" class="bound[ "]/)
		).not.toBeNull();
		expect(wide.match(/<g class="bar[^"]*" data-id="usa"/)).toBeNull();
		expect(wide.match(/\d+ more in the table/)).not.toBeNull();
	});
	it('gives the bars an axis of their own, on which each bar ends at its share', () => {
		for (const layout of [narrow, wide]) {
			const axis = layout.match(/<g class="bar-axis[^"]*">([\s\S]*?)<\/g>/)?.[1] ?? '';
			const ticks = [...axis.matchAll(/<text[^>]* x="([\d.]+)"[^>]*>(\d+)%<\/text>/g)].map(
				(m) => [Number(m[2]), Number(m[1])] as const
			);
			expect(ticks.length).toBeGreaterThanOrEqual(3);
			const [[v0, x0], [v1, x1]] = [ticks[0]!, ticks[ticks.length - 1]!];
			const at = (v: number) => x0 + ((v - v0) * (x1 - x0)) / (v1 - v0);
			// Belarus's 42% bar ends at 42 on that axis (the band's own axis would put it elsewhere)
			const bar = layout.match(/data-id="blr">[\s\S]*?<rect x="([\d.]+)"[^>]* width="([\d.]+)"/)!;
			expect(Number(bar[1]) + Number(bar[2])).toBeCloseTo(at(42), 0);
		}
	});
	it('says what the carets are, in words, not a placeholder', () => {
		expect(wide).not.toContain('(&lt; x%)');
		expect(wide).toMatch(/\d+ lists leave Russia off; each caret is a list’s smallest share/);
	});
});
