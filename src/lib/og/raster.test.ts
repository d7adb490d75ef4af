/**
 * The preview cards' text is set in Inter and nothing else, the PNGs are real pictures, and the
 * card lays out what it is given. Renders with resvg (Node, no browser).
 */
import { Resvg } from '@resvg/resvg-js';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeCard, sourceLines } from './card';
import { pngInfo, pngPixels, pixelStats } from './png';
import { FONT_FAMILY, interFontFiles, raster, type Raster } from './raster';
import { sfntFamily } from './woff';

let files: string[];
let r: Raster;
beforeAll(() => {
	files = interFontFiles(mkdtempSync(join(tmpdir(), 'og-fonts-')));
	r = raster(files);
});

/** Sum of the advance widths of `text` in a TrueType font (cmap format 4 + hmtx), in px at `size`. */
function advance(ttf: Buffer, text: string, size: number): number {
	const tables = new Map<string, number>();
	for (let t = 0; t < ttf.readUInt16BE(4); t++) {
		const at = 12 + t * 16;
		tables.set(ttf.toString('latin1', at, at + 4), ttf.readUInt32BE(at + 8));
	}
	const unitsPerEm = ttf.readUInt16BE(tables.get('head')! + 18);
	const numH = ttf.readUInt16BE(tables.get('hhea')! + 34);
	const cmap = tables.get('cmap')!;
	let sub = -1;
	for (let i = 0; i < ttf.readUInt16BE(cmap + 2); i++) {
		const rec = cmap + 4 + i * 8;
		if (ttf.readUInt16BE(rec) === 3 && ttf.readUInt16BE(rec + 2) === 1)
			sub = cmap + ttf.readUInt32BE(rec + 4);
	}
	expect(ttf.readUInt16BE(sub)).toBe(4);
	const segX2 = ttf.readUInt16BE(sub + 6);
	const ends = sub + 14;
	const starts = ends + segX2 + 2;
	const deltas = starts + segX2;
	const ranges = deltas + segX2;
	const glyph = (code: number) => {
		for (let s = 0; s < segX2 / 2; s++) {
			if (ttf.readUInt16BE(ends + 2 * s) < code) continue;
			const start = ttf.readUInt16BE(starts + 2 * s);
			if (start > code) return 0;
			const delta = ttf.readUInt16BE(deltas + 2 * s);
			const ro = ttf.readUInt16BE(ranges + 2 * s);
			if (ro === 0) return (code + delta) & 0xffff;
			const g = ttf.readUInt16BE(ranges + 2 * s + ro + 2 * (code - start));
			return g === 0 ? 0 : (g + delta) & 0xffff;
		}
		return 0;
	};
	const hmtx = tables.get('hmtx')!;
	let units = 0;
	for (const ch of text) {
		const g = glyph(ch.codePointAt(0)!);
		units += ttf.readUInt16BE(hmtx + 4 * Math.min(g, numH - 1));
	}
	return (units * size) / unitsPerEm;
}

describe('Inter for resvg', () => {
	it('unpacks every face to TrueType, one family "Inter" told apart by weight', () => {
		expect(files).toHaveLength(4);
		for (const f of files) {
			const ttf = readFileSync(f);
			expect(ttf.readUInt32BE(0)).toBe(0x00010000);
			expect(sfntFamily(ttf)).toBe(FONT_FAMILY);
		}
		expect(r.options.font?.loadSystemFonts).toBe(false);
		expect(r.options.font?.fontFiles).toEqual(files);
	});

	it('sets text in Inter: rendered widths follow Inter’s own advance widths, not a fallback’s', () => {
		// long, so that the side bearings at the ends weigh little (kerning accounts for the rest)
		const text = 'Russia’s share of Belarus’s trade, by year; '.repeat(3).trim();
		const latin400 = readFileSync(files[0]!);
		const expected = advance(latin400, text, 40);
		const measured = r.measure(text, 40, 400);
		// ink width vs advances: they differ by the side bearings at both ends and kerning
		expect(Math.abs(measured / expected - 1)).toBeLessThan(0.025);
		const dejavu = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
		if (existsSync(dejavu)) {
			// the same string in another family is measurably different (the check can tell fonts apart)
			expect(Math.abs(advance(readFileSync(dejavu), text, 40) / expected - 1)).toBeGreaterThan(
				0.05
			);
		}
	});

	it('finds the 600 face for font-weight 600 (wider than 400)', () => {
		const w400 = r.measure('Dependence Atlas', 44, 400);
		const w600 = r.measure('Dependence Atlas', 44, 600);
		expect(w600).toBeGreaterThan(w400 * 1.02);
		const expected = advance(readFileSync(files[1]!), 'Dependence Atlas', 44);
		expect(Math.abs(w600 / expected - 1)).toBeLessThan(0.025);
	});

	it('draws Latin Extended letters (Klaipėda) from Inter too', () => {
		expect(r.measure('ė', 40)).toBeGreaterThan(10);
	});
});

