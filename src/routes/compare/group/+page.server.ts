import { countryGroups, countryNames } from '$lib/server/compare';

/**
 * What the page needs in the browser: every country's id and name (the pickers and the URL), and
 * each group's name and members (to fetch their files when the reader picks another group or
 * partner, and to start a group of the reader's own from one).
 */
export const load = () => ({
	countries: countryNames(),
	groups: countryGroups().map((g) => ({
		id: g.id,
		name: g.name,
		members: g.members.map((m) => m.id)
	}))
});
