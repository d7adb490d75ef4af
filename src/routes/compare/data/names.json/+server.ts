/** /compare/data/names.json: each country's other names, for the pickers (src/lib/search/names.ts). */
import { json } from '@sveltejs/kit';
import { altNames } from '$lib/server/countryNames';

export const prerender = true;

export const GET = () => json(altNames());
