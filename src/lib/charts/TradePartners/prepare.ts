/**
 * trade-partners: who does Belarus trade with? The partners the Factbook lists for a year, with a
 * second year to compare. A partner missing from a year's list is "not listed" (below the list's
 * smallest share), never 0%.
 */
import type { FactbookRecord } from '$lib/data/datasets';

export type PartnerFlow = 'exports' | 'imports';

export interface PartnerRow {
	partner: string;
	a: number | null;
	b: number | null;
	sourceA: readonly string[];
	sourceB: readonly string[];
}

export interface PartnersData {
	flow: PartnerFlow;
	year: number;
	compare: number | null;
	rows: PartnerRow[];
	/** Smallest share listed per year: an unlisted partner is below it. */
	floor: { a: number | null; b: number | null };
	sourceIds: string[];
}

/** Belarus's own list of partners for a year and flow. */
export const listed = (fb: readonly FactbookRecord[], year: number, flow: PartnerFlow) =>
	fb.filter(
		(r) =>
			r.reporter === 'Belarus' &&
			r.flow === flow &&
			r.year === year &&
			r.measure === 'partner_share' &&
			r.basis === 'reported'
	);

/** Years with a Belarus partner list of its own statistics (mirror-data years are left out). */
export function partnerYears(fb: readonly FactbookRecord[], flow: PartnerFlow): number[] {
	return [
		...new Set(
			fb
				.filter(
					(r) =>
						r.reporter === 'Belarus' &&
						r.flow === flow &&
						r.measure === 'partner_share' &&
						r.basis === 'reported'
				)
				.map((r) => r.year)
		)
	].sort((a, b) => a - b);
}

export function preparePartners(
	fb: readonly FactbookRecord[],
	opts: { flow: PartnerFlow; year: number; compare: number | null }
): PartnersData {
	const la = listed(fb, opts.year, opts.flow);
	const lb = opts.compare === null ? [] : listed(fb, opts.compare, opts.flow);
	const names = [...new Set([...la, ...lb].map((r) => r.partner))];
	const rows = names
		.map((partner) => {
			const ra = la.find((r) => r.partner === partner);
			const rb = lb.find((r) => r.partner === partner);
			return {
				partner,
				a: ra?.value ?? null,
				b: rb?.value ?? null,
				sourceA: ra?.source_id ?? [],
				sourceB: rb?.source_id ?? []
			};
		})
		.sort(
			(x, y) =>
				(y.a ?? -1) - (x.a ?? -1) || (y.b ?? -1) - (x.b ?? -1) || x.partner.localeCompare(y.partner)
		);
	const min = (l: FactbookRecord[]) => (l.length ? Math.min(...l.map((r) => r.value)) : null);
	const ids = new Set<string>();
	for (const r of [...la, ...lb]) r.source_id.forEach((i) => ids.add(i));
	return {
		flow: opts.flow,
		year: opts.year,
		compare: opts.compare,
		rows,
		floor: { a: min(la), b: opts.compare === null ? null : min(lb) },
		sourceIds: [...ids]
	};
}
