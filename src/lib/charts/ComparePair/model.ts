/**
 * compare-pair model: two countries' weight in each other's trade, year by year, from each one's
 * own Factbook partner lists. For A and B and each flow:
 *
 * - B's share of A's exports (imports) is read from A's list for that year. Where A's list names B
 *   with a share, that share; where it names B without one, "listed, no share"; where it leaves B
 *   out, B is below the list's smallest share (a bound, drawn as a bound); where the list is one of
 *   the 2024–25 editions' top-five lists from partner data, absence is "not reported", never 0.
 * - A's share of B's trade is read the same way from B's lists.
 *
 * Years without a list are gaps. Pure.
 */
import type { CountryFile, FileList } from '$lib/data/world';
import { blackoutText, type Blackout } from '$lib/data/reading';
import type { ChartModel } from '$lib/kit/model';
import { pctAsRecorded } from '../format';
import { readList, type ReadStatus } from '$lib/data/reading';

export { readList };

export type PairFile = Pick<CountryFile, 'country' | 'lists' | 'sourceIds'>;
export type Flow = 'exports' | 'imports';
/** Whose list: "a" = A's list (B's weight in A's trade); "b" = B's list (A's weight in B's). */
export type Side = 'a' | 'b';

export type PairStatus = ReadStatus | 'official statement';

/**
 * A share an official stated (trade_shares.csv, kind "official"), drawn beside the lists as a
 * marker of its own: never joined to them, and the only figures the atlas has for years in which
 * the lists say nothing (the 2022–23 reporting blackout).
 */
export interface StatedShare {
	year: number;
	period: string;
	reporter: string;
	partner: string;
	flow: Flow;
	value_pct: number;
	qualifier: string | null;
	basis: string;
	source_id: readonly string[];
	confidence: string;
}

export interface PairRow {
	key: string;
	side: Side;
	flow: Flow;
	year: number;
	status: PairStatus;
	/** The share (listed) or the bound (below), in %; null otherwise. */
	value: number | null;
	edition: number;
	basis: FileList['basis'];
	fiscal: string | null;
	sourceIds: string[];
	/** "Russia's share of Belarus's exports". */
	measure: string;
	/** The partner in words (for a blackout or a contradicted bound). */
	partnerName: string;
	/** An official statement: what it covers and who said it. */
	stated?: { period: string; basis: string; qualifier: string | null; confidence: string };
	/** bound contradicted: the list's smallest share, which the partner's own figure (value) exceeds. */
	bound?: number;
	blackout?: Blackout;
	flag?: string;
}

export const SERIES: readonly { side: Side; flow: Flow }[] = [
	{ side: 'a', flow: 'exports' },
	{ side: 'a', flow: 'imports' },
	{ side: 'b', flow: 'exports' },
	{ side: 'b', flow: 'imports' }
];

const possessive = (name: string) => `${name}’s`;

/** "Russia's share of Belarus's exports": the partner's share of the reporter's flow. */
export function measureOf(reporter: string, partner: string, flow: Flow): string {
	return `${possessive(partner)} share of ${possessive(reporter)} ${flow}`;
}

/**
 * One reporter's lists read for one partner, year by year and flow by flow: the rows of one side
 * of a pair, or of one panel of a group. Keys are `<prefix>-<flow>-<year>`.
 */
export function listRows(
	reporter: Pick<PairFile, 'country' | 'lists'>,
	partner: { id: string; name: string },
	prefix: string,
	side: Side = 'a'
): PairRow[] {
	return reporter.lists.map((l) => {
		const read = readList(l, partner.id);
		return {
			key: `${prefix}-${l.flow}-${l.year}`,
			side,
			flow: l.flow,
			year: l.year,
			...read,
			edition: l.edition,
			basis: l.basis,
			fiscal: l.fiscal,
			sourceIds: [`CIAFB_${l.edition}`],
			measure: measureOf(reporter.country.name, partner.name, l.flow),
			partnerName: partner.name
		};
	});
}

