/**
 * Islands and static blocks write their HTML with {@html}. That HTML is Svelte's own server
 * rendering (every value escaped) or, in the browser, the page's own DOM read back; data, URL
 * parameters and uploads never become markup. This checks the escaping holds for hostile text.
 */
import { describe, expect, it } from 'vitest';
import type { Component } from 'svelte';
import KeyFigures from '../../routes/_home/KeyFigures.svelte';
import { prerender } from './prerender';

describe('prerender', () => {
	it('escapes markup in the data it draws', () => {
		const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
		const html = prerender(
			KeyFigures as unknown as Component<Record<string, unknown>>,
			{
				figures: [{ id: 'x', value: hostile, label: hostile, detail: hostile, sourceIds: [] }],
				sources: {}
			},
			new Map(),
			'p-'
		);
		expect(html).not.toContain('<img');
		expect(html).not.toContain('<script');
		expect(html).toContain('&lt;img src=x onerror="alert(1)">');
	});
});
