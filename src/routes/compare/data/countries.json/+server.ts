/** /compare/data/countries.json: every country with its ids and the years it has data for, by name. */
import { json } from '@sveltejs/kit';
import { countryIndex } from '$lib/data/world';
import { compareIndex } from '$lib/server/compare';

export const prerender = true;

export const GET = () => json(countryIndex(compareIndex()));
