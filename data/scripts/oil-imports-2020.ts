/**
 * research oil_imports_2020.csv → data/oil_imports_2020.csv. The research rows mix cargoes, rail
 * batches, Russian monthly volumes, annual totals and proposals, with dates written as prose
 * ("2020-04 (mid-April, expected)"). This script gives each row a kind, a start and end date, a
 * status (confirmed or expected) and normalised origin, port and refinery names, keeping the
 * original wording in the notes. Crude of Russian origin stays Russian whoever sold it.
 */
import { confidenceOf } from './sources';
import {
	applyCorrections,
	normaliseSourceIds,
	precisionOf,
	readResearchCsv,
	writeCsv
} from './lib';
import { CORRECTIONS } from './corrections';

type RawRow = Record<string, string>;

/**
 * A change to one research row, made here so data/raw stays as received. `row` picks exactly one
 * raw row; every field in `changes` must still hold `from`, or the script throws (the raw input has
 * changed and the correction must be looked at again).
 */
export interface OilCorrection {
	row: Record<string, string>;
	changes: Record<string, { from: string; to: string }>;
	sourceId: string;
	why: string;
}

/** A row the research pack lacks, stated by a source in sources.csv. */
export interface OilAddition {
	row: RawRow;
	/** Insert after the raw row matching this. */
	after: Record<string, string>;
	sourceId: string;
	why: string;
}

export const OIL_CORRECTIONS: readonly OilCorrection[] = [
	{
		row: { date: '2020-04-11 (expected)', origin_country: 'Azerbaijan', volume_t: '85000' },
		changes: {
			date: {
				from: '2020-04-11 (expected)',
				to: '2020-04 (arrived in April; announced for 11 April)'
			},
			event: { from: 'tanker expected at Yuzhny', to: 'tanker arrived Yuzhny' }
		},
		sourceId: 'TODAYAZ_195006',
		why: 'The research row marks the 85,000 t SOCAR cargo as expected, but its own source (Today.az, 30 June 2020) reports it delivered: three batches in March and "one batch of 85,000 tons in April". The source gives the month, not the day, so the arrival is April at month precision; 11 April was the date announced beforehand (ALTA_2020).'
	}
];

export const OIL_ADDITIONS: readonly OilAddition[] = [
	{
		after: { date: '2020-04', event: 'monthly total', origin_country: 'Russia' },
		row: {
			date: '2020-04',
			event: 'refinery intake (all origins)',
			origin_country: 'all origins',
			volume_t: '2000000',
			volume_note:
				'"around 2 million tonnes" received for processing in April, of which 1.56 mn t from Russia',
			source_id: 'URDU_200429',
			confidence: 'verified (source text)',
			note: "the refineries' April intake of every origin; with the Russian April row it gives the non-Russian share of April"
		},
		sourceId: 'URDU_200429',
		why: 'The research pack keeps the April intake of about 2 million tonnes only as a note on the Russian April row; a row of its own lets the April non-Russian share be computed from data.'
	},
	{
		after: { date: '2020 (year)', event: 'annual SOCAR total' },
		row: {
			date: '2020 (year)',
			event: 'annual SOCAR total, Azerbaijani oil only',
			origin_country: 'Azerbaijan (SOCAR, Azerbaijani-origin oil)',
			volume_t: '720000',
			volume_note: '"about 720,000 tons of Azerbaijani oil" within SOCAR\'s ~1 mn t for 2020',
			onward_route: 'Odesa-Brody',
			refinery: 'Mozyr',
			source_id: 'AZN_210213',
			confidence: 'verified (source text)',
			note: 'the Azerbaijani-origin part of the SOCAR total; the rest was crude of other origins'
		},
		sourceId: 'AZN_210213',
		why: "SOCAR's figure for Azerbaijani-origin oil (about 720,000 t) is in the research pack only inside the note of its 1 million t row; a row of its own sets it beside the documented Azerbaijani cargoes."
	}
];

