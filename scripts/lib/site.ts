/** Shared by bench and export: serve build/ on a port of our own, and start Debian's Chromium. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

export async function serveBuild(port: number): Promise<ChildProcess> {
	const server = spawn(process.execPath, ['scripts/serve.mjs'], {
		env: { ...process.env, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve, reject) => {
		server.stdout?.on('data', (d: Buffer) =>
			d.toString().includes('served') ? resolve() : undefined
		);
		server.on('exit', (code) => reject(new Error(`the local server stopped (exit ${code})`)));
	});
	return server;
}

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser. */
export function launchChromium(): Promise<Browser> {
	const executablePath =
		process.env.CHROMIUM_PATH ??
		(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	return chromium.launch({
		executablePath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
}
