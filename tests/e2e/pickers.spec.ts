/**
 * The compare views' country pickers as a reader uses them: names typed loosely ("Kazakstan",
 * "Kyrgyz", "Белоруссия") are taken for the country they mean; the group view takes a group of the
 * reader's own, several countries chosen by keyboard or by tap, kept in the address; a tampered
 * address is said in words, never a crash.
 */
import { expect, test, type Page } from '@playwright/test';
import { open } from './helpers';

const groupChart = (page: Page) => page.locator('[data-chart-id="compare-group"]');
const panelsOf = (page: Page) =>
	groupChart(page)
		.locator('.layout.live g.panel, .layout.wide g.panel')
		.evaluateAll((gs) => [...new Set(gs.map((g) => g.getAttribute('data-panel')))].sort());

test('"Kazakstan" typed in a picker, then Enter: the view shows Kazakhstan', async ({ page }) => {
	await open(page, '/compare/partners');
	const country = page.getByLabel('Country', { exact: true });
	await country.focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('Kazakstan');
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-chart-id="country-partners"] h3')).toHaveText(
		'Kazakhstan’s main export partners, year by year'
	);
	// the box then says the name as the data spells it
	await expect(country).toHaveValue('Kazakhstan');
	await expect.poll(() => page.url()).toMatch(/top\.country=kaz/);
});

test('the pair takes a start of a name and a Russian name', async ({ page }) => {
	await open(page, '/compare');
	const second = page.getByLabel('and', { exact: true });
	await second.fill('Kyrgyz');
	await second.press('Tab');
	await expect(page.locator('[data-chart-id="compare-pair"] h3')).toHaveText(
		'Belarus and Kyrgyzstan: each in the other’s trade'
	);
	const first = page.getByLabel('Country', { exact: true });
	await first.fill('Казахстан');
	await first.press('Tab');
	await expect(page.locator('[data-chart-id="compare-pair"] h3')).toHaveText(
		'Kazakhstan and Kyrgyzstan: each in the other’s trade'
	);
	// a name that is the start of two countries asks which
	await second.fill('Congo');
	await second.press('Tab');
	await expect(page.locator('.pair-picker .message')).toHaveText(
		'“Congo” could be: Congo, Democratic Republic of the; Congo, Republic of the. Type more of the name.'
	);
});

test('a group of the reader’s own, three countries chosen by keyboard, kept on reload', async ({
	page
}) => {
	await open(page, '/compare/group');
	const add = page.getByRole('combobox', { name: 'Add countries' });
	await add.focus();
	// one from the list: type, ArrowDown, Enter (the list stays open for the next)
	await page.keyboard.type('kazak');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(
		page.locator('fieldset.multi').getByRole('option', { name: /Kazakhstan/ })
	).toHaveAttribute('aria-selected', 'true');
	// two at once, typed with a comma, one by another name
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('Kirgizia, uzbekistan');
	await page.keyboard.press('Enter');
	const chips = page.getByRole('list', { name: 'Countries in your group' }).getByRole('listitem');
	await expect(chips).toHaveText([/^Kazakhstan/, /^Kyrgyzstan/, /^Uzbekistan/]);
	await expect(page.getByRole('status').filter({ hasText: 'Added:' })).toHaveText(
		'Added: Kyrgyzstan; Uzbekistan.'
	);
	await expect
		.poll(() => decodeURIComponent(page.url()))
		.toMatch(/group\.set=custom&group\.members=kaz,kgz,uzb/);
	await expect(groupChart(page).locator('h3')).toHaveText(
		'Russia in each one’s trade: Kazakhstan, Kyrgyzstan and Uzbekistan'
	);
	await expect.poll(() => panelsOf(page)).toEqual(['kaz', 'kgz', 'uzb']);
	// reload: the same group
	await open(page, page.url());
	await expect(groupChart(page).locator('h3')).toHaveText(
		'Russia in each one’s trade: Kazakhstan, Kyrgyzstan and Uzbekistan'
	);
	await expect(chips).toHaveCount(3);
	await expect.poll(() => panelsOf(page)).toEqual(['kaz', 'kgz', 'uzb']);
	// removing one by its own button, by keyboard
	await page.getByRole('button', { name: 'Remove Kyrgyzstan' }).focus();
	await page.keyboard.press('Enter');
	await expect(chips).toHaveCount(2);
	await expect.poll(() => panelsOf(page)).toEqual(['kaz', 'uzb']);
	// the preset groups are still beside it
	await page.locator('#group-set').selectOption('baltic');
	await expect(groupChart(page).locator('h3')).toHaveText(
		'Russia in each one’s trade: Baltic states'
	);
});

