/** Every chart's view, for rendering on the server (the browser loads a view only when it needs it). */
import type { Component } from 'svelte';
import type { ChartId } from '$lib/charts/types';
import { CHART_VIEW_PATH } from '$lib/islands/views';

const VIEWS = import.meta.glob<{ default: Component<never> }>('$lib/charts/*/View.svelte', {
	eager: true
});

export function serverView(id: ChartId): Component<never> {
	const m = VIEWS[CHART_VIEW_PATH[id]];
	if (!m) throw new Error(`No view for chart ${id} at ${CHART_VIEW_PATH[id]}`);
	return m.default;
}
