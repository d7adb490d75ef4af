/** Where each chart's view lives, and how the browser loads it (a chunk of its own, on demand). */
import type { Component } from 'svelte';
import type { ChartId } from '$lib/charts/types';
import type { ChartDataMap } from './types';

export const CHART_VIEW_PATH: Record<ChartId, string> = {
	'trade-asymmetry': '/src/lib/charts/TradeAsymmetry/View.svelte',
	'trade-share-timeline': '/src/lib/charts/TradeShareTimeline/View.svelte',
	'trade-partners': '/src/lib/charts/TradePartners/View.svelte',
	'trade-values': '/src/lib/charts/TradeValues/View.svelte',
	'energy-disputes': '/src/lib/charts/EnergyDisputes/View.svelte',
	'gas-price': '/src/lib/charts/GasPrice/View.svelte',
	'oil-sources-2020': '/src/lib/charts/OilSources2020/View.svelte',
	'oil-cargo-timeline': '/src/lib/charts/OilCargoTimeline/View.svelte',
	'oil-routes-map': '/src/lib/charts/OilRoutesMap/View.svelte',
	'relations-timeline': '/src/lib/charts/RelationsTimeline/View.svelte',
	'compare-pair': '/src/lib/charts/ComparePair/View.svelte',
	'compare-group': '/src/lib/charts/CompareGroup/View.svelte',
	'country-partners': '/src/lib/charts/CountryPartners/View.svelte',
	'compare-dependents': '/src/lib/charts/CompareDependents/View.svelte'
};

const LAZY = import.meta.glob<{ default: Component<never> }>('$lib/charts/*/View.svelte');

/** The view's module, loaded once. */
export async function loadView(id: ChartId): Promise<Component<never>> {
	const load = LAZY[CHART_VIEW_PATH[id]];
	if (!load) throw new Error(`No view for chart ${id}`);
	return (await load()).default;
}

const dataCache = new Map<ChartId, Promise<unknown>>();

/** The address of a chart's data, as the build writes it. */
export const chartDataPath = (id: ChartId) => `/chart-data/${id}.json`;

/** A chart's data, fetched once per page (the same file the build prerenders). */
export function loadChartData<K extends ChartId>(id: K): Promise<ChartDataMap[K]> {
	let p = dataCache.get(id);
	if (!p) {
		p = fetch(chartDataPath(id)).then((r) => {
			if (!r.ok) throw new Error(`${chartDataPath(id)} answered ${r.status}`);
			return r.json();
		});
		p.catch(() => dataCache.delete(id));
		dataCache.set(id, p);
	}
	return p as Promise<ChartDataMap[K]>;
}
