import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { printRule } from './printRule';

const v = { hash: '0123456789ab', date: '2026-11-29' };

describe('the print rule written into every page', () => {
	it('names the page and the data version, and gives links the public address', () => {
		const r = printRule('/story', v, 'https://atlas.example.org');
		expect(r).toContain(
			'content:"atlas.example.org/story · data version 0123456789ab (2026-11-29)"'
		);
		expect(r).toContain(':root{--site:"https://atlas.example.org"}');
		expect(printRule('/', v, 'http://127.0.0.1:4317')).toContain('--site:"http://127.0.0.1:4317"');
	});
	it('leaves the page number and the margin type to the print stylesheet', () => {
		const css = readFileSync('src/print.css', 'utf8');
		expect(css).toMatch(
			/@bottom-right \{\s*content: 'page ' counter\(page\) ' of ' counter\(pages\);/
		);
		// the links' rule reads the address this rule writes
		expect(css).toContain("content: ' (' var(--site, '') attr(href) ')';");
	});
	it('never lets a tampered path or version reach the HTML', () => {
		for (const p of ['/x"}</style><script>alert(1)</script>', '/Trade?x=1', '/a b'])
			expect(printRule(p, v, 'https://atlas.example.org')).toContain(
				'content:"atlas.example.org · data version'
			);
		expect(() => printRule('/', { hash: '"><x', date: '2026-11-29' }, 'https://a.org')).toThrow();
		expect(() => printRule('/', v, 'https://a.org/"</style>')).toThrow();
	});
});
