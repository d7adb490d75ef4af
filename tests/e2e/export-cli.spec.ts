import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHART_IDS } from '../../src/lib/charts/types';
import { SITE_URL } from '../../src/lib/site';

test('npm run export writes every chart as PNG, SVG and CSV', async () => {
	test.setTimeout(120_000);
	const out = mkdtempSync(join(tmpdir(), 'atlas-export-'));
	try {
		const log = execFileSync(
			process.execPath,
			[
				'node_modules/tsx/dist/cli.mjs',
				'scripts/export.ts',
				'--out',
				out,
				'--scale',
				'1',
				'--site-url',
				'https://atlas.example.org'
			],
			{
				encoding: 'utf8',
				env: { ...process.env, EXPORT_PORT: '4321' }
			}
		);
		expect(log).toContain(`[${CHART_IDS.length}/${CHART_IDS.length}]`);
		expect(log).toContain(`${CHART_IDS.length} of ${CHART_IDS.length} charts exported`);
		const files = readdirSync(out).sort();
		expect(files).toEqual(
			CHART_IDS.flatMap((id) => [`${id}.csv`, `${id}.png`, `${id}.svg`]).sort()
		);
		const png = readFileSync(join(out, 'gas-price.png'));
		expect(png.readUInt32BE(16)).toBe(800);
		expect(readFileSync(join(out, 'gas-price.svg'), 'utf8')).toContain(
			'https://atlas.example.org/energy'
		);
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
});

test('npm run export without --site-url prints the site address, not the local server', async () => {
	test.setTimeout(60_000);
	const out = mkdtempSync(join(tmpdir(), 'atlas-export-'));
	try {
		const log = execFileSync(
			process.execPath,
			['node_modules/tsx/dist/cli.mjs', 'scripts/export.ts', '--out', out, '--charts', 'gas-price'],
			{ encoding: 'utf8', env: { ...process.env, EXPORT_PORT: '4322' } }
		);
		expect(log).toContain(`Figures carry the address ${SITE_URL}`);
		const svg = readFileSync(join(out, 'gas-price.svg'), 'utf8');
		expect(svg).toContain(`>${SITE_URL}/energy</tspan>`);
		expect(svg).not.toContain('127.0.0.1');
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
});

test('npm run export refuses a --site-url that is not an http(s) address', async () => {
	let err = '';
	try {
		execFileSync(
			process.execPath,
			['node_modules/tsx/dist/cli.mjs', 'scripts/export.ts', '--site-url', 'atlas.example.org'],
			{ encoding: 'utf8', stdio: 'pipe' }
		);
	} catch (e) {
		err = String((e as { stderr?: string }).stderr);
	}
	expect(err).toContain('--site-url must be an absolute http(s) address');
});

test('npm run export refuses unknown options with a clear message', async () => {
	let err = '';
	try {
		execFileSync(
			process.execPath,
			['node_modules/tsx/dist/cli.mjs', 'scripts/export.ts', '--charts', 'nope'],
			{ encoding: 'utf8', stdio: 'pipe' }
		);
	} catch (e) {
		err = String((e as { stderr?: string }).stderr);
	}
	expect(err).toContain('unknown chart id(s): nope');
});
