/**
 * What only the server has while it prerenders a page: each chart's view and data, and each page's
 * static content. `src/hooks.server.ts` provides it; in the browser it is absent, so none of it is
 * shipped in the page. Charts fetch their data when they come to life (see Island.svelte) and
 * static content stays as the server wrote it (see Static.svelte).
 */
import type { Component } from 'svelte';
import type { ChartId } from '$lib/charts/types';
import type { ChartDataMap } from './types';
import type { ChartPageContent, PageContent, PageName } from './types';

export interface ServerSide {
	view(id: ChartId): Component<never>;
	chartData<K extends ChartId>(id: K): ChartDataMap[K];
	page<K extends PageName>(name: K): PageContent[K];
	/** The static content of a chart's own page (/chart/<id>): its sources in full. */
	chartPage(id: ChartId): ChartPageContent;
	/** A component rendered to HTML that the browser keeps as it is (see prerender.ts). */
	prerender<P extends Record<string, unknown>>(
		component: Component<P>,
		props: P,
		context: Map<unknown, unknown>,
		idPrefix: string
	): string;
}

let provided: ServerSide | null = null;

export function provideServerSide(s: ServerSide): void {
	provided = s;
}

/** The server's side, or null in the browser. */
export function serverSide(): ServerSide | null {
	return typeof window === 'undefined' ? provided : null;
}

/** A page's static content while prerendering; null in the browser. */
export function serverPage<K extends PageName>(name: K): PageContent[K] | null {
	const s = serverSide();
	if (!s) return null;
	return s.page(name);
}

/** A chart page's static content while prerendering; null in the browser. */
export function serverChartPage(id: ChartId): ChartPageContent | null {
	return serverSide()?.chartPage(id) ?? null;
}
