/** The world lists and totals → data/world_pair_turnover.csv (derived; see pairTurnover). */
import { pairTurnover } from '../../src/lib/data/world';
import { worldInput } from './world-input';
import { writeCsv } from './lib';

export function build(outDir: string): number {
	const { lists, totals, aliases } = worldInput();
	const rows = pairTurnover(lists, totals, aliases);
	writeCsv(
		outDir,
		'world_pair_turnover',
		[
			'reporter',
			'partner',
			'year',
			'turnover_share_pct',
			'bound',
			'export_share_pct',
			'export_bound',
			'import_share_pct',
			'import_bound',
			'exports_usd_bn',
			'imports_usd_bn',
			'coverage',
			'year_basis',
			'bound_conflict',
			'computation',
			'source_id'
		] as const,
		rows
	);
	return rows.length;
}
