// `npm start`: build the site quietly, then serve it. Prints "Building the site… done in N s",
// any warning the build gave, and last the address (scripts/serve.mjs). A failed build prints its
// whole output and serves nothing. `npm run build` prints the build's full output.
import { quietBuildOutput, runCaptured } from './lib/build-output.mjs';

const started = Date.now();
process.stdout.write('Building the site… ');
// npm sets npm_execpath to its own script when it runs this one; `npm` on the PATH otherwise
const npm = process.env.npm_execpath;
const [command, args] = npm
	? [process.execPath, [npm, 'run', 'build']]
	: [process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']];
const { code, output } = await runCaptured(command, args, {
	...process.env,
	ATLAS_QUIET_BUILD: '1'
});
const lines = quietBuildOutput(output, code);
if (code !== 0) {
	process.stdout.write('failed.\n');
	for (const line of lines) console.error(line);
	console.error(`\nThe build stopped (exit code ${code}); nothing is served.`);
	process.exit(code);
}
process.stdout.write(`done in ${Math.round((Date.now() - started) / 1000)} s.\n`);
for (const line of lines) console.log(line);
await import('./serve.mjs');
