/** trade-share-timeline's URL parameters: the series shown (was `series`), the table (`ttable`). */
import { boolParam, setParam } from '$lib/state/url';
import { chartParams } from '$lib/kit/params';
import { SERIES } from './prepare';

export const sharesParams = chartParams(
	'shares',
	{ series: setParam(SERIES, SERIES), table: boolParam(false), events: boolParam(true) },
	{ series: 'series', ttable: 'table', events: 'events' }
);
export type SharesParams = (typeof sharesParams)['specs'];
