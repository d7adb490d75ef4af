/**
 * compare-dependents model: for one partner P, one data year Y and one flow F, every reporter's
 * share of its F going to (exports) or coming from (imports) P, read from the reporter's own list
 * of that year with the shared rule (src/lib/data/reading.ts):
 *
 * - named with a share → that share; named without one → "listed, no share";
 * - left out of a list of its own → below the list's smallest share (a bound, drawn as a bound);
 * - left out of a 2024–25 top-five list from partner data → "not reported";
 * - no list that year → no data (counted, not a row). P is not a reporter of its own dependence.
 *
 * The default year (defaultDependentsYear in src/lib/data/world.ts) is the latest data year in
 * which most lists are the reporters' own and which has at least half as many lists as the
 * best-covered year. Pure.
 */
import type { YearFile, YearList } from '$lib/data/world';
import { blackoutText, type Blackout } from '$lib/data/reading';
import { readList, type ReadStatus } from '$lib/data/reading';
import type { ChartModel } from '$lib/kit/model';
import { pctAsRecorded } from '../format';

export type Flow = 'exports' | 'imports';
/** A country as the chart needs it: id, name, ISO numeric (the map shape) or null. */
export type CountryRef = readonly [id: string, name: string, iso: string | null];

export interface DependentRow {
	key: string;
	id: string;
	name: string;
	iso: string | null;
	status: ReadStatus;
	/** The share (listed) or the bound (below), in %; null otherwise. */
	value: number | null;
	/** Rank among the reporters listing the partner with a share (1 = most dependent); null otherwise. */
	rank: number | null;
	edition: number;
	basis: YearList['basis'];
	fiscal: string | null;
	sourceIds: string[];
	/** bound contradicted: the list's smallest share, which the partner's own figure (value) exceeds. */
	bound?: number;
	blackout?: Blackout;
	flag?: string;
}

/** Upper bounds of the map's colour steps, in %; the last step is open. */
export const STEPS = [5, 10, 20, 40] as const;
/** The colour step (0–4) of a listed share. */
export const stepOf = (pct: number): number => {
	const i = STEPS.findIndex((s) => pct < s);
	return i === -1 ? STEPS.length : i;
};

const ORDER: Record<ReadStatus, number> = {
	listed: 0,
	'listed, no share': 1,
	'bound contradicted': 2,
	below: 3,
	'reporting blackout': 4,
	'not listed': 5,
	'not reported': 6,
	suspect: 7
};

/** Every reporter's reading of one flow of a year file for one partner, most dependent first. */
export function dependentRows(
	file: YearFile,
	partner: string,
	flow: Flow,
	countries: readonly CountryRef[]
): DependentRow[] {
	const by = new Map(countries.map((c) => [c[0], c]));
	const rows: DependentRow[] = [];
	for (const l of file.lists) {
		if (l.flow !== flow || l.reporter === partner) continue;
		const c = by.get(l.reporter);
		const read = readList(
			{
				basis: l.basis,
				smallestPct: l.smallestPct,
				entries: l.entries.map(([p, pct]) => ({ partner: p, pct })),
				...(l.flag ? { flag: l.flag } : {}),
				...(l.conflicts ? { conflicts: l.conflicts } : {}),
				...(l.blackout ? { blackout: l.blackout } : {})
			},
			partner
		);
		rows.push({
			key: l.reporter,
			id: l.reporter,
			name: c?.[1] ?? l.reporter,
			iso: c?.[2] ?? null,
			...read,
			rank: null,
			edition: l.edition,
			basis: l.basis,
			fiscal: l.fiscal,
			sourceIds: [`CIAFB_${l.edition}`]
		});
	}
	rows.sort(
		(a, b) =>
			ORDER[a.status] - ORDER[b.status] ||
			(b.value ?? -1) - (a.value ?? -1) ||
			a.name.localeCompare(b.name, 'en')
	);
	let rank = 0;
	for (const r of rows) if (r.status === 'listed') r.rank = ++rank;
	return rows;
}

export function valueText(
	r: Pick<DependentRow, 'status' | 'value' | 'bound' | 'blackout' | 'flag'>,
	partnerName = 'the partner'
): string {
	if (r.status === 'listed') return pctAsRecorded(r.value as number);
	if (r.status === 'below') return `< ${pctAsRecorded(r.value as number)} (not listed)`;
	if (r.status === 'bound contradicted')
		return `not listed, but ${pctAsRecorded(r.value as number)} by ${partnerName}’s own report: the bound < ${pctAsRecorded(r.bound as number)} is contradicted`;
	if (r.status === 'reporting blackout' && r.blackout) return blackoutText(r.blackout, partnerName);
	if (r.status === 'suspect')
		return `${r.value !== null ? `${pctAsRecorded(r.value)}, ` : ''}${r.flag ?? 'suspect'} (not ranked)`;
	return r.status;
}

export interface DependentsModel extends ChartModel<DependentRow> {
	partner: { id: string; name: string; iso: string | null };
	year: number;
	flow: Flow;
	/** Reporters naming the partner with a share, most dependent first. */
	listed: DependentRow[];
	bounds: DependentRow[];
	/** Countries that leave the partner off although the partner's own report puts them above the bound. */
	contradicted: DependentRow[];
	counts: {
		listed: number;
		noShare: number;
		below: number;
		contradicted: number;
		blackout: number;
		suspect: number;
		notListed: number;
		notReported: number;
		/** Countries (not the partner) without a list of this flow in this year. */
		noData: number;
	};
	/** Highest share or bound, for the bars' axis. */
	max: number;
	/** The lists of this flow and year: how many, and how many built from partners' data. */
	coverage: { lists: number; mirror: number };
	/** What the lists are, in words, for the subtitle. */
	basisWords: string;
}

