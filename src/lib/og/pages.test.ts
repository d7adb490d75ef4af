import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../charts/types';
import { SHARE_PAGES, SITEMAP_PATHS, absoluteUrl, chartImage, pageImage } from './pages';

describe('addresses', () => {
	it('are SITE_URL + path, without query or trailing slash', () => {
		const site = 'https://atlas.example.org';
		expect(absoluteUrl('/', site)).toBe('https://atlas.example.org');
		expect(absoluteUrl('/trade', site)).toBe('https://atlas.example.org/trade');
		expect(absoluteUrl('/trade/', site)).toBe('https://atlas.example.org/trade');
		expect(absoluteUrl('trade?asym.year=2016#x', site)).toBe('https://atlas.example.org/trade');
		expect(absoluteUrl('/og/page/home.png', `${site}/sub/`)).toBe(
			'https://atlas.example.org/sub/og/page/home.png'
		);
		expect(pageImage('oil')).toBe('/og/page/oil.png');
		expect(chartImage('gas-price')).toBe('/og/chart/gas-price.png');
	});

	it('the sitemap lists every page and one page per chart, once each', () => {
		expect(SITEMAP_PATHS).toEqual([
			'/',
			'/trade',
			'/energy',
			'/oil',
			'/story',
			'/compare',
			'/compare/dependents',
			'/compare/group',
			'/compare/partners',
			'/explore',
			'/data',
			'/about',
			'/about/sources',
			...CHART_IDS.map((id) => `/chart/${id}`)
		]);
		expect(new Set(SITEMAP_PATHS).size).toBe(SITEMAP_PATHS.length);
		for (const p of Object.values(SHARE_PAGES))
			if ('chart' in p) expect(CHART_IDS).toContain(p.chart);
	});
});

describe('the build', () => {
	/** Every file a script runs, following relative imports. */
	function importGraph(entry: string, seen = new Set<string>()): Set<string> {
		if (seen.has(entry)) return seen;
		seen.add(entry);
		const src = readFileSync(entry, 'utf8');
		for (const m of src.matchAll(/(?:import|export)[^'"]*?from\s*['"](\.[^'"]+)['"]/g)) {
			const base = resolve(dirname(entry), m[1]!);
			const file = [base, `${base}.ts`, `${base}.js`, `${base}.mjs`].find(
				(f) => existsSync(f) && !f.endsWith('/')
			);
			if (file && !file.endsWith('.svelte')) importGraph(file, seen);
		}
		return seen;
	}

	it('launches no browser: the post-build steps import neither Playwright nor Lighthouse', () => {
		const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
			scripts: Record<string, string>;
		};
		expect(pkg.scripts.build).toContain('npm run og');
		expect(pkg.scripts.og).toBe('tsx scripts/og-images.ts');
		const steps = ['scripts/og-images.ts', 'scripts/write-headers.mjs'].map((f) =>
			join(process.cwd(), f)
		);
		const files = [...steps.flatMap((s) => [...importGraph(s)])];
		expect(files.some((f) => f.endsWith('src/lib/og/raster.ts'))).toBe(true);
		for (const f of files) {
			const src = readFileSync(f, 'utf8');
			expect(src, f).not.toMatch(
				/from\s*['"](@playwright\/test|playwright|playwright-core|lighthouse|puppeteer)/
			);
			expect(src, f).not.toMatch(/chromium/i);
		}
		for (const step of (pkg.scripts.build ?? '').split('&&'))
			expect(step).not.toMatch(/playwright|export|bench|lighthouse/);
	});
});
