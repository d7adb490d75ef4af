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
