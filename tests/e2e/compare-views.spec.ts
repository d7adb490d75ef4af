/**
 * /compare/group and /compare/partners as a reader uses them: the default views drawn without
 * JavaScript with the lists' own figures, another partner, group or country chosen by keyboard and
 * kept in the address, a tampered address falling back, a missing file said in words.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { open } from './helpers';

const group = (page: Page) => page.locator('[data-chart-id="compare-group"]');
const top = (page: Page) => page.locator('[data-chart-id="country-partners"]');

/** world_partner_shares.csv, read as the atlas's data: one share. */
const shares = readFileSync('data/world_partner_shares.csv', 'utf8').trim().split('\n').slice(1);
const shareOf = (reporter: string, year: number, flow: string, partner: string) =>
	shares
		.map((l) => l.split(','))
		.find(
			(c) => c[0] === reporter && c[1] === String(year) && c[2] === flow && c[3] === partner
		)?.[5];

async function tableRows(frame: ReturnType<typeof group>) {
	await frame.getByText('Table', { exact: true }).click();
	return frame
		.getByTestId('chart-table')
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()))
		);
}

test('the former Soviet states are drawn without JavaScript, Belarus outlined, figures from the lists', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/compare/group');
	await expect(group(page).locator('h3')).toHaveText(
		'Russia in each one’s trade: Former Soviet states'
	);
	const panels = group(page).locator('.layout.wide g.panel');
	await expect(panels).toHaveCount(14);
	await expect(group(page).locator('.layout.wide g.panel.hl')).toHaveAttribute('data-panel', 'blr');
	expect(await group(page).locator('.layout.wide g.panel[data-panel="rus"]').count()).toBe(0);
	// bounds are drawn as bounds
	expect(await group(page).locator('.layout.wide path.bound').count()).toBeGreaterThan(0);
	const rows = await tableRows(group(page));
	const blr2009 = shareOf('blr', 2009, 'exports', 'rus');
	expect(blr2009).toBeTruthy();
	expect(rows).toContainEqual(expect.arrayContaining(['Belarus', '2009', `${blr2009}%`]));
	await expect(page.locator('form.picker')).toBeHidden();
	await context.close();
});

test('another partner and group, chosen by keyboard, load the members’ files and stay in the address', async ({
	page
}) => {
	const files: string[] = [];
	page.on('request', (r) => {
		// the countries' files (names.json, the pickers' other names, is not one)
		if (r.url().includes('/compare/data/') && !r.url().endsWith('/names.json'))
			files.push(new URL(r.url()).pathname);
	});
	await open(page, '/compare/group');
	const partner = page.getByLabel('Partner', { exact: true });
	await partner.focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('China');
	await page.keyboard.press('Tab');
	await expect(group(page).locator('h3')).toHaveText(
		'China in each one’s trade: Former Soviet states'
	);
	await expect.poll(() => page.url()).toMatch(/[?&]group\.partner=chn(&|$)/);
	// Russia is now a member with a panel of its own
	await expect(group(page).locator('g.panel')).toHaveCount(15);
	expect(files).toContain('/compare/data/rus.json');
	expect(files).toHaveLength(15);
	// the group, by its control, with the keyboard
	await page.locator('#group-set').focus();
	await page.locator('#group-set').selectOption({ label: 'Baltic states' });
	await expect(group(page).locator('h3')).toHaveText('China in each one’s trade: Baltic states');
	await expect(group(page).locator('g.panel')).toHaveCount(3);
	await expect.poll(() => page.url()).toMatch(/group\.set=baltic/);
	// the address reproduces the view
	await page.goto(page.url());
	await expect(group(page).locator('h3')).toHaveText('China in each one’s trade: Baltic states');
	await expect(page.getByLabel('Partner', { exact: true })).toHaveValue('China');
});

test('a tampered group address falls back to the default; a missing file says so', async ({
	page
}) => {
	await open(page, '/compare/group?group.set=%3Cscript%3Ealert(1)%3C/script%3E&group.partner=zzz');
	await expect(group(page).locator('h3')).toHaveText(
		'Russia in each one’s trade: Former Soviet states'
	);
	await page.route('**/compare/data/est.json', (r) => r.fulfill({ status: 404, body: 'no' }));
	await page.locator('#group-set').selectOption({ label: 'Baltic states' });
	await expect(page.getByTestId('group-status')).toHaveText(
		'The data for “est” could not be loaded (/compare/data/est.json answered 404).'
	);
});

test('Belarus’s export partners without JavaScript: every list entry in the table, the threshold shaded', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/compare/partners');
	await expect(top(page).locator('h3')).toHaveText('Belarus’s main export partners, year by year');
	const n = shares.filter((l) => l.startsWith('blr,') && l.split(',')[2] === 'exports').length;
	const rows = await tableRows(top(page));
	// every list entry, plus one row per year in which Russia is missing because of a blackout
	const dark = rows.filter((r) => r[3]?.startsWith('reporting blackout'));
	expect(rows).toHaveLength(n + dark.length);
	expect(dark.map((r) => [r[0], r[2]])).toEqual([
		['2022', 'Russia'],
		['2023', 'Russia']
	]);
	expect(rows).toContainEqual(
		expect.arrayContaining(['2009', '1', 'Russia', `${shareOf('blr', 2009, 'exports', 'rus')}%`])
	);
	// the subtitle and the drawing say the late lists come from partners' data and name the blackout,
	// so Russia's line stopping does not read as China overtaking it
	await expect(top(page).locator('.subtitle')).toContainText(
		'the 2022–2023 lists are top five from partners’ data'
	);
	await expect(top(page).locator('.layout.wide g.blackout[data-year="2022"] text')).toHaveText(
		'blackout: Russia'
	);
	// each reported list's threshold is a shaded band; the 2024–25 mirror lists have none
	expect(await top(page).locator('.layout.wide rect.band[data-year="2009"]').count()).toBe(1);
	expect(await top(page).locator('.layout.wide rect.band[data-year="2023"]').count()).toBe(0);
	await context.close();
});

test('another country and flow, chosen by keyboard, are drawn from its file and kept in the address', async ({
	page
}) => {
	await open(page, '/compare/partners');
	const country = page.getByLabel('Country', { exact: true });
	await country.focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('Kazakhstan');
	await page.keyboard.press('Enter');
	await expect(top(page).locator('h3')).toHaveText(
		'Kazakhstan’s main export partners, year by year'
	);
	await page.locator('#top-flow').selectOption('imports');
	await expect(top(page).locator('h3')).toHaveText(
		'Kazakhstan’s main import partners, year by year'
	);
	await expect.poll(() => page.url()).toMatch(/top\.country=kaz/);
	await expect.poll(() => page.url()).toMatch(/top\.flow=imports/);
	await page.goto(page.url());
	await expect(top(page).locator('h3')).toHaveText(
		'Kazakhstan’s main import partners, year by year'
	);
	// a tooltip by keyboard: the first point of the chart
	await top(page).locator('.layout.live [tabindex="0"]').first().focus();
	await page.keyboard.press('ArrowRight');
	await expect(top(page).getByTestId('tooltip')).toContainText('Share:');
});
