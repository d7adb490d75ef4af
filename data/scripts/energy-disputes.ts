/** research energy_disputes.csv → data/energy_disputes.csv (commodity vocabulary normalised). */
import { confidenceOf } from './sources';
import { normaliseSourceIds, readResearchCsv, writeCsv } from './lib';

const COMMODITY: Record<string, string> = {
	gas: 'gas',
	oil: 'oil',
	'gas+oil': 'gas and oil',
	'dairy (trade)': 'trade'
};

export function build(outDir: string): void {
	const rows = readResearchCsv('energy_disputes.csv').map((r) => {
		const commodity = COMMODITY[r.commodity ?? ''];
		if (!commodity) throw new Error(`energy_disputes.csv: unknown commodity "${r.commodity}"`);
		return {
			dispute_id: r.dispute_id,
			start_date: r.start_date,
			end_date: r.end_date,
			commodity,
			event: r.event,
			key_figures: r.key_figures,
			date_precision: r.date_precision,
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
			'start_date',
			'end_date',
			'commodity',
			'event',
			'key_figures',
			'date_precision',
			'source_id',
			'confidence',
			'note'
		] as const,
		rows
	);
}
