/**
 * Each chart's URL parameters (declared in its params.ts), by id: what a page binds with
 * createChartsState to show one chart. Two charts take the years their data offers; the page's
 * server load passes those (ParamInputs), every other chart's parameters are fixed.
 */
import type { Specs } from '$lib/state/url';
import type { ChartParams } from '$lib/kit/params';
import type { ChartId } from './types';
import { asymmetryParams } from './TradeAsymmetry/params';
import { sharesParams } from './TradeShareTimeline/params';
import { partnersParams } from './TradePartners/params';
import { valuesParams } from './TradeValues/params';
import { disputesParams } from './EnergyDisputes/params';
import { gasParams } from './GasPrice/params';
import { oilSourcesParams } from './OilSources2020/params';
import { cargoParams } from './OilCargoTimeline/params';
import { routesParams } from './OilRoutesMap/params';
import { relationsParams } from './RelationsTimeline/params';
import { pairParams } from './ComparePair/params';
import { groupParams } from './CompareGroup/params';
import { countryPartnersParams } from './CountryPartners/params';
import { dependentsParams } from './CompareDependents/params';

/** The data some charts' parameters depend on (the years they accept). */
export interface ParamInputs {
	asymmetryYears?: number[];
	partnerYears?: number[];
	/** Every country id of the world data (compare-pair). */
	countryIds?: string[];
	/** The groups of country_groups (compare-group). */
	groupIds?: string[];
	/** The data years with lists, and the year compare-dependents opens at. */
	listYears?: number[];
	dependentsYear?: number;
}

export const CHART_PARAMS: {
	readonly [K in ChartId]: (inputs: ParamInputs) => ChartParams<Specs>;
} = {
	'trade-asymmetry': (i) => asymmetryParams(i.asymmetryYears ?? []) as ChartParams<Specs>,
	'trade-share-timeline': () => sharesParams as ChartParams<Specs>,
	'trade-partners': (i) => partnersParams(i.partnerYears ?? []) as ChartParams<Specs>,
	'trade-values': () => valuesParams as ChartParams<Specs>,
	'energy-disputes': () => disputesParams as ChartParams<Specs>,
	'gas-price': () => gasParams as ChartParams<Specs>,
	'oil-sources-2020': () => oilSourcesParams as ChartParams<Specs>,
	'oil-cargo-timeline': () => cargoParams as ChartParams<Specs>,
	'oil-routes-map': () => routesParams as ChartParams<Specs>,
	'relations-timeline': () => relationsParams as ChartParams<Specs>,
	'compare-pair': (i) => pairParams(i.countryIds ?? []) as ChartParams<Specs>,
	'compare-group': (i) => groupParams(i.countryIds ?? [], i.groupIds ?? []) as ChartParams<Specs>,
	'country-partners': (i) => countryPartnersParams(i.countryIds ?? []) as ChartParams<Specs>,
	'compare-dependents': (i) =>
		dependentsParams(
			i.countryIds ?? [],
			i.listYears ?? [],
			i.dependentsYear ?? 0
		) as ChartParams<Specs>
};
