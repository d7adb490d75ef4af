/** research timeline.csv → data/timeline.csv with one category vocabulary shared by every chart. */
import { confidenceOf } from './sources';
import { normaliseSourceIds, readResearchCsv, writeCsv } from './lib';

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
		return {
			date: r.date,
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
		['date', 'event', 'category', 'kind', 'source_id', 'confidence', 'date_note'] as const,
		rows
	);
}
