/** research trade_shares.csv (value rows) → data/trade_values.csv: trade in USD bn and who reported it. */
import { confidenceOf } from './sources';
import { normaliseSourceIds, readResearchCsv, writeCsv } from './lib';

export function reportedBy(basis: string): 'Russia' | 'Belarus' | 'third party' {
	if (/Russian|Kremlin/i.test(basis)) return 'Russia';
	if (/Belstat|Belarus|Belarusian|BY official|Lukashenko/i.test(basis)) return 'Belarus';
	return 'third party';
}

export function build(outDir: string): void {
	const rows = readResearchCsv('trade_shares.csv')
		.filter((r) => r.metric === 'bilateral_value' || r.metric === 'total_value')
		.map((r) => ({
			year: r.year,
			period: r.period,
			reporter: r.reporter,
			partner: r.partner,
			flow: r.flow,
			value_usd_bn: r.value,
			reported_by: reportedBy(r.basis ?? ''),
			basis: r.basis,
			source_id: normaliseSourceIds(r.source_id ?? ''),
			confidence: confidenceOf(r.confidence ?? '')
		}));
	writeCsv(
		outDir,
		'trade_values',
		[
			'year',
			'period',
			'reporter',
			'partner',
			'flow',
			'value_usd_bn',
			'reported_by',
			'basis',
			'source_id',
			'confidence'
		] as const,
		rows
	);
}
