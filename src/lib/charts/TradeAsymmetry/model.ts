/**
 * trade-asymmetry model: one row per bar (Russia in Belarus's trade, Belarus in Russia's; exports,
 * imports, derived turnover) plus, for a checked claim, the bound the reporter's own lists put on
 * turnover. A share the lists do not give stays empty in the table and CSV: the bound is its own
 * numeric column and the note says in words what the list shows. Pure, so it is tested without a
 * browser.
 */
import { tipOf, type ChartModel } from '$lib/kit/model';
import { belowVerified, ENCODING_NOTES } from '$lib/kit/honesty';
import { pct, pctAsRecorded } from '../format';
import {
	FLOW_LABEL,
	prepareAsymmetry,
	verdictLine,
	type AsymmetryData,
	type AsymmetryInput,
	type Bar,
	type ClaimCheck
} from './prepare';

export interface AsymRow {
	key: string;
	/** The group the bar is drawn in (0: Russia in Belarus's trade); null for table-only rows. */
	group: number | null;
	bar: Bar | null;
	direction: string;
	flow: string;
	year: number;
	/** The share, or null when the data give none. */
	share: number | null;
	/** Derived figures are given to one decimal; listed shares as recorded. */
	derived: boolean;
	/** An upper bound on the share, when the reporter's list leaves the partner out. */
	bound: number | null;
	note: string;
	sourceIds: readonly string[];
}

export interface AsymModel extends ChartModel<AsymRow> {
	data: AsymmetryData;
	/** Upper end of the share axis, from every year's figures (the axis does not move with the year). */
	max: number;
	/** Claims whose source is graded below "verified" (drawn hollow and dotted). */
	unverifiedClaims: ReadonlySet<string>;
}

/**
 * The grade of each source the claims cite, for the page to ship beside them (the page's source
 * index carries no grades): a claim graded below "verified" is drawn hollow and dotted.
 */
export function claimGrades(
	sources: readonly { id: string; confidence: string }[],
	claims: readonly { source_id: readonly string[] }[]
): Record<string, string> {
	const ids = new Set(claims.flatMap((c) => c.source_id));
	return Object.fromEntries(sources.filter((s) => ids.has(s.id)).map((s) => [s.id, s.confidence]));
}

/** A share as the chart, tooltip and table say it. */
export const shareText = (v: number, derived: boolean) => (derived ? pct(v, 1) : pctAsRecorded(v));

/** What an unlisted partner's bar means, in words that are true whatever the list holds. */
export function notListedNote(
	reporter: string,
	year: number,
	flow: string,
	below: NonNullable<Bar['below']>
): string {
	const list = `${reporter}’s ${year} ${flow} partner list`;
	return below.listed === 1
		? `Not in ${list}, which names only ${below.smallestListed} (${pctAsRecorded(below.maxPct)})`
		: `Not in ${list}, whose smallest share is ${pctAsRecorded(below.maxPct)} (${below.smallestListed})`;
}

/** The short label of a bar in the drawing, and a shorter one for a narrow drawing. */
export function barLabel(r: AsymRow): { text: string; short?: string } {
	const c = r.bar?.contradicted;
	if (c && r.bound !== null)
		return {
			text: `not listed; ${pctAsRecorded(c.pct)} by the partner (bound < ${shareText(r.bound, false)} contradicted)`,
			short: `${pctAsRecorded(c.pct)} by partner`
		};
	if (r.share !== null && r.bar?.basis)
		return {
			text: `${shareText(r.share, r.derived)} (from the partner’s report)`,
			short: shareText(r.share, r.derived)
		};
	if (r.share !== null) return { text: shareText(r.share, r.derived) };
	if (r.bound !== null)
		return {
			text: `< ${shareText(r.bound, r.derived)} (not listed)`,
			short: `< ${shareText(r.bound, r.derived)}`
		};
	return { text: 'no figure' };
}

export function claimTip(c: ClaimCheck): { title: string; lines: string[] } {
	return {
		title: `Article’s claim · ${c.claim.year}`,
		lines: [
			`${c.claim.claim}: ${c.claim.qualifier ? `${c.claim.qualifier} ` : ''}${pctAsRecorded(c.claim.value_pct)}`,
			verdictLine(c.verdict)
		]
	};
}

