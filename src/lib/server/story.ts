/**
 * The story (/story), prepared at build time: its sections and steps from src/content/story.md,
 * each step's chart rendered on the server in the step's state, which gives
 *
 * - the chart's own text description, for the step's figure as its text alternative;
 * - the step's figure as standalone SVG with its styles inline (light theme), one drawing per
 *   layout: /story/figures/step-<n>.svg (wide) and step-<n>-narrow.svg (a phone's column). The
 *   page shows them with JavaScript off and in print; with JavaScript the live chart takes over.
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import type { AtlasData } from '$lib/data/datasets';
import { buildEvents } from '$lib/charts/events/events';
import { citedSources, sourceRefs } from '$lib/charts/sources';
import { checkClaim } from '$lib/data/claims';
import { verdictLabel } from '$lib/charts/TradeAsymmetry/prepare';
import { pct, pctAsRecorded } from '$lib/charts/format';
import { chartPath } from '$lib/charts/registry';
import { parseStory, storySteps, type StorySection, type StoryStep } from '$lib/story/content';
import type { StoryClaim, StoryPage, StoryReference, StoryStepView } from '$lib/story/types';
import StepChart from '$lib/story/StepChart.svelte';
import { StyleSheet } from '$lib/og/css';
import { styledSvg } from '$lib/og/extract';
import { descendants, find, hasClass, isEl, parseHtml, textOf, type El } from '$lib/og/html';
import { textWidth, wrapText } from '$lib/kit/text';
import { paramInputs } from './chartPage';
import { chartData, chartDataOf } from './islands';
import { CHART_IDS } from '$lib/charts/types';
import { serverView } from './views';
import { atlasData } from './data';
import storyMd from '../../content/story.md?raw';
import appCss from '../../app.css?raw';

export const STORY_FILE = 'src/content/story.md';

/** The story's sections, parsed and checked against the data (once per build). */
let parsed: StorySection[] | null = null;
export function storySections(d: AtlasData = atlasData()): StorySection[] {
	if (d !== atlasData()) return parseWith(d);
	parsed ??= parseWith(d);
	return parsed;
}
function parseWith(d: AtlasData): StorySection[] {
	const eventIds = new Set(buildEvents(d.disputes, d.timeline).map((e) => e.id));
	return parseStory(STORY_FILE, storyMd, d, {
		eventIds,
		eventCharts: new Set(CHART_IDS.filter((id) => 'events' in chartDataOf(id, d))),
		inputs: (id) => paramInputs(id, d)
	});
}

interface Rendered {
	doc: El;
	css: string;
}
const rendered = new Map<number, Rendered>();

/** A step's chart rendered on the server, as the step shows it. */
function renderStep(step: StoryStep): Rendered {
	let r = rendered.get(step.n);
	if (!r) {
		const out = render(StepChart as unknown as Component<Record<string, unknown>>, {
			props: {
				View: serverView(step.chart),
				data: chartData(step.chart),
				params: step.params,
				event: step.event
			},
			idPrefix: `step${step.n}-`
		});
		const css = [...out.head.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
			.map((m) => m[1])
			.join('\n');
		// a whole document, so the page's :root and html rules (theme colours, font) apply
		r = { doc: parseHtml(`<html lang="en"><body>${out.body}</body></html>`), css };
		rendered.set(step.n, r);
	}
	return r;
}

/** The chart's own description of the view a step shows (its text alternative). */
export function stepDescription(step: StoryStep): string {
	const { doc } = renderStep(step);
	const p = find(doc, (e) => e.attrs.id === `${step.chart}-desc`);
	if (!p) throw new Error(`story step ${step.n}: chart ${step.chart} rendered no description`);
	return textOf(p).trim();
}

/** The chart's title and source line, as its frame shows them. */
function stepFrameText(step: StoryStep): { chartTitle: string; chartSources: string } {
	const { doc } = renderStep(step);
	const h = find(doc, (e) => e.attrs.id === `${step.chart}-title`);
	const line = find(doc, (e) => hasClass(e, 'source-line'));
	if (!h) throw new Error(`story step ${step.n}: chart ${step.chart} rendered no title`);
	// a frame names its first few sources and counts the rest ("…; and 30 more sources")
	const text = line ? textOf(line) : '';
	const more = /;\s*and (\d+) more sources\s*$/.exec(text);
	const folded = Number(more?.[1] ?? 0);
	return {
		chartTitle: textOf(h).trim(),
		chartSources: line ? shortSourceLine(more ? text.slice(0, more.index) : text, folded) : ''
	};
}

/**
 * A frame's source line for a caption: each outlet once, and past six of them a count of the rest
 * (the chart's own page lists them all).
 */
export function shortSourceLine(text: string, folded = 0): string {
	const body = text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^Sources?:\s*/, '');
	const labels = [...new Set(body.split(/;\s+(?![^()]*\))/).map((l) => l.trim()))].filter(Boolean);
	const shown = labels.slice(0, 6).join('; ');
	const rest = labels.length - Math.min(labels.length, 6) + folded;
	return `Source${labels.length + folded > 1 ? 's' : ''}: ${shown}${rest > 0 ? `; and ${rest} more, listed on the chart’s page` : ''}.`;
}

