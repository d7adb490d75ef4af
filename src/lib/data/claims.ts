/**
 * Checking a claim against the data. A claim names a derived series (turnover share of one country
 * in another's trade) and a year; the verdict compares it with the derived value and says why.
 */
import type { ClaimRecord, FactbookRecord, TurnoverRecord } from './datasets';

export type Verdict =
	| {
			/**
			 * consistent: within tolerance of the derived value; differs: outside it; ruled out: also
			 * above what the reporter's own partner lists allow, even at the low end of the tolerance,
			 * where the partner's own report does not contradict that bound.
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
	// a bound the partner's own report contradicts rules nothing out: the lists are silent, not low
	const ruledOut =
		bound !== null &&
		bound.contradicted.length === 0 &&
		claim.value_pct * (1 - claim.tolerance_rel) > bound.maxPct;
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
	/**
	 * Flows where the partner's own report puts it above the reporter's smallest listed share: the
	 * bound is contradicted there (the list is silent on the partner, not low), so it rules nothing out.
	 */
	contradicted: PartnerReport[];
}

/** The partner's own report of the trade, as a share of the reporter's flow. */
export interface PartnerReport {
	flow: 'exports' | 'imports';
	/** The reporter's smallest listed share, which the partner's report exceeds (or not). */
	boundPct: number;
	pct: number;
	computation: string;
	sourceIds: string[];
}

const otherFlow = (f: 'exports' | 'imports') => (f === 'exports' ? 'imports' : 'exports');

/**
 * The partner's own report of its trade with the reporter, as a share of the reporter's flow: the
 * reporter's exports to the partner are the partner's imports from it, so (partner's import share of
 * the reporter × partner's imports) / reporter's exports. Null when a share or total is missing or
 * the totals' coverages differ. Rounded to the decimals of the partner's printed share (at least 1).
 */
export function partnerReport(
	factbook: readonly FactbookRecord[],
	year: number,
	reporter: string,
	partner: string,
	flow: 'exports' | 'imports'
): Omit<PartnerReport, 'boundPct'> | null {
	const f = (who: string, fl: string, measure: string, p: string) =>
		factbook.find(
			(r) =>
				r.year === year &&
				r.reporter === who &&
				r.flow === fl &&
				r.measure === measure &&
				r.partner === p
		);
	const share = f(partner, otherFlow(flow), 'partner_share', reporter);
	const theirs = f(partner, otherFlow(flow), 'total', 'World');
	const ours = f(reporter, flow, 'total', 'World');
	if (!share || !theirs || !ours || theirs.coverage !== ours.coverage || !(ours.value > 0))
		return null;
	const d = Math.max(1, (String(share.value).split('.')[1] ?? '').length);
	const pct = Number(((share.value * theirs.value) / ours.value).toFixed(d));
	return {
		flow,
		pct,
		computation: `${share.value}% × ${theirs.value} / ${ours.value} = ${pct}%`,
		sourceIds: [...new Set([...share.source_id, ...theirs.source_id, ...ours.source_id])].sort()
	};
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
	const contradicted: PartnerReport[] = [];
	for (const [flow, b] of [
		['exports', bx],
		['imports', bm]
	] as const) {
		const r = partnerReport(factbook, year, reporter, partner, flow);
		if (r && r.pct > b.maxPct) contradicted.push({ ...r, boundPct: b.maxPct });
	}
	return {
		year,
		reporter,
		partner,
		exports: { maxPct: bx.maxPct, smallestListed: bx.smallestListed, totalUsdBn: tx.value },
		imports: { maxPct: bm.maxPct, smallestListed: bm.smallestListed, totalUsdBn: tm.value },
		maxPct: rounded,
		computation: `(${bx.maxPct}% × ${tx.value} + ${bm.maxPct}% × ${tm.value}) / (${tx.value} + ${tm.value}) = ${rounded}%`,
		sourceIds: [...new Set([bx.sourceId, bm.sourceId, ...tx.source_id, ...tm.source_id])].sort(),
		contradicted
	};
}
