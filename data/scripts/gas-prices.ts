/**
 * research gas_prices.csv → data/gas_prices.csv. Each price gets the period it applies to (start
 * and end month, so the chart can draw steps) and a series: the contract price, what Belarus
 * actually paid, an offer, a forecast, an average, or a price stated by an official. A period the
 * source leaves open ("from mid-2004") keeps an empty end: the chart does not invent one.
 */
import { confidenceOf } from './sources';
import { applyCorrections, normaliseSourceIds, readResearchCsv, writeCsv } from './lib';
import { CORRECTIONS } from './corrections';

export type GasSeries = 'contract' | 'paid' | 'offer' | 'forecast' | 'average' | 'stated';

export function gasSeries(priceType: string): GasSeries {
	const t = priceType.toLowerCase();
	if (t.includes('forecast')) return 'forecast';
	if (t.includes('offer')) return 'offer';
	if (t.includes('actually paid')) return 'paid';
	if (t.startsWith('average')) return 'average';
	if (t.startsWith('contract')) return 'contract';
	return 'stated';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Period wording → first and last month (YYYY-MM); end '' when the source leaves it open. */
export function gasPeriod(year: number, period: string): { start: string; end: string } {
	const p = period.toLowerCase().trim();
	const q = /^q([1-4])$/.exec(p);
	if (q)
		return {
			start: `${year}-${pad(Number(q[1]) * 3 - 2)}`,
			end: `${year}-${pad(Number(q[1]) * 3)}`
		};
	if (p.startsWith('h2')) return { start: `${year}-07`, end: `${year}-12` };
	if (p === 'from mid-2004') return { start: `${year}-07`, end: '' };
	if (p === 'from 1 april') return { start: `${year}-04`, end: `${year}-12` };
	if (p === 'from 1 jan') return { start: `${year}-01`, end: `${year}-06` };
	const month = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}/.exec(p);
	if (month) {
		const m =
			['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
				month[1] as string
			) + 1;
		return { start: `${year}-${pad(m)}`, end: `${year}-${pad(m)}` };
	}
	if (p.startsWith('year') || p.startsWith('annual average') || p === 'input price')
		return { start: `${year}-01`, end: `${year}-12` };
	throw new Error(`gas_prices.csv: cannot read the period "${period}" (${year})`);
}

export function build(outDir: string): void {
	const raw = applyCorrections('gas_prices.csv', readResearchCsv('gas_prices.csv'), CORRECTIONS);
	const rows = raw.map((r) => {
		const year = Number(r.year);
		const period = gasPeriod(year, r.period ?? '');
		return {
			year: r.year,
			period: r.period,
			period_start: period.start,
			period_start_precision: 'month',
			period_end: period.end,
			period_end_precision: period.end === '' ? '' : 'month',
			price_usd_per_1000m3: r.price_usd_per_1000m3,
			series: gasSeries(r.price_type ?? ''),
			price_type: r.price_type,
			source_id: normaliseSourceIds(r.source_id ?? ''),
			confidence: confidenceOf(r.confidence ?? ''),
			note: r.note
		};
	});
	writeCsv(
		outDir,
		'gas_prices',
		[
			'year',
			'period',
			'period_start',
			'period_start_precision',
			'period_end',
			'period_end_precision',
			'price_usd_per_1000m3',
			'series',
			'price_type',
			'source_id',
			'confidence',
			'note'
		] as const,
		rows
	);
}
