/**
 * How to cite one chart: a line of text and a BibTeX entry naming the chart, the view's permalink
 * and the data version. Pure; the chart page recomputes it as the reader changes the view.
 */
import type { ChartId } from './types';

export interface ChartCitation {
	text: string;
	bibtex: string;
}

/** BibTeX-safe: braces and backslashes never come from the titles, but escape % & # _ anyway. */
const bib = (s: string) => s.replace(/([%&#_])/g, '\\$1');

export function chartCitation(
	id: ChartId,
	title: string,
	permalink: string,
	version: { hash: string; date: string }
): ChartCitation {
	const y = version.date.slice(0, 4);
	const text = `Dependence Atlas contributors (${y}). “${title}” [chart ${id}]. Dependence Atlas, data version ${version.hash} (${version.date}). ${permalink}`;
	const bibtex = [
		`@misc{dependence_atlas_${id.replace(/-/g, '_')}_${version.hash},`,
		`  author       = {{Dependence Atlas contributors}},`,
		`  title        = {${bib(title)}},`,
		`  year         = {${y}},`,
		`  howpublished = {\\url{${permalink}}},`,
		`  note         = {${bib(`Chart ${id}, Dependence Atlas, data version ${version.hash}, ${version.date}`)}}`,
		`}`
	].join('\n');
	return { text, bibtex };
}

/** The <iframe> snippet that embeds a chart's view on another site. */
export function embedSnippet(
	site: string,
	id: ChartId,
	query: string,
	title: string,
	height: number
): string {
	const src = `${site}/embed/${id}${query}`.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	const t = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	return `<iframe src="${src}" title="${t}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
