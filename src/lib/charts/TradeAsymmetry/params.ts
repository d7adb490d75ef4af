/** trade-asymmetry's URL parameters: the year shown (was `year`) and the table (was `atable`). */
import { boolParam, intParam } from '$lib/state/url';
import { chartParams } from '$lib/kit/params';

export const asymmetryParams = (years: readonly number[]) =>
	chartParams(
		'asym',
		{
			year: intParam(years.includes(2009) ? 2009 : (years[0] ?? 2009), years),
			table: boolParam(false)
		},
		{ year: 'year', atable: 'table' }
	);
export type AsymmetryParams = ReturnType<typeof asymmetryParams>['specs'];
