/** data/raw/factbook-world/ → data/world_totals.csv. */
import { totalRows } from '../../src/lib/data/world';
import { worldInput } from './world-input';
import { writeCsv } from './lib';

export function build(outDir: string): number {
	const rows = totalRows(worldInput().totals);
	writeCsv(
		outDir,
		'world_totals',
		[
			'reporter',
			'year',
			'flow',
			'value_usd_bn',
			'coverage',
			'estimate',
			'fiscal',
			'edition',
			'flag',
			'source_id'
		] as const,
		rows
	);
	return rows.length;
}
