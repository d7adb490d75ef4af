/**
 * The CIA World Factbook's trade fields for every country, 1990–2025 editions: partner lists and
 * totals per reporter, data year and flow, with the same rules as the Belarus–Russia extraction in
 * ./factbook (data year from the text, latest edition wins, a list taken whole from one edition,
 * no guessed years, coverage by edition, mirror lists where absence means "not reported"). Pure.
 */
import {
	coverageOf,
	fieldKind,
	parsePartnerText,
	parseTotals,
	partnersInTotalText,
	type Coverage,
	type Flow,
	type PartnerList
} from './factbook';
import type { Blackout } from './reading';

export type { Blackout };

export type Basis = PartnerList['basis'];

export interface WorldField {
	edition: number;
	/** null where the archive gives no master id (NULL): see MASTER_ID_BY_NAME. */
	masterId: number | null;
	fips: string;
	country: string;
	field: string;
	text: string;
}

/** The world TSV: a header, then edition, master_country_id, fips, country, field_name, field_text. */
export function parseWorldTsv(tsv: string): WorldField[] {
	const out: WorldField[] = [];
	const lines = tsv.split('\n');
	const header = (lines[0] ?? '').trim();
	if (header !== 'edition_year\tmaster_country_id\tfips\tcountry\tfield_name\tfield_text')
		throw new Error(`world tsv: unexpected header "${header}"`);
	lines.slice(1).forEach((line, i) => {
		if (line.trim() === '') return;
		const p = line.split('\t');
		if (p.length !== 6)
			throw new Error(`world tsv:${i + 2} — expected 6 tab-separated columns, got ${p.length}`);
		out.push({
			edition: Number(p[0]),
			masterId: p[1] === 'NULL' ? null : Number(p[1]),
			fips: p[2] as string,
			country: p[3] as string,
			field: (p[4] as string).trim(),
			text: p[5] as string
		});
	});
	return out;
}

/**
 * The archive leaves master_country_id NULL on 94 rows of the 1990–2001 editions. Each is the
 * entity printed under that name, matched here by hand: an old spelling of a master entry, or an
 * entity the master table does not have (EXTRA_ENTITIES). The 2001 edition's "Yugoslavia" is the
 * Federal Republic that the 2000 and 2002 editions call Serbia and Montenegro (master 283); the
 * 1990–1991 editions' "Yugoslavia" is the Socialist Federal Republic, before the break-up.
 */
export const MASTER_ID_BY_NAME: Readonly<Record<string, number | string>> = {
	'Cape Verde': 60,
	'Cocos Islands': 51,
	Kazakstan: 142,
	'Man, Isle of': 117,
	'St. Helena': 222,
	'St. Kitts and Nevis': 218,
	'St. Lucia': 232,
	'St. Pierre and Miquelon': 217,
	'St. Vincent and the Grenadines': 267,
	Turkey: 252,
	'German Democratic Republic': 'x-ge',
	'Pacific Islands, Trust Territory of the': 'x-pa'
};

/** Reporters of the early editions that have no master entry. */
export const EXTRA_ENTITIES: readonly CountryRef[] = [
	{
		id: 'x-ge',
		name: 'German Democratic Republic',
		iso3: null,
		isoNumeric: null,
		type: 'dissolved',
		fips: 'ge',
		masterId: -1
	},
	{
		id: 'x-pa',
		name: 'Trust Territory of the Pacific Islands',
		iso3: null,
		isoNumeric: null,
		type: 'dissolved',
		fips: 'pa',
		masterId: -2
	},
	{
		id: 'x-yu',
		name: 'Yugoslavia (Socialist Federal Republic)',
		iso3: null,
		isoNumeric: null,
		type: 'dissolved',
		fips: 'yu',
		masterId: -3
	},
	{
		id: 'x-ur',
		name: 'Soviet Union',
		iso3: null,
		isoNumeric: null,
		type: 'dissolved',
		fips: 'ur',
		masterId: -4
	},
	{
		id: 'x-ye',
		name: 'Yemen Arab Republic (North Yemen)',
		iso3: null,
		isoNumeric: null,
		type: 'dissolved',
		fips: 'ye',
		masterId: -5
	},
	{
		id: 'x-ys',
		name: "People's Democratic Republic of Yemen (South Yemen)",
		iso3: null,
		isoNumeric: null,
		type: 'dissolved',
		fips: 'ys',
		masterId: -6
	}
];

/**
 * The archive files two countries' text under one master id in some 1990s editions (Cape Verde
 * under Canada's, the Soviet Union under Somalia's, the Trust Territory of the Pacific Islands
 * under Paraguay's, the Isle of Man under Madagascar's, both Yemens under Yemen's in 1990). Where
 * an (edition, master id) carries more than one printed name, each name is its own reporter: the
 * one the master table names keeps the id, the others are matched here. A shared id with a name
 * in neither stops the build.
 */
export const SHARED_ID_NAMES: Readonly<Record<string, number | string>> = {
	'Cape Verde': 60,
	'Man, Isle of': 117,
	'Pacific Islands, Trust Territory of the': 'x-pa',
	'Soviet Union': 'x-ur',
	'Yemen Arab Republic': 'x-ye',
	"Yemen, People's Democratic Republic of": 'x-ys'
};

const nameKey = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Where a name stands for a master entry or an extra one: its id, or undefined. */
function matchByName(
	table: Readonly<Record<string, number | string>>,
	name: string,
	idByMaster: ReadonlyMap<number, string>
): string | undefined {
	const hit = Object.entries(table).find(([k]) => nameKey(k) === nameKey(name));
	if (!hit) return undefined;
	const m = hit[1];
	if (typeof m === 'string') return m;
	const id = idByMaster.get(m);
	if (!id) throw new Error(`world: master id ${m} for "${name}" not in the table`);
	return id;
}

/** Every "edition|master id" that carries more than one printed name. */
export function sharedIds(fields: readonly WorldField[]): Set<string> {
	const names = new Map<string, Set<string>>();
	for (const f of fields) {
		if (f.masterId === null) continue;
		const k = `${f.edition}|${f.masterId}`;
		const n = names.get(k) ?? new Set<string>();
		n.add(nameKey(f.country));
		names.set(k, n);
	}
	return new Set([...names].filter(([, n]) => n.size > 1).map(([k]) => k));
}

export interface ReporterContext {
	idByMaster: ReadonlyMap<number, string>;
	/** "edition|master id" keys that carry two names (sharedIds). */
	shared?: ReadonlySet<string>;
	/** The master table's name of each master id. */
	nameByMaster?: ReadonlyMap<number, string>;
}

