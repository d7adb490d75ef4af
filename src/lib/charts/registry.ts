/**
 * What the site says about each chart, in one place: its title, a one-line description, the page
 * and narrative section it belongs to, its URL key, the datasets it draws and the height an
 * embedded copy needs. The chart pages (/chart/<id>), the embeds (/embed/<id>), the export script
 * and anything listing charts read it from here. Each chart's URL parameters are declared in its
 * params.ts; registryParams.ts maps the ids to them.
 *
 * Pure data with relative imports only, so Node scripts (tsx) and the browser tests can read it.
 * The titles repeat the ones the charts draw (ChartFrame's title); a render test checks that they
 * match, so they cannot drift apart.
 */
import { CHART_IDS, type ChartId } from './types';

/** The pages charts live on, with the name a link to them shows. */
export const CHART_HOME_PAGES = {
	'/': 'Overview',
	'/trade': 'Trade dependence',
	'/energy': 'Energy disputes',
	'/oil': 'Oil diversification in 2020',
	'/compare': 'Compare countries',
	'/compare/dependents': 'Compare countries: who depends on a partner',
	'/compare/group': 'Compare countries: a group',
	'/compare/partners': 'Compare countries: partners over time'
} as const;
export type ChartHomePage = keyof typeof CHART_HOME_PAGES;

export interface ChartMeta {
	id: ChartId;
	/**
	 * The chart's title as its frame shows it. A title that names the span of the data drawn is a
	 * function of that span (the server passes it; no year is typed here).
	 */
	title: string | ((span: readonly [number, number]) => string);
	/** One line: what the chart shows. */
	description: string;
	/** The page the chart is read (and exported) on. */
	page: ChartHomePage;
	/**
	 * The id of the narrative section beside the chart on that page (an anchor there), or of the
	 * chart's own heading when no narrative panel goes with it.
	 */
	section: string;
	/** The chart's key in URLs: its parameters are `<key>.<name>` (see src/lib/kit/params.ts). */
	key: string;
	/** The datasets in data/ whose rows the chart draws (sources.csv aside). */
	datasets: readonly string[];
	/**
	 * Height in CSS px of an <iframe> that shows the whole embed in a column of about 640 px (the
	 * map: up to 1000 px) with the chart running; narrower columns scroll inside the frame.
	 */
	embedHeight: number;
}

const EVENTS = ['energy_disputes', 'timeline'] as const;

