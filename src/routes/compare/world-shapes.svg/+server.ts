/** /compare/world-shapes.svg: the world map's country shapes, one <path id="c<iso>"> each. */
import { worldSprite } from '$lib/charts/CompareDependents/geo';

export const prerender = true;

export const GET = () =>
	new Response(worldSprite(), { headers: { 'content-type': 'image/svg+xml' } });
