/**
 * Lighthouse (mobile, simulated throttling) on each page: the median of three runs per category.
 * Used by `npm run bench -- --lighthouse`; slow (about 15 s a run on these machines).
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { existsSync } from 'node:fs';

export interface LighthouseScores {
	performance: number;
	accessibility: number;
	'best-practices': number;
	seo: number;
	tbtMs: number;
	lcpMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function lighthouseMedian(url: string, runs = 3): Promise<LighthouseScores> {
	const chromePath =
		process.env.CHROMIUM_PATH ??
		(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	const all: LighthouseScores[] = [];
	for (let i = 0; i < runs; i++) {
		const chrome = await chromeLauncher.launch({
			chromePath,
			chromeFlags: [
				'--headless=new',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		});
		try {
			const r = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
			});
			if (!r) throw new Error(`lighthouse returned nothing for ${url}`);
			const c = r.lhr.categories;
			const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
			all.push({
				performance: score('performance'),
				accessibility: score('accessibility'),
				'best-practices': score('best-practices'),
				seo: score('seo'),
				tbtMs: Math.round(r.lhr.audits['total-blocking-time']?.numericValue ?? 0),
				lcpMs: Math.round(r.lhr.audits['largest-contentful-paint']?.numericValue ?? 0)
			});
		} finally {
			chrome.kill();
		}
	}
	return {
		performance: median(all.map((a) => a.performance)),
		accessibility: median(all.map((a) => a.accessibility)),
		'best-practices': median(all.map((a) => a['best-practices'])),
		seo: median(all.map((a) => a.seo)),
		tbtMs: median(all.map((a) => a.tbtMs)),
		lcpMs: median(all.map((a) => a.lcpMs))
	};
}
