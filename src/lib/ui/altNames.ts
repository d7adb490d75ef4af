/**
 * The countries' other names (/compare/data/names.json), fetched once, when a reader first uses a
 * picker. If it cannot be loaded the pickers still match the names in the data loosely (case,
 * accents, word order, the start of a name, one letter wrong), and it is asked for again next time.
 */
import { nameTable, type AltNames, type NamedCountry } from '$lib/search/names';

let loading: Promise<AltNames> | null = null;

export function loadAltNames(): Promise<AltNames> {
	loading ??= fetch('/compare/data/names.json')
		.then((r) => {
			if (!r.ok) throw new Error(String(r.status));
			return r.json() as Promise<AltNames>;
		})
		.catch(() => {
			loading = null;
			return {};
		});
	return loading;
}

const tables = new WeakMap<readonly (readonly [string, string])[], [AltNames, NamedCountry[]]>();

/** The pickers' table for a page's countries, once the other names are in (made once for both). */
export async function pickerTable(
	countries: readonly (readonly [string, string])[]
): Promise<NamedCountry[]> {
	const alt = await loadAltNames();
	const had = tables.get(countries);
	if (had && had[0] === alt) return had[1];
	const t = nameTable(countries, alt);
	tables.set(countries, [alt, t]);
	return t;
}
