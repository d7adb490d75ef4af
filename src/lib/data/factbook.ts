/**
 * Reading the CIA World Factbook's free-text trade fields. The Factbook edition year is not the
 * data year: "Russia 33.6%, ... (2009)" in the 2010 edition describes 2009. Everything here is pure
 * so it can be tested on the real lines of data/raw/.
 */

export type Country = 'Belarus' | 'Russia';
export type Flow = 'exports' | 'imports';

export interface RawField {
	edition: number;
	country: string;
	field: string;
	text: string;
}

export interface PartnerList {
	year: number;
	estimate: boolean;
	/** "reported" lists come from the country's own statistics; later editions list only the top five from partner (mirror) data. */
	basis: 'reported' | 'top five (mirror data)';
	/** Partners with a share given. Partners listed without a share are dropped (no number to record). */
	shares: { partner: string; pct: number }[];
	/** Every partner name listed, with or without a share. */
	listed: string[];
}

export interface TotalValue {
	year: number;
	usdBn: number;
	estimate: boolean;
	/** Fiscal year as stated ("FY88"); absent for calendar years. */
	fiscal?: string;
}

export type Coverage = 'goods' | 'goods and services';

/**
 * The first edition whose Exports/Imports totals are balance-of-payments goods and services. The
 * 2024 edition says so ("exports of goods and services"); the 2021–2023 editions do not, but their
 * totals for the years they share with the 2024 edition match it (Belarus 2021: $49.425 bn in 2023,
 * $49.435 bn in 2024) and not the goods figures earlier editions gave (Belarus 2016: $22.98 bn in
 * the 2017 edition, goods; 2018: $42.27 bn in the 2021 edition).
 */
export const GOODS_AND_SERVICES_FROM_EDITION = 2021;

/**
 * What a figure covers. Totals follow the edition rule above. Partner shares are shares of goods
 * trade in every edition: the lists come from merchandise statistics (the 2024–2025 editions from
 * partners' goods data), and no edition says they include services.
 */
export function coverageOf(measure: 'partner_share' | 'total', edition: number): Coverage {
	if (measure === 'partner_share') return 'goods';
	return edition >= GOODS_AND_SERVICES_FROM_EDITION ? 'goods and services' : 'goods';
}

/** Parse the raw TSV (edition, country, field, text) into fields. Lines that are not four columns are an error. */
export function parseFactbookTsv(tsv: string): RawField[] {
	const out: RawField[] = [];
	tsv.split('\n').forEach((line, i) => {
		if (line.trim() === '') return;
		const parts = line.split('\t');
		if (parts.length !== 4)
			throw new Error(
				`factbook tsv:${i + 1} — expected 4 tab-separated columns, got ${parts.length}`
			);
		const [edition, country, field, text] = parts as [string, string, string, string];
		out.push({ edition: Number(edition), country, field: field.trim(), text });
	});
	return out;
}

/** The Factbook renamed fields over time ("Exports--partners", "Exports - partners"). */
export function fieldKind(field: string): { flow: Flow; kind: 'partners' | 'total' } | null {
	const f = field.replace(/\s*-+\s*/g, ' - ').trim();
	if (f === 'Exports') return { flow: 'exports', kind: 'total' };
	if (f === 'Imports') return { flow: 'imports', kind: 'total' };
	if (f === 'Exports - partners') return { flow: 'exports', kind: 'partners' };
	if (f === 'Imports - partners') return { flow: 'imports', kind: 'partners' };
	return null;
}

/** Names differ across editions; one spelling per country. */
const PARTNER_ALIASES: Record<string, string> = {
	UK: 'United Kingdom',
	US: 'United States'
};

export function normalisePartner(name: string): string {
	const n = name.trim();
	return PARTNER_ALIASES[n] ?? n;
}

/** One entry of a partner list as printed: the name and its share, or null when listed without one. */
export interface PartnerEntry {
	name: string;
	pct: number | null;
}

/** A data year as the Factbook writes it: "2009", "2009 est.", "FY88", "FY93/94", "FY 99/00", "FY03-04", "FY2014". */
const YEAR_RE = String.raw`(\d{4}|FY ?\d{2}(?:\d{2})?(?:[/-]\d{2})?)( est\b\.?)?`;

