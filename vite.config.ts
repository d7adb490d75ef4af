import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
// with its extension: Vite's coming native config loader (Node's own) resolves no bare paths
import { resolveSiteUrl } from './src/lib/site.ts';

// The site's public address (src/lib/site.ts): checked here, so a bad PUBLIC_SITE_URL stops the build.
const siteUrl = resolveSiteUrl(process.env.PUBLIC_SITE_URL);

// `npm start` builds quietly (scripts/start.mjs): warnings and errors only, no chunk sizes (not
// computed) and no report of slow plugins. `npm run build` prints all of it.
const quiet = process.env.ATLAS_QUIET_BUILD === '1';

export default defineConfig({
	plugins: [sveltekit()],
	logLevel: quiet ? 'warn' : 'info',
	build: {
		reportCompressedSize: !quiet,
		rolldownOptions: { checks: { bundlerTimings: !quiet } }
	},
	define: { __PUBLIC_SITE_URL__: JSON.stringify(siteUrl) },
	server: { port: 5317, strictPort: true },
	preview: { port: 4317, strictPort: true },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'data/**/*.test.ts'],
					exclude: ['src/**/*.render.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'render',
					environment: 'node',
					include: ['src/**/*.render.test.ts'],
					// the story's figures resolve the theme's colours from app.css (imported ?raw)
					css: { include: [/src\/app\.css/] }
				}
			}
		]
	}
});
