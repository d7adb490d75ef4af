/**
 * The 2020 oil figures derived from oil_imports_2020.csv: documented cargoes by origin, Russian
 * volumes, the non-Russian share and a supplier concentration index. Each derivation says what it
 * covers, because the documented cargoes are not a full-year breakdown by origin.
 */
import type { OilRecord } from './datasets';
import { hhi } from './derive';

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
	/** HHI over the documented non-Russian cargoes of the whole year, by origin. */
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
