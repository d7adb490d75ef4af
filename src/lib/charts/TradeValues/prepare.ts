/**
 * trade-values: how much do Belarus and Russia trade, in dollars, and do the two sides agree?
 * Each side's reported figures as separate series, with the value implied by Belarus's Factbook
 * shares and totals; where both sides report a year, the gap between them is drawn.
 */
import type { FactbookRecord, TradeValueRecord } from '$lib/data/datasets';

export type ValueFlow = 'total' | 'exports' | 'imports';
export type ValueSeries = 'belarus' | 'russia' | 'third' | 'factbook';

export const VALUE_SERIES_LABEL: Record<ValueSeries, string> = {
	belarus: 'Belarusian figures',
	russia: 'Russian figures',
	third: 'Third-party figures',
	factbook: 'Implied by the Factbook'
};

export const FLOW_TITLE: Record<ValueFlow, string> = {
	total: 'Bilateral trade (both directions)',
	exports: 'Belarus’s exports to Russia',
	imports: 'Belarus’s imports from Russia'
};

export interface ValuePoint {
	key: string;
	series: ValueSeries;
	year: number;
	value: number;
	basis: string;
	sourceIds: readonly string[];
	/** For Factbook-implied points: what the share and the total both cover. */
	coverage?: string;
	/** The row's grade, for reported figures (the Factbook rows carry none). */
	confidence: TradeValueRecord['confidence'] | null;
	/** How the source qualifies a reported value ("over $46.5 bln"); null otherwise. */
	qualifier?: TradeValueRecord['qualifier'];
	/** A reported value is shown as recorded; a Factbook-implied one is computed. */
	recorded?: boolean;
}

export interface Gap {
	year: number;
	low: ValuePoint;
	high: ValuePoint;
	difference: number;
}

export interface ValuesData {
	flow: ValueFlow;
	points: ValuePoint[];
	/** Years with Factbook shares and totals whose coverage differs: no implied value is drawn. */
	mixedYears: number[];
	gaps: Gap[];
	years: [number, number];
	max: number;
	sourceIds: string[];
}

const SERIES_OF: Record<TradeValueRecord['reported_by'], ValueSeries> = {
	Belarus: 'belarus',
	Russia: 'russia',
	'third party': 'third'
};

/**
 * Belarus's flow with Russia implied by Factbook partner share × Belarus's total. Only where the
 * share and the total cover the same thing: a goods share of a goods-and-services total is not a
 * value of anything, so such years are returned in `mixed` instead.
 */
function factbookImplied(
	fb: readonly FactbookRecord[],
	flow: ValueFlow
): { points: ValuePoint[]; mixed: number[] } {
	const years = [...new Set(fb.map((r) => r.year))].sort((a, b) => a - b);
	const out: ValuePoint[] = [];
	const mixed: number[] = [];
	for (const year of years) {
		const part = (f: 'exports' | 'imports') => {
			const s = fb.find(
				(r) =>
					r.year === year &&
					r.reporter === 'Belarus' &&
					r.partner === 'Russia' &&
					r.flow === f &&
					r.measure === 'partner_share' &&
					r.basis === 'reported'
			);
			const t = fb.find(
				(r) => r.year === year && r.reporter === 'Belarus' && r.flow === f && r.measure === 'total'
			);
			return s && t
				? {
						value: (s.value / 100) * t.value,
						ids: [...s.source_id, ...t.source_id],
						coverage: s.coverage === t.coverage ? s.coverage : null
					}
				: null;
		};
		const ex = part('exports');
		const im = part('imports');
		const use =
			flow === 'exports'
				? ex
					? [ex]
					: null
				: flow === 'imports'
					? im
						? [im]
						: null
					: ex && im
						? [ex, im]
						: null;
		if (!use) continue;
		const coverage = use.every((p) => p.coverage !== null && p.coverage === use[0]?.coverage)
			? (use[0]?.coverage ?? null)
			: null;
		if (coverage === null) {
			mixed.push(year);
			continue;
		}
		out.push({
			key: `factbook-${year}`,
			series: 'factbook',
			year,
			value: Number(use.reduce((a, p) => a + p.value, 0).toFixed(3)),
			basis: `Russia’s share × Belarus’s total, CIA World Factbook (${coverage})`,
			sourceIds: [...new Set(use.flatMap((p) => p.ids))],
			coverage,
			confidence: null
		});
	}
	return { points: out, mixed };
}

