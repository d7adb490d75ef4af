import { describe, expect, it } from 'vitest';
import { stripIslandMarkers } from './markers';

describe('stripIslandMarkers', () => {
	it('removes the markers inside an island block and keeps the block’s own', () => {
		const html =
			'<p><!--[--><b>kept</b><!--]--></p>' +
			'<div class="island sabcde" id="x"><!--[--><!----><section><!--[0--><i>a</i><!--]--></section><!--]--><!--[!--><!--]--></div>';
		expect(stripIslandMarkers(html)).toBe(
			'<p><!--[--><b>kept</b><!--]--></p>' +
				'<div class="island sabcde" id="x"><!--[--><section><i>a</i></section><!--]--><!--[!--><!--]--></div>'
		);
	});
	it('handles static blocks and several blocks', () => {
		const html =
			'<div class="static s1" id="a"><!--[--><p><!---->x</p><!--]--></div>' +
			'<div class="island s2" id="b"><!--[--><p><!--[-->y<!--]--></p><!--]--></div>';
		expect(stripIslandMarkers(html)).toBe(
			'<div class="static s1" id="a"><!--[--><p>x</p><!--]--></div>' +
				'<div class="island s2" id="b"><!--[--><p>y</p><!--]--></div>'
		);
	});
	it('leaves an unbalanced block alone', () => {
		const html = '<div class="island" id="b"><!--[--><p><!--[-->y</p>';
		expect(stripIslandMarkers(html)).toBe(html);
	});
	it('leaves a block whose first branch is not drawn (no content) alone', () => {
		const html = '<div class="island" id="b"><!----><p>y</p></div>';
		expect(stripIslandMarkers(html)).toBe(html);
	});
});
