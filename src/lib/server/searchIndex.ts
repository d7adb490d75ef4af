/**
 * The site search's index (/search-index.json), built from data/ and src/content at build time:
 * charts, datasets, narrative sections, events (disputes and the relations timeline), sources and
 * every country of the world data. Each entry is [kind, title, address, further words]; the further
 * words are the entry's text as a set of distinct lower-case words, so the file stays small. A
 * country's address is its id (the browser makes its lines: src/lib/search/match.ts), its further
 * words its other English names (data/curated/country_names.csv). The browser loads it only when the
 * reader uses the search box.
 */
import type { AtlasData } from '$lib/data/datasets';
import { DATASETS } from '$lib/data/datasets';
import { CHART_IDS, type ChartId } from '$lib/charts/types';
import { disputeLabel } from '$lib/charts/events/events';
import { parseContent } from '$lib/narrative/content';
import { fold, type Entry } from '$lib/search/match';
import { countryIndex } from '$lib/data/world';
import { compareIndex, dependentsDefaultYear } from './compare';
import { altNames } from './countryNames';
import overviewMd from '../../content/overview.md?raw';
import tradeMd from '../../content/trade.md?raw';
import energyMd from '../../content/energy.md?raw';
import oilMd from '../../content/oil.md?raw';

/**
 * Chart titles as the charts show them (a test checks each appears on the page that shows the
 * chart), with words from their subtitles and what they draw. There is no chart registry yet.
 */
export const CHART_ENTRIES: Record<ChartId, { title: string; words: string }> = {
	'trade-asymmetry': {
		title: 'An unequal dependence: Russia in Belarus’s trade, Belarus in Russia’s',
		words: 'asymmetry share turnover claims'
	},
	'trade-share-timeline': {
		title: "Russia's share of Belarus's trade, by year",
		words: 'exports imports turnover timeline'
	},
	'trade-partners': {
		title: 'Belarus’s main trading partners',
		words: 'partners exports imports share countries'
	},
	'trade-values': {
		title: 'Belarus–Russia trade in dollars, as each side counts it',
		words: 'values usd bilateral reported'
	},
	'energy-disputes': {
		title: 'Every dispute',
		words: 'energy disputes gas oil timeline'
	},
	'gas-price': {
		title: 'The price of Russian gas for Belarus',
		words: 'gas price usd 1000 contract paid'
	},
	'oil-sources-2020': {
		title: 'Where Belarus’s crude came from in 2020',
		words: 'oil crude imports origin volumes norway azerbaijan saudi united states'
	},
	'oil-cargo-timeline': {
		title: 'The alternative cargoes, one by one',
		words: 'oil crude cargoes tankers 2020 timeline'
	},
	'oil-routes-map': {
		title: 'Around Russia: the 2020 routes',
		words: 'oil map routes ports refineries klaipeda odesa gdansk'
	},
	'relations-timeline': {
		title: 'Three decades of Belarus–Russia relations',
		words: 'timeline events integration treaties'
	},
	'compare-pair': {
		title: 'Belarus and Russia: each in the other’s trade',
		words: 'compare any two countries pair dependence partners world factbook asymmetry'
	},
	'compare-group': {
		title: 'Russia in each one’s trade: Former Soviet states',
		words: 'compare group former soviet states baltic eurasian economic union small multiples'
	},
	'country-partners': {
		title: 'Belarus’s main export partners, year by year',
		words: 'partners over time top partners exports imports list threshold world factbook'
	},
	'compare-dependents': {
		title: 'Who depends on Russia?',
		words: 'dependents depends world map ranking partner exports imports share every country'
	}
};

/** Where each content file's sections are shown, and the anchor of each (home: its headings). */
const CONTENT = [
	{
		file: 'overview.md',
		text: overviewMd,
		page: '/',
		anchor: { headline: 'headline', about: 'about-h' }
	},
	{ file: 'trade.md', text: tradeMd, page: '/trade' },
	{ file: 'energy.md', text: energyMd, page: '/energy' },
	{ file: 'oil.md', text: oilMd, page: '/oil' }
] as const;

const STOP = new Set(
	'the and for with from that this its was were are has have had but not into over than then also which who whom when what where while their they them there these those been being about after before between each every more most other some such only same very can could would should will one two'.split(
		' '
	)
);

/** The distinct words of a text not already in its title, lower case, in order of first use. */
export function wordsOf(text: string, title = ''): string {
	const inTitle = new Set(fold(title).split(/[^\p{L}\p{N}]+/u));
	const out = new Set<string>();
	for (const w of fold(text).split(/[^\p{L}\p{N}]+/u))
		if (w.length >= 3 && !STOP.has(w) && !inTitle.has(w) && !/^\d+$/.test(w)) out.add(w);
		else if (/^(19|20)\d\d$/.test(w) && !inTitle.has(w)) out.add(w);
	return [...out].join(' ');
}

export function buildSearchIndex(d: AtlasData): Entry[] {
	const out: Entry[] = [];
	for (const id of CHART_IDS) {
		const c = CHART_ENTRIES[id];
		out.push(['chart', c.title, `/chart/${id}`, wordsOf(`${c.words} ${id}`, c.title)]);
	}
	for (const s of DATASETS)
		out.push([
			'dataset',
			s.title,
			`/data/${s.name}`,
			wordsOf(`${s.name} ${s.name.replace(/_/g, ' ')} ${s.description} data csv`, s.title)
		]);
	for (const c of CONTENT) {
		const anchors: Record<string, string> = 'anchor' in c ? c.anchor : {};
		for (const p of parseContent(`src/content/${c.file}`, c.text, d))
			out.push([
				'section',
				p.title,
				`${c.page}#${anchors[p.id] ?? p.id}`,
				wordsOf(p.paragraphs.join(' '), p.title)
			]);
	}
	// disputes: one entry per dispute (its phases together), on the energy page's dispute chart
	const disputes = new Map<string, string[]>();
	for (const r of d.disputes)
		disputes.set(r.dispute_id, [
			...(disputes.get(r.dispute_id) ?? []),
			r.event,
			r.commodity,
			r.kind,
			r.key_figures ?? ''
		]);
	for (const [id, texts] of disputes) {
		const title = disputeLabel(id);
		out.push(['event', title, '/energy', wordsOf(texts.join(' '), title)]);
	}
	// the relations timeline, on the overview page
	for (const r of d.timeline) {
		const title = `${r.date.iso}: ${r.event}`;
		out.push(['event', title, '/', wordsOf(`${r.category} ${r.kind}`, title)]);
	}
	// every country and territory: those with lists lead to their compare views, the rest say so
	const alt = altNames(['en']);
	const depYear = dependentsDefaultYear();
	for (const c of countryIndex(compareIndex())) {
		const words = wordsOf((alt[c.id] ?? []).join(' '), c.name);
		if (!c.years) out.push(['country', c.name, '', words]);
		else if (c.years[1] >= depYear) out.push(['country', c.name, c.id, words, 1]);
		else out.push(['country', c.name, c.id, words]);
	}
	for (const s of d.sources) {
		const title = s.title ? `${s.outlet}: ${s.title}` : s.outlet;
		out.push([
			'source',
			title,
			`/about/sources#source-${s.id}`,
			`${s.id.toLowerCase()} ${wordsOf(`${s.id} ${s.kind}`, title)}`.trim()
		]);
	}
	return out;
}
