/**
 * research partners.csv → data/partners.csv: Belarus's partner figures from sources other than the
 * Factbook (Belstat rankings, EU and EAEU shares, 2021 partner values). Factbook partner shares are
 * extracted from the raw text into data/factbook_trade.csv instead.
 */
import { confidenceOf } from './sources';
import { normaliseSourceIds, readResearchCsv, writeCsv } from './lib';

export function build(outDir: string): void {
	const rows = readResearchCsv('partners.csv')
		.filter((r) => !(r.source_id ?? '').startsWith('CIAFB_'))
		.map((r) => ({
			year: r.year,
			period: r.period,
			reporter: r.reporter,
			flow: r.flow,
			partner: r.partner,
			partner_group: r.partner_group,
			share_pct: r.share_pct,
			value_usd_bn: r.value_usd_bn,
			basis: r.basis,
			source_id: normaliseSourceIds(r.source_id ?? ''),
			confidence: confidenceOf(r.confidence ?? '')
		}));
	writeCsv(
		outDir,
		'partners',
		[
			'year',
			'period',
			'reporter',
			'flow',
			'partner',
			'partner_group',
			'share_pct',
			'value_usd_bn',
			'basis',
			'source_id',
			'confidence'
		] as const,
		rows
	);
}
