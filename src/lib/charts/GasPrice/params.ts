/** gas-price's URL parameters: the table toggle (was `gtable`). */
import { boolParam } from '$lib/state/url';
import { chartParams } from '$lib/kit/params';

export const gasParams = chartParams('gas', { table: boolParam(false) }, { gtable: 'table' });
export type GasParams = (typeof gasParams)['specs'];
