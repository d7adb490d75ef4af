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
	confidence: DisputeRecord['confidence'];
	sourceIds: readonly string[];
}

export interface DisputeRow {
	id: string;
	label: string;
	kind: DisputeRecord['kind'];
	commodity: Commodity;
	phases: Phase[];
}

/**
 * How many disputes the data hold: dispute ids of kind "energy dispute" whose every row is better
 * than weak. A deal (the 2011 Beltransgaz sale) and the dairy row are not energy disputes; a
 * dispute known only from a weak source is counted apart, never silently.
 */
export function countDisputes(rows: readonly DisputeRecord[]) {
	const ids = (pred: (r: DisputeRecord) => boolean) =>
		[...new Set(rows.filter(pred).map((r) => r.dispute_id))].sort();
	const energy = ids((r) => r.kind === 'energy dispute');
	const weak = new Set(ids((r) => r.kind === 'energy dispute' && r.confidence === 'weak'));
	const counted = energy.filter((id) => !weak.has(id));
	const years = rows
		.filter((r) => counted.includes(r.dispute_id))
		.flatMap((r) => [r.start_date, ...(r.end_date ? [r.end_date] : [])])
		.map((d) => Number(d.iso.slice(0, 4)));
	return {
		count: counted.length,
		counted,
		weak: [...weak],
		years: [Math.min(...years), Math.max(...years)] as [number, number]
	};
}

export const KIND_LABEL: Record<DisputeRecord['kind'], string> = {
	'energy dispute': 'energy dispute',
	'trade dispute': 'trade dispute',
	deal: 'deal, not a dispute'
};

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
			kind: r.kind,
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
			confidence: r.confidence,
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
	const counts = countDisputes(rows);
	const byCommodity = COMMODITIES.map((c) => ({
		c,
		n: disputes.filter((d) => d.commodity === c && counts.counted.includes(d.id)).length
	})).filter((x) => x.n > 0);
	const other = disputes.filter((d) => !counts.counted.includes(d.id));
	const description =
		`${counts.count} energy disputes from ${counts.years[0]} to ${counts.years[1]}: ` +
		byCommodity.map((x) => `${x.n} over ${COMMODITY_LABEL[x.c].toLowerCase()}`).join(', ') +
		'. Also shown: ' +
		other
			.map((d) =>
				counts.weak.includes(d.id)
					? `${d.label}, reported by a single weak source`
					: `${d.label}, a ${KIND_LABEL[d.kind]}`
			)
			.join('; ') +
		'.';
	return {
		disputes,
		counts,
		description,
		years: [Math.floor(Math.min(...starts)), Math.floor(Math.max(...ends))] as [number, number],
		sourceIds: [...ids]
	};
}
