// Serves the built site (build/, or $BUILD_DIR) as a good static host would:
// - /trade → trade.html, /data → data.html, / → index.html; the site's 404 page otherwise.
// - Addresses ending in a slash answer 301 to the same address without it (query kept): /trade/ →
//   /trade, the site's one form of each address (SvelteKit trailingSlash: 'never').
// - GET and HEAD only (405 with Allow otherwise); HEAD sends GET's headers, Content-Length included.
// - Every file is read and compressed once (gzip at once, brotli in the background, one file at a
//   time so a cold start never ties up Node's thread pool) and kept in a bounded cache that follows
//   the disk (least recently served let go first; gone or changed files dropped by a sweep); files
//   over STREAM_OVER (64 MB) are streamed, never held. Strong ETags (one per encoding) and
//   Last-Modified, 304 to a matching If-None-Match (or, without one, an If-Modified-Since that is an
//   HTTP-date not in the future).
// - Requests Node's parser refuses (unknown method, headers too large, CONNECT) still get an
//   answer with the same headers: 405, 431 or 400.
// - Never serves a file outside the build directory: no "..", NUL or backslash in a path, and a
//   symlink is followed only when its target is inside the build directory too.
// - Headers (security, caching) come from scripts/lib/headers.mjs, which also writes build/_headers.
// Port: $PORT or 4317 (0 picks a free one); fails instead of picking another port if it is taken.
import { createServer } from 'node:http';
import { createReadStream, realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname, join, resolve, sep } from 'node:path';
import { STATUS_CODES } from 'node:http';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
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

/**
 * The cache: at most CACHE_BYTES of files (every encoding counted), the least recently served let
 * go first, and an entry whose file is gone or changed on disk dropped by a sweep every half
 * minute, so a hundred deploys of hashed files never pile up in memory.
 * @type {Map<string, { signature: string, entry: Promise<Entry>, bytes: number }>}
 */
const cache = new Map();
const CACHE_BYTES = Number(process.env.CACHE_BYTES ?? 128 * 1024 * 1024);
/** Files larger than this are streamed from disk as they are: never read whole, never cached. */
const STREAM_OVER = Number(process.env.STREAM_OVER ?? 64 * 1024 * 1024);
let cachedBytes = 0;

/** @param {string} file */
function forget(file) {
	const hit = cache.get(file);
	if (!hit) return;
	cachedBytes -= hit.bytes;
	cache.delete(file);
}
function trim() {
	for (const file of cache.keys()) {
		if (cachedBytes <= CACHE_BYTES) break;
		forget(file);
	}
}
/** @param {string} file @param {number} bytes */
function account(file, bytes) {
	const hit = cache.get(file);
	if (!hit) return;
	cachedBytes += bytes;
	hit.bytes += bytes;
	trim();
}
const sweep = setInterval(async () => {
	for (const [file, hit] of [...cache]) {
		try {
			if (signatureOf(await stat(file)) !== hit.signature) forget(file);
		} catch {
			forget(file);
		}
	}
}, 30_000);
sweep.unref();

/**
 * What identifies a file's bytes without reading them: inode, size, modification and change
 * times (a rewrite of the same size with its old mtime put back still moves ctime, which no
 * program can set).
 * @param {import('node:fs').Stats} st
 */
