/** research oil_imports_2020.csv → data/oil_imports_2020.csv (source ids and confidence normalised). */
import { confidenceOf } from './sources';
import { normaliseSourceIds, readResearchCsv, writeCsv } from './lib';

const COLUMNS = [
	'date',
	'event',
	'origin_country',
	'crude_grade',
	'volume_t',
	'volume_note',
	'vessel',
	'load_port',
	'discharge_port',
	'onward_route',
	'refinery',
	'source_id',
	'confidence',
	'note'
] as const;

export function build(outDir: string): void {
	const rows = readResearchCsv('oil_imports_2020.csv').map((r) => {
		const out: Record<(typeof COLUMNS)[number], string> = Object.fromEntries(
			COLUMNS.map((c) => [c, r[c] ?? ''])
		) as Record<(typeof COLUMNS)[number], string>;
		out.source_id = normaliseSourceIds(out.source_id);
		out.confidence = confidenceOf(out.confidence);
		return out;
	});
	writeCsv(outDir, 'oil_imports_2020', COLUMNS, rows);
}
