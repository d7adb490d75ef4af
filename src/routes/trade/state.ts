/** The URL parameters of /trade, one set per chart, all validated against what the data offers. */
import { boolParam, enumParam, intParam, setParam } from '$lib/state/url';
import type { Series } from '$lib/charts/TradeShareTimeline/prepare';

export function tradeSpecs(
	asymmetryYears: number[],
	partnerYears: number[],
	series: readonly Series[]
) {
	const latestPartnerYear = partnerYears[partnerYears.length - 1] ?? 2019;
	return {
		/** trade-asymmetry */
		year: intParam(
			asymmetryYears.includes(2009) ? 2009 : (asymmetryYears[0] ?? 2009),
			asymmetryYears
		),
		atable: boolParam(false),
		/** trade-share-timeline */
		series: setParam(series, series),
		ttable: boolParam(false),
		/** shared event layer */
		events: boolParam(true),
		/** trade-partners */
		pflow: enumParam('exports', ['exports', 'imports'] as const),
		pyear: intParam(latestPartnerYear, partnerYears),
		pcompare: intParam(partnerYears.includes(2009) ? 2009 : 0, [0, ...partnerYears]),
		ptable: boolParam(false),
		/** trade-values */
		vflow: enumParam('total', ['total', 'exports', 'imports'] as const),
		vtable: boolParam(false)
	};
}
