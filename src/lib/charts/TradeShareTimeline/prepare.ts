/**
 * trade-share-timeline: how big is Russia in Belarus's trade, year by year? Exports and imports as
 * the Factbook gives them, turnover derived from them, and statements by officials drawn as separate
 * markers (never merged into the lines). Missing years stay gaps.
 */
import type { FactbookRecord, TradeShareRecord, TurnoverRecord } from '$lib/data/datasets';
import { pctAsRecorded } from '../format';
import { GOODS_AND_SERVICES_FROM_EDITION } from '$lib/data/factbook';

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
	/** goods, or mixed (goods shares weighted by goods-and-services totals); a line breaks where it changes. */
	coverage: 'goods' | 'mixed';
	/** Factbook edition year(s) behind the point, for the edition-lag note. */
	editions: readonly number[];
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
	/** The row's grade in the research pack. */
	confidence: TradeShareRecord['confidence'];
}

export interface TimelineData {
	years: [number, number];
	/** Chart notes whose figures come from the drawn rows (edition lag, coverage breaks). */
	notes: string[];
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
				estimate: r.estimate === 'yes',
				coverage: 'goods' as const,
				editions: [r.edition]
			}))
			.sort((a, b) => a.year - b.year);
	const turnover: LinePoint[] = input.turnover
		.filter((t) => t.reporter === 'Belarus' && t.partner === 'Russia')
		.map((t) => ({
			year: t.year,
			value: t.turnover_share_pct,
			sourceIds: t.source_id,
			estimate: true,
			coverage: t.coverage,
			editions: t.source_id
				.map((id) => Number(/^CIAFB_(\d{4})$/.exec(id)?.[1]))
				.filter((n) => Number.isFinite(n))
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
				sourceIds: s.source_id,
				confidence: s.confidence
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
		notes: timelineNotes(lines),
		lines,
		statements,
		sourceIds: [...ids]
	};
}

/**
 * Split a yearly series into runs of consecutive years with the same coverage: a missing year is a
 * gap, and a change of coverage is a break, not a line.
 */
export function runs(points: readonly LinePoint[]): LinePoint[][] {
	const out: LinePoint[][] = [];
	for (const p of points) {
		const last = out[out.length - 1];
		const prev = last?.[last.length - 1];
		if (last && prev && p.year === prev.year + 1 && p.coverage === prev.coverage) last.push(p);
		else out.push([p]);
	}
	return out;
}

const span = (a: number, b: number, unit: string) =>
	a === b ? `${a} ${unit}${a === 1 ? '' : 's'}` : `${a} to ${b} ${unit}s`;

/** Notes read from the drawn rows: how far the editions trail the data, and which years mix coverage. */
export function timelineNotes(lines: readonly { series: Series; points: LinePoint[] }[]): string[] {
	const notes: string[] = [];
	const shares = lines.filter((l) => l.series !== 'turnover').flatMap((l) => l.points);
	const lags = shares.flatMap((p) => p.editions.map((e) => e - p.year));
	if (lags.length > 0)
		notes.push(
			`Exports and imports: Russia’s share as listed in the CIA World Factbook for each data year; the edition that gives it is ${span(Math.min(...lags), Math.max(...lags), 'year')} later than the data year.`
		);
	const mixed = [
		...new Set(
			lines
				.filter((l) => l.series === 'turnover')
				.flatMap((l) => l.points.filter((p) => p.coverage === 'mixed').map((p) => p.year))
		)
	].sort((a, b) => a - b);
	if (mixed.length > 0)
		notes.push(
			`Coverage break: turnover for ${mixed.join(', ')} weights goods partner shares by totals that cover goods and services (Factbook editions from ${GOODS_AND_SERVICES_FROM_EDITION}), so it is drawn apart from the goods-only years and is not comparable with them.`
		);
	return notes;
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
