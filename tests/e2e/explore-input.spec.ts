/**
 * /explore: the ways a reader brings a file that explore.spec.ts does not drive — a real drop on
 * the drop zone, pasted text (typed in and pasted with Ctrl+V), overriding what was detected and
 * reading again, and a browser whose storage is full.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watch } from './helpers';
import { readFileSync } from 'node:fs';

async function start(page: Page) {
	await page.goto('/explore');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
const zone = (page: Page) => page.getByRole('group', { name: 'Drop a CSV file here' });
const frame = (page: Page) => page.getByTestId('explore-frame');
const files = (page: Page) => page.getByTestId('files');

/** Drags a file (made in the page, as the browser makes one from the desktop) over `target` and drops it. */
async function drop(page: Page, target: Locator, name: string, body: string) {
	const data = await page.evaluateHandle(
		([n, b]) => {
			const dt = new DataTransfer();
			dt.items.add(new File([b], n, { type: 'text/csv' }));
			return dt;
		},
		[name, body] as const
	);
	await target.dispatchEvent('dragenter', { dataTransfer: data });
	await target.dispatchEvent('dragover', { dataTransfer: data });
	await expect(zone(page)).toHaveClass(/\bdragging\b/);
	await target.dispatchEvent('drop', { dataTransfer: data });
}

/** The table's cells, row by row (the Table disclosure opened first). */
async function tableRows(page: Page): Promise<string[][]> {
	await frame(page).getByText('Table', { exact: true }).click();
	const table = page.getByTestId('chart-table');
	await expect(table).toBeVisible();
	return table
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''))
		);
}

const DROPPED = 'year,exports,imports\n2018,4.5,7\n2019,5.25,6.5\n2020,6,8.75\n';

test('a file dropped on the drop zone is charted, kept with its name and size, and read right', async ({
	page
}) => {
	const problems = watch(page);
	await start(page);
	// dragging over shows it, leaving takes it back
	const text = zone(page).getByText('or drop one here');
	const empty = await page.evaluateHandle(() => new DataTransfer());
	await text.dispatchEvent('dragover', { dataTransfer: empty });
	await expect(zone(page)).toHaveClass(/\bdragging\b/);
	await zone(page).dispatchEvent('dragleave', { dataTransfer: empty });
	await expect(zone(page)).not.toHaveClass(/\bdragging\b/);

	// the drop lands on the words inside the zone, as a reader's mouse would
	await drop(page, text, 'dropped.csv', DROPPED);
	await expect(zone(page)).not.toHaveClass(/\bdragging\b/);
	await expect(frame(page).locator('.chart-body path.lc-path')).toHaveCount(2);
	await expect(frame(page).locator('.legend')).toHaveText(/Yours: exports\s*Yours: imports/);
	await expect(page.getByTestId('status')).toHaveText('dropped.csv: 3 rows read.');
	await expect(page.getByTestId('detected')).toHaveText(
		'Detected: comma-separated, a header row, no BOM, Unix line ends (LF), no quotes, decimal points. 3 rows used.'
	);
	await expect(page.getByTestId('columns')).toHaveText(
		/^year\s*year\s*exports\s*number\s*imports\s*number$/
	);
	await expect(files(page).locator('li')).toHaveCount(1);
	await expect(
		files(page).getByRole('button', { name: 'dropped.csv', exact: true })
	).toHaveAttribute('aria-current', 'true');
	await expect(files(page)).toContainText(`${DROPPED.length} B, added`);
	expect(await tableRows(page)).toEqual([
		['2', '2018', '4.5', '7'],
		['3', '2019', '5.25', '6.5'],
		['4', '2020', '6', '8.75']
	]);
	await expect(page).toHaveURL(/\?file=[a-z0-9]+&x=year&y=exports&y=imports$/);

	// kept: after a reload it is listed and charted again
	await page.reload();
	await expect(files(page)).toContainText('dropped.csv');
	await expect(files(page)).toContainText(`${DROPPED.length} B`);
	await expect(frame(page).locator('.chart-body path.lc-path')).toHaveCount(2);

	// a bad file dropped gets the same message as one chosen
	await drop(page, text, 'zip.csv', 'PK\u0003\u0004\u0000\u0000\u0000\b');
	await expect(page.getByTestId('refused')).toContainText('binary file');
	expect(problems).toEqual([]);
});

