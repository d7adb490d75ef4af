import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { existsSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { open } from './helpers';
import { CHART_PAGES } from '../../scripts/export';
import { CHART_IDS } from '../../src/lib/charts/types';
import { SITE_URL } from '../../src/lib/site';

async function grab(
	page: Page,
	frame: Locator,
	kind: 'png' | 'svg' | 'csv'
): Promise<{ name: string; body: Buffer }> {
	const [d]: [Download, void] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: `Download ${kind.toUpperCase()}` }).click()
	]);
	const path = await d.path();
	return { name: d.suggestedFilename(), body: readFileSync(path) };
}

function pngSize(b: Buffer) {
	return { w: b.readUInt32BE(16), h: b.readUInt32BE(20) };
}

/** Distinct colours in a PNG, counted in the browser. */
async function colours(page: Page, png: Buffer): Promise<number> {
	return page.evaluate(async (b64) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		const c = document.createElement('canvas');
		c.width = img.width;
		c.height = img.height;
		const ctx = c.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const d = ctx.getImageData(0, 0, c.width, c.height).data;
		const seen = new Set<number>();
		for (let i = 0; i < d.length; i += 4 * 7)
			seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
		return seen.size;
	}, png.toString('base64'));
}

/** The number a table cell shows, in the CSV's unit ("1.04 Mt" → 1040000, "52.2%" → 52.2). */
function shownNumber(shown: string): number {
	// the first number shown ("$24 per 1000 m³" → 24; "1,040 kt" → 1040)
	const n = Number(/-?\d+(\.\d+)?/.exec(shown.replace(/(\d),(?=\d)/g, '$1'))?.[0] ?? NaN);
	if (/\bMt\b/.test(shown)) return n * 1e6;
	if (/\bkt\b/.test(shown)) return n * 1e3;
	return n;
}

/** Rounded numbers, no font data, no local address: what a reviewer compares. */
export function normaliseSvg(svg: string): string {
	return svg
		.replace(/url\(data:font\/woff2;base64,[^)]+\)/g, 'url(FONT)')
		.replaceAll(SITE_URL, 'SITE')
		.replace(/https?:\/\/127\.0\.0\.1:\d+/g, 'SITE')
		.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
		.replace(/></g, '>\n<');
}

