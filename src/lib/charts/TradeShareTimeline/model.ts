/**
 * trade-share-timeline model: every mark drawn (a yearly Factbook or derived share, or a stated
 * figure kept apart from the lines), with the table and tooltip columns, notes and description.
 * Pure, so it is tested without a browser.
 */
import type { ChartModel } from '$lib/kit/model';
import type { LabelSpec } from '$lib/kit/labels';
import { belowVerified, ENCODING_NOTES } from '$lib/kit/honesty';
import { pct, pctAsRecorded } from '../format';
import {
	SERIES,
	SERIES_LABEL,
	kindLabel,
	prepareTimeline,
	statementText,
	type LinePoint,
	type Series,
	type StatementMark,
	type TimelineData,
	type TimelineInput
} from './prepare';

/** One mark: a point of a line, or a stated figure (never part of a line). */
export type ShareRow =
	| { kind: 'line'; key: string; series: Series; year: number; point: LinePoint }
	| { kind: 'statement'; key: string; series: Series; year: number; statement: StatementMark };

export interface SharesModel extends ChartModel<ShareRow> {
	data: TimelineData;
}

export const rowValue = (r: ShareRow): number =>
	r.kind === 'line' ? r.point.value : r.statement.value;

/** A share as the row gives it: derived turnover to one decimal, recorded shares as recorded. */
export function shareText(r: ShareRow): string {
	if (r.kind === 'statement') return statementText(r.statement);
	return r.series === 'turnover' ? pct(r.point.value, 1) : pctAsRecorded(r.point.value);
}

/** Below "verified": stated figures carry their own grade; Factbook rows have none in the data. */
export const isUnverified = (r: ShareRow): boolean =>
	r.kind === 'statement' && belowVerified(r.statement.confidence);

const seriesName = (s: Series) => SERIES_LABEL[s].replace(' (derived)', '');

function basisOf(r: ShareRow): string {
	if (r.kind === 'statement') return `${kindLabel(r.statement)}: ${r.statement.basis}`;
	if (r.series !== 'turnover') return 'CIA World Factbook (goods)';
	return r.point.coverage === 'mixed'
		? 'derived from Factbook shares (goods) and totals (goods and services)'
		: 'derived from Factbook shares and totals (goods)';
}

export const MARKER_NOTE =
	'Outlined diamonds are shares stated by officials or other sources, drawn apart from the Factbook lines; a hollow one covers part of a year only, a caret above one means “more than”, and the star is the source article’s claim. Gaps are years with no figure in the Factbook.';

export function sharesModel(
	input: TimelineInput,
	series: readonly Series[],
	sourceLabel: (ids: readonly string[]) => string
): SharesModel {
	const data = prepareTimeline(input, series);
	const order = (s: Series) => SERIES.indexOf(s);
	const rows: ShareRow[] = [
		...data.lines.flatMap((l) =>
			l.points.map((p): ShareRow => ({
				kind: 'line',
				key: `${l.series}-${p.year}`,
				series: l.series,
				year: p.year,
				point: p
			}))
		),
		...data.statements.map((s): ShareRow => ({
			kind: 'statement',
			key: s.key,
			series: s.series,
			year: s.year,
			statement: s
		}))
	].sort(
		(a, b) =>
			a.year - b.year ||
			(a.kind === b.kind ? 0 : a.kind === 'line' ? -1 : 1) ||
			order(a.series) - order(b.series)
	);

	const parts = data.lines
		.filter((l) => l.points.length > 0)
		.map((l) => {
			const a = l.points[0] as LinePoint;
			const b = l.points[l.points.length - 1] as LinePoint;
			return `${SERIES_LABEL[l.series]}: ${pct(a.value, 1)} in ${a.year}, ${pct(b.value, 1)} in ${b.year}`;
		});
	const description = `Russia's share of Belarus's trade, ${data.years[0]}–${data.years[1]}. ${parts.join('; ')}. ${data.statements.length} stated figures are marked separately. Years without data are left as gaps.`;

	return {
		data,
		rows,
		key: (r) => r.key,
		columns: [
			{ key: 'year', label: 'Year', value: (r) => r.year },
			{
				key: 'series',
				label: 'Series',
				value: (r) =>
					r.kind === 'line'
						? SERIES_LABEL[r.series]
						: `${seriesName(r.series)} — ${kindLabel(r.statement)}${r.statement.partialYear ? ` (${r.statement.period})` : ''}`
			},
			{
				key: 'value',
				label: 'Russia’s share',
				unit: '%',
				value: rowValue,
				format: (_v, r) => shareText(r)
			},
			{
				key: 'qualifier',
				label: 'Qualifier',
				value: (r) => (r.kind === 'statement' ? r.statement.qualifier : null),
				tableOnly: true
			},
			{ key: 'basis', label: 'Basis', value: basisOf },
			{
				key: 'source',
				label: 'Source',
				value: (r) => sourceLabel(r.kind === 'line' ? r.point.sourceIds : r.statement.sourceIds)
			},
			{
				key: 'confidence',
				label: 'Confidence',
				value: (r) => (r.kind === 'statement' ? r.statement.confidence : null)
			}
		],
		sourceIds: data.sourceIds,
		notes: [
			...data.notes,
			'Turnover (derived) = (export share × exports + import share × imports) / (exports + imports), with Belarus’s Factbook totals.',
			MARKER_NOTE,
			...(rows.some(isUnverified) ? [ENCODING_NOTES.unverified] : [])
		],
		description
	};
}

/**
 * Direct labels at each line's last value, for the margin right of the plot: the full name where
 * it fits, the name without "(derived)" on a phone. Turnover ranks first, as the line the page
 * talks about.
 */
export function endLabelItems(
	lines: TimelineData['lines'],
	at: (p: LinePoint) => { x: number; y: number },
	colour: Record<Series, string>
): LabelSpec[] {
	return lines
		.filter((l) => l.points.length > 0)
		.map((l) => {
			const last = at(l.points[l.points.length - 1] as LinePoint);
			return {
				key: `end-${l.series}`,
				x: last.x,
				y: last.y,
				text: SERIES_LABEL[l.series],
				short: seriesName(l.series),
				bold: true,
				priority: l.series === 'turnover' ? 3 : 2,
				tone: colour[l.series]
			};
		});
}
