/**
 * The site's shareable pages and their preview images: one list for the <head> tags
 * (src/lib/ui/Meta.svelte), the preview cards (`npm run build` → scripts/og-images.ts) and
 * sitemap.xml. Pure: importable from pages and from Node scripts.
 *
 * Images: `/og/page/<name>.png` for each page below, `/og/chart/<id>.png` for every chart id
 * (for the /chart/<id> pages), each 1200 × 630.
 */
import { CHART_IDS, type ChartId } from '../charts/types';
import { SITE_URL } from '../site';

export const SITE_NAME = 'Dependence Atlas';
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Each page, and the chart its card shows (none: the card shows the page's description). */
export const SHARE_PAGES = {
	home: { path: '/', chart: 'trade-asymmetry' },
	trade: { path: '/trade', chart: 'trade-share-timeline' },
	energy: { path: '/energy', chart: 'energy-disputes' },
	oil: { path: '/oil', chart: 'oil-sources-2020' },
	story: { path: '/story' },
	compare: { path: '/compare', chart: 'compare-pair' },
	compareDependents: { path: '/compare/dependents', chart: 'compare-dependents' },
	compareGroup: { path: '/compare/group', chart: 'compare-group' },
	comparePartners: { path: '/compare/partners', chart: 'country-partners' },
	explore: { path: '/explore' },
	data: { path: '/data' },
	about: { path: '/about' },
	sources: { path: '/about/sources' }
} as const satisfies Record<string, { path: string; chart?: ChartId }>;
export type SharePage = keyof typeof SHARE_PAGES;

/** The preview image of a page ("/og/page/trade.png"). */
export const pageImage = (name: SharePage) => `/og/page/${name}.png`;
/** The preview image of a chart ("/og/chart/gas-price.png"), for its /chart/<id> page. */
export const chartImage = (id: ChartId) => `/og/chart/${id}.png`;
/** A chart's own page ("/chart/gas-price"). */
export const chartPath = (id: ChartId) => `/chart/${id}`;

/** Every indexable page, in sitemap order: the pages above, then one page per chart. */
export const SITEMAP_PATHS: readonly string[] = [
	...Object.values(SHARE_PAGES).map((p) => p.path),
	...CHART_IDS.map(chartPath)
];

/**
 * A path on the site as an absolute address: SITE_URL + path, no query, no trailing slash
 * ("/" → "https://dependence-atlas.org", "/trade/" → "https://dependence-atlas.org/trade").
 */
export function absoluteUrl(path: string, site: string = SITE_URL): string {
	const p = `/${path}`
		.replace(/[?#].*$/, '')
		.replace(/\/{2,}/g, '/')
		.replace(/\/+$/, '');
	return `${site.replace(/\/+$/, '')}${p}`;
}
