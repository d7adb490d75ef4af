/**
 * Where a chart frame is shown: on a page among others (the default), on the chart's own page
 * (/chart/<id>: no link to itself), embedded on another site (/embed/<id>: the frame alone,
 * with a link back that opens outside the embedding page), or beside a story's steps (/story: the
 * frame alone; the story links each step's view to the chart's own page).
 */
import { getContext, setContext } from 'svelte';

export type ChartHost = 'page' | 'chart' | 'embed' | 'story';

const KEY = Symbol('chart-host');

export function setChartHost(host: ChartHost): ChartHost {
	return setContext(KEY, host);
}

export function getChartHost(): ChartHost {
	return getContext<ChartHost | undefined>(KEY) ?? 'page';
}
