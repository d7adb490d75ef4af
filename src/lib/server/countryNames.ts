/**
 * Other names of each country with data, for the pickers' loose matching (src/lib/search/names.ts)
 * and the site search: the hand-written table data/curated/country_names.csv (former and common
 * names, transliterations such as "Kazakstan", and the Russian and Belarusian names, those marked
 * "Unicode CLDR" taken from CLDR's region names) and the printed partner names of
 * data/curated/partner_aliases.csv that are plain names, abbreviations or former names (not the
 * misprints or remarks the lists carry). Served as /compare/data/names.json, fetched when a reader
 * first uses a picker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { DATA_DIR } from './data';
import { countryNames } from './compare';
import { nameKey, type AltNames } from '$lib/search/names';

export const NAME_LANGS = ['en', 'ru', 'be'] as const;
export type NameLang = (typeof NAME_LANGS)[number];

function rows(file: string, dir: string): Record<string, string>[] {
	const text = readFileSync(join(dir, 'curated', file), 'utf8');
	const res = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
	if (res.errors.length) {
		const e = res.errors[0]!;
		throw new Error(`${file}:${(e.row ?? 0) + 2}: ${e.message}`);
	}
	return res.data;
}

/** Each country's other names, in the table's order, those of the given languages only. */
export function altNames(langs: readonly NameLang[] = NAME_LANGS, dir = DATA_DIR): AltNames {
	const own = new Map(countryNames());
	const out: AltNames = {};
	const add = (id: string, name: string) => {
		const key = nameKey(name);
		const have = out[id] ?? [];
		if (!key || key === nameKey(own.get(id) ?? '') || have.some((n) => nameKey(n) === key)) return;
		out[id] = [...have, name];
	};
	rows('country_names.csv', dir).forEach((r, i) => {
		const where = `country_names.csv:${i + 2}`;
		if (!(NAME_LANGS as readonly string[]).includes(r.lang ?? ''))
			throw new Error(`${where}: language "${r.lang}" is not one of ${NAME_LANGS.join(', ')}`);
		if (!r.name?.trim()) throw new Error(`${where}: no name`);
		// a name of a country without data (or a typo in the id) is refused, not silently dropped
		if (!own.has(r.id ?? '')) throw new Error(`${where}: "${r.id}" is not a country with data`);
		if ((langs as readonly string[]).includes(r.lang as string)) add(r.id as string, r.name.trim());
	});
	if (langs.includes('en'))
		for (const r of rows('partner_aliases.csv', dir)) {
			const plain = !r.note || /^(abbreviation|former name)/.test(r.note);
			if (r.kind === 'country' && plain && r.target && own.has(r.target))
				add(r.target, r.name as string);
		}
	return out;
}
