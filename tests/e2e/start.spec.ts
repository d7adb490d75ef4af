/**
 * `npm start` (scripts/start.mjs): the build told in a line, its warnings and errors shown, and the
 * site's address printed last by scripts/serve.mjs. Node only, no browser: the quiet build's
 * filter as a pure function over a build's real kinds of lines, the capture over a real child
 * process, and the server's startup output.
 */
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quietBuildOutput, runCaptured } from '../../scripts/lib/build-output.mjs';

/** What `npm run build` prints, line kinds taken from a real run (shortened where repetitive). */
const BUILD = [
	'',
	'> dependence-atlas@0.1.0 build',
	'> npm run data:check && vite build && node scripts/write-headers.mjs && npm run og',
	'',
	'> dependence-atlas@0.1.0 data:check',
	'> tsx data/scripts/validate-all.ts',
	'',
	'data/: 19 datasets, 87238 rows, all valid',
	'data version f184503940ab (2026-11-29)',
	'vite v8.3.8 building ssr environment for production...',
	'transforming...',
	'✓ 976 modules transformed.',
	'rendering chunks...',
	'computing gzip size...',
	'.svelte-kit/output/client/_app/version.json                          0.02 kB │ gzip:  0.04 kB',
	'.svelte-kit/output/client/_app/immutable/workers/worker-7V1LnovM.js 36.66 kB',
	'.svelte-kit/output/server/chunks/View15.js                             0.04 kB │ gzip:  0.06 kB │ map: 0.10 kB',
	'✓ built in 4.86s',
	'',
	'\u001b[33m[PLUGIN_TIMINGS] \u001b[0mJavaScript callbacks ran for 26.3s of this 26.8s build (98%).',
	'The slowest callbacks, timed inside each callback:',
	'  - plugin vite-plugin-sveltekit-compile writeBundle (74%, 19.7s, 1 call)',
	'See https://rolldown.rs/reference/InputOptions.checks#bundlertimings for more details.',
	'',
	'Run \u001b[1m\u001b[36mnpm run preview\u001b[39m\u001b[22m to preview your production build locally.',
	'',
	'> Using @sveltejs/adapter-static',
	'  Wrote site to "build"',
	'  ✔ done',
	'write-headers: wrote /somewhere/build/_headers',
	'',
	'> dependence-atlas@0.1.0 og',
	'> tsx scripts/og-images.ts',
	'',
	'og-images: 27 images, 1988 kB in all (/og/chart/trade-asymmetry.png 88336) in 2.2 s'
];

test.describe('the quiet build', () => {
	test('drops progress, chunk listings, timings and advice from a build that succeeds', () => {
		expect(quietBuildOutput(BUILD.join('\n'), 0)).toEqual([]);
	});

	test('passes warnings through, in their place and whole', () => {
		const warning = [
			'[vite-plugin-svelte] src/routes/x/+page.svelte:3:1 A form label must be associated with a control',
			'> 3 | <label>Year</label>',
			'(!) Some chunks are larger than 500 kB after minification.'
		];
		const out = [...BUILD.slice(0, 14), ...warning, ...BUILD.slice(14)].join('\n');
		expect(quietBuildOutput(out, 0)).toEqual(warning);
	});

	test('prints everything, as it came, when the build fails', () => {
		const failed = [
			...BUILD.slice(0, 16),
			'error during build:',
			'[vite:load-fallback] Could not load src/lib/missing.ts: ENOENT',
			'    at async open (node:internal/fs/promises:639:25)'
		].join('\n');
		const shown = quietBuildOutput(failed, 1);
		expect(shown).toEqual(failed.split('\n'));
		expect(shown).toContain('error during build:');
		expect(shown.filter((l) => l.includes(' kB'))).toHaveLength(2);
	});

	test('captures a real process’s output, both streams in order, and its exit code', async () => {
		const script = [
			"console.log('vite v8.3.8 building client environment for production...');",
			"console.log('build/_app/immutable/chunks/a.js   3.10 kB │ gzip: 1.20 kB');",
			"console.error('(!) a warning the reader must see');",
			'process.exitCode = 0;'
		].join('');
		const ok = await runCaptured(process.execPath, ['-e', script], process.env);
		expect(ok.code).toBe(0);
		expect(quietBuildOutput(ok.output, ok.code)).toEqual(['(!) a warning the reader must see']);
		const bad = await runCaptured(
			process.execPath,
			['-e', "console.log('transforming...'); console.error('Error: broken'); process.exit(3)"],
			process.env
		);
		expect(bad.code).toBe(3);
		// two pipes: the lines of both, whichever arrived first
		expect(quietBuildOutput(bad.output, bad.code).sort()).toEqual([
			'Error: broken',
			'transforming...'
		]);
	});

	test('Vite’s config imports with file extensions (the cause of its loader warning)', () => {
		const config = readFileSync('vite.config.ts', 'utf8');
		const relative = [...config.matchAll(/from '(\.[^']*)'/g)].map((m) => m[1]);
		expect(relative.length).toBeGreaterThan(0);
		for (const path of relative) expect(path).toMatch(/\.(ts|js|mjs)$/);
	});
});