/**
 * The calendar year a stated year stands for. Fiscal years are kept as stated (returned in
 * `fiscal`) and dated by the calendar year they end in: FY88 → 1988, FY93/94 → 1994.
 */
export function statedYear(s: string): { year: number; fiscal: string | null } {
	if (/^\d{4}$/.test(s)) return { year: Number(s), fiscal: null };
	const m = /^FY ?(\d{2}(?:\d{2})?)(?:[/-](\d{2}))?$/.exec(s);
	if (!m) throw new Error(`not a Factbook year: "${s}"`);
	const last = m[2] ?? (m[1] as string);
	const n = Number(last);
	const year = last.length === 4 ? n : n >= 50 ? 1900 + n : 2000 + n;
	return { year, fiscal: s };
}

/**
 * Split at commas (and the odd semicolon, "Austria 5.1%; Belgium 4.9%") that are not inside
 * parentheses: "EC 53.2% (Germany 15.6%, UK 10.7%), US 5.9%".
 */
function splitTopLevel(s: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let cur = '';
	for (const ch of s) {
		if (ch === '(') depth++;
		if (ch === ')') depth = Math.max(0, depth - 1);
		if ((ch === ',' || ch === ';') && depth === 0) {
			out.push(cur);
			cur = '';
		} else cur += ch;
	}
	out.push(cur);
	return out;
}

