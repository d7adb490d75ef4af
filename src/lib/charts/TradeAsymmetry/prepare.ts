/**
 * trade-asymmetry: in one year, how large is Russia in Belarus's trade, and Belarus in Russia's?
 * Exports and imports shares as each country's Factbook entry lists them; turnover derived. Where a
 * partner is missing from a list, the bar shows only what the list implies (below its smallest entry).
 */
import { checkClaim, partnerReport, unlistedBound, type Verdict } from '$lib/data/claims';
import type { ClaimRecord, FactbookRecord, TurnoverRecord } from '$lib/data/datasets';
import { pct, pctAsRecorded } from '../format';

export type Flow = 'exports' | 'imports' | 'turnover';
export const FLOW_LABEL: Record<Flow, string> = {
	exports: 'Exports',
	imports: 'Imports',
	turnover: 'Turnover (derived)'
};

export interface Bar {
	flow: Flow;
	/** The share, or null when there is no figure. */
	value: number | null;
	/** When the partner is not in the reporter's list: it is below this share. */
	below: { maxPct: number; smallestListed: string; listed: number } | null;
	/**
	 * When the partner's own report puts it above that bound: its figure (the evidence). The bound
	 * is contradicted: the list is silent on the partner, not low.
	 */
	contradicted: { pct: number; computation: string } | null;
	/** For a turnover bar: whose report its bilateral trade is ("as Belarus reports them"), or null. */
	basis: string | null;
	sourceIds: readonly string[];
	computation?: string;
}

export interface Group {
	key: 'russia-in-belarus' | 'belarus-in-russia';
	reporter: 'Belarus' | 'Russia';
	partner: 'Belarus' | 'Russia';
	label: string;
	bars: Bar[];
}

export interface ClaimCheck {
	claim: ClaimRecord;
	verdict: Verdict;
	/** Extra evidence from the reporter's own partner lists. */
	bounds: { flow: 'exports' | 'imports'; maxPct: number; smallestListed: string }[];
}

export interface AsymmetryInput {
	factbook: readonly FactbookRecord[];
	turnover: readonly TurnoverRecord[];
	claims: readonly ClaimRecord[];
}

export interface AsymmetryData {
	year: number;
	/** What the year's figures cover, for the subtitle ("goods trade" unless the totals are goods and services). */
	coverage: string;
	groups: Group[];
	claims: ClaimCheck[];
	sourceIds: string[];
}

/** Years the chart offers: those with a derived turnover share in both directions. */
export function asymmetryYears(turnover: readonly TurnoverRecord[]): number[] {
	const by = new Set(turnover.filter((t) => t.reporter === 'Belarus').map((t) => t.year));
	return [
		...new Set(turnover.filter((t) => t.reporter === 'Russia' && by.has(t.year)).map((t) => t.year))
	].sort((a, b) => a - b);
}

export function prepareAsymmetry(input: AsymmetryInput, year: number): AsymmetryData {
	const group = (reporter: 'Belarus' | 'Russia', partner: 'Belarus' | 'Russia'): Group => {
		const bars: Bar[] = (['exports', 'imports'] as const).map((flow) => {
			const r = input.factbook.find(
				(f) =>
					f.year === year &&
					f.reporter === reporter &&
					f.partner === partner &&
					f.flow === flow &&
					f.measure === 'partner_share' &&
					f.basis === 'reported'
			);
			if (r)
				return {
					flow,
					value: r.value,
					below: null,
					contradicted: null,
					basis: null,
					sourceIds: r.source_id
				};
			const b = unlistedBound(input.factbook, year, reporter, partner, flow);
			const theirs = b ? partnerReport(input.factbook, year, reporter, partner, flow) : null;
			return {
				flow,
				value: null,
				contradicted:
					b && theirs && theirs.pct > b.maxPct
						? { pct: theirs.pct, computation: theirs.computation }
						: null,
				basis: null,
				below: b
					? {
							maxPct: b.maxPct,
							smallestListed: b.smallestListed,
							listed: input.factbook.filter(
								(f) =>
									f.year === year &&
									f.reporter === reporter &&
									f.flow === flow &&
									f.measure === 'partner_share'
							).length
						}
					: null,
				sourceIds: b ? [...new Set([b.sourceId, ...(theirs?.sourceIds ?? [])])] : []
			};
		});
		const t = input.turnover.find(
			(x) => x.year === year && x.reporter === reporter && x.partner === partner
		);
		bars.push({
			flow: 'turnover',
			value: t ? t.turnover_share_pct : null,
			below: null,
			contradicted: null,
			basis: t?.note ? t.note : null,
			sourceIds: t ? t.source_id : [],
			computation: t?.computation
		});
		return {
			key: reporter === 'Belarus' ? 'russia-in-belarus' : 'belarus-in-russia',
			reporter,
			partner,
			label: `${partner} in ${reporter}’s trade`,
			bars
		};
	};
	const groups = [group('Belarus', 'Russia'), group('Russia', 'Belarus')];
	const claims: ClaimCheck[] = input.claims
		.filter((c) => c.year === year)
		.map((c) => ({
			claim: c,
			verdict: checkClaim(c, input.turnover, input.factbook),
			bounds: (['exports', 'imports'] as const).flatMap((flow) => {
				const b = unlistedBound(input.factbook, c.year, c.reporter, c.partner, flow);
				return b ? [{ flow, maxPct: b.maxPct, smallestListed: b.smallestListed }] : [];
			})
		}));
	const ids = new Set<string>();
	for (const g of groups) for (const b of g.bars) b.sourceIds.forEach((i) => ids.add(i));
	for (const c of claims) {
		c.claim.source_id.forEach((i) => ids.add(i));
		if (c.verdict.status !== 'no data') c.verdict.bound?.sourceIds.forEach((i) => ids.add(i));
	}
	const mixed = input.turnover.some((t) => t.year === year && t.coverage === 'mixed');
	const coverage = mixed
		? 'trade (shares of goods trade; turnover weighted by goods-and-services totals)'
		: 'goods trade';
	return { year, coverage, groups, claims, sourceIds: [...ids] };
}