for (const id of CHART_IDS) {
	test(`${id}: PNG, SVG and CSV downloads are complete figures`, async ({ page }) => {
		await open(page, CHART_PAGES[id]);
		const frame = page.locator(`[data-chart-id="${id}"]`);

		const png = await grab(page, frame, 'png');
		expect(png.name).toMatch(new RegExp(`^${id}(-[a-z0-9-]+)?\\.png$`));
		expect(
			png.body.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
		).toBe(true);
		expect(pngSize(png.body).w).toBe(1600);
		expect(await colours(page, png.body)).toBeGreaterThan(20);
		const ms = Number(await frame.getAttribute('data-export-ms'));
		expect(ms).toBeGreaterThan(0);

		const svgFile = await grab(page, frame, 'svg');
		const svg = svgFile.body.toString('utf8');
		const title = (await frame.locator('h3').innerText()).trim();
		const parsed = await page.evaluate((s) => {
			const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				title: doc.querySelector('svg > title')?.textContent ?? '',
				desc: doc.querySelector('svg > desc')?.textContent ?? '',
				text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
				permalink: doc.getElementById('fig-permalink')?.textContent ?? ''
			};
		}, svg);
		expect(parsed.error).toBeNull();
		expect(parsed.title).toBe(title);
		expect(parsed.desc.length).toBeGreaterThan(40);
		expect(parsed.text).toContain(title.split(' ').slice(0, 3).join(' '));
		expect(parsed.text).toContain('Source');
		expect(parsed.text).toContain('Dependence Atlas ·');
		// the notes that explain the chart's encodings are in the figure, every word of them
		const notes = await frame.locator('.frame-footer .notes li').allInnerTexts();
		expect(notes.length).toBeGreaterThan(0);
		const figureText = parsed.text.replace(/\s+/g, ' ');
		for (const n of notes) expect(figureText).toContain(n.replace(/\s+/g, ' ').trim());
		// the permalink is the site's public address of this view
		expect(parsed.permalink).toBe(`${SITE_URL}${CHART_PAGES[id]}`);
		expect(svg).toContain('@font-face');
		expect(svg).not.toContain('<!--');
		expect(svg).not.toMatch(/ (class|data-[a-z-]+|aria-hidden|tabindex)="/);

		const csvFile = await grab(page, frame, 'csv');
		const rows = Papa.parse<string[]>(csvFile.body.toString('utf8').trim()).data;
		await frame.getByText('Table', { exact: true }).click();
		const headers = await frame.locator('[data-testid="chart-table"] thead th').allInnerTexts();
		expect(rows[0]!.map((h) => h.replace(/ \([^)]*\)$/, ''))).toEqual(headers);
		const bodyRows = frame.locator('[data-testid="chart-table"] tbody tr');
		expect(rows.length - 1).toBe(await bodyRows.count());
		for (let r = 1; r < Math.min(rows.length, 8); r++) {
			const cells = await bodyRows
				.nth(r - 1)
				.locator('td')
				.allInnerTexts();
			rows[r]!.forEach((v, c) => {
				const shown = cells[c]!.trim();
				if (v === '') expect(shown).toBe('—');
				else if (/^-?\d+(\.\d+)?$/.test(v)) {
					const n = Number(v);
					expect(
						Math.abs(shownNumber(shown) - n),
						`${headers[c]}: ${shown} vs ${v}`
					).toBeLessThanOrEqual(Math.abs(n) * 0.01 + 0.05);
				} else expect(v.replace(/^'/, '')).toBe(shown);
			});
		}
		for (const row of rows) for (const v of row) expect(v).not.toMatch(/^[=+@]|^-(?!\d)/);

		// golden figure: normalised SVG compared as text; a mismatch leaves <id>-changed.svg to review
		const golden = `tests/golden/${id}.svg`;
		const got = normaliseSvg(svg);
		if (!existsSync(golden)) {
			if (process.env.CI)
				throw new Error(`${golden} is missing: run the tests locally once and commit it`);
			writeFileSync(golden, got);
		}
		const want = readFileSync(golden, 'utf8');
		if (got !== want) writeFileSync(`tests/golden/${id}-changed.svg`, got);
		else rmSync(`tests/golden/${id}-changed.svg`, { force: true });
		expect(got === want, `${id} differs from ${golden}; see tests/golden/${id}-changed.svg`).toBe(
			true
		);
	});
}

test('PNG scale: 1×, 2× and 4× of the 800 px figure', async ({ page }) => {
	await open(page, '/trade');
	const frame = page.locator('[data-chart-id="trade-partners"]');
	for (const [scale, w] of [
		['1', 800],
		['2', 1600],
		['4', 3200]
	] as const) {
		await frame.getByLabel('PNG size').selectOption(scale);
		const png = await grab(page, frame, 'png');
		expect(pngSize(png.body).w).toBe(w);
		expect(pngSize(png.body).h % Number(scale)).toBe(0);
	}
});

test('the export follows the current view and the chosen theme', async ({ page }) => {
	await open(page, '/trade?year=2016');
	const frame = page.locator('[data-chart-id="trade-asymmetry"]');
	const svg = await grab(page, frame, 'svg');
	expect(svg.name).toBe('trade-asymmetry-2016.svg');
	const text = svg.body.toString('utf8');
	expect(text).toContain('51.1%');
	expect(text).toContain('/trade?asym.year=2016');
	expect(/<rect width="800" height="\d+" fill="#fff(fff)?"/.test(text), 'light background').toBe(
		true
	);
	await frame.getByLabel('Dark figure').check();
	const dark = (await grab(page, frame, 'svg')).body.toString('utf8');
	expect(/<rect width="800" height="\d+" fill="#1c1c1c"/.test(dark), 'dark background').toBe(true);
	// the page itself stays in its theme
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
});

test('export code is not loaded until asked for', async ({ page }) => {
	const scripts: string[] = [];
	page.on('response', (r) => {
		if (r.url().endsWith('.js')) scripts.push(r.url());
	});
	await open(page, '/oil');
	await page.waitForLoadState('networkidle');
	const before = scripts.length;
	const bodies = await Promise.all(scripts.map((u) => page.request.get(u).then((r) => r.text())));
	expect(bodies.some((b) => b.includes('@font-face{font-family'))).toBe(false);
	const frame = page.locator('[data-chart-id="oil-routes-map"]');
	await grab(page, frame, 'svg');
	expect(scripts.length).toBeGreaterThan(before);
});

/** Each permalink line of a figure, as drawn: where it starts and how wide it is. */
async function permalinkLines(page: Page, svg: string) {
	return page.evaluate(async (s) => {
		const host = document.createElement('div');
		host.innerHTML = s;
		document.body.appendChild(host);
		const root = host.querySelector('svg')!;
		await document.fonts.ready;
		const text = root.querySelector('#fig-permalink')!;
		const lines = [...text.querySelectorAll('tspan')].map((t) => ({
			text: t.textContent ?? '',
			x: Number(t.getAttribute('x')),
			width: t.getComputedTextLength(),
			right: t.getBBox().x + t.getBBox().width
		}));
		const out = { width: Number(root.getAttribute('width')), joined: text.textContent, lines };
		host.remove();
		return out;
	}, svg);
}

test('a long permalink is wrapped inside the figure, every character kept', async ({ page }) => {
	// every control of /trade away from its default: the longest address the site makes
	const query =
		'year=2016&atable=1&series=exports,imports&ttable=1&events=0&pflow=imports&pyear=2005&pcompare=2019&ptable=1&vflow=imports&vtable=1';
	await open(page, `/trade?${query}`);
	const search = await page.evaluate(() => location.search);
	expect(search.length).toBeGreaterThan(100);
	const frame = page.locator('[data-chart-id="trade-values"]');
	const svg = (await grab(page, frame, 'svg')).body.toString('utf8');
	const fig = await permalinkLines(page, svg);
	expect(fig.joined).toBe(`${SITE_URL}/trade${search}`);
	expect(fig.lines.length).toBeGreaterThan(1);
	for (const l of fig.lines) {
		expect(l.x + l.width, `"${l.text}" runs past the edge`).toBeLessThanOrEqual(fig.width - 10);
		expect(l.right).toBeLessThanOrEqual(fig.width - 10);
		expect(l.x).toBeGreaterThanOrEqual(0);
	}
	// broken after / and =, or before ? and &
	fig.lines.slice(1).forEach((l, i) => {
		const prev = fig.lines[i]!.text;
		expect(/[/=]$/.test(prev) || /^[?&]/.test(l.text), `${prev} | ${l.text}`).toBe(true);
	});
});
