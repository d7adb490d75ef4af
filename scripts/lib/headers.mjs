// The response headers the site is served with, in one place: scripts/serve.mjs answers with them
// and scripts/write-headers.mjs writes them to build/_headers for static hosts (Netlify, Cloudflare
// Pages), so the local server and a host cannot drift apart.
//
// Rules apply in order to every request path they match; a later rule's header replaces an earlier
// one of the same name (Netlify's behaviour). Cloudflare Pages joins repeated headers instead, so
// the _headers file detaches ("! Name") a header before a later rule sets it again.

export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * @typedef {{ path: string, headers: Record<string, string>, why: string }} HeaderRule
 * `path` is an exact path or a prefix ending in `*` ("/embed/*"), as in the _headers format.
 */

/** @type {readonly HeaderRule[]} */
export const HEADER_RULES = [
	{
		path: '/*',
		why: 'every response: no MIME sniffing, no full URL sent to other sites, never framed',
		headers: {
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
			// Only this directive: the pages carry their own hash-based CSP in a meta tag, and a
			// meta CSP cannot set frame-ancestors. Browsers apply both policies.
			'Content-Security-Policy': "frame-ancestors 'none'",
			// revalidate with the ETag / Last-Modified on every use
			'Cache-Control': 'no-cache'
		}
	},
	{
		path: '/embed/*',
		why: 'pages meant to be embedded on other sites may be framed by any of them',
		headers: { 'Content-Security-Policy': 'frame-ancestors *' }
	},
	{
		path: '/_app/immutable/*',
		why: 'file names carry a content hash: a file never changes once published',
		headers: { 'Cache-Control': IMMUTABLE_CACHE_CONTROL }
	}
];

/**
 * Whether a rule's path covers a request path.
 * @param {string} rule
 * @param {string} pathname
 */
export function ruleMatches(rule, pathname) {
	return rule.endsWith('*') ? pathname.startsWith(rule.slice(0, -1)) : pathname === rule;
}

/**
 * The headers for a request path (decoded, leading slash), names as written in the rules.
 * @param {string} pathname
 * @param {readonly HeaderRule[]} [rules]
 * @returns {Record<string, string>}
 */
export function headersForPath(pathname, rules = HEADER_RULES) {
	/** @type {Record<string, string>} */
	const out = {};
	for (const rule of rules) if (ruleMatches(rule.path, pathname)) Object.assign(out, rule.headers);
	return out;
}

/**
 * The build/_headers file (Netlify and Cloudflare Pages format) for the rules.
 * @param {readonly HeaderRule[]} [rules]
 */
export function headersFile(rules = HEADER_RULES) {
	const lines = [
		'# Written by scripts/write-headers.mjs from scripts/lib/headers.mjs after every build; edit those.',
		'# The same headers scripts/serve.mjs sends. A later rule replaces a header an earlier one set:',
		'# "! Name" removes the earlier value on Cloudflare Pages (Netlify ignores that line and lets',
		'# the later rule win by itself).',
		''
	];
	rules.forEach((rule, i) => {
		lines.push(`# ${rule.why}`, rule.path);
		const earlier = rules.slice(0, i).filter((r) => overlaps(r.path, rule.path));
		for (const name of Object.keys(rule.headers)) {
			if (earlier.some((r) => name in r.headers)) lines.push(`  ! ${name}`);
		}
		for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
		lines.push('');
	});
	return lines.join('\n');
}

/**
 * Whether some request path matches both rule paths.
 * @param {string} a
 * @param {string} b
 */
function overlaps(a, b) {
	const prefix = (/** @type {string} */ p) => (p.endsWith('*') ? p.slice(0, -1) : p);
	if (a.endsWith('*') && b.endsWith('*'))
		return prefix(a).startsWith(prefix(b)) || prefix(b).startsWith(prefix(a));
	if (a.endsWith('*')) return b.startsWith(prefix(a));
	if (b.endsWith('*')) return a.startsWith(prefix(b));
	return a === b;
}
