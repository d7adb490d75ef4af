/**
 * Checking a claim against the data. A claim names a derived series (turnover share of one country
 * in another's trade) and a year; the verdict compares it with the derived value and says why.
 */
import type { ClaimRecord, FactbookRecord, TurnoverRecord } from './datasets';

export type Verdict =
	| {
			/**
			 * consistent: within tolerance of the derived value; differs: outside it; ruled out: also
			 * above what the reporter's own partner lists allow, even at the low end of the tolerance.
			 */
			status: 'consistent' | 'differs' | 'ruled out';
			claimed: number;
			derived: number;
			/** derived − claimed, in percentage points */
			differencePp: number;
			relativeDifference: number;
			computation: string;
			sourceIds: readonly string[];
			/** The reporter's own lists' bound on the share, when they leave the partner out. */
			bound: TurnoverBound | null;
	  }
	| { status: 'no data'; claimed: number; reason: string };

export function checkClaim(
	claim: ClaimRecord,
	turnover: readonly TurnoverRecord[],
	factbook: readonly FactbookRecord[] = []
): Verdict {
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
	const bound = turnoverBound(factbook, claim.year, claim.reporter, claim.partner);
	const ruledOut = bound !== null && claim.value_pct * (1 - claim.tolerance_rel) > bound.maxPct;
	return {
		status: ruledOut ? 'ruled out' : rel <= claim.tolerance_rel ? 'consistent' : 'differs',
		claimed: claim.value_pct,
		derived: row.turnover_share_pct,
		differencePp: diff,
		relativeDifference: rel,
		computation: `${row.computation} = ${row.turnover_share_pct}%`,
		sourceIds: row.source_id,
		bound
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

export interface TurnoverBound {
	year: number;
	reporter: string;
	partner: string;
	exports: { maxPct: number; smallestListed: string; totalUsdBn: number };
	imports: { maxPct: number; smallestListed: string; totalUsdBn: number };
	/** The partner's share of the reporter's exports + imports is below this, in %. */
	maxPct: number;
	computation: string;
	sourceIds: string[];
}

/**
 * When the reporter's own export and import lists both leave the partner out, its share of the
 * reporter's turnover is below the smallest listed shares weighted by the reporter's own totals:
 * (b_x × X + b_m × M) / (X + M). Null when the partner is listed or a list or total is missing.
 */
export function turnoverBound(
	factbook: readonly FactbookRecord[],
	year: number,
	reporter: string,
	partner: string
): TurnoverBound | null {
	const bx = unlistedBound(factbook, year, reporter, partner, 'exports');
	const bm = unlistedBound(factbook, year, reporter, partner, 'imports');
	const total = (flow: 'exports' | 'imports') =>
		factbook.find(
			(r) => r.year === year && r.reporter === reporter && r.flow === flow && r.measure === 'total'
		);
	const tx = total('exports');
	const tm = total('imports');
	if (!bx || !bm || !tx || !tm) return null;
	const maxPct = (bx.maxPct * tx.value + bm.maxPct * tm.value) / (tx.value + tm.value);
	const rounded = Number(maxPct.toFixed(2));
	return {
		year,
		reporter,
		partner,
		exports: { maxPct: bx.maxPct, smallestListed: bx.smallestListed, totalUsdBn: tx.value },
		imports: { maxPct: bm.maxPct, smallestListed: bm.smallestListed, totalUsdBn: tm.value },
		maxPct: rounded,
		computation: `(${bx.maxPct}% × ${tx.value} + ${bm.maxPct}% × ${tm.value}) / (${tx.value} + ${tm.value}) = ${rounded}%`,
		sourceIds: [...new Set([bx.sourceId, bm.sourceId, ...tx.source_id, ...tm.source_id])].sort()
	};
}
