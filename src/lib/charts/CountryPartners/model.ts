/**
 * country-partners model: one country's main partners across the Factbook editions, for one flow.
 * Every entry of every list is a row (the share as printed, or "listed, no share"); the partners
 * with the largest peak shares get a colour and a line, the rest are drawn thin
 * and grey. Each reported list's smallest share is the list's threshold: a partner below it is not
 * named that year, so the band under it is what the lists cannot tell apart. Pure.
 */
import type { ChartModel } from '$lib/kit/model';
import type { FileList } from '$lib/data/world';
import { blackoutText, type Blackout } from '$lib/data/reading';
import { pctAsRecorded } from '../format';
import type { Flow, PairFile } from '../ComparePair/model';

export interface PartnerRow {
	key: string;
	year: number;
	/** Country or aggregate id; for a printed name the alias table leaves unmapped, `name:<name>`. */
	partner: string;
	name: string;
	pct: number | null;
	rank: number;
	basis: FileList['basis'];
	fiscal: string | null;
	edition: number;
	/** The list's smallest share when it is a reported list whose shares are all given; else null. */
	threshold: number | null;
	aggregate: boolean;
	sourceIds: string[];
	/** The partner is missing from this year's list because of a reporting blackout (pct is null). */
	blackout?: Blackout;
	/** "suspect: …" where the list is impossible as printed: drawn apart, never joined. */
	flag?: string;
}

export interface PartnerLine {
	partner: string;
	name: string;
	/** Colour slot 0..TOP-1, or null for a grey line. */
	slot: number | null;
	rows: PartnerRow[];
	aggregate: boolean;
}

export interface PartnersModel extends ChartModel<PartnerRow> {
	lines: PartnerLine[];
	/** The threshold of each year's list, where there is one. */
	thresholds: { year: number; pct: number }[];
	years: [number, number];
	max: number;
	country: { id: string; name: string };
	flow: Flow;
	/** Years whose list is built from partners' data (top five), not the country's own. */
	mirrorYears: number[];
	/** Years in which a partner the country's lists name is missing because of a reporting blackout. */
	blackouts: { year: number; names: string[] }[];
	/** What the lists are, in words, for the subtitle. */
	basisWords: string;
}

/** How many partners get a colour of their own. */
export const TOP = 5;

