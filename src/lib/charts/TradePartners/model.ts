/**
 * trade-partners model: one row per partner named in either year's list. A partner a year's list
 * leaves out has an empty share in the table and CSV (never 0%, never text in a number column); the
 * "Not listed" column says what that year's list does show. Pure, so it is tested without a browser.
 */
import type { FactbookRecord } from '$lib/data/datasets';
import type { ChartModel } from '$lib/kit/model';
import { pctAsRecorded } from '../format';
import {
	listed,
	preparePartners,
	type PartnerFlow,
	type PartnerRow,
	type PartnersData
} from './prepare';

export interface PartnersModel extends ChartModel<PartnerRow> {
	data: PartnersData;
	/** Upper end of the share axis, from every year's lists (the axis does not move with the year). */
	max: number;
}

/** What "not listed" means for a year's list, in words that are true whatever the list holds. */
export function notListedText(year: number, list: readonly { partner: string; value: number }[]) {
	if (list.length === 0) return `no list for ${year}`;
	if (list.length === 1) {
		const only = list[0] as { partner: string; value: number };
		return `not in the ${year} list, which names only ${only.partner} (${pctAsRecorded(only.value)})`;
	}
	const smallest = Math.min(...list.map((r) => r.value));
	return `not in the ${year} list, whose smallest share is ${pctAsRecorded(smallest)}`;
}

/** Short text of a not-listed bar in the drawing. */
export const notListedShort = (year: number) => `not in ${year} list`;

export function partnersModel(
	fb: readonly FactbookRecord[],
	opts: { flow: PartnerFlow; year: number; compare: number | null },
	sourceLabel: (ids: readonly string[]) => string
): PartnersModel {
	const data = preparePartners(fb, opts);
	const { year, compare, flow } = data;
	const textA = notListedText(year, listed(fb, year, flow));
	const textB = compare === null ? '' : notListedText(compare, listed(fb, compare, flow));
	const notListed = (r: PartnerRow) =>
		[...(r.a === null ? [textA] : []), ...(compare !== null && r.b === null ? [textB] : [])].join(
			'; '
		);
	const all = fb
		.filter((r) => r.reporter === 'Belarus' && r.measure === 'partner_share')
		.map((r) => r.value);
	const max = Math.ceil(Math.max(10, ...all) / 10) * 10;
	const said = (v: number | null) => (v === null ? 'not listed' : pctAsRecorded(v));
	return {
		data,
		max,
		rows: data.rows,
		key: (r) => r.partner,
		columns: [
			{ key: 'partner', label: 'Partner', value: (r) => r.partner },
			{
				key: 'a',
				label: `Share ${year}`,
				unit: '%',
				value: (r) => r.a,
				format: (v) => pctAsRecorded(v)
			},
			...(compare !== null
				? [
						{
							key: 'b',
							label: `Share ${compare}`,
							unit: '%',
							value: (r: PartnerRow) => r.b,
							format: (v: number) => pctAsRecorded(v)
						}
					]
				: []),
			{ key: 'listed', label: 'Not listed', value: (r) => notListed(r) },
			{ key: 'source', label: 'Source', value: (r) => sourceLabel([...r.sourceA, ...r.sourceB]) }
		],
		sourceIds: data.sourceIds,
		notes: [
			'The Factbook lists only a country’s main partners (usually those above about 4%); a partner absent from a year’s list is below that list’s smallest share, not 0%. Its share is left empty in the table.',
			'The 2024 and 2025 Factbook editions list Belarus’s partners for 2022 and 2023 from other countries’ data and leave Russia out entirely, so those years are not offered here.'
		],
		description:
			`Belarus’s main ${flow} partners in ${year}${compare !== null ? ` compared with ${compare}` : ''}: ` +
			data.rows
				.map((r) => `${r.partner} ${said(r.a)}${compare !== null ? ` (${said(r.b)})` : ''}`)
				.join(', ') +
			'.'
	};
}
