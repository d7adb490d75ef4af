/** research timeline.csv → data/timeline.csv with one category vocabulary shared by every chart. */
import { confidenceOf } from './sources';
import { normaliseSourceIds, precisionOf, readResearchCsv, writeCsv } from './lib';

export const CATEGORY: Record<string, string> = {
	'integration treaty': 'integration',
	'energy dispute': 'energy',
	energy: 'energy',
	'energy diversification': 'energy',
	'trade dispute': 'trade',
	economic: 'trade',
	military: 'military',
	political: 'political'
};

export function build(outDir: string): void {
	const rows = readResearchCsv('timeline.csv').map((r) => {
		const category = CATEGORY[r.category ?? ''];
		if (!category) throw new Error(`timeline.csv: unknown category "${r.category}"`);
		// The research notes grade each date ("day", "month (…)"): the ISO form must agree.
		const precision = /^(day|month|year)\b/.exec(r.date_precision ?? '')?.[1];
		if (precision !== precisionOf(r.date))
			throw new Error(
				`timeline.csv: ${r.date} is written to the ${precisionOf(r.date)} but graded "${r.date_precision}"`
			);
		return {
			date: r.date,
			date_precision: precision,
			event: r.event,
			category,
			kind: r.category,
			source_id: normaliseSourceIds(r.source_id ?? ''),
			confidence: confidenceOf(r.confidence ?? ''),
			date_note: (r.date_precision ?? '').startsWith('month (') ? 'day not verified' : ''
		};
	});
	writeCsv(
		outDir,
		'timeline',
		[
			'date',
			'date_precision',
			'event',
			'category',
			'kind',
			'source_id',
			'confidence',
			'date_note'
		] as const,
		rows
	);
}
