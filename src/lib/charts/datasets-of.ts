/**
 * The datasets each chart draws (file names in data/, pages at /data/<name>): the rows behind its
 * marks and its event layer, as src/lib/server/islands.ts gives them to the chart. A test checks
 * every source a chart cites comes from the rows of these datasets.
 */
import type { ChartId } from './types';

export const CHART_DATASETS: Record<ChartId, readonly string[]> = {
	'trade-asymmetry': ['factbook_trade', 'trade_turnover', 'claims'],
	'trade-share-timeline': [
		'factbook_trade',
		'trade_turnover',
		'trade_shares',
		'energy_disputes',
		'timeline'
	],
	'trade-partners': ['factbook_trade'],
	'trade-values': ['trade_values', 'factbook_trade', 'energy_disputes', 'timeline'],
	'energy-disputes': ['energy_disputes'],
	'gas-price': ['gas_prices', 'energy_disputes', 'timeline'],
	'oil-sources-2020': ['oil_imports_2020'],
	'oil-cargo-timeline': ['oil_imports_2020'],
	'oil-routes-map': ['oil_imports_2020', 'places'],
	'relations-timeline': ['timeline'],
	'compare-pair': [
		'world_partner_shares',
		'reporting_blackouts',
		'trade_shares',
		'energy_disputes',
		'timeline'
	],
	'compare-group': ['world_partner_shares', 'reporting_blackouts', 'country_groups'],
	'country-partners': ['world_partner_shares', 'reporting_blackouts'],
	'compare-dependents': ['world_partner_shares', 'reporting_blackouts', 'world_countries']
};

/** The datasets a chart draws, or none for an id the map does not know. */
export const datasetsOf = (id: string): readonly string[] =>
	(CHART_DATASETS as Record<string, readonly string[]>)[id] ?? [];
