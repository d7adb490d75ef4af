import { provideServerSide } from '$lib/islands/server';
import { dedupeStyles, prerender } from '$lib/islands/prerender';
import type { Handle } from '@sveltejs/kit';
import { chartData, pageContent } from '$lib/server/islands';
import { chartPageContent } from '$lib/server/chartPage';
import { serverView } from '$lib/server/views';

provideServerSide({
	view: serverView,
	chartData,
	page: pageContent,
	chartPage: chartPageContent,
	prerender
});

/** One copy of each component's styles per page, however many islands bring it. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => dedupeStyles(html) });
