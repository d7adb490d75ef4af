/**
 * scripts/serve.mjs behaves as a good static host: GET and HEAD only, HEAD with GET's headers,
 * validators and 304s per encoding, the security headers on every answer (framing allowed only
 * under /embed/), nothing served from outside the build directory; and build/_headers carries the
 * same rules for static hosts. Raw HTTP (node:http), so bodies are compared as sent on the wire.
 */
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import {
	closeSync,
	cpSync,
	ftruncateSync,
	mkdtempSync,
	openSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { HEADER_RULES, headersFile, headersForPath } from '../../scripts/lib/headers.mjs';

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** One request as sent (path not normalised), the body as received (not decompressed). */
function raw(
	base: string,
	path: string,
	{ method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}
): Promise<Answer> {
	const { hostname, port } = new URL(base);
	return new Promise((resolve, reject) => {
		const req = httpRequest({ hostname, port, path, method, headers, agent: false }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
		});
		req.on('error', reject);
		req.end();
	});
}

const SECURITY = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'content-security-policy': "frame-ancestors 'none'"
};

function expectSecurity(a: Answer, framing = "frame-ancestors 'none'") {
	expect(a.headers['x-content-type-options']).toBe(SECURITY['x-content-type-options']);
	expect(a.headers['referrer-policy']).toBe(SECURITY['referrer-policy']);
	expect(a.headers['content-security-policy']).toBe(framing);
}

