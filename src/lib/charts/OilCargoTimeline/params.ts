/** oil-cargo-timeline's URL parameters: the table (was `ctable`). */
import { boolParam } from '$lib/state/url';
import { chartParams } from '$lib/kit/params';

export const cargoParams = chartParams('cargo', { table: boolParam(false) }, { ctable: 'table' });
export type CargoParams = (typeof cargoParams)['specs'];