/**
 * The Factbook-implied line as runs of consecutive years with the same coverage: a missing year is
 * a gap, and a change of coverage is a break.
 */
export function factbookRuns(points: readonly ValuePoint[]): ValuePoint[][] {
	const runs: ValuePoint[][] = [];
	for (const p of points.filter((x) => x.series === 'factbook')) {
		const r = runs[runs.length - 1];
		const prev = r?.[r.length - 1];
		if (r && prev && p.year === prev.year + 1 && p.coverage === prev.coverage) r.push(p);
		else runs.push([p]);
	}
	return runs;
}

/** Notes read from the data: what the implied line covers and which years it leaves out. */
export function valuesNotes(d: ValuesData): string[] {
	const covers = [
		...new Set(d.points.filter((p) => p.series === 'factbook').map((p) => p.coverage))
	];
	const notes = [
		`Implied by the Factbook: Russia’s share of Belarus’s exports or imports × Belarus’s total, both from the CIA World Factbook${covers.length > 0 ? `; covers ${covers.join(', then ')}` : ''}${covers.length > 1 ? ' (the line breaks where coverage changes)' : ''}.`
	];
	if (d.mixedYears.length > 0)
		notes.push(
			`No implied value for ${d.mixedYears.join(', ')}: the Factbook’s partner shares there cover goods but its totals cover goods and services, and one cannot be applied to the other.`
		);
	return notes;
}

export function prepareValues(
	values: readonly TradeValueRecord[],
	fb: readonly FactbookRecord[],
	flow: ValueFlow
): ValuesData {
	const reported: ValuePoint[] = values
		.filter(
			(v) =>
				v.period === 'calendar year' &&
				v.flow === flow &&
				((v.reporter === 'Belarus' && v.partner === 'Russia') ||
					(v.reporter === 'Russia' && v.partner === 'Belarus'))
		)
		.map((v, i) => ({
			key: `${SERIES_OF[v.reported_by]}-${v.year}-${i}`,
			series: SERIES_OF[v.reported_by],
			year: v.year,
			value: v.value_usd_bn,
			basis: v.basis,
			sourceIds: v.source_id,
			confidence: v.confidence,
			qualifier: v.qualifier,
			recorded: true
		}));
	const implied = factbookImplied(fb, flow);
	const points = [...implied.points, ...reported].sort(
		(a, b) => a.year - b.year || a.value - b.value
	);
	const gaps: Gap[] = [];
	for (const year of new Set(reported.map((p) => p.year))) {
		const by = reported.filter((p) => p.year === year && p.series === 'belarus');
		const ru = reported.filter((p) => p.year === year && p.series === 'russia');
		if (by.length === 0 || ru.length === 0) continue;
		const a = by[0] as ValuePoint;
		const b = ru[0] as ValuePoint;
		if (a.value === b.value) continue;
		const [low, high] = a.value < b.value ? [a, b] : [b, a];
		gaps.push({ year, low, high, difference: Number((high.value - low.value).toFixed(3)) });
	}
	const ys = points.map((p) => p.year);
	const ids = new Set<string>();
	for (const p of points) p.sourceIds.forEach((i) => ids.add(i));
	return {
		flow,
		points,
		mixedYears: implied.mixed,
		gaps,
		years: [Math.min(...ys), Math.max(...ys)],
		max: Math.max(...points.map((p) => p.value)),
		sourceIds: [...ids]
	};
}
