import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataVersion, hashCsvFiles, parseVersionFile } from './version';

const A = { name: 'a.csv', content: 'x,y\n1,2\n' };
const B = { name: 'b.csv', content: 'id\nZ\n' };

describe('hashCsvFiles', () => {
	it('is the first 12 hex digits of SHA-256 over name, byte length and bytes, in name order', () => {
		const expected = createHash('sha256')
			.update('a.csv\n8\nx,y\n1,2\nb.csv\n5\nid\nZ\n')
			.digest('hex')
			.slice(0, 12);
		expect(hashCsvFiles([A, B])).toBe(expected);
		// a fixed input gives a fixed hash on any machine (checked with sha256sum)
		expect(hashCsvFiles([A, B])).toBe('9baa53fdbf0f');
		expect(hashCsvFiles([])).toBe(createHash('sha256').digest('hex').slice(0, 12));
	});

	it('does not depend on the order the files are given in', () => {
		expect(hashCsvFiles([B, A])).toBe(hashCsvFiles([A, B]));
	});

	it('changes when a file changes, is renamed, or a byte moves between files', () => {
		const base = hashCsvFiles([A, B]);
		expect(hashCsvFiles([A, { ...B, content: 'id\nY\n' }])).not.toBe(base);
		expect(hashCsvFiles([A, { ...B, name: 'c.csv' }])).not.toBe(base);
		expect(hashCsvFiles([A])).not.toBe(base);
		expect(
			hashCsvFiles([
				{ name: 'a.csv', content: 'ab' },
				{ name: 'b.csv', content: 'c' }
			])
		).not.toBe(
			hashCsvFiles([
				{ name: 'a.csv', content: 'a' },
				{ name: 'b.csv', content: 'bc' }
			])
		);
	});

	it('hashes bytes: a string and its UTF-8 bytes agree', () => {
		const text = 'Klaipėda − 5\n';
		expect(hashCsvFiles([{ name: 'p.csv', content: Buffer.from(text, 'utf8') }])).toBe(
			hashCsvFiles([{ name: 'p.csv', content: text }])
		);
	});

	it('refuses the same file name twice', () => {
		expect(() => hashCsvFiles([A, A])).toThrow(/a\.csv given twice/);
	});
});

describe('parseVersionFile', () => {
	it('reads the committed data/VERSION', () => {
		const v = parseVersionFile(readFileSync('data/VERSION', 'utf8'));
		expect(v.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(v.description.length).toBeGreaterThan(10);
	});

	it('reads date and description, in any order', () => {
		expect(parseVersionFile('description: First data.\ndate: 2026-01-31\n')).toEqual({
			date: '2026-01-31',
			description: 'First data.'
		});
	});

	it('names what is wrong', () => {
		expect(() => parseVersionFile('date: 2026-02-30\ndescription: x')).toThrow(/real day/);
		expect(() => parseVersionFile('date: 28.11.2026\ndescription: x')).toThrow(/YYYY-MM-DD/);
		expect(() => parseVersionFile('description: x')).toThrow(/missing "date/);
		expect(() => parseVersionFile('date: 2026-01-01')).toThrow(/missing "description/);
		expect(() => parseVersionFile('date: 2026-01-01\ndescription: x\nhash: abc')).toThrow(
			/:3 — unknown field "hash"/
		);
		expect(() => parseVersionFile('date 2026-01-01')).toThrow(/:1 — expected "key: value"/);
		expect(() => parseVersionFile('date: 2026-01-01\ndate: 2026-01-02\ndescription: x')).toThrow(
			/given twice/
		);
	});
});

describe('dataVersion', () => {
	it('is the same computed twice, and matches hashing data/*.csv directly', () => {
		const a = dataVersion();
		const b = dataVersion();
		expect(a).toEqual(b);
		expect(a.hash).toMatch(/^[0-9a-f]{12}$/);
		expect(a.date).toBe(parseVersionFile(readFileSync('data/VERSION', 'utf8')).date);
	});

	it('changes when a curated CSV changes, not when raw/ or README.md does', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-version-'));
		try {
			cpSync('data', dir, { recursive: true });
			const before = dataVersion(dir).hash;
			expect(before).toBe(dataVersion().hash);
			writeFileSync(join(dir, 'README.md'), 'changed');
			writeFileSync(join(dir, 'raw', 'ORIGIN.md'), 'changed');
			expect(dataVersion(dir).hash).toBe(before);
			const f = join(dir, 'claims.csv');
			writeFileSync(f, readFileSync(f, 'utf8').replace(',48,', ',49,'));
			expect(dataVersion(dir).hash).not.toBe(before);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
