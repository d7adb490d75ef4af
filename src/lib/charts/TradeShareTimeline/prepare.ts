/**
 * trade-share-timeline: how big is Russia in Belarus's trade, year by year? Exports and imports as
 * the Factbook gives them, turnover derived from them, and statements by officials drawn as separate
 * markers (never merged into the lines). Missing years stay gaps.
 */
import type { FactbookRecord, TradeShareRecord, TurnoverRecord } from '$lib/data/datasets';
import { pctAsRecorded } from '../format';

export const SERIES = ['exports', 'imports', 'turnover'] as const;
export type Series = (typeof SERIES)[number];

export const SERIES_LABEL: Record<Series, string> = {
	exports: 'Exports',
	imports: 'Imports',
	turnover: 'Turnover (derived)'
};

export interface LinePoint {
	year: number;
	value: number;
	sourceIds: readonly string[];
	estimate: boolean;
}

export interface StatementMark {
	key: string;
	year: number;
	value: number;
	series: Series;
	period: string;
	qualifier: 'about' | 'more than' | null;
	kind: TradeShareRecord['kind'];
	partialYear: boolean;
	basis: string;
	sourceIds: readonly string[];
}

export interface TimelineData {
	years: [number, number];
	lines: { series: Series; points: LinePoint[] }[];
	statements: StatementMark[];
	sourceIds: string[];
}

export interface TimelineInput {
	factbook: readonly FactbookRecord[];
	turnover: readonly TurnoverRecord[];
	statements: readonly TradeShareRecord[];
}

export function prepareTimeline(
	input: TimelineInput,
	series: readonly Series[] = SERIES
): TimelineData {
	const share = (flow: 'exports' | 'imports'): LinePoint[] =>
		input.factbook
			.filter(
				(r) =>
					r.reporter === 'Belarus' &&
					r.partner === 'Russia' &&
					r.flow === flow &&
					r.measure === 'partner_share' &&
					r.basis === 'reported'
			)
			.map((r) => ({
				year: r.year,
				value: r.value,
				sourceIds: r.source_id,
				estimate: r.estimate === 'yes'
			}))
			.sort((a, b) => a.year - b.year);
	const turnover: LinePoint[] = input.turnover
		.filter((t) => t.reporter === 'Belarus' && t.partner === 'Russia')
		.map((t) => ({
			year: t.year,
			value: t.turnover_share_pct,
			sourceIds: t.source_id,
			estimate: true
		}))
		.sort((a, b) => a.year - b.year);
	const all: Record<Series, LinePoint[]> = {
		exports: share('exports'),
		imports: share('imports'),
		turnover
	};
	const lines = series.map((s) => ({ series: s, points: all[s] }));
	const statements: StatementMark[] = input.statements
		.filter((s) => s.reporter === 'Belarus' && s.partner === 'Russia')
		.map((s, i) => {
			const ser: Series = s.flow === 'total' ? 'turnover' : s.flow;
			return {
				key: `st-${i}`,
				year: s.year,
				value: s.value_pct,
				series: ser,
				period: s.period,
				qualifier: s.qualifier,
				kind: s.kind,
				partialYear: s.period !== 'calendar year',
				basis: s.basis,
				sourceIds: s.source_id
			};
		})
		.filter((s) => series.includes(s.series));
	const yearsAll = [
		...lines.flatMap((l) => l.points.map((p) => p.year)),
		...statements.map((s) => s.year)
	];
	const ids = new Set<string>();
	for (const l of lines) for (const p of l.points) p.sourceIds.forEach((id) => ids.add(id));
	for (const s of statements) s.sourceIds.forEach((id) => ids.add(id));
	return {
		years: [Math.min(...yearsAll), Math.max(...yearsAll)],
		lines,
		statements,
		sourceIds: [...ids]
	};
}

/** Split a yearly series into runs of consecutive years: a missing year is a gap, not a line. */
export function runs(points: readonly LinePoint[]): LinePoint[][] {
	const out: LinePoint[][] = [];
	for (const p of points) {
		const last = out[out.length - 1];
		const prev = last?.[last.length - 1];
		if (last && prev && p.year === prev.year + 1) last.push(p);
		else out.push([p]);
	}
	return out;
}

export function statementText(s: StatementMark): string {
	const q = s.qualifier === 'more than' ? 'more than ' : s.qualifier === 'about' ? 'about ' : '';
	return `${q}${pctAsRecorded(s.value)}`;
}

export function kindLabel(s: StatementMark): string {
	if (s.kind === 'article claim') return 'claim in the source article';
	if (s.kind === 'official') return 'official statement';
	return 'secondary source';
}

/** Rows of the table view: every mark drawn, with the same text as its tooltip. */
export function timelineTable(d: TimelineData, sourceLabel: (ids: readonly string[]) => string) {
	const rows: Record<string, string | number | null>[] = [];
	for (const l of d.lines)
		for (const p of l.points)
			rows.push({
				year: p.year,
				series: SERIES_LABEL[l.series],
				value: p.value,
				qualifier: null,
				basis:
					l.series === 'turnover'
						? 'derived from Factbook shares and totals'
						: 'CIA World Factbook',
				source: sourceLabel(p.sourceIds)
			});
	for (const s of d.statements)
		rows.push({
			year: s.year,
			series: `${SERIES_LABEL[s.series].replace(' (derived)', '')} — ${kindLabel(s)}${s.partialYear ? ` (${s.period})` : ''}`,
			value: s.value,
			qualifier: s.qualifier,
			basis: s.basis,
			source: sourceLabel(s.sourceIds)
		});
	return rows.sort((a, b) => Number(a.year) - Number(b.year));
}
