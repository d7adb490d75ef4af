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

test('npm run export -- --pdf prints the story and each page through Chromium’s print', async () => {
	test.setTimeout(120_000);
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const out = mkdtempSync(join(tmpdir(), 'atlas-pdf-'));
	try {
		const log = execFileSync(
			process.execPath,
			[
				'node_modules/tsx/dist/cli.mjs',
				'scripts/export.ts',
				'--pdf',
				'--pages',
				'story,trade,energy',
				'--out',
				out,
				'--site-url',
				'https://atlas.example.org'
			],
			{ encoding: 'utf8', env: { ...process.env, EXPORT_PORT: '4323' } }
		);
		expect(log).toContain('3 of 3 pages printed');
		expect(readdirSync(out).sort()).toEqual(['energy.pdf', 'story.pdf', 'trade.pdf']);
		const version = /^[0-9a-f]{12}$/;
		for (const [name, path, mustSay] of [
			[
				'story',
				'/story',
				['Belarus and Russia since 1991', 'Half of one, a twentieth of the other', 'Sources']
			],
			['trade', '/trade', ['Trade dependence', 'Turnover (derived)', '46.6%']]
		] as const) {
			const doc = await getDocument({
				data: new Uint8Array(readFileSync(join(out, `${name}.pdf`))),
				verbosity: 0
			}).promise;
			const pages: string[] = [];
			for (let i = 1; i <= doc.numPages; i++) {
				const t = await (await doc.getPage(i)).getTextContent();
				pages.push(t.items.map((x) => ('str' in x ? x.str : '')).join(' '));
			}
			// A4 sheets: the story's 23 steps with their figures take well over ten, /trade several
			expect(doc.numPages).toBeGreaterThan(name === 'story' ? 12 : 4);
			expect(doc.numPages).toBeLessThan(name === 'story' ? 60 : 40);
			const all = pages.join('\n');
			for (const s of mustSay) expect(all).toContain(s);
			// every sheet: the page's address, the data version and its number
			pages.forEach((p, i) => {
				expect(p).toContain(`atlas.example.org${path} · data version`);
				expect(p).toContain(`page ${i + 1} of ${doc.numPages}`);
				expect(version.test(/data version ([0-9a-f]+)/.exec(p)?.[1] ?? '')).toBe(true);
			});
			// nothing a reader can only click is printed
			expect(all).not.toMatch(/Download PNG|Copy link|Link to this step|Dark theme/);
		}
		for (const name of ['story', 'trade', 'energy']) {
			const doc = await getDocument({
				data: new Uint8Array(readFileSync(join(out, `${name}.pdf`))),
				verbosity: 0
			}).promise;
			const links: string[] = [];
			const text: string[] = [];
			const filled: number[] = [];
			for (let i = 1; i <= doc.numPages; i++) {
				const page = await doc.getPage(i);
				for (const a of await page.getAnnotations())
					if (a.subtype === 'Link' && a.url) links.push(a.url);
				const items = (await page.getTextContent()).items.filter(
					(x) => 'str' in x && x.str.trim()
				) as { str: string; transform: number[] }[];
				text.push(items.map((x) => x.str).join(''));
				// how far down the sheet its content reaches (text y runs up from the bottom; the
				// margin line with the address and page number sits in the bottom 18 mm)
				const ys = items.map((x) => x.transform[5]!).filter((y) => y > (18 / 25.4) * 72);
				const height = page.view[3]!;
				filled.push((height - Math.min(...ys)) / height);
			}
			// every link leads to the public address, none to the exporter's local server
			const local = links.filter((u) => /127\.0\.0\.1|localhost/.test(u));
			expect(local, name).toEqual([]);
			const own = links.filter((u) => u.startsWith('https://atlas.example.org/'));
			expect(own.length, name).toBeGreaterThan(name === 'story' ? 20 : 3);
			// and on paper each shows that address after its text
			const printed = text.join('').replace(/\s+/g, '');
			for (const u of own.slice(0, 5)) expect(printed, name).toContain(`(${u})`);
			// a chart starts on the sheet where its drawing fits: no sheet between the first and the
			// last is left half empty because a chart, table and all, was kept whole for the next
			const sparse = filled
				.map((f, i) => [i + 1, Math.round(f * 100)] as const)
				.slice(1, -1)
				.filter(([, f]) => f < 60);
			if (name !== 'story') expect(sparse, name).toEqual([]);
		}
		// the story prints every step with its figure and its chart's caption
		const story = readFileSync(join(out, 'story.pdf'));
		expect(story.length).toBeGreaterThan(200_000);
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
});
