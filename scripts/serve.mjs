// Serves the built site (build/) as any static host would: /trade → trade.html, 404 page otherwise.
// Addresses ending in a slash answer 301 to the same address without it (query kept): /trade/ →
// /trade, the site's one form of each address (SvelteKit trailingSlash: 'never').
// Port: $PORT or 4317; fails instead of picking another port if it is taken.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 4317);
const host = process.env.HOST ?? '127.0.0.1';

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
	'.ico': 'image/x-icon'
};

async function resolveFile(pathname) {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const base = join(root, clean);
	if (!base.startsWith(root)) return null;
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		try {
			const s = await stat(candidate);
			if (s.isFile()) return candidate;
		} catch {
			/* try the next candidate */
		}
	}
	return null;
}

const server = createServer(async (req, res) => {
	try {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
			// one leading slash only: "//host/" must not become a redirect to another host
			const target = url.pathname.replace(/\/+$/, '').replace(/^\/+/, '/') || '/';
			res.writeHead(301, { location: `${target}${url.search}`, 'cache-control': 'no-cache' });
			res.end();
			return;
		}
		const file = await resolveFile(url.pathname);
		if (!file) {
			// the site's own "page not found" page, as static hosts serve 404.html
			const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			res.end(req.method === 'HEAD' ? undefined : notFound);
			return;
		}
		let body = await readFile(file);
		const immutable = url.pathname.startsWith('/_app/immutable/');
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const headers = {
			'content-type': type,
			'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
			'x-content-type-options': 'nosniff',
			vary: 'accept-encoding'
		};
		// Text is sent compressed, as any CDN would (CSV downloads stay byte-identical once decoded).
		if (
			/text|javascript|json|svg/.test(type) &&
			/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
		) {
			body = gzipSync(body);
			headers['content-encoding'] = 'gzip';
		}
		res.writeHead(200, headers);
		res.end(req.method === 'HEAD' ? undefined : body);
	} catch {
		res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
		res.end('Bad request');
	}
});

server.on('error', (e) => {
	console.error(`Cannot serve on port ${port}: ${e.message}. Set PORT to use another port.`);
	process.exit(1);
});
server.listen(port, host, () => {
	console.log(
		`Dependence Atlas is served at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`
	);
});
