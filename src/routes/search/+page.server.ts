import { atlasData } from '$lib/server/data';
import { buildSearchIndex } from '$lib/server/searchIndex';
import { countryResults, type Entry, type Result } from '$lib/search/match';

/**
 * Everything the header's search finds, for the page it links to without JavaScript: the charts,
 * datasets, sections and events with their addresses, and each country with its lines. Sources are
 * listed on /about/sources, which the page links to.
 */
export const load = () => {
	const index = buildSearchIndex(atlasData());
	const of = (kind: Entry[0]): Result[] =>
		index.filter((e) => e[0] === kind).map((e) => ({ kind, title: e[1], url: e[2] }));
	return {
		charts: of('chart'),
		datasets: of('dataset'),
		sections: of('section'),
		events: of('event'),
		countries: index
			.filter((e): e is Extract<Entry, ['country', ...unknown[]]> => e[0] === 'country')
			.map((e) => ({ name: e[1], lines: e[2] ? countryResults(e) : [] })),
		sources: index.filter((e) => e[0] === 'source').length
	};
};
