/**
 * /explore with the files Belstat and Rosstat publish: months written 01.2022 and quarters
 * written I кв. 2022 make a time axis labelled as months and quarters; ours beside a series in
 * another unit get a second axis with its own ticks (or share one, as the reader chooses); the
 * figure's CSV has every series drawn with its source; the link is shown readable and says the
 * file stays in this browser.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watch } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'explore-periods-'));
function file(name: string, body: string): string {
	const p = join(dir, name);
	writeFileSync(p, body);
	return p;
}

async function start(page: Page) {
	await page.goto('/explore');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

const EXPORTS = [
	3100.5, 3205.1, 2950, 3300.2, 3410, 3388.7, 3502, 3620.4, 3490, 3700, 3655.3, 3801
];
const BELSTAT = [
	'Период;Экспорт, млн долл. США',
	...EXPORTS.map((v, i) => `${String(i + 1).padStart(2, '0')}.2022;${String(v).replace('.', ',')}`)
].join('\n');

/** The text of each tick label of an axis, in order. */
const ticks = (axis: Locator) => axis.locator('text.lc-axis-tick-label').allTextContents();

test('a Belstat month file (01.2022) is drawn on a time axis labelled by month', async ({
	page
}) => {
	const problems = watch(page);
	await start(page);
	await page.getByTestId('file-input').setInputFiles(file('belstat.csv', BELSTAT));
	await expect(page.getByTestId('columns')).toContainText('Период date: month.year (01.2022)');
	await expect(page.getByTestId('columns')).toContainText('Экспорт, млн долл. США number');
	await expect(page.getByTestId('problems-none')).toBeVisible();
	const frame = page.getByTestId('explore-frame');
	await expect(frame.locator('h3')).toHaveText('Экспорт, млн долл. США by Период');
	const body = frame.locator('.chart-body');
	await expect(body.locator('path.lc-path')).toHaveCount(1);
	await expect(body.locator('.lc-axis')).toHaveCount(2);
	// the x axis: months by name on month starts; never 1.2022 read as a number, never a day
	const x = body.locator('.lc-axis.placement-bottom, .lc-axis').last();
	const xTicks = (await ticks(x)).map((t) => t.trim()).filter(Boolean);
	expect(xTicks.length).toBeGreaterThanOrEqual(3);
	for (const t of xTicks)
		expect(t).toMatch(/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 2022$/);
	expect(xTicks).toContain('Jan 2022');
	// the table writes each period as a month
	await frame.getByText('Table', { exact: true }).click();
	await expect(frame.getByTestId('chart-table').locator('tbody tr').first()).toContainText(
		'2022-01'
	);
	await expect(frame.getByTestId('chart-table')).not.toContainText('2022-01-01');
	expect(problems).toEqual([]);
});

test('Rosstat quarters (I кв. 2022) are drawn and labelled as quarters', async ({ page }) => {
	await start(page);
	const rows = ['Квартал,Импорт'];
	for (const y of [2021, 2022])
		for (const q of ['I', 'II', 'III', 'IV']) rows.push(`${q} кв. ${y},${rows.length}`);
	await page.getByTestId('file-input').setInputFiles(file('rosstat.csv', rows.join('\n')));
	await expect(page.getByTestId('columns')).toContainText('Квартал date: quarters (I кв. 2022)');
	const body = page.getByTestId('explore-frame').locator('.chart-body');
	await expect(body.locator('path.lc-path')).toHaveCount(1);
	const xTicks = (await ticks(body.locator('.lc-axis').last()))
		.map((t) => t.trim())
		.filter(Boolean);
	expect(xTicks.length).toBeGreaterThanOrEqual(3);
	for (const t of xTicks) expect(t).toMatch(/^Q[1-4] 202[12]$/);
});

test('a period column that changes form is not read as dates, and the line is named', async ({
	page
}) => {
	await start(page);
	await page
		.getByTestId('file-input')
		.setInputFiles(file('mixed.csv', 'period,value\n01.2022,1\n02.2022,2\n2022-03,3\n'));
	await expect(page.getByTestId('problems')).toContainText(
		'line 4, column period: "2022-03" is written as year-month (2022-01), but line 2 as month.year (01.2022)'
	);
	await expect(page.getByTestId('columns')).toContainText('period text');
});

/** Each tick of an axis as [value, y on the page]: its label is placed at the tick's y. */
async function tickPositions(axis: Locator): Promise<[number, number][]> {
	return axis.evaluate((el) =>
		[...el.querySelectorAll('.lc-axis-tick-group text')].flatMap((label) => {
			const v = Number((label.textContent ?? '').replace(/,/g, ''));
			const m = (label as SVGTextElement).getScreenCTM();
			if (!m || !Number.isFinite(v)) return [];
			return [[v, m.f + m.d * Number(label.getAttribute('y'))] as [number, number]];
		})
	);
}

/** The highest point of a path on the page (its geometry, without stroke or markers). */
const topOf = (path: Locator) =>
	path.evaluate((p) => {
		const g = p as SVGGraphicsElement;
		const m = g.getScreenCTM()!;
		return m.f + m.d * g.getBBox().y;
	});

