/** compare-group's URL parameters: the partner, the group (ids from the world data and country_groups) and the table. */
import { boolParam, enumParam } from '$lib/state/url';
import { chartParams } from '$lib/kit/params';

export const DEFAULT_GROUP = { partner: 'rus', set: 'former-soviet' } as const;

const orFirst = (def: string, ids: readonly string[]) => (ids.includes(def) ? def : (ids[0] ?? ''));

/** `countryIds`: every country id of the world data; `groupIds`: the groups of country_groups. */
export const groupParams = (countryIds: readonly string[], groupIds: readonly string[]) =>
	chartParams('group', {
		partner: enumParam<string>(orFirst(DEFAULT_GROUP.partner, countryIds), countryIds),
		set: enumParam<string>(orFirst(DEFAULT_GROUP.set, groupIds), groupIds),
		table: boolParam(false)
	});
export type GroupParams = ReturnType<typeof groupParams>['specs'];
