/**
 * trade-values model: every figure drawn (each side's reported value and the value implied by the
 * Factbook), its table and tooltip columns, notes and description, and the label of each gap
 * between the two sides. Pure, so it is tested without a browser.
 */
import type { FactbookRecord, TradeValueRecord } from '$lib/data/datasets';
import type { ChartModel } from '$lib/kit/model';
import type { Box, LabelSpec } from '$lib/kit/labels';
import { belowVerified, ENCODING_NOTES } from '$lib/kit/honesty';
import { usdBn, usdBnAsRecorded } from '../format';
import {
	FLOW_TITLE,
	VALUE_SERIES_LABEL,
	prepareValues,
	valuesNotes,
	type Gap,
	type ValueFlow,
	type ValuePoint,
	type ValuesData
} from './prepare';

export interface ValuesModel extends ChartModel<ValuePoint> {
	data: ValuesData;
}

/** A computed value in USD bn: two decimals under $10 bn, one above. */
export const valueText = (v: number): string => usdBn(v, v < 10 ? 2 : 1);

/** A point as shown: a reported figure as its source gives it ("over $46.5 bn", "$54 bn"). */
export const pointText = (p: Pick<ValuePoint, 'value' | 'qualifier' | 'recorded'>): string =>
	p.recorded ? usdBnAsRecorded(p.value, p.qualifier ?? null) : valueText(p.value);

/** Reported figures carry their own grade; one below "verified" is drawn with a dotted outline. */
export const isUnverified = (p: ValuePoint): boolean =>
	p.confidence !== null && belowVerified(p.confidence);

/** The gap between the two sides; "under" where the lower figure is itself "more than". */
const gapAmount = (g: Gap): string =>
	`${g.low.qualifier === 'more than' ? 'under ' : ''}${usdBnAsRecorded(Number(g.difference.toFixed(2)))}`;
export const gapText = (g: Gap): string => `gap ${gapAmount(g)}`;

export function valuesModel(
	values: readonly TradeValueRecord[],
	factbook: readonly FactbookRecord[],
	flow: ValueFlow,
	sourceLabel: (ids: readonly string[]) => string
): ValuesModel {
	const data = prepareValues(values, factbook, flow);
	const kinds = new Set(data.points.map((p) => p.series)).size;
	const description =
		`${FLOW_TITLE[flow]}, ${data.years[0]}–${data.years[1]}, in US dollars. ${data.points.length} figures from ${kinds} kinds of source.` +
		data.gaps
			.map(
				(g) =>
					` In ${g.year} Belarusian figures give ${pointText(g.low.series === 'belarus' ? g.low : g.high)} and Russian ones ${pointText(g.low.series === 'russia' ? g.low : g.high)}, a gap of ${gapAmount(g)}.`
			)
			.join('');
	return {
		data,
		rows: data.points,
		key: (p) => p.key,
		columns: [
			{ key: 'year', label: 'Year', value: (p) => p.year },
			{ key: 'series', label: 'Series', value: (p) => VALUE_SERIES_LABEL[p.series] },
			{
				key: 'value',
				label: 'Value',
				unit: 'USD bn',
				value: (p) => p.value,
				format: (_, p) => pointText(p)
			},
			{ key: 'basis', label: 'Basis', value: (p) => p.basis },
			{ key: 'source', label: 'Source', value: (p) => sourceLabel(p.sourceIds) },
			{ key: 'confidence', label: 'Confidence', value: (p) => p.confidence }
		],
		sourceIds: data.sourceIds,
		notes: [
			...valuesNotes(data),
			'Belarusian and Russian figures come from each side’s statistics or officials; the two sides count the same trade differently (valuation, timing, re-exports), so their figures need not match.',
			'Quarterly figures (2020 Q1) are left out of this yearly chart; they are in the trade_values dataset.',
			...(data.points.some(isUnverified) ? [ENCODING_NOTES.unverified] : [])
		],
		description
	};
}

/**
 * The label of each gap, left of the middle of its line, moved up or down off the markers (passed
 * to `Labels` as obstacles), shortened to the amount where the full text finds no room.
 */
export function gapLabelItems(
	gaps: readonly Gap[],
	at: (year: number, value: number) => { x: number; y: number }
): LabelSpec[] {
	return gaps.map((g) => {
		const lo = at(g.year, g.low.value);
		const hi = at(g.year, g.high.value);
		return {
			key: `gap-${g.year}`,
			x: lo.x - 8,
			y: (lo.y + hi.y) / 2,
			text: gapText(g),
			short: usdBn(g.difference),
			anchor: 'end' as const,
			bold: true,
			priority: 5,
			tone: 'var(--c-statement)'
		};
	});
}

/** The gap lines as boxes, for labels to keep off. */
export function gapLineBoxes(
	gaps: readonly Gap[],
	at: (year: number, value: number) => { x: number; y: number }
): Box[] {
	return gaps.map((g) => {
		const lo = at(g.year, g.low.value);
		const hi = at(g.year, g.high.value);
		return { x0: lo.x - 2, y0: Math.min(lo.y, hi.y), x1: lo.x + 2, y1: Math.max(lo.y, hi.y) };
	});
}
