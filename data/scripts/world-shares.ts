/** data/raw/factbook-world/ → data/world_partner_shares.csv, with the partner-name coverage printed. */
import { aliasCoverage, shareRows, unlistedNames } from '../../src/lib/data/world';
import { worldInput } from './world-input';
import { writeCsv } from './lib';

export function build(outDir: string): number {
	const { lists, aliases } = worldInput();
	const missing = unlistedNames(lists, aliases);
	if (missing.length > 0)
		throw new Error(
			`partner_aliases.csv lacks ${missing.length} printed name(s): ${missing.slice(0, 20).join(' | ')}`
		);
	const rows = shareRows(lists, aliases);
	writeCsv(
		outDir,
		'world_partner_shares',
		[
			'reporter',
			'year',
			'flow',
			'partner',
			'partner_name',
			'share_pct',
			'rank',
			'list_basis',
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

/** One line for the build log: how much of the lists the alias table resolves. */
export function coverageLine(): string {
	const { lists, aliases } = worldInput();
	const c = aliasCoverage(lists, aliases);
	const pct = (a: number, b: number) => ((100 * a) / b).toFixed(1);
	return `partner names: ${c.names} distinct, ${c.mappedNames} mapped (${pct(c.mappedNames, c.names)}%); list entries: ${c.entries}, ${c.mappedEntries} mapped (${pct(c.mappedEntries, c.entries)}%: ${c.countryEntries} to countries, ${c.aggregateEntries} to aggregates)`;
}
