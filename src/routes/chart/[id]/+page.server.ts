/** /chart/<id>: one page per chart, prerendered for every id; any other id is the site's 404. */
import { error } from '@sveltejs/kit';
import { CHART_IDS } from '$lib/charts/types';
import { isChartId } from '$lib/charts/registry';
import { chartPageData } from '$lib/server/chartPage';

export const entries = () => CHART_IDS.map((id) => ({ id }));

/** A few strings and numbers: the chart's words, the years its parameters accept, the data version. */
export function load({ params }) {
	if (!isChartId(params.id)) error(404, 'No such chart');
	return chartPageData(params.id);
}
