import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartCsv, csvCell, neutralise } from './csv';

describe('CSV export', () => {
	it('defuses spreadsheet formulas in text but keeps numbers, negatives included', () => {
		expect(neutralise('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
		expect(neutralise('+1')).toBe(`'+1`);
		expect(neutralise('-77% y/y')).toBe(`'-77% y/y`);
		expect(neutralise('@SUM(A1)')).toBe(`'@SUM(A1)`);
		expect(neutralise('Russia')).toBe('Russia');
		expect(neutralise('−77% y/y')).toBe('−77% y/y');
		expect(csvCell(-1.5)).toBe('-1.5');
		expect(csvCell(null)).toBe('');
	});

	it('writes a header with units and parses back to the same values', () => {
		const csv = chartCsv({
			columns: [
				{ key: 'year', label: 'Year' },
				{ key: 'share', label: 'Share', unit: '%', numeric: true },
				{ key: 'note', label: 'Note' }
			],
			rows: [
				{ year: 2009, share: 46.61, note: 'derived, "turnover"' },
				{ year: 2013, share: null, note: '=1+1' }
			]
		});
		expect(csv.split('\r\n')[0]).toBe('Year,Share (%),Note');
		const back = Papa.parse<string[]>(csv.trim()).data;
		expect(back).toEqual([
			['Year', 'Share (%)', 'Note'],
			['2009', '46.61', 'derived, "turnover"'],
			['2013', '', "'=1+1"]
		]);
	});

	it('defuses cells starting with a tab or a carriage return', () => {
		expect(neutralise('\t=1+1')).toBe(`'\t=1+1`);
		expect(neutralise('\rline')).toBe(`'\rline`);
		// quoted too: a tab is a separator to a spreadsheet set to split on tabs
		expect(csvCell('\tx')).toBe(`"'\tx"`);
		// Quoted because of the CR, and still defused inside the quotes.
		expect(csvCell('\r=1')).toBe(`"'\r=1"`);
		// Not at the start: left alone.
		expect(neutralise('a\tb')).toBe('a\tb');
	});
	it('is safe in a spreadsheet set to split on ";", tab or "|": every piece stays inside its cell', () => {
		const hostile = ["x;=cmd|' /C calc'!A0", 'a\t+1', 'b|-2', 'c; @SUM(A1)', ' =1+1'];
		const csv = chartCsv({
			columns: [{ key: 'note', label: 'Note' }],
			rows: hostile.map((note) => ({ note }))
		});
		for (const delimiter of [',', ';', '\t', '|']) {
			const cells = Papa.parse<string[]>(csv.trim(), { delimiter }).data.slice(1).flat();
			// read with any separator, each row is one cell, and none starts a formula
			expect(cells, delimiter).toHaveLength(hostile.length);
			for (const c of cells) expect(c, delimiter).not.toMatch(/^\s*[=+\-@]/);
		}
		expect(csvCell(' =1+1')).toBe("' =1+1");
	});
});
