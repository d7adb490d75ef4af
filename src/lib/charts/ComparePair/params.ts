/** compare-pair's URL parameters: the two countries (ids from the world data) and the table. */
import { boolParam, enumParam } from '$lib/state/url';
import { chartParams } from '$lib/kit/params';

export const DEFAULT_PAIR = { a: 'blr', b: 'rus' } as const;

/** `ids`: every country id the world data has (the page's load passes them). */
export const pairParams = (ids: readonly string[]) =>
	chartParams('pair', {
		a: enumParam<string>(ids.includes(DEFAULT_PAIR.a) ? DEFAULT_PAIR.a : (ids[0] ?? ''), ids),
		b: enumParam<string>(ids.includes(DEFAULT_PAIR.b) ? DEFAULT_PAIR.b : (ids[1] ?? ''), ids),
		table: boolParam(false),
		/** The shared event layer, where the pair is Belarus and Russia. */
		events: boolParam(true)
	});
export type PairParams = ReturnType<typeof pairParams>['specs'];
