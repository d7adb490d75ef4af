/** research gas_prices.csv → data/gas_prices.csv (source ids and confidence normalised). */
import { confidenceOf } from './sources';
import { normaliseSourceIds, readResearchCsv, writeCsv } from './lib';

export function build(outDir: string): void {
	const rows = readResearchCsv('gas_prices.csv').map((r) => ({
		year: r.year,
		period: r.period,
		price_usd_per_1000m3: r.price_usd_per_1000m3,
		price_type: r.price_type,
		source_id: normaliseSourceIds(r.source_id ?? ''),
		confidence: confidenceOf(r.confidence ?? ''),
		note: r.note
	}));
	writeCsv(
		outDir,
		'gas_prices',
		[
			'year',
			'period',
			'price_usd_per_1000m3',
			'price_type',
			'source_id',
			'confidence',
			'note'
		] as const,
		rows
	);
}