/** Start scripts/serve.mjs on a free port with the given environment; resolves with its address. */
async function startServer(
	env: Record<string, string>
): Promise<{ base: string; proc: ChildProcess }> {
	const proc = spawn(process.execPath, ['scripts/serve.mjs'], {
		env: { ...process.env, PORT: '0', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const base = await new Promise<string>((resolve, reject) => {
		let out = '';
		proc.stdout?.on('data', (d: Buffer) => {
			out += d.toString();
			const m = /served at (http:\/\/\S+?)\/?\s/.exec(out);
			if (m?.[1]) resolve(m[1]);
		});
		proc.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
	});
	return { base, proc };
}

test('methods other than GET and HEAD answer 405 with Allow, and the security headers', async ({
	baseURL
}) => {
	for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
		for (const path of ['/trade', '/no-such-page', '/_app/immutable/x.js']) {
			const a = await raw(baseURL!, path, { method });
			expect(a.status, `${method} ${path}`).toBe(405);
			expect(a.headers['allow']).toBe('GET, HEAD');
			expect(a.headers['cache-control']).toBe('no-cache');
			expectSecurity(a);
		}
	}
});

test('HEAD sends the headers GET sends, Content-Length of the body GET would send, and no body', async ({
	baseURL
}) => {
	const file = readFileSync('build/trade.html');
	for (const encoding of ['identity', 'gzip']) {
		for (const path of ['/trade', '/data/sources.csv', '/no-such-page']) {
			const headers = { 'accept-encoding': encoding };
			const get = await raw(baseURL!, path, { headers });
			const head = await raw(baseURL!, path, { method: 'HEAD', headers });
			expect(head.status).toBe(get.status);
			expect(head.body.length).toBe(0);
			expect(Number(get.headers['content-length'])).toBe(get.body.length);
			expect(Number(head.headers['content-length'])).toBe(get.body.length);
			for (const name of ['content-type', 'content-encoding', 'etag', 'last-modified', 'vary'])
				expect(head.headers[name], `${encoding} ${path} ${name}`).toBe(get.headers[name]);
			expect(get.headers['content-encoding']).toBe(encoding === 'gzip' ? 'gzip' : undefined);
			if (path === '/trade') {
				// /trade is trade.html, byte for byte once decoded
				expect(
					encoding === 'gzip' ? gunzipSync(get.body).equals(file) : get.body.equals(file)
				).toBe(true);
				if (encoding === 'gzip') expect(get.body.length).toBeLessThan(file.length / 4);
			}
		}
	}
	// brotli is made in the background on first use; once it is there, the same holds
	const headers = { 'accept-encoding': 'br, gzip' };
	await expect
		.poll(
			async () =>
				(await raw(baseURL!, '/trade', { method: 'HEAD', headers })).headers['content-encoding'],
			{
				timeout: 15_000
			}
		)
		.toBe('br');
	const get = await raw(baseURL!, '/trade', { headers });
	const head = await raw(baseURL!, '/trade', { method: 'HEAD', headers });
	expect(brotliDecompressSync(get.body).equals(file)).toBe(true);
	expect(Number(head.headers['content-length'])).toBe(get.body.length);
	expect(head.headers['etag']).toBe(get.headers['etag']);
});

test('strong ETags differ per encoding; If-None-Match (which wins) and If-Modified-Since answer 304', async ({
	baseURL
}) => {
	const plain = await raw(baseURL!, '/trade', { headers: { 'accept-encoding': 'identity' } });
	const gz = await raw(baseURL!, '/trade', { headers: { 'accept-encoding': 'gzip' } });
	const tag = plain.headers['etag']!;
	const gzTag = gz.headers['etag']!;
	expect(tag).toMatch(/^"[\w-]+"$/); // strong: no W/
	expect(gzTag).toMatch(/^"[\w-]+"$/);
	expect(gzTag).not.toBe(tag);
	expect(plain.headers['vary']?.toLowerCase()).toBe('accept-encoding');
	expect(plain.headers['last-modified']).toBeTruthy();

	for (const [encoding, etag] of [
		['identity', tag],
		['gzip', gzTag]
	] as const) {
		for (const method of ['GET', 'HEAD']) {
			const a = await raw(baseURL!, '/trade', {
				method,
				headers: { 'accept-encoding': encoding, 'if-none-match': etag }
			});
			expect(a.status, `${method} ${encoding}`).toBe(304);
			expect(a.body.length).toBe(0);
			expect(a.headers['etag']).toBe(etag);
			expectSecurity(a);
		}
	}
	// the gzip tag does not validate the identity bytes
	const other = await raw(baseURL!, '/trade', {
		headers: { 'accept-encoding': 'identity', 'if-none-match': gzTag }
	});
	expect(other.status).toBe(200);
	expect(other.body.length).toBe(plain.body.length);

	const lastModified = plain.headers['last-modified']!;
	const ims = await raw(baseURL!, '/trade', {
		headers: { 'accept-encoding': 'identity', 'if-modified-since': lastModified }
	});
	expect(ims.status).toBe(304);
	const older = await raw(baseURL!, '/trade', {
		headers: { 'if-modified-since': new Date(Date.parse(lastModified) - 1000).toUTCString() }
	});
	expect(older.status).toBe(200);
	// If-None-Match wins: a stale tag gets the page even when the date would say "not modified"
	const both = await raw(baseURL!, '/trade', {
		headers: {
			'accept-encoding': 'identity',
			'if-none-match': '"stale"',
			'if-modified-since': lastModified
		}
	});
	expect(both.status).toBe(200);
});

test('the security headers are on 200, 404, 301, 304 and 405; /embed/ may be framed by anyone', async ({
	baseURL
}) => {
	const ok = await raw(baseURL!, '/trade');
	expect(ok.status).toBe(200);
	expectSecurity(ok);
	expect(ok.headers['cache-control']).toBe('no-cache');
	const missing = await raw(baseURL!, '/no-such-page');
	expect(missing.status).toBe(404);
	expect(missing.body.toString()).toContain('<html');
	expectSecurity(missing);
	const moved = await raw(baseURL!, '/trade/?year=2016');
	expect(moved.status).toBe(301);
	expect(moved.headers['location']).toBe('/trade?year=2016');
	expectSecurity(moved);
	const notModified = await raw(baseURL!, '/trade', {
		headers: { 'if-none-match': ok.headers['etag']! }
	});
	expect(notModified.status).toBe(304);
	expectSecurity(notModified);
	expectSecurity(await raw(baseURL!, '/trade', { method: 'POST' }));

	const embed = await raw(baseURL!, '/embed/x');
	expect(embed.status).toBe(404);
	expectSecurity(embed, 'frame-ancestors *');
	const embedMoved = await raw(baseURL!, '/embed/x/');
	expect(embedMoved.status).toBe(301);
	expectSecurity(embedMoved, 'frame-ancestors *');
	expectSecurity(await raw(baseURL!, '/embed/x', { method: 'DELETE' }), 'frame-ancestors *');
	// only under /embed/: a look-alike path is not
	expectSecurity(await raw(baseURL!, '/embedded'));
});

test('files under /_app/immutable/ are cached for a year; a missing one is not', async ({
	baseURL
}) => {
	const name = readdirSync('build/_app/immutable/entry').find((f) => f.endsWith('.js'));
	const a = await raw(baseURL!, `/_app/immutable/entry/${name}`, {
		headers: { 'accept-encoding': 'gzip' }
	});
	expect(a.status).toBe(200);
	expect(a.headers['cache-control']).toBe('public, max-age=31536000, immutable');
	expect(a.headers['content-type']).toBe('text/javascript; charset=utf-8');
	expectSecurity(a);
	const missing = await raw(baseURL!, '/_app/immutable/entry/no-such-file.js');
	expect(missing.status).toBe(404);
	expect(missing.headers['cache-control']).toBe('no-cache');
});

test('a second server on a port already in use stops with an error instead of moving', async ({
	baseURL
}) => {
	const proc = spawn(process.execPath, ['scripts/serve.mjs'], {
		env: { ...process.env, PORT: new URL(baseURL!).port },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let err = '';
	proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
	const code = await new Promise((resolve) => proc.on('exit', resolve));
	expect(code).toBe(1);
	expect(err).toContain('Set PORT');
});

test.describe('nothing outside the build directory is served', () => {
	const SECRET = 'secret-outside-the-build-7f3a';
	let dir = '';
	let server: { base: string; proc: ChildProcess } | undefined;

	test.beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'atlas-serve-'));
		const build = join(dir, 'build');
		cpSync('build', build, { recursive: true });
		writeFileSync(join(dir, 'secret.txt'), SECRET);
		writeFileSync(join(dir, 'secret.html'), SECRET);
		// a file and a folder symlinked from inside the build to outside it
		symlinkSync(join(dir, 'secret.txt'), join(build, 'leak.txt'));
		symlinkSync(join(dir, 'secret.html'), join(build, 'leak-page.html'));
		symlinkSync(dir, join(build, 'outside'));
		// a symlink that stays inside is followed (so the refusals above are not an accident)
		symlinkSync(join(build, 'trade.html'), join(build, 'alias.html'));
		server = await startServer({ BUILD_DIR: build });
	});

	test.afterAll(() => {
		server?.proc.kill();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	test('a symlink pointing out of the build directory answers 404', async () => {
		const { base } = server!;
		expect((await raw(base, '/alias')).status).toBe(200);
		for (const path of [
			'/leak.txt',
			'/leak-page',
			'/leak-page.html',
			'/outside/secret.txt',
			'/outside/secret'
		]) {
			const a = await raw(base, path);
			expect(a.status, path).toBe(404);
			expect(a.body.toString()).not.toContain(SECRET);
			expectSecurity(a);
		}
	});

	test('path traversal is refused (400) or not found (404), never a file outside', async () => {
		const { base } = server!;
		const attempts = [
			'/../secret.txt',
			'/../../secret.txt',
			'/trade/../../secret.txt',
			'/%2e%2e/secret.txt',
			'/%2E%2E/%2e%2e/secret.txt',
			'/..%2fsecret.txt',
			'/%2e%2e%2fsecret.txt',
			'/..%5csecret.txt',
			'/..\\secret.txt',
			'/\\..\\secret.txt',
			'/secret.txt%00.html',
			'/%00',
			'/trade%00',
			'/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
			'/../../../../../../etc/passwd',
			'/_headers'
		];
		for (const path of attempts) {
			const a = await raw(base, path);
			expect([400, 404], path).toContain(a.status);
			expect(a.body.toString(), path).not.toContain(SECRET);
			expect(a.body.toString(), path).not.toContain('root:x:0:0');
			expectSecurity(a);
		}
		// encoded slashes and backslashes, NUL: refused outright
		for (const path of ['/..%2fsecret.txt', '/..%5csecret.txt', '/..\\secret.txt', '/%00'])
			expect((await raw(base, path)).status, path).toBe(400);
	});
});

test.describe('build/_headers carries the server rules for static hosts', () => {
	const file = () => readFileSync('build/_headers', 'utf8');

	test('it is written from the header module, with the literal rules', () => {
		expect(file()).toBe(headersFile());
		const blocks = file()
			.split('\n\n')
			.map((b) => b.split('\n').filter((l) => l && !l.startsWith('#')));
		const block = (path: string) => blocks.find((b) => b[0] === path)?.slice(1) ?? [];
		expect(block('/*')).toEqual([
			'  X-Content-Type-Options: nosniff',
			'  Referrer-Policy: strict-origin-when-cross-origin',
			"  Content-Security-Policy: frame-ancestors 'none'",
			'  Cache-Control: no-cache'
		]);
		expect(block('/embed/*')).toEqual([
			'  ! Content-Security-Policy',
			'  Content-Security-Policy: frame-ancestors *'
		]);
		expect(block('/_app/immutable/*')).toEqual([
			'  ! Cache-Control',
			'  Cache-Control: public, max-age=31536000, immutable'
		]);
	});

	test('a host reading the file sends what the local server sends', async ({ baseURL }) => {
		// Cloudflare Pages: every matching rule applies, "! Name" drops an earlier value, repeats join
		const rules: { path: string; lines: string[] }[] = [];
		for (const line of file().split('\n')) {
			if (line.startsWith('/')) rules.push({ path: line, lines: [] });
			else if (line.startsWith('  ')) rules.at(-1)!.lines.push(line.trim());
		}
		const cloudflare = (path: string) => {
			const out: Record<string, string> = {};
			for (const r of rules) {
				const match = r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path;
				if (!match) continue;
				for (const l of r.lines) {
					if (l.startsWith('! ')) delete out[l.slice(2).toLowerCase()];
					else {
						const [name, ...value] = l.split(':');
						const key = name!.toLowerCase();
						out[key] = out[key] ? `${out[key]}, ${value.join(':').trim()}` : value.join(':').trim();
					}
				}
			}
			return out;
		};
		const name = readdirSync('build/_app/immutable/entry').find((f) => f.endsWith('.js'));
		for (const path of [
			'/trade',
			'/embed/x',
			`/_app/immutable/entry/${name}`,
			'/data/sources.csv'
		]) {
			const a = await raw(baseURL!, path);
			const expected = cloudflare(path);
			expect(Object.keys(expected).sort()).toEqual(
				Object.keys(headersForPath(path))
					.map((n) => n.toLowerCase())
					.sort()
			);
			for (const [header, value] of Object.entries(expected))
				expect(a.headers[header], `${path} ${header}`).toBe(value);
		}
		expect(HEADER_RULES.map((r) => r.path)).toEqual(['/*', '/embed/*', '/_app/immutable/*']);
	});
});

/** Bytes written on a socket as they are, and the answer's head (status line and headers). */
function onSocket(base: string, text: string): Promise<string> {
	const { hostname, port } = new URL(base);
	return new Promise((resolve, reject) => {
		const s = connect(Number(port), hostname, () => s.write(text));
		let got = '';
		s.on('data', (d: Buffer) => (got += d.toString('latin1')));
		s.on('end', () => resolve(got));
		s.on('close', () => resolve(got));
		s.on('error', reject);
		setTimeout(() => {
			s.destroy();
			resolve(got);
		}, 3000);
	});
}
const headerOf = (answer: string, name: string) =>
	new RegExp(`^${name}: (.*)$`, 'im').exec(answer.split('\r\n\r\n')[0] ?? '')?.[1]?.trim();

test('what Node’s parser stops still gets an answer with the headers: 405 for an unknown method and CONNECT, 431, 400', async ({
	baseURL
}) => {
	const base = baseURL!;
	const unknown = await raw(base, '/trade', { method: 'FOO' });
	expect(unknown.status).toBe(405);
	expect(unknown.headers.allow).toBe('GET, HEAD');
	expectSecurity(unknown);
	const tunnel = await onSocket(
		base,
		'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n'
	);
	expect(tunnel).toMatch(/^HTTP\/1\.1 405 /);
	expect(headerOf(tunnel, 'Allow')).toBe('GET, HEAD');
	expect(headerOf(tunnel, 'X-Content-Type-Options')).toBe('nosniff');
	const huge = await onSocket(
		base,
		`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`
	);
	expect(huge).toMatch(/^HTTP\/1\.1 431 /);
	expect(headerOf(huge, 'Content-Security-Policy')).toBe("frame-ancestors 'none'");
	const bad = await onSocket(base, 'GET / HTTP/1.1\r\nHost x\r\n\r\n');
	expect(bad).toMatch(/^HTTP\/1\.1 400 /);
	expect(headerOf(bad, 'X-Content-Type-Options')).toBe('nosniff');
});

test('If-Modified-Since is read only when it is an HTTP-date not in the future', async ({
	baseURL
}) => {
	const base = baseURL!;
	const first = await raw(base, '/robots.txt');
	const last = first.headers['last-modified']!;
	expect((await raw(base, '/robots.txt', { headers: { 'if-modified-since': last } })).status).toBe(
		304
	);
	const future = new Date(Date.now() + 86_400_000 * 400).toUTCString();
	for (const v of ['9999', '2099-01-01', future, 'yesterday'])
		expect(
			(await raw(base, '/robots.txt', { headers: { 'if-modified-since': v } })).status,
			v
		).toBe(200);
});

test.describe('a server whose files change under it', () => {
	let dir = '';
	let server: { base: string; proc: ChildProcess } | null = null;
	test.beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'atlas-disk-'));
		writeFileSync(join(dir, '404.html'), '<p>not here</p>');
		writeFileSync(join(dir, 'a.txt'), 'first version');
		// a sparse file over 2 GiB: no disk used, and too large for one read
		const big = openSync(join(dir, 'big.bin'), 'w');
		ftruncateSync(big, 2 ** 31 + 4096);
		closeSync(big);
		server = await startServer({ BUILD_DIR: dir, CACHE_BYTES: String(8 * 1024 * 1024) });
	});
	test.afterAll(() => {
		server?.proc.kill();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	test('a same-size rewrite with its old mtime put back is served new; a deleted file is 404, not 500', async () => {
		const { base } = server!;
		const file = join(dir, 'a.txt');
		expect((await raw(base, '/a.txt')).body.toString()).toBe('first version');
		// a whole-second mtime, as a deploy tool that copies times writes it
		const t = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
		utimesSync(file, t, t);
		expect((await raw(base, '/a.txt')).body.toString()).toBe('first version');
		writeFileSync(file, 'other version');
		utimesSync(file, t, t);
		expect((await raw(base, '/a.txt')).body.toString()).toBe('other version');
		rmSync(file);
		const gone = await raw(base, '/a.txt');
		expect(gone.status).toBe(404);
		expectSecurity(gone);
	});

	test('a file over 2 GiB is streamed whole, with its length', async () => {
		const { base } = server!;
		const h = await raw(base, '/big.bin', { method: 'HEAD' });
		expect(h.status).toBe(200);
		expect(Number(h.headers['content-length'])).toBe(2 ** 31 + 4096);
		// the first bytes arrive at once (the rest is not waited for)
		const { hostname, port } = new URL(base);
		const firstChunk = await new Promise<{ status: number; bytes: number }>((resolve, reject) => {
			const req = httpRequest({ hostname, port, path: '/big.bin', agent: false }, (res) => {
				res.once('data', (c: Buffer) => {
					resolve({ status: res.statusCode ?? 0, bytes: c.length });
					req.destroy();
				});
			});
			req.on('error', (e) => (e.message.includes('socket hang up') ? null : reject(e)));
			req.end();
		});
		expect(firstChunk.status).toBe(200);
		expect(firstChunk.bytes).toBeGreaterThan(0);
	});

	test('forty deploys of a 4 MB hashed file leave memory flat (the cache is bounded)', async () => {
		const { base, proc } = server!;
		const rss = () =>
			Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${proc.pid}/status`, 'utf8'))?.[1]) *
			1024;
		const deploy = (i: number) => {
			const name = `app-${i}.png`;
			writeFileSync(join(dir, name), randomBytes(4 * 1024 * 1024));
			if (i > 0) rmSync(join(dir, `app-${i - 1}.png`));
			return name;
		};
		await raw(base, `/${deploy(0)}`);
		const before = rss();
		for (let i = 1; i <= 40; i++) expect((await raw(base, `/${deploy(i)}`)).status).toBe(200);
		// 40 × 4 MB kept would be 160 MB more; the cache holds at most 8 MB
		expect(rss() - before).toBeLessThan(80 * 1024 * 1024);
	});
});

test('a cold server answers a small page at once while the large data files are compressed', async () => {
	const { base, proc } = await startServer({});
	try {
		const large = [
			'/data/world_partner_shares/rows.json',
			'/data/world_pair_turnover/rows.json',
			'/data/world_partner_shares.csv',
			'/data/world_pair_turnover.csv'
		].map((p) => raw(base, p, { headers: { 'accept-encoding': 'br, gzip' } }));
		// once the large reads are under way, a page never asked for before (its file read from
		// disk, through the same thread pool) must not wait behind their compression
		let worst = 0;
		for (const path of ['/robots.txt', '/sitemap.xml', '/about']) {
			await new Promise((f) => setTimeout(f, 150));
			const t0 = Date.now();
			const small = await raw(base, path);
			worst = Math.max(worst, Date.now() - t0);
			expect(small.status).toBe(200);
		}
		const ms = worst;
		expect(ms, `${ms} ms`).toBeLessThan(300);
		for (const a of await Promise.all(large)) expect(a.status).toBe(200);
	} finally {
		proc.kill();
	}
});