/** The badge of a verdict. */
export function verdictLabel(v: Verdict): string {
	if (v.status === 'no data') return 'Cannot be checked';
	if (v.status === 'ruled out') return 'Ruled out by both sides’ figures';
	return v.status === 'consistent' ? 'Consistent with the data' : 'The data say otherwise';
}

/** One line for the tooltip on a claim's mark. */
export function verdictLine(v: Verdict): string {
	if (v.status === 'no data') return 'Cannot be checked';
	const derived = `the derived ${pct(v.derived, 1)}`;
	if (v.status === 'ruled out' && v.bound)
		return `Above ${derived} and above the ${pct(v.bound.maxPct, 1)} that ${v.bound.reporter}’s own lists allow`;
	return `${v.status === 'consistent' ? 'Consistent with' : 'Differs from'} ${derived}`;
}

/**
 * The reporter's own-lists bound, in words, with the arithmetic. Null when there is no bound.
 * "below 4.01% of its exports (smallest listed: Ukraine)…" — every figure from factbook rows.
 */
export function boundSentences(
	v: Verdict,
	claim: ClaimRecord
): { lists: string; turnover: string; computation: string; why: string; low: string } | null {
	if (v.status === 'no data' || !v.bound) return null;
	const b = v.bound;
	const lists = `${b.reporter}’s own ${b.year} partner lists do not name ${b.partner}; their smallest entries are ${pctAsRecorded(b.exports.maxPct)} of ${b.reporter}’s exports (${b.exports.smallestListed}) and ${pctAsRecorded(b.imports.maxPct)} of its imports (${b.imports.smallestListed}).`;
	if (b.contradicted.length > 0) {
		const c = b.contradicted;
		return {
			lists,
			turnover: `But ${b.partner}’s own report puts it above that in ${c
				.map(
					(r) =>
						`${b.reporter}’s ${r.flow} (${pctAsRecorded(r.pct)}, against ${pctAsRecorded(r.boundPct)})`
				)
				.join(' and ')}: the lists are silent on ${b.partner}, not low, and rule nothing out.`,
			computation: c
				.map((r) => `${b.partner}’s report of ${b.reporter}’s ${r.flow}: ${r.computation}`)
				.join('; '),
			why: '',
			low: ''
		};
	}
	return {
		lists: `${b.reporter}’s own ${b.year} partner lists do not name ${b.partner}: it was below ${pctAsRecorded(b.exports.maxPct)} of ${b.reporter}’s exports (smallest listed: ${b.exports.smallestListed}) and below ${pctAsRecorded(b.imports.maxPct)} of its imports (smallest listed: ${b.imports.smallestListed}).`,
		turnover: `Weighted by ${b.reporter}’s own totals, that puts ${b.partner} below ${pct(b.maxPct, 1)} of ${b.reporter}’s turnover, against ${pct(v.derived, 1)} derived from ${b.partner}’s side; ${b.partner}’s own report does not contradict that bound.`,
		computation: b.computation,
		why: `The two differ because each side records the same trade differently (valuation, timing, goods routed through third countries): ${pct(v.derived, 1)} counts the trade as ${b.partner} reports it, ${pct(b.maxPct, 1)} caps it as ${b.reporter} reports it.`,
		low:
			v.status === 'ruled out'
				? `Even the low end of “${claim.qualifier ? `${claim.qualifier} ` : ''}${pctAsRecorded(claim.value_pct)}” (${pct(claim.value_pct * (1 - claim.tolerance_rel), 1)}) is above both.`
				: ''
	};
}
