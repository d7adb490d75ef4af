/**
 * relations-timeline model: one row per dated event (date at its precision, kind, event, source,
 * grade), drawn as a marker in the row of its kind. Pure.
 */
import type { TimelineRecord } from '$lib/data/datasets';
import { provenanceColumns, type ChartModel } from '$lib/kit/model';
import { belowVerified, ENCODING_NOTES } from '$lib/kit/honesty';
import { fractionalYearEnd, fractionalYearStart } from '../format';
import {
	CATEGORIES,
	CATEGORY_LABEL,
	prepareRelations,
	type Category,
	type TimelineEvent
} from './prepare';

export interface RelationsModel extends ChartModel<TimelineEvent> {
	years: [number, number];
	/** The stretch of time a marker stands for: a day, or the month a month-only date is in. */
	span: (e: TimelineEvent) => { t0: number; t1: number };
}

export function relationsModel(
	rows: readonly TimelineRecord[],
	sourceLabel: (ids: readonly string[]) => string,
	focus: Category | 'all' = 'all'
): RelationsModel {
	const data = prepareRelations(rows);
	const unverified = data.events.some((e) => belowVerified(e.confidence));
	const monthOnly = data.events.some((e) => !e.dayKnown);
	const focused = focus === 'all' ? [] : data.events.filter((e) => e.category === focus);
	const first = focused[0];
	const last = focused[focused.length - 1];
	// the highlighted kind, said in words: the description is the chart's text alternative
	const highlight =
		first && last
			? ` Highlighted: the ${focused.length} ${CATEGORY_LABEL[focus as Category].toLowerCase()} events, from ${first.event} (${first.date}) to ${last.event} (${last.date}).`
			: '';
	return {
		rows: data.events,
		key: (e) => e.key,
		years: data.years,
		span: (e) =>
			e.dayKnown
				? { t0: e.t, t1: e.t }
				: { t0: fractionalYearStart(e.at), t1: fractionalYearEnd(e.at) },
		columns: [
			{ key: 'date', label: 'Date', value: (e) => e.date },
			{ key: 'category', label: 'Kind', value: (e) => CATEGORY_LABEL[e.category] },
			{ key: 'event', label: 'Event', value: (e) => e.event },
			{ key: 'dateNote', label: 'Date note', value: (e) => e.dateNote, tableOnly: true },
			...provenanceColumns(sourceLabel)
		],
		sourceIds: data.sourceIds,
		notes: [
			...(monthOnly
				? [
						`Hollow markers: only the month is known; ${ENCODING_NOTES.month.charAt(0).toLowerCase()}${ENCODING_NOTES.month.slice(1)}`
					]
				: []),
			...(unverified ? [ENCODING_NOTES.unverified] : []),
			'Events close in time are stacked within their row, so none hides another. Hover, tap or use the arrow keys for each event and its source.'
		],
		description:
			`${data.events.length} dated events from ${data.years[0]} to ${data.years[1]}: ` +
			CATEGORIES.map((c) => `${data.counts[c]} ${CATEGORY_LABEL[c].toLowerCase()}`).join(', ') +
			`. ${data.summary}` +
			highlight
	};
}
