/**
 * The layout of TimeRows: named rows of marks on a time axis. Within a row, marks (and the label
 * each carries) that would meet are stacked on lanes, first fit in time order, so no two marks
 * cover each other and every label has room beside its mark. Deterministic: the same data and
 * width always give the same lanes.
 */
import type { PartialDate } from '$lib/data/schema';
import { fractionalYearStart } from '$lib/charts/format';
import { spanPieces } from './honesty';
import { textWidth } from './text';

/** Room DateSpan's arrow takes after an open span, px. */
export const OPEN_ARROW = 10;

/** The piece of a row item a DateSpan draws: from its start to its end (or its arrow). */
export function dateSpanItem(start: PartialDate, end: PartialDate | null) {
	const p = spanPieces(start, end);
	const ends = [p.openAt, ...(p.solid ? [p.solid[1]] : []), ...p.fuzzy.map((f) => f[1])];
	return {
		span: { t0: fractionalYearStart(start), t1: Math.max(...ends) },
		tail: p.open ? OPEN_ARROW : 0
	};
}

export interface RowItem {
	key: string;
	/** Key of the row the item sits in. */
	row: string;
	/** Pieces of the item, in fractional years: a point has t0 === t1. */
	spans: { t0: number; t1: number }[];
	/** A label beside the item (the kit chooses the side and, if it must, the short text). */
	label?: string;
	short?: string;
	/** Room an open end's arrow takes after the item, in px. @default 0 */
	tail?: number;
}

export interface RowSpec {
	key: string;
	label: string;
	tone?: string;
}

export interface PlacedItem {
	key: string;
	lane: number;
	/** Centre of the item's lane. */
	y: number;
	/** Drawn extent in px (at least the minimum width). */
	x0: number;
	x1: number;
	label: { text: string; short?: string; x: number; anchor: 'start' | 'end' } | null;
}

export interface PlacedRow extends RowSpec {
	/** Top of the row (its heading sits here). */
	top: number;
	lanes: number;
}

export interface RowsLayout {
	rows: PlacedRow[];
	items: Map<string, PlacedItem>;
	/** Height of all rows. */
	height: number;
}

export interface RowsOptions {
	/** Height of one lane. */
	lane: number;
	/** Room for a row's heading above its lanes. */
	head: number;
	/** Narrowest a mark is drawn, px (points are centred on their time). */
	minWidth: number;
	/** Horizontal room kept between two items on one lane, px. @default 6 */
	gap?: number;
	/** Label size. @default 12 */
	size?: number;
	/** Where labels may go, px. */
	x0: number;
	x1: number;
	/** Top of the first row. */
	top: number;
}

/**
 * Drawn extent of a span: from its start, at least `min` px wide (as DateSpan draws it); a point
 * (t0 === t1) is centred on its time.
 */
export function spanExtent(t0: number, t1: number, x: (t: number) => number, min: number) {
	const a = x(t0);
	if (t0 === t1) return [a - min / 2, a + min / 2] as const;
	return [a, Math.max(x(t1), a + min)] as const;
}

export function layoutRows(
	rows: readonly RowSpec[],
	items: readonly RowItem[],
	x: (t: number) => number,
	o: RowsOptions
): RowsLayout {
	const gap = o.gap ?? 6;
	const size = o.size ?? 12;
	const placed = new Map<string, PlacedItem>();
	const out: PlacedRow[] = [];
	let top = o.top;
	for (const row of rows) {
		const mine = items
			.filter((i) => i.row === row.key)
			.map((i) => {
				const ext = i.spans.map((s) => spanExtent(s.t0, s.t1, x, o.minWidth));
				return {
					i,
					a: Math.min(...ext.map((e) => e[0])),
					b: Math.max(...ext.map((e) => e[1])) + (i.tail ?? 0)
				};
			})
			.sort((p, q) => p.a - q.a || p.b - q.b);
		const lanes: [number, number][][] = [];
		const free = (lane: number, a: number, b: number) =>
			(lanes[lane] ?? []).every(([c, d]) => b + gap <= c || d + gap <= a);
		const choices: {
			key: string;
			lane: number;
			label: PlacedItem['label'];
			a: number;
			b: number;
		}[] = [];
		for (const { i, a, b } of mine) {
			// where the item and its label could go: label right of the item, else left of it
			const options = (text: string | undefined) => {
				if (text === undefined) return [{ label: null, a, b }];
				const w = textWidth(text, size);
				const res: { label: PlacedItem['label']; a: number; b: number }[] = [];
				const tail = { text, ...(i.short && i.short !== text ? { short: i.short } : {}) };
				if (b + 4 + w <= o.x1)
					res.push({ label: { ...tail, x: b + 4, anchor: 'start' }, a, b: b + 4 + w });
				if (a - 4 - w >= o.x0)
					res.push({ label: { ...tail, x: a - 4, anchor: 'end' }, a: a - 4 - w, b });
				return res;
			};
			const texts = i.label === undefined ? [undefined] : [i.label, i.short ?? i.label];
			let chosen: (typeof choices)[number] | null = null;
			// the full label on a lane in use, then on a new lane; the short one likewise; else no label
			search: for (const text of [...new Set(texts)]) {
				const opts = options(text);
				for (let l = 0; l <= lanes.length; l++)
					for (const opt of opts)
						if (free(l, opt.a, opt.b)) {
							chosen = { key: i.key, lane: l, ...opt };
							break search;
						}
			}
			chosen ??= { key: i.key, lane: lanes.length, label: null, a, b };
			(lanes[chosen.lane] ??= []).push([chosen.a, chosen.b]);
			choices.push(chosen);
		}
		const n = Math.max(1, lanes.length);
		const first = top + o.head;
		for (const c of choices) {
			const it = mine.find((m) => m.i.key === c.key)!;
			placed.set(c.key, {
				key: c.key,
				lane: c.lane,
				y: first + c.lane * o.lane + o.lane / 2,
				x0: it.a,
				x1: it.b - (it.i.tail ?? 0),
				label: c.label
			});
		}
		out.push({ ...row, top, lanes: n });
		top = first + n * o.lane;
	}
	return { rows: out, items: placed, height: top - o.top };
}
