/**
 * The trade corrections as a reader and a downloader see them: goods vs goods-and-services coverage,
 * Russia's own-lists bound on Belarus's 2009 share, the verdict on "about 6%", the 2022 statements
 * and the derived notes. Every figure here is read from data/ by the site; this checks it arrives.
 */
import { expect, test, type Download } from '@playwright/test';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { open } from './helpers';

const csv = (text: string) =>
	Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

test('exports: every Factbook total has a coverage, and 2019 turnover is marked mixed', async ({
	request
}) => {
	const fb = csv(await (await request.get('/data/factbook_trade.csv')).text());
	const totals = fb.filter((r) => r.measure === 'total');
	expect(totals).toHaveLength(123);
	expect(totals.filter((r) => r.coverage === 'goods and services')).toHaveLength(28);
	expect(totals.filter((r) => r.coverage === 'goods')).toHaveLength(95);
	const by = (y: string) =>
		totals.find((r) => r.year === y && r.reporter === 'Belarus' && r.flow === 'exports');
	expect(by('2016')).toMatchObject({ value: '22.98', coverage: 'goods' });
	expect(by('2018')).toMatchObject({ value: '42.27', coverage: 'goods and services' });
	const tu = csv(await (await request.get('/data/trade_turnover.csv')).text());
	expect(tu.filter((r) => r.coverage === 'mixed').map((r) => r.year)).toEqual(['2019', '2019']);
	expect(tu.filter((r) => r.coverage !== 'mixed').every((r) => r.coverage === 'goods')).toBe(true);
});

test('/ gives the 4.7% from Belarus’s side and calls Russia’s lists silent, not low', async ({
	page
}) => {
	await page.goto('/');
	const fig = page.locator('[data-figure="belarus-in-russia"]');
	await expect(fig.locator('.value')).toHaveText('4.7%');
	await expect(fig).toContainText('silence, not a lower figure');
	await expect(fig).not.toContainText('below 4.2%');
	await expect(page.locator('main')).toContainText('those lists are silent about Belarus');
	await expect(page.locator('main')).not.toContainText('below 4.2%');
});

test('/trade: "about 6%" differs from Belarus’s figures; Russia’s contradicted bound rules nothing out, in page and CSV', async ({
	page
}) => {
	await open(page, '/trade?year=2009');
	const claim = page.locator('article[data-claim-id="belarus-share-of-russia-trade-2009"]');
	await expect(claim).toHaveAttribute('data-verdict', 'differs');
	await expect(claim).toContainText('The data say otherwise');
	await expect(claim).not.toContainText('Ruled out');
	await expect(claim).toContainText(
		'their smallest entries are 4.01% of Russia’s exports (Ukraine)'
	);
	await expect(claim).toContainText('56.42% × 28.32 / 303.4 = 5.27%');
	await expect(claim).toContainText('the lists are silent on Belarus, not low');

	const frame = page.locator('[data-chart-id="trade-asymmetry"]');
	// the drawing: the contradicted bound struck through, Belarus's own figure beside it
	await expect(frame.locator('rect.bound.contradicted').first()).toBeAttached();
	await expect(frame.locator('path.partner-report').first()).toBeAttached();
	const [d]: [Download, void] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: 'Download CSV' }).click()
	]);
	const rows = csv(readFileSync(await d.path(), 'utf8'));
	// no turnover bound row: it would rest on the contradicted export bound
	expect(rows.some((r) => Object.values(r).some((v) => v.includes('upper bound')))).toBe(false);
	const unlisted = rows.filter(
		(r) => r.Direction === 'Belarus in Russia’s trade' && r.Flow === 'Exports'
	);
	// numbers stay in numeric columns: the share is empty, the bound is a number, the note says why
	expect(unlisted[0]).toMatchObject({ 'Share (%)': '', 'Upper bound (%)': '4.01' });
	expect(unlisted[0]?.Note).toContain(
		'Not in Russia’s 2009 exports partner list, whose smallest share is 4.01% (Ukraine); but Belarus’s own report puts it at 5.27%'
	);
	const turnover = rows.find(
		(r) => r.Direction === 'Belarus in Russia’s trade' && r.Flow === 'Turnover (derived)'
	);
	expect(turnover?.Note).toContain('as Belarus reports them, not Russia’s own figures');
	for (const r of rows)
		for (const k of ['Share (%)', 'Upper bound (%)'])
			expect(r[k] === '' || Number.isFinite(Number(r[k])), `${k}: ${r[k]}`).toBe(true);
});

test('/trade prose: the range, the attributed 2022 figures, and no stale wording', async ({
	page
}) => {
	await page.goto('/trade');
	const main = page.locator('main');
	await expect(main).toContainText('from 44.4% in 2011 to 60.1% in 2002');
	await expect(main).toContainText(
		"60% of Belarus's trade in January–October, according to ambassador Dmitry Krutoy"
	);
	await expect(main).toContainText(
		'57% of its exports in January–September, according to Deputy Prime Minister Petr Parkhomchik'
	);
	await expect(main).toContainText('a Kremlin briefing reported by TASS');
	await expect(main).toContainText("neither confirm nor rule out the article's figure");
	await expect(main).not.toContainText("Belarus was below 4.2% of Russia's turnover");
	for (const stale of ['Officials in Minsk', 'no exact share', 'around half', 'one or two years'])
		await expect(main).not.toContainText(stale);
});

test('/trade charts: coverage notes derived from the data', async ({ page }) => {
	await page.goto('/trade');
	const timeline = page.locator('[data-chart-id="trade-share-timeline"]');
	await expect(timeline).toContainText('is 1 to 4 years later than the data year');
	await expect(timeline).toContainText('Coverage break: turnover for 2019');
	const values = page.locator('[data-chart-id="trade-values"]');
	await expect(values).toContainText('No implied value for 2019');
});