const META: { [K in ChartId]: Omit<ChartMeta, 'id'> } = {
	'trade-asymmetry': {
		title: 'An unequal dependence: Russia in Belarus’s trade, Belarus in Russia’s',
		description:
			'Russia’s share of Belarus’s trade beside Belarus’s share of Russia’s, for a chosen year, with the claims of the literature checked against the data.',
		page: '/trade',
		section: 'asymmetry',
		key: 'asym',
		datasets: ['factbook_trade', 'trade_turnover', 'claims'],
		embedHeight: 1470
	},
	'trade-share-timeline': {
		title: "Russia's share of Belarus's trade, by year",
		description:
			'Russia’s share of Belarus’s exports, imports and turnover year by year, with officials’ statements as separate markers and the disputes as an event layer.',
		page: '/trade',
		section: 'shares',
		key: 'shares',
		datasets: ['factbook_trade', 'trade_turnover', 'trade_shares', ...EVENTS],
		embedHeight: 1000
	},
	'trade-partners': {
		title: 'Belarus’s main trading partners',
		description:
			'The countries Belarus trades with most, for a chosen year and flow, and a second year to compare.',
		page: '/trade',
		section: 'partners',
		key: 'partners',
		datasets: ['factbook_trade'],
		embedHeight: 640
	},
	'trade-values': {
		title: 'Belarus–Russia trade in dollars, as each side counts it',
		description:
			'Bilateral trade in US dollars by year as Belarus and Russia each report it, with the gap between the two ledgers visible.',
		page: '/trade',
		section: 'values',
		key: 'values',
		datasets: ['trade_values', 'factbook_trade', ...EVENTS],
		embedHeight: 840
	},
	'energy-disputes': {
		title: (span) => `Every dispute, ${span[0]}–${span[1]}`,
		description:
			'Every Russia–Belarus gas and oil dispute on one time axis, by commodity, as ranges from start to settlement.',
		page: '/energy',
		section: 'gas',
		key: 'disputes',
		datasets: ['energy_disputes'],
		embedHeight: 990
	},
	'gas-price': {
		title: 'The price of Russian gas for Belarus',
		description:
			'US dollars per 1000 m³ Belarus was charged and actually paid for Russian gas, by period, with the disputes marked.',
		page: '/energy',
		section: 'beltransgaz',
		key: 'gas',
		datasets: ['gas_prices', ...EVENTS],
		embedHeight: 810
	},
	'oil-sources-2020': {
		title: 'Where Belarus’s crude came from in 2020',
		description:
			'Russia’s reported and planned crude supplies beside the documented cargoes from other origins, in tonnes, shares or cargo counts.',
		page: '/oil',
		section: 'why',
		key: 'oil',
		datasets: ['oil_imports_2020'],
		embedHeight: 870
	},
	'oil-cargo-timeline': {
		title: 'The alternative cargoes, one by one',
		description:
			'Each non-Russian crude cargo for Belarus by arrival date and size, with the running total.',
		page: '/oil',
		section: 'alternatives',
		key: 'cargo',
		datasets: ['oil_imports_2020'],
		embedHeight: 790
	},
	'oil-routes-map': {
		title: 'Around Russia: the 2020 routes',
		description:
			'The routes of the non-Russian crude: from each origin through the ports to Belarus’s two refineries, on a map.',
		page: '/oil',
		section: 'ending',
		key: 'map',
		datasets: ['oil_imports_2020', 'places'],
		embedHeight: 1150
	},
	'relations-timeline': {
		title: 'Three decades of Belarus–Russia relations',
		description:
			'Dated events in the relations of Belarus and Russia since independence, by kind: integration, energy, trade, military and politics.',
		page: '/',
		section: 'relations-timeline-title',
		key: 'relations',
		datasets: ['timeline'],
		embedHeight: 830
	},
	'compare-pair': {
		title: 'Belarus and Russia: each in the other’s trade',
		description:
			'Any two countries’ weight in each other’s exports and imports, year by year since 1990, from each one’s own Factbook partner lists, with the shares a list leaves out drawn as bounds.',
		page: '/compare',
		section: 'pair',
		key: 'pair',
		datasets: ['world_partner_shares', ...EVENTS],
		embedHeight: 980
	},
	'compare-group': {
		title: 'Russia in each one’s trade: Former Soviet states',
		description:
			'One partner’s share of the exports and imports of every member of a group (by default Russia and the former Soviet states), one small panel each on one scale, from each member’s own Factbook lists.',
		page: '/compare/group',
		section: 'group',
		key: 'group',
		datasets: ['world_partner_shares', 'country_groups'],
		embedHeight: 1100
	},
	'country-partners': {
		title: 'Belarus’s main export partners, year by year',
		description:
			'Any country’s main export or import partners across every Factbook edition since 1990, with each year’s list threshold: below it a partner is too small to be named.',
		page: '/compare/partners',
		section: 'partners',
		key: 'top',
		datasets: ['world_partner_shares'],
		embedHeight: 900
	},
	'compare-dependents': {
		title: 'Who depends on Russia?',
		description:
			'For one partner and one year, every country’s share of its exports going to it or imports coming from it, from each country’s own Factbook list: ranked, and on a world map, with the countries that leave the partner off their list drawn as bounds.',
		page: '/compare/dependents',
		section: 'dependents',
		key: 'dep',
		datasets: ['world_partner_shares', 'world_countries'],
		embedHeight: 1250
	}
};

export const CHART_REGISTRY: { readonly [K in ChartId]: ChartMeta } = Object.fromEntries(
	CHART_IDS.map((id) => [id, { id, ...META[id] }])
) as { [K in ChartId]: ChartMeta };

/** The page each chart is read and exported on. */
export const CHART_PAGES: Record<ChartId, ChartHomePage> = Object.fromEntries(
	CHART_IDS.map((id) => [id, META[id].page])
) as Record<ChartId, ChartHomePage>;

export function isChartId(s: string): s is ChartId {
	return (CHART_IDS as readonly string[]).includes(s);
}

/** A chart's title as its frame shows it; `span` is needed for titles that name their years. */
export function chartTitle(id: ChartId, span?: readonly [number, number]): string {
	const t = CHART_REGISTRY[id].title;
	if (typeof t === 'string') return t;
	if (!span) throw new Error(`The title of ${id} names the years it covers: pass them`);
	return t(span);
}

/** The charts of the same page, then those drawing a dataset in common, in registry order. */
export function relatedCharts(id: ChartId): ChartId[] {
	const me = CHART_REGISTRY[id];
	const samePage = CHART_IDS.filter((o) => o !== id && CHART_REGISTRY[o].page === me.page);
	const shared = CHART_IDS.filter(
		(o) =>
			o !== id &&
			!samePage.includes(o) &&
			CHART_REGISTRY[o].datasets.some((d) => me.datasets.includes(d))
	);
	return [...samePage, ...shared];
}

/** Only the query parameters that belong to one chart (`asym.year=2016`), in their order. */
export function chartQuery(id: ChartId, search: string | URLSearchParams): string {
	const all = typeof search === 'string' ? new URLSearchParams(search) : search;
	const prefix = `${CHART_REGISTRY[id].key}.`;
	const out = new URLSearchParams();
	for (const [k, v] of all) if (k.startsWith(prefix)) out.append(k, v);
	const q = out.toString();
	return q ? `?${q}` : '';
}

/** The address of a chart's own page (or its embed) for a view: `/chart/trade-asymmetry?asym.year=2016`. */
export const chartPath = (id: ChartId, query = '', kind: 'chart' | 'embed' = 'chart') =>
	`/${kind}/${id}${query}`;
