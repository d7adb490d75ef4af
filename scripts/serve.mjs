// Serves the built site (build/, or $BUILD_DIR) as a good static host would:
// - /trade → trade.html, /data → data.html, / → index.html; the site's 404 page otherwise.
// - Addresses ending in a slash answer 301 to the same address without it (query kept): /trade/ →
//   /trade, the site's one form of each address (SvelteKit trailingSlash: 'never').
// - GET and HEAD only (405 with Allow otherwise); HEAD sends GET's headers, Content-Length included.
// - Every file is read and compressed once (gzip at once, brotli in the background) and kept in
//   memory until it changes on disk; strong ETags (one per encoding) and Last-Modified, 304 to a
//   matching If-None-Match (or, without one, If-Modified-Since).
// - Never serves a file outside the build directory: no "..", NUL or backslash in a path, and a
//   symlink is followed only when its target is inside the build directory too.
// - Headers (security, caching) come from scripts/lib/headers.mjs, which also writes build/_headers.
// Port: $PORT or 4317 (0 picks a free one); fails instead of picking another port if it is taken.
import { createServer } from 'node:http';
import { realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompress, constants as zlib, gzipSync } from 'node:zlib';
import { headersForPath } from './lib/headers.mjs';

const port = Number(process.env.PORT ?? 4317);
const host = process.env.HOST ?? '127.0.0.1';
/** @type {string} */
let root;
try {
	root = realpathSync(resolve(process.env.BUILD_DIR ?? 'build'));
} catch {
	console.error(`Nothing to serve: ${resolve(process.env.BUILD_DIR ?? 'build')} does not exist.`);
	process.exit(1);
}

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.ico': 'image/x-icon'
};
const COMPRESSIBLE = /text|javascript|json|svg|xml/;
/** Host configuration written into the build, never served (as on Netlify and Cloudflare Pages). */
const HIDDEN = new Set(['_headers', '_redirects'].map((f) => join(root, f)));

/**
 * One file as served: its bytes once per encoding, computed on first use.
 * @typedef {{ type: string, etag: string, lastModified: string, mtime: number,
 *   identity: Buffer, gzip?: Buffer, br?: Buffer }} Entry
 */

/** @type {Map<string, { signature: string, entry: Promise<Entry> }>} */
const cache = new Map();

/** @param {string} file real path @param {import('node:fs').Stats} st */
function load(file, st) {
	const signature = `${st.ino}:${st.size}:${st.mtimeMs}`;
	const hit = cache.get(file);
	if (hit?.signature === signature) return hit.entry;
	const entry = readFile(file).then((identity) => {
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		/** @type {Entry} */
		const e = {
			type,
			etag: createHash('sha256').update(identity).digest('base64url').slice(0, 32),
			lastModified: new Date(st.mtimeMs).toUTCString(),
			mtime: Math.floor(st.mtimeMs / 1000) * 1000,
			identity
		};
		if (COMPRESSIBLE.test(type) && identity.length > 0) {
			const gz = gzipSync(identity, { level: 9 });
			if (gz.length < identity.length) e.gzip = gz;
			// Brotli at its best setting takes about a second for a large page: made off the main
			// thread, and used once ready (gzip until then).
			brotliCompress(
				identity,
				{
					params: {
						[zlib.BROTLI_PARAM_QUALITY]: 11,
						[zlib.BROTLI_PARAM_SIZE_HINT]: identity.length
					}
				},
				(err, br) => {
					if (!err && br.length < identity.length) e.br = br;
				}
			);
		}
		return e;
	});
	entry.catch(() => cache.delete(file));
	cache.set(file, { signature, entry });
	return entry;
}

/** @param {string} real */
function inside(real) {
	return real === root || real.startsWith(root + sep);
}

/**
 * The file a decoded path names, following symlinks only within the build directory.
 * @param {string} path
 */
async function resolveFile(path) {
	const base = join(root, path);
	if (!inside(base)) return null;
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		try {
			const real = await realpath(candidate);
			if (!inside(real) || HIDDEN.has(real)) continue;
			const st = await stat(real);
			if (st.isFile()) return { real, st };
		} catch {
			/* try the next candidate */
		}
	}
	return null;
}

/**
 * The encodings a client accepts, with their weights ("gzip;q=0.5, br" → gzip 0.5, br 1).
 * @param {string | undefined} header
 */
function accepts(header) {
	/** @type {Map<string, number>} */
	const q = new Map();
	for (const part of (header ?? '').split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		if (!name) continue;
		const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
		q.set(name, weight ? Number(weight[1]) : 1);
	}
	return (/** @type {string} */ name) => (q.get(name) ?? q.get('*') ?? 0) > 0;
}

/**
 * The variant to send: brotli, gzip, or the file as is.
 * @param {Entry} e
 * @param {string | undefined} acceptEncoding
 * @returns {{ body: Buffer, encoding?: 'br' | 'gzip' }}
 */