/**
 * The reporter id of a field: its master entry; for an id shared by two names (SHARED_ID_NAMES)
 * the printed name decides; for NULL ids the hand-made match (MASTER_ID_BY_NAME).
 */
export function reporterOf(f: WorldField, ctx: ReporterContext): string {
	const { idByMaster } = ctx;
	if (f.masterId !== null) {
		const id = idByMaster.get(f.masterId);
		if (!id) throw new Error(`world: master id ${f.masterId} (${f.country}) not in the table`);
		if (!ctx.shared?.has(`${f.edition}|${f.masterId}`)) return id;
		const other = matchByName(SHARED_ID_NAMES, f.country, idByMaster);
		if (other) return other;
		const own = ctx.nameByMaster?.get(f.masterId);
		if (own !== undefined && plain(own) === plain(f.country)) return id;
		throw new Error(
			`world: ${f.edition} master id ${f.masterId} carries two names and "${f.country}" is neither its own nor in SHARED_ID_NAMES`
		);
	}
	if (f.country === 'Yugoslavia') return f.edition <= 1991 ? 'x-yu' : (idByMaster.get(283) ?? '');
	const m = matchByName(MASTER_ID_BY_NAME, f.country, idByMaster);
	if (m === undefined)
		throw new Error(`world: ${f.edition} "${f.country}" has no master id and no match`);
	return m;
}

/** The context extractWorld resolves reporters with. */
export function reporterContext(
	fields: readonly WorldField[],
	countries: readonly CountryRef[]
): ReporterContext {
	return {
		idByMaster: new Map(countries.map((c) => [c.masterId, c.id])),
		shared: sharedIds(fields),
		nameByMaster: new Map(countries.map((c) => [c.masterId, c.name]))
	};
}

export interface CountryRef {
	/** Lower-case ISO alpha-3, or x-<fips> where the master table gives no usable ISO code. */
	id: string;
	name: string;
	iso3: string | null;
	isoNumeric: string | null;
	/** The master table's entity type: sovereign, territory, dissolved, misc, … */
	type: string;
	fips: string;
	masterId: number;
}

const plain = (s: string) =>
	s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z]+/g, ' ')
		.trim();

/**
 * One id per master country. The master table gives some ISO codes to several entries (GB to the
 * United Kingdom and its crown dependencies, AU to Australia and its islands): the code goes to the
 * one sovereign entry among them, else to the one whose name is the ISO name, else to none, and the
 * others get x-<fips>.
 */
export function countryTable(
	master: readonly Record<string, string>[],
	iso: readonly Record<string, string>[]
): CountryRef[] {
	const isoBy = new Map(iso.map((r) => [r.ISOAlpha2 ?? '', r]));
	const byIso2 = new Map<string, Record<string, string>[]>();
	for (const r of master) {
		const k = r.ISOAlpha2 ?? '';
		if (k === '' || !isoBy.has(k)) continue;
		byIso2.set(k, [...(byIso2.get(k) ?? []), r]);
	}
	const owner = new Map<string, string>();
	for (const [k, rows] of byIso2) {
		const isoName = plain(isoBy.get(k)?.Name ?? '');
		const sov = rows.filter((r) => r.EntityType === 'sovereign');
		const named = rows.filter((r) => plain(r.CanonicalName ?? '') === isoName);
		const pick =
			rows.length === 1 ? rows : sov.length === 1 ? sov : named.length === 1 ? named : [];
		if (pick[0]) owner.set(k, pick[0].MasterCountryID ?? '');
	}
	const fromMaster = master.map((r): CountryRef => {
		const k = r.ISOAlpha2 ?? '';
		const mine = owner.get(k) === r.MasterCountryID;
		const isoRow = mine ? isoBy.get(k) : undefined;
		const fips = (r.CanonicalCode ?? '').toLowerCase();
		return {
			id: isoRow ? (isoRow.ISOAlpha3 ?? '').toLowerCase() : `x-${fips}`,
			name: r.CanonicalName ?? '',
			iso3: isoRow?.ISOAlpha3 ?? null,
			isoNumeric: isoRow?.ISONumeric ?? null,
			type: r.EntityType ?? '',
			fips,
			masterId: Number(r.MasterCountryID)
		};
	});
	return [...fromMaster, ...EXTRA_ENTITIES];
}

export interface WorldEntry {
	/** The name as printed. */
	name: string;
	pct: number | null;
}

export interface WorldList {
	reporter: string;
	year: number;
	flow: Flow;
	edition: number;
	basis: Basis;
	estimate: boolean;
	fiscal: string | null;
	/** Where the list was printed: the partners field, or inside the 1990s Exports/Imports text. */
	field: 'partners' | 'total';
	entries: WorldEntry[];
	/** "suspect: …" where screenWorld finds the list impossible as printed; '' otherwise. */
	flag: string;
}

export interface WorldTotal {
	reporter: string;
	year: number;
	flow: Flow;
	usdBn: number;
	coverage: Coverage;
	estimate: boolean;
	fiscal: string | null;
	edition: number;
	/** "suspect: …" where screenWorld finds the value implausible; '' otherwise. */
	flag: string;
}

/**
 * Partner lists and totals per reporter, data year and flow. The latest edition that states a data
 * year wins, and a list is taken whole from one edition. A list with shares beats a later list of
 * names only for the same year (the names add nothing the shares do not say, and the shares would
 * be lost). Lists and totals without a year in the text are skipped.
 */
export function extractWorld(
	fields: readonly WorldField[],
	countries: readonly CountryRef[]
): { lists: WorldList[]; totals: WorldTotal[] } {
	const ctx = reporterContext(fields, countries);
	const lists = new Map<string, WorldList>();
	const totals = new Map<string, WorldTotal>();
	const better = (a: WorldList, b: WorldList) => {
		const sa = a.entries.some((e) => e.pct !== null) ? 1 : 0;
		const sb = b.entries.some((e) => e.pct !== null) ? 1 : 0;
		return sa !== sb ? sa > sb : a.edition > b.edition;
	};
	for (const f of fields) {
		const kind = fieldKind(f.field);
		if (!kind) continue;
		const reporter = reporterOf(f, ctx);
		const listText = kind.kind === 'partners' ? f.text : partnersInTotalText(f.text);
		if (listText !== null) {
			const p = parsePartnerText(listText);
			if (p && p.entries.length > 0) {
				const list: WorldList = {
					reporter,
					year: p.year,
					flow: kind.flow,
					edition: f.edition,
					basis: p.basis,
					estimate: p.estimate,
					fiscal: p.fiscal,
					field: kind.kind,
					entries: p.entries.map((e) => ({ name: e.name, pct: e.pct })),
					flag: ''
				};
				const key = `${reporter}|${kind.flow}|${p.year}`;
				const prev = lists.get(key);
				if (!prev || better(list, prev)) lists.set(key, list);
			}
		}
		if (kind.kind === 'total') {
			for (const t of parseTotals(f.text)) {
				const key = `${reporter}|${kind.flow}|${t.year}`;
				const prev = totals.get(key);
				if (!prev || prev.edition < f.edition)
					totals.set(key, {
						reporter,
						year: t.year,
						flow: kind.flow,
						usdBn: t.usdBn,
						coverage: coverageOf('total', f.edition),
						estimate: t.estimate,
						fiscal: t.fiscal ?? null,
						edition: f.edition,
						flag: ''
					});
			}
		}
	}
	const ord = (a: { reporter: string; year: number; flow: string }, b: typeof a) =>
		a.reporter.localeCompare(b.reporter) || a.year - b.year || a.flow.localeCompare(b.flow);
	return { lists: [...lists.values()].sort(ord), totals: [...totals.values()].sort(ord) };
}

