/**
 * How to cite one chart: a line of text and a BibTeX entry naming the chart, the view's permalink,
 * the data version and the day the reader consulted it. Pure; the chart page recomputes it as the
 * reader changes the view, and takes the day from the reader's clock.
 */
import type { ChartId } from './types';

export interface ChartCitation {
	text: string;
	bibtex: string;
}

/**
 * A BibTeX field's text in plain ASCII punctuation: curly quotes become ' and ", dashes the TeX
 * ligatures -- and ---, an ellipsis three dots, unusual spaces plain ones (typographic characters
 * break many BibTeX setups); % & # _ $ are escaped. Braces and backslashes never come from the
 * titles; they are dropped rather than let through as TeX.
 */
export function bibField(s: string): string {
	return s
		.replace(/[‘’‚‛′]/g, "'")
		.replace(/[“”„‟″]/g, '"')
		.replace(/—/g, '---')
		.replace(/[–‒−]/g, '--')
		.replace(/…/g, '...')
		.replace(/[\u00a0\u2000-\u200a\u202f]/g, ' ')
		.replace(/[{}\\]/g, '')
		.replace(/([%&#_$])/g, '\\$1');
}

/** The reader's calendar day (their own time zone) as YYYY-MM-DD: the day they consult a page. */
export function isoDay(d: Date): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** What a citation says for the day of consultation until the reader's own day is known. */
export const DAY_TO_FILL = 'YYYY-MM-DD';

/**
 * `accessed` is the day of consultation (YYYY-MM-DD): BibTeX's `urldate`, and "Retrieved … from"
 * in the text. It is the reader's day, so a prerendered page (built on another day, read without
 * JavaScript) passes null and the citation asks for it: YYYY-MM-DD. Anything else is refused
 * rather than printed into a reference.
 */
export function chartCitation(
	id: ChartId,
	title: string,
	permalink: string,
	version: { hash: string; date: string },
	accessed: string | null
): ChartCitation {
	if (accessed !== null && !/^\d{4}-\d{2}-\d{2}$/.test(accessed))
		throw new Error(`access date ${accessed}`);
	const day = accessed ?? DAY_TO_FILL;
	const y = version.date.slice(0, 4);
	const text = `Dependence Atlas contributors (${y}). “${title}” [chart ${id}]. Dependence Atlas, data version ${version.hash} (${version.date}). Retrieved ${day} from ${permalink}`;
	const bibtex = [
		`@misc{dependence_atlas_${id.replace(/-/g, '_')}_${version.hash},`,
		`  author       = {{Dependence Atlas contributors}},`,
		`  title        = {${bibField(title)}},`,
		`  year         = {${y}},`,
		`  howpublished = {\\url{${permalink}}},`,
		`  urldate      = {${day}},`,
		`  note         = {${bibField(`Chart ${id}, Dependence Atlas, data version ${version.hash}, ${version.date}`)}}`,
		`}`
	].join('\n');
	return { text, bibtex };
}

/** The type of the message an embed posts to its host page with its height (see README). */
export const EMBED_HEIGHT_MESSAGE = 'dependence-atlas:height';

/**
 * The code that embeds a chart's view on another site: the <iframe> (at `height` px until the
 * embed reports its own), then a few lines of script that listen for the embed's height message,
 * accept it only from the atlas's own origin, and set the height of the iframe that sent it, so
 * the frame neither clips the chart on a phone nor leaves an empty band under it on a desktop.
 * Several embeds on one page each resize their own frame.
 */
export function embedSnippet(
	site: string,
	id: ChartId,
	query: string,
	title: string,
	height: number
): string {
	const src = `${site}/embed/${id}${query}`.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	const t = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	const origin = JSON.stringify(new URL(site).origin);
	const listener =
		`addEventListener("message",function(e){var d=e.data||{};` +
		`if(e.origin==${origin}&&d.type=="${EMBED_HEIGHT_MESSAGE}"&&d.height>0)` +
		`for(var f of document.querySelectorAll("iframe"))` +
		`if(f.contentWindow==e.source)f.style.height=Math.ceil(d.height)+"px"})`;
	return `<iframe src="${src}" title="${t}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>\n<script>${listener}</script>`;
}
