import {
	countryNames,
	dependentYears,
	dependentsDefaultYear,
	partnerStarts
} from '$lib/server/compare';

/**
 * What the page needs in the browser: every country's id and name (the picker and the URL), and
 * the years "who depends on a partner" can show with the one it opens at (derived from the data),
 * and the first year of each partner that did not exist from the start (Russia from 1991).
 */
export const load = () => ({
	countries: countryNames(),
	dep: { years: dependentYears(), year: dependentsDefaultYear(), starts: partnerStarts() }
});
