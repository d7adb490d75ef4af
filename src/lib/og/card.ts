/**
 * The share-preview card (1200 × 630, what Open Graph and Twitter show for a link): the title set in
 * Inter, a chart as drawn on the site (or, for a page without one, its description), the sources of
 * the rows drawn, and the site's name and address. Pure: text is measured by the caller (resvg with
 * Inter only, src/lib/og/raster.ts), so lines break where the rendered text really ends.
 */
import { wrapWords } from '../export/wrap';
import { OG_HEIGHT, OG_WIDTH, SITE_NAME } from './pages';

export type MeasureText = (text: string, size: number, weight?: number) => number;

export interface CardInput {
	title: string;
	/** One muted line under the title (a chart's subtitle, or the chart's title on a page card). */
	subtitle?: string;
	/** A chart drawing with inline styles (extract.ts), scaled to fit. */
	chart?: { svg: string; width: number; height: number };
	/** For a card without a chart: the page's description, set large. */
	description?: string;
	/** Source labels; the line names as many as fit on two lines, then "and N more". */
	sources: string[];
	/** The page's address without the scheme ("dependence-atlas.org/trade"). */
	address: string;
}

const PAD = 64;
const TEXT = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#dcdcd6';
const ACCENT = '#0072b2';
const FONT = 'Inter, sans-serif';

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function text(
	x: number,
	y: number,
	s: string,
	size: number,
	weight: number,
	fill: string,
	anchor = 'start'
) {
	return `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${esc(s)}</text>`;
}

/** Lines of at most `max`; a longer text has its last line cut with an ellipsis. */
export function fitLines(
	s: string,
	measure: (t: string) => number,
	width: number,
	max: number
): string[] {
	const lines = wrapWords(s, measure, width);
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, max);
	let last = `${kept[max - 1]} ${lines[max]}`;
	while (last.length > 1 && measure(`${last}…`) > width) last = last.slice(0, -1).trimEnd();
	kept[max - 1] = `${last.replace(/[\s,;:–—-]+$/, '')}…`;
	return kept;
}

/** "Sources: A; B; C" with as many labels as fit on `max` lines, then "; and N more". */
export function sourceLines(
	sources: string[],
	measure: (t: string) => number,
	width: number,
	max = 2
): string[] {
	if (!sources.length) return [];
	const label = sources.length > 1 ? 'Sources:' : 'Source:';
	for (let k = sources.length; k >= 1; k--) {
		const rest = sources.length - k;
		const s = `${label} ${sources.slice(0, k).join('; ')}${rest ? `; and ${rest} more` : ''}`;
		const lines = wrapWords(s, measure, width);
		if (lines.length <= max) return lines;
	}
	return fitLines(`${label} ${sources[0]}`, measure, width, max);
}

/** The card as SVG markup. */
export function composeCard(c: CardInput, measure: MeasureText): string {
	const inner = OG_WIDTH - 2 * PAD;
	const parts: string[] = [];
	parts.push(`<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`);
	parts.push(`<rect width="${OG_WIDTH}" height="10" fill="${ACCENT}"/>`);

	// title: 2 lines at 44 px, or at 38 px when 44 would need a third
	let size = 44;
	let title = wrapWords(c.title, (t) => measure(t, size, 600), inner);
	if (title.length > 2) {
		size = 38;
		title = fitLines(c.title, (t) => measure(t, size, 600), inner, 2);
	}
	let y = 30;
	for (const line of title) {
		y += size * 1.22;
		parts.push(text(PAD, Math.round(y), line, size, 600, TEXT));
	}
	if (c.subtitle) {
		y += 36;
		const [line] = fitLines(c.subtitle, (t) => measure(t, 24), inner, 1);
		parts.push(text(PAD, Math.round(y), line ?? '', 24, 400, MUTED));
	}

	// footer: sources on the left, the site on the right
	const footerTop = OG_HEIGHT - 92;
	parts.push(
		`<line x1="${PAD}" x2="${OG_WIDTH - PAD}" y1="${footerTop}" y2="${footerTop}" stroke="${RULE}" stroke-width="2"/>`
	);
	const siteWidth = Math.max(measure(SITE_NAME, 22, 600), measure(c.address, 20));
	const srcWidth = inner - siteWidth - 48;
	sourceLines(c.sources, (t) => measure(t, 19), srcWidth).forEach((line, i) => {
		parts.push(text(PAD, footerTop + 36 + i * 26, line, 19, 400, MUTED));
	});
	parts.push(text(OG_WIDTH - PAD, footerTop + 36, SITE_NAME, 22, 600, TEXT, 'end'));
	parts.push(text(OG_WIDTH - PAD, footerTop + 62, c.address, 20, 400, MUTED, 'end'));

	// the body: the chart scaled into the space left, or the description
	const top = Math.round(y + 24);
	const bottom = footerTop - 20;
	if (c.chart) {
		const { width, height } = c.chart;
		const scale = Math.min(inner / width, (bottom - top) / height);
		const w = Math.round(width * scale);
		const h = Math.round(height * scale);
		const x = Math.round((OG_WIDTH - w) / 2);
		parts.push(
			c.chart.svg.replace(
				/^<svg\b[^>]*?>/,
				(open) =>
					`<svg x="${x}" y="${top}" width="${w}" height="${h}" viewBox="0 0 ${width} ${height}"${/\sstyle="[^"]*"/.exec(open)?.[0] ?? ''}>`
			)
		);
	} else if (c.description) {
		const lines = fitLines(c.description, (t) => measure(t, 32), inner, 5);
		lines.forEach((line, i) => parts.push(text(PAD, top + 40 + i * 46, line, 32, 400, TEXT)));
	}
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">${parts.join('')}</svg>`;
}
