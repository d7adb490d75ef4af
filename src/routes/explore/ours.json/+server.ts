/** /explore/ours.json: the atlas's series a reader can add beside their own (fetched on demand). */
import { json } from '@sveltejs/kit';
import { atlasData } from '$lib/server/data';
import { oursFile } from '$lib/explore/ours';

export const prerender = true;

export const GET = () => json(oursFile(atlasData()));
