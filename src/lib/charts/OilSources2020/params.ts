/** oil-sources-2020's URL parameters: measure, origins and table (were `metric`, `origins`, `stable`). */
import { boolParam, enumParam, setParam } from '$lib/state/url';
import { chartParams } from '$lib/kit/params';
import { METRICS, ORIGINS } from './prepare';

export const oilSourcesParams = chartParams(
	'oil',
	{
		metric: enumParam('tonnes', METRICS),
		origins: setParam(ORIGINS, ORIGINS),
		table: boolParam(false)
	},
	{ metric: 'metric', origins: 'origins', stable: 'table' }
);
export type OilSourcesParams = (typeof oilSourcesParams)['specs'];
