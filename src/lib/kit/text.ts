/**
 * Text width without a browser. The server renders charts with no way to measure text, so the
 * kit estimates each label's width from per-character advances of Inter (in em), generous enough
 * that a label estimated to fit does fit; the browser tests check the real boxes.
 */

const NARROW = new Set("iljtfrI.,:;'|!()[] ’‘·");
const WIDE = new Set('mwMW@%');

/** Advance of one character, in em. */
function advance(ch: string): number {
	if (NARROW.has(ch)) return 0.32;
	if (WIDE.has(ch)) return 0.88;
	if (/[0-9$]/.test(ch)) return 0.62;
	if (/[A-Z]/.test(ch)) return 0.7;
	if (ch === '—' || ch === '–') return 0.75;
	return 0.58;
}

/** Estimated width in px of `text` at `size` px; bold text is a little wider. */
export function textWidth(text: string, size: number, bold = false): number {
	let em = 0;
	for (const ch of text) em += advance(ch);
	return em * size * (bold ? 1.06 : 1);
}

/**
 * Break `text` into lines no wider than `max` px, at spaces (or after / ? & = for addresses);
 * never inside a word unless a single word is wider than the line.
 */
export function wrapText(text: string, max: number, size: number, bold = false): string[] {
	const tokens = text.match(/[^\s/?&=]+[/?&=]*|\s+|[/?&=]+/g) ?? [];
	const lines: string[] = [];
	let line = '';
	for (const tok of tokens) {
		const next = line + tok;
		if (line.trim() !== '' && textWidth(next.trimEnd(), size, bold) > max) {
			lines.push(line.trimEnd());
			line = tok.trimStart();
		} else line = next;
		// a single token wider than the line is cut where it must be, at character boundaries
		while (textWidth(line, size, bold) > max && line.length > 1) {
			let cut = line.length - 1;
			while (cut > 1 && textWidth(line.slice(0, cut), size, bold) > max) cut--;
			lines.push(line.slice(0, cut));
			line = line.slice(cut);
		}
	}
	if (line.trim() !== '') lines.push(line.trimEnd());
	return lines;
}
