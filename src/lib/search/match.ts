/**
 * The site search (header box, src/lib/ui/Search.svelte): the shape of its index, built at build time
 * as /search-index.json (src/lib/server/searchIndex.ts), and the matching, run in the browser.
 */

/** Kinds of entry, in the order results list them. */
export const KINDS = ['chart', 'dataset', 'section', 'event', 'source'] as const;
export type Kind = (typeof KINDS)[number];

/** One entry: kind, title shown, address, and further words it is found by (lower case). */
export type Entry = [kind: Kind, title: string, url: string, words: string];

/** Lower case, accents dropped, typographic apostrophes and dashes made plain. */
export function fold(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[’‘]/g, "'")
		.replace(/[–—]/g, '-')
		.toLowerCase();
}

/**
 * Entries holding every word of the query (in the title or the further words), best first: those
 * whose title holds them all, then by kind, then as the index lists them.
 */
export function search(index: readonly Entry[], query: string, limit = 8): Entry[] {
	const words = fold(query)
		.split(/[^\p{L}\p{N}']+/u)
		.filter(Boolean);
	if (words.length === 0) return [];
	const hits: { e: Entry; score: number; at: number }[] = [];
	index.forEach((e, at) => {
		const title = fold(e[1]);
		const all = `${title} ${e[3]}`;
		if (!words.every((w) => all.includes(w))) return;
		const inTitle = words.every((w) => title.includes(w)) ? 0 : 10;
		hits.push({ e, score: inTitle + KINDS.indexOf(e[0]), at });
	});
	hits.sort((a, b) => a.score - b.score || a.at - b.at);
	return hits.slice(0, limit).map((h) => h.e);
}