export function asymmetryModel(
	input: AsymmetryInput,
	year: number,
	sourceLabel: (ids: readonly string[]) => string,
	grade: (id: string) => string | undefined = () => 'verified'
): AsymModel {
	const data = prepareAsymmetry(input, year);
	const rows: AsymRow[] = data.groups.flatMap((g, gi) =>
		g.bars.map((b) => ({
			key: `${g.key}-${b.flow}`,
			group: gi,
			bar: b,
			direction: g.label,
			flow: FLOW_LABEL[b.flow],
			year: data.year,
			share: b.value,
			derived: b.flow === 'turnover',
			bound: b.value === null && b.below ? b.below.maxPct : null,
			note:
				b.value !== null
					? `${b.computation ?? ''}${b.basis ? ` (${b.basis}, not ${g.reporter}’s own figures)` : ''}`
					: b.below
						? `${notListedNote(g.reporter, data.year, b.flow, b.below)}${
								b.contradicted
									? `; but ${g.partner}’s own report puts it at ${pctAsRecorded(b.contradicted.pct)} (${b.contradicted.computation}): the bound is contradicted`
									: ''
							}`
						: 'No figure for this year',
			sourceIds: b.sourceIds
		}))
	);
	for (const c of data.claims) {
		const v = c.verdict;
		// a turnover bound built on a contradicted list bound is no bound: not a row
		if (v.status === 'no data' || !v.bound || v.bound.contradicted.length > 0) continue;
		rows.push({
			key: `bound-${c.claim.id}`,
			group: null,
			bar: null,
			direction: `${v.bound.partner} in ${v.bound.reporter}’s trade`,
			flow: `Turnover, upper bound from ${v.bound.reporter}’s own lists`,
			year: data.year,
			share: null,
			derived: true,
			bound: v.bound.maxPct,
			note: `${v.bound.reporter}’s own lists leave ${v.bound.partner} out: ${v.bound.computation}`,
			sourceIds: v.bound.sourceIds
		});
	}
	const shares = [
		...input.turnover.map((t) => t.turnover_share_pct),
		...input.factbook
			.filter(
				(f) =>
					f.measure === 'partner_share' &&
					((f.reporter === 'Belarus' && f.partner === 'Russia') ||
						(f.reporter === 'Russia' && f.partner === 'Belarus'))
			)
			.map((f) => f.value),
		...input.claims.map((c) => c.value_pct)
	];
	const max = Math.ceil(Math.max(10, ...shares) / 10) * 10;
	const unverifiedClaims = new Set(
		data.claims
			.filter((c) => c.claim.source_id.some((id) => belowVerified(grade(id))))
			.map((c) => c.claim.id)
	);
	const [a, b] = data.groups;
	const t = (g: typeof a) => g?.bars.find((x) => x.flow === 'turnover')?.value ?? null;
	const said = (v: number | null) => (v !== null ? pct(v, 1) : 'an unknown share');
	return {
		data,
		max,
		unverifiedClaims,
		rows,
		key: (r) => r.key,
		columns: [
			{ key: 'direction', label: 'Direction', value: (r) => r.direction },
			{ key: 'flow', label: 'Flow', value: (r) => r.flow, tableOnly: true },
			{ key: 'year', label: 'Year', value: (r) => r.year, tableOnly: true },
			{
				key: 'share',
				label: 'Share',
				unit: '%',
				value: (r) => r.share,
				format: (v, r) => shareText(v, r.derived)
			},
			{
				key: 'bound',
				label: 'Upper bound',
				unit: '%',
				value: (r) => r.bound,
				format: (v, r) => shareText(v, r.derived)
			},
			{ key: 'note', label: 'Note', value: (r) => r.note },
			{ key: 'source', label: 'Source', value: (r) => sourceLabel(r.sourceIds) }
		],
		sourceIds: data.sourceIds,
		notes: [
			'Exports and imports: partner shares as each country’s CIA World Factbook entry lists them.',
			'Turnover (derived): Russia in Belarus = (export share × exports + import share × imports) / (exports + imports). Belarus in Russia = the same bilateral trade, as Belarus reports it, divided by Russia’s exports + imports (drawn paler, labelled as the partner’s report).',
			'“Not listed”: the Factbook names only main partners, so an unlisted one is below the smallest share listed: a dashed outline up to that bound; the table gives the bound in its own column.',
			'A bound the partner’s own report exceeds is contradicted: faded, struck through, a diamond at the partner’s figure.',
			...(unverifiedClaims.size > 0
				? [
						`${ENCODING_NOTES.unverified} Here: the article’s claim (star), which is not found in any archived source.`
					]
				: [])
		],
		description: `In ${data.year}, Russia accounted for ${said(t(a))} of Belarus’s trade turnover, while Belarus accounted for ${said(t(b))} of Russia’s (both derived from CIA World Factbook shares and totals).`
	};
}

/** A bar's tooltip: direction, flow and year as its title, then its cells that have something. */
export function asymTip(model: AsymModel, row: AsymRow): { title: string; lines: string[] } {
	return {
		title: `${row.direction} · ${row.flow} · ${row.year}`,
		lines: tipOf(model, row).lines.filter((l) => !l.endsWith(': —'))
	};
}
