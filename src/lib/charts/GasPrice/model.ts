/**
 * gas-price model: the rows drawn (one step per price and period), their table and tooltip
 * columns, notes and description. Pure, so it is tested without a browser.
 */
import type { GasPriceRecord } from '$lib/data/datasets';
import { provenanceColumns, type ChartModel } from '$lib/kit/model';
import { GAS_SERIES_LABEL, prepareGas, type Step } from './prepare';

export const usd = (n: number) => `$${n} per 1000 m³`;

export interface GasModel extends ChartModel<Step> {
	data: ReturnType<typeof prepareGas>;
}

/** Offers and forecasts are not prices that were paid: they are drawn as markers, not steps. */
export const isMarked = (s: Step) => s.series === 'offer' || s.series === 'forecast';

export function gasModel(
	rows: readonly GasPriceRecord[],
	sourceLabel: (ids: readonly string[]) => string
): GasModel {
	const data = prepareGas(rows);
	const contract = data.steps.filter((s) => s.series === 'contract');
	const paid = data.steps
		.filter((s) => s.series === 'paid')
		.map((p) => ({ p, c: contract.find((c) => c.year === p.year) }))
		.filter((x): x is { p: Step; c: Step } => x.c !== undefined)
		.map(
			({ p, c }) => `In ${p.year} Belarus paid $${p.price} against a contract price of $${c.price}.`
		)
		.join(' ');
	const first = contract[0];
	const last = contract[contract.length - 1];
	const peak = contract.reduce<Step | undefined>(
		(a, b) => (!a || b.price > a.price ? b : a),
		undefined
	);
	const description =
		first && last && peak
			? `Price of Russian gas for Belarus, ${data.years[0]}–${data.years[1]}: the contract price went from ${usd(first.price)} in ${first.year} to ${usd(last.price)} in ${last.year}, peaking at ${usd(peak.price)} (${peak.period}, ${peak.year}).${paid ? ` ${paid}` : ''}`
			: 'Price of Russian gas for Belarus.';
	return {
		data,
		rows: data.steps,
		key: (s) => s.key,
		columns: [
			{ key: 'period', label: 'Period', value: (s) => `${s.year}, ${s.period}` },
			{ key: 'series', label: 'Series', value: (s) => GAS_SERIES_LABEL[s.series] },
			{
				key: 'price',
				label: 'Price',
				unit: 'USD per 1000 m³',
				value: (s) => s.price,
				format: (v) => usd(v)
			},
			{ key: 'basis', label: 'As the source puts it', value: (s) => s.priceType },
			{
				key: 'end',
				label: 'End of period',
				value: (s) => (s.end === null ? 'not given by the source' : 'as given'),
				tableOnly: true
			},
			...provenanceColumns(sourceLabel)
		],
		sourceIds: data.sourceIds,
		notes: [
			'Each step spans the months a price applied to, as the source gives them; years with no figure are left empty.',
			...(paid
				? [
						`${paid} The unpaid difference became the debt settled in April 2017 (see the disputes above).`
					]
				: []),
			'Offers (hollow circles) and forecasts (hollow diamonds) are not prices that were paid. An arrow means the source leaves the end of the period open.'
		],
		description
	};
}
