/**
 * energy-disputes model: one row per phase of a dispute (its dates at their precision, how long it
 * lasted as far as the dates tell, what happened, source and grade), and one drawn item per
 * dispute in the row of its commodity, labelled with its name and length. Pure.
 */
import type { DisputeRecord } from '$lib/data/datasets';
import type { PartialDate } from '$lib/data/schema';
import { provenanceColumns, type ChartModel } from '$lib/kit/model';
import { spanLength } from '$lib/kit/duration';
import { belowVerified, ENCODING_NOTES } from '$lib/kit/honesty';
import { disputeLabel, disputeShortLabel } from '../events/events';
import {
	COMMODITIES,
	COMMODITY_LABEL,
	describeDates,
	KIND_LABEL,
	prepareDisputes,
	type Commodity
} from './prepare';

export interface PhaseRow {
	key: string;
	dispute: string;
	/** "Gas cut-off (2004)". */
	label: string;
	kind: DisputeRecord['kind'];
	commodity: Commodity;
	start: PartialDate;
	end: PartialDate | null;
	when: string;
	/** "2 days", "up to a month"; null when the sources give no end. */
	length: string | null;
	event: string;
	keyFigures: string | null;
	note: string | null;
	confidence: DisputeRecord['confidence'];
	sourceIds: readonly string[];
}

export interface DisputeItem {
	id: string;
	commodity: Commodity;
	kind: DisputeRecord['kind'];
	phases: PhaseRow[];
	/** Label beside the dispute: its name and the length of each phase. */
	text: string;
	/**
	 * The name alone, for when name and lengths do not fit beside the bar (a phone): the lengths stay
	 * in the tooltip and the table, while lengths without a name would say nothing of which dispute.
	 */
	short: string;
}

export interface DisputesModel extends ChartModel<PhaseRow> {
	years: [number, number];
	commodities: Commodity[];
	disputes: DisputeItem[];
}

const NO_END = 'no end given';

/** "Gas cut-off (2004)" → "Gas cut-off": the axis gives the year. */
export const withoutYear = (label: string) => label.replace(/ \([^)]*\)$/, '');

export function disputesModel(
	rows: readonly DisputeRecord[],
	sourceLabel: (ids: readonly string[]) => string
): DisputesModel {
	const data = prepareDisputes(rows);
	const phases: PhaseRow[] = rows.map((r, i) => ({
		key: `${r.dispute_id}-${i}`,
		dispute: r.dispute_id,
		label: disputeLabel(r.dispute_id),
		kind: r.kind,
		commodity: r.commodity,
		start: r.start_date,
		end: r.end_date,
		when: describeDates(r),
		length: spanLength(r.start_date, r.end_date),
		event: r.event,
		keyFigures: r.key_figures,
		note: r.note,
		confidence: r.confidence,
		sourceIds: r.source_id
	}));
	const disputes: DisputeItem[] = data.disputes.map((d) => {
		const mine = phases.filter((p) => p.dispute === d.id);
		// a deal filed under a dispute (the contract the article dates to June 2004) is not a phase:
		// it is named as a deal, never given a length
		const lengths =
			d.kind === 'deal'
				? 'a deal'
				: mine.map((p) => (p.kind === 'deal' ? 'then a deal' : (p.length ?? NO_END))).join(', ');
		return {
			id: d.id,
			commodity: d.commodity,
			kind: d.kind,
			phases: mine,
			text: `${withoutYear(d.label)}: ${lengths}`,
			short: disputeShortLabel(d.id)
		};
	});
	const ordered = disputes.flatMap((d) => d.phases);
	const unverified = phases.some((p) => belowVerified(p.confidence));
	return {
		rows: ordered,
		key: (p) => p.key,
		years: data.years,
		commodities: COMMODITIES.filter((c) => disputes.some((d) => d.commodity === c)),
		disputes,
		columns: [
			{ key: 'dispute', label: 'Dispute', value: (p) => p.label },
			{ key: 'when', label: 'When', value: (p) => p.when },
			{
				key: 'length',
				label: 'How long',
				value: (p) => (p.kind === 'deal' ? 'a deal, not a dispute' : (p.length ?? NO_END))
			},
			{
				key: 'kind',
				label: 'Kind',
				value: (p) => `${COMMODITY_LABEL[p.commodity].toLowerCase()}, ${KIND_LABEL[p.kind]}`
			},
			{ key: 'event', label: 'What happened', value: (p) => p.event },
			{ key: 'figures', label: 'Key figures', value: (p) => p.keyFigures },
			{ key: 'note', label: 'Note', value: (p) => p.note, tableOnly: true },
			...provenanceColumns(sourceLabel)
		],
		sourceIds: data.sourceIds,
		notes: [
			'Each bar covers the dates the sources give, labelled with how long it lasted as far as those dates tell; a bar is never drawn narrower than a few pixels, and the table gives the exact dates.',
			`${ENCODING_NOTES.month} ${ENCODING_NOTES.open}`,
			...(unverified ? [ENCODING_NOTES.unverified] : []),
			'The 2009 “milk war” was a trade dispute, not an energy one; it is shown because it was fought the same way. The 2011 Beltransgaz sale was a deal, shown because it ended a price row; neither is counted as an energy dispute, nor is the 2013 oil cut, which rests on a single source graded weak.'
		],
		description: data.description
	};
}
