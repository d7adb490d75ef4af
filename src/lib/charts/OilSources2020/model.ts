/**
 * oil-sources-2020 model: one bar per origin (Russia's reported periods, or an origin's arrived and
 * announced cargoes), the reference figures beside them, and the table, tooltip, labels, notes and
 * description that come from the same rows. Arrived and unconfirmed amounts are never added into
 * one number. Pure, so it is tested without a browser.
 */
import type { OilRecord } from '$lib/data/datasets';
import type { ChartModel } from '$lib/kit/model';
import { belowVerified, ENCODING_NOTES } from '$lib/kit/honesty';
import { bandNameWidth, rightRoom } from '$lib/kit/bandRoom';
import { NARROW_BELOW, NARROW_WIDTH } from '$lib/kit/layout';
import { textWidth } from '$lib/kit/text';
import {
	METRIC_LABEL,
	ORIGINS,
	formatMetric,
	formatSum,
	prepareOilSources,
	type Metric,
	type Origin,
	type OriginRow,
	type Segment
} from './prepare';

/** One row of the table: a part of a bar, a reference figure, or why an origin has no bar. */
export interface SourceRow {
	key: string;
	origin: Origin;
	part: string;
	kind: 'segment' | 'reference' | 'none';
	/** The value, or why there is none (Russia has no cargoes). */
	value: number | string;
	status: string;
	sourceIds: readonly string[];
	confidence: string | null;
	/** Where a segment starts and ends along the value axis (segments only). */
	x0: number;
	x1: number;
}

/** One origin's bar. */
export interface Bar {
	origin: Origin;
	row: OriginRow;
	segments: SourceRow[];
	/** Arrived (or reported) plus unconfirmed: where the bar ends, never shown as one number. */
	end: number;
	/** The label after the bar and its phone-width form. */
	label: { text: string; short: string } | null;
	/** Where the label after the bar starts along the value axis (after a reference tick). */
	labelAt: number;
}

export interface OilSourcesModel extends ChartModel<SourceRow> {
	metric: Metric;
	bars: Bar[];
	max: number;
	/** Bands are taller when a reference figure sits under a bar. */
	hasReference: boolean;
	/** Right margins (narrow, wide) with which every label after a bar fits. */
	right: { narrow: number; wide: number };
	hasUnverified: boolean;
}

const STATUS_WORD = { confirmed: '', expected: 'announced', planned: 'planned' } as const;

/** "4 cargoes" reads "4" in the short label: the unit is on the axis and in the legend. */
const bare = (metric: Metric, text: string) =>
	metric === 'cargoes' ? text.replace(/ cargo(es)?$/, '') : text;

/** The label after a bar: arrived first, the unconfirmed part beside it, never added together. */
export function barLabel(
	metric: Metric,
	segs: readonly Segment[]
): { text: string; short: string } | null {
	if (segs.length === 0) return null;
	const done = segs.filter((g) => g.status === 'confirmed');
	const rest = segs.filter((g) => g.status !== 'confirmed');
	const a = formatSum(metric, done);
	if (rest.length === 0) return { text: a, short: a };
	const word = STATUS_WORD[rest[0]!.status];
	const b = formatSum(metric, rest);
	return {
		text: `${a} + ${b} ${word}`,
		short: metric === 'tonnes' ? `${a} + ${b}` : `${bare(metric, a)} + ${bare(metric, b)} ${word}`
	};
}

/** The origins after a checkbox changes; the last origin cannot be unticked. */
export function toggleOrigin(origins: readonly Origin[], o: Origin, on: boolean): Origin[] {
	const next = ORIGINS.filter((x) => (x === o ? on : origins.includes(x)));
	return next.length > 0 ? next : [...origins];
}

const STATUS_TEXT: Record<string, string> = {
	confirmed: 'reported as delivered',
	expected: 'announced, arrival not confirmed',
	planned: 'planned, not confirmed',
	reference: 'reference figure, not drawn as a bar'
};

