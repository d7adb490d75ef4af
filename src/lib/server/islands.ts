/**
 * The server's side of the islands (src/lib/islands): what each chart draws and each page's static
 * content, prepared from data/ once per build. Charts' data is also served as
 * `/chart-data/<id>.json`, which the browser fetches when a chart comes to life.
 */
import type { AtlasData } from '$lib/data/datasets';
import type { ChartId } from '$lib/charts/types';
import type { ChartDataMap, PageContent, PageName } from '$lib/islands/types';
import { atlasData } from './data';
import { buildEvents } from '$lib/charts/events/events';
import { citedSources } from '$lib/charts/sources';
import { asymmetryYears } from '$lib/charts/TradeAsymmetry/prepare';
import { claimGrades } from '$lib/charts/TradeAsymmetry/model';
import { partnerYears } from '$lib/charts/TradePartners/prepare';
import { buildRoutesMap } from '$lib/charts/OilRoutesMap/geo';
import { concentration, nonRussianShares, socarComparison } from '$lib/data/oil';
import { panelsById, parseContent } from '$lib/narrative/content';
import { keyFigures } from '../../routes/_home/keyFigures';
import { aboutPage, sourceRows } from '$lib/about/model';
import { dataVersion } from './version';
import {
	countryGroups,
	countryNameMap,
	defaultYearFile,
	dependentCountries,
	pairFile
} from './compare';
import { DEFAULT_GROUP } from '$lib/charts/CompareGroup/params';
import { DEFAULT_COUNTRY } from '$lib/charts/CountryPartners/params';
import { SHAPES_PATH, worldMap } from '$lib/charts/CompareDependents/geo';
import { DEFAULT_PAIR } from '$lib/charts/ComparePair/params';
import { storyPage } from './story';
import { SITE_URL } from '$lib/site';
import overviewMd from '../../content/overview.md?raw';
import tradeMd from '../../content/trade.md?raw';
import energyMd from '../../content/energy.md?raw';
import oilMd from '../../content/oil.md?raw';
import compareMd from '../../content/compare.md?raw';

/**
 * The Factbook rows the trade charts draw: all of Belarus's, and Russia's in the years the
 * asymmetry chart offers (where Belarus's place in Russia's lists, or its absence and the bound
 * that follows, is shown).
 */
function tradeFactbook(d: AtlasData) {
	const years = new Set(asymmetryYears(d.turnover));
	return d.factbook.filter(
		(r) => r.reporter === 'Belarus' || (r.reporter === 'Russia' && years.has(r.year))
	);
}

type Builders = { [K in ChartId]: (d: AtlasData) => ChartDataMap[K] };

const CHART_DATA: Builders = {
	'trade-asymmetry': (d) => {
		const factbook = tradeFactbook(d);
		return {
			input: { factbook, turnover: d.turnover, claims: d.claims },
			years: asymmetryYears(d.turnover),
			grades: claimGrades(d.sources, d.claims),
			sources: citedSources(d.sources, [factbook, d.turnover, d.claims])
		};
	},
	'trade-share-timeline': (d) => {
		const factbook = tradeFactbook(d);
		const events = buildEvents(d.disputes, d.timeline);
		return {
			input: { factbook, turnover: d.turnover, statements: d.shares },
			events,
			sources: citedSources(
				d.sources,
				[factbook, d.turnover, d.shares],
				events.map((e) => e.sourceIds)
			)
		};
	},
	'trade-partners': (d) => {
		const factbook = d.factbook.filter((r) => r.reporter === 'Belarus');
		return {
			factbook,
			years: {
				exports: partnerYears(factbook, 'exports'),
				imports: partnerYears(factbook, 'imports')
			},
			sources: citedSources(d.sources, [factbook])
		};
	},
	'trade-values': (d) => {
		const factbook = tradeFactbook(d);
		const events = buildEvents(d.disputes, d.timeline);
		return {
			values: d.values,
			factbook,
			events,
			sources: citedSources(
				d.sources,
				[d.values, factbook],
				events.map((e) => e.sourceIds)
			)
		};
	},
	'energy-disputes': (d) => ({ rows: d.disputes, sources: citedSources(d.sources, [d.disputes]) }),
	'gas-price': (d) => {
		const events = buildEvents(d.disputes, d.timeline);
		return {
			rows: d.gasPrices,
			events,
			sources: citedSources(
				d.sources,
				[d.gasPrices],
				events.map((e) => e.sourceIds)
			)
		};
	},
	'oil-sources-2020': (d) => ({ rows: d.oil, sources: citedSources(d.sources, [d.oil]) }),
	'oil-cargo-timeline': (d) => ({ rows: d.oil, sources: citedSources(d.sources, [d.oil]) }),
	'oil-routes-map': (d) => {
		const map = buildRoutesMap(d.places, d.oil);
		return { map, sources: citedSources(d.sources, [d.oil], [map.sourceIds]) };
	},
	'relations-timeline': (d) => ({
		rows: d.timeline,
		sources: citedSources(d.sources, [d.timeline])
	}),
	'compare-pair': (d) => {
		// the shared event layer, drawn when the pair is Belarus and Russia
		const events = buildEvents(d.disputes, d.timeline);
		// officials' stated shares of Belarus's exports and imports: the only figures for the years
		// the lists cannot speak of (drawn when the pair is Belarus and Russia)
		const stated = d.shares
			.filter(
				(s) =>
					s.kind === 'official' &&
					(s.flow === 'exports' || s.flow === 'imports') &&
					((s.reporter === 'Belarus' && s.partner === 'Russia') ||
						(s.reporter === 'Russia' && s.partner === 'Belarus'))
			)
			.map((s) => ({
				year: s.year,
				period: s.period,
				reporter: s.reporter,
				partner: s.partner,
				flow: s.flow as 'exports' | 'imports',
				value_pct: s.value_pct,
				qualifier: s.qualifier,
				basis: s.basis,
				source_id: [...s.source_id],
				confidence: s.confidence
			}));
		return {
			a: pairFile(DEFAULT_PAIR.a),
			b: pairFile(DEFAULT_PAIR.b),
			events,
			stated,
			sources: factbookSources(d, [
				...events.flatMap((e) => e.sourceIds),
				...stated.flatMap((s) => s.source_id)
			])
		};
	},
	'compare-group': (d) => {
		const groups = countryGroups();
		const group = groups.find((g) => g.id === DEFAULT_GROUP.set);
		if (!group) throw new Error(`compare-group: no group ${DEFAULT_GROUP.set} in country_groups`);
		return {
			groups,
			partner: pairFile(DEFAULT_GROUP.partner).country,
			files: group.members.filter((m) => m.id !== DEFAULT_GROUP.partner).map((m) => pairFile(m.id)),
			sources: factbookSources(
				d,
				groups.flatMap((g) => g.sourceIds)
			)
		};
	},
	'country-partners': (d) => ({
		file: pairFile(DEFAULT_COUNTRY),
		names: countryNameMap(),
		sources: factbookSources(d)
	}),
	'compare-dependents': (d) => {
		const m = worldMap();
		return {
			file: defaultYearFile(),
			countries: dependentCountries(),
			map: {
				width: m.width,
				height: m.height,
				href: SHAPES_PATH,
				shapes: m.shapes.map((s): [string, number, number] => [s.iso, s.cx, s.cy])
			},
			// every Factbook edition: another year the page loads may cite any of them
			sources: factbookSources(d)
		};
	}
};