// ---------------------------------------------------------------- screening for misprints

/** A total this many times its neighbours' median (or its country's usual exports/imports ratio) is suspect. */
export const JUMP_FACTOR = 8;
/** Years either side a total is compared with. */
export const JUMP_WINDOW = 3;

const median = (xs: readonly number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const times = (a: number, b: number) => Math.max(a / b, b / a);
const fmtTimes = (x: number) => (x >= 100 ? Math.round(x).toString() : x.toPrecision(2));

/**
 * Why a total looks like a misprint, or '' (pure; the series is one reporter's totals of one flow
 * on one coverage). A total is suspect when it is more than JUMP_FACTOR times, or less than
 * 1/JUMP_FACTOR of, the median of the same series within JUMP_WINDOW years (at least two such
 * years; with one, both are suspect, since either may be the slip).
 */
export function jumpFlag(t: WorldTotal, series: readonly WorldTotal[]): string {
	const near = series.filter(
		(u) => u !== t && Math.abs(u.year - t.year) <= JUMP_WINDOW && u.usdBn > 0
	);
	if (near.length === 0 || !(t.usdBn > 0)) return '';
	const med = median(near.map((u) => u.usdBn));
	const x = times(t.usdBn, med);
	if (x <= JUMP_FACTOR) return '';
	const years = near.map((u) => u.year).sort((a, b) => a - b);
	// about 1000 times apart: million printed for billion (or the reverse)
	const why =
		Math.abs(Math.log10(x) - 3) < 0.1
			? 'likely a unit slip'
			: 'a slip or a break the text does not explain';
	return near.length === 1
		? `suspect: ${fmtTimes(x)} times apart from the only total within ${JUMP_WINDOW} years (${years[0]}), so one of the two is ${why}`
		: `suspect: ${t.usdBn > med ? `${fmtTimes(x)} times` : `1/${fmtTimes(x)} of`} the median of its ${near.length} neighbouring years (${years[0]}–${years.at(-1)}), ${why}`;
}

/**
 * Why a list looks impossible as printed, or '': the countries it names (aggregates and their
 * members aside) take more than 100% of the flow, beyond what rounding allows (0.5 points per entry).
 */
export function listFlag(l: WorldList, aliases: Map<string, Alias>): string {
	const shares = l.entries
		.filter((e) => e.pct !== null && aliases.get(aliasKey(e.name))?.kind === 'country')
		.map((e) => e.pct as number);
	const over = shares.find((p) => p > 100);
	if (over !== undefined) return `suspect: a share of ${over}%`;
	const sum = shares.reduce((a, b) => a + b, 0);
	if (sum > 100 + 0.5 * shares.length)
		return `suspect: the countries listed sum to ${Number(sum.toFixed(2))}% of the flow`;
	return '';
}

/**
 * Screen every total and list for misprints, setting `flag` (never changing a value): jumps
 * (jumpFlag), an exports/imports ratio more than JUMP_FACTOR times the country's own median ratio
 * (the flow further from its own series' median is flagged), and lists over 100% (listFlag). A
 * flagged value stays in the data, drawn as suspect and left out of every derived figure.
 */
export function screenWorld(
	lists: readonly WorldList[],
	totals: readonly WorldTotal[],
	aliases: Map<string, Alias>
): void {
	for (const l of lists) l.flag = listFlag(l, aliases);
	const series = new Map<string, WorldTotal[]>();
	for (const t of totals) {
		const k = `${t.reporter}|${t.flow}|${t.coverage}`;
		const a = series.get(k);
		if (a) a.push(t);
		else series.set(k, [t]);
	}
	for (const s of series.values()) for (const t of s) t.flag = jumpFlag(t, s);
	const byYear = new Map<string, { x?: WorldTotal; m?: WorldTotal }>();
	for (const t of totals) {
		const k = `${t.reporter}|${t.year}|${t.coverage}`;
		const e = byYear.get(k) ?? {};
		if (t.flow === 'exports') e.x = t;
		else e.m = t;
		byYear.set(k, e);
	}
	const ratios = new Map<string, number[]>();
	for (const [k, { x, m }] of byYear)
		if (x && m && x.usdBn > 0 && m.usdBn > 0 && !x.flag && !m.flag) {
			const [r, , c] = k.split('|');
			ratios.set(`${r}|${c}`, [...(ratios.get(`${r}|${c}`) ?? []), x.usdBn / m.usdBn]);
		}
	const own = (t: WorldTotal) => {
		const s = (series.get(`${t.reporter}|${t.flow}|${t.coverage}`) ?? []).filter(
			(u) => u !== t && u.usdBn > 0
		);
		return s.length ? times(t.usdBn, median(s.map((u) => u.usdBn))) : 1;
	};
	for (const [k, { x, m }] of byYear) {
		if (!x || !m || x.flag || m.flag || !(x.usdBn > 0 && m.usdBn > 0)) continue;
		const [r0, , c0] = k.split('|');
		const rs = ratios.get(`${r0}|${c0}`) ?? [];
		if (rs.length < 4) continue;
		const usual = median(rs);
		const r = x.usdBn / m.usdBn;
		const off = times(r, usual);
		if (off <= JUMP_FACTOR) continue;
		const bad = own(x) >= own(m) ? x : m;
		bad.flag = `suspect: exports are ${r.toPrecision(2)} times imports this year, against ${usual.toPrecision(2)} in the country's other years on this coverage`;
	}
}

// ---------------------------------------------------------------- partner-name aliases

export type AliasKind = 'country' | 'aggregate' | 'unmapped';

export interface Alias {
	name: string;
	target: string;
	kind: AliasKind;
	note: string;
}

/** The key a printed name is looked up by: case and spacing do not matter. */
export function aliasKey(name: string): string {
	return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Check the alias table against the country ids; returns it keyed by aliasKey. */
export function aliasMap(
	rows: readonly Record<string, string>[],
	countryIds: ReadonlySet<string>
): Map<string, Alias> {
	const out = new Map<string, Alias>();
	rows.forEach((r, i) => {
		const where = `partner_aliases.csv:${i + 2}`;
		const name = aliasKey(r.name ?? '');
		const kind = r.kind as AliasKind;
		const target = (r.target ?? '').trim();
		const note = (r.note ?? '').trim();
		if (name === '') throw new Error(`${where}: empty name`);
		if (name !== r.name) throw new Error(`${where}: write the name normalised, "${name}"`);
		if (out.has(name)) throw new Error(`${where}: "${name}" listed twice`);
		if (kind === 'country' && !countryIds.has(target))
			throw new Error(`${where}: "${target}" is not a country id`);
		if (kind === 'aggregate' && !/^agg-[a-z0-9-]+$/.test(target))
			throw new Error(`${where}: aggregate target "${target}" must be agg-<slug>`);
		if (kind === 'unmapped' && (target !== '' || note === ''))
			throw new Error(`${where}: unmapped names have no target and say why in note`);
		if (!['country', 'aggregate', 'unmapped'].includes(kind))
			throw new Error(`${where}: kind "${r.kind}"`);
		out.set(name, { name, target, kind, note });
	});
	return out;
}

/** Printed names found in the lists that the alias table does not list. */
export function unlistedNames(lists: readonly WorldList[], aliases: Map<string, Alias>): string[] {
	const miss = new Set<string>();
	for (const l of lists)
		for (const e of l.entries) if (!aliases.has(aliasKey(e.name))) miss.add(aliasKey(e.name));
	return [...miss].sort();
}

export interface AliasCoverage {
	names: number;
	mappedNames: number;
	entries: number;
	mappedEntries: number;
	countryEntries: number;
	aggregateEntries: number;
}

export function aliasCoverage(
	lists: readonly WorldList[],
	aliases: Map<string, Alias>
): AliasCoverage {
	const names = new Set<string>();
	const c: AliasCoverage = {
		names: 0,
		mappedNames: 0,
		entries: 0,
		mappedEntries: 0,
		countryEntries: 0,
		aggregateEntries: 0
	};
	for (const l of lists)
		for (const e of l.entries) {
			const a = aliases.get(aliasKey(e.name));
			names.add(aliasKey(e.name));
			c.entries++;
			if (a?.kind === 'country') c.countryEntries++;
			if (a?.kind === 'aggregate') c.aggregateEntries++;
		}
	c.mappedEntries = c.countryEntries + c.aggregateEntries;
	c.names = names.size;
	c.mappedNames = [...names].filter((n) => {
		const k = aliases.get(n)?.kind;
		return k === 'country' || k === 'aggregate';
	}).length;
	return c;
}

// ---------------------------------------------------------------- dataset rows

export const sourceIdOf = (edition: number) => `CIAFB_${edition}`;

export interface ShareRow {
	reporter: string;
	year: number;
	flow: Flow;
	partner: string;
	partner_name: string;
	share_pct: number | null;
	rank: number;
	list_basis: Basis;
	estimate: 'yes' | 'no';
	fiscal: string;
	edition: number;
	flag: string;
	source_id: string;
}

/** One row per list entry; partner is '' for names the alias table lists as unmapped. */
export function shareRows(lists: readonly WorldList[], aliases: Map<string, Alias>): ShareRow[] {
	const rows: ShareRow[] = [];
	for (const l of lists)
		l.entries.forEach((e, i) => {
			const a = aliases.get(aliasKey(e.name));
			if (!a) throw new Error(`partner name "${e.name}" is not in partner_aliases.csv`);
			rows.push({
				reporter: l.reporter,
				year: l.year,
				flow: l.flow,
				partner: a.target,
				partner_name: e.name,
				share_pct: e.pct,
				rank: i + 1,
				list_basis: l.basis,
				estimate: l.estimate ? 'yes' : 'no',
				fiscal: l.fiscal ?? '',
				edition: l.edition,
				flag: l.flag,
				source_id: sourceIdOf(l.edition)
			});
		});
	return rows;
}

export interface TotalRow {
	reporter: string;
	year: number;
	flow: Flow;
	value_usd_bn: number;
	coverage: Coverage;
	estimate: 'yes' | 'no';
	fiscal: string;
	edition: number;
	flag: string;
	source_id: string;
}

export function totalRows(totals: readonly WorldTotal[]): TotalRow[] {
	return totals.map((t) => ({
		reporter: t.reporter,
		year: t.year,
		flow: t.flow,
		value_usd_bn: t.usdBn,
		coverage: t.coverage,
		estimate: t.estimate ? 'yes' : 'no',
		fiscal: t.fiscal ?? '',
		edition: t.edition,
		flag: t.flag,
		source_id: sourceIdOf(t.edition)
	}));
}

/**
 * The share every country absent from a list is below: the list's smallest share, or null when the
 * list says nothing about absent countries. That is so for a mirror (top five) list (absent means
 * not reported), a list with a name printed without a share (its share is unknown), and a list
 * with an aggregate or an unmapped entry ("EC 21%", "other 9%": an absent country may sit inside).
 */
export function absentBelow(l: WorldList, aliases: Map<string, Alias>): number | null {
	if (l.basis !== 'reported' || l.entries.length === 0) return null;
	for (const e of l.entries)
		if (e.pct === null || aliases.get(aliasKey(e.name))?.kind !== 'country') return null;
	return Math.min(...l.entries.map((e) => e.pct as number));
}

// ---------------------------------------------------------------- the other side's report

/** What the mirror check needs to look up: a reporter's list and total of a flow in a year. */
export interface MirrorLookup {
	list(
		reporter: string,
		flow: Flow,
		year: number
	):
		| {
				basis: Basis;
				flag: string;
				edition: number;
				entries: readonly { partner: string | null; pct: number | null }[];
		  }
		| undefined;
	total(
		reporter: string,
		flow: Flow,
		year: number
	): { usdBn: number; coverage: Coverage; flag: string; edition: number } | undefined;
}

export interface MirrorShare {
	/** B's report of the trade, as a share of A's flow, in % (to the precision of B's share). */
	pct: number;
	computation: string;
	editions: number[];
}

const other = (f: Flow): Flow => (f === 'exports' ? 'imports' : 'exports');
const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

/**
 * B's own report of its trade with A, as a share of A's flow: A's exports to B are B's imports
 * from A, (B's import share of A × B's imports) / A's exports. Null unless B's own list ('reported',
 * not flagged) names A with a share and both totals exist on one coverage, unflagged. Rounded to the
 * decimals of B's printed share (at least one), so it is never more precise than its input.
 */
export function mirrorShare(
	m: MirrorLookup,
	a: string,
	b: string,
	year: number,
	flow: Flow
): MirrorShare | null {
	const lb = m.list(b, other(flow), year);
	if (!lb || lb.basis !== 'reported' || lb.flag) return null;
	const hits = lb.entries.filter((e) => e.partner === a);
	if (hits.length !== 1 || hits[0]?.pct === null || hits[0]?.pct === undefined) return null;
	const s = hits[0].pct;
	const ta = m.total(a, flow, year);
	const tb = m.total(b, other(flow), year);
	if (!ta || !tb || ta.flag || tb.flag || ta.coverage !== tb.coverage || !(ta.usdBn > 0))
		return null;
	const d = Math.max(1, decimals(s));
	const pct = Number(((s * tb.usdBn) / ta.usdBn).toFixed(d));
	return {
		pct,
		computation: `${s}% × ${tb.usdBn} / ${ta.usdBn} = ${pct}%`,
		editions: [...new Set([lb.edition, ta.edition, tb.edition])].sort((x, y) => x - y)
	};
}

/** Reporters that stopped publishing their trade by partner country: id → first data year without it. */
export type Stopped = ReadonlyMap<string, number>;

/**
 * Whether partner B's absence from A's list is a reporting blackout rather than smallness, or null.
 * Only a list built from partners' data ('top five (mirror data)') can black a partner out, and
 * only a partner a source says stopped publishing its trade by country from a year at or before
 * the list's (reporting_blackouts.csv). A partner that was merely large in A's last own list and is
 * missing from a mirror list is not named a blackout: that can be a real fall (Ukraine and the
 * United Kingdom in Belarus's 2023 exports, after the war and the sanctions; Ukraine was still in
 * Belarus's 2022 list from partners' data), so it stays "not reported", never a bound.
 */
export function blackoutOf(
	l: {
		basis: Basis;
		year: number;
		entries: readonly { partner: string | null; pct: number | null }[];
	},
	b: string,
	stopped: Stopped = new Map()
): Blackout | null {
	if (l.basis === 'reported' || l.entries.some((e) => e.partner === b)) return null;
	const from = stopped.get(b);
	return from !== undefined && from <= l.year ? { stopped: from } : null;
}

export interface PairRow {
	reporter: string;
	partner: string;
	year: number;
	turnover_share_pct: number;
	bound: '' | '<';
	export_share_pct: number;
	export_bound: '' | '<';
	import_share_pct: number;
	import_bound: '' | '<';
	exports_usd_bn: number;
	imports_usd_bn: number;
	coverage: PairCoverage;
	year_basis: 'calendar' | 'fiscal' | 'mixed';
	/** Where a bound used here is contradicted by B's own report: what B reports; '' otherwise. */
	bound_conflict: string;
	computation: string;
	source_id: string;
}

/** What a turnover share covers: goods shares weighted by goods totals, or by goods-and-services totals (mixed). */
export type PairCoverage = 'goods' | 'mixed';

/** The mirror lookup over extracted lists and totals, partners resolved through the alias table. */
export function worldLookup(
	lists: readonly WorldList[],
	totals: readonly WorldTotal[],
	aliases: Map<string, Alias>
): MirrorLookup {
	const lb = new Map(
		lists.map((l) => [
			`${l.reporter}|${l.flow}|${l.year}`,
			{
				basis: l.basis,
				flag: l.flag,
				edition: l.edition,
				entries: l.entries.map((e) => {
					const a = aliases.get(aliasKey(e.name));
					return { partner: a?.kind === 'country' ? a.target : null, pct: e.pct };
				})
			}
		])
	);
	const tb = new Map(totals.map((t) => [`${t.reporter}|${t.flow}|${t.year}`, t]));
	return {
		list: (r, f, y) => lb.get(`${r}|${f}|${y}`),
		total: (r, f, y) => tb.get(`${r}|${f}|${y}`)
	};
}

/**
 * B's share of A's turnover, (s_x·X + s_m·M)/(X+M), for every reporter A, year and country B that
 * A lists with a share in at least one flow, where A has lists for both flows and export and import
 * totals on one coverage for that year. B absent from a list is below its smallest share when the
 * list allows that reading (absentBelow): that share enters as a bound and the result is "<". Where
 * it does not (mirror lists, aggregates, names without shares), or B is named without a share or
 * twice, the pair is left out for that year.
 */
export function pairTurnover(
	lists: readonly WorldList[],
	totals: readonly WorldTotal[],
	aliases: Map<string, Alias>
): PairRow[] {
	const listBy = new Map(lists.map((l) => [`${l.reporter}|${l.flow}|${l.year}`, l]));
	const totalBy = new Map(totals.map((t) => [`${t.reporter}|${t.flow}|${t.year}`, t]));
	const mirror = worldLookup(lists, totals, aliases);
	const rows: PairRow[] = [];
	for (const lx of lists) {
		if (lx.flow !== 'exports') continue;
		const lm = listBy.get(`${lx.reporter}|imports|${lx.year}`);
		const tx = totalBy.get(`${lx.reporter}|exports|${lx.year}`);
		const tm = totalBy.get(`${lx.reporter}|imports|${lx.year}`);
		if (!lm || !tx || !tm || tx.coverage !== tm.coverage) continue;
		// a value screened as suspect never enters a derived figure
		if (lx.flag || lm.flag || tx.flag || tm.flag) continue;
		const X = tx.usdBn;
		const M = tm.usdBn;
		if (!(X + M > 0)) continue;
		const side = (l: WorldList) => {
			const m = new Map<string, { pct: number | null; n: number }>();
			for (const e of l.entries) {
				const a = aliases.get(aliasKey(e.name));
				if (a?.kind !== 'country' || a.target === l.reporter) continue;
				const prev = m.get(a.target);
				m.set(a.target, { pct: e.pct, n: (prev?.n ?? 0) + 1 });
			}
			return m;
		};
		const sx = side(lx);
		const sm = side(lm);
		const minX = absentBelow(lx, aliases);
		const minM = absentBelow(lm, aliases);
		const partners = new Set(
			[...sx, ...sm].filter(([, v]) => v.pct !== null && v.n === 1).map(([k]) => k)
		);
		const fiscal = [lx.fiscal, lm.fiscal, tx.fiscal, tm.fiscal].map((f) => f !== null);
		const yearBasis = fiscal.every(Boolean)
			? 'fiscal'
			: fiscal.some(Boolean)
				? 'mixed'
				: 'calendar';
		for (const b of [...partners].sort()) {
			const value = (
				s: Map<string, { pct: number | null; n: number }>,
				min: number | null
			): { pct: number; bound: '' | '<' } | null => {
				const v = s.get(b);
				if (v) return v.pct !== null && v.n === 1 ? { pct: v.pct, bound: '' } : null;
				return min === null ? null : { pct: min, bound: '<' };
			};
			const ex = value(sx, minX);
			const im = value(sm, minM);
			if (!ex || !im) continue;
			const conflicts: string[] = [];
			for (const [flow, v] of [
				['exports', ex],
				['imports', im]
			] as const) {
				if (v.bound !== '<') continue;
				const ms = mirrorShare(mirror, lx.reporter, b, lx.year, flow);
				if (ms && ms.pct > v.pct)
					conflicts.push(
						`${flow}: ${ms.pct}% by the partner’s own report (${ms.computation}), above the bound ${v.pct}%`
					);
			}
			const share = (ex.pct * X + im.pct * M) / (X + M);
			const bound = ex.bound === '<' || im.bound === '<' ? '<' : '';
			const ids = [...new Set([lx.edition, lm.edition, tx.edition, tm.edition])]
				.sort((a, c) => a - c)
				.map(sourceIdOf);
			rows.push({
				reporter: lx.reporter,
				partner: b,
				year: lx.year,
				// never more precise than the less precise of the two shares ("66%" and "54%" give a
				// whole percent), and never more than two decimals
				turnover_share_pct: Number(share.toFixed(Math.min(2, decimals(ex.pct), decimals(im.pct)))),
				bound,
				export_share_pct: ex.pct,
				export_bound: ex.bound,
				import_share_pct: im.pct,
				import_bound: im.bound,
				exports_usd_bn: X,
				imports_usd_bn: M,
				coverage: tx.coverage === 'goods' ? 'goods' : 'mixed',
				year_basis: yearBasis,
				bound_conflict: conflicts.join('; '),
				computation: `(${ex.bound}${ex.pct}% × ${X} + ${im.bound}${im.pct}% × ${M}) / (${X} + ${M})`,
				source_id: ids.join(';')
			});
		}
	}
	return rows;
}

/** How often "absent, so below the smallest share" holds where the partner's own report can test it. */
export interface BoundTest {
	tested: number;
	contradicted: number;
	/** The contradicted cases for one pair (reporter → partner), for the record. */
	cases: (
		reporter: string,
		partner: string
	) => { year: number; flow: Flow; bound: number; mirror: number }[];
	/** How many cases one pair (reporter → partner) could be tested in. */
	testedFor: (reporter: string, partner: string) => number;
}

/**
 * Test the bound rule against the other side: for every reported list of A that allows a bound and
 * leaves out a country B whose own list of the same year names A with a share (mirrorShare), the
 * bound holds when B's report is at or below it.
 */
export function testBounds(
	lists: readonly WorldList[],
	totals: readonly WorldTotal[],
	aliases: Map<string, Alias>
): BoundTest {
	const mirror = worldLookup(lists, totals, aliases);
	const bad: {
		reporter: string;
		partner: string;
		year: number;
		flow: Flow;
		bound: number;
		mirror: number;
	}[] = [];
	let tested = 0;
	const byPair = new Map<string, number>();
	const byYear = new Map<number, WorldList[]>();
	for (const l of lists) byYear.set(l.year, [...(byYear.get(l.year) ?? []), l]);
	for (const l of lists) {
		if (l.flag) continue;
		const min = absentBelow(l, aliases);
		if (min === null) continue;
		const named = new Set(
			l.entries.map((e) => aliases.get(aliasKey(e.name))?.target).filter(Boolean)
		);
		// the countries whose own lists of the year name this reporter in the other flow
		for (const o of byYear.get(l.year) ?? []) {
			if (o.flow === l.flow || o.reporter === l.reporter) continue;
			if (named.has(o.reporter)) continue;
			const ms = mirrorShare(mirror, l.reporter, o.reporter, l.year, l.flow);
			if (!ms) continue;
			tested++;
			const k = `${l.reporter}|${o.reporter}`;
			byPair.set(k, (byPair.get(k) ?? 0) + 1);
			if (ms.pct > min)
				bad.push({
					reporter: l.reporter,
					partner: o.reporter,
					year: l.year,
					flow: l.flow,
					bound: min,
					mirror: ms.pct
				});
		}
	}
	return {
		tested,
		testedFor: (r, p) => byPair.get(`${r}|${p}`) ?? 0,
		contradicted: bad.length,
		cases: (r, p) =>
			bad
				.filter((x) => x.reporter === r && x.partner === p)
				.map(({ year, flow, bound, mirror: m }) => ({ year, flow, bound, mirror: m }))
	};
}

// ---------------------------------------------------------------- per-country files for the browser

/** The rows the per-country files are built from (the world datasets as loaded and validated). */
export interface WorldRows {
	/** reporting_blackouts.csv: reporters that stopped publishing their trade by country. */
	blackouts?: readonly { reporter: string; from_year: number; source_id: readonly string[] }[];
	countries: readonly {
		id: string;
		name: string;
		iso3: string | null;
		iso_numeric: string | null;
		type: string;
		first_year: number | null;
		last_year: number | null;
	}[];
	shares: readonly {
		reporter: string;
		year: number;
		flow: Flow;
		partner: string | null;
		partner_name: string;
		share_pct: number | null;
		rank: number;
		list_basis: Basis;
		estimate: 'yes' | 'no';
		fiscal: string | null;
		edition: number;
		flag: string | null;
	}[];
	totals: readonly {
		reporter: string;
		year: number;
		flow: Flow;
		value_usd_bn: number;
		coverage: Coverage;
		estimate: 'yes' | 'no';
		fiscal: string | null;
		edition: number;
		flag: string | null;
	}[];
}

export interface CountryInfo {
	id: string;
	name: string;
	iso3: string | null;
	isoNumeric: string | null;
	type: string;
}

export interface FileList {
	year: number;
	flow: Flow;
	edition: number;
	basis: Basis;
	estimate: boolean;
	fiscal: string | null;
	/** Every country absent from the list is below this share; null when the list does not say (see absentBelow). */
	smallestPct: number | null;
	/** partner: a country id, an aggregate id (agg-…), or null for a name listed as unmapped. */
	entries: { partner: string | null; name: string; pct: number | null }[];
	/** "suspect: …" where the list is impossible as printed (see listFlag); absent otherwise. */
	flag?: string;
	/** Countries the list leaves out whose own report puts them above smallestPct: id → their figure, %. */
	conflicts?: Record<string, number>;
	/** Countries whose absence is a reporting blackout, not smallness: id → why (see blackoutOf). */
	blackout?: Record<string, Blackout>;
}

export interface FileTotal {
	year: number;
	flow: Flow;
	usdBn: number;
	coverage: Coverage;
	estimate: boolean;
	fiscal: string | null;
	edition: number;
	/** "suspect: …" where the total looks like a misprint (see jumpFlag); absent otherwise. */
	flag?: string;
}

export interface NamedBy {
	reporter: string;
	year: number;
	flow: Flow;
	pct: number | null;
	edition: number;
	basis: Basis;
	smallestPct: number | null;
}

/**
 * A country's file (/compare/data/<id>.json): its own lists and totals. The entries of other
 * countries' lists that name it are kept in the index (WorldIndex.namedBy), not in the file: for
 * the partners most countries name (the United States is named in 5,285 list entries) they alone
 * pass 20 kB gzip, so "who depends on a partner" is to be served per year instead.
 */
export interface CountryFile {
	country: CountryInfo;
	lists: FileList[];
	totals: FileTotal[];
	/** CIAFB_<edition> of every edition the file takes a figure from. */
	sourceIds: string[];
}

export interface WorldIndex {
	/** The sources of each reporter that stopped publishing (reporting_blackouts.csv). */
	stoppedSources: Map<string, string[]>;
	countries: Map<string, CountryInfo & { years: [number, number] | null }>;
	lists: Map<string, FileList[]>;
	totals: Map<string, FileTotal[]>;
	namedBy: Map<string, NamedBy[]>;
}

/** Group the world rows by country once; countryFile then only looks up. */
export function worldIndex(rows: WorldRows): WorldIndex {
	const ids = new Set(rows.countries.map((c) => c.id));
	const countries = new Map(
		rows.countries.map((c) => [
			c.id,
			{
				id: c.id,
				name: c.name,
				iso3: c.iso3,
				isoNumeric: c.iso_numeric,
				type: c.type,
				years:
					c.first_year !== null && c.last_year !== null
						? ([c.first_year, c.last_year] as [number, number])
						: null
			}
		])
	);
	const byList = new Map<string, FileList & { reporter: string }>();
	for (const r of rows.shares) {
		const key = `${r.reporter}|${r.flow}|${r.year}`;
		let l = byList.get(key);
		if (!l) {
			l = {
				reporter: r.reporter,
				year: r.year,
				flow: r.flow,
				edition: r.edition,
				basis: r.list_basis,
				estimate: r.estimate === 'yes',
				fiscal: r.fiscal,
				smallestPct: null,
				entries: []
			};
			if (r.flag) l.flag = r.flag;
			byList.set(key, l);
		}
		l.entries[r.rank - 1] = { partner: r.partner, name: r.partner_name, pct: r.share_pct };
	}
	const lists = new Map<string, FileList[]>();
	const namedBy = new Map<string, NamedBy[]>();
	const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
		const a = m.get(k);
		if (a) a.push(v);
		else m.set(k, [v]);
	};
	for (const { reporter, ...l } of byList.values()) {
		const allCountries = l.entries.every((e) => e.partner !== null && ids.has(e.partner));
		l.smallestPct =
			l.basis === 'reported' && allCountries && l.entries.every((e) => e.pct !== null) && !l.flag
				? Math.min(...l.entries.map((e) => e.pct as number))
				: null;
		push(lists, reporter, l);
		for (const e of l.entries)
			if (e.partner !== null && ids.has(e.partner) && e.partner !== reporter)
				push(namedBy, e.partner, {
					reporter,
					year: l.year,
					flow: l.flow,
					pct: e.pct,
					edition: l.edition,
					basis: l.basis,
					smallestPct: l.smallestPct
				});
	}
	const totals = new Map<string, FileTotal[]>();
	for (const t of rows.totals)
		push(totals, t.reporter, {
			year: t.year,
			flow: t.flow,
			usdBn: t.value_usd_bn,
			coverage: t.coverage,
			estimate: t.estimate === 'yes',
			fiscal: t.fiscal,
			edition: t.edition,
			...(t.flag ? { flag: t.flag } : {})
		});
	const stopped = new Map((rows.blackouts ?? []).map((b) => [b.reporter, b.from_year]));
	annotate(countries, lists, totals, stopped);
	const stoppedSources = new Map((rows.blackouts ?? []).map((b) => [b.reporter, [...b.source_id]]));
	return { countries, lists, totals, namedBy, stoppedSources };
}

/**
 * Mark, in every country's lists, the absences that are not smallness: a bound the partner's own
 * report contradicts (conflicts: the partner's figure, drawn as the evidence) and a reporting
 * blackout (blackout: why). Both are read by readList, so every view says the same.
 */
function annotate(
	countries: ReadonlyMap<string, CountryInfo>,
	lists: ReadonlyMap<string, FileList[]>,
	totals: ReadonlyMap<string, FileTotal[]>,
	stopped: Stopped
): void {
	const lb = new Map<string, FileList>();
	for (const [r, ls] of lists) for (const l of ls) lb.set(`${r}|${l.flow}|${l.year}`, l);
	const tb = new Map<string, FileTotal>();
	for (const [r, ts] of totals) for (const t of ts) tb.set(`${r}|${t.flow}|${t.year}`, t);
	const m: MirrorLookup = {
		list: (r, f, y) => {
			const l = lb.get(`${r}|${f}|${y}`);
			return l && { basis: l.basis, flag: l.flag ?? '', edition: l.edition, entries: l.entries };
		},
		total: (r, f, y) => {
			const t = tb.get(`${r}|${f}|${y}`);
			return t && { usdBn: t.usdBn, coverage: t.coverage, flag: t.flag ?? '', edition: t.edition };
		}
	};
	// who names whom: "named|year|flow" → the reporters whose list of that flow and year names it
	const namers = new Map<string, string[]>();
	for (const [r, ls] of lists)
		for (const l of ls)
			for (const e of l.entries)
				if (e.partner !== null && e.pct !== null) {
					const k = `${e.partner}|${l.year}|${l.flow}`;
					const v = namers.get(k);
					if (v) v.push(r);
					else namers.set(k, [r]);
				}
	for (const [a, ls] of lists) {
		for (const l of ls) {
			if (l.smallestPct !== null) {
				// the countries whose own list of the year names A in the other flow
				for (const b of namers.get(
					`${a}|${l.year}|${l.flow === 'exports' ? 'imports' : 'exports'}`
				) ?? []) {
					if (b === a || l.entries.some((e) => e.partner === b)) continue;
					const ms = mirrorShare(m, a, b, l.year, l.flow);
					if (ms && ms.pct > l.smallestPct) (l.conflicts ??= {})[b] = ms.pct;
				}
			}
			if (l.basis !== 'reported')
				for (const b of stopped.keys()) {
					if (b === a) continue;
					const why = blackoutOf(l, b, stopped);
					if (why) (l.blackout ??= {})[b] = why;
				}
		}
	}
}

/** One country's file, or null for an id the index does not know. */
export function countryFile(id: string, index: WorldIndex): CountryFile | null {
	const c = index.countries.get(id);
	if (!c) return null;
	const lists = index.lists.get(id) ?? [];
	const totals = index.totals.get(id) ?? [];
	const editions = new Set([...lists, ...totals].map((r) => r.edition));
	const blackoutIds = lists.flatMap((l) =>
		Object.entries(l.blackout ?? {}).flatMap(([b, x]) =>
			'stopped' in x ? (index.stoppedSources.get(b) ?? []) : []
		)
	);
	return {
		country: { id: c.id, name: c.name, iso3: c.iso3, isoNumeric: c.isoNumeric, type: c.type },
		lists,
		totals,
		sourceIds: [
			...[...editions].sort((a, b) => a - b).map(sourceIdOf),
			...[...new Set(blackoutIds)].sort()
		]
	};
}

export interface IndexEntry extends CountryInfo {
	/** First and last data year with a list or total; null for entries without any. */
	years: [number, number] | null;
}

/**
 * Whether an entry is an economy that can be ranked among countries: not the master table's "misc"
 * entries (World, European Union, the oceans), which report totals and lists of their own.
 */
export const isCountry = (c: { type: string } | undefined): boolean =>
	c !== undefined && c.type !== 'misc';

/** Every country, sorted by name (the pickers' list: World and the EU are not countries). */
export function countryIndex(index: WorldIndex): IndexEntry[] {
	return [...index.countries.values()]
		.filter(isCountry)
		.map((c) => ({ ...c }))
		.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/**
 * One reporter's list in a year file: the same list as in its country file, with its entries
 * compacted to [partner id | null, share | null] (the partner's name is in countries.json).
 */
export interface YearList {
	reporter: string;
	flow: Flow;
	edition: number;
	basis: Basis;
	fiscal: string | null;
	/** Every country absent from the list is below this share; null when the list does not allow one. */
	smallestPct: number | null;
	entries: [string | null, number | null][];
	/** As in FileList: a suspect list, contradicted bounds, blackouts. */
	flag?: string;
	conflicts?: Record<string, number>;
	blackout?: Record<string, Blackout>;
}

/**
 * A data year's file (/compare/data/year/<year>.json): every reporter's lists of that year, both
 * flows. It answers "who depends on X" for every X of that year, so changing the partner needs no
 * other file.
 */
export interface YearFile {
	year: number;
	lists: YearList[];
	/** CIAFB_<edition> of every edition the file's lists come from. */
	sourceIds: string[];
	/** The year the view opens at (defaultDependentsYear), so a note about it names that year. */
	opens: number | null;
}

/** Every data year with at least one list, ascending. */
export function listYears(index: WorldIndex): number[] {
	const years = new Set<number>();
	for (const ls of index.lists.values()) for (const l of ls) years.add(l.year);
	return [...years].sort((a, b) => a - b);
}

/** The file of one data year, or null for a year without lists. Reporters in id order, exports first. */
export function yearFile(year: number, index: WorldIndex): YearFile | null {
	const lists: YearList[] = [];
	for (const [reporter, ls] of index.lists) {
		// "World", "European Union" and the oceans are not countries: never ranked among them
		if (!isCountry(index.countries.get(reporter))) continue;
		for (const l of ls)
			if (l.year === year)
				lists.push({
					reporter,
					flow: l.flow,
					edition: l.edition,
					basis: l.basis,
					fiscal: l.fiscal,
					smallestPct: l.smallestPct,
					entries: l.entries.map((e) => [e.partner, e.pct]),
					...(l.flag ? { flag: l.flag } : {}),
					...(l.conflicts ? { conflicts: l.conflicts } : {}),
					...(l.blackout ? { blackout: l.blackout } : {})
				});
	}
	if (lists.length === 0) return null;
	lists.sort(
		(a, b) =>
			(a.reporter < b.reporter ? -1 : a.reporter > b.reporter ? 1 : 0) ||
			(a.flow === b.flow ? 0 : a.flow === 'exports' ? -1 : 1)
	);
	const editions = [...new Set(lists.map((l) => l.edition))].sort((a, b) => a - b);
	const blackoutIds = lists.flatMap((l) =>
		Object.entries(l.blackout ?? {}).flatMap(([b, x]) =>
			'stopped' in x ? (index.stoppedSources.get(b) ?? []) : []
		)
	);
	return {
		year,
		lists,
		sourceIds: [...editions.map(sourceIdOf), ...[...new Set(blackoutIds)].sort()],
		opens: defaultYearOf(index)
	};
}

const defaultYears = new WeakMap<WorldIndex, number | null>();
const defaultYearOf = (index: WorldIndex): number | null => {
	if (!defaultYears.has(index)) defaultYears.set(index, defaultDependentsYear(index));
	return defaultYears.get(index) as number | null;
};

/**
 * The default year of "who depends on a partner": the latest data year in which most lists are the
 * reporters' own ('reported' basis, so not a 2024–25 year of top-five lists from partner data unless
 * the data make those the minority) and which has at least half as many lists as the best-covered
 * year (a year that only a few late editions describe is not a fair default). Null when none does.
 */
export function defaultDependentsYear(index: WorldIndex): number | null {
	const own = new Map<number, { reported: number; all: number }>();
	for (const ls of index.lists.values())
		for (const l of ls) {
			const c = own.get(l.year) ?? { reported: 0, all: 0 };
			c.all += 1;
			if (l.basis === 'reported') c.reported += 1;
			own.set(l.year, c);
		}
	const most = Math.max(0, ...[...own.values()].map((c) => c.all));
	const years = [...own.entries()]
		.filter(([, c]) => c.reported * 2 > c.all && c.all * 2 >= most)
		.map(([y]) => y)
		.sort((a, b) => b - a);
	return years[0] ?? null;
}
