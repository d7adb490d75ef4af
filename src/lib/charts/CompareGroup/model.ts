/**
 * compare-group model: small multiples, one panel per member of a group of countries (by default
 * the former Soviet states), each showing what the member's own Factbook lists say of one partner's
 * weight in its exports and imports, year by year. The lists are read by the pair chart's rule
 * (listRows): a share where listed, a bound where a reported list leaves the partner out, "not
 * reported" for the 2024–25 mirror lists, a gap where there is no list. All panels share one scale,
 * so paths can be compared. The partner itself, if a member, has no panel. Pure.
 */
import type { ChartModel } from '$lib/kit/model';
import { pctAsRecorded } from '../format';
import { listRows, valueText, type PairFile, type PairRow } from '../ComparePair/model';

export interface CountryGroup {
	id: string;
	name: string;
	members: { id: string; name: string }[];
	sourceIds: string[];
}

/** One member's two lists of one year, read for the partner: a row of the table and a tooltip. */
export interface GroupRow {
	key: string;
	member: string;
	memberName: string;
	year: number;
	fiscal: string | null;
	exports: PairRow | null;
	imports: PairRow | null;
	sourceIds: string[];
}

export interface Panel {
	id: string;
	name: string;
	/** Each flow's reads, by year: the marks. */
	series: { exports: PairRow[]; imports: PairRow[] };
	/** One row per year with a list: the table. */
	rows: GroupRow[];
	/** The latest listed share per flow, for the description. */
	latest: { exports: PairRow | null; imports: PairRow | null };
}

export interface GroupModel extends ChartModel<GroupRow> {
	panels: Panel[];
	years: [number, number];
	/** Highest share or bound drawn in any panel: the shared scale. */
	max: number;
	partner: { id: string; name: string };
	group: CountryGroup;
	/** Top of the shared value scale, in %. */
	top: number;
	/** Members other than the partner that have no file (no lists in any edition). */
	missing: string[];
}

/** The first and last data year the chart spans: every member's lists together. */
function span(rows: readonly GroupRow[]): [number, number] {
	if (!rows.length) return [1990, 2025];
	let lo = Infinity;
	let hi = -Infinity;
	for (const r of rows) {
		lo = Math.min(lo, r.year);
		hi = Math.max(hi, r.year);
	}
	return [lo, hi];
}

const latestListed = (rows: readonly PairRow[]) =>
	rows
		.filter((r) => r.status === 'listed')
		.reduce<PairRow | null>((p, r) => (!p || r.year > p.year ? r : p), null);

/** A member's reads joined by year (either flow may have no list that year). */
function byYear(member: string, memberName: string, reads: readonly PairRow[]): GroupRow[] {
	const out = new Map<number, GroupRow>();
	for (const r of reads) {
		let row = out.get(r.year);
		if (!row) {
			row = {
				key: `${member}-${r.year}`,
				member,
				memberName,
				year: r.year,
				fiscal: r.fiscal,
				exports: null,
				imports: null,
				sourceIds: []
			};
			out.set(r.year, row);
		}
		row[r.flow] = r;
		for (const id of r.sourceIds) if (!row.sourceIds.includes(id)) row.sourceIds.push(id);
	}
	return [...out.values()].sort((a, b) => a.year - b.year);
}

/** A read as the table says it: the share, the bound, "not reported", or no list. */
const readText = (r: PairRow | null) => (r ? valueText(r) : 'no list');

export function groupModel(
	group: CountryGroup,
	partner: { id: string; name: string },
	files: readonly PairFile[],
	sourceLabel: (ids: readonly string[]) => string
): GroupModel {
	const byId = new Map(files.map((f) => [f.country.id, f]));
	const panels: Panel[] = [];
	const missing: string[] = [];
	for (const m of group.members) {
		if (m.id === partner.id) continue;
		const f = byId.get(m.id);
		if (!f || !f.lists.length) {
			missing.push(m.name);
			continue;
		}
		const reads = listRows(f, partner, m.id).sort((x, y) => x.year - y.year);
		const exports = reads.filter((r) => r.flow === 'exports');
		const imports = reads.filter((r) => r.flow === 'imports');
		panels.push({
			id: m.id,
			name: f.country.name,
			series: { exports, imports },
			rows: byYear(m.id, f.country.name, reads),
			latest: { exports: latestListed(exports), imports: latestListed(imports) }
		});
	}
	panels.sort((a, b) => a.name.localeCompare(b.name, 'en'));
	const rows = panels.flatMap((p) => p.rows);
	const drawn = panels
		.flatMap((p) => [...p.series.exports, ...p.series.imports])
		.flatMap((r) => [r.value, r.bound ?? null])
		.filter((v): v is number => v !== null);
	const years = span(rows);
	const max = drawn.length ? Math.max(...drawn) : 10;
	const top = Math.max(10, Math.ceil((max * 1.1) / 10) * 10);
	const sourceIds = [...new Set([...rows.flatMap((r) => r.sourceIds), ...group.sourceIds])].sort();
	const said = panels.map((p) => {
		const parts = (['exports', 'imports'] as const).map((flow) => {
			const l = p.latest[flow];
			return l
				? `${pctAsRecorded(l.value as number)} of ${flow} (${l.year})`
				: `${flow} never listed with a share`;
		});
		return `${p.name}: ${parts.join(', ')}.`;
	});
	const partnerIsMember = group.members.some((m) => m.id === partner.id);
	return {
		rows,
		key: (r) => r.key,
		panels,
		years,
		max,
		top,
		partner,
		group,
		missing,
		columns: [
			{ key: 'member', label: 'Country', value: (r) => r.memberName },
			{
				key: 'year',
				label: 'Year',
				value: (r) => (r.fiscal ? `${r.year} (${r.fiscal})` : String(r.year))
			},
			{ key: 'exports', label: `Share of exports`, value: (r) => readText(r.exports) },
			{ key: 'imports', label: `Share of imports`, value: (r) => readText(r.imports) },
			{
				key: 'basis',
				label: 'List',
				value: (r) =>
					[...new Set([r.exports?.basis, r.imports?.basis].filter((b) => b !== undefined))].join(
						'; '
					)
			},
			{
				key: 'edition',
				label: 'Factbook edition',
				value: (r) =>
					[
						...new Set([r.exports?.edition, r.imports?.edition].filter((e) => e !== undefined))
					].join('; '),
				tableOnly: true
			},
			{ key: 'source', label: 'Source', value: (r) => sourceLabel(r.sourceIds), tableOnly: true }
		],
		sourceIds,
		notes: [
			`Every panel has the same scale, 0 to ${top}%: a taller line is a larger share.`,
			'A partner a country’s list leaves out is below that list’s smallest share: drawn as a bound (a caret), never as 0. Where the partner’s own report puts it above that share, the bound is contradicted: drawn struck through, with the partner’s figure as a hollow diamond. The 2024–25 lists come from other countries’ data: their shares are drawn hollow, and a partner missing from them is not reported. A reporting blackout is shaded and named in the table, never a bound. Years without a list are gaps.',
			...(partnerIsMember
				? [`${partner.name} is a member of the group and has no panel of its own.`]
				: []),
			...(missing.length ? [`No partner lists in any edition for: ${missing.join(', ')}.`] : [])
		],
		description: `${partner.name}’s share of the exports and imports of each member of the group “${group.name}”, ${years[0]}–${years[1]}, from each one’s own lists; latest listed shares: ${said.join(' ')}`
	};
}
