/** /data/<dataset>/rows.json: every row as the CSV's cells, for sorting and filtering in the page. */
import { error, json } from '@sveltejs/kit';
import { DATASETS } from '$lib/data/datasets';
import { datasetRows, datasetSchema } from '$lib/server/datasetPage';

export const prerender = true;

export const entries = () => DATASETS.map((d) => ({ dataset: d.name }));

export function GET({ params }) {
	const schema = datasetSchema(params.dataset);
	if (!schema) error(404, 'No such dataset');
	return json(datasetRows(schema));
}
