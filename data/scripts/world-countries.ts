/** data/raw/factbook-world/ master and ISO tables → data/world_countries.csv (ids for the world datasets). */
import { worldInput } from './world-input';
import { writeCsv } from './lib';

/** The archive's reference tables (master countries, ISO codes) are one source for the whole table. */
export const WORLD_TABLES_SOURCE = 'CIAFB_ARCHIVE';

export function build(outDir: string): number {
	const { countries, lists, totals } = worldInput();
	const years = new Map<string, [number, number]>();
	for (const r of [...lists, ...totals]) {
		const y = years.get(r.reporter);
		years.set(r.reporter, y ? [Math.min(y[0], r.year), Math.max(y[1], r.year)] : [r.year, r.year]);
	}
	const rows = [...countries]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((c) => ({
			id: c.id,
			name: c.name,
			iso3: c.iso3,
			iso_numeric: c.isoNumeric,
			type: c.type,
			fips: c.fips,
			first_year: years.get(c.id)?.[0],
			last_year: years.get(c.id)?.[1],
			source_id: WORLD_TABLES_SOURCE
		}));
	writeCsv(
		outDir,
		'world_countries',
		[
			'id',
			'name',
			'iso3',
			'iso_numeric',
			'type',
			'fips',
			'first_year',
			'last_year',
			'source_id'
		] as const,
		rows
	);
	return rows.length;
}
