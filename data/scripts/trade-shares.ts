/**
 * research trade_shares.csv → data/trade_shares.csv: shares of trade stated by officials, national
 * statistics, secondary sources and the article itself. Factbook rows are left out here because
 * data/factbook_trade.csv extracts them from the raw Factbook text.
 */
import { confidenceOf } from './sources';
import { normaliseSourceIds, readResearchCsv, writeCsv } from './lib';

export type ShareKind = 'official' | 'secondary' | 'article claim';

export function shareKind(basis: string, sourceId: string): ShareKind {
	if (sourceId === 'ARTICLE_CLAIM') return 'article claim';
	if (/Belstat|MFA|Ministry|Customs|FCS|Kremlin|ambassador|Deputy PM|FM |statement/i.test(basis))
		return 'official';
	return 'secondary';
}

export function build(outDir: string): void {
	const rows = readResearchCsv('trade_shares.csv')
		.filter(
			(r) => r.metric === 'share_of_reporter_trade' && !(r.source_id ?? '').startsWith('CIAFB_')
		)
		.map((r) => {
			const raw = (r.value ?? '').trim();
			const greater = raw.startsWith('>');
			const approx = /approx/i.test(r.unit ?? '') || /"/.test(r.unit ?? '');
			return {
				year: r.year,
				period: (r.period ?? '').replace(' (est.)', ''),
				reporter: r.reporter,
				partner: r.partner,
				flow: r.flow,
				value_pct: greater ? raw.slice(1) : raw,
				qualifier: greater ? 'more than' : approx ? 'about' : '',
				kind: shareKind(r.basis ?? '', r.source_id ?? ''),
				basis: r.basis,
				source_id: normaliseSourceIds(r.source_id ?? ''),
				confidence: r.source_id === 'ARTICLE_CLAIM' ? 'not found' : confidenceOf(r.confidence ?? '')
			};
		});
	writeCsv(
		outDir,
		'trade_shares',
		[
			'year',
			'period',
			'reporter',
			'partner',
			'flow',
			'value_pct',
			'qualifier',
			'kind',
			'basis',
			'source_id',
			'confidence'
		] as const,
		rows
	);
}
