import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/server/data';
import { buildEvents } from '$lib/charts/events/events';
import { ContentError } from '$lib/narrative/content';
import { parseStory, stepChart, storySteps, type StoryCheck } from './content';

const d = loadAll();
const check: StoryCheck = {
	eventIds: new Set(buildEvents(d.disputes, d.timeline).map((e) => e.id)),
	eventCharts: new Set(['trade-share-timeline', 'gas-price', 'trade-values']),
	inputs: (id) => (id === 'trade-asymmetry' ? { asymmetryYears: [2005, 2009, 2016] } : {})
};
const parse = (md: string) => parseStory('story.md', md, d, check);

describe('a step’s chart line', () => {
	it('reads the chart’s own URL parameters into its state, and writes them back canonically', () => {
		const c = stepChart('relations-timeline?relations.focus=military', {});
		expect(c.chart).toBe('relations-timeline');
		expect(c.params).toEqual({ focus: 'military', table: false });
		expect(c.query).toBe('relations.focus=military');
		const s = stepChart('trade-share-timeline?shares.series=imports', {});
		expect(s.params.series).toEqual(['imports']);
		expect(stepChart('gas-price', {}).query).toBe('');
	});
	it('refuses a chart, a parameter or a value the chart does not have', () => {
		expect(() => stepChart('pie-chart', {})).toThrow(/unknown chart "pie-chart"/);
		expect(() => stepChart('gas-price?gas.colour=red', {})).toThrow(/no parameter "gas.colour"/);
		expect(() => stepChart('gas-price?shares.series=imports', {})).toThrow(/no parameter/);
		// a value that would silently fall back to the default
		expect(() => stepChart('relations-timeline?relations.focus=sport', {})).toThrow(
			/does not accept relations.focus=sport/
		);
		expect(() => stepChart('trade-asymmetry?asym.year=1990', { asymmetryYears: [2009] })).toThrow(
			/does not accept/
		);
	});
});

describe('the story’s text', () => {
	const md = `# Background {#background}

An introduction.

## First step
chart: relations-timeline?relations.focus=integration

In 2009 Russia took {{turnover:Belarus:2009}} of Belarus's trade.

A second paragraph.

# After {#after}

## Second step
chart: gas-price
event: 2004_gas
claims: russia-share-of-belarus-trade-2009

Gas cost {{gas:2002:contract}}.`;

	it('numbers the steps across sections and resolves every figure from data', () => {
		const sections = parse(md);
		expect(sections.map((s) => s.id)).toEqual(['background', 'after']);
		expect(sections[0]?.intro).toEqual(['An introduction.']);
		const steps = storySteps(sections);
		expect(steps.map((s) => [s.n, s.title, s.chart])).toEqual([
			[1, 'First step', 'relations-timeline'],
			[2, 'Second step', 'gas-price']
		]);
		const turnover = d.turnover.find((t) => t.reporter === 'Belarus' && t.year === 2009)!;
		// written to one decimal, as the turnover token writes it
		expect(steps[0]?.paragraphs[0]).toBe(
			`In 2009 Russia took ${turnover.turnover_share_pct.toFixed(1)}% of Belarus's trade.`
		);
		expect(steps[0]?.paragraphs).toHaveLength(2);
		expect(steps[0]?.sourceIds).toEqual([...turnover.source_id]);
		expect(steps[1]?.event).toBe('2004_gas');
		expect(steps[1]?.claims).toEqual(['russia-share-of-belarus-trade-2009']);
	});

	it('names the step and what is wrong when a line does not hold', () => {
		const bad = (line: string) => md.replace('event: 2004_gas', line);
		expect(() => parse(bad('event: 1812_war'))).toThrow(
			/step 2 \(Second step\): no event "1812_war"/
		);
		expect(() =>
			parse(md.replace('chart: gas-price\nevent', 'chart: oil-sources-2020\nevent'))
		).toThrow(/oil-sources-2020 does not draw the event layer/);
		expect(() => parse(md.replace('claims: russia', 'claims: nobody'))).toThrow(
			/no claim "nobody-share/
		);
		expect(() => parse(md.replace('chart: gas-price\n', ''))).toThrow(/no "chart:" line/);
		expect(() => parse(md.replace('{{gas:2002:contract}}', '{{gas:1900:contract}}'))).toThrow(
			ContentError
		);
		expect(() => parse('Text before any section.')).toThrow(/before the first "# Section/);
		expect(() => parse('# Empty {#empty}\n\nJust an intro.')).toThrow(/#empty has no steps/);
	});

	it('parses the story itself: every step has a chart, a state and text', () => {
		const text = readFileSync('src/content/story.md', 'utf8');
		const steps = storySteps(
			parseStory('src/content/story.md', text, d, {
				...check,
				inputs: (id) =>
					id === 'trade-asymmetry'
						? { asymmetryYears: [...new Set(d.turnover.map((t) => t.year))] }
						: {}
			})
		);
		expect(steps.length).toBe((text.match(/^## /gm) ?? []).length);
		expect(steps.length).toBeGreaterThanOrEqual(20);
		for (const s of steps) expect(s.paragraphs.join(' ').length).toBeGreaterThan(100);
		// the sections follow the article's arc
		expect(
			parseStory('src/content/story.md', text, d, {
				...check,
				inputs: () => ({ asymmetryYears: [...new Set(d.turnover.map((t) => t.year))] })
			}).map((s) => s.id)
		).toEqual(['background', 'economy', 'military', 'politics', 'after-2020', 'watch']);
	});
});
