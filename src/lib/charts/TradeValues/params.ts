/** trade-values' URL parameters: the flow (was `vflow`) and the table (was `vtable`). */
import { boolParam, enumParam } from '$lib/state/url';
import { chartParams } from '$lib/kit/params';

export const valuesParams = chartParams(
	'values',
	{
		flow: enumParam('total', ['total', 'exports', 'imports'] as const),
		table: boolParam(false),
		events: boolParam(true)
	},
	{ vflow: 'flow', vtable: 'table', events: 'events' }
);
export type ValuesParams = (typeof valuesParams)['specs'];