export function pairRows(a: PairFile, b: PairFile): PairRow[] {
	return [...listRows(a, b.country, 'a', 'a'), ...listRows(b, a.country, 'b', 'b')].sort(
		(x, y) => x.year - y.year || x.side.localeCompare(y.side) || x.flow.localeCompare(y.flow)
	);
}

/**
 * Consecutive years of drawn values on one basis, joined by a line: a row not drawn, a missing
 * year, or a change from a country's own list to one from partners' data (2024–25) breaks it.
 */
export function basisRuns<R extends { year: number; basis: string }>(
	rows: readonly R[],
	drawn: (r: R) => boolean
): R[][] {
	const out: R[][] = [];
	let cur: R[] = [];
	for (const r of rows) {
		const prev = cur[cur.length - 1];
		if (drawn(r) && (!prev || (r.year === prev.year + 1 && r.basis === prev.basis))) cur.push(r);
		else {
			if (cur.length) out.push(cur);
			cur = drawn(r) ? [r] : [];
		}
	}
	if (cur.length) out.push(cur);
	return out;
}

/** The runs of a pair or group series: its listed shares. */
export const listedRuns = <R extends Pick<PairRow, 'status' | 'year' | 'basis'>>(
	rows: readonly R[]
): R[][] => basisRuns(rows, (r) => r.status === 'listed');

export function valueText(r: PairRow): string {
	if (r.status === 'listed') return pctAsRecorded(r.value as number);
	if (r.status === 'official statement' && r.stated)
		return `${r.stated.qualifier ? `${r.stated.qualifier} ` : ''}${pctAsRecorded(r.value as number)} (official statement, ${r.stated.period}: ${r.stated.basis})`;
	if (r.status === 'below') return `< ${pctAsRecorded(r.value as number)} (not listed)`;
	if (r.status === 'bound contradicted')
		return `not listed; the bound < ${pctAsRecorded(r.bound as number)} is contradicted: ${pctAsRecorded(r.value as number)} by ${r.partnerName}’s own report`;
	if (r.status === 'reporting blackout' && r.blackout)
		return blackoutText(r.blackout, r.partnerName);
	if (r.status === 'suspect')
		return `${r.value !== null ? `${pctAsRecorded(r.value)} as printed; ` : ''}${r.flag ?? 'suspect'}`;
	return r.status;
}

export interface PairModel extends ChartModel<PairRow> {
	years: [number, number];
	/** Highest share or bound drawn, for the y axis. */
	max: number;
	names: { a: string; b: string };
}

/** The statements about this pair, as rows of the side and flow they speak of. */
export function statedRows(a: PairFile, b: PairFile, stated: readonly StatedShare[]): PairRow[] {
	const out: PairRow[] = [];
	stated.forEach((s, i) => {
		const side: Side | null =
			s.reporter === a.country.name && s.partner === b.country.name
				? 'a'
				: s.reporter === b.country.name && s.partner === a.country.name
					? 'b'
					: null;
		if (!side) return;
		out.push({
			key: `${side}-${s.flow}-${s.year}-stated-${i}`,
			side,
			flow: s.flow,
			year: s.year,
			status: 'official statement',
			value: s.value_pct,
			edition: 0,
			basis: 'reported',
			fiscal: null,
			sourceIds: [...s.source_id],
			measure: measureOf(s.reporter, s.partner, s.flow),
			partnerName: s.partner,
			stated: { period: s.period, basis: s.basis, qualifier: s.qualifier, confidence: s.confidence }
		});
	});
	return out;
}

