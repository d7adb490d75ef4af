/** /search-index.json: what the header's search box finds, built once with the site. */
import { json } from '@sveltejs/kit';
import { atlasData } from '$lib/server/data';
import { buildSearchIndex } from '$lib/server/searchIndex';

export const prerender = true;

export const GET = () => json(buildSearchIndex(atlasData()));
