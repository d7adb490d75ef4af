/**
 * Countries found by a name as a reader types it: in any case, with or without accents, in another
 * order ("Korea, South" / "South Korea"), by another name or spelling from the alternate-name table
 * (data/curated/country_names.csv and the printed names of partner_aliases.csv: "Kazakstan",
 * "Belorussia", "Ivory Coast", "Казахстан"), by the start of a name ("Kyrgyz") or with one letter
 * wrong, missing, extra or two swapped (names of 5 letters or more). Pure: the pickers run it in the
 * browser, the tests in Node.
 */

/** A country as the pickers know it: its id, its name in the data, and its other names. */
export interface NamedCountry {
	id: string;
	name: string;
	alt: readonly string[];
}

/** Alternate names by country id, as /compare/data/names.json serves them. */
export type AltNames = Record<string, string[]>;

/** A name reduced to what tells it apart: lower case, no accents or punctuation, no "the". */
export function nameKey(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/ё/g, 'е')
		.replace(/&/g, ' and ')
		.replace(/['’‘`]/g, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w && w !== 'the')
		.join(' ');
}

/** The same words in alphabetical order: "korea south" for both "Korea, South" and "South Korea". */
const sortedKey = (key: string) => key.split(' ').sort().join(' ');

/** True when a and b differ by at most one letter added, dropped, changed or two swapped. */
export function withinOneEdit(a: string, b: string): boolean {
	if (a === b) return true;
	const la = a.length;
	const lb = b.length;
	if (Math.abs(la - lb) > 1) return false;
	let i = 0;
	while (i < la && i < lb && a[i] === b[i]) i++;
	if (la === lb) {
		// one letter changed, or two neighbours swapped
		if (a.slice(i + 1) === b.slice(i + 1)) return true;
		return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
	}
	return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Names of five letters or more may have one letter wrong. */
const TYPO_MIN = 5;

/** A country's names as keys, made once per table. */
interface Keyed {
	c: NamedCountry;
	keys: string[];
	sorted: string[];
}

const keyedCache = new WeakMap<readonly NamedCountry[], Keyed[]>();
function keyed(table: readonly NamedCountry[]): Keyed[] {
	let k = keyedCache.get(table);
	if (!k) {
		k = table.map((c) => {
			const keys = [...new Set([c.name, ...c.alt].map(nameKey).filter(Boolean))];
			return { c, keys, sorted: keys.map(sortedKey) };
		});
		keyedCache.set(table, k);
	}
	return k;
}

/** How well a key matches a typed key: lower is better; null when it does not. */
function closeness(key: string, sorted: string, q: string, qs: string): number | null {
	if (key === q || sorted === qs) return 0;
	if (key.startsWith(q)) return 1;
	if (key.includes(' ' + q)) return 2;
	if (q.length >= TYPO_MIN && withinOneEdit(key, q)) return 3;
	if (q.length >= 3 && key.includes(q)) return 4;
	return null;
}

/** One match: the country, how close (0 exact … 4 inside a word), and the name that matched. */
export interface NameMatch {
	country: NamedCountry;
	rank: number;
	/** The alternate name that matched, when it was not the country's own name. */
	via: string | null;
}

/** Every country a typed text may mean, closest first (then as the table lists them). */
export function matchNames(table: readonly NamedCountry[], text: string): NameMatch[] {
	const q = nameKey(text);
	if (!q) return [];
	const qs = sortedKey(q);
	const out: NameMatch[] = [];
	for (const k of keyed(table)) {
		let best: { rank: number; at: number } | null = null;
		k.keys.forEach((key, at) => {
			const r = closeness(key, k.sorted[at] as string, q, qs);
			if (r !== null && (!best || r < best.rank)) best = { rank: r, at };
		});
		if (!best) continue;
		const { rank, at } = best;
		const own = nameKey(k.c.name);
		const via =
			k.keys[at] === own
				? null
				: ([k.c.name, ...k.c.alt].find((n) => nameKey(n) === k.keys[at]) ?? null);
		out.push({ country: k.c, rank, via });
	}
	return out.sort((a, b) => a.rank - b.rank);
}

/** A country typed by name into a picker: the id it names, or what is wrong with it, in words. */
export type NameLookup = { id: string } | { error: string };

/**
 * The one country a typed name means: an exact name first; else the only country whose name starts
 * so; else the only one within one letter. Several equally close: the reader is asked to say which.
 */
export function countryByName(table: readonly NamedCountry[], text: string): NameLookup {
	const typed = text.trim();
	if (!nameKey(typed)) return { error: '' };
	const hits = matchNames(table, typed).filter((m) => m.rank < 4);
	const best = hits[0];
	if (!best)
		return { error: `No country called “${typed}” in the Factbook data: pick one from the list.` };
	const tied = [...new Set(hits.filter((m) => m.rank === best.rank).map((m) => m.country))];
	if (tied.length === 1) return { id: best.country.id };
	const names = tied
		.slice(0, 4)
		.map((c) => c.name)
		.join('; ');
	const more = tied.length > 4 ? `; or ${tied.length - 4} more` : '';
	return { error: `“${typed}” could be: ${names}${more}. Type more of the name.` };
}

/** The table the pickers match against: each country's name in the data and its other names. */
export function nameTable(
	countries: readonly (readonly [string, string])[],
	alt: AltNames = {}
): NamedCountry[] {
	return countries.map(([id, name]) => ({ id, name, alt: alt[id] ?? [] }));
}