export function pairModel(
	a: PairFile,
	b: PairFile,
	sourceLabel: (ids: readonly string[]) => string,
	stated: readonly StatedShare[] = []
): PairModel {
	const rows = [...pairRows(a, b), ...statedRows(a, b, stated)].sort(
		(x, y) => x.year - y.year || x.side.localeCompare(y.side) || x.flow.localeCompare(y.flow)
	);
	const years = rows.map((r) => r.year);
	const span: [number, number] = years.length
		? [Math.min(...years), Math.max(...years)]
		: [1990, 2025];
	const drawn = rows
		.flatMap((r) => [r.value, r.bound ?? null])
		.filter((v): v is number => v !== null);
	const sourceIds = [...new Set(rows.flatMap((r) => r.sourceIds))].sort();
	const say = (side: Side, flow: Flow) => {
		const rs = rows.filter((r) => r.side === side && r.flow === flow);
		const listed = rs.filter((r) => r.status === 'listed');
		const said = rs.filter((r) => r.status === 'official statement');
		const below = rs.filter((r) => r.status === 'below').length;
		const contra = rs.filter((r) => r.status === 'bound contradicted');
		const dark = rs.filter((r) => r.status === 'reporting blackout').map((r) => r.year);
		const extra =
			(contra.length
				? ` Left out in ${contra.map((r) => r.year).join(', ')}, but the other side’s own report puts it above the list’s smallest share there: the bound is contradicted.`
				: '') +
			(dark.length
				? ` Reporting blackout in ${dark.join(', ')}: the absence is not smallness.`
				: '') +
			(said.length ? ` Official statements: ${said.map((r) => valueText(r)).join('; ')}.` : '');
		const m =
			rs[0]?.measure ??
			measureOf(
				side === 'a' ? a.country.name : b.country.name,
				side === 'a' ? b.country.name : a.country.name,
				flow
			);
		if (!listed.length)
			return `${m}: never listed with a share${below ? `, below the smallest listed share in ${below} years` : ''}.${extra}`;
		const lo = listed.reduce((p, q) => ((q.value as number) < (p.value as number) ? q : p));
		const hi = listed.reduce((p, q) => ((q.value as number) > (p.value as number) ? q : p));
		return `${m}: listed in ${listed.length} years, from ${pctAsRecorded(lo.value as number)} (${lo.year}) to ${pctAsRecorded(hi.value as number)} (${hi.year})${below ? `; below the smallest listed share in ${below} more` : ''}.${extra}`;
	};
	return {
		rows,
		key: (r) => r.key,
		years: span,
		max: drawn.length ? Math.max(...drawn) : 10,
		names: { a: a.country.name, b: b.country.name },
		columns: [
			{
				key: 'year',
				label: 'Year',
				value: (r) => (r.fiscal ? `${r.year} (${r.fiscal})` : String(r.year))
			},
			{ key: 'measure', label: 'Measure', value: (r) => r.measure },
			{ key: 'value', label: 'Share', value: (r) => valueText(r) },
			{
				key: 'basis',
				label: 'List',
				value: (r) => (r.stated ? 'official statement' : r.basis)
			},
			{
				key: 'edition',
				label: 'Factbook edition',
				value: (r) => (r.stated ? '' : r.edition),
				tableOnly: true
			},
			{ key: 'source', label: 'Source', value: (r) => sourceLabel(r.sourceIds), tableOnly: true }
		],
		sourceIds,
		notes: [
			'Each country’s own partner list names only its main partners: a partner left out is below the smallest share listed that year, drawn as a bound (a short bar with a caret below it), never as 0.',
			'Where the other side’s own report puts the partner above that bound (its share of the flow × its total ÷ this country’s total), the bound is contradicted: drawn struck through, with the other side’s figure as a hollow diamond.',
			'A reporting blackout (a country that stopped publishing its trade by partner, or a partner that was in the last own list and is missing from one built from partners’ data) is shaded and named, never drawn as a bound or left as a plain gap. Lists screened as suspect misprints are drawn dashed and never joined.',
			'Lists of the 2024 and 2025 editions are the top five partners from other countries’ data: their shares are drawn hollow and not joined to the years before, and a partner missing from them is not reported, so nothing is drawn.',
			'Years without a list are gaps. Shares are of goods trade, as each edition lists them.'
		],
		description: `${a.country.name} and ${b.country.name}, each in the other’s trade, ${span[0]}–${span[1]}. ${SERIES.map((s) => say(s.side, s.flow)).join(' ')}`
	};
}
