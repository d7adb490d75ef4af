/**
 * What a chart's own page (/chart/<id>) and its embed (/embed/<id>) need from data/, prepared at
 * build time: the title as the chart draws it, the years its parameters accept, the data version,
 * its section on its page, related charts, and the full records of every source it cites (those
 * are written into the page as static content, never shipped as data).
 */
import type { AtlasData, SourceRecord } from '$lib/data/datasets';
import type { ChartId } from '$lib/charts/types';
import {
	CHART_HOME_PAGES,
	CHART_REGISTRY,
	chartTitle,
	relatedCharts,
	type ChartHomePage
} from '$lib/charts/registry';
import type { ParamInputs } from '$lib/charts/registryParams';
import { prepareDisputes } from '$lib/charts/EnergyDisputes/prepare';
import { asymmetryYears } from '$lib/charts/TradeAsymmetry/prepare';
import { partnerYears } from '$lib/charts/TradePartners/prepare';
import { compactYears } from '$lib/charts/sources';
import { atlasData } from './data';
import { chartData, pageContent } from './islands';
import { dataVersion } from './version';
import { countryGroups, countryNames, dependentYears, dependentsDefaultYear } from './compare';
import type { ChartPageContent, ChartSource, PageName } from '$lib/islands/types';

/** The span of years a title names (only charts whose title is a function of it). */
export function titleSpan(id: ChartId, d: AtlasData = atlasData()): [number, number] | undefined {
	if (id === 'energy-disputes') return prepareDisputes(d.disputes).years;
	return undefined;
}

/** The chart's title as its frame shows it. */
export const resolvedTitle = (id: ChartId, d: AtlasData = atlasData()) =>
	chartTitle(id, titleSpan(id, d));

/** The years the chart's parameters accept, for the charts whose parameters depend on data. */
export function paramInputs(id: ChartId, d: AtlasData = atlasData()): ParamInputs {
	if (id === 'trade-asymmetry') return { asymmetryYears: asymmetryYears(d.turnover) };
	if (id === 'compare-pair' || id === 'country-partners')
		return { countryIds: countryNames().map(([c]) => c) };
	if (id === 'compare-group')
		return {
			countryIds: countryNames().map(([c]) => c),
			groupIds: countryGroups().map((g) => g.id)
		};
	if (id === 'compare-dependents')
		return {
			countryIds: countryNames().map(([c]) => c),
			listYears: dependentYears(),
			dependentsYear: dependentsDefaultYear()
		};
	if (id === 'trade-partners')
		return {
			partnerYears: partnerYears(
				d.factbook.filter((r) => r.reporter === 'Belarus'),
				'exports'
			)
		};
	return {};
}

const PAGE_NAMES: Record<ChartHomePage, PageName> = {
	'/': 'home',
	'/trade': 'trade',
	'/energy': 'energy',
	'/oil': 'oil',
	'/compare': 'compare',
	'/compare/dependents': 'compare',
	'/compare/group': 'compare',
	'/compare/partners': 'compare'
};

/** The page and narrative section a chart belongs to, as a link's address and words. */
export function chartSection(id: ChartId) {
	const m = CHART_REGISTRY[id];
	const content = pageContent(PAGE_NAMES[m.page]) as unknown as Record<string, unknown>;
	const panels = (content.panels ?? {}) as Record<string, { title: string } | undefined>;
	return {
		href: `${m.page}#${m.section}`,
		page: CHART_HOME_PAGES[m.page],
		/** The narrative panel's heading, or null when the chart has no panel beside it. */
		title: panels[m.section]?.title ?? null
	};
}

/** Every source id the chart's data cites: rows' source_id and the id lists of events and maps. */
export function citedIds(data: unknown): string[] {
	const ids = new Set<string>();
	const seen = new Set<unknown>();
	const walk = (v: unknown) => {
		if (v === null || typeof v !== 'object' || seen.has(v)) return;
		seen.add(v);
		if (Array.isArray(v)) {
			v.forEach(walk);
			return;
		}
		const o = v as Record<string, unknown>;
		for (const k of ['source_id', 'sourceIds'])
			if (Array.isArray(o[k])) for (const id of o[k] as unknown[]) ids.add(String(id));
		for (const [k, x] of Object.entries(o)) if (k !== 'sources') walk(x);
	};
	walk(data);
	return [...ids];
}

const FACTBOOK = /^CIAFB_(\d{4})$/;

/**
 * The sources a chart cites: those its source line may name (its data's source index) and the
 * Factbook editions its rows come from (which the index leaves out: the line folds them).
 */
export function chartSourceIds(data: { sources: Record<string, unknown> }): string[] {
	return [...Object.keys(data.sources), ...citedIds(data).filter((id) => FACTBOOK.test(id))];
}

/**
 * The chart's sources with their full records, in the order of sources.csv. The Factbook's
 * editions fold into one entry naming them (they share outlet, address and grade); editions of
 * different grades would stay separate.
 */
export function chartSources(ids: readonly string[], all: readonly SourceRecord[]): ChartSource[] {
	const wanted = new Set(ids);
	const out: ChartSource[] = [];
	const editions = new Map<string, { record: SourceRecord; years: number[] }>();
	for (const s of all) {
		if (!wanted.has(s.id)) continue;
		const m = FACTBOOK.exec(s.id);
		if (m) {
			const key = `${s.address}|${s.confidence}`;
			const e = editions.get(key);
			if (e) e.years.push(Number(m[1]));
			else {
				editions.set(key, { record: s, years: [Number(m[1])] });
				out.push({
					id: `CIAFB:${key}`,
					outlet: '',
					title: '',
					date: '',
					href: null,
					confidence: ''
				});
			}
			continue;
		}
		out.push({
			id: s.id,
			outlet: s.outlet,
			title: s.title ?? '',
			date: s.date,
			href: s.address,
			confidence: s.confidence
		});
	}
	return out.map((s) => {
		if (!s.id.startsWith('CIAFB:')) return s;
		const { record, years } = editions.get(s.id.slice('CIAFB:'.length))!;
		years.sort((a, b) => a - b);
		const many = years.length > 1;
		return {
			id: many ? `CIAFB_${years[0]}-${years[years.length - 1]}` : record.id,
			outlet: 'CIA World Factbook',
			title: 'The World Factbook: Belarus and Russia, trade fields',
			date: `${many ? 'editions' : 'edition'} ${compactYears(years)}`,
			href: record.address,
			confidence: record.confidence
		};
	});
}

const cache = new Map<ChartId, ChartPageContent>();

/** The static content of a chart's page (prepared once per build). */
export function chartPageContent(id: ChartId): ChartPageContent {
	let c = cache.get(id);
	if (!c) {
		c = { sources: chartSources(chartSourceIds(chartData(id)), atlasData().sources) };
		cache.set(id, c);
	}
	return c;
}

/** What the chart page's server load sends to the browser: a few short strings and numbers. */
export function chartPageData(id: ChartId) {
	const d = atlasData();
	const v = dataVersion();
	return {
		id,
		title: resolvedTitle(id, d),
		description: CHART_REGISTRY[id].description,
		section: chartSection(id),
		related: relatedCharts(id).map((r) => ({ id: r, title: resolvedTitle(r, d) })),
		datasets: [...CHART_REGISTRY[id].datasets, 'sources'],
		version: { hash: v.hash, date: v.date },
		params: paramInputs(id, d),
		embedHeight: CHART_REGISTRY[id].embedHeight
	};
}
