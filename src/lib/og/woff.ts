/**
 * WOFF 1.0 → TrueType/OpenType (sfnt), for resvg, which reads only TTF/OTF: the site's Inter comes
 * from @fontsource/inter as WOFF (zlib-compressed tables) and WOFF2; this unpacks the WOFF one.
 * Format: https://www.w3.org/TR/WOFF/ (header 44 bytes, table directory of 20-byte entries).
 */
import { inflateSync } from 'node:zlib';

export function woffToSfnt(
	woff: Buffer,
	transform: (tag: string, data: Buffer) => Buffer = (_, d) => d
): Buffer {
	if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
	const flavor = woff.readUInt32BE(4);
	const numTables = woff.readUInt16BE(12);
	const tables: { tag: string; checksum: number; data: Buffer }[] = [];
	for (let t = 0; t < numTables; t++) {
		const at = 44 + t * 20;
		const tag = woff.toString('latin1', at, at + 4);
		const offset = woff.readUInt32BE(at + 4);
		const compLength = woff.readUInt32BE(at + 8);
		const origLength = woff.readUInt32BE(at + 12);
		const checksum = woff.readUInt32BE(at + 16);
		const raw = woff.subarray(offset, offset + compLength);
		const data = compLength < origLength ? inflateSync(raw) : Buffer.from(raw);
		if (data.length !== origLength) throw new Error(`WOFF table ${tag}: bad length`);
		const out = transform(tag, data);
		tables.push({ tag, checksum: out === data ? checksum : tableChecksum(out), data: out });
	}
	// sfnt header: version, numTables, searchRange, entrySelector, rangeShift
	const pow = 2 ** Math.floor(Math.log2(numTables));
	const header = Buffer.alloc(12 + 16 * numTables);
	header.writeUInt32BE(flavor, 0);
	header.writeUInt16BE(numTables, 4);
	header.writeUInt16BE(pow * 16, 6);
	header.writeUInt16BE(Math.log2(pow), 8);
	header.writeUInt16BE(numTables * 16 - pow * 16, 10);
	const chunks: Buffer[] = [header];
	let offset = header.length;
	// the directory is sorted by tag (WOFF keeps that order already)
	tables.forEach((t, k) => {
		const at = 12 + k * 16;
		header.write(t.tag, at, 'latin1');
		header.writeUInt32BE(t.checksum, at + 4);
		header.writeUInt32BE(offset, at + 8);
		header.writeUInt32BE(t.data.length, at + 12);
		const padded = Buffer.alloc((t.data.length + 3) & ~3);
		t.data.copy(padded);
		chunks.push(padded);
		offset += padded.length;
	});
	return Buffer.concat(chunks);
}

/** The family name (name id 1, or 16 when present) recorded in an sfnt's `name` table. */
export function sfntFamily(sfnt: Buffer): string | undefined {
	const numTables = sfnt.readUInt16BE(4);
	for (let t = 0; t < numTables; t++) {
		const at = 12 + t * 16;
		if (sfnt.toString('latin1', at, at + 4) !== 'name') continue;
		const base = sfnt.readUInt32BE(at + 8);
		const count = sfnt.readUInt16BE(base + 2);
		const strings = base + sfnt.readUInt16BE(base + 4);
		const found = new Map<number, string>();
		for (let r = 0; r < count; r++) {
			const rec = base + 6 + r * 12;
			const platform = sfnt.readUInt16BE(rec);
			const nameId = sfnt.readUInt16BE(rec + 6);
			const len = sfnt.readUInt16BE(rec + 8);
			const off = strings + sfnt.readUInt16BE(rec + 10);
			if (platform !== 3 || (nameId !== 1 && nameId !== 16)) continue;
			const bytes = sfnt.subarray(off, off + len);
			let s = '';
			for (let b = 0; b + 1 < bytes.length; b += 2) s += String.fromCharCode(bytes.readUInt16BE(b));
			found.set(nameId, s);
		}
		return found.get(16) ?? found.get(1);
	}
	return undefined;
}

function tableChecksum(data: Buffer): number {
	const padded = Buffer.alloc((data.length + 3) & ~3);
	data.copy(padded);
	let sum = 0;
	for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
	return sum;
}

/**
 * A `name` table whose family (name id 1) is `family` on every platform. Fontsource's static faces
 * name their family after the weight ("Inter SemiBold"), so font-family: Inter with
 * font-weight: 600 would find no face; renamed, the faces form one family told apart by weight
 * (OS/2 usWeightClass), as in a browser.
 */
export function renameFamily(name: Buffer, family: string): Buffer {
	if (name.readUInt16BE(0) !== 0) throw new Error('name table format 1 is not supported');
	const count = name.readUInt16BE(2);
	const strings = name.readUInt16BE(4);
	const records: { head: Buffer; bytes: Buffer }[] = [];
	for (let r = 0; r < count; r++) {
		const rec = 6 + r * 12;
		const platform = name.readUInt16BE(rec);
		const nameId = name.readUInt16BE(rec + 6);
		const len = name.readUInt16BE(rec + 8);
		const off = strings + name.readUInt16BE(rec + 10);
		let bytes = name.subarray(off, off + len);
		if (nameId === 1 && (platform === 0 || platform === 3)) {
			bytes = Buffer.alloc(family.length * 2);
			for (let i = 0; i < family.length; i++) bytes.writeUInt16BE(family.charCodeAt(i), i * 2);
		} else if (nameId === 1 && platform === 1) bytes = Buffer.from(family, 'latin1');
		records.push({ head: name.subarray(rec, rec + 12), bytes });
	}
	const headerLen = 6 + count * 12;
	const out: Buffer[] = [];
	const header = Buffer.alloc(headerLen);
	header.writeUInt16BE(0, 0);
	header.writeUInt16BE(count, 2);
	header.writeUInt16BE(headerLen, 4);
	let offset = 0;
	records.forEach((r, i) => {
		const at = 6 + i * 12;
		r.head.copy(header, at);
		header.writeUInt16BE(r.bytes.length, at + 8);
		header.writeUInt16BE(offset, at + 10);
		out.push(r.bytes);
		offset += r.bytes.length;
	});
	return Buffer.concat([header, ...out]);
}
