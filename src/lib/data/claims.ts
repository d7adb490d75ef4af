/**
 * Checking a claim against the data. A claim names a derived series (turnover share of one country
 * in another's trade) and a year; the verdict compares it with the derived value and says why.
 */
import type { ClaimRecord, FactbookRecord, TurnoverRecord } from './datasets';

export type Verdict =
	| {
			status: 'consistent' | 'differs';
			claimed: number;
			derived: number;
			/** derived − claimed, in percentage points */
			differencePp: number;
			relativeDifference: number;
			computation: string;
			sourceIds: readonly string[];
	  }
	| { status: 'no data'; claimed: number; reason: string };

export function checkClaim(claim: ClaimRecord, turnover: readonly TurnoverRecord[]): Verdict {
	const row = turnover.find(
		(t) => t.year === claim.year && t.reporter === claim.reporter && t.partner === claim.partner
	);
	if (!row)
		return {
			status: 'no data',
			claimed: claim.value_pct,
			reason: `no derived turnover share for ${claim.partner} in ${claim.reporter}'s trade in ${claim.year}`
		};
	const diff = row.turnover_share_pct - claim.value_pct;
	const rel = Math.abs(diff) / row.turnover_share_pct;
	return {
		status: rel <= claim.tolerance_rel ? 'consistent' : 'differs',
		claimed: claim.value_pct,
		derived: row.turnover_share_pct,
		differencePp: diff,
		relativeDifference: rel,
		computation: `${row.computation} = ${row.turnover_share_pct}%`,
		sourceIds: row.source_id
	};
}

/**
 * What the reporter's own partner lists say about a partner that is not listed: it is below the
 * smallest share listed that year. Returns null when the partner is listed or there is no list.
 */
export function unlistedBound(
	factbook: readonly FactbookRecord[],
	year: number,
	reporter: string,
	partner: string,
	flow: 'exports' | 'imports'
): { maxPct: number; smallestListed: string; sourceId: string } | null {
	const list = factbook.filter(
		(r) =>
			r.year === year && r.reporter === reporter && r.flow === flow && r.measure === 'partner_share'
	);
	if (list.length === 0 || list.some((r) => r.partner === partner)) return null;
	const smallest = list.reduce((a, b) => (b.value < a.value ? b : a));
	return {
		maxPct: smallest.value,
		smallestListed: smallest.partner,
		sourceId: smallest.source_id[0] ?? ''
	};
}
