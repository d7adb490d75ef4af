/** /embed/<id>: one chart alone, for other sites' <iframe>s; prerendered for every id. */
import { error } from '@sveltejs/kit';
import { CHART_IDS } from '$lib/charts/types';
import { CHART_REGISTRY, isChartId } from '$lib/charts/registry';
import { paramInputs, resolvedTitle } from '$lib/server/chartPage';

export const entries = () => CHART_IDS.map((id) => ({ id }));

export function load({ params }) {
	if (!isChartId(params.id)) error(404, 'No such chart');
	const id = params.id;
	return {
		id,
		title: resolvedTitle(id),
		description: CHART_REGISTRY[id].description,
		params: paramInputs(id)
	};
}
