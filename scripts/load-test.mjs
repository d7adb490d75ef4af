// `node scripts/load-test.mjs`: how the local server (scripts/serve.mjs) holds up under load.
// Starts the server on LOAD_PORT (default 4320) unless --url is given, then keeps --concurrency
// requests (default 200) in flight until --requests (default 2000) have been answered, accepting
// "gzip, deflate, br" as a browser does (--encoding to change), and prints p50/p95/max latency,
// requests per second and the server's CPU time per request.
// Example: node scripts/load-test.mjs --path /trade --concurrency 200 --requests 2000
// (--server <file> serves with another server script, e.g. an older copy, to compare.)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';

/** @param {string} name @param {string} fallback */
function arg(name, fallback) {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const concurrency = Number(arg('concurrency', '200'));
const total = Number(arg('requests', '2000'));
const path = arg('path', '/trade');
const encoding = arg('encoding', 'gzip, deflate, br');
const port = Number(process.env.LOAD_PORT ?? 4320);
const given = arg('url', '');
const script = arg('server', 'scripts/serve.mjs');
const base = given || `http://127.0.0.1:${port}`;

async function startServer() {
	const server = spawn(process.execPath, [script], {
		env: { ...process.env, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await /** @type {Promise<void>} */ (
		new Promise((resolve, reject) => {
			server.stdout.on('data', (d) => (d.toString().includes('served') ? resolve() : undefined));
			server.on('exit', (code) => reject(new Error(`the local server stopped (exit ${code})`)));
		})
	);
	return server;
}

const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

/** @param {string} url @returns {Promise<{ ms: number, bytes: number }>} */
function once(url) {
	const t0 = performance.now();
	return new Promise((resolve, reject) => {
		const req = request(url, { agent, headers: { 'accept-encoding': encoding } }, (res) => {
			let bytes = 0;
			res.on('data', (c) => (bytes += c.length));
			res.on('end', () => {
				if (res.statusCode !== 200) reject(new Error(`${url} answered ${res.statusCode}`));
				else resolve({ ms: performance.now() - t0, bytes });
			});
		});
		req.on('error', reject);
		req.end();
	});
}

/**
 * The server process's CPU time so far (user + system, ms), read from /proc on Linux; else null.
 * @param {import('node:child_process').ChildProcess | null} server
 */
function serverCpuMs(server) {
	if (!server?.pid) return null;
	try {
		const stat = readFileSync(`/proc/${server.pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, 100 ticks/s
	} catch {
		return null;
	}
}

/** @param {number[]} sorted @param {number} p */
function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
	const server = given ? null : await startServer();
	const url = new URL(path, base).href;
	try {
		// Warm-up: the first answers may read and compress the file; wait until the answer has
		// been the same size for 1.5 s (a server may switch to a better compression once ready).
		for (let last = -1, since = performance.now(), t0 = since; performance.now() - t0 < 10_000;) {
			const { bytes } = await once(url);
			if (bytes !== last) [last, since] = [bytes, performance.now()];
			else if (performance.now() - since > 1500) break;
			await new Promise((r) => setTimeout(r, 100));
		}
		/** @type {number[]} */
		const times = [];
		let sent = 0;
		let bytes = 0;
		const started = performance.now();
		const cpu0 = serverCpuMs(server);
		const worker = async () => {
			while (sent < total) {
				sent++;
				const r = await once(url);
				times.push(r.ms);
				bytes = r.bytes;
			}
		};
		await Promise.all(Array.from({ length: concurrency }, worker));
		const seconds = (performance.now() - started) / 1000;
		times.sort((a, b) => a - b);
		const f = (/** @type {number} */ ms) => `${ms.toFixed(0)} ms`;
		console.log(
			`${url} · ${total} requests, ${concurrency} in flight, accept-encoding "${encoding}", ${bytes} bytes each`
		);
		console.log(
			`p50 ${f(percentile(times, 50))} · p95 ${f(percentile(times, 95))} · max ${f(times[times.length - 1])} · ${(total / seconds).toFixed(0)} requests/s`
		);
		const cpu1 = serverCpuMs(server);
		if (cpu0 !== null && cpu1 !== null)
			console.log(`server CPU ${((cpu1 - cpu0) / total).toFixed(2)} ms per request`);
	} finally {
		agent.destroy();
		server?.kill();
	}
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
