/**
 * Svelte's server output carries comment markers (`<!--[-->`, `<!--]-->`, `<!---->`) that let the
 * browser hydrate a component in place. Islands and static blocks are never hydrated inside: the
 * browser swaps their whole first block for a copy (Static.svelte) or the live chart (Island.svelte),
 * finding its end by the block's own closing marker. So every marker inside that block can go,
 * about a tenth of a chart's prerendered bytes. The block's own open and close markers stay.
 */

const OPEN_TAG = /<div class="(?:island|static)\b[^>]*>/g;
const COMMENT = /<!--([\s\S]*?)-->/g;

/** The page's HTML with the markers inside each island's and static block's content removed. */
export function stripIslandMarkers(html: string): string {
	let out = '';
	let from = 0;
	OPEN_TAG.lastIndex = 0;
	for (let m = OPEN_TAG.exec(html); m; m = OPEN_TAG.exec(html)) {
		const blockStart = m.index + m[0].length;
		if (blockStart < from) continue; // nested inside a block already handled
		// the block's open marker must follow the tag directly ("[" for its first branch)
		if (!html.startsWith('<!--[', blockStart)) continue;
		const openEnd = html.indexOf('-->', blockStart) + 3;
		let depth = 0;
		let close = -1;
		COMMENT.lastIndex = openEnd;
		for (let c = COMMENT.exec(html); c; c = COMMENT.exec(html)) {
			const data = c[1] ?? '';
			if (data.startsWith('[')) depth++;
			else if (data.startsWith(']')) {
				if (depth === 0) {
					close = c.index;
					break;
				}
				depth--;
			}
		}
		if (close < 0) continue; // unbalanced: leave the page as it is
		out += html.slice(from, openEnd) + html.slice(openEnd, close).replace(COMMENT, '');
		from = close;
		OPEN_TAG.lastIndex = close;
	}
	return out + html.slice(from);
}