/**
 * Run scripts/start.mjs with a stand-in for npm (npm names itself to the scripts it runs in
 * npm_execpath): the stand-in prints what a build prints and exits with the given code.
 */
async function start(buildOutput: string[], exitCode: number) {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-start-'));
	const fake = join(dir, 'npm.mjs');
	writeFileSync(
		fake,
		[
			`if (process.argv.slice(2).join(' ') !== 'run build') { console.error('asked for', process.argv.slice(2)); process.exit(9); }`,
			`if (process.env.ATLAS_QUIET_BUILD !== '1') { console.error('not quiet'); process.exit(8); }`,
			`process.stdout.write(${JSON.stringify(buildOutput.join('\n') + '\n')});`,
			`process.exit(${exitCode});`
		].join('\n')
	);
	const proc = spawn(process.execPath, ['scripts/start.mjs'], {
		env: { ...process.env, npm_execpath: fake, PORT: '0' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let out = '';
	let err = '';
	proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
	proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
	const code = await new Promise<number | null>((resolve) => {
		proc.on('exit', resolve);
		const poll = setInterval(() => {
			if (/served at \S+\n$/.test(out)) {
				clearInterval(poll);
				setTimeout(() => proc.kill(), 300);
			}
		}, 50);
		proc.on('exit', () => clearInterval(poll));
	});
	rmSync(dir, { recursive: true, force: true });
	return { code, out, err };
}

test('`npm start` says the build in a line, shows its warnings, and prints the address last', async () => {
	const { out, err } = await start([...BUILD, '(!) a warning the reader must see'], 0);
	const lines = out.trimEnd().split('\n');
	expect(lines).toHaveLength(3);
	expect(lines[0]).toMatch(/^Building the site… done in \d+ s\.$/);
	expect(lines[1]).toBe('(!) a warning the reader must see');
	expect(lines[2]).toMatch(/^Dependence Atlas is served at http:\/\/127\.0\.0\.1:\d+\/$/);
	expect(err).toBe('');
	expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts.start).toBe(
		'node scripts/start.mjs'
	);
});

test('`npm start` prints a failed build’s whole output and serves nothing', async () => {
	const failed = [...BUILD.slice(0, 16), 'error during build:', 'Error: Could not load x.ts'];
	const { code, out, err } = await start(failed, 1);
	expect(code).toBe(1);
	expect(out).toBe('Building the site… failed.\n');
	expect(err).toBe(`${failed.join('\n')}\n\nThe build stopped (exit code 1); nothing is served.\n`);
});

test('the server prints one line, the site’s address, last', async () => {
	const proc = spawn(process.execPath, ['scripts/serve.mjs'], {
		env: { ...process.env, PORT: '0' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let out = '';
	let err = '';
	proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
	try {
		await new Promise<void>((resolve, reject) => {
			proc.stdout.on('data', (d: Buffer) => {
				out += d.toString();
				if (out.endsWith('\n')) resolve();
			});
			proc.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}${err}`)));
		});
		// nothing more follows once it is listening
		await new Promise((r) => setTimeout(r, 300));
		const lines = out.trimEnd().split('\n');
		expect(lines).toHaveLength(1);
		const address = /^Dependence Atlas is served at (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(lines[0]!);
		expect(address, lines[0]).not.toBeNull();
		const res = await fetch(address![1]!);
		expect(res.status).toBe(200);
		expect(err).toBe('');
	} finally {
		proc.kill();
	}
});
