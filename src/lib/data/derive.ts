/**
 * Derived figures. Every formula here is also written out on the chart notes and in data/README.md.
 *
 * Russia's share of Belarus's turnover (exports + imports), from Belarus's own partner shares:
 *   share = (s_x × X + s_m × M) / (X + M)
 * where s_x, s_m are Russia's shares of Belarus's exports and imports and X, M Belarus's totals.
 *
 * Belarus's share of Russia's turnover, from the same bilateral flows (as Belarus reports them)
 * over Russia's own totals:
 *   share = (s_x × X + s_m × M) / (X_ru + M_ru)
 */

export interface TurnoverInputs {
	exportsSharePct: number;
	importsSharePct: number;
	exportsUsdBn: number;
	importsUsdBn: number;
}

/** Bilateral turnover in USD bn implied by the partner shares and the totals. */
export function bilateralTurnover(i: TurnoverInputs): number {
	return (i.exportsSharePct / 100) * i.exportsUsdBn + (i.importsSharePct / 100) * i.importsUsdBn;
}

/** Partner's share (in %) of the reporter's turnover. */
export function turnoverSharePct(i: TurnoverInputs): number {
	const total = i.exportsUsdBn + i.importsUsdBn;
	if (!(total > 0)) throw new RangeError('turnover needs positive exports + imports');
	return (bilateralTurnover(i) / total) * 100;
}

/** Share (in %) that a bilateral turnover makes of another country's turnover. */
export function shareOfOtherTurnoverPct(
	bilateralUsdBn: number,
	otherExportsUsdBn: number,
	otherImportsUsdBn: number
): number {
	const total = otherExportsUsdBn + otherImportsUsdBn;
	if (!(total > 0)) throw new RangeError('turnover needs positive exports + imports');
	return (bilateralUsdBn / total) * 100;
}

/** The Herfindahl–Hirschman index of shares given in % (0–10,000). */
export function hhi(sharesPct: readonly number[]): number {
	return sharesPct.reduce((acc, s) => acc + s * s, 0);
}