describe('PNG reading', () => {
	it('decodes exactly the pixels resvg rendered', () => {
		const svg =
			'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#fff"/><rect width="20" height="20" fill="#0072b2"/><circle cx="30" cy="10" r="8" fill="#b85000" opacity="0.5"/></svg>';
		const img = new Resvg(svg).render();
		const png = img.asPng();
		expect(pngInfo(png)).toMatchObject({ width: 40, height: 20, bitDepth: 8 });
		expect(Buffer.from(pngPixels(png).rgba).equals(Buffer.from(img.pixels))).toBe(true);
	});

	it('tells a blank or black picture from a card', () => {
		const blank = new Resvg(
			'<svg xmlns="http://www.w3.org/2000/svg" width="50" height="50"><rect width="50" height="50" fill="#fff"/></svg>'
		).render();
		const black = new Resvg(
			'<svg xmlns="http://www.w3.org/2000/svg" width="50" height="50"><rect width="50" height="50"/></svg>'
		).render();
		expect(pixelStats(blank.pixels)).toMatchObject({ colours: 1, inked: 0 });
		expect(pixelStats(black.pixels)).toMatchObject({ colours: 1, dark: 1 });
	});
});

describe('the card', () => {
	const chart = {
		svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 300" width="640" height="300" style="overflow:visible"><rect x="40" y="40" width="200" height="220" style="fill:#0072b2"/><rect x="300" y="140" width="200" height="120" style="fill:#b85000"/><text x="40" y="290" style="font-size:12px;fill:#555555">2009</text></svg>',
		width: 640,
		height: 300
	};

	it('is a 1200 × 630 PNG with the title, chart, sources and address drawn', () => {
		const svg = composeCard(
			{
				title: 'An unequal dependence: Russia in Belarus’s trade, Belarus in Russia’s',
				subtitle: 'Share of each country’s goods trade that is with the other',
				chart,
				sources: ['CIA World Factbook', 'Belstat'],
				address: 'dependence-atlas.org/chart/trade-asymmetry'
			},
			r.measure
		);
		expect(svg).toContain('>Sources: CIA World Factbook; Belstat</text>');
		expect(svg).toContain('>dependence-atlas.org/chart/trade-asymmetry</text>');
		expect(svg).toContain('>Dependence Atlas</text>');
		const png = r.png(svg);
		expect(pngInfo(png)).toMatchObject({ width: 1200, height: 630 });
		const { rgba } = pngPixels(png);
		const stats = pixelStats(rgba);
		expect(stats.transparent).toBe(0);
		expect(stats.colours).toBeGreaterThan(50);
		expect(stats.inked).toBeGreaterThan(0.05);
		expect(stats.inked).toBeLessThan(0.6);
		expect(stats.dark).toBeLessThan(0.1);
		// the title's band has ink (its text rendered), in the title's colour
		let titleInk = 0;
		for (let y = 50; y < 140; y++)
			for (let x = 64; x < 1136; x++) {
				const o = (y * 1200 + x) * 4;
				if (rgba[o]! < 80 && rgba[o + 1]! < 80 && rgba[o + 2]! < 80) titleInk++;
			}
		expect(titleInk).toBeGreaterThan(3000);
		// the chart's blue bar is in the picture
		let blue = 0;
		for (let o = 0; o < rgba.length; o += 4)
			if (rgba[o] === 0 && rgba[o + 1] === 0x72 && rgba[o + 2] === 0xb2) blue++;
		expect(blue).toBeGreaterThan(10000);
	});

	it('names as many sources as fit on two lines, then how many more', () => {
		const many = Array.from({ length: 30 }, (_, i) => `Source number ${i + 1}`);
		const lines = sourceLines(many, (t) => r.measure(t, 19), 700);
		expect(lines.length).toBeLessThanOrEqual(2);
		expect(lines.join(' ')).toMatch(/^Sources: Source number 1; .*; and \d+ more$/);
		expect(sourceLines(['One'], (t) => r.measure(t, 19), 700)).toEqual(['Source: One']);
	});

	it('gives a long title two lines at most, and the same bytes every time', () => {
		const input = {
			title: 'word '.repeat(60),
			description: 'A page without a chart.',
			sources: [],
			address: 'x.org'
		};
		const svg = composeCard(input, r.measure);
		expect(svg.match(/font-weight="600" fill="#1a1a1a" text-anchor="start"/g)).toHaveLength(2);
		expect(svg).toContain('…</text>');
		expect(r.png(svg).equals(r.png(composeCard(input, r.measure)))).toBe(true);
	});
});
