/**
 * Line breaking for figures, with the width of a string measured by the caller (canvas metrics in
 * the browser, a fixed width per character in tests). Pure: no DOM.
 */

export type Measure = (s: string) => number;

/** Greedy word wrap; a word wider than the line is broken where it fits, never dropped. */
export function wrapWords(text: string, measure: Measure, maxWidth: number): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const w of words) {
		const next = line ? `${line} ${w}` : w;
		if (measure(next) <= maxWidth || !line) line = next;
		else {
			lines.push(line);
			line = w;
		}
		// a single word too wide for a line: break it by characters
		while (measure(line) > maxWidth && line.length > 1) {
			const [head, rest] = splitToFit(line, measure, maxWidth);
			lines.push(head);
			line = rest;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** The longest prefix of s that fits (at least one character) and the rest. */
function splitToFit(s: string, measure: Measure, maxWidth: number): [string, string] {
	let n = 1;
	while (n < s.length && measure(s.slice(0, n + 1)) <= maxWidth) n++;
	return [s.slice(0, n), s.slice(n)];
}

/**
 * Breaks an address into lines no wider than maxWidth (the first line may be narrower, when it
 * follows a label): after "/" and "=", before "?" and "&"; a piece with no such place is broken
 * by characters. The lines joined give back the address exactly.
 */
export function wrapUrl(
	url: string,
	measure: Measure,
	maxWidth: number,
	firstWidth: number = maxWidth
): string[] {
	const pieces = url.split(/(?<=[/=])|(?=[?&])/).filter((p) => p.length > 0);
	const lines: string[] = [];
	let line = '';
	const width = () => (lines.length === 0 ? firstWidth : maxWidth);
	for (const piece of pieces) {
		if (measure(line + piece) <= width()) {
			line += piece;
			continue;
		}
		if (line) {
			lines.push(line);
			line = '';
		}
		let rest = piece;
		while (measure(rest) > width() && rest.length > 1) {
			const [head, tail] = splitToFit(rest, measure, width());
			lines.push(head);
			rest = tail;
		}
		line = rest;
	}
	if (line) lines.push(line);
	return lines;
}
