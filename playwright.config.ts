import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/** The project's own test port; the server is started here and never reused from elsewhere. */
const PORT = Number(process.env.TEST_PORT ?? 4318);

/** Debian's Chromium when present (CHROMIUM_PATH overrides); otherwise Playwright's own browser. */
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	// Tests that time the main thread (tagged @quiet) run alone, once every other test is done: two
	// browsers on two cores would stretch the tasks they count.
	projects: [
		{ name: 'pages', grepInvert: /@quiet/ },
		{ name: 'quiet', grep: /@quiet/, dependencies: ['pages'] }
	],
	webServer: {
		command: `node scripts/serve.mjs`,
		env: { PORT: String(PORT) },
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
