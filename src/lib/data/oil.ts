/**
 * The 2020 oil figures derived from oil_imports_2020.csv: documented cargoes by origin, Russian
 * volumes, the non-Russian share and a supplier concentration index. Each derivation says what it
 * covers, because the documented cargoes are not a full-year breakdown by origin.
 */
import type { OilRecord } from './datasets';
import type { PartialDate } from './schema';
import { hhi } from './derive';
import { pct, tonnesLong, tonnesShort } from '$lib/charts/format';

export const ALT_ORIGINS = ['Norway', 'Azerbaijan', 'Saudi Arabia', 'United States'] as const;
export type AltOrigin = (typeof ALT_ORIGINS)[number];

/** Cargoes that reached (or were expected at) a port, of any origin. */
export function cargoes(rows: readonly OilRecord[]): OilRecord[] {
	return rows.filter((r) => r.kind === 'cargo' && r.volume_t !== null);
}

/** Non-Russian cargoes: the diversification. Russian crude sold by traders stays Russian. */
export function altCargoes(rows: readonly OilRecord[]): OilRecord[] {
	return cargoes(rows).filter((r) => r.origin !== 'Russia');
}

export interface OriginTotal {
	origin: string;
	confirmedT: number;
	expectedT: number;
	confirmedCargoes: number;
	expectedCargoes: number;
	sourceIds: string[];
}

export function totalsByOrigin(rows: readonly OilRecord[]): OriginTotal[] {
	const out = new Map<string, OriginTotal>();
	for (const r of altCargoes(rows)) {
		const t = out.get(r.origin) ?? {
			origin: r.origin,
			confirmedT: 0,
			expectedT: 0,
			confirmedCargoes: 0,
			expectedCargoes: 0,
			sourceIds: []
		};
		if (r.status === 'confirmed') {
			t.confirmedT += r.volume_t ?? 0;
			t.confirmedCargoes++;
		} else {
			t.expectedT += r.volume_t ?? 0;
			t.expectedCargoes++;
		}
		t.sourceIds = [...new Set([...t.sourceIds, ...r.source_id])];
		out.set(r.origin, t);
	}
	return ALT_ORIGINS.map((o) => out.get(o)).filter((t): t is OriginTotal => t !== undefined);
}

/** Russian supplies reported as delivered (not plans), by period. */
export function russianDelivered(rows: readonly OilRecord[]): OilRecord[] {
	return rows.filter(
		(r) =>
			r.origin === 'Russia' &&
			(r.kind === 'russian monthly' || r.kind === 'russian quarterly') &&
			r.status === 'confirmed'
	);
}

export interface Concentration {
	/** The window both Russian volumes and cargoes are documented for. */
	window: string;
	russianT: number;
	altT: number;
	altSharePct: number;
	/** HHI over the suppliers of the window, Russia included. */
	hhiAll: number;
	/** HHI over the documented (confirmed) non-Russian cargoes of the whole year, by origin. */
	hhiAlt: number;
	altByOrigin: { origin: string; tonnes: number; sharePct: number }[];
	formula: string;
	sourceIds: string[];
}

/**
 * Jan–Apr 2020 is the only stretch where both Russian deliveries (Q1 and April) and non-Russian
 * arrivals are reported, so the non-Russian share is computed over it: confirmed non-Russian
 * cargo tonnes arriving Jan–Apr over those plus Russia's reported Q1 + April deliveries.
 */
export function concentration(rows: readonly OilRecord[]): Concentration {
	const ru = russianDelivered(rows).filter(
		(r) => r.date_start.iso >= '2020-01' && r.date_start.iso <= '2020-04'
	);
	const russianT = ru.reduce((a, r) => a + (r.volume_t ?? 0), 0);
	const alt = altCargoes(rows).filter((r) => r.status === 'confirmed');
	const altWindow = alt.filter((r) => r.date_start.iso < '2020-05');
	const altT = altWindow.reduce((a, r) => a + (r.volume_t ?? 0), 0);
	const byOriginWindow = new Map<string, number>();
	for (const r of altWindow)
		byOriginWindow.set(r.origin, (byOriginWindow.get(r.origin) ?? 0) + (r.volume_t ?? 0));
	const total = russianT + altT;
	const sharesAll = [russianT, ...byOriginWindow.values()].map((t) => (t / total) * 100);
	const altYear = totalsByOrigin(rows);
	const altYearT = altYear.reduce((a, t) => a + t.confirmedT, 0);
	const altByOrigin = altYear.map((t) => ({
		origin: t.origin,
		tonnes: t.confirmedT,
		sharePct: (t.confirmedT / altYearT) * 100
	}));
	const ids = new Set<string>();
	for (const r of [...ru, ...alt]) r.source_id.forEach((i) => ids.add(i));
	return {
		window: 'January–April 2020',
		russianT,
		altT,
		altSharePct: (altT / total) * 100,
		hhiAll: hhi(sharesAll),
		hhiAlt: hhi(altByOrigin.map((o) => o.sharePct)),
		altByOrigin,
		formula: `non-Russian share = non-Russian tonnes / (Russian + non-Russian tonnes); HHI = Σ (supplier share in %)²`,
		sourceIds: [...ids]
	};
}

