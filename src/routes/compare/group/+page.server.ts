import { countryGroups, countryNames } from '$lib/server/compare';

/**
 * What the page needs in the browser: every country's id and name (the picker and the URL), and
 * each group's members (to fetch their files when the reader picks another group or partner).
 */
export const load = () => ({
	countries: countryNames(),
	groups: countryGroups().map((g) => ({ id: g.id, members: g.members.map((m) => m.id) }))
});
