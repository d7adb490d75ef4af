/**
 * curated/figures.csv → data/stated_figures.csv: numbers the story quotes that belong to no series
 * (a subsidy estimate, an exercise's announced size, a treaty's term), each as its source states it,
 * with the qualifier it gives ("about", "up to") and the passage read.
 */
import { confidenceOf } from './sources';
import { normaliseSourceIds, writeCsv } from './lib';
import { readCurated } from './timeline';

const COLUMNS = [
	'id',
	'topic',
	'period',
	'value',
	'value_high',
	'unit',
	'qualifier',
	'what',
	'source_id',
	'confidence',
	'note'
] as const;

export function build(outDir: string): void {
	const seen = new Set<string>();
	const rows = readCurated('figures.csv').map((r) => {
		const where = `curated/figures.csv ${r.id}`;
		if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.id ?? '')) throw new Error(`${where}: bad id`);
		if (seen.has(r.id as string)) throw new Error(`${where}: id used twice`);
		seen.add(r.id as string);
		if (!r.note?.trim()) throw new Error(`${where}: no passage quoted in its note`);
		return {
			id: r.id ?? '',
			topic: r.topic ?? '',
			period: r.period ?? '',
			value: r.value ?? '',
			value_high: r.value_high ?? '',
			unit: r.unit ?? '',
			qualifier: r.qualifier ?? '',
			what: r.what ?? '',
			source_id: normaliseSourceIds(r.source_id ?? ''),
			confidence: confidenceOf(r.confidence ?? ''),
			note: r.note ?? ''
		};
	});
	writeCsv(outDir, 'stated_figures', COLUMNS, rows);
}
