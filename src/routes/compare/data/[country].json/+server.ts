/** /compare/data/<id>.json: one country's partner lists, totals and the lists that name it. */
import { error, json } from '@sveltejs/kit';
import { countryFile } from '$lib/data/world';
import { compareIndex } from '$lib/server/compare';

export const prerender = true;

export const entries = () => [...compareIndex().countries.keys()].map((country) => ({ country }));

export const GET = ({ params }: { params: { country: string } }) => {
	const file = countryFile(params.country, compareIndex());
	if (!file) error(404, 'No such country');
	return json(file);
};
