/** gas-price's URL parameters: the table (was `gtable`) and its event layer (was the page's `events`). */
import { boolParam } from '$lib/state/url';
import { chartParams } from '$lib/kit/params';

export const gasParams = chartParams(
	'gas',
	{ table: boolParam(false), events: boolParam(true) },
	{ gtable: 'table', events: 'events' }
);
export type GasParams = (typeof gasParams)['specs'];
