/**
 * The site's public address: the one setting behind permalinks in figures, `npm run export` and
 * (later) canonical links and citations. Importable anywhere: pages, export code, Node scripts.
 *
 * Default: DEFAULT_SITE_URL. Override at build time with the environment variable PUBLIC_SITE_URL
 * (`PUBLIC_SITE_URL=https://atlas.example.org npm run build`); Vite bakes the value into the
 * bundle (vite.config.ts), Node scripts read it from the environment. An address that is not an
 * absolute http(s) URL stops the build.
 */

export const DEFAULT_SITE_URL = 'https://dependence-atlas.org';

/** Checks an address and returns it without a trailing slash; throws on anything else. */
export function parseSiteUrl(raw: string): string {
	let u: URL;
	try {
		u = new URL(raw.trim());
	} catch {
		throw new Error(`PUBLIC_SITE_URL must be an absolute http(s) URL, got "${raw}"`);
	}
	if (u.protocol !== 'http:' && u.protocol !== 'https:')
		throw new Error(`PUBLIC_SITE_URL must use http or https, got "${raw}"`);
	if (u.search || u.hash || u.username || u.password)
		throw new Error(`PUBLIC_SITE_URL must be a plain address (no query, hash or login): "${raw}"`);
	return `${u.origin}${u.pathname}`.replace(/\/+$/, '');
}

/** The configured address, or the default when the value is unset or empty. */
export function resolveSiteUrl(raw: string | undefined): string {
	return parseSiteUrl(raw && raw.trim() ? raw : DEFAULT_SITE_URL);
}

declare const __PUBLIC_SITE_URL__: string | undefined;

function configured(): string | undefined {
	// bundled code: replaced by Vite with the build-time value (see vite.config.ts)
	if (typeof __PUBLIC_SITE_URL__ !== 'undefined') return __PUBLIC_SITE_URL__;
	// Node scripts (tsx) read the environment directly
	return typeof process !== 'undefined' ? process.env.PUBLIC_SITE_URL : undefined;
}

/** The site's public address, without a trailing slash ("https://dependence-atlas.org"). */
export const SITE_URL: string = resolveSiteUrl(configured());

/** The public address of a view: site address + path + query ("…/trade?year=2016"). */
export function permalinkFor(path: string, search = '', site: string = SITE_URL): string {
	const p = path.startsWith('/') ? path : `/${path}`;
	const q = search && !search.startsWith('?') ? `?${search}` : search;
	return `${site.replace(/\/+$/, '')}${p}${q}`;
}
