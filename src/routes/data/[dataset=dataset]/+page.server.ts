import { DATASETS } from '$lib/data/datasets';
import { datasetPage } from '$lib/server/datasetPage';

export const entries = () => DATASETS.map((d) => ({ dataset: d.name }));

/** One page of rows only: the rest is /data/<dataset>/rows.json, fetched when the reader asks. */
export const load = ({ params }) => datasetPage(params.dataset);