const flowWords = (flow: Flow, partner: string) =>
	flow === 'exports' ? `exports going to ${partner}` : `imports coming from ${partner}`;

export function dependentsModel(
	file: YearFile,
	partnerId: string,
	flow: Flow,
	countries: readonly CountryRef[],
	sourceLabel: (ids: readonly string[]) => string,
	highlight = 'blr'
): DependentsModel {
	const p = countries.find((c) => c[0] === partnerId);
	const partner = { id: partnerId, name: p?.[1] ?? partnerId, iso: p?.[2] ?? null };
	const rows = dependentRows(file, partnerId, flow, countries);
	const listed = rows.filter((r) => r.status === 'listed');
	const bounds = rows.filter((r) => r.status === 'below');
	const contradicted = rows.filter((r) => r.status === 'bound contradicted');
	const count = (s: ReadStatus) => rows.filter((r) => r.status === s).length;
	const noData = countries.filter(
		(c) => c[0] !== partnerId && !rows.some((r) => r.id === c[0])
	).length;
	const counts = {
		listed: listed.length,
		noShare: count('listed, no share'),
		below: bounds.length,
		contradicted: contradicted.length,
		blackout: count('reporting blackout'),
		suspect: count('suspect'),
		notListed: count('not listed'),
		notReported: count('not reported'),
		noData
	};
	const max = Math.max(1, ...rows.filter((r) => r.value !== null).map((r) => r.value as number));
	const lists = file.lists.filter((l) => l.flow === flow && l.reporter !== partnerId);
	const mirror = lists.filter((l) => l.basis !== 'reported').length;
	const coverage = { lists: lists.length, mirror };
	const basisWords =
		mirror === 0
			? `from its own Factbook partner list of ${file.year}`
			: mirror * 2 > lists.length
				? `from top-five lists of ${file.year} built from partners’ data (${mirror} of ${lists.length} lists), not the countries’ own`
				: `from its own Factbook partner list of ${file.year} (${mirror} of ${lists.length} lists built from partners’ data)`;
	const sourceIds = [...new Set(rows.flatMap((r) => r.sourceIds))].sort();
	const what = `share of each country’s ${flowWords(flow, partner.name)}`;
	const h = rows.find((r) => r.id === highlight);
	const hSay = !h
		? highlight === partnerId
			? ''
			: ` ${countries.find((c) => c[0] === highlight)?.[1] ?? highlight}: no list this year.`
		: h.status === 'listed'
			? ` ${h.name}: ${valueText(h)}, ${ordinal(h.rank as number)} of ${listed.length}.`
			: ` ${h.name}: ${valueText(h, partner.name)}.`;
	const top = listed.slice(0, 3).map((r) => `${r.name} ${valueText(r)}`);
	const description =
		`Who depends on ${partner.name}, ${file.year}: the ${what}, ${basisWords.replace('its own', 'each country’s own')}; ${lists.length} countries have a list of this flow. ` +
		(listed.length
			? `${listed.length} countries list ${partner.name} with a share; the highest: ${top.join(', ')}.`
			: `No country lists ${partner.name} with a share.`) +
		hSay +
		` ${counts.below} leave it off their list (below their smallest share)${counts.contradicted ? `; ${counts.contradicted} leave it off although ${partner.name}’s own report puts them above that share (the bound is contradicted)` : ''}${counts.blackout ? `; for ${counts.blackout} the absence is a reporting blackout, not smallness` : ''}${counts.suspect ? `; ${counts.suspect} lists are suspect as printed and not ranked` : ''}; ${counts.noShare} name it without a share; ${counts.notListed} leave it off a list that allows no bound; ${counts.notReported} do not report it (top-five lists from partner data); ${counts.noData} countries have no list this year.`;
	return {
		partner,
		year: file.year,
		flow,
		listed,
		bounds,
		contradicted,
		counts,
		max,
		coverage,
		basisWords,
		rows,
		key: (r) => r.key,
		columns: [
			{ key: 'country', label: 'Country', value: (r) => r.name },
			{ key: 'share', label: 'Share', value: (r) => valueText(r, partner.name) },
			{
				key: 'value',
				label: 'Value',
				unit: '%',
				value: (r) => r.value,
				format: (v, r) =>
					r.status === 'below'
						? `< ${v}`
						: r.status === 'bound contradicted'
							? `${v} (partner's report)`
							: String(v),
				tableOnly: true
			},
			{ key: 'rank', label: 'Rank', value: (r) => r.rank, tableOnly: true },
			{ key: 'basis', label: 'List', value: (r) => r.basis },
			{
				key: 'edition',
				label: 'Factbook edition',
				value: (r) => (r.fiscal ? `${r.edition} (${r.fiscal})` : String(r.edition)),
				tableOnly: true
			},
			{ key: 'source', label: 'Source', value: (r) => sourceLabel(r.sourceIds), tableOnly: true }
		],
		sourceIds,
		notes: [
			`The view opens at ${file.opens === null ? 'the' : `${file.opens}, the`} latest data year in which most countries’ lists are their own (not the 2024–25 top-five lists from partner data) and at least half as many countries have a list as in the best-covered year.`,
			`A country that leaves ${partner.name} off its own list is below that list’s smallest share: a bound, drawn as a caret at that share and as a dashed outline on the map, never as 0.`,
			'Top-five lists of the 2024 and 2025 editions come from other countries’ data: a partner missing from them is “not reported”. Countries without a list that year have no data.',
			'Shares are of goods trade as each edition lists them; each country’s list is from the Factbook edition that describes that year.'
		],
		description
	};
}

function ordinal(n: number): string {
	const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
	return `${n}${s}`;
}
