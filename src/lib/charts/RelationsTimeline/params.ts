/** relations-timeline's URL parameters: the kind of event highlighted, and the table (was `rtable`). */
import { boolParam, enumParam } from '$lib/state/url';
import { chartParams } from '$lib/kit/params';
import { CATEGORIES } from './prepare';

export const FOCUS = ['all', ...CATEGORIES] as const;
export type Focus = (typeof FOCUS)[number];

export const relationsParams = chartParams(
	'relations',
	{ focus: enumParam<Focus>('all', FOCUS), table: boolParam(false) },
	{ rtable: 'table' }
);
export type RelationsParams = (typeof relationsParams)['specs'];