/** Country names the Factbook prints with a comma inside: "Macedonia, The Former Yugo Rep of 4%". */
const NAME_TAILS =
	/^(the former yugo rep of|the|democratic republic of the|republic of the|south|north|federated states of)\b(?=\s*(?:\d|\(|$))/i;

/** A name and an optional share at its end: "Russia 33.6%", "Germany". */
function entryOf(text: string): PartnerEntry | null {
	const t = text.trim();
	if (t === '') return null;
	const m = /^(.+?)\s+(\d+(?:\.\d+)?)\s*%$/.exec(t);
	if (m) return { name: (m[1] as string).trim(), pct: Number(m[2]) };
	// a remark after the share belongs to the name: "UAE 23% (largely reexports)"
	const r = /^(.+?)\s+(\d+(?:\.\d+)?)\s*%\s*(\([^()%]*\))$/.exec(t);
	if (r) return { name: `${(r[1] as string).trim()} ${r[3] as string}`, pct: Number(r[2]) };
	return { name: t, pct: null };
}

/**
 * The entries of a list body, in printed order. An aggregate's members in parentheses
 * ("EC 53.2% (Germany 15.6%, UK 10.7%)") follow the aggregate as entries of their own: each is a
 * share of the reporter's total as well. A parenthesis without shares belongs to the name
 * ("Southern African Customs Union (SACU) 50%"). Two entries the source runs together without a
 * comma ("UK 5% EU 30%") are two entries.
 */
export function parseEntries(list: string): PartnerEntry[] {
	const pieces: string[] = [];
	for (const p of splitTopLevel(list)) {
		const prev = pieces.length - 1;
		if (prev >= 0 && NAME_TAILS.test(p.trim())) pieces[prev] = `${pieces[prev]},${p}`;
		// a share printed after a comma belongs to the name before it: "Canada, 19.3%"
		else if (prev >= 0 && /^\s*\d+(?:\.\d+)?\s*%\s*$/.test(p))
			pieces[prev] = `${pieces[prev]} ${p.trim()}`;
		else pieces.push(p);
	}
	const out: PartnerEntry[] = [];
	for (const raw of pieces) {
		const item = raw.trim();
		if (item === '') continue;
		const open = item.indexOf('(');
		let close = -1;
		for (let i = open + 1, depth = 1; open >= 0 && i < item.length; i++) {
			if (item[i] === '(') depth++;
			if (item[i] === ')' && --depth === 0) {
				close = i;
				break;
			}
		}
		if (open >= 0 && close > open && /\d\s*%/.test(item.slice(open + 1, close))) {
			// an aggregate with its members: "EC 53.2% (Germany 15.6%, UK 10.7%)"
			out.push(...runTogether(item.slice(0, open)));
			out.push(...parseEntries(item.slice(open + 1, close)));
			out.push(...runTogether(item.slice(close + 1)));
		} else out.push(...runTogether(item));
	}
	return out;
}

/** "UK 5% EU 30%" → two entries; a share followed by a name starts a new entry. */
function runTogether(text: string): PartnerEntry[] {
	return text
		.split(/(?<=\d\s?%)\s+(?=[A-Za-z])/)
		.map(entryOf)
		.filter((e): e is PartnerEntry => e !== null);
}

export interface PartnerText extends PartnerList {
	/** Fiscal year as stated ("FY91"), or null for a calendar year. */
	fiscal: string | null;
	/** Every entry as printed, names not normalised, with its share or null. */
	entries: PartnerEntry[];
}

/**
 * Parse a partner list such as "Russia 33.6%, Netherlands 13.78%, Ukraine 8.68% (2009)" or
 * "US 32%, Italy 8.1%, UK 6.2% (FY90)". Returns null when the list names no data year: the year is
 * never guessed from elsewhere in the text.
 */
export function parsePartnerText(text: string): PartnerText | null {
	const noteAt = text.search(/\bnote:/i);
	let body = (noteAt >= 0 ? text.slice(0, noteAt) : text).trim().replace(/[;.]\s*$/, '');
	// Cyprus (2000–2003 editions): "Greek Cypriot area: UK 22%, … (2000); Turkish Cypriot area: …".
	// Only the first area's list is read: the second area's shares are not shares of the first's trade.
	// A year printed once for both areas dates the first area's list too.
	const labels = [...body.matchAll(AREA_LABEL)];
	if (labels.length >= 2) {
		const first = labels[0] as RegExpExecArray;
		const shared = new RegExp(String.raw`\(${YEAR_RE}\s*\)\s*$`).exec(body);
		let own = body.slice(first.index + first[0].length, labels[1]?.index).trim();
		own = own.replace(/[;.]\s*$/, '').trim();
		if (!new RegExp(String.raw`\(${YEAR_RE}\s*\)\s*$`).test(own) && shared)
			own = `${own} ${shared[0]}`;
		body = own;
	}
	// a year printed twice: "Switzerland 4.3% (2001) (2001)"
	body = body.replace(/(\([^()]+\))\s*\1\s*$/, '$1');
	const yearMatch = new RegExp(String.raw`\(${YEAR_RE}\s*\)\s*$`).exec(body);
	if (!yearMatch) return null;
	const { year, fiscal } = statedYear(yearMatch[1] as string);
	const entries = parseEntries(body.slice(0, yearMatch.index).trim());
	const shares: { partner: string; pct: number }[] = [];
	const listed: string[] = [];
	for (const e of entries) {
		const partner = normalisePartner(e.name);
		if (e.pct !== null) shares.push({ partner, pct: e.pct });
		listed.push(partner);
	}
	return {
		year,
		estimate: yearMatch[2] !== undefined,
		basis: /top five/i.test(text) ? 'top five (mirror data)' : 'reported',
		shares,
		listed,
		fiscal,
		entries
	};
}

/**
 * Parse a partners field such as "Russia 33.6%, Netherlands 13.78%, Ukraine 8.68% (2009)".
 * Returns null when the field names no data year (e.g. a bare list with no year).
 */
export function parsePartners(text: string): PartnerList | null {
	const p = parsePartnerText(text);
	if (!p) return null;
	return { year: p.year, estimate: p.estimate, basis: p.basis, shares: p.shares, listed: p.listed };
}

/**
 * The 1990s editions have no partners field: "…; commodities--…; partners--US 47%, UK (1987)" or
 * "… commodities: … partners: Russia, Finland". Returns the text after the partners marker, or null.
 */
export function partnersInTotalText(text: string): string | null {
	const m = /\bpartners\s*(?:--|:)\s*/i.exec(text);
	if (!m) return null;
	const rest = text.slice(m.index + m[0].length);
	// The list runs on over ";" ("Socialist countries 82.5% (USSR 61%); developed countries 6.8% …")
	// and ends where a note, another field or another area starts ("; note - …", "; commodities--",
	// " total value: Turkish area:").
	const end = /;\s*(?:note\b|[A-Za-z][A-Za-z ]{0,30}\s*(?:--|:))|\btotal value\s*:/i.exec(rest);
	return (end ? rest.slice(0, end.index) : rest).trim();
}

/** The part of an Exports/Imports field before its commodities or partners (1990s editions). */
export function totalPart(text: string): string {
	const m = /\b(?:commodities|partners)\s*(?:--|:)/i.exec(text);
	return m ? text.slice(0, m.index) : text;
}

const SCALE: Record<string, number> = { million: 1e-3, billion: 1, trillion: 1e3 };

/**
 * The stated year inside a total's parenthesis, in every form the Factbook prints: "f.o.b., 1988",
 * "f.o.b. 1988", "f.o.b.1988", "1992 est", "2019 ", "est. 2005", "FY90 est.". Null for anything
 * else, including part-year periods ("January-September 1995"): those are not a year's total.
 */
export function totalYear(
	inner: string
): { year: number; fiscal: string | null; estimate: boolean } | null {
	const m =
		/^(.*?)(?<![^\s,;.])(\d{4}|FY ?\d{2}(?:\d{2})?(?:[/-]\d{2})?)(\s*est\b\.?)?\s*\.?$/i.exec(
			inner.trim()
		);
	if (!m) return null;
	const prefix = m[1] as string;
	if (/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(prefix)) return null;
	const { year, fiscal } = statedYear((m[2] as string).replace(/^fy/i, 'FY'));
	return { year, fiscal, estimate: m[3] !== undefined || /\best\b/i.test(prefix) };
}

/**
 * Labels that open one area's figures where an entry gives several (Cyprus: the Republic, then
 * the north, under five wordings, and from the 2015 edition a second "Exports:" after a "|").
 * Only the first area is read, for totals and lists alike.
 */
export const AREA_LABEL =
	/\b(?:(?:Greek|Turkish)(?: Cypriot)? area|Republic of Cyprus|north Cyprus|area under government control|area administered by Turkish Cypriots)\s*:|\|\s*(?:Exports|Imports)\s*:/gi;

/** Words that make the amount after them a part of the one before ("including reexports of $85.1 billion"). */
const SUB_AMOUNT = /\b(?:including|incl\.|of which)\b[^$]*$/i;

interface Amount {
	at: number;
	end: number;
	usdBn: number;
	sub: boolean;
	area: number;
}

/**
 * Parse an Exports/Imports field into the country's whole totals for the years it states, e.g.
 * "$24.49 billion (2010 est.) country comparison to the world: 66 $21.34 billion (2009 est.)".
 * A stated year dates the nearest whole amount before it, never a part of it ("$118 billion,
 * including reexports of $85.1 billion (f.o.b., 1992 est.)" is 118), in the first area only
 * (AREA_LABEL). Amounts may be in millions, billions, trillions or plain dollars
 * ("$2,651,010,000,000 … (2018 est.)"). Values without a year in the text are skipped (never
 * guessed), and so are the early editions' partial figures "to outside of the FSU countries" and
 * part-year figures. Only the text before the 1990s editions' commodities/partners is read, so a
 * year there never dates a total. Fiscal years are kept as stated in `fiscal` (set only for them).
 */
export function parseTotals(text: string): TotalValue[] {
	const part = totalPart(text);
	const areaStarts = [...part.matchAll(AREA_LABEL)].map((m) => m.index);
	// the first area is the text before the second label, or before the first one when an amount
	// precedes it ("$1.916 billion (2014 est.) | … | Exports: $68.1 million …")
	const firstAmount = part.search(/\$/);
	const lead = (areaStarts[0] ?? Infinity) < firstAmount ? 1 : 0;
	const areaOf = (at: number) => Math.max(0, areaStarts.filter((a) => a <= at).length - lead);
	const amounts: Amount[] = [];
	// a plain-dollar amount is written with thousands separators ("$2,651,010,000,000"); "$162.2" or
	// "$140" with no unit is not read as dollars
	const amountRe =
		/\$\s?(?:(\d[\d,]*(?:\.\d+)?)\s*(million|billion|trillion)\b|(\d{1,3}(?:,\d{3})+)(?![\d.]))/g;
	for (const m of part.matchAll(amountRe)) {
		const digits = (m[1] ?? (m[3] as string)).replace(/,/g, '');
		const scale = m[2] ? (SCALE[m[2]] as number) : 1e-9;
		const prevEnd = amounts.at(-1)?.end ?? 0;
		amounts.push({
			at: m.index,
			end: m.index + m[0].length,
			usdBn: Number((Number(digits) * scale).toPrecision(12)),
			// a part ("including reexports of $85.1 billion") or a figure inside a note ("note: area
			// administered by Turkish Cypriots - $68.1 million (est. 2007)") is not the total
			sub:
				SUB_AMOUNT.test(part.slice(prevEnd, m.index)) ||
				/\bnote\b.*[-–:]\s*$/i.test(
					part.slice(Math.max(prevEnd, part.lastIndexOf(')', m.index) + 1), m.index)
				),
			area: areaOf(m.index)
		});
	}
	const out: TotalValue[] = [];
	let from = 0; // amounts before this index are dated already
	for (const g of part.matchAll(/\(([^()$]*)\)/g)) {
		const y = totalYear(g[1] as string);
		if (!y) continue;
		const since = amounts.filter((a, i) => i >= from && a.end <= g.index);
		if (since.length === 0) continue;
		from = amounts.indexOf(since.at(-1) as Amount) + 1;
		const pick = since.filter((a) => !a.sub && a.area === 0).at(-1);
		if (!pick) continue;
		if (/outside/i.test(part.slice(pick.end, g.index))) continue;
		const t: TotalValue = { year: y.year, usdBn: pick.usdBn, estimate: y.estimate };
		if (y.fiscal !== null) t.fiscal = y.fiscal;
		out.push(t);
	}
	return out;
}

export interface FactbookRow {
	year: number;
	edition: number;
	reporter: Country;
	flow: Flow;
	measure: 'partner_share' | 'total';
	partner: string;
	value: number;
	unit: '%' | 'USD bn';
	estimate: 'yes' | 'no';
	basis: PartnerList['basis'] | 'reported';
	/** What the figure covers (see coverageOf). */
	coverage: Coverage;
	source_id: string;
}

/**
 * One row per data year and measure. When several editions report the same data year, the
 * latest edition wins (it carries the Factbook's revisions); a partner list is taken whole from
 * one edition so its shares stay coherent.
 */
export function extractFactbookTrade(fields: RawField[]): FactbookRow[] {
	type Key = string;
	const lists = new Map<
		Key,
		{ edition: number; list: PartnerList; reporter: Country; flow: Flow }
	>();
	const totals = new Map<Key, { edition: number; t: TotalValue; reporter: Country; flow: Flow }>();
	for (const f of fields) {
		if (f.country !== 'Belarus' && f.country !== 'Russia') continue;
		const kind = fieldKind(f.field);
		if (!kind) continue;
		const reporter = f.country;
		if (kind.kind === 'partners') {
			const list = parsePartners(f.text);
			if (!list || list.shares.length === 0) continue;
			const key = `${reporter}|${kind.flow}|${list.year}`;
			const prev = lists.get(key);
			if (!prev || prev.edition < f.edition)
				lists.set(key, { edition: f.edition, list, reporter, flow: kind.flow });
		} else {
			for (const t of parseTotals(f.text)) {
				const key = `${reporter}|${kind.flow}|${t.year}`;
				const prev = totals.get(key);
				if (!prev || prev.edition < f.edition)
					totals.set(key, { edition: f.edition, t, reporter, flow: kind.flow });
			}
		}
	}
	const rows: FactbookRow[] = [];
	for (const { edition, list, reporter, flow } of lists.values()) {
		for (const s of list.shares) {
			rows.push({
				year: list.year,
				edition,
				reporter,
				flow,
				measure: 'partner_share',
				partner: s.partner,
				value: s.pct,
				unit: '%',
				estimate: list.estimate ? 'yes' : 'no',
				basis: list.basis,
				coverage: coverageOf('partner_share', edition),
				source_id: `CIAFB_${edition}`
			});
		}
	}
	for (const { edition, t, reporter, flow } of totals.values()) {
		rows.push({
			year: t.year,
			edition,
			reporter,
			flow,
			measure: 'total',
			partner: 'World',
			value: t.usdBn,
			unit: 'USD bn',
			estimate: t.estimate ? 'yes' : 'no',
			basis: 'reported',
			coverage: coverageOf('total', edition),
			source_id: `CIAFB_${edition}`
		});
	}
	const order = (r: FactbookRow) => [r.reporter, r.flow, r.measure].join('|');
	return rows.sort(
		(a, b) =>
			a.year - b.year ||
			order(a).localeCompare(order(b)) ||
			b.value - a.value ||
			a.partner.localeCompare(b.partner)
	);
}