function variant(e, acceptEncoding) {
	const ok = accepts(acceptEncoding);
	if (e.br && ok('br')) return { body: e.br, encoding: 'br' };
	if (e.gzip && ok('gzip')) return { body: e.gzip, encoding: 'gzip' };
	return { body: e.identity };
}

/**
 * If-None-Match wins when present; If-Modified-Since is read only without it.
 * @param {import('node:http').IncomingMessage} req
 * @param {string} etag
 * @param {number} mtime
 */
function notModified(req, etag, mtime) {
	const inm = req.headers['if-none-match'];
	if (inm !== undefined) {
		return inm.split(',').some((t) => {
			const tag = t.trim();
			return tag === '*' || tag.replace(/^W\//, '') === etag;
		});
	}
	const ims = Date.parse(req.headers['if-modified-since'] ?? '');
	return !Number.isNaN(ims) && mtime <= ims;
}

/**
 * The request target: its path as sent (normalised), decoded, and its query; null if unusable.
 * Backslashes, NUL bytes and ".." segments (which survive URL normalisation only when the
 * slashes are encoded) are refused rather than interpreted.
 * @param {string} raw
 */
function parseTarget(raw) {
	if (!raw.startsWith('/') || raw.split('?')[0]?.includes('\\')) return null;
	try {
		const url = new URL(`http://localhost${raw}`);
		const path = decodeURIComponent(url.pathname);
		if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..')) return null;
		return { encoded: url.pathname, path, search: url.search };
	} catch {
		return null;
	}
}

/**
 * Answer a short text (400, 405) with the path's headers.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string} text
 * @param {boolean} head
 */
function sendText(res, status, headers, text, head) {
	const body = Buffer.from(`${text}\n`);
	res.writeHead(status, {
		...headers,
		'Content-Type': 'text/plain; charset=utf-8',
		'Content-Length': body.length
	});
	res.end(head ? undefined : body);
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
async function handle(req, res) {
	const head = req.method === 'HEAD';
	const target = parseTarget(req.url ?? '/');
	const pathHeaders = headersForPath(target?.path ?? '/');
	// what a cache may keep for a year is the files under /_app/immutable/, not an error or redirect
	const answerHeaders = { ...pathHeaders, 'Cache-Control': 'no-cache' };

	if (req.method !== 'GET' && !head) {
		sendText(res, 405, { ...answerHeaders, Allow: 'GET, HEAD' }, 'Method not allowed', false);
		return;
	}
	if (!target) {
		sendText(res, 400, answerHeaders, 'Bad request', head);
		return;
	}
	if (target.encoded.length > 1 && target.encoded.endsWith('/')) {
		// one leading slash only: "//host/" must not become a redirect to another host
		const to = target.encoded.replace(/\/+$/, '').replace(/^\/+/, '/') || '/';
		res.writeHead(301, { ...answerHeaders, Location: `${to}${target.search}` });
		res.end();
		return;
	}

	const found = await resolveFile(target.path);
	if (!found) {
		// the site's own "page not found" page, as static hosts serve 404.html
		const page = await resolveFile('/404.html');
		const e = page ? await load(page.real, page.st) : null;
		const { body, encoding } = e
			? variant(e, req.headers['accept-encoding'])
			: { body: Buffer.from('Not found\n') };
		res.writeHead(404, {
			...answerHeaders,
			'Content-Type': e ? e.type : 'text/plain; charset=utf-8',
			'Content-Length': body.length,
			Vary: 'Accept-Encoding',
			...(encoding ? { 'Content-Encoding': encoding } : {})
		});
		res.end(head ? undefined : body);
		return;
	}

	const e = await load(found.real, found.st);
	const { body, encoding } = variant(e, req.headers['accept-encoding']);
	// one strong ETag per encoding: the bytes differ, so must the tag
	const etag = `"${e.etag}${encoding ? `-${encoding}` : ''}"`;
	const headers = {
		...pathHeaders,
		ETag: etag,
		'Last-Modified': e.lastModified,
		Vary: 'Accept-Encoding'
	};
	if (notModified(req, etag, e.mtime)) {
		res.writeHead(304, headers);
		res.end();
		return;
	}
	res.writeHead(200, {
		...headers,
		'Content-Type': e.type,
		'Content-Length': body.length,
		...(encoding ? { 'Content-Encoding': encoding } : {})
	});
	res.end(head ? undefined : body);
}

const server = createServer((req, res) => {
	handle(req, res).catch((err) => {
		console.error(err);
		if (res.headersSent) return res.destroy();
		sendText(res, 500, headersForPath('/'), 'Server error', req.method === 'HEAD');
	});
});

server.on('error', (e) => {
	console.error(`Cannot serve on port ${port}: ${e.message}. Set PORT to use another port.`);
	process.exit(1);
});
server.listen(port, host, () => {
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	console.log(
		`Dependence Atlas is served at http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/`
	);
});
