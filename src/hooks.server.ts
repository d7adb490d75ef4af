import type { Component } from 'svelte';
import { provideServerSide } from '$lib/islands/server';
import { dedupeStyles, prerender } from '$lib/islands/prerender';
import type { Handle } from '@sveltejs/kit';
import { chartData, pageContent } from '$lib/server/islands';
import { chartPageContent } from '$lib/server/chartPage';
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
	page: pageContent,
	chartPage: chartPageContent,
	prerender
});

/** One copy of each component's styles per page, however many islands bring it. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => dedupeStyles(html) });
