/** /compare/data/year/<year>.json: every reporter's partner lists of one data year, both flows. */
import { error, json } from '@sveltejs/kit';
import { yearFile } from '$lib/data/world';
import { compareIndex, dependentYears } from '$lib/server/compare';

export const prerender = true;

export const entries = () => dependentYears().map((y) => ({ year: String(y) }));

export const GET = ({ params }: { params: { year: string } }) => {
	const year = /^\d{4}$/.test(params.year) ? Number(params.year) : NaN;
	const file = Number.isInteger(year) ? yearFile(year, compareIndex()) : null;
	if (!file) error(404, 'No lists for that year');
	return json(file);
};
