/**
 * How one reporter's partner list is read for one partner, shared by the pair chart and "who
 * depends on a partner":
 *
 * - named with a share → that share ("listed");
 * - named without one → "listed, no share";
 * - left out of a list of the reporter's own ('reported') whose entries all carry shares → below
 *   the list's smallest share, a bound ("below", never 0);
 * - left out of a 2024–25 top-five list from partner data → "not reported";
 * - left out of a list that allows no bound (a bloc, a name without a share) → "not listed".
 *
 * A year without a list is no data; that is for the caller, who has no list to read.
 */
import type { Basis } from './world';

export type ReadStatus = 'listed' | 'listed, no share' | 'below' | 'not reported' | 'not listed';

export interface ReadableList {
	basis: Basis;
	smallestPct: number | null;
	entries: readonly { partner: string | null; pct: number | null }[];
}

export interface Reading {
	status: ReadStatus;
	/** The share (listed) or the bound (below), in %; null otherwise. */
	value: number | null;
}

export function readList(list: ReadableList, partner: string): Reading {
	const e = list.entries.find((x) => x.partner === partner);
	if (e)
		return e.pct === null
			? { status: 'listed, no share', value: null }
			: { status: 'listed', value: e.pct };
	if (list.basis !== 'reported') return { status: 'not reported', value: null };
	if (list.smallestPct !== null) return { status: 'below', value: list.smallestPct };
	return { status: 'not listed', value: null };
}
