/** The chart context: what every mark reads (the frame it draws in and the chart's scales). */
import { getContext, setContext } from 'svelte';
import type { ScaleLinear } from 'd3-scale';
import type { Frame } from './layout';

export interface ChartCtx {
	frame: Frame;
	x: ScaleLinear<number, number>;
	/** Absent on band-row charts, whose rows are placed by `rowY`. */
	y: ScaleLinear<number, number> | null;
}

const KEY = Symbol('kit-chart');

export function setChartCtx(get: () => ChartCtx): void {
	setContext(KEY, get);
}

/** The context of the chart a mark sits in (a getter, so marks follow size changes). */
export function chartCtx(): () => ChartCtx {
	const get = getContext<(() => ChartCtx) | undefined>(KEY);
	if (!get) throw new Error('A chart mark must be drawn inside <Chart>.');
	return get;
}

const WIDTHS = Symbol('kit-start-widths');

/**
 * Widths the drawings had before the chart was live, in document order (an island measures its
 * prerendered drawings just before it puts the live chart in their place). Each <Chart> takes the
 * next, so it draws once, at the right size, instead of drawing both layouts and then measuring.
 */
export function provideStartWidths(widths: number[]): void {
	setContext(WIDTHS, widths);
}

export function takeStartWidth(): number {
	return getContext<number[] | undefined>(WIDTHS)?.shift() ?? 0;
}

const LIVE = Symbol('kit-live');

/** Whether the drawing a mark sits in is live (interactive), for marks that only serve the pointer. */
export function setDrawingLive(get: () => boolean): void {
	setContext(LIVE, get);
}

export function drawingLive(): () => boolean {
	return getContext<(() => boolean) | undefined>(LIVE) ?? (() => true);
}