const TSV = [
	'year\tshare\tsource',
	'2010\t3,5\t"Belstat, annual"',
	'2011\t4,25\t"Belstat, annual"',
	'2012\t-0,75\t"Belstat, annual"',
	'2012\t1,5\t"Rosstat ""revised"""'
].join('\n');

async function checkPastedTsv(page: Page) {
	await expect(page.getByTestId('status')).toHaveText('pasted text: 4 rows read.');
	await expect(page.getByTestId('detected')).toHaveText(
		'Detected: tab-separated, a header row, no BOM, Unix line ends (LF), quoted fields, decimal commas. 4 rows used.'
	);
	await expect(page.getByTestId('columns')).toHaveText(
		/^year\s*year\s*share\s*number\s*source\s*text$/
	);
	await expect(page.getByTestId('problems-none')).toBeVisible();
	await expect(frame(page).locator('.chart-body path.lc-path').first()).toBeVisible();
	await expect(frame(page).locator('.legend')).toHaveText(
		/^\s*Yours: Belstat, annual\s*Yours: Rosstat "revised"\s*$/
	);
	// "3,5" is 3.5; quotes are taken off, a doubled quote is one quote, the comma inside stays
	expect(await tableRows(page)).toEqual([
		['2', '2010', 'Belstat, annual', '3.5'],
		['3', '2011', 'Belstat, annual', '4.25'],
		['4', '2012', 'Belstat, annual', '-0.75'],
		['5', '2012', 'Rosstat "revised"', '1.5']
	]);
	await expect(files(page).getByRole('button', { name: 'pasted text', exact: true })).toBeVisible();
	await expect(files(page)).toContainText(`${new TextEncoder().encode(TSV).length} B, added`);
}

test('pasted text (a TSV with decimal commas and quotes) is read, charted and kept; an empty paste is refused', async ({
	page
}) => {
	const problems = watch(page);
	await start(page);
	await page.getByText('Paste text instead').click();
	const area = page.getByLabel('Rows of a CSV or TSV, header first');
	const chart = page.getByRole('button', { name: 'Chart the pasted text' });

	await chart.click();
	await expect(page.getByTestId('refused')).toHaveText(
		'The pasted text is empty: paste the rows of a CSV or TSV first.'
	);
	await area.focus();
	await page.keyboard.insertText('  \n\t\n');
	await chart.click();
	await expect(page.getByTestId('refused')).toHaveText(/The pasted text is empty/);
	await expect(page.getByTestId('files')).toHaveCount(0);
	await expect(frame(page)).toHaveCount(0);

	await area.fill('');
	await page.keyboard.insertText(TSV);
	await chart.click();
	await expect(page.getByTestId('refused')).toHaveCount(0);
	await checkPastedTsv(page);

	await page.reload();
	await expect(files(page).getByRole('button', { name: 'pasted text', exact: true })).toBeVisible();
	await expect(frame(page).locator('.chart-body path.lc-path').first()).toBeVisible();
	await expect(page.getByTestId('detected')).toContainText('tab-separated');
	expect(problems).toEqual([]);
});

test('Ctrl+V from the clipboard into the paste area', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await start(page);
	await page.evaluate((t) => navigator.clipboard.writeText(t), TSV);
	await page.getByText('Paste text instead').click();
	await page.getByLabel('Rows of a CSV or TSV, header first').focus();
	await page.keyboard.press('ControlOrMeta+V');
	await expect(page.getByLabel('Rows of a CSV or TSV, header first')).toHaveValue(TSV);
	await page.getByRole('button', { name: 'Chart the pasted text' }).click();
	await checkPastedTsv(page);
});

const SEMI = 'year;share\n2010;55,5\n2011;60,25\n2012;58,0\n';

