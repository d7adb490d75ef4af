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

export type OilKind =
	| 'cargo'
	| 'departure'
	| 'rail batch'
	| 'russian monthly'
	| 'russian quarterly'
	| 'russian annual'
	| 'supplier annual'
	| 'cumulative'
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
	const rows = raw.map((r) => {
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
			note: r.note
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
			'note'
		] as const,
		rows
	);
}
