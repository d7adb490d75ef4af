import { describe, expect, it } from 'vitest';
import { countryByName } from './countryName';

const countries: [string, string][] = [
	['blr', 'Belarus'],
	['rus', 'Russia']
];

describe('a country typed by name', () => {
	it('takes a known name whatever its case and spaces', () => {
		expect(countryByName(countries, '  belarus ')).toEqual({ id: 'blr' });
	});
	it('says what is wrong with an unknown name, and nothing for an empty box', () => {
		expect(countryByName(countries, 'Belarussia')).toEqual({
			error: 'No country called “Belarussia” in the Factbook data: pick one from the list.'
		});
		expect(countryByName(countries, '   ')).toEqual({ error: '' });
	});
});