test('a reader overrides what was detected and reads again: columns, types and rows follow', async ({
	page
}) => {
	const problems = watch(page);
	await start(page);
	await page.getByTestId('file-input').setInputFiles({
		name: 'semi.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(SEMI)
	});
	const detected = page.getByTestId('detected');
	const delimiter = page.getByTestId('delimiter');
	const header = page.getByLabel('First row is a header');
	const comma = page.getByLabel('Decimal comma (3,5)');
	const again = page.getByRole('button', { name: 'Read again' });
	const columns = page.getByTestId('columns');
	await expect(detected).toContainText(
		'Detected: semicolon-separated, a header row, no BOM, Unix line ends (LF), no quotes, decimal commas. 3 rows used.'
	);
	await expect(columns).toHaveText(/^year\s*year\s*share\s*number$/);
	await expect(delimiter).toHaveValue(';');
	await expect(header).toBeChecked();
	await expect(comma).toBeChecked();
	expect(await tableRows(page)).toEqual([
		['2', '2010', '55.5'],
		['3', '2011', '60.25'],
		['4', '2012', '58']
	]);

	// no header: the first row is data, the columns are numbered, its words are problems
	await header.uncheck();
	await again.click();
	await expect(columns).toHaveText(/^column 1\s*year\s*column 2\s*number$/);
	await expect(detected).toContainText('4 rows used');
	await expect(page.getByTestId('problems')).toContainText(
		'line 1, column column 1: expected a year (four digits), got "year"'
	);
	await expect(page.getByTestId('problems')).toContainText(
		'line 1, column column 2: expected a number, got "share"'
	);
	// what was detected stays what was detected; the form shows what is in force
	await expect(detected).toContainText('Detected: semicolon-separated, a header row,');
	await expect(page.getByTestId('used')).toHaveText(
		'Read with your choice instead: no header row.'
	);
	await expect(header).not.toBeChecked();
	await expect(delimiter).toHaveValue(';');
	await expect(comma).toBeChecked();
	await expect(frame(page).locator('.legend')).toHaveText(/Yours: column 2/);
	// the choice is in the link: a reload reads the file the same way
	await expect(page).toHaveURL(/[?&]sep=semicolon&header=no&decimal=comma(&|$)/);
	await page.reload();
	await expect(page.getByTestId('used')).toHaveText(
		'Read with your choice instead: no header row.'
	);
	await expect(columns).toHaveText(/^column 1\s*year\s*column 2\s*number$/);
	expect(await tableRows(page)).toEqual([
		['1', '—', '—'],
		['2', '2010', '55.5'],
		['3', '2011', '60.25'],
		['4', '2012', '58']
	]);

	// header back, decimal points: "55,5" is no number, the share is text and there is nothing to chart
	await header.check();
	await comma.uncheck();
	await again.click();
	await expect(columns).toHaveText(/^year\s*year\s*share\s*text$/);
	await expect(page.getByTestId('no-mapping')).toContainText('Nothing to chart');
	await expect(detected).toContainText('decimal commas');
	await expect(page.getByTestId('used')).toHaveText(
		'Read with your choice instead: decimal points.'
	);
	await expect(comma).not.toBeChecked();
	await expect(header).toBeChecked();

	// comma as the delimiter: one field in the header, two in each row, every row dropped
	await comma.check();
	await delimiter.selectOption(',');
	await again.click();
	await expect(page.getByTestId('refused')).toContainText(
		"No row has the header's 1 fields: every row was dropped as ragged."
	);
	// the reader can go back: the form is still there with the choice in force
	await expect(detected).toHaveCount(0);
	await expect(frame(page)).toHaveCount(0);
	await expect(delimiter).toHaveValue(',');
	await expect(comma).toBeChecked();
	await delimiter.selectOption(';');
	await again.click();
	await expect(page.getByTestId('refused')).toHaveCount(0);
	await expect(columns).toHaveText(/^year\s*year\s*share\s*number$/);
	await expect(frame(page).locator('.chart-body path.lc-path').first()).toBeVisible();

	// opening the file again from the list reads it as detected
	await header.uncheck();
	await again.click();
	await expect(columns).toHaveText(/^column 1\s*year\s*column 2\s*number$/);
	await files(page).getByRole('button', { name: 'semi.csv', exact: true }).click();
	await expect(columns).toHaveText(/^year\s*year\s*share\s*number$/);
	await expect(header).toBeChecked();
	await expect(page.getByTestId('used')).toHaveCount(0);

	// a file refused as first read offers the options too: a header with no rows under it, read
	// without a header, is one row of text
	await page.getByTestId('file-input').setInputFiles({
		name: 'only-header.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('year,value\n')
	});
	await expect(page.getByTestId('refused')).toHaveText(
		'The file has a header row (year, value) but no data rows under it.'
	);
	await expect(delimiter).toHaveValue(',');
	await expect(header).toBeChecked();
	await header.uncheck();
	await again.click();
	await expect(page.getByTestId('refused')).toHaveCount(0);
	await expect(columns).toHaveText(/^column 1\s*text\s*column 2\s*text$/);
	await expect(page.getByTestId('used')).toHaveText(
		'Read with your choice instead: no header row.'
	);
	await expect(page.getByTestId('no-mapping')).toContainText('Nothing to chart');
	// a file refused before anything was detected (binary) offers none
	await page.getByTestId('file-input').setInputFiles({
		name: 'zip.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 8])
	});
	await expect(page.getByTestId('refused')).toContainText('binary file');
	await expect(delimiter).toHaveCount(0);
	expect(problems).toEqual([]);
});

