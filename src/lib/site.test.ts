import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, SITE_URL, parseSiteUrl, permalinkFor, resolveSiteUrl } from './site';

describe('the site address setting', () => {
	it('defaults to the project address when PUBLIC_SITE_URL is unset or empty', () => {
		expect(resolveSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
		expect(resolveSiteUrl('  ')).toBe(DEFAULT_SITE_URL);
		expect(SITE_URL).toBe(resolveSiteUrl(process.env.PUBLIC_SITE_URL));
	});

	it('takes an absolute http(s) address, without its trailing slash', () => {
		expect(resolveSiteUrl('https://atlas.example.org/')).toBe('https://atlas.example.org');
		expect(parseSiteUrl('http://localhost:8080')).toBe('http://localhost:8080');
		expect(parseSiteUrl('https://example.org/atlas/')).toBe('https://example.org/atlas');
	});

	it('refuses anything else', () => {
		for (const bad of [
			'atlas.example.org',
			'/trade',
			'ftp://x.org',
			'javascript:alert(1)',
			'https://x.org/?a=1',
			'https://x.org/#top'
		])
			expect(() => parseSiteUrl(bad), bad).toThrow(/PUBLIC_SITE_URL/);
	});

	it('builds the permalink of a view: address + path + query', () => {
		expect(permalinkFor('/trade', '?year=2016', 'https://a.org')).toBe(
			'https://a.org/trade?year=2016'
		);
		expect(permalinkFor('/oil', '', 'https://a.org/')).toBe('https://a.org/oil');
		expect(permalinkFor('/', '', 'https://a.org')).toBe('https://a.org/');
	});
});
