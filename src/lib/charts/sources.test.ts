import { describe, expect, it } from 'vitest';
import { compactYears, sourceLineText, sourceRefs, type SourceIndex } from './sources';

const index: SourceIndex = {
	CIAFB_2010: {
		id: 'CIAFB_2010',
		outlet: 'CIA',
		address: null,
		date: '2010',
		kind: 'statistical compilation'
	},
	CIAFB_2011: {
		id: 'CIAFB_2011',
		outlet: 'CIA',
		address: null,
		date: '2011',
		kind: 'statistical compilation'
	},
	CIAFB_2013: {
		id: 'CIAFB_2013',
		outlet: 'CIA',
		address: null,
		date: '2013',
		kind: 'statistical compilation'
	},
	TASS_240524: {
		id: 'TASS_240524',
		outlet: 'TASS',
		address: 'https://tass.com/x',
		date: '2024-05-24',
		kind: 'news report'
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
});
