/** data/raw/cia_factbook_…tsv → data/factbook_trade.csv (per data year, latest edition wins). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFactbookTrade, parseFactbookTsv } from '../../src/lib/data/factbook';
import { RAW_DIR, writeCsv } from './lib';

export const FACTBOOK_RAW = 'cia_factbook_belarus_russia_trade_fields_1992_2025.tsv';

export function build(outDir: string): void {
	const rows = extractFactbookTrade(
		parseFactbookTsv(readFileSync(join(RAW_DIR, FACTBOOK_RAW), 'utf8'))
	);
	writeCsv(
		outDir,
		'factbook_trade',
		[
			'year',
			'reporter',
			'flow',
			'measure',
			'partner',
			'value',
			'unit',
			'estimate',
			'basis',
			'coverage',
			'edition',
			'source_id'
		] as const,
		rows
	);
}
