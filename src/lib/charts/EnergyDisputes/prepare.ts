/**
 * energy-disputes: when did Russia cut or threaten supplies, for how long, over what? One row per
 * dispute, grouped by commodity, each phase a range on a time axis. A date known only to the month
 * covers that month and is drawn as uncertain; an end the sources do not give is drawn open.
 */
import type { DisputeRecord } from '$lib/data/datasets';
import { fractionalYear, fractionalYearEnd, partialDate } from '../format';
import { disputeLabel } from '../events/events';

export const COMMODITIES = ['gas', 'oil', 'gas and oil', 'trade'] as const;
export type Commodity = (typeof COMMODITIES)[number];
export const COMMODITY_LABEL: Record<Commodity, string> = {
	gas: 'Gas',
	oil: 'Oil',
	'gas and oil': 'Gas and oil',
	trade: 'Trade'
};

export interface Phase {
	key: string;
	start: number;
	/** null: the end is not known. */
	end: number | null;
	/** True when the start or end is known only to the month. */
	approximate: boolean;
	when: string;
	event: string;
	keyFigures: string | null;
	note: string | null;
	sourceIds: readonly string[];
}

export interface DisputeRow {
	id: string;
	label: string;
	commodity: Commodity;
	phases: Phase[];
}

export function describeDates(r: DisputeRecord): string {
	const s = partialDate(r.start_date);
	if (r.end_date === null) return `from ${s}; end not known`;
	const e = partialDate(r.end_date);
	return s === e ? s : `${s} – ${e}`;
}

export function prepareDisputes(rows: readonly DisputeRecord[]) {
	const byId = new Map<string, DisputeRow>();
	rows.forEach((r, i) => {
		const row = byId.get(r.dispute_id) ?? {
			id: r.dispute_id,
			label: disputeLabel(r.dispute_id),
			commodity: r.commodity,
			phases: []
		};
		const approximate =
			r.start_date.precision !== 'day' || (r.end_date !== null && r.end_date.precision !== 'day');
		row.phases.push({
			key: `${r.dispute_id}-${i}`,
			// a month-only start covers its whole month, so the range begins on the 1st
			start:
				r.start_date.precision === 'day'
					? fractionalYear(r.start_date)
					: fractionalYear({ iso: `${r.start_date.iso}-01`.slice(0, 10), precision: 'day' }),
			end: r.end_date === null ? null : fractionalYearEnd(r.end_date),
			approximate,
			when: describeDates(r),
			event: r.event,
			keyFigures: r.key_figures,
			note: r.note,
			sourceIds: r.source_id
		});
		byId.set(r.dispute_id, row);
	});
	const disputes = [...byId.values()].sort(
		(a, b) =>
			COMMODITIES.indexOf(a.commodity) - COMMODITIES.indexOf(b.commodity) ||
			(a.phases[0]?.start ?? 0) - (b.phases[0]?.start ?? 0)
	);
	const starts = disputes.flatMap((d) => d.phases.map((p) => p.start));
	const ends = disputes.flatMap((d) => d.phases.map((p) => p.end ?? p.start));
	const ids = new Set<string>();
	for (const d of disputes) for (const p of d.phases) p.sourceIds.forEach((s) => ids.add(s));
	return {
		disputes,
		years: [Math.floor(Math.min(...starts)), Math.floor(Math.max(...ends))] as [number, number],
		sourceIds: [...ids]
	};
}
