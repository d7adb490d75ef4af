/**
 * oil-cargo-timeline: when did the alternative cargoes arrive, how big were they, and how much had
 * arrived by each date? One mark per cargo (sized by tonnes) in a lane per origin, Russian crude
 * shipped by traders in a lane of its own, and the cumulative tonnes of confirmed non-Russian arrivals.
 */
import type { OilRecord } from '$lib/data/datasets';
import type { PartialDate } from '$lib/data/schema';
import { fractionalYear, fractionalYearEnd, partialDate } from '../format';
import { ALT_ORIGINS } from '$lib/data/oil';

export const LANES = [...ALT_ORIGINS, 'Russia'] as const;
export type Lane = (typeof LANES)[number];
export const LANE_LABEL: Record<Lane, string> = {
	Norway: 'Norway',
	Azerbaijan: 'Azerbaijan',
	'Saudi Arabia': 'Saudi Arabia',
	'United States': 'United States',
	Russia: 'Russian crude by sea'
};
/** Lane names on a phone. */
export const LANE_SHORT: Record<Lane, string> = {
	...LANE_LABEL,
	'United States': 'US',
	Russia: 'Russia (sea)'
};

export interface Cargo {
	key: string;
	lane: Lane;
	/** Fractional year of arrival (the middle of the month when only the month is known). */
	t: number;
	/** Arrival as recorded: a date (or the first of a range) and the end of a range. */
	from: PartialDate;
	to: PartialDate | null;
	/** For month-only or ranged dates, the span the arrival falls in. */
	span: [number, number] | null;
	when: string;
	tonnes: number;
	confirmed: boolean;
	vessel: string | null;
	grade: string | null;
	port: string | null;
	refinery: string | null;
	route: string | null;
	sourceIds: readonly string[];
	confidence: OilRecord['confidence'];
	detail: string;
}

export function prepareCargoes(rows: readonly OilRecord[]) {
	const cargoes: Cargo[] = rows
		.filter((r) => r.kind === 'cargo' && r.volume_t !== null)
		.map((r, i) => {
			const day = r.date_start.precision === 'day' && r.date_end === null;
			const start = fractionalYear({
				iso: r.date_start.precision === 'month' ? `${r.date_start.iso}-01` : r.date_start.iso,
				precision: 'day'
			});
			const end = fractionalYearEnd(r.date_end ?? r.date_start);
			const lane = (LANES as readonly string[]).includes(r.origin) ? (r.origin as Lane) : 'Russia';
			return {
				key: `cargo-${i}`,
				lane,
				t: day ? fractionalYear(r.date_start) : (start + end) / 2,
				from: r.date_start,
				to: r.date_end,
				span: day ? null : ([start, end] as [number, number]),
				when:
					(r.date_end
						? `${partialDate(r.date_start)} – ${partialDate(r.date_end)}`
						: partialDate(r.date_start)) + (r.date_note ? ` (${r.date_note})` : ''),
				tonnes: r.volume_t ?? 0,
				confirmed: r.status === 'confirmed',
				vessel: r.vessel,
				grade: r.crude_grade,
				port: r.port,
				refinery: r.refinery,
				route: r.onward_route,
				sourceIds: r.source_id,
				confidence: r.confidence,
				detail: r.origin_as_stated
			};
		})
		.sort((a, b) => a.t - b.t);
	// Cumulative confirmed non-Russian arrivals, stepping up at each arrival.
	let total = 0;
	const cumulative = cargoes
		.filter((c) => c.confirmed && c.lane !== 'Russia')
		.map((c) => {
			total += c.tonnes;
			return { t: c.t, tonnes: total, key: c.key };
		});
	const ids = new Set<string>();
	for (const c of cargoes) c.sourceIds.forEach((s) => ids.add(s));
	return { cargoes, cumulative, total, sourceIds: [...ids] };
}