/**
 * Every Factbook edition (another country the page loads may cite any of them), the statements
 * behind the reporting blackouts the views name, and `more`.
 */
function factbookSources(d: AtlasData, more: readonly string[] = []) {
	return citedSources(
		d.sources,
		[],
		[
			[
				...d.sources.filter((s) => /^CIAFB_\d{4}$/.test(s.id)).map((s) => s.id),
				...d.blackouts.flatMap((b) => b.source_id),
				...more
			]
		]
	);
}

type PageBuilders = { [K in PageName]: (d: AtlasData) => PageContent[K] };

const PAGES: PageBuilders = {
	home: (d) => {
		const panels = parseContent('src/content/overview.md', overviewMd, d);
		const figures = keyFigures(d);
		return {
			...panelsById(panels, ['headline', 'about'], 'overview.md'),
			figures,
			sources: citedSources(
				d.sources,
				[],
				[...figures.map((f) => f.sourceIds), ...panels.map((p) => p.sourceIds)]
			)
		};
	},
	trade: (d) => {
		const panels = parseContent('src/content/trade.md', tradeMd, d);
		return {
			panels: panelsById(panels, ['asymmetry', 'shares', 'partners', 'values'], 'trade.md'),
			sources: citedSources(
				d.sources,
				[],
				panels.map((p) => p.sourceIds)
			)
		};
	},
	energy: (d) => {
		const panels = parseContent('src/content/energy.md', energyMd, d);
		return {
			panels: panelsById(panels, ['gas', 'beltransgaz', 'unpaid', 'oil'], 'energy.md'),
			sources: citedSources(
				d.sources,
				[],
				panels.map((p) => p.sourceIds)
			)
		};
	},
	about: (d) => aboutPage(d, dataVersion(), SITE_URL),
	story: (d) => storyPage(d),
	compare: (d) => {
		const panels = parseContent('src/content/compare.md', compareMd, d);
		return {
			panels: panelsById(
				panels,
				['pair', 'dependents', 'group', 'partners', 'method'],
				'compare.md'
			),
			sources: citedSources(
				d.sources,
				[],
				panels.map((p) => p.sourceIds)
			)
		};
	},
	sources: (d) => ({ sources: sourceRows(d.sources), count: d.sources.length }),
	oil: (d) => {
		const panels = parseContent('src/content/oil.md', oilMd, d);
		const conc = concentration(d.oil);
		const shares = nonRussianShares(d.oil);
		const socar = socarComparison(d.oil);
		return {
			panels: panelsById(panels, ['why', 'alternatives', 'ending'], 'oil.md'),
			concentration: conc,
			shares,
			socar,
			sources: citedSources(
				d.sources,
				[],
				[
					conc.sourceIds,
					socar.sourceIds,
					...shares.map((s) => s.sourceIds),
					...panels.map((p) => p.sourceIds)
				]
			)
		};
	}
};

const chartCache = new Map<ChartId, unknown>();
const pageCache = new Map<PageName, unknown>();

/** What a chart draws (prepared once per build). */
export function chartData<K extends ChartId>(id: K): ChartDataMap[K] {
	if (!chartCache.has(id)) chartCache.set(id, CHART_DATA[id](atlasData()));
	return chartCache.get(id) as ChartDataMap[K];
}

/** A page's static content (prepared once per build). */
export function pageContent<K extends PageName>(name: K): PageContent[K] {
	if (!pageCache.has(name)) pageCache.set(name, PAGES[name](atlasData()));
	return pageCache.get(name) as PageContent[K];
}

/** For tests: the builders run on other data. */
export const chartDataOf = <K extends ChartId>(id: K, d: AtlasData): ChartDataMap[K] =>
	CHART_DATA[id](d);