export type FigureLayout = 'wide' | 'narrow';

/** The screen and column each layout is drawn for (the container queries choose the drawing). */
const SCREENS: Record<FigureLayout, { viewport: number; container: number }> = {
	wide: { viewport: 1280, container: 640 },
	narrow: { viewport: 390, container: 358 }
};

function drawing(step: StoryStep, layout: FigureLayout): El {
	const box = find(renderStep(step).doc, (e) => e.attrs['data-layout'] === layout);
	const svg = box && find(box, (e) => e.tag.toLowerCase() === 'svg');
	if (!svg) throw new Error(`story step ${step.n}: chart ${step.chart} drew no ${layout} layout`);
	return svg;
}

/**
 * On the page a drawing may reach a few pixels past its box (overflow: visible: a label's start, a
 * marker's ring); an image is cut at its box, so the figure's box is widened by this margin.
 */
const PAD = 12;

/** A step's drawing as standalone SVG, styles inline, for `<img>`. */
export function stepFigureSvg(step: StoryStep, layout: FigureLayout): string {
	// an <img> cannot load the site's font: the fallbacks named first are the ones whose letters are
	// no wider than Inter's, for which the labels were measured (a wider system font would cut them)
	const sheet = new StyleSheet(SCREENS[layout])
		.add(appCss)
		.add(renderStep(step).css)
		.add(`:root{--font-sans:${FIGURE_FONTS}}`);
	const { svg } = figure(step, layout);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${styledSvg(sheet, svg)}\n`;
}

/** Fonts of a static figure: Inter where installed, else faces no wider than it. */
export const FIGURE_FONTS = "'Inter', Arial, 'Liberation Sans', Helvetica, sans-serif";

/** The figure's size in px, margin included, for the image's width and height (kept before it loads). */
function figureSize(step: StoryStep, layout: FigureLayout) {
	const { width, height } = figure(step, layout);
	return { width, height };
}

const KEY_SIZE = 12;
const KEY_LINE = 16;

/**
 * The chart's key, as its frame shows it beside the drawing (each entry a swatch and its words),
 * laid out in rows above the drawing, so a figure seen alone (without JavaScript, in print) still
 * says what every symbol means.
 */
export function figureKey(step: StoryStep, width: number): { nodes: El[]; height: number } {
	const { doc } = renderStep(step);
	const frame = find(doc, (e) => e.attrs['data-chart-id'] === step.chart);
	const keys = frame ? [...descendants(frame)].filter((e) => hasClass(e, 'chart-key')) : [];
	const entries = keys.flatMap((k) =>
		k.children
			.filter((c): c is El => isEl(c) && c.tag.toLowerCase() === 'li')
			.map((li) => ({
				swatch: find(li, (e) => e.tag.toLowerCase() === 'svg') ?? null,
				text: textOf(li)
			}))
			.filter((e) => e.text !== '')
	);
	const nodes: El[] = [];
	let x = 0;
	let y = 0;
	let rowH = 0;
	for (const { swatch, text } of entries) {
		const sw = swatch ? Number(swatch.attrs.width ?? 16) : 0;
		const sh = swatch ? Number(swatch.attrs.height ?? 12) : 0;
		const room = width - sw - 5;
		const lines = wrapText(text, room, KEY_SIZE);
		const w = sw + 5 + Math.max(...lines.map((l) => textWidth(l, KEY_SIZE)));
		if (x > 0 && x + w > width) {
			x = 0;
			y += rowH + 4;
			rowH = 0;
		}
		if (swatch)
			nodes.push({
				...swatch,
				attrs: { ...swatch.attrs, x: String(x), y: String(y + (KEY_LINE - sh) / 2) }
			});
		lines.forEach((line, i) =>
			nodes.push({
				tag: 'text',
				attrs: {
					x: String(x + sw + 5),
					y: String(y + i * KEY_LINE + KEY_LINE / 2),
					dy: '0.35em',
					'font-size': String(KEY_SIZE),
					fill: 'var(--text)',
					class: 'fig-key-text'
				},
				children: [line],
				parent: frame ?? null
			})
		);
		rowH = Math.max(rowH, lines.length * KEY_LINE);
		x += w + 14;
	}
	return { nodes, height: entries.length ? y + rowH + 10 : 0 };
}

/** A step's figure: its key above its drawing, with the margin, as one SVG element. */
function figure(step: StoryStep, layout: FigureLayout): { svg: El; width: number; height: number } {
	const svg = drawing(step, layout);
	const [, , w0, h0] = (svg.attrs.viewBox ?? '').split(/\s+/).map(Number);
	const w = w0 || Number(svg.attrs.width);
	const h = h0 || Number(svg.attrs.height);
	const key = figureKey(step, w);
	const width = w + 2 * PAD;
	const height = h + key.height + 2 * PAD;
	const root: El = {
		...svg,
		attrs: {
			...svg.attrs,
			viewBox: `${-PAD} ${-PAD} ${width} ${height}`,
			width: String(width),
			height: String(height)
		},
		children: []
	};
	const keyG: El = { tag: 'g', attrs: { class: 'fig-key' }, children: key.nodes, parent: root };
	const body: El = {
		tag: 'g',
		attrs: { transform: `translate(0,${key.height})` },
		children: svg.children,
		parent: root
	};
	root.children = key.height ? [keyG, body] : svg.children;
	return { svg: root, width, height };
}

/** A figure's file name: step-3.svg, step-3-narrow.svg. */
export const figureFile = (n: number, layout: FigureLayout) =>
	`step-${n}${layout === 'narrow' ? '-narrow' : ''}.svg`;

function claimsOf(step: StoryStep, d: AtlasData): StoryClaim[] {
	return step.claims.map((id) => {
		const c = d.claims.find((x) => x.id === id);
		if (!c) throw new Error(`story step ${step.n}: no claim ${id}`);
		const v = checkClaim(c, d.turnover, d.factbook);
		return {
			id,
			claim: c.claim,
			said: `${c.qualifier ? `${c.qualifier} ` : ''}${pctAsRecorded(c.value_pct)}`,
			status: v.status,
			verdict: verdictLabel(v),
			derived: v.status === 'no data' ? null : pct(v.derived, 1),
			computation: v.status === 'no data' ? v.reason : v.computation,
			bound:
				v.status !== 'no data' && v.bound
					? v.bound.contradicted.length > 0
						? `${v.bound.reporter}’s own partner lists leave ${v.bound.partner} out, but ${v.bound.partner}’s own report puts it above their smallest share: silent, not low`
						: `${v.bound.reporter}’s own partner lists put it below ${pct(v.bound.maxPct, 1)}`
					: null,
			href: chartPath('trade-asymmetry', `?asym.year=${c.year}`)
		};
	});
}

/**
 * The source article (ARTICLE_CLAIM) first, then the references it lists (kind "article
 * reference"), each saying whether the atlas read it: an unread one is listed because the article
 * cites it, never cited for anything.
 */
function references(d: AtlasData): StoryReference[] {
	const rows = d.sources.filter((s) => s.id === 'ARTICLE_CLAIM' || s.kind === 'article reference');
	return rows.map((s) => ({
		id: s.id,
		outlet: s.outlet,
		title: s.title ?? '',
		date: s.date,
		address: s.address ?? '',
		read:
			s.id === 'ARTICLE_CLAIM'
				? 'The article itself; where it is the only source, a step says “the article says”.'
				: s.confidence === 'article only'
					? 'Not read by the atlas: listed because the article cites it.'
					: 'Read by the atlas; cited where a step relies on it.'
	}));
}

/** Everything /story shows, prepared on the server. */
export function storyPage(d: AtlasData): StoryPage {
	const sections = storySections(d);
	const steps = storySteps(sections);
	const view = (s: StoryStep): StoryStepView => ({
		n: s.n,
		title: s.title,
		chart: s.chart,
		query: s.query,
		params: s.params,
		event: s.event,
		chartHref: chartPath(s.chart, s.query ? `?${s.query}` : ''),
		paragraphs: s.paragraphs,
		sources: sourceRefs(s.sourceIds, citedSources(d.sources, [], [s.sourceIds])).map(
			(r) => r.label
		),
		claims: claimsOf(s, d),
		description: stepDescription(s),
		figure: {
			wide: { src: `/story/figures/${figureFile(s.n, 'wide')}`, ...figureSize(s, 'wide') },
			narrow: { src: `/story/figures/${figureFile(s.n, 'narrow')}`, ...figureSize(s, 'narrow') }
		},
		...stepFrameText(s)
	});
	return {
		sections: sections.map((sec) => ({
			id: sec.id,
			title: sec.title,
			intro: sec.intro,
			steps: sec.steps.map(view)
		})),
		references: references(d),
		stepCount: steps.length,
		sources: citedSources(
			d.sources,
			[],
			steps.map((s) => s.sourceIds)
		)
	};
}
