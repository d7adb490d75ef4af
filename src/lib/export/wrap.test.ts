import { describe, expect, it } from 'vitest';
import { wrapUrl, wrapWords } from './wrap';

/** Every character 7 units wide. */
const mono = (s: string) => s.length * 7;

describe('wrapUrl', () => {
	const long =
		'https://dependence-atlas.org/oil?measure=share&origins=norway,usa,saudi-arabia,azerbaijan&table=oil-sources-2020&cargo=none';

	it('keeps every character, in order, and every line within the width', () => {
		const lines = wrapUrl(long, mono, 280);
		expect(lines.join('')).toBe(long);
		expect(lines.length).toBeGreaterThan(1);
		for (const l of lines) expect(mono(l)).toBeLessThanOrEqual(280);
	});

	it('breaks after / and =, before ? and &', () => {
		const lines = wrapUrl(long, mono, 280);
		expect(lines[0]).toBe('https://dependence-atlas.org/oil');
		expect(lines[1]!.startsWith('?measure=share&origins=')).toBe(true);
		// every later line starts after "/" or "=", or with "?" or "&"
		lines.slice(1).forEach((l, i) => expect(/[/=]$/.test(lines[i]!) || /^[?&]/.test(l)).toBe(true));
	});

	it('a narrower first line (after a label) is respected', () => {
		const lines = wrapUrl(long, mono, 280, 140);
		expect(mono(lines[0]!)).toBeLessThanOrEqual(140);
		expect(lines.join('')).toBe(long);
	});

	it('a piece with no break point is cut by characters, nothing lost', () => {
		const url = `https://x.org/${'a'.repeat(100)}`;
		const lines = wrapUrl(url, mono, 210);
		expect(lines.join('')).toBe(url);
		for (const l of lines) expect(mono(l)).toBeLessThanOrEqual(210);
		expect(lines.map((l) => l.length)).toEqual([14, 30, 30, 30, 10]);
	});

	it('a short address stays on one line', () => {
		expect(wrapUrl('https://x.org/trade', mono, 700)).toEqual(['https://x.org/trade']);
	});
});

describe('wrapWords', () => {
	it('wraps at spaces within the width', () => {
		expect(wrapWords('one two three four', mono, 70)).toEqual(['one two', 'three four']);
	});
	it('breaks a word longer than a line instead of overflowing', () => {
		expect(wrapWords('ab abcdefghij', mono, 35)).toEqual(['ab', 'abcde', 'fghij']);
	});
});
