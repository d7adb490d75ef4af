/**
 * Reading PNGs the cards produce, for checks: the size from IHDR, and the pixels (8-bit RGB/RGBA,
 * not interlaced, as resvg writes them) with pixel statistics that tell a real card from a blank
 * or black one.
 */
import { inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

export interface PngInfo {
	width: number;
	height: number;
	bitDepth: number;
	colorType: number;
}

/** Width, height, bit depth and colour type from the IHDR chunk; throws if this is no PNG. */
export function pngInfo(png: Buffer): PngInfo {
	if (png.length < 33 || !png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
	if (png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR first');
	return {
		width: png.readUInt32BE(16),
		height: png.readUInt32BE(20),
		bitDepth: png.readUInt8(24),
		colorType: png.readUInt8(25)
	};
}

/** RGBA pixels of an 8-bit, non-interlaced RGB or RGBA PNG. */
export function pngPixels(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
	const info = pngInfo(png);
	if (info.bitDepth !== 8 || (info.colorType !== 6 && info.colorType !== 2))
		throw new Error(`unsupported PNG (depth ${info.bitDepth}, colour type ${info.colorType})`);
	if (png.readUInt8(28) !== 0) throw new Error('interlaced PNG not supported');
	const idat: Buffer[] = [];
	for (let at = 8; at < png.length;) {
		const len = png.readUInt32BE(at);
		const type = png.toString('latin1', at + 4, at + 8);
		if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + len));
		at += 12 + len;
	}
	const raw = inflateSync(Buffer.concat(idat));
	const channels = info.colorType === 6 ? 4 : 3;
	const stride = info.width * channels;
	const out = new Uint8Array(info.width * info.height * 4);
	let prev = new Uint8Array(stride);
	for (let y = 0; y < info.height; y++) {
		const filter = raw[y * (stride + 1)]!;
		const line = Uint8Array.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
		for (let x = 0; x < stride; x++) {
			const a = x >= channels ? line[x - channels]! : 0;
			const b = prev[x]!;
			const c = x >= channels ? prev[x - channels]! : 0;
			let add = 0;
			if (filter === 1) add = a;
			else if (filter === 2) add = b;
			else if (filter === 3) add = (a + b) >> 1;
			else if (filter === 4) {
				const p = a + b - c;
				const pa = Math.abs(p - a);
				const pb = Math.abs(p - b);
				const pc = Math.abs(p - c);
				add = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
			}
			line[x] = (line[x]! + add) & 255;
		}
		for (let x = 0; x < info.width; x++) {
			const o = (y * info.width + x) * 4;
			out[o] = line[x * channels]!;
			out[o + 1] = line[x * channels + 1]!;
			out[o + 2] = line[x * channels + 2]!;
			out[o + 3] = channels === 4 ? line[x * channels + 3]! : 255;
		}
		prev = line;
	}
	return { width: info.width, height: info.height, rgba: out };
}

export interface PixelStats {
	/** Distinct colours (RGB, alpha ignored). */
	colours: number;
	/** Share of pixels that are not (near) white. */
	inked: number;
	/** Share of pixels that are (near) black. */
	dark: number;
	/** Share of fully transparent pixels. */
	transparent: number;
}

export function pixelStats(rgba: Uint8Array): PixelStats {
	const seen = new Set<number>();
	let inked = 0;
	let dark = 0;
	let transparent = 0;
	const n = rgba.length / 4;
	for (let i = 0; i < rgba.length; i += 4) {
		const r = rgba[i]!;
		const g = rgba[i + 1]!;
		const b = rgba[i + 2]!;
		if (rgba[i + 3] === 0) transparent++;
		seen.add((r << 16) | (g << 8) | b);
		if (r < 240 || g < 240 || b < 240) inked++;
		if (r < 40 && g < 40 && b < 40) dark++;
	}
	return { colours: seen.size, inked: inked / n, dark: dark / n, transparent: transparent / n };
}
