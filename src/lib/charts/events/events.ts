/**
 * The event layer's events: every energy dispute (its phases merged into one range) and the
 * integration treaties of the timeline. Shared by every time chart, so the same event has the same
 * id, dates and label everywhere.
 */
import type { DisputeRecord, TimelineRecord } from '$lib/data/datasets';
import { fractionalYear, fractionalYearEnd, fractionalYearStart, partialDate } from '../format';

export interface AtlasEvent {
	id: string;
	kind: 'dispute' | 'treaty';
	label: string;
	/** Fractional years. */
	start: number;
	/** null: the end is not known (drawn open, never invented). */
	end: number | null;
	when: string;
	sourceIds: string[];
}

const DISPUTE_LABELS: Record<string, string> = {
	'2002_gas': 'Gas supplies halved (2002)',
	'2004_gas': 'Gas cut-off (2004)',
	'2006_07_gas': 'Gas price row (2006)',
	'2007_oil': 'Oil transit row (2007)',
	'2007_gas_debt': 'Gas debt ultimatum (2007)',
	'2009_milk': '“Milk war” (2009)',
	'2010_oil': 'Oil duty dispute (2010)',
	'2010_gas': 'Gas cut over debt (2010)',
	'2011_beltransgaz': 'Beltransgaz sold to Gazprom (2011)',
	'2013_potash_oil': 'Potash row, oil cut (2013)',
	'2016_17_gas_oil': 'Gas and oil dispute (2016–17)',
	'2019_dirty_oil': 'Contaminated Druzhba oil (2019)',
	'2020_oil': 'Russian oil halted (2020)',
	'2020_gas': 'Gas contract row (2020)'
};

/** Shorter names, for a label that must fit beside its bar on a phone (the full name is in the tooltip). */
const DISPUTE_SHORT: Record<string, string> = {
	'2011_beltransgaz': 'Beltransgaz sale'
};

/** A dispute's name without its year, as short as a phone's label needs it. */
export function disputeShortLabel(id: string): string {
	return DISPUTE_SHORT[id] ?? disputeLabel(id).replace(/ \([^)]*\)$/, '');
}

export function disputeLabel(id: string): string {
	return DISPUTE_LABELS[id] ?? id.replace(/_/g, ' ');
}

export function buildEvents(
	disputes: readonly DisputeRecord[],
	timeline: readonly TimelineRecord[]
): AtlasEvent[] {
	const byId = new Map<string, DisputeRecord[]>();
	// a deal filed under a dispute (the contract the article dates to June 2004) is not a phase of
	// it: it never stretches the dispute's span; a deal with an id of its own is drawn as itself
	const ids = new Set(disputes.filter((d) => d.kind !== 'deal').map((d) => d.dispute_id));
	for (const d of disputes)
		if (d.kind !== 'deal' || !ids.has(d.dispute_id))
			byId.set(d.dispute_id, [...(byId.get(d.dispute_id) ?? []), d]);
	const events: AtlasEvent[] = [];
	for (const [id, rows] of byId) {
		const first = rows.reduce((a, b) =>
			fractionalYearStart(b.start_date) < fractionalYearStart(a.start_date) ? b : a
		);
		// The dispute ends at the latest known end of its phases; with no end known at all, it is open.
		const known = rows.map((r) => r.end_date).filter((e): e is NonNullable<typeof e> => e !== null);
		const end = known.length === 0 ? null : Math.max(...known.map(fractionalYearEnd));
		const lastEnd =
			known.length > 0
				? known.reduce((a, b) => (fractionalYearEnd(b) > fractionalYearEnd(a) ? b : a))
				: null;
		events.push({
			id,
			kind: 'dispute',
			label: disputeLabel(id),
			// A range covers its whole first month when only the month is known.
			start: fractionalYearStart(first.start_date),
			end,
			when:
				end === null
					? `from ${partialDate(first.start_date)}, end not known`
					: lastEnd && lastEnd.iso !== first.start_date.iso
						? `${partialDate(first.start_date)} – ${partialDate(lastEnd)}`
						: partialDate(first.start_date),
			sourceIds: [...new Set(rows.flatMap((r) => r.source_id))]
		});
	}
	for (const t of timeline) {
		// treaties and agreements only: proposals and talks about integration are not on the layer
		if (t.kind !== 'integration treaty') continue;
		events.push({
			id: `treaty-${t.date.iso}`,
			kind: 'treaty',
			label: t.event,
			start: fractionalYear(t.date),
			end: null,
			when: partialDate(t.date),
			sourceIds: [...t.source_id]
		});
	}
	return events.sort((a, b) => a.start - b.start);
}
