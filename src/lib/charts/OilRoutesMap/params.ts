/** oil-routes-map's URL parameters: the table (was `mtable`). */
import { boolParam } from '$lib/state/url';
import { chartParams } from '$lib/kit/params';

export const routesParams = chartParams('map', { table: boolParam(false) }, { mtable: 'table' });
export type RoutesParams = (typeof routesParams)['specs'];
