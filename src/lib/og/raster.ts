/**
 * SVG → PNG in Node with resvg (no browser), with Inter as the only font: the Latin and Latin
 * Extended faces at 400 and 600 from @fontsource/inter, unpacked from WOFF to TrueType (resvg reads
 * only TTF/OTF), and system fonts not loaded, so no text can fall back to another family.
 * Node only: never import this from a page.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renameFamily, woffToSfnt } from './woff';

export const FONT_FAMILY = 'Inter';
const FACES = ['latin-400', 'latin-600', 'latin-ext-400', 'latin-ext-600'];

/**
 * Inter as TrueType files in `dir` (written once; the same bytes every time), their paths in a
 * fixed order.
 */
export function interFontFiles(dir: string): string[] {
	const require = createRequire(import.meta.url);
	mkdirSync(dir, { recursive: true });
	return FACES.map((face) => {
		const woff = require.resolve(`@fontsource/inter/files/inter-${face}-normal.woff`);
		const ttf = join(dir, `inter-${face}-normal.ttf`);
		const data = woffToSfnt(readFileSync(woff), (tag, table) =>
			tag === 'name' ? renameFamily(table, FONT_FAMILY) : table
		);
		if (!existsSync(ttf) || !readFileSync(ttf).equals(data)) writeFileSync(ttf, data);
		return ttf;
	});
}

export interface Raster {
	/** Ink width in px of `text` set in Inter at `size` px and `weight`. */
	measure(text: string, size: number, weight?: number): number;
	/** The SVG as PNG bytes, at its own size. */
	png(svg: string): Buffer;
	/** The SVG's RGBA pixels (for checks). */
	options: ResvgRenderOptions;
}

export function raster(fontFiles: string[]): Raster {
	const options: ResvgRenderOptions = {
		font: {
			loadSystemFonts: false,
			fontFiles,
			defaultFontFamily: FONT_FAMILY,
			sansSerifFamily: FONT_FAMILY
		},
		shapeRendering: 2,
		textRendering: 1,
		logLevel: 'off'
	};
	const cache = new Map<string, number>();
	return {
		options,
		measure(text, size, weight = 400) {
			const key = `${size}|${weight}|${text}`;
			const hit = cache.get(key);
			if (hit !== undefined) return hit;
			const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(size * text.length + 100)}" height="${size * 3}"><text x="10" y="${size * 2}" font-family="${FONT_FAMILY}" font-size="${size}" font-weight="${weight}" xml:space="preserve">${escape(text)}</text></svg>`;
			const w = new Resvg(svg, options).getBBox()?.width ?? 0;
			cache.set(key, w);
			return w;
		},
		png(svg) {
			return new Resvg(svg, options).render().asPng();
		}
	};
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
