/**
 * A page's view state kept in the URL. Server rendering uses the defaults (prerendered pages have
 * no query); in the browser the query is read once on mount and every change replaces it, so the
 * address bar always holds a link that reproduces the view.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- URLs here are read once and written out, never observed */
import { onMount } from 'svelte';
import { replaceState } from '$app/navigation';
import { readState, writeState, type Specs, type StateOf } from './url';

export function createPageState<S extends Specs>(specs: S) {
	const defaults = readState(specs, new URLSearchParams());
	const state = $state(defaults) as StateOf<S>;
	let ready = false;

	onMount(() => {
		Object.assign(state, readState(specs, new URL(location.href).searchParams));
		ready = true;
		// Rewrite a tampered query into the canonical one, once the router has finished starting.
		setTimeout(sync, 0);
	});

	function sync() {
		if (!ready) return;
		const url = new URL(location.href);
		const q = writeState(specs, state, url.searchParams).toString();
		const next = `${url.pathname}${q ? `?${q}` : ''}${url.hash}`;
		if (next !== `${url.pathname}${url.search}${url.hash}`) replaceState(next, {});
	}

	return {
		state,
		set(patch: Partial<StateOf<S>>) {
			Object.assign(state, patch);
			sync();
		}
	};
}
