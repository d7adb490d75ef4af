/**
 * compare-group's URL parameters: the partner, the group (ids from the world data and
 * country_groups, or `custom`: the reader's own choice of countries, in `members`) and the table.
 * `?group.set=custom&group.members=kaz,kgz,uzb` opens a group of Kazakhstan, Kyrgyzstan and
 * Uzbekistan.
 */
import { boolParam, enumParam, type ParamSpec } from '$lib/state/url';
import { chartParams } from '$lib/kit/params';

export const DEFAULT_GROUP = { partner: 'rus', set: 'former-soviet' } as const;

/** The `set` of a group the reader makes. */
export const CUSTOM_SET = 'custom';
/** The most countries a group of the reader's own can hold (panels stay readable on a phone). */
export const MAX_MEMBERS = 24;

const orFirst = (def: string, ids: readonly string[]) => (ids.includes(def) ? def : (ids[0] ?? ''));

/**
 * The countries of a `members` value, in the reader's order, and what was wrong with it in words:
 * ids the data does not have, ids given twice, more than MAX_MEMBERS. Each problem names what it
 * left out; the rest is kept.
 */
export function readMembers(
	raw: string,
	countryIds: readonly string[],
	max = MAX_MEMBERS
): { ids: string[]; problems: string[] } {
	const ids: string[] = [];
	const unknown: string[] = [];
	const twice: string[] = [];
	let over = 0;
	for (const part of raw.split(',')) {
		const p = part.trim();
		if (!p) continue;
		if (!countryIds.includes(p)) unknown.push(p);
		else if (ids.includes(p)) {
			if (!twice.includes(p)) twice.push(p);
		} else if (ids.length >= max) over++;
		else ids.push(p);
	}
	// the reader's own text is quoted, never markup: the page puts it in as text
	const quote = (xs: string[]) =>
		xs
			.slice(0, 5)
			.map((x) => `“${x.length > 20 ? x.slice(0, 20) + '…' : x}”`)
			.join(', ') + (xs.length > 5 ? ` and ${xs.length - 5} more` : '');
	const problems: string[] = [];
	if (unknown.length)
		problems.push(
			`${quote(unknown)} ${unknown.length > 1 ? 'are not country ids' : 'is not a country id'} in the data, so left out`
		);
	if (twice.length) problems.push(`${quote(twice)} given more than once, shown once`);
	if (over)
		problems.push(
			`a group holds at most ${max} countries: the first ${max} are shown, ${over} left out`
		);
	return { ids, problems };
}

/** The members parameter: known ids in the reader's order, at most MAX_MEMBERS; none → default. */
function membersParam(countryIds: readonly string[]): ParamSpec<readonly string[]> {
	return {
		default: [],
		parse: (raw) => {
			const { ids } = readMembers(raw, countryIds);
			return ids.length ? ids : undefined;
		},
		serialize: (v) => v.join(',')
	};
}

/** `countryIds`: every country id of the world data; `groupIds`: the groups of country_groups. */
export const groupParams = (countryIds: readonly string[], groupIds: readonly string[]) =>
	chartParams('group', {
		partner: enumParam<string>(orFirst(DEFAULT_GROUP.partner, countryIds), countryIds),
		set: enumParam<string>(orFirst(DEFAULT_GROUP.set, groupIds), [...groupIds, CUSTOM_SET]),
		members: membersParam(countryIds),
		table: boolParam(false)
	});
export type GroupParams = ReturnType<typeof groupParams>['specs'];

/** What the address's group parameters got wrong, in one sentence, or ''. */
export function membersMessage(query: URLSearchParams, countryIds: readonly string[]): string {
	const raw = query.get('group.members');
	const problems: string[] = [];
	if (raw !== null) {
		if (raw.length > 200)
			problems.push(`the list of countries is too long to read (${raw.length} characters)`);
		else {
			const r = readMembers(raw, countryIds);
			problems.push(...r.problems);
			if (!r.ids.length && query.get('group.set') === CUSTOM_SET)
				problems.push('no country is left');
		}
	} else if (query.get('group.set') === CUSTOM_SET) problems.push('it names no countries');
	if (!problems.length) return '';
	const text = problems.join('; ');
	return `The address’s group: ${text}.`;
}
