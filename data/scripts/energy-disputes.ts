/**
 * research energy_disputes.csv → data/energy_disputes.csv: commodity vocabulary normalised, each
 * date with its precision (after the corrections in corrections.ts), and each row a kind from the
 * research notes, so a count of disputes counts disputes, not the deals between them.
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

const COMMODITY: Record<string, string> = {
	gas: 'gas',
	oil: 'oil',
	'gas+oil': 'gas and oil',
	'dairy (trade)': 'trade'
};

/**
 * What the research notes call the row: the dairy row is "not an energy dispute but a key trade
 * dispute"; the 2011 Beltransgaz sale is written up as a "Deal" (and the timeline files it under
 * energy, not energy dispute); everything else is an energy dispute.
 */
export function disputeKind(
	r: Record<string, string>
): 'energy dispute' | 'trade dispute' | 'deal' {
	if (r.commodity === 'dairy (trade)') return 'trade dispute';
	if ((r.event ?? '').startsWith('Deal:')) return 'deal';
	return 'energy dispute';
}

export function build(outDir: string): void {
	const raw = applyCorrections(
		'energy_disputes.csv',
		readResearchCsv('energy_disputes.csv'),
		CORRECTIONS
	);
	const rows = raw.map((r) => {
		const commodity = COMMODITY[r.commodity ?? ''];
		if (!commodity) throw new Error(`energy_disputes.csv: unknown commodity "${r.commodity}"`);
		return {
			dispute_id: r.dispute_id,
			kind: disputeKind(r),
			start_date: r.start_date,
			start_date_precision: precisionOf(r.start_date),
			end_date: r.end_date,
			end_date_precision: precisionOf(r.end_date),
			commodity,
			event: r.event,
			key_figures: r.key_figures,
			date_note: r.date_precision,
			source_id: normaliseSourceIds(r.source_id ?? ''),
			confidence: confidenceOf(r.confidence ?? ''),
			note: r.note
		};
	});
	writeCsv(
		outDir,
		'energy_disputes',
		[
			'dispute_id',
			'kind',
			'start_date',
			'start_date_precision',
			'end_date',
			'end_date_precision',
			'commodity',
			'event',
			'key_figures',
			'date_note',
			'source_id',
			'confidence',
			'note'
		] as const,
		rows
	);
}
