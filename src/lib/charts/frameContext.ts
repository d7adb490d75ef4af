/** What a chart frame tells the surface drawn inside it: which chart it is (for ids it owns). */
import { getContext, setContext } from 'svelte';
export interface FrameInfo {
	/** The chart's id: a registered chart's, or a page's own (explore). */
	readonly id: string;
	/** Id of the element holding the chart's text description. */
	readonly descriptionId: string;
}

const KEY = Symbol('chart-frame');

export function setChartFrame(info: FrameInfo): FrameInfo {
	return setContext(KEY, info);
}

export function getChartFrame(): FrameInfo | undefined {
	return getContext<FrameInfo | undefined>(KEY);
}
