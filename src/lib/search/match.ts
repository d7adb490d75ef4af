/**
 * The site search (header box, src/lib/ui/Search.svelte, and the /search page): the shape of its
 * index, built at build time as /search-index.json (src/lib/server/searchIndex.ts), and the
 * matching and ranking, run in the browser.
 */

/** Kinds of entry, in the order results of the same closeness list them. */
export const KINDS = ['chart', 'country', 'dataset', 'section', 'event', 'source'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * One entry: kind, title shown, address, and further words it is found by (lower case). A country
 * has its id for an address ('' when the atlas has no trade lists for it) and, fifth, 1 when it
 * can be read as a partner in "who depends on" (it still exists in the year that view opens at).
 */
export type Entry =
	| [kind: Exclude<Kind, 'country'>, title: string, url: string, words: string]
	| [kind: 'country', title: string, id: string, words: string, dependents?: 1];

/** A line of the results: what it is, its title, and where it leads (null: nowhere to go). */
export interface Result {
	kind: Kind;
	title: string;
	url: string | null;
	/** A country's line in a few words ("beside Russia"), for the list on /search. */
	short?: string;
}

/** Lower case, accents dropped, typographic apostrophes and dashes made plain. */
export function fold(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[’‘]/g, "'")
		.replace(/[–—]/g, '-')
		.toLowerCase();
}

const wordsOfQuery = (query: string) =>
	fold(query)
		.split(/[^\p{L}\p{N}']+/u)
		.filter(Boolean);

/** An entry's name: its title and, for a chart or dataset, the words of its id ("oil sources 2020"). */
function nameOf(e: Entry): string {
	const title = fold(e[1]);
	if (e[0] !== 'chart' && e[0] !== 'dataset') return title;
	const slug = e[2].slice(e[2].lastIndexOf('/') + 1).replace(/[-_]/g, ' ');
	// apart, so that the end of the title and the start of the id do not read as words in a row
	return `${title} / ${slug}`;
}

const startsWord = (text: string, w: string) =>
	new RegExp(`(^|[^\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(text);

/**
 * How closely an entry answers a query, lower is closer; null when it lacks a word. 0: its title
 * is the query; 1: its name (its title and, for a chart or dataset, the words of its id) has every
 * word at the start of a word; 2: its name holds every word; 3: every word is in its name or its
 * further words. Half a step more (1.5, 2.5) when the words are not in a row in the name.
 */
export function closeness(e: Entry, query: string): number | null {
	const words = wordsOfQuery(query);
	if (!words.length) return null;
	const name = nameOf(e);
	const all = `${name} ${e[3]}`;
	if (!words.every((w) => all.includes(w))) return null;
	if (
		fold(e[1])
			.replace(/[^\p{L}\p{N}']+/gu, ' ')
			.trim() === words.join(' ')
	)
		return 0;
	const phrase = words.join(' ');
	if (words.every((w) => startsWord(name, w))) return startsWord(name, phrase) ? 1 : 1.5;
	if (words.every((w) => name.includes(w))) return name.includes(phrase) ? 2 : 2.5;
	return 3;
}

/**
 * Entries holding every word of the query, best first: by closeness (above), then by kind (a chart
 * before a country, a dataset, a section, an event, a source of the same closeness), then by the
 * words being in a row, then as the index lists them.
 */
export function search(index: readonly Entry[], query: string, limit = 8): Entry[] {
	const hits: { e: Entry; score: number; at: number }[] = [];
	index.forEach((e, at) => {
		const c = closeness(e, query);
		if (c !== null) hits.push({ e, score: Math.floor(c) * 10 + KINDS.indexOf(e[0]) + (c % 1), at });
	});
	hits.sort((a, b) => a.score - b.score || a.at - b.at);
	return hits.slice(0, limit).map((h) => h.e);
}

/**
 * A country's lines: its partners over time first (what a reader looking a country up most often
 * wants: whom it trades with, and how that changed), then it beside Russia (Belarus beside
 * Russia), then who depends on it. A country without trade lists says so and leads nowhere.
 */
export function countryResults(e: Extract<Entry, ['country', ...unknown[]]>): Result[] {
	const [, name, id, , dependents] = e;
	if (!id)
		return [{ kind: 'country', title: `${name}: no trade lists in the Factbook data`, url: null }];
	const other = id === 'rus' ? ['blr', 'Belarus'] : ['rus', 'Russia'];
	const pair =
		id === 'blr' || id === 'rus'
			? { title: 'Belarus and Russia: each in the other’s trade', url: '/compare' }
			: {
					title: `${name} and ${other[1]}: each in the other’s trade`,
					url: `/compare?pair.a=${id}&pair.b=${other[0]}`
				};
	const short = `beside ${other[1]}`;
	const out: Result[] = [
		{
			kind: 'country',
			title: `${name}: main trading partners, year by year`,
			url: id === 'blr' ? '/compare/partners' : `/compare/partners?top.country=${id}`,
			short: 'main partners'
		},
		{ kind: 'country', ...pair, short }
	];
	if (dependents)
		out.push({
			kind: 'country',
			title: `Who depends on ${name}?`,
			url: id === 'rus' ? '/compare/dependents' : `/compare/dependents?dep.partner=${id}`,
			short: 'who depends on it'
		});
	return out;
}

/** The lines the search shows for a query: each entry, a country as its lines (above). */
export function results(index: readonly Entry[], query: string, limit = 8): Result[] {
	const out: Result[] = [];
	for (const e of search(index, query, limit)) {
		if (e[0] === 'country') out.push(...countryResults(e));
		else out.push({ kind: e[0], title: e[1], url: e[2] });
	}
	return out.slice(0, limit);
}
