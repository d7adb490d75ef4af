/**
 * oil-sources-2020: where did Belarus's crude come from in 2020, and how big were the alternatives
 * next to Russia? Russia's reported and planned volumes by period beside the documented cargoes
 * from each other origin, in tonnes, as a share of the documented alternatives, or as cargo counts.
 */
import type { OilRecord } from '$lib/data/datasets';
import { altCargoes, socarComparison, totalsByOrigin, ALT_ORIGINS } from '$lib/data/oil';
import { tonnesShort } from '../format';
import { worstConfidence } from '$lib/kit/grades';

export const ORIGINS = ['Russia', ...ALT_ORIGINS] as const;
export type Origin = (typeof ORIGINS)[number];
export const METRICS = ['tonnes', 'share', 'cargoes'] as const;
export type Metric = (typeof METRICS)[number];
export const METRIC_LABEL: Record<Metric, string> = {
	tonnes: 'Tonnes',
	share: 'Share of documented alternatives',
	cargoes: 'Number of cargoes'
};

export interface Segment {
	key: string;
	label: string;
	value: number;
	status: 'confirmed' | 'expected' | 'planned';
	sourceIds: readonly string[];
	/** The lowest confidence grade of the rows it adds up. */
	confidence: string;
}

export interface OriginRow {
	origin: Origin;
	segments: Segment[];
	/** Why a row has no value for this metric (Russia's pipeline has no cargoes). */
	none: string | null;
	reference: {
		value: number;
		label: string;
		/** The label at phone width. */
		shortLabel: string;
		sourceIds: readonly string[];
		confidence: string;
	} | null;
}

const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function russianSegments(rows: readonly OilRecord[]): Segment[] {
	return rows
		.filter(
			(r) =>
				r.origin === 'Russia' &&
				(r.kind === 'russian monthly' || r.kind === 'russian quarterly') &&
				r.volume_t !== null
		)
		.sort((a, b) => a.date_start.iso.localeCompare(b.date_start.iso))
		.map((r, i) => {
			const m = Number(r.date_start.iso.slice(5, 7));
			const label = r.kind === 'russian quarterly' ? `Q${Math.ceil(m / 3)}` : (MONTH[m - 1] ?? '');
			return {
				key: `ru-${i}`,
				label: r.status === 'planned' ? `${label} (plan)` : label,
				value: r.volume_t ?? 0,
				status: r.status === 'planned' ? 'planned' : 'confirmed',
				sourceIds: r.source_id,
				confidence: r.confidence
			};
		});
}

export function prepareOilSources(
	rows: readonly OilRecord[],
	opts: { metric: Metric; origins: readonly Origin[] }
) {
	const alt = totalsByOrigin(rows);
	const altConfirmedT = alt.reduce((a, t) => a + t.confirmedT, 0);
	const baseline = rows.find((r) => r.kind === 'russian annual' && r.volume_t !== null);
	const socar = socarComparison(rows);
	const socarGrade = worstConfidence(
		rows
			.filter((r) => r.kind === 'supplier annual' && r.volume_t === socar.azerbaijaniT)
			.map((r) => r.confidence)
	);
	const out: OriginRow[] = [];
	for (const origin of ORIGINS) {
		if (!opts.origins.includes(origin)) continue;
		if (origin === 'Russia') {
			const segs = russianSegments(rows);
			out.push({
				origin,
				segments: opts.metric === 'tonnes' ? segs : [],
				none:
					opts.metric === 'tonnes'
						? null
						: opts.metric === 'share'
							? 'not part of the alternatives'
							: 'pipeline supplies, not counted in cargoes',
				reference:
					opts.metric === 'tonnes' && baseline
						? {
								value: baseline.volume_t ?? 0,
								label: `2019, whole year`,
								shortLabel: `2019, whole year`,
								sourceIds: baseline.source_id,
								confidence: baseline.confidence
							}
						: null
			});
			continue;
		}
		const t = alt.find((a) => a.origin === origin);
		const grade = (confirmed: boolean) =>
			worstConfidence(
				altCargoes(rows)
					.filter((r) => r.origin === origin && (r.status === 'confirmed') === confirmed)
					.map((r) => r.confidence)
			);
		if (!t) {
			out.push({ origin, segments: [], none: 'no documented cargo', reference: null });
			continue;
		}
		const v = (confirmed: boolean) =>
			opts.metric === 'tonnes'
				? confirmed
					? t.confirmedT
					: t.expectedT
				: opts.metric === 'share'
					? confirmed
						? (t.confirmedT / altConfirmedT) * 100
						: 0
					: confirmed
						? t.confirmedCargoes
						: t.expectedCargoes;
		const segments: Segment[] = [
			{
				key: `${origin}-c`,
				label: 'arrived',
				value: v(true),
				status: 'confirmed',
				sourceIds: t.sourceIds,
				confidence: grade(true)
			}
		];
		if (v(false) > 0)
			segments.push({
				key: `${origin}-e`,
				label: 'expected',
				value: v(false),
				status: 'expected',
				sourceIds: t.sourceIds,
				confidence: grade(false)
			});
		out.push({
			origin,
			segments,
			none: null,
			reference:
				origin === 'Azerbaijan' && opts.metric === 'tonnes'
					? {
							value: socar.azerbaijaniT,
							label: 'SOCAR: Azerbaijani oil delivered in 2020',
							shortLabel: 'SOCAR, Azerbaijani oil',
							sourceIds: socar.sourceIds,
							confidence: socarGrade
						}
					: null
		});
	}
	const max = Math.max(
		1,
		...out.map((r) => r.segments.reduce((a, s) => a + s.value, 0)),
		...out.map((r) => (r.reference && r.origin !== 'Russia' ? r.reference.value : 0))
	);
	const ids = new Set<string>();
	for (const r of out) {
		r.segments.forEach((s) => s.sourceIds.forEach((i) => ids.add(i)));
		r.reference?.sourceIds.forEach((i) => ids.add(i));
	}
	return { rows: out, max, altConfirmedT, metric: opts.metric, sourceIds: [...ids] };
}

export function formatMetric(metric: Metric, v: number): string {
	if (metric === 'tonnes') return tonnesShort(v);
	if (metric === 'share') return `${v.toFixed(1)}%`;
	return `${v} cargo${v === 1 ? '' : 'es'}`;
}

/** Decimal places of a number as stored: 1.13 → 2, 1.1 → 1, 2 → 0. */
function decimals(n: number): number {
	const s = String(Number(n.toPrecision(12)));
	return s.includes('.') ? (s.split('.')[1]?.length ?? 0) : 0;
}

/**
 * The sum of several segments, never more precise than its least precise part: 1.13 Mt + 1.1 Mt
 * reads "2.2 Mt", not "2.23 Mt".
 */
export function formatSum(metric: Metric, segs: readonly Segment[]): string {
	const total = segs.reduce((a, g) => a + g.value, 0);
	if (metric !== 'tonnes' || total < 1e6 || segs.length < 2) return formatMetric(metric, total);
	const d = Math.min(...segs.map((g) => decimals(g.value / 1e6)));
	return formatMetric(metric, Number((total / 1e6).toFixed(d)) * 1e6);
}
