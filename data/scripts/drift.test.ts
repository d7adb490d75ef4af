import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATED, buildAll } from './build-all';
import { DataError, loadAll } from '../../src/lib/server/data';

const out = mkdtempSync(join(tmpdir(), 'atlas-data-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('data scripts', () => {
	it('re-running every script leaves data/ unchanged', () => {
		buildAll(out);
		for (const name of GENERATED) {
			const committed = readFileSync(join('data', `${name}.csv`), 'utf8');
			const fresh = readFileSync(join(out, `${name}.csv`), 'utf8');
			expect(fresh, `${name}.csv differs from what data/scripts produce`).toBe(committed);
		}
		expect(readFileSync(join(out, 'README.md'), 'utf8'), 'data/README.md is out of date').toBe(
			readFileSync(join('data', 'README.md'), 'utf8')
		);
	});

	it('every dataset validates and every source_id resolves in sources.csv', () => {
		const d = loadAll();
		expect(d.rowCounts.trade_turnover).toBe(34);
		expect(d.sources.some((s) => s.id === 'CIAFB_2023')).toBe(true);
	});

	it('refuses a source id given twice, naming the line and column of both', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-dup-'));
		try {
			cpSync('data', dir, { recursive: true });
			const file = join(dir, 'sources.csv');
			const text = readFileSync(file, 'utf8');
			const lines = text.trimEnd().split('\n');
			// the second row again under another outlet, at the end of the file (not an exact copy)
			const again = lines[1]!.replace(/^([^,]+),"[^"]*"/, '$1,Another outlet');
			writeFileSync(file, `${text.trimEnd()}\n${again}\n`);
			const id = lines[1]!.split(',')[0]!;
			expect(() => loadAll(dir)).toThrow(
				new RegExp(
					`sources\\.csv:${lines.length + 1}:1 — duplicate source id "${id}" \\(first at line 2\\)`
				)
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 30_000);

	it('fails the load, naming the row, when a source id is unknown', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
		try {
			cpSync('data', dir, { recursive: true });
			const file = join(dir, 'trade_shares.csv');
			writeFileSync(file, readFileSync(file, 'utf8').replace('UDF_MFA2013', 'MADE_UP_ID'));
			expect(() => loadAll(dir)).toThrow(DataError);
			expect(() => loadAll(dir)).toThrow(
				/trade_shares\.csv:\d+:10 — unknown source id "MADE_UP_ID"/
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
