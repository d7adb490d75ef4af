/**
 * relations-timeline: what happened between Belarus and Russia since 1991, and of what kind?
 * One lane per category; a hollow marker where only the month is known.
 */
import type { TimelineRecord } from '$lib/data/datasets';
import type { PartialDate } from '$lib/data/schema';
import { fractionalYear, partialDate } from '../format';
import { compactYears } from '../sources';

export const CATEGORIES = ['integration', 'energy', 'trade', 'military', 'political'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABEL: Record<Category, string> = {
	integration: 'Integration',
	energy: 'Energy',
	trade: 'Trade & finance',
	military: 'Military',
	political: 'Political'
};

export interface TimelineEvent {
	key: string;
	t: number;
	/** The date as recorded, with its precision. */
	at: PartialDate;
	date: string;
	dayKnown: boolean;
	category: Category;
	event: string;
	sourceIds: readonly string[];
	confidence: TimelineRecord['confidence'];
	dateNote: string | null;
}

export function prepareRelations(rows: readonly TimelineRecord[]) {
	const events: TimelineEvent[] = rows
		.map((r, i) => ({
			key: `ev-${i}`,
			t: fractionalYear(r.date),
			at: r.date,
			date: partialDate(r.date),
			dayKnown: r.date.precision === 'day',
			category: r.category,
			event: r.event,
			sourceIds: r.source_id,
			confidence: r.confidence,
			dateNote: r.date_note
		}))
		.sort((a, b) => a.t - b.t);
	const first = Math.floor(Math.min(...events.map((e) => e.t)));
	const last = Math.floor(Math.max(...events.map((e) => e.t)));
	const counts = Object.fromEntries(
		CATEGORIES.map((c) => [c, events.filter((e) => e.category === c).length])
	) as Record<Category, number>;
	const ids = new Set<string>();
	for (const e of events) e.sourceIds.forEach((i) => ids.add(i));
	// Years with an energy dispute or an integration treaty, read from the rows (research kinds).
	const yearsOf = (kind: string) =>
		compactYears([
			...new Set(rows.filter((r) => r.kind === kind).map((r) => Number(r.date.iso.slice(0, 4))))
		]);
	const summary = `Energy disputes in ${yearsOf('energy dispute')}; integration treaties in ${yearsOf('integration treaty')}.`;
	return {
		events,
		years: [first, last] as [number, number],
		counts,
		summary,
		sourceIds: [...ids]
	};
}
