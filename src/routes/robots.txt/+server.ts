/**
 * robots.txt, prerendered: every page may be indexed (the 404 page says noindex itself), and the
 * sitemap's address follows SITE_URL (PUBLIC_SITE_URL at build), so this file is made, not static.
 */
import { absoluteUrl } from '$lib/og/pages';

export const prerender = true;

export const GET = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