for (const how of ['throws', 'aborts'] as const)
	test(`with storage full (the write ${how}) the page says so, charts the file, and forgets it after a reload`, async ({
		page
	}) => {
		const problems = watch(page);
		await page.addInitScript((mode) => {
			const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			const put = IDBObjectStore.prototype.put;
			IDBObjectStore.prototype.put = function (
				this: IDBObjectStore,
				...args: [unknown, IDBValidKey?]
			) {
				if (mode === 'throws') throw full();
				// as a real quota error comes: the request is made, then the transaction aborts with it
				const req = put.apply(this, args);
				const tx = this.transaction;
				Object.defineProperty(tx, 'error', { get: full });
				tx.abort();
				return req;
			};
		}, how);
		await start(page);
		await expect(page.getByTestId('store-note')).toHaveCount(0);
		await page.getByTestId('file-input').setInputFiles({
			name: 'full.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('year,value\n2000,1\n2001,2\n2002,4\n')
		});
		await expect(page.getByTestId('store-note')).toHaveText(
			'The browser’s storage is full, so this file is kept only until you leave the page.'
		);
		await expect(frame(page).locator('.chart-body path.lc-path')).toHaveCount(1);
		await expect(page.getByTestId('status')).toHaveText('full.csv: 3 rows read.');
		expect(await tableRows(page)).toEqual([
			['2', '2000', '1'],
			['3', '2001', '2'],
			['4', '2002', '4']
		]);
		await expect(files(page)).toHaveCount(0);
		// the link does not name a file that is not kept
		expect(new URL(page.url()).searchParams.get('file')).toBeNull();

		await page.reload();
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		// the store itself holds nothing (the page's own listing is done by the time this answers)
		const kept = await page.evaluate(
			() =>
				new Promise<number>((resolve, reject) => {
					const req = indexedDB.open('dependence-atlas-explore');
					req.onerror = () => reject(new Error(String(req.error)));
					req.onsuccess = () => {
						const db = req.result;
						const all = db.transaction('files').objectStore('files').count();
						all.onsuccess = () => {
							db.close();
							resolve(all.result);
						};
					};
				})
		);
		expect(kept).toBe(0);
		await expect(page.getByRole('heading', { name: 'Bring a file' })).toBeVisible();
		await expect(files(page)).toHaveCount(0);
		await expect(frame(page)).toHaveCount(0);
		await expect(page.getByTestId('store-note')).toHaveCount(0);
		await expect(page.getByTestId('refused')).toHaveCount(0);
		await expect(page.getByTestId('status')).toHaveText('');
		expect(problems).toEqual([]);
	});