/** The share of refined crude a source states in words, as a number, with the words kept in the notes. */
export const OIL_STATED_SHARES: readonly {
	row: Record<string, string>;
	quote: string;
	sharePct: number;
	sourceId: string;
	why: string;
}[] = [
	{
		row: { date: '2020-01/05', event: 'cumulative Jan-May' },
		quote: 'every fifth tonne',
		sharePct: 20,
		sourceId: 'TASS_200602',
		why: '"Considering refining, every fifth tonne was from alternative suppliers" (January–May 2020): one tonne in five, 20%.'
	}
];

const matches = (r: RawRow, m: Record<string, string>) =>
	Object.entries(m).every(([k, v]) => (r[k] ?? '') === v);

function only(rows: readonly RawRow[], m: Record<string, string>, what: string): RawRow {
	const hits = rows.filter((r) => matches(r, m));
	if (hits.length !== 1)
		throw new Error(
			`oil_imports_2020.csv: ${what} ${JSON.stringify(m)} matches ${hits.length} raw rows, not 1`
		);
	return hits[0] as RawRow;
}

/** The research rows with every correction and addition applied; throws if the raw input moved. */
export function correctedRows(raw: readonly RawRow[]): RawRow[] {
	const rows = raw.map((r) => ({ ...r }));
	for (const c of OIL_CORRECTIONS) {
		const r = only(rows, c.row, 'correction row');
		for (const [k, { from, to }] of Object.entries(c.changes)) {
			if ((r[k] ?? '') !== from)
				throw new Error(
					`oil_imports_2020.csv: correction expects ${k} = "${from}", found "${r[k] ?? ''}"`
				);
			r[k] = to;
		}
	}
	for (const a of OIL_ADDITIONS) {
		if (rows.some((r) => matches(r, { date: a.row.date ?? '', event: a.row.event ?? '' })))
			throw new Error(
				`oil_imports_2020.csv: the research pack now has "${a.row.event}"; drop the addition`
			);
		const anchor = only(rows, a.after, 'addition anchor');
		rows.splice(rows.indexOf(anchor) + 1, 0, { ...a.row });
	}
	for (const s of OIL_STATED_SHARES) {
		const r = only(rows, s.row, 'stated share row');
		if (!(r.volume_note ?? '').includes(s.quote))
			throw new Error(`oil_imports_2020.csv: stated share row no longer quotes "${s.quote}"`);
		r.share_pct = String(s.sharePct);
	}
	return rows;
}

export type OilKind =
	| 'cargo'
	| 'departure'
	| 'rail batch'
	| 'russian monthly'
	| 'russian quarterly'
	| 'russian annual'
	| 'supplier annual'
	| 'cumulative'
	| 'refinery intake'
	| 'target'
	| 'proposal';

/** "2020-03 (expected 3-4 Mar)" → start, end, note. */
export function parseOilDate(raw: string): { start: string; end: string; note: string } {
	const t = raw.trim();
	const paren = /^(.*?)\s*\((.*)\)\s*$/.exec(t);
	const body = (paren ? paren[1] : t)!.trim();
	const note = paren ? (paren[2] as string).trim() : '';
	let m = /^(\d{4})-Q([1-4])$/.exec(body);
	if (m) {
		const q = Number(m[2]);
		const pad = (n: number) => String(n).padStart(2, '0');
		return { start: `${m[1]}-${pad(q * 3 - 2)}`, end: `${m[1]}-${pad(q * 3)}`, note };
	}
	m = /^(\d{4}-\d{2})\/(\d{2})$/.exec(body);
	if (m) return { start: m[1] as string, end: `${(m[1] as string).slice(0, 5)}${m[2]}`, note };
	m = /^(\d{4}-\d{2})-(\d{2})\/(\d{2})$/.exec(body);
	if (m) return { start: `${m[1]}-${m[2]}`, end: `${m[1]}-${m[3]}`, note };
	m = /^(\d{4}(?:-\d{2})?)\s*\/\s*(\d{4}(?:-\d{2})?)$/.exec(body);
	if (m) return { start: m[1] as string, end: m[2] as string, note };
	if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(body)) return { start: body, end: '', note };
	throw new Error(`oil_imports_2020.csv: cannot read the date "${raw}"`);
}