export function oilSourcesModel(
	rows: readonly OilRecord[],
	opts: { metric: Metric; origins: readonly Origin[] },
	sourceLabel: (ids: readonly string[]) => string
): OilSourcesModel {
	const data = prepareOilSources(rows, opts);
	const { metric } = opts;
	const table: SourceRow[] = [];
	const bars: Bar[] = data.rows.map((r) => {
		let acc = 0;
		const segments = r.segments.map((s): SourceRow => {
			const x0 = acc;
			acc += s.value;
			return {
				key: s.key,
				origin: r.origin,
				part: s.label,
				kind: 'segment',
				value: s.value,
				status: s.status,
				sourceIds: s.sourceIds,
				confidence: s.confidence,
				x0,
				x1: acc
			};
		});
		table.push(...segments);
		if (segments.length === 0)
			table.push({
				key: `${r.origin}-none`,
				origin: r.origin,
				part: '—',
				kind: 'none',
				value: r.none ?? '',
				status: '',
				sourceIds: [],
				confidence: null,
				x0: 0,
				x1: 0
			});
		const onScale = r.reference && r.origin !== 'Russia' ? r.reference.value : 0;
		if (r.reference)
			table.push({
				key: `${r.origin}-ref`,
				origin: r.origin,
				part: r.reference.label,
				kind: 'reference',
				value: r.reference.value,
				status: 'reference',
				sourceIds: r.reference.sourceIds,
				confidence: r.reference.confidence,
				x0: onScale,
				x1: onScale
			});
		return {
			origin: r.origin,
			row: r,
			segments,
			end: acc,
			label: barLabel(metric, r.segments),
			labelAt: Math.max(acc, onScale)
		};
	});

	// the right margin that lets every label after a bar fit, on a phone and at the narrowest wide width
	const left = bandNameWidth(bars.map((b) => b.origin));
	const ends = (short: boolean) =>
		bars
			.filter((b) => b.label)
			.map((b) => ({
				at: b.labelAt / data.max,
				text: short ? b.label!.short : b.label!.text,
				bold: true
			}));
	const right = {
		narrow: rightRoom(ends(true), NARROW_WIDTH, left, { min: 16 }),
		wide: rightRoom(ends(false), NARROW_BELOW, left, { min: 24 })
	};

	const fmt = (v: number) => formatMetric(metric, v);
	const describe = (b: Bar) =>
		b.segments.length
			? b.segments
					.map((s) =>
						`${fmt(s.value as number)} ${s.status === 'confirmed' ? '' : s.status}`.trim()
					)
					.join(' + ')
			: (b.row.none ?? '');
	const hasUnverified = table.some((r) => r.kind === 'segment' && belowVerified(r.confidence));
	return {
		metric,
		bars,
		max: data.max,
		hasReference: bars.some((b) => b.row.reference !== null),
		right,
		hasUnverified,
		rows: table,
		key: (r) => r.key,
		sourceIds: data.sourceIds,
		columns: [
			{ key: 'origin', label: 'Origin', value: (r) => r.origin },
			{ key: 'part', label: 'Part', value: (r) => r.part },
			{
				key: 'value',
				label: METRIC_LABEL[metric],
				unit: { tonnes: 't', share: '%', cargoes: 'cargoes' }[metric],
				value: (r) => r.value,
				format: (v, r) => formatMetric(r.kind === 'reference' ? 'tonnes' : metric, v)
			},
			{ key: 'status', label: 'Status', value: (r) => r.status, tableOnly: true },
			{
				key: 'reads',
				label: 'What it is',
				value: (r) => STATUS_TEXT[r.status] ?? ''
			},
			{ key: 'source', label: 'Source', value: (r) => sourceLabel(r.sourceIds) },
			{ key: 'confidence', label: 'Confidence', value: (r) => r.confidence }
		],
		notes: [
			'No full-year breakdown of Belarus’s 2020 crude imports by origin has been found: Russia’s row shows the periods the sources report (Q1, April) and the supply plans for May and June; the other rows add up the cargoes the sources document.',
			'Crude of Russian origin bought through traders (two tankers in March, one SOCAR-supplied Urals cargo) is Russian and is not counted as an alternative.',
			'Share = an origin’s arrived tonnes / all arrived non-Russian tonnes. Hollow segments are planned or announced volumes whose arrival the sources do not confirm; the label after a bar gives them apart from what arrived, never added together.',
			...(hasUnverified ? [ENCODING_NOTES.unverified] : [])
		],
		description:
			`Crude oil for Belarus in 2020 by origin (${METRIC_LABEL[metric].toLowerCase()}): ` +
			bars.map((b) => `${b.origin} ${describe(b)}`).join('; ') +
			'. These are documented deliveries only, not a full-year breakdown.'
	};
}

/** Text width of a segment's name inside its bar, to draw it only where it fits. */
export const insideFits = (text: string, px: number) => textWidth(text, 12) + 6 <= px;

/** Axis tick text: the unit once, short ("20%", "4", "1 Mt"). */
export const axisFormat =
	(metric: Metric) =>
	(v: number): string =>
		v === 0
			? '0'
			: metric === 'tonnes'
				? formatMetric(metric, v)
				: metric === 'share'
					? `${v}%`
					: String(v);
