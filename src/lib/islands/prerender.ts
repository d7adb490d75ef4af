/**
 * A component rendered to HTML on the server, for an island or a static block to write as it is.
 * The browser never hydrates inside these blocks (it keeps the server's DOM untouched until a
 * chart comes to life and replaces it), so the markers Svelte leaves for hydration are dropped, and
 * the styles the component brings are written with it.
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';

const COMMENT = /<!--[\s\S]*?-->/g;

/** Svelte's hydration markers removed: the markup holds no comments of its own. */
export const withoutMarkers = (html: string) => html.replace(COMMENT, '');

export function prerender<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P,
	context: Map<unknown, unknown>,
	idPrefix: string
): string {
	const r = render(component as Component<Record<string, unknown>>, { props, context, idPrefix });
	// the styles the component brings (css: 'injected'), then its markup
	const styles = r.head.match(/<style[^>]*>[\s\S]*?<\/style>/g) ?? [];
	return styles.join('') + withoutMarkers(r.body);
}

const STYLE = /<style id="([^"]+)">[\s\S]*?<\/style>/g;

/**
 * Each island brings the styles of the components it renders, so a page of four charts would carry
 * the frame's styles four times: keep the first of each (same id, same content).
 */
export function dedupeStyles(html: string): string {
	const seen = new Set<string>();
	return html.replace(STYLE, (whole, id: string) => {
		if (seen.has(id)) return '';
		seen.add(id);
		return whole;
	});
}
