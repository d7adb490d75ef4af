import { countryNames, dependentYears, dependentsDefaultYear } from '$lib/server/compare';

/**
 * What the page needs in the browser: every country's id and name (the pickers and the URL), and
 * the years "who depends on a partner" can show with the one it opens at (derived from the data).
 */
export const load = () => ({
	countries: countryNames(),
	dep: { years: dependentYears(), year: dependentsDefaultYear() }
});
