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
		expect(csvCell('\tx')).toBe(`'\tx`);
		// Quoted because of the CR, and still defused inside the quotes.
		expect(csvCell('\r=1')).toBe(`"'\r=1"`);
		// Not at the start: left alone.
		expect(neutralise('a\tb')).toBe('a\tb');
	});
});
