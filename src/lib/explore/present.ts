/**
 * What /explore says about the chart it draws, from the page's state: the series drawn (yours,
 * then ours, each with its colour and dash), the source line, the notes, the title and the text
 * description. Pure, so each sentence is tested without a browser.
 */
import type { OursFile } from './ours';
import type { Summary } from './protocol';
import { AGGREGATE_ABOVE, MAX_SERIES, type ViewOut } from './view';
import type { TableRow } from '$lib/charts/types';

/** One series as the chart draws it (x as a number; dates become Date objects in the chart). */
export interface Drawn {
	key: string;
	label: string;
	color: string;
	dashed: boolean;
	/** y null: a gap (the row has this x and no value). */
	points: { x: number; y: number | null }[];
}

const THEIRS = ['var(--c-exports)', 'var(--c-imports)', 'var(--c-belarus)', 'var(--c-statement)'];
const OURS = ['var(--c-turnover)', 'var(--c-event)'];

const count = (n: number, one: string, many: string) =>
	`${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * The reader's series (solid), then ours (dashed), in one list. Our points are years: beside a
 * reader's dates they sit on 1 January, and a zoom on x keeps only those inside it.
 */
export function drawnSeries(
	view: Pick<ViewOut, 'series' | 'xType'> | null,
	ours: OursFile | null,
	picked: readonly string[],
	range: readonly [number, number] | null
): Drawn[] {
	const out: Drawn[] = [];
	(view?.series ?? []).forEach((s, i) =>
		out.push({
			key: `t${i}`,
			label: `Yours: ${s.label}`,
			color: THEIRS[i % THEIRS.length]!,
			dashed: false,
			points: s.points
		})
	);
	const isDate = view?.xType === 'date';
	picked.forEach((id, i) => {
		const s = ours?.series.find((o) => o.id === id);
		if (!s) return;
		out.push({
			key: `o${i}`,
			label: `Ours: ${s.label}`,
			color: OURS[i % OURS.length]!,
			dashed: true,
			points: s.points
				.map((p) => ({ x: isDate ? Date.UTC(p.x, 0, 1) : p.x, y: p.y }))
				.filter((p) => !range || (p.x >= range[0] && p.x <= range[1]))
		});
	});
	return out;
}

/**
 * The sources of what is drawn: the reader's file, then each of our series with the outlets its
 * points cite (the first `most` of them, and how many more).
 */
export function sourceList(
	file: string | null,
	ours: OursFile | null,
	picked: readonly string[],
	most = Infinity
): string[] {
	const list: string[] = [];
	if (file) list.push(`Yours: ${file} (your file, kept in your browser)`);
	for (const id of picked) {
		const s = ours?.series.find((o) => o.id === id);
		if (!s) continue;
		const names = [...new Set(s.sources.map((sid) => ours?.sources[sid] ?? sid))];
		const more = names.length > most ? ` and ${names.length - most} more` : '';
		list.push(`Ours (Dependence Atlas, ${s.dataset}): ${names.slice(0, most).join('; ')}${more}`);
	}
	return list;
}

export interface NotesInput {
	view: Pick<ViewOut, 'series' | 'skipped' | 'seriesLeftOut' | 'columnPx'> | null;
	summary: Pick<Summary, 'dropped'> | null;
	/** The format the file is read as: its name, and "column as field" for each field. */
	format: { label: string; read: string[] } | null;
	/** The units of our series drawn (none: none of ours drawn). */
	oursUnits: readonly string[];
	/** What the axes are (planAxes in units.ts): one for both, or ours on their own at the right. */
	axes?: string;
	/** The reader's file is drawn: a link to the view will not show it in another browser. */
	fileDrawn?: boolean;
}

/** The notes under the chart: what is aggregated, what is not drawn and why, how it was read. */
export function chartNotes({
	view,
	summary,
	format,
	oursUnits,
	axes,
	fileDrawn
}: NotesInput): string[] {
	const n: string[] = [];
	const agg = view?.series.filter((s) => s.aggregated) ?? [];
	if (view && agg.length > 0) {
		const px = view.columnPx ?? 1;
		const each = agg.map((s) => `${s.label}: ${count(s.count, 'point', 'points')}`).join('; ');
		n.push(
			`Above ${AGGREGATE_ABOVE.toLocaleString('en')} points a series is drawn as its minimum and maximum per column of ${px} ${px === 1 ? 'pixel' : 'pixels'} (${each}); the table and the CSV keep every row.`
		);
	}
	if (view && view.skipped > 0)
		n.push(
			`${count(view.skipped, 'value', 'values')} not drawn: x or y missing or not valid (listed under ${format ? 'Problems and the format’s problems' : 'Problems'}).`
		);
	if (summary && summary.dropped > 0)
		n.push(`${count(summary.dropped, 'row', 'rows')} dropped: wrong number of fields.`);
	if (view && view.seriesLeftOut > 0)
		n.push(
			`${count(view.seriesLeftOut, 'more series', 'more series')} left out (at most ${MAX_SERIES} are drawn).`
		);
	if (format)
		n.push(
			`Your file read as the atlas’s ${format.label.toLowerCase()} format: ${format.read.join(', ')}.`
		);
	// say what ours are measured in and which axis they are read on, so a reader's series in
	// another unit is not read against them
	if (oursUnits.length > 0)
		n.push(
			`Dashed lines: the atlas’s series (ours), in ${oursUnits.join(' and ')}. Solid: yours.${axes ? ` ${axes}` : ''}`
		);
	if (fileDrawn) n.push(FILE_STAYS);
	return n;
}

/** The chart's text description: each series, its points and their range. */
export function describe(series: readonly Pick<Drawn, 'label' | 'points'>[]): string {
	return series
		.map((s) => {
			let n = 0;
			let gaps = 0;
			let lo = Infinity;
			let hi = -Infinity;
			for (const p of s.points) {
				if (p.y === null) {
					gaps++;
					continue;
				}
				n++;
				if (p.y < lo) lo = p.y;
				if (p.y > hi) hi = p.y;
			}
			if (n === 0) return `${s.label}: no points in this view`;
			const gapText = gaps > 0 ? `, ${count(gaps, 'gap', 'gaps')}` : '';
			return `${s.label}: ${count(n, 'point', 'points')} drawn${gapText}, from ${lo} to ${hi}`;
		})
		.join('. ');
}

/** Said under a chart of the reader's file, on the page and in the figure, beside its link. */
export const FILE_STAYS =
	'Your file lives only in the browser it was added in: someone who opens this link elsewhere sees the atlas’s series but not yours.';

/**
 * Our points as rows of the figure's CSV (the columns of longColumns in view.ts): each with the
 * atlas dataset and the source ids it cites.
 */
export function oursRows(ours: OursFile | null, picked: readonly string[]): TableRow[] {
	const rows: TableRow[] = [];
	for (const id of picked) {
		const s = ours?.series.find((o) => o.id === id);
		if (!s) continue;
		for (const p of s.points)
			rows.push({
				source: `Dependence Atlas, ${s.dataset}: ${p.source}`,
				series: `Ours: ${s.label}`,
				line: null,
				x: p.x,
				value: p.y,
				unit: s.unit
			});
	}
	return rows;
}
