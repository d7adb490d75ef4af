/**
 * trade-partners' URL parameters: flow, year, comparison year (0 = none) and table (were `pflow`,
 * `pyear`, `pcompare`, `ptable`). Years are those with a partner list for either flow.
 */
import { boolParam, enumParam, intParam } from '$lib/state/url';
import { chartParams } from '$lib/kit/params';

export const partnersParams = (years: readonly number[]) => {
	const latest = years[years.length - 1] ?? 2019;
	return chartParams(
		'partners',
		{
			flow: enumParam('exports', ['exports', 'imports'] as const),
			year: intParam(latest, years),
			compare: intParam(years.includes(2009) ? 2009 : 0, [0, ...years]),
			table: boolParam(false)
		},
		{ pflow: 'flow', pyear: 'year', pcompare: 'compare', ptable: 'table' }
	);
};
export type PartnersParams = ReturnType<typeof partnersParams>['specs'];