const signatureOf = (st) => `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;

/**
 * Compression runs one file at a time: four large first requests must not take every thread of
 * Node's pool (which also reads files), or every other request waits behind them.
 * @type {Promise<unknown>}
 */
let compressing = Promise.resolve();
/** @template T @param {() => Promise<T>} job @returns {Promise<T>} */
function queued(job) {
	const run = compressing.then(job, job);
	compressing = run.catch(() => {});
	return run;
}
/** @param {Buffer} b @param {number} level @returns {Promise<Buffer>} */
const gzipAsync = (b, level) =>
	new Promise((ok, no) => gzip(b, { level }, (err, out) => (err ? no(err) : ok(out))));
/** @param {Buffer} b @param {number} quality @returns {Promise<Buffer>} */
const brotliAsync = (b, quality) =>
	new Promise((ok, no) =>
		brotliCompress(
			b,
			{ params: { [zlib.BROTLI_PARAM_QUALITY]: quality, [zlib.BROTLI_PARAM_SIZE_HINT]: b.length } },
			(err, out) => (err ? no(err) : ok(out))
		)
	);

/** @param {string} file real path @param {import('node:fs').Stats} st */
function load(file, st) {
	const signature = signatureOf(st);
	const hit = cache.get(file);
	if (hit?.signature === signature) {
		// most recently served last: the first let go is the one served longest ago
		cache.delete(file);
		cache.set(file, hit);
		return hit.entry;
	}
	forget(file);
	const entry = readFile(file).then(async (identity) => {
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		/** @type {Entry} */
		const e = {
			type,
			etag: createHash('sha256').update(identity).digest('base64url').slice(0, 32),
			lastModified: new Date(st.mtimeMs).toUTCString(),
			mtime: Math.floor(st.mtimeMs / 1000) * 1000,
			identity
		};
		account(file, identity.length);
		if (COMPRESSIBLE.test(type) && identity.length > 0) {
			// gzip before the first answer (a large file at a lighter level, so it is quick) ...
			const big = identity.length > 1024 * 1024;
			const gz = await queued(() => gzipAsync(identity, big ? 6 : 9));
			if (gz.length < identity.length) {
				e.gzip = gz;
				account(file, gz.length);
			}
			// ... brotli after it, in the background, and used once ready
			void queued(() => brotliAsync(identity, big ? 5 : 11)).then(
				(br) => {
					if (br.length < identity.length && cache.get(file)?.signature === signature) {
						e.br = br;
						account(file, br.length);
					}
				},
				() => {}
			);
		}
		return e;
	});
	entry.catch(() => forget(file));
	cache.set(file, { signature, entry, bytes: 0 });
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
	const ims = httpDate(req.headers['if-modified-since']);
	return ims !== null && mtime <= ims;
}

/**
 * An HTTP-date (RFC 9110 §5.6.7: IMF-fixdate, or the obsolete RFC 850 and asctime forms) that is
 * not in the future, in ms; null for anything else ("9999", "2099-01-01"), which is ignored.
 * @param {string | undefined} value
 */
function httpDate(value) {
	if (!value) return null;
	const v = value.trim();
	const forms = [
		/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/,
		/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{2}-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{2} \d{2}:\d{2}:\d{2} GMT$/,
		/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/
	];
	if (!forms.some((f) => f.test(v))) return null;
	const ms = Date.parse(/GMT$/.test(v) ? v : `${v} GMT`);
	return Number.isNaN(ms) || ms > Date.now() ? null : ms;
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
 * The site's own "page not found" page, as static hosts serve 404.html.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Record<string, string>} answerHeaders
 * @param {boolean} head
 */
async function notFound(req, res, answerHeaders, head) {
	const page = await resolveFile('/404.html');
	const e = page ? await load(page.real, page.st).catch(() => null) : null;
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
}

/**
 * A file too large to hold (over STREAM_OVER, up to any size the disk allows): sent from disk as
 * it is, uncompressed, its validator made from what identifies it on disk.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ real: string, st: import('node:fs').Stats }} found
 * @param {Record<string, string>} pathHeaders
 * @param {boolean} head
 */
function streamLarge(req, res, found, pathHeaders, head) {
	const { real, st } = found;
	const etag = `"${createHash('sha256').update(signatureOf(st)).digest('base64url').slice(0, 32)}"`;
	const headers = {
		...pathHeaders,
		ETag: etag,
		'Last-Modified': new Date(st.mtimeMs).toUTCString()
	};
	if (notModified(req, etag, Math.floor(st.mtimeMs / 1000) * 1000)) {
		res.writeHead(304, headers);
		res.end();
		return;
	}
	res.writeHead(200, {
		...headers,
		'Content-Type': TYPES[extname(real)] ?? 'application/octet-stream',
		'Content-Length': st.size
	});
	if (head) {
		res.end();
		return;
	}
	const stream = createReadStream(real);
	stream.on('error', () => res.destroy());
	res.on('close', () => stream.destroy());
	stream.pipe(res);
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
		await notFound(req, res, answerHeaders, head);
		return;
	}

	if (found.st.size > STREAM_OVER) {
		streamLarge(req, res, found, pathHeaders, head);
		return;
	}
	/** @type {Entry} */
	let e;
	try {
		e = await load(found.real, found.st);
	} catch (err) {
		// deleted (or replaced by a folder) between the look and the read: as if never there
		const code = /** @type {{ code?: string }} */ (err).code;
		if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') {
			await notFound(req, res, answerHeaders, head);
			return;
		}
		throw err;
	}
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

/**
 * An answer written on the socket itself, for requests Node's parser stops before the handler
 * (a method it does not know, headers too large, a malformed request line) and for CONNECT: the
 * same headers as every other answer, and the connection closed.
 * @param {import('node:stream').Duplex} socket
 * @param {number} status
 * @param {Record<string, string>} extra
 */
function answerOnSocket(socket, status, extra = {}) {
	if (!socket.writable) return socket.destroy();
	const body = `${STATUS_CODES[status] ?? 'Error'}\n`;
	const headers = {
		...headersForPath('/'),
		'Cache-Control': 'no-cache',
		...extra,
		'Content-Type': 'text/plain; charset=utf-8',
		'Content-Length': String(Buffer.byteLength(body)),
		Connection: 'close'
	};
	const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
	socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('\r\n')}\r\n\r\n${body}`);
}
server.on('clientError', (err, socket) => {
	const code = /** @type {{ code?: string }} */ (err).code;
	if (code === 'ECONNRESET' || code === 'EPIPE') return socket.destroy();
	if (code === 'HPE_HEADER_OVERFLOW') return answerOnSocket(socket, 431);
	if (code === 'HPE_INVALID_METHOD') return answerOnSocket(socket, 405, { Allow: 'GET, HEAD' });
	answerOnSocket(socket, 400);
});
server.on('connect', (_req, socket) => answerOnSocket(socket, 405, { Allow: 'GET, HEAD' }));

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
