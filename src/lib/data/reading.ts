/**
 * How one reporter's partner list is read for one partner, shared by the pair chart, the group and
 * "who depends on a partner", so every view says the same:
 *
 * - a list screened as suspect (a misprint: its countries sum to over 100%) → "suspect", with the
 *   printed share if any: drawn as suspect, never ranked or bounded;
 * - named with a share → that share ("listed");
 * - named without one → "listed, no share";
 * - left out of a list built from partners' data by a partner that stopped publishing its trade
 *   by country (reporting_blackouts.csv) → "reporting blackout": never a bound, never a plain gap;
 * - left out of a 2024–25 top-five list from partner data → "not reported";
 * - left out of a list of the reporter's own ('reported') whose entries all carry shares → below
 *   the list's smallest share, a bound ("below", never 0), unless the partner's own report puts it
 *   above that share: then "bound contradicted", the value is the partner's figure (the evidence)
 *   and `bound` the contradicted bound;
 * - left out of a list that allows no bound (a bloc, a name without a share) → "not listed".
 *
 * A year without a list is no data; that is for the caller, who has no list to read.
 */
import type { Basis } from './world';

/** Why an absence is a reporting blackout: the partner stopped publishing from that data year. */
export type Blackout = { stopped: number };

/** The blackout in words, for a table cell, a tooltip or a description. */
export const blackoutText = (x: Blackout, partnerName: string): string =>
	`reporting blackout: ${partnerName} stopped publishing its trade by partner country from ${x.stopped}, so a list built from partners’ data cannot show it`;

export type ReadStatus =
	| 'listed'
	| 'listed, no share'
	| 'below'
	| 'bound contradicted'
	| 'reporting blackout'
	| 'not reported'
	| 'not listed'
	| 'suspect';

export interface ReadableList {
	basis: Basis;
	smallestPct: number | null;
	entries: readonly { partner: string | null; pct: number | null }[];
	flag?: string;
	conflicts?: Readonly<Record<string, number>>;
	blackout?: Readonly<Record<string, Blackout>>;
}

export interface Reading {
	status: ReadStatus;
	/**
	 * The share (listed, suspect), the bound (below) or the partner's own figure (bound
	 * contradicted), in %; null otherwise.
	 */
	value: number | null;
	/** The bound the partner's report contradicts (bound contradicted only). */
	bound?: number;
	blackout?: Blackout;
	/** Why the list is suspect (suspect only). */
	flag?: string;
}

export function readList(list: ReadableList, partner: string): Reading {
	const e = list.entries.find((x) => x.partner === partner);
	if (list.flag) return { status: 'suspect', value: e?.pct ?? null, flag: list.flag };
	if (e)
		return e.pct === null
			? { status: 'listed, no share', value: null }
			: { status: 'listed', value: e.pct };
	const blackout = list.blackout?.[partner];
	if (blackout) return { status: 'reporting blackout', value: null, blackout };
	if (list.basis !== 'reported') return { status: 'not reported', value: null };
	if (list.smallestPct !== null) {
		const theirs = list.conflicts?.[partner];
		if (theirs !== undefined)
			return { status: 'bound contradicted', value: theirs, bound: list.smallestPct };
		return { status: 'below', value: list.smallestPct };
	}
	return { status: 'not listed', value: null };
}
