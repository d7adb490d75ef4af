import { describe, expect, it } from 'vitest';
import { compactYears, sourceLineText, sourceRefs, type SourceIndex } from './sources';

const index: SourceIndex = {
	CIAFB_2010: {
		id: 'CIAFB_2010',
		outlet: 'CIA',
		address: null
	},
	CIAFB_2011: {
		id: 'CIAFB_2011',
		outlet: 'CIA',
		address: null
	},
	CIAFB_2013: {
		id: 'CIAFB_2013',
		outlet: 'CIA',
		address: null
	},
	TASS_240524: {
		id: 'TASS_240524',
		outlet: 'TASS',
		address: 'https://tass.com/x'
	}
};

describe('source line', () => {
	it('folds Factbook editions into one entry and keeps first-seen order', () => {
		const refs = sourceRefs(
			['TASS_240524', 'CIAFB_2011', 'CIAFB_2010', 'CIAFB_2013', 'TASS_240524'],
			index
		);
		expect(sourceLineText(refs)).toBe('TASS; CIA World Factbook, editions 2010–2011, 2013');
		expect(refs[0]?.href).toBe('https://tass.com/x');
	});

	it('names a single edition', () => {
		expect(sourceLineText(sourceRefs(['CIAFB_2013'], index))).toBe(
			'CIA World Factbook, 2013 edition'
		);
	});

	it('refuses an unknown source id', () => {
		expect(() => sourceRefs(['NOPE'], index)).toThrow('source id NOPE is not in sources.csv');
	});

	it('compacts years into ranges', () => {
		expect(compactYears([1999, 2001, 2002, 2003, 2005])).toBe('1999, 2001–2003, 2005');
	});

	it('links only http(s) addresses', () => {
		const mk = (address: string | null): SourceIndex => ({
			X: { id: 'X', outlet: 'X', address }
		});
		const hrefOf = (address: string | null) => sourceRefs(['X'], mk(address))[0]?.href;
		expect(hrefOf('https://tass.com/x')).toBe('https://tass.com/x');
		expect(hrefOf('http://news.bbc.co.uk/2/hi/business/6248251.stm')).toBe(
			'http://news.bbc.co.uk/2/hi/business/6248251.stm'
		);
		// A script, a data URL, a relative path or prose never becomes a link.
		expect(hrefOf('javascript:alert(1)')).toBeUndefined();
		expect(hrefOf('data:text/html,<script>alert(1)</script>')).toBeUndefined();
		expect(hrefOf('github.com/MilkMp/CIA-World-Factbooks-Archive-1990-2025')).toBeUndefined();
		expect(hrefOf(' https://x.org/ (leading space)')).toBeUndefined();
		expect(hrefOf(null)).toBeUndefined();
	});
});
