/**
 * The registry's titles are the titles the charts draw: each chart is rendered on the server with
 * the committed data and its default view, and its frame's heading is compared with the registry.
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/server/data';
import { chartDataOf } from '$lib/server/islands';
import { paramInputs, resolvedTitle } from '$lib/server/chartPage';
import { readCharts, stateOf } from '$lib/kit/params';
import { CHART_VIEW_PATH } from '$lib/islands/views';
import { CHART_IDS } from './types';
import { CHART_PARAMS } from './registryParams';

const VIEWS = import.meta.glob<{ default: Component<Record<string, unknown>> }>('./*/View.svelte', {
	eager: true
});
const d = loadAll();

const decode = (s: string) =>
	s
		.replace(/<[^>]*>/g, '')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&')
		.trim();

describe('chart registry titles', () => {
	for (const id of CHART_IDS) {
		it(`${id}: the registry's title is the one the chart shows`, () => {
			const view = VIEWS[CHART_VIEW_PATH[id].replace('/src/lib/charts/', './')]!.default;
			const p = CHART_PARAMS[id](paramInputs(id, d));
			const params = stateOf(p, readCharts([p], {}, new URLSearchParams()));
			const { body } = render(view, {
				props: { ...chartDataOf(id, d), params, onparams: () => {} }
			});
			const m = new RegExp(`<h3[^>]*id="${id}-title"[^>]*>([\\s\\S]*?)</h3>`).exec(body);
			expect(m, `no title heading in ${id}`).not.toBeNull();
			const shown = decode(m![1]!);
			expect(shown.length).toBeGreaterThan(10);
			expect(resolvedTitle(id, d)).toBe(shown);
		});
	}
});
