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

/**
 * Parse a partners field such as "Russia 33.6%, Netherlands 13.78%, Ukraine 8.68% (2009)".
 * Returns null when the field names no data year (e.g. a bare list with no year).
 */
export function parsePartners(text: string): PartnerList | null {
	const noteAt = text.search(/\bnote:/i);
	const body = (noteAt >= 0 ? text.slice(0, noteAt) : text).trim();
	const yearMatch = /\((\d{4})( est\.)?\)\s*$/.exec(body);
	if (!yearMatch) return null;
	const list = body.slice(0, yearMatch.index).trim();
	const shares: { partner: string; pct: number }[] = [];
	const listed: string[] = [];
	for (const item of list.split(',')) {
		const m = /^\s*(.+?)\s+(\d+(?:\.\d+)?)%\s*$/.exec(item);
		if (m) {
			const partner = normalisePartner(m[1] as string);
			shares.push({ partner, pct: Number(m[2]) });
			listed.push(partner);
		} else if (item.trim() !== '') {
			listed.push(normalisePartner(item));
		}
	}
	return {
		year: Number(yearMatch[1]),
		estimate: yearMatch[2] !== undefined,
		basis: /top five/i.test(text) ? 'top five (mirror data)' : 'reported',
		shares,
		listed
	};
}

const SCALE: Record<string, number> = { million: 1e-3, billion: 1, trillion: 1e3 };

/**
 * Parse an Exports/Imports field into the totals it states for named years, e.g.
 * "$24.49 billion (2010 est.) country comparison to the world: 66 $21.34 billion (2009 est.)".
 * Values without a year in the text are skipped (never guessed), and so are the early editions'
 * partial figures "to outside of the FSU countries", which are not totals.
 */
export function parseTotals(text: string): TotalValue[] {
	const out: TotalValue[] = [];
	const re =
		/\$(\d[\d,]*(?:\.\d+)?)\s*(million|billion|trillion)([^$]*?)\((?:[^()$]*?,\s*)?(\d{4})( est\.)?\)/g;
	for (const m of text.matchAll(re)) {
		const between = m[3] ?? '';
		if (/outside/i.test(between)) continue;
		const value = Number((m[1] as string).replace(/,/g, '')) * (SCALE[m[2] as string] as number);
		out.push({
			year: Number(m[4]),
			usdBn: Number(value.toFixed(6)),
			estimate: m[5] !== undefined
		});
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
