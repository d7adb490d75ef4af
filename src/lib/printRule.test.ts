import { describe, expect, it } from 'vitest';
import { printRule } from './printRule';

const v = { hash: '0123456789ab', date: '2026-11-29' };

describe('the print rule written into every page', () => {
	it('names the page, the data version and the page number', () => {
		const r = printRule('/story', v, 'https://atlas.example.org');
		expect(r).toContain(
			'content:"atlas.example.org/story · data version 0123456789ab (2026-11-29)"'
		);
		expect(r).toContain('counter(page)');
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
