import { describe, expect, it } from 'vitest';
import { dedupeStyles, withoutMarkers } from './prerender';

describe('withoutMarkers', () => {
	it('drops every comment, keeps the markup', () => {
		expect(withoutMarkers('<!--[--><p>a<!---->b</p><!--]-->')).toBe('<p>ab</p>');
	});
});

describe('dedupeStyles', () => {
	it('keeps the first style of each id', () => {
		const html =
			'<head><style id="s1">a{}</style></head><div><style id="s1">a{}</style><style id="s2">b{}</style></div><style id="s2">b{}</style>';
		expect(dedupeStyles(html)).toBe(
			'<head><style id="s1">a{}</style></head><div><style id="s2">b{}</style></div>'
		);
	});
	it('leaves styles without an id alone', () => {
		const html = '<style>x{}</style><style>x{}</style>';
		expect(dedupeStyles(html)).toBe(html);
	});
});
