import { describe, expect, it } from 'vitest';
import { FIGURE_SOURCES, figureSourceLine } from './figure';

describe('a figure’s source line', () => {
	it('names every source of a chart with a few', () => {
		expect(figureSourceLine(['TASS', 'Reuters (via X; Y)', 'BBC'])).toBe(
			'Sources: TASS; Reuters (via X; Y); BBC'
		);
		expect(figureSourceLine(['TASS'])).toBe('Source: TASS');
	});
	it('names the first sources of a long list and counts the rest', () => {
		const labels = Array.from({ length: FIGURE_SOURCES + 5 }, (_, i) => `Outlet ${i}`);
		const line = figureSourceLine(labels);
		expect(line.startsWith('Sources: Outlet 0; Outlet 1;')).toBe(true);
		expect(line).toContain(`Outlet ${FIGURE_SOURCES - 1}; and 5 more, listed on the chart’s page`);
		expect(line).not.toContain(`Outlet ${FIGURE_SOURCES};`);
	});
});