test('ours in % beside a file in млн долл. США: a right axis with its own ticks, or one shared axis as the reader chooses; CSV and link', async ({
	page
}) => {
	const problems = watch(page);
	await start(page);
	await page.getByTestId('file-input').setInputFiles(file('belstat.csv', BELSTAT));
	await page.getByTestId('load-ours').click();
	await page.getByLabel('Russia’s share of Belarus’s exports (CIA World Factbook)').check();
	const frame = page.getByTestId('explore-frame');
	const body = frame.locator('.chart-body');
	await expect(body.locator('path.lc-path')).toHaveCount(2);

	// different units: ours get a second axis, said plainly, and the reader may take it back
	await expect(frame.getByTestId('axes-note')).toHaveText(
		'Two y axes: yours (in млн долл. США) on the left, ours (in %) on the right, each on its own scale; compare how they move, not their heights.'
	);
	await expect(frame.getByLabel('ours on a second axis, at the right')).toBeChecked();
	const right = body.getByTestId('right-axis');
	await expect(right).toBeVisible();
	await expect(right.locator('.axis-unit')).toHaveText('%');
	await expect(body.getByTestId('left-axis').locator('.axis-unit')).toHaveText('млн долл. США');

	// the right axis has its own ticks, in the range of our shares, not of the exports
	const ours = (await (await page.request.get('/explore/ours.json')).json()) as {
		series: { id: string; points: { y: number }[] }[];
	};
	const values = ours.series.find((s) => s.id === 'fb-bel-rus-exports')!.points.map((p) => p.y);
	const max = Math.max(...values);
	const rightTicks = await tickPositions(right.locator('.lc-axis'));
	expect(rightTicks.length).toBeGreaterThanOrEqual(3);
	expect(Math.max(...rightTicks.map(([v]) => v))).toBeGreaterThanOrEqual(max);
	expect(Math.max(...rightTicks.map(([v]) => v))).toBeLessThan(200);
	const leftTicks = await tickPositions(body.getByTestId('left-axis').locator('.lc-axis'));
	expect(Math.max(...leftTicks.map(([v]) => v))).toBeGreaterThanOrEqual(3801);

	// our line is scaled to the right axis: its highest point sits where the right axis reads
	// our largest share
	const [[v0, y0], [v1, y1]] = [rightTicks[0]!, rightTicks[rightTicks.length - 1]!];
	const yOf = (v: number) => y0 + ((v - v0) * (y1 - y0)) / (v1 - v0);
	const oursPath = body.locator('path.lc-path[stroke-dasharray]');
	expect(Math.abs((await topOf(oursPath)) - yOf(max))).toBeLessThan(1.5);

	// the tooltip gives our value as it is, in %, never the scaled one
	await body.scrollIntoViewIfNeeded();
	const first = await oursPath.evaluate((p) => {
		const g = p as SVGPathElement;
		const pt = g.getPointAtLength(0);
		const m = g.getScreenCTM()!;
		return { x: m.a * pt.x + m.e, y: m.d * pt.y + m.f };
	});
	await page.mouse.move(first.x + 1, first.y + 1);
	const tip = page.locator('.lc-tooltip-root');
	await expect(tip).toContainText(`Ours: Russia’s share of Belarus’s exports (CIA World Factbook)`);
	await expect(tip).toContainText(`${values[0]} %`);

	// one shared axis: the right axis goes, and ours are drawn on the exports' scale (flat, low)
	await frame.getByLabel('one for yours and ours').check();
	await expect(body.getByTestId('right-axis')).toHaveCount(0);
	await expect(frame.getByTestId('axes-note')).toContainText(
		'One y axis for both: yours are in млн долл. США, ours in %, so the heights of the lines are not comparable.'
	);
	await expect(page).toHaveURL(/axis=one/);
	await expect
		.poll(async () => (await oursPath.boundingBox())!.height)
		.toBeLessThan(((await body.locator('svg').first().boundingBox())!.height * 1) / 10);
	await frame.getByLabel('ours on a second axis, at the right').check();
	await expect(body.getByTestId('right-axis')).toBeVisible();

	// the CSV: every series drawn, yours and ours, each row with its source
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: 'Download CSV' }).click()
	]);
	const lines = readFileSync(await csv.path(), 'utf8').split('\r\n');
	expect(lines[0]).toBe('source,series,line,Период,value,unit');
	expect(lines[1]).toBe(
		'belstat.csv,"Yours: Экспорт, млн долл. США",2,2022-01,3100.5,млн долл. США'
	);
	expect(lines.filter((l) => l.startsWith('belstat.csv,'))).toHaveLength(12);
	const oursLines = lines.filter((l) => l.startsWith('"Dependence Atlas, factbook_trade: '));
	expect(oursLines).toHaveLength(values.length);
	expect(oursLines[0]).toMatch(
		/^"Dependence Atlas, factbook_trade: [A-Za-z0-9_;-]+",Ours: Russia’s share of Belarus’s exports \(CIA World Factbook\),,\d{4},[\d.]+,%$/
	);

	// the link, readable, and what it does not carry
	const link = page.getByTestId('permalink');
	await expect(link).toContainText('Link to this view: https://dependence-atlas.org/explore?file=');
	await expect(link).toContainText(
		'&x=Период&y=Экспорт, млн долл. США&ours=fb-bel-rus-exports&axis=two'
	);
	await expect(link).toContainText(
		'Your file lives only in the browser it was added in: someone who opens this link elsewhere sees the atlas’s series but not yours.'
	);
	const href = (await link.locator('a').getAttribute('href'))!;
	expect(href).toContain('x=%D0%9F%D0%B5%D1%80%D0%B8%D0%BE%D0%B4');
	const q = new URL(href).searchParams;
	expect(q.get('y')).toBe('Экспорт, млн долл. США');
	expect(new URL(page.url()).search).toBe(new URL(href).search);

	// the figure prints the same readable link and says the file stays in this browser
	const [svg] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: 'Download SVG' }).click()
	]);
	const text = readFileSync(await svg.path(), 'utf8');
	const printed = [...text.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)]
		.map((m) => m[1])
		.join('')
		.replace(/&amp;/g, '&');
	expect(printed).toContain('x=Период&y=Экспорт, млн долл. США');
	expect(text).not.toContain('%D0%9F');
	expect(text).toContain('Your file lives only in the browser it was added in');
	expect(problems).toEqual([]);
});
