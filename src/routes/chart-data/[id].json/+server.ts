/** Each chart's data as JSON: what the browser fetches when a chart comes to life. */
import { error, json } from '@sveltejs/kit';
import { CHART_IDS, type ChartId } from '$lib/charts/types';
import { chartData } from '$lib/server/islands';

export const prerender = true;

export const entries = () => CHART_IDS.map((id) => ({ id }));

export const GET = ({ params }: { params: { id: string } }) => {
	if (!(CHART_IDS as readonly string[]).includes(params.id)) error(404, 'No such chart');
	return json(chartData(params.id as ChartId));
};
