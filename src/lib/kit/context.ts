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