/** Announced non-Russian cargoes whose arrival no source confirms. */
export function unconfirmedAltCargoes(rows: readonly OilRecord[]): OilRecord[] {
	return altCargoes(rows).filter((r) => r.status !== 'confirmed');
}

const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const monthName = (d: PartialDate) => MONTH_NAMES[Number(d.iso.slice(5, 7)) - 1] ?? '';

/** "April 2020", "January–May 2020" from a row's dates. */
export function periodOf(start: PartialDate, end: PartialDate | null): string {
	const year = start.iso.slice(0, 4);
	if (start.precision === 'year') return year;
	return end ? `${monthName(start)}–${monthName(end)} ${year}` : `${monthName(start)} ${year}`;
}

/** SOCAR's own 2020 figures beside the Azerbaijani cargoes the sources name. */
export interface SocarComparison {
	/** SOCAR's stated 2020 deliveries, every origin (it sold Russian Urals too). */
	allT: number;
	/** SOCAR's stated 2020 deliveries of Azerbaijani oil. */
	azerbaijaniT: number;
	documentedConfirmedT: number;
	documentedExpectedT: number;
	sourceIds: string[];
}

export function socarComparison(rows: readonly OilRecord[]): SocarComparison {
	const annual = rows.filter((r) => r.kind === 'supplier annual' && r.volume_t !== null);
	const az = annual.find((r) => /Azerbaijani oil only/.test(r.event));
	const all = annual.find((r) => r !== az);
	if (!az || !all) throw new Error('oil_imports_2020.csv: SOCAR’s annual rows are missing');
	const t = totalsByOrigin(rows).find((o) => o.origin === 'Azerbaijan');
	return {
		allT: all.volume_t ?? 0,
		azerbaijaniT: az.volume_t ?? 0,
		documentedConfirmedT: t?.confirmedT ?? 0,
		documentedExpectedT: t?.expectedT ?? 0,
		sourceIds: [...new Set([...all.source_id, ...az.source_id, ...(t?.sourceIds ?? [])])]
	};
}

/** One estimate of how much of the crude was not Russian, with what it rests on. */
export interface ShareEstimate {
	id: 'documented-cargoes' | 'refinery-intake' | 'stated';
	sharePct: number;
	/** The share as shown: never more digits than its inputs. */
	text: string;
	period: string;
	basis: string;
	formula: string;
	sourceIds: string[];
	/** Where the share is an upper bound: the least the named cargoes alone give. */
	floor?: { pct: number; text: string };
}

/**
 * The non-Russian share three ways, side by side: the named cargoes over January–April (a floor:
 * only what the sources name), the April refinery intake less Russia's April deliveries, and the
 * share an official stated for January–May.
 */
