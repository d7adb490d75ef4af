/**
 * A page's view state in the URL, made of the parameters its charts declare (plus any the page
 * shares between charts, such as the event layer). Server rendering uses the defaults; in the
 * browser the query is read once on mount (old names upgraded), and every change replaces it.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- URLs here are read once and written out, never observed */
import { onMount } from 'svelte';
import { replaceState } from '$app/navigation';
import type { Specs, StateOf } from './url';
import { patchOf, readCharts, stateOf, writeCharts, type ChartParams } from '$lib/kit/params';
import { currentQuery } from './query.svelte';

export function createChartsState<Sh extends Specs>(
	charts: readonly ChartParams<Specs>[],
	shared: Sh = {} as Sh
) {
	const state = $state(readCharts(charts, shared, new URLSearchParams()));
	let ready = false;

	onMount(() => {
		Object.assign(state, readCharts(charts, shared, new URL(location.href).searchParams));
		ready = true;
		setTimeout(sync, 0);
	});

	function sync() {
		if (!ready) return;
		const url = new URL(location.href);
		const q = writeCharts(charts, shared, state, url.searchParams).toString();
		const next = `${url.pathname}${q ? `?${q}` : ''}${url.hash}`;
		if (next !== `${url.pathname}${url.search}${url.hash}`) replaceState(next, {});
		currentQuery.search = q ? `?${q}` : '';
	}

	function set(patch: Record<string, unknown>) {
		Object.assign(state, patch);
		sync();
	}

	return {
		/** The shared parameters' state. */
		shared: state as unknown as StateOf<Sh>,
		setShared: (patch: Partial<StateOf<Sh>>) => set(patch),
		/** One chart's state and change handler, to spread onto the chart: {...page.bind(p)}. */
		bind<S extends Specs>(c: ChartParams<S>) {
			return {
				get params() {
					return stateOf(c, state);
				},
				onparams: (patch: Partial<StateOf<S>>) => set(patchOf(c, patch))
			};
		}
	};
}
