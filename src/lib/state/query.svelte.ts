/**
 * The page's current query ("?asym.year=2016"), as createChartsState last wrote it: what links to
 * the current view of a chart (its own page, its embed, its citation) are made from. Empty while
 * prerendering and until the page has read its address; SvelteKit's page.url does not follow
 * replaceState, hence this.
 */
class CurrentQuery {
	search = $state('');
}

export const currentQuery = new CurrentQuery();
