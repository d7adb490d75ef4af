// `npm start`'s build, told briefly: the build runs with its output captured; when it succeeds,
// only what a reader should see (warnings, anything unexpected) is shown, not the progress lines,
// chunk listings and advice every build prints; when it fails, its whole output is shown as it
// came. `npm run build` itself prints everything, for developers.
import { spawn } from 'node:child_process';

// eslint-disable-next-line no-control-regex -- colour codes are control characters
const ANSI = /\u001b\[[0-9;]*m/g;

/** Lines every successful build prints that say nothing a reader needs. */
const NOISE = [
	// npm naming the script it runs ("> dependence-atlas@0.1.0 build"); its command follows
	/^> [\w@./-]+@\d[\w.+-]* [\w:.-]+$/,
	// Vite's progress and its list of chunks with their sizes
	/^vite v\d\S* building .* for production\.\.\.$/,
	/^(transforming|rendering chunks|computing gzip size)\.\.\.$/,
	/^✓ \d+ modules transformed\.$/,
	/^✓ built in [\d.]+m?s$/,
	/^(\.svelte-kit\/output|build)\/\S+\s+[\d.,]+ kB(\s+│.*)?$/,
	// SvelteKit's advice after a build, and the static adapter's report
	/^Run npm run preview to preview your production build locally\.$/,
	/^> Using @sveltejs\/adapter-static$/,
	/^Wrote site to ".*"$/,
	/^✔ done$/,
	// the atlas's own build steps reporting success
	/^data\/: \d+ datasets, \d+ rows, all valid$/,
	/^data version [0-9a-f]{12} \(.*\)$/,
	/^write-headers: wrote .*_headers$/,
	/^og-images: \d+ images, .* in [\d.]+ s$/
];

/**
 * What `npm start` shows of a build's output: on success the lines that are not noise, in order
 * (blank lines and npm's echo of each command dropped); on failure every line as it came.
 * @param {string} output the build's stdout and stderr, interleaved as they arrived
 * @param {number} exitCode
 * @returns {string[]}
 */
export function quietBuildOutput(output, exitCode) {
	const lines = output.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
	if (exitCode !== 0) return lines;
	/** @type {string[]} */
	const kept = [];
	let skipCommand = false;
	let timings = false;
	for (const line of lines) {
		const plain = line.replace(ANSI, '').trim();
		if (skipCommand && plain.startsWith('> ')) {
			skipCommand = false;
			continue;
		}
		skipCommand = false;
		// Rolldown's report of slow plugins: a block from its header to its "See …" line
		if (plain.startsWith('[PLUGIN_TIMINGS]')) timings = true;
		if (timings) {
			if (/^See https:\/\/rolldown\.rs\//.test(plain)) timings = false;
			continue;
		}
		if (plain === '') continue;
		if (NOISE[0]?.test(plain)) {
			skipCommand = true;
			continue;
		}
		if (NOISE.some((re) => re.test(plain))) continue;
		kept.push(line);
	}
	return kept;
}

/**
 * Run a command with its output captured (stdout and stderr in the order they arrive).
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<{ code: number, output: string }>}
 */
export function runCaptured(command, args, env) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
		/** @type {Buffer[]} */
		const chunks = [];
		child.stdout.on('data', (d) => chunks.push(d));
		child.stderr.on('data', (d) => chunks.push(d));
		child.on('error', reject);
		child.on('close', (code, signal) =>
			resolve({
				code: code ?? (signal ? 1 : 0),
				output: Buffer.concat(chunks).toString('utf8')
			})
		);
	});
}
