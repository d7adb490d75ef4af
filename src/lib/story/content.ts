/**
 * The story (/story) is written in src/content/story.md as plain prose, in this shape:
 *
 *   # Background {#background}          a section: its title and anchor
 *   A paragraph introducing the section (optional).
 *
 *   ## One union, two states             a step: its title
 *   chart: relations-timeline?relations.focus=integration
 *   event: 2004_gas                      optional: the event the chart highlights
 *   claims: russia-share-of-belarus-trade-2009, belarus-share-of-russia-trade-2009
 *   A paragraph of the step, with {{tokens}} as on every page (see narrative/content.ts).
 *
 * A step's chart line is a chart id and a query in that chart's own URL parameters: the same
 * address its chart page takes (/chart/<id>?<query>). Every parameter must be one the chart
 * declares, with a value it accepts (not silently replaced by its default); an event must exist in the event layer; a claim must be in
 * claims.csv. Anything else fails the build, with the file and step named.
 */
import type { AtlasData } from '$lib/data/datasets';
import { CHART_IDS, type ChartId } from '$lib/charts/types';
import { CHART_PARAMS, type ParamInputs } from '$lib/charts/registryParams';
import { readCharts, writeCharts } from '$lib/kit/params';
import { ContentError, resolveParagraph } from '$lib/narrative/content';

export interface StoryStep {
	/** 1-based position in the whole story: the step's address is /story#step-<n>. */
	n: number;
	title: string;
	chart: ChartId;
	/** The chart's parameters in its URL form, canonical ("relations.focus=military"). */
	query: string;
	/** The chart's state as its view takes it (the parameters read from `query`). */
	params: Record<string, unknown>;
	/** An event of the shared event layer to highlight, or null. */
	event: string | null;
	/** Ids of claims.csv rows shown with their verdicts. */
	claims: string[];
	paragraphs: string[];
	/** Source ids behind the figures quoted in the step. */
	sourceIds: string[];
}

export interface StorySection {
	id: string;
	title: string;
	intro: string[];
	steps: StoryStep[];
}

export interface StoryCheck {
	/** The ids the event layer knows. */
	eventIds: ReadonlySet<string>;
	/** The charts that draw the event layer (an event highlighted elsewhere would do nothing). */
	eventCharts: ReadonlySet<ChartId>;
	/** The years some charts' parameters accept. */
	inputs: (id: ChartId) => ParamInputs;
}

const isChartId = (s: string): s is ChartId => (CHART_IDS as readonly string[]).includes(s);

/**
 * A step's chart line → its chart and parameters. The query is read with the chart's own
 * parameter specs, then written back: a name the chart does not declare, or a value it does not
 * accept, would not survive that round trip, and fails here instead of silently showing a default.
 */
export function stepChart(
	line: string,
	inputs: ParamInputs
): { chart: ChartId; query: string; params: Record<string, unknown> } {
	const [id = '', query = ''] = line.trim().split('?', 2);
	if (!isChartId(id)) throw new ContentError(`unknown chart "${id}"`);
	const spec = CHART_PARAMS[id](inputs);
	const asked = new URLSearchParams(query);
	for (const [name, value] of asked) {
		const spec1 = name.startsWith(`${spec.key}.`)
			? spec.specs[name.slice(spec.key.length + 1)]
			: undefined;
		if (!spec1) throw new ContentError(`chart ${id} has no parameter "${name}"`);
		// a value the chart does not accept would silently show its default: refuse it here
		if (spec1.parse(value) === undefined)
			throw new ContentError(`chart ${id} does not accept ${name}=${value}`);
	}
	const flat = readCharts([spec], {}, asked);
	const written = writeCharts([spec], {}, flat, new URLSearchParams());
	const params: Record<string, unknown> = {};
	for (const name of Object.keys(spec.specs)) params[name] = flat[`${spec.key}.${name}`];
	return { chart: id, query: written.toString(), params };
}

export function parseStory(
	file: string,
	text: string,
	d: AtlasData,
	check: StoryCheck
): StorySection[] {
	const sections: StorySection[] = [];
	let section: StorySection | null = null;
	let step: { step: StoryStep; ids: Set<string> } | null = null;
	let n = 0;
	const fail = (msg: string): never => {
		throw new ContentError(
			`${file}: ${step ? `step ${step.step.n} (${step.step.title}): ` : ''}${msg}`
		);
	};
	for (const raw of text.replace(/\r\n/g, '\n').split(/\n\s*\n/)) {
		const block = raw.trim();
		if (!block) continue;
		const sec = /^# (.+?) \{#([a-z0-9-]+)\}$/.exec(block);
		if (sec) {
			if (sections.some((s) => s.id === sec[2])) fail(`two sections are called #${sec[2]}`);
			section = { id: sec[2] as string, title: sec[1] as string, intro: [], steps: [] };
			sections.push(section);
			step = null;
			continue;
		}
		if (!section) fail('text before the first "# Section {#id}" heading');
		const cur = section as StorySection;
		const head = /^## (.+)$/m.exec(block.split('\n')[0] ?? '');
		if (head) {
			const lines = block.split('\n').slice(1);
			const meta: Record<string, string> = {};
			while (lines.length > 0 && /^(chart|event|claims):/.test(lines[0] as string)) {
				const l = lines.shift() as string;
				const at = l.indexOf(':');
				meta[l.slice(0, at)] = l.slice(at + 1).trim();
			}
			n += 1;
			step = {
				step: {
					n,
					title: (head[1] as string).trim(),
					chart: 'relations-timeline',
					query: '',
					params: {},
					event: null,
					claims: [],
					paragraphs: [],
					sourceIds: []
				},
				ids: new Set()
			};
			if (!meta.chart) fail('no "chart:" line');
			try {
				const c = stepChart(
					meta.chart as string,
					check.inputs(meta.chart?.split('?')[0] as ChartId)
				);
				Object.assign(step.step, c);
			} catch (e) {
				fail((e as Error).message);
			}
			if (meta.event) {
				if (!check.eventIds.has(meta.event)) fail(`no event "${meta.event}" in the event layer`);
				if (!check.eventCharts.has(step.step.chart))
					fail(`chart ${step.step.chart} does not draw the event layer`);
				step.step.event = meta.event;
			}
			if (meta.claims) {
				step.step.claims = meta.claims.split(/\s*,\s*/).filter(Boolean);
				for (const c of step.step.claims)
					if (!d.claims.some((r) => r.id === c)) fail(`no claim "${c}" in claims.csv`);
			}
			cur.steps.push(step.step);
			const rest = lines.join('\n').trim();
			if (rest) step.step.paragraphs.push(resolveParagraph(file, rest, d, step.ids));
			step.step.sourceIds = [...step.ids];
			continue;
		}
		if (step) {
			step.step.paragraphs.push(resolveParagraph(file, block, d, step.ids));
			step.step.sourceIds = [...step.ids];
		} else cur.intro.push(resolveParagraph(file, block, d, new Set()));
	}
	for (const s of sections)
		if (s.steps.length === 0) throw new ContentError(`${file}: section #${s.id} has no steps`);
	return sections;
}

/** Every step of the story, in order. */
export const storySteps = (sections: readonly StorySection[]): StoryStep[] =>
	sections.flatMap((s) => s.steps);