export function nonRussianShares(rows: readonly OilRecord[]): ShareEstimate[] {
	const c = concentration(rows);
	const out: ShareEstimate[] = [
		{
			id: 'documented-cargoes',
			sharePct: c.altSharePct,
			text: pct(c.altSharePct, 1),
			period: c.window,
			basis: 'named non-Russian cargoes over those cargoes plus Russia’s reported deliveries',
			formula: `${tonnesShort(c.altT)} / (${tonnesShort(c.russianT)} + ${tonnesShort(c.altT)})`,
			sourceIds: c.sourceIds
		}
	];
	const intake = rows.find((r) => r.kind === 'refinery intake' && r.volume_t !== null);
	const ru = intake
		? russianDelivered(rows).find(
				(r) => r.kind === 'russian monthly' && r.date_start.iso === intake.date_start.iso
			)
		: undefined;
	if (intake && ru && intake.volume_t !== null && ru.volume_t !== null) {
		const share = ((intake.volume_t - ru.volume_t) / intake.volume_t) * 100;
		// the floor: the non-Russian cargoes the sources name as arriving that month
		const month = intake.date_start.iso;
		const named = altCargoes(rows).filter(
			(r) => r.status === 'confirmed' && r.date_start.iso === month && r.volume_t !== null
		);
		const namedT = named.reduce((a, r) => a + (r.volume_t ?? 0), 0);
		const floor = (namedT / intake.volume_t) * 100;
		out.push({
			id: 'refinery-intake',
			sharePct: share,
			// an upper bound: Russian crude that came by other routes and changes in stocks sit in
			// the remainder; the intake is "around 2 million tonnes", so a whole percent is all it supports
			text: `at most about ${pct(share, 0)}`,
			period: periodOf(intake.date_start, intake.date_end),
			basis: `an upper bound: refinery intake of every origin less Russia’s pipeline deliveries (Russian crude by other routes and changes in stocks sit in the remainder); the cargoes named for the month give at least about ${pct(floor, 0)}`,
			formula: `(${tonnesShort(intake.volume_t)} − ${tonnesShort(ru.volume_t)}) / ${tonnesShort(intake.volume_t)}; floor: ${tonnesShort(namedT)} / ${tonnesShort(intake.volume_t)}`,
			sourceIds: [
				...new Set([...intake.source_id, ...ru.source_id, ...named.flatMap((r) => r.source_id)])
			],
			floor: { pct: floor, text: `about ${pct(floor, 0)}` }
		});
	}
	for (const r of rows.filter((x) => x.share_pct !== null)) {
		out.push({
			id: 'stated',
			sharePct: r.share_pct ?? 0,
			text: pct(r.share_pct ?? 0, 0),
			period: periodOf(r.date_start, r.date_end),
			basis: 'share of refined crude from other suppliers, as an official put it',
			formula: r.volume_note ?? '',
			sourceIds: [...r.source_id]
		});
	}
	return out;
}

/** Supplier concentration index shown to three significant figures, the precision of the tonnages. */
export function hhiText(v: number): string {
	return Number(v.toPrecision(3)).toLocaleString('en-GB');
}

/**
 * Named figures the narrative quotes as {{oilfig:name}}, each computed from rows with its sources.
 */
export function oilFigures(
	rows: readonly OilRecord[]
): Record<string, { text: string; sourceIds: readonly string[] }> {
	const c = concentration(rows);
	const socar = socarComparison(rows);
	const shares = nonRussianShares(rows);
	const unconfirmed = unconfirmedAltCargoes(rows);
	const alt = altCargoes(rows).filter((r) => r.status === 'confirmed');
	const out: Record<string, { text: string; sourceIds: readonly string[] }> = {
		'alt-confirmed-total': {
			text: tonnesLong(alt.reduce((a, r) => a + (r.volume_t ?? 0), 0)),
			sourceIds: [...new Set(alt.flatMap((r) => r.source_id))]
		},
		'alt-confirmed-count': {
			text: String(alt.length),
			sourceIds: [...new Set(alt.flatMap((r) => r.source_id))]
		},
		'unconfirmed-count': {
			text: String(unconfirmed.length),
			sourceIds: [...new Set(unconfirmed.flatMap((r) => r.source_id))]
		},
		'hhi-window': { text: hhiText(c.hhiAll), sourceIds: c.sourceIds },
		'hhi-alt': { text: hhiText(c.hhiAlt), sourceIds: c.sourceIds },
		'socar-azerbaijani': { text: tonnesLong(socar.azerbaijaniT), sourceIds: socar.sourceIds },
		'socar-all': { text: tonnesLong(socar.allT), sourceIds: socar.sourceIds },
		'documented-azerbaijani': {
			text: tonnesLong(socar.documentedConfirmedT),
			sourceIds: socar.sourceIds
		}
	};
	for (const s of shares) {
		out[`share-${s.id}`] = { text: s.text, sourceIds: s.sourceIds };
		if (s.floor) out[`share-${s.id}-floor`] = { text: s.floor.text, sourceIds: s.sourceIds };
	}
	return out;
}
