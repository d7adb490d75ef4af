/** relations-timeline's URL parameters: the table (was `rtable`). */
import { boolParam } from '$lib/state/url';
import { chartParams } from '$lib/kit/params';

export const relationsParams = chartParams(
	'relations',
	{ table: boolParam(false) },
	{ rtable: 'table' }
);
export type RelationsParams = (typeof relationsParams)['specs'];
