/** trade-values' URL parameters: the flow (was `vflow`) and the table (was `vtable`). */
import { boolParam, enumParam } from '$lib/state/url';
import { chartParams } from '$lib/kit/params';

export const valuesParams = chartParams(
	'values',
	{ flow: enumParam('total', ['total', 'exports', 'imports'] as const), table: boolParam(false) },
	{ vflow: 'flow', vtable: 'table' }
);
export type ValuesParams = (typeof valuesParams)['specs'];