export function partnersModel(
	file: Pick<PairFile, 'country' | 'lists'>,
	flow: Flow,
	names: Readonly<Record<string, string>>,
	sourceLabel: (ids: readonly string[]) => string
): PartnersModel {
	const lists = file.lists.filter((l) => l.flow === flow).sort((a, b) => a.year - b.year);
	const rows: PartnerRow[] = [];
	for (const l of lists)
		l.entries.forEach((e, i) => {
			const partner = e.partner ?? `name:${e.name}`;
			rows.push({
				key: `${l.year}-${partner}`,
				year: l.year,
				partner,
				name: (e.partner && names[e.partner]) || e.name,
				pct: e.pct,
				rank: i + 1,
				basis: l.basis,
				fiscal: l.fiscal,
				edition: l.edition,
				threshold: l.smallestPct,
				aggregate: e.partner?.startsWith('agg-') ?? false,
				sourceIds: [`CIAFB_${l.edition}`],
				...(l.flag ? { flag: l.flag } : {})
			});
		});
	// a partner the lists have named, missing from a list built from partners' data because of a
	// reporting blackout: a row of its own (no share), so the table says why the line stops
	const named = new Set(rows.map((r) => r.partner));
	const blackouts: { year: number; names: string[] }[] = [];
	for (const l of lists) {
		const dark = Object.entries(l.blackout ?? {}).filter(([b]) => named.has(b));
		if (!dark.length) continue;
		blackouts.push({ year: l.year, names: dark.map(([b]) => names[b] ?? b) });
		for (const [b, x] of dark)
			rows.push({
				key: `${l.year}-${b}-blackout`,
				year: l.year,
				partner: b,
				name: names[b] ?? b,
				pct: null,
				rank: 0,
				basis: l.basis,
				fiscal: l.fiscal,
				edition: l.edition,
				threshold: null,
				aggregate: false,
				sourceIds: [`CIAFB_${l.edition}`],
				blackout: x
			});
	}
	rows.sort((a, b) => a.year - b.year || (a.rank || 99) - (b.rank || 99));
	const mirrorYears = lists.filter((l) => l.basis !== 'reported').map((l) => l.year);
	const span = (ys: number[]) =>
		ys.length === 0 ? '' : ys.length === 1 ? String(ys[0]) : `${ys[0]}–${ys[ys.length - 1]}`;
	const basisWords = mirrorYears.length
		? `as its Factbook lists give them (the ${span(mirrorYears)} lists are top five from partners’ data, not its own)`
		: 'as its Factbook lists give them';
	const byPartner = new Map<string, PartnerRow[]>();
	for (const r of rows) {
		const a = byPartner.get(r.partner);
		if (a) a.push(r);
		else byPartner.set(r.partner, [r]);
	}
	// Partners are ranked by the largest share any list gives them (a partner that once led counts
	// more than one that has long been small), then by their shares summed over the years.
	const peakOf = (rs: PartnerRow[]) => rs.reduce((m, r) => Math.max(m, r.pct ?? 0), 0);
	const weight = (rs: PartnerRow[]) => rs.reduce((s, r) => s + (r.pct ?? 0), 0);
	const ranked = [...byPartner.entries()].sort(
		(a, b) => peakOf(b[1]) - peakOf(a[1]) || weight(b[1]) - weight(a[1]) || a[0].localeCompare(b[0])
	);
	const lines: PartnerLine[] = ranked.map(([partner, rs], i) => ({
		partner,
		// the latest name, so a line is labelled as the partner is called now
		name: (rs[rs.length - 1] as PartnerRow).name,
		slot: i < TOP && weight(rs) > 0 ? i : null,
		rows: rs,
		aggregate: (rs[0] as PartnerRow).aggregate
	}));
	const thresholds = lists
		.filter((l) => l.smallestPct !== null)
		.map((l) => ({ year: l.year, pct: l.smallestPct as number }));
	const first = lists[0];
	const last = lists[lists.length - 1];
	const years: [number, number] = first && last ? [first.year, last.year] : [1990, 2025];
	const shares = rows.filter((r) => r.pct !== null).map((r) => r.pct as number);
	const sourceIds = [...new Set(rows.flatMap((r) => r.sourceIds))].sort();
	const top = lines.filter((l) => l.slot !== null);
	const peak = (l: PartnerLine) =>
		l.rows.reduce<PartnerRow | null>(
			(p, r) => (r.pct !== null && (!p || r.pct > (p.pct as number)) ? r : p),
			null
		);
	const noShare = rows.filter((r) => r.pct === null && !r.blackout).length;
	const flowWord = flow === 'exports' ? 'export' : 'import';
	return {
		rows,
		key: (r) => r.key,
		lines,
		thresholds,
		years,
		max: shares.length ? Math.max(...shares) : 10,
		country: { id: file.country.id, name: file.country.name },
		flow,
		mirrorYears,
		blackouts,
		basisWords,
		columns: [
			{
				key: 'year',
				label: 'Year',
				value: (r) => (r.fiscal ? `${r.year} (${r.fiscal})` : String(r.year))
			},
			{ key: 'rank', label: 'Rank', value: (r) => r.rank || '' },
			{
				key: 'partner',
				label: 'Partner',
				value: (r) => (r.aggregate ? `${r.name} (group)` : r.name)
			},
			{
				key: 'share',
				label: 'Share',
				value: (r) =>
					r.blackout
						? blackoutText(r.blackout, r.name)
						: r.pct === null
							? 'listed, no share'
							: `${pctAsRecorded(r.pct)}${r.flag ? ` (${r.flag})` : ''}`
			},
			{
				key: 'threshold',
				label: 'Smallest share listed',
				value: (r) => (r.threshold === null ? '' : pctAsRecorded(r.threshold)),
				tableOnly: true
			},
			{ key: 'basis', label: 'List', value: (r) => r.basis },
			{ key: 'edition', label: 'Factbook edition', value: (r) => r.edition, tableOnly: true },
			{ key: 'source', label: 'Source', value: (r) => sourceLabel(r.sourceIds), tableOnly: true }
		],
		sourceIds,
		notes: [
			'A list names only a country’s main partners. Under each year’s smallest listed share (the shaded band) a partner may still trade, unnamed: a line that stops has left the list, not the trade.',
			'Groups such as the EU are drawn as the lists print them, beside their own members, so shares of one year can add up to more than 100%.',
			...(noShare
				? [
						`${noShare} entries name a partner without a share (mostly the early editions): they are in the table, not on the lines.`
					]
				: []),
			'Lists of the 2024 and 2025 editions are the top five partners from other countries’ data: drawn hollow, not joined to the years before, and with no threshold.',
			...(blackouts.length
				? [
						`Shaded and named: years in which a partner is missing because of a reporting blackout (it stopped publishing its trade, so a list built from partners’ data cannot show it), not because it became smaller: ${blackouts.map((b) => `${b.year}: ${b.names.join(', ')}`).join('; ')}.`
					]
				: [])
		],
		description: lists.length
			? `${file.country.name}’s ${flowWord} partners, ${years[0]}–${years[1]}, from ${lists.length} yearly lists. ${top
					.map((l) => {
						const p = peak(l);
						return `${l.name}: listed in ${l.rows.filter((r) => !r.blackout).length} years${p ? `, highest ${pctAsRecorded(p.pct as number)} (${p.year})` : ''}`;
					})
					.join('; ')}.${
					blackouts.length
						? ` Reporting blackout in ${blackouts.map((b) => `${b.year} (${b.names.join(', ')})`).join(', ')}: missing from lists built from partners’ data, not smaller.`
						: ''
				}`
			: `No ${flowWord} partner list for ${file.country.name} in any edition.`
	};
}
