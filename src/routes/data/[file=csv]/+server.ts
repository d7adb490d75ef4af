/** /data/<name>.csv: the file from data/, byte for byte (validated at build time first). */
import { error } from '@sveltejs/kit';
import { DATASETS } from '$lib/data/datasets';
import { atlasData, readDataFile } from '$lib/server/data';

export const prerender = true;

export const entries = () => DATASETS.map((d) => ({ file: `${d.name}.csv` }));

export function GET({ params }) {
	const ds = DATASETS.find((d) => `${d.name}.csv` === params.file);
	if (!ds) error(404, 'No such dataset');
	atlasData();
	return new Response(readDataFile(ds.name), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
