import type { Handle } from '@sveltejs/kit';
import { stripIslandMarkers } from '$lib/islands/markers';
import type { Component } from 'svelte';
import { provideServerSide } from '$lib/islands/server';
import { chartData, pageContent } from '$lib/server/islands';
import { CHART_VIEW_PATH } from '$lib/islands/views';
import type { ChartId } from '$lib/charts/types';

// Every chart's view, for prerendering; the browser loads a view only when its chart comes to life.
const VIEWS = import.meta.glob<{ default: Component<never> }>('$lib/charts/*/View.svelte', {
	eager: true
});

provideServerSide({
	view: (id: ChartId) => {
		const m = VIEWS[CHART_VIEW_PATH[id]];
		if (!m) throw new Error(`No view for chart ${id} at ${CHART_VIEW_PATH[id]}`);
		return m.default;
	},
	chartData,
	page: pageContent
});

/** Prerendered pages leave out the hydration markers their islands never use (markers.ts). */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => stripIslandMarkers(html) });
