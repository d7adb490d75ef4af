/**
 * compare-dependents' URL parameters: the partner (a country id), the data year and the flow. The
 * page's load passes the ids and years the data has, and the default year derived from the data.
 */
import { boolParam, enumParam, intParam } from '$lib/state/url';
import { chartParams } from '$lib/kit/params';

export const DEFAULT_PARTNER = 'rus';
export const FLOWS = ['exports', 'imports'] as const;

export const dependentsParams = (ids: readonly string[], years: readonly number[], year: number) =>
	chartParams('dep', {
		partner: enumParam<string>(
			ids.includes(DEFAULT_PARTNER) ? DEFAULT_PARTNER : (ids[0] ?? ''),
			ids
		),
		year: intParam(years.includes(year) ? year : (years[years.length - 1] ?? 0), years),
		flow: enumParam<'exports' | 'imports'>('exports', FLOWS),
		table: boolParam(false)
	});
export type DependentsParams = ReturnType<typeof dependentsParams>['specs'];
