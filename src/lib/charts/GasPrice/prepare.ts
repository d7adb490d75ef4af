/**
 * gas-price: what did Belarus pay for Russian gas, period by period, and how did the disputes line
 * up with the price steps? Each price is a step over the months it applies to; the contract price
 * and what Belarus actually paid are separate series; offers and forecasts are marked as such.
 */
import type { GasPriceRecord } from '$lib/data/datasets';
import { fractionalYear, fractionalYearEnd } from '../format';

export const GAS_SERIES = ['contract', 'paid', 'average', 'stated', 'offer', 'forecast'] as const;
export type GasSeries = (typeof GAS_SERIES)[number];
export const GAS_SERIES_LABEL: Record<GasSeries, string> = {
	contract: 'Contract price',
	paid: 'Actually paid by Belarus',
	average: 'Annual average',
	stated: 'Price stated by an official',
	offer: 'Offer during a dispute',
	forecast: 'Forecast, not a paid price'
};

export interface Step {
	key: string;
	series: GasSeries;
	start: number;
	/** null when the source leaves the period open. */
	end: number | null;
	price: number;
	period: string;
	year: number;
	priceType: string;
	note: string | null;
	confidence: GasPriceRecord['confidence'];
	sourceIds: readonly string[];
}

export function prepareGas(rows: readonly GasPriceRecord[]) {
	const steps: Step[] = rows
		.map((r, i) => ({
			key: `gas-${i}`,
			series: r.series,
			start: fractionalYear({ iso: `${r.period_start.iso}-01`.slice(0, 10), precision: 'day' }),
			end: r.period_end === null ? null : fractionalYearEnd(r.period_end),
			price: r.price_usd_per_1000m3,
			period: r.period,
			year: r.year,
			priceType: r.price_type,
			note: r.note,
			confidence: r.confidence,
			sourceIds: r.source_id
		}))
		.sort((a, b) => a.start - b.start || a.price - b.price);
	/** Vertical joins between contract steps that follow one another without a gap. */
	const contract = steps.filter((s) => s.series === 'contract');
	const joins: { x: number; from: number; to: number }[] = [];
	for (let i = 1; i < contract.length; i++) {
		const a = contract[i - 1] as Step;
		const b = contract[i] as Step;
		if (a.end !== null && Math.abs(a.end - b.start) < 0.01)
			joins.push({ x: b.start, from: a.price, to: b.price });
	}
	const ids = new Set<string>();
	for (const s of steps) s.sourceIds.forEach((i) => ids.add(i));
	return {
		steps,
		joins,
		years: [
			Math.floor(Math.min(...steps.map((s) => s.start))),
			Math.floor(Math.max(...steps.map((s) => s.end ?? s.start)) - 0.001)
		] as [number, number],
		max: Math.max(...steps.map((s) => s.price)),
		series: GAS_SERIES.filter((g) => steps.some((s) => s.series === g)),
		sourceIds: [...ids]
	};
}