test('a header whose copy is renamed onto another column’s name (year,a,a,a (2)) is charted, not frozen', async ({
	page
}) => {
	const problems = watch(page);
	await start(page);
	await page.getByTestId('file-input').setInputFiles({
		name: 'dup.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('year,a,a,a (2)\n2020,1,2,3\n2021,4,5,6\n')
	});
	await expect(frame(page)).toBeVisible();
	await expect(page.getByTestId('columns')).toContainText('a (3)');
	await expect(page.getByText('Reading…')).toHaveCount(0);
	const rows = await tableRows(page);
	expect(rows.length).toBeGreaterThan(0);
	expect(problems).toEqual([]);
});

test('a file past the limits is refused with the limit named: 100,000 columns, a 2 MB line', async ({
	page
}) => {
	await start(page);
	const input = page.getByTestId('file-input');
	const header = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',');
	await input.setInputFiles({
		name: 'wide.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(`${header}\n${header.replace(/c/g, '')}\n`)
	});
	await expect(page.getByTestId('refused')).toContainText(
		'Line 1 has 100,000 columns; this page reads up to 1,000'
	);
	await input.setInputFiles({
		name: 'commas.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(`a,b\n${','.repeat(2_000_000)}\n`)
	});
	await expect(page.getByTestId('refused')).toContainText(
		'Line 2 is 2,000,000 characters long; this page reads lines of up to 1,000,000'
	);
	await input.setInputFiles({
		name: 'unicode.txt',
		mimeType: 'text/plain',
		buffer: Buffer.concat([
			Buffer.from([0xff, 0xfe]),
			Buffer.from('year,value\n2020,1\n', 'utf16le')
		])
	});
	await expect(page.getByTestId('refused')).toContainText('UTF-16 text (little-endian)');
});

test('a long series name is shortened in the legend and the figure, which stays well-formed XML', async ({
	page
}) => {
	await start(page);
	const long = `share ${'ж'.repeat(300)} <&> "end"`;
	await page.getByTestId('file-input').setInputFiles({
		name: 'long.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(`year,"${long.replace(/"/g, '""')}"\n2020,1\n2021,2\n`)
	});
	await expect(frame(page)).toBeVisible();
	const legend = frame(page).locator('.legend');
	await expect(legend).toContainText('share жжж');
	expect((await legend.innerText()).length).toBeLessThan(200);
	// the title too names the column in at most 80 characters
	expect((await frame(page).locator('h3').innerText()).length).toBeLessThan(120);
	const [svg] = await Promise.all([
		page.waitForEvent('download'),
		frame(page).getByRole('button', { name: 'Download SVG' }).click()
	]);
	const text = readFileSync(await svg.path(), 'utf8');
	expect(text.length).toBeLessThan(2_000_000);
	const error = await page.evaluate(
		(s) =>
			new DOMParser().parseFromString(s, 'image/svg+xml').querySelector('parsererror')
				?.textContent ?? null,
		text
	);
	expect(error).toBeNull();
	// the table keeps the name whole
	await frame(page).getByText('Table', { exact: true }).click();
	await expect(page.getByTestId('chart-table').locator('th').filter({ hasText: long })).toHaveCount(
		1
	);
});

test('a browser store that never answers: the file is still read, kept for the session, and the page says so', async ({
	page
}) => {
	await page.addInitScript(() => {
		// an IndexedDB whose open() never calls back (a stuck profile)
		Object.defineProperty(window, 'indexedDB', {
			value: { open: () => ({}) as IDBOpenDBRequest },
			configurable: true
		});
	});
	await start(page);
	await page.getByTestId('file-input').setInputFiles({
		name: 'stuck.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(DROPPED)
	});
	await expect(page.getByTestId('store-note')).toContainText(
		'did not answer, so this file is kept only until you leave the page',
		{ timeout: 10_000 }
	);
	await expect(frame(page)).toBeVisible();
});
