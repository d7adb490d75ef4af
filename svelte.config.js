import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Scoped class names of six characters ("s" and five of the file's hash) instead of fourteen: they
 * sit on every element of every prerendered drawing. Two files with one name would share styles,
 * so a clash stops the build.
 */
const cssNames = new Map();
/** @param {{ hash: (input: string) => string; filename?: string; css: string }} arg */
function shortCssHash({ hash, filename, css }) {
	if (!filename) return `s${hash(css).slice(0, 5)}`;
	const file = filename.replaceAll('\\', '/').replace(/^.*?\/src\//, 'src/');
	const name = `s${hash(file).slice(0, 5)}`;
	const owner = cssNames.get(name);
	if (owner && owner !== file)
		throw new Error(`CSS class ${name} is made for ${owner} and ${file}`);
	cssNames.set(name, file);
	return name;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Components under src/lib (charts, the chart kit, shared UI) bring their styles with them: the
	// server writes the styles of what it renders into the page, and a chart loaded later adds its
	// own. Charts are loaded only when they come to life (src/lib/islands), so their styles cannot
	// wait for their code: the prerendered drawing needs them at first paint.
	compilerOptions: { cssHash: shortCssHash },
	vitePlugin: {
		dynamicCompileOptions({ filename }) {
			if (filename.replaceAll('\\', '/').includes('/src/lib/')) return { css: 'injected' };
		}
	},
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Our stylesheets are small: inline them so first paint waits for no request.
		inlineStyleThreshold: 16 * 1024,
		// Absolute asset paths (/_app/…): the 404 page is served at any depth (/a/b/c), and relative
		// paths would load its scripts from the wrong place.
		paths: { relative: false },
		// Hash-based CSP: every inline script SvelteKit emits is hashed; no external origin is allowed.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
