import { countryNames } from '$lib/server/compare';

/** What the page needs in the browser: every country's id and name (the picker and the URL). */
export const load = () => ({ countries: countryNames() });