test('a group of the reader’s own, chosen by tap on a phone, kept on reload', async ({
	browser
}) => {
	const context = await browser.newContext({
		hasTouch: true,
		isMobile: true,
		viewport: { width: 390, height: 844 }
	});
	const page = await context.newPage();
	await open(page, '/compare/group');
	const add = page.getByRole('combobox', { name: 'Add countries' });
	for (const [typed, name] of [
		['arm', 'Armenia'],
		['geor', 'Georgia'],
		['azer', 'Azerbaijan']
	] as const) {
		await add.tap();
		await add.fill(typed);
		await page
			.locator('fieldset.multi')
			.getByRole('option', { name: new RegExp(name) })
			.tap();
		await expect(
			page.locator('fieldset.multi').getByRole('option', { name: new RegExp(name) })
		).toHaveAttribute('aria-selected', 'true');
	}
	await expect(groupChart(page).locator('h3')).toHaveText(
		'Russia in each one’s trade: Armenia, Georgia and Azerbaijan'
	);
	await expect.poll(() => panelsOf(page)).toEqual(['arm', 'aze', 'geo']);
	await open(page, page.url());
	await expect.poll(() => panelsOf(page)).toEqual(['arm', 'aze', 'geo']);
	// a tap on a chosen country takes it out again
	await add.tap();
	await add.fill('georgia');
	await page
		.locator('fieldset.multi')
		.getByRole('option', { name: /Georgia/ })
		.tap();
	await expect.poll(() => panelsOf(page)).toEqual(['arm', 'aze']);
	await context.close();
});

test('a tampered group in the address is said in words; what is known is shown', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await open(
		page,
		'/compare/group?group.set=custom&group.members=kaz,zzz,kaz,%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,tjk'
	);
	await expect(page.locator('fieldset.multi .message')).toHaveText(
		'The address’s group: “zzz”, “<img src=x onerror=a…” are not country ids in the data, so left out; “kaz” given more than once, shown once.'
	);
	await expect.poll(() => panelsOf(page)).toEqual(['kaz', 'tjk']);
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	// more than a group can hold
	const ids = ['arm', 'aze', 'blr', 'est', 'geo', 'kaz', 'kgz', 'lva', 'ltu', 'mda', 'tjk', 'tkm'];
	const lots = [
		...ids,
		'ukr',
		'uzb',
		'chn',
		'deu',
		'pol',
		'fra',
		'ita',
		'esp',
		'tur',
		'irn',
		'ind',
		'jpn',
		'kor',
		'usa'
	];
	await open(page, `/compare/group?group.set=custom&group.members=${lots.join(',')}`);
	await expect(page.locator('fieldset.multi .message')).toHaveText(
		'The address’s group: a group holds at most 24 countries: the first 24 are shown, 2 left out.'
	);
	await expect.poll(async () => (await panelsOf(page)).length).toBe(24);
	// a custom group naming no country: the default group, and why
	await open(page, '/compare/group?group.set=custom');
	await expect(page.locator('fieldset.multi .message')).toHaveText(
		'The address’s group: it names no countries.'
	);
	await expect(groupChart(page).locator('h3')).toHaveText(
		'Russia in each one’s trade: Former Soviet states'
	);
	expect(errors).toEqual([]);
});
