/** country-partners' URL parameters: the country (an id from the world data), the flow, the table. */
import { boolParam, enumParam } from '$lib/state/url';
import { chartParams } from '$lib/kit/params';

export const DEFAULT_COUNTRY = 'blr';

export const countryPartnersParams = (countryIds: readonly string[]) =>
	chartParams('top', {
		country: enumParam<string>(
			countryIds.includes(DEFAULT_COUNTRY) ? DEFAULT_COUNTRY : (countryIds[0] ?? ''),
			countryIds
		),
		flow: enumParam('exports', ['exports', 'imports'] as const),
		table: boolParam(false)
	});
export type CountryPartnersParams = ReturnType<typeof countryPartnersParams>['specs'];
