import { describe, expect, it } from 'vitest';
import { countryNames } from '$lib/server/compare';
import { altNames } from '$lib/server/countryNames';
import { countryByName, matchNames, nameKey, nameTable, withinOneEdit } from './names';

// the table the pickers use: every country with data and its other names
const table = nameTable(countryNames(), altNames());
const id = (text: string) => {
	const r = countryByName(table, text);
	return 'id' in r ? r.id : r.error;
};

describe('a country typed by name', () => {
	it('takes the name in the data whatever its case, spaces and accents', () => {
		expect(id('  kazakhstan ')).toBe('kaz');
		expect(id('BELARUS')).toBe('blr');
		expect(id('Cote d’Ivoire')).toBe('civ');
		expect(id("Côte d'Ivoire")).toBe('civ');
		expect(id('Curacao')).toBe('cuw');
	});

	it('takes another order of the same words', () => {
		expect(id('Korea, South')).toBe('kor');
		expect(id('South Korea')).toBe('kor');
		expect(id('korea north')).toBe('prk');
		expect(id('The Gambia')).toBe('gmb');
	});

	it('takes other names and transliterations from the alternate-name table', () => {
		const cases: [string, string][] = [
			['Kazakstan', 'kaz'],
			['Qazaqstan', 'kaz'],
			['Kirgizia', 'kgz'],
			['Belorussia', 'blr'],
			['Byelorussia', 'blr'],
			['Moldavia', 'mda'],
			['Turkmenia', 'tkm'],
			['Russian Federation', 'rus'],
			['Czechia', 'cze'],
			['Czech Republic', 'cze'],
			['Ivory Coast', 'civ'],
			['Burma', 'mmr'],
			['Myanmar', 'mmr'],
			['USSR', 'x-ur'],
			['Swaziland', 'swz']
		];
		for (const [text, want] of cases) expect(id(text), text).toBe(want);
	});

	it('takes Russian and Belarusian names', () => {
		expect(id('Казахстан')).toBe('kaz');
		expect(id('Беларусь')).toBe('blr');
		expect(id('Белоруссия')).toBe('blr');
		expect(id('Россия')).toBe('rus');
		expect(id('Расія')).toBe('rus');
		expect(id('киргизия')).toBe('kgz');
		// ё and е are one letter to a reader typing fast
		expect(id('Соединенное Королевство')).toBe('gbr');
	});

	it('takes the start of a name when only one country starts so', () => {
		expect(id('Kyrgyz')).toBe('kgz');
		expect(id('kazak')).toBe('kaz');
		expect(id('Uzbek')).toBe('uzb');
	});

	it('takes a name of five letters or more with one letter wrong, missing, extra or swapped', () => {
		expect(id('Kazahkstan')).toBe('kaz'); // swapped
		expect(id('Ukriane')).toBe('ukr'); // swapped
		expect(id('Belaruss')).toBe('blr'); // extra
		expect(id('Armenai')).toBe('arm'); // swapped
		expect(id('Georgja')).toBe('geo'); // changed
		// shorter names must be exact: "Cuab" is not Cuba, "Irak" not Iraq
		expect(id('Cuab')).toMatch(/^No country called “Cuab”/);
		expect(id('Perx')).toMatch(/^No country called/);
	});

	it('asks which one when a name is the start of several', () => {
		expect(id('Congo')).toBe(
			'“Congo” could be: Congo, Democratic Republic of the; Congo, Republic of the. Type more of the name.'
		);
		expect(id('Korea')).toMatch(/^“Korea” could be: Korea, North; Korea, South\./);
		// an exact name wins over the longer names it starts
		expect(id('Niger')).toBe('ner');
		expect(id('Guinea')).toBe('gin');
	});

	it('says what is wrong with an unknown name, and nothing for an empty box', () => {
		expect(countryByName(table, 'Atlantis')).toEqual({
			error: 'No country called “Atlantis” in the Factbook data: pick one from the list.'
		});
		expect(countryByName(table, '   ')).toEqual({ error: '' });
		expect(countryByName(table, '—')).toEqual({ error: '' });
	});
});

describe('the matching underneath', () => {
	it('reduces a name to lower-case words without accents, punctuation or "the"', () => {
		expect(nameKey('Bahamas, The')).toBe('bahamas');
		expect(nameKey('Saint Barthélemy')).toBe('saint barthelemy');
		expect(nameKey('Trinidad & Tobago')).toBe('trinidad and tobago');
		expect(nameKey('Кот-д’Ивуар')).toBe('кот дивуар');
	});

	it('counts one letter added, dropped, changed or two swapped, never more', () => {
		expect(withinOneEdit('kazakhstan', 'kazakstan')).toBe(true);
		expect(withinOneEdit('kazakhstan', 'kazakhsstan')).toBe(true);
		expect(withinOneEdit('kazakhstan', 'kazakhstam')).toBe(true);
		expect(withinOneEdit('kazakhstan', 'kazakhtsan')).toBe(true);
		expect(withinOneEdit('kazakhstan', 'kazakstam')).toBe(false);
		expect(withinOneEdit('kazakhstan', 'kazahkstna')).toBe(false);
		expect(withinOneEdit('abc', 'abcde')).toBe(false);
	});

	it('lists every country a text may mean, closest first, with the other name that matched', () => {
		const m = matchNames(table, 'kirgiz');
		expect(m[0]?.country.id).toBe('kgz');
		expect(m[0]?.via).toBe('Kirgizia');
		expect(matchNames(table, 'Belarus')[0]).toMatchObject({ rank: 0, via: null });
		// inside a word: offered as a suggestion, never taken for the reader
		expect(matchNames(table, 'stan').map((x) => x.country.id)).toContain('afg');
		expect(countryByName(table, 'stan')).toHaveProperty('error');
	});
});
