/**
 * sitemap.xml, prerendered: every indexable page (SITEMAP_PATHS: the site's pages and one page per
 * chart) as an absolute address on SITE_URL. No <lastmod>: the build writes no dates, so the same
 * data gives the same file.
 */
import { SITEMAP_PATHS, absoluteUrl } from '$lib/og/pages';

export const prerender = true;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET = () =>
	new Response(
		[
			'<?xml version="1.0" encoding="UTF-8"?>',
			'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
			...SITEMAP_PATHS.map((p) => `\t<url><loc>${esc(absoluteUrl(p))}</loc></url>`),
			'</urlset>',
			''
		].join('\n'),
		{ headers: { 'content-type': 'application/xml; charset=utf-8' } }
	);
