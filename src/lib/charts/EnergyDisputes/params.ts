/** energy-disputes' URL parameters: the table toggle (was `dtable`). */
import { boolParam } from '$lib/state/url';
import { chartParams } from '$lib/kit/params';

export const disputesParams = chartParams(
	'disputes',
	{ table: boolParam(false) },
	{ dtable: 'table' }
);
export type DisputesParams = (typeof disputesParams)['specs'];
