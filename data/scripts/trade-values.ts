/** research trade_shares.csv (value rows) → data/trade_values.csv: trade in USD bn and who reported it. */
import { confidenceOf } from './sources';
import { normaliseSourceIds, readResearchCsv, writeCsv } from './lib';

export function reportedBy(basis: string): 'Russia' | 'Belarus' | 'third party' {
	if (/Russian|Kremlin/i.test(basis)) return 'Russia';
	if (/Belstat|Belarus|Belarusian|BY official|Lukashenko/i.test(basis)) return 'Belarus';
	return 'third party';
}

/**
 * Values the research pack keeps without the word the source puts before them: the row (year,
 * who reported it, flow, value as received) and the qualifier, with the source's words. The script
 * stops if a listed row is not in the pack as received.
 */
export const QUALIFIED: readonly {
	year: string;
	reportedBy: string;
	flow: string;
	value: string;
	qualifier: 'more than';
	sourceId: string;
	quote: string;
}[] = [
	{
		year: '2023',
		reportedBy: 'Russia',
		flow: 'total',
		value: '46.5',
		qualifier: 'more than',
		sourceId: 'TASS_240524',
		quote: 'rose by 5.4% in 2023 compared with 2022 to over $46.5 bln'
	}
];

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
			qualifier:
				QUALIFIED.find(
					(q) =>
						q.year === r.year &&
						q.reportedBy === reportedBy(r.basis ?? '') &&
						q.flow === r.flow &&
						q.value === r.value
				)?.qualifier ?? '',
			reported_by: reportedBy(r.basis ?? ''),
			basis: r.basis,
			source_id: normaliseSourceIds(r.source_id ?? ''),
			confidence: confidenceOf(r.confidence ?? '')
		}));
	for (const q of QUALIFIED)
		if (!rows.some((r) => r.year === q.year && r.reported_by === q.reportedBy && r.qualifier))
			throw new Error(
				`trade_values: the qualified row ${q.year} ${q.reportedBy} ${q.flow} ${q.value} is not in the pack`
			);
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
			'qualifier',
			'reported_by',
			'basis',
			'source_id',
			'confidence'
		] as const,
		rows
	);
}