export function oilKind(event: string, origin: string): OilKind {
	const e = event.toLowerCase();
	if (e.includes('proposal')) return 'proposal';
	if (e.includes('target')) return 'target';
	if (e.includes('cumulative')) return 'cumulative';
	if (e.includes('refinery intake')) return 'refinery intake';
	if (e.includes('quarterly')) return 'russian quarterly';
	if (e.includes('annual') && origin.startsWith('Russia')) return 'russian annual';
	if (e.includes('annual')) return 'supplier annual';
	if (e.includes('monthly')) return 'russian monthly';
	if (e.includes('rail batch') || e.includes('train')) return 'rail batch';
	if (e.includes('sent')) return 'departure';
	if (e.includes('tanker') || e.includes('cargo')) return 'cargo';
	throw new Error(`oil_imports_2020.csv: cannot classify "${event}"`);
}

/** Country of origin of the crude itself. */
export function originOf(raw: string): string {
	if (raw.startsWith('Russia')) return 'Russia';
	if (raw.startsWith('Azerbaijan')) return 'Azerbaijan';
	if (raw.includes('proposed')) return 'Saudi Arabia / United States';
	if (raw.startsWith('alternative')) return 'non-Russian suppliers';
	if (raw === 'all origins') return 'all origins';
	return raw;
}

export function portOf(raw: string): string {
	if (/Klaipeda/i.test(raw)) return 'Klaipėda';
	if (/Odesa|Yuzhny/i.test(raw)) return 'Odesa/Yuzhny';
	if (/Gdansk/i.test(raw)) return 'Gdańsk';
	return '';
}

export function refineryOf(raw: string): string {
	if (/Naftan/i.test(raw)) return 'Naftan';
	if (/Mozyr/i.test(raw)) return 'Mozyr';
	return '';
}

/**
 * confirmed: reported as having happened; expected: announced or scheduled, arrival not confirmed
 * in the source; planned: a supply plan; proposed: an offer or route never used in 2020; stated: a
 * declared aim.
 */
export function oilStatus(
	date: string,
	event: string,
	confidence: string,
	kind: OilKind
): 'confirmed' | 'expected' | 'planned' | 'proposed' | 'stated' {
	if (kind === 'proposal') return 'proposed';
	if (kind === 'target') return 'stated';
	if (/plan/i.test(event)) return 'planned';
	if (/expected/i.test(`${date} ${event}`) || /announced/i.test(confidence)) return 'expected';
	return 'confirmed';
}

export function build(outDir: string): void {
	const raw = applyCorrections(
		'oil_imports_2020.csv',
		readResearchCsv('oil_imports_2020.csv'),
		CORRECTIONS
	);
	const rows = correctedRows(raw).map((r) => {
		const d = parseOilDate(r.date ?? '');
		const kind = oilKind(r.event ?? '', r.origin_country ?? '');
		const status = oilStatus(r.date ?? '', r.event ?? '', r.confidence ?? '', kind);
		return {
			date_start: d.start,
			date_start_precision: precisionOf(d.start),
			date_end: d.end,
			date_end_precision: precisionOf(d.end),
			date_note: d.note,
			kind,
			status,
			event: r.event,
			origin: originOf(r.origin_country ?? ''),
			origin_as_stated: r.origin_country,
			crude_grade: r.crude_grade,
			volume_t: r.volume_t,
			volume_note: r.volume_note,
			vessel: r.vessel,
			load_port: r.load_port,
			port: portOf(r.discharge_port ?? ''),
			onward_route: r.onward_route,
			refinery: refineryOf(r.refinery ?? ''),
			source_id: normaliseSourceIds(r.source_id ?? ''),
			confidence: confidenceOf(r.confidence ?? ''),
			note: r.note,
			share_pct: r.share_pct
		};
	});
	writeCsv(
		outDir,
		'oil_imports_2020',
		[
			'date_start',
			'date_start_precision',
			'date_end',
			'date_end_precision',
			'date_note',
			'kind',
			'status',
			'event',
			'origin',
			'origin_as_stated',
			'crude_grade',
			'volume_t',
			'volume_note',
			'vessel',
			'load_port',
			'port',
			'onward_route',
			'refinery',
			'source_id',
			'confidence',
			'note',
			'share_pct'
		] as const,
		rows
	);
}
