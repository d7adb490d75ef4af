import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tradeTurnover } from './datasets';
import { formatError, parseDataset } from './parse';

const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');
const ids = new Set(['CIAFB_2010', 'CIAFB_2011']);
const parse = (name: string) =>
	parseDataset(tradeTurnover, fixture(name), { file: name, sourceIds: ids });

describe('parseDataset', () => {
	it('turns valid rows into typed records', () => {
		const r = parse('turnover_bad_number.csv');
		expect(r.records).toHaveLength(1);
		expect(r.records[0]).toMatchObject({
			year: 2009,
			reporter: 'Belarus',
			turnover_share_pct: 46.61,
			note: null,
			source_id: ['CIAFB_2010']
		});
	});

	it('names file, line and column of a non-numeric cell', () => {
		const r = parse('turnover_bad_number.csv');
		expect(r.errors.map(formatError)).toEqual([
			'turnover_bad_number.csv:3:4 — expected a number, got "n/a" (column "turnover_share_pct")'
		]);
		expect(r.rowCount).toBe(2);
	});

	it('reports a missing column on the header line', () => {
		const r = parse('turnover_missing_column.csv');
		expect(r.errors.map(formatError)).toEqual([
			'turnover_missing_column.csv:1 — missing column "computation"'
		]);
		expect(r.records).toHaveLength(0);
	});

	it('rejects a source id that sources.csv does not list', () => {
		const r = parse('turnover_unknown_source.csv');
		expect(r.errors.map(formatError)).toEqual([
			'turnover_unknown_source.csv:2:10 — unknown source id "NOPE_1999" (not in sources.csv) (column "source_id")'
		]);
	});

	it('says an empty file is empty', () => {
		const r = parse('empty.csv');
		expect(r.errors.map(formatError)).toEqual(['empty.csv — the file is empty']);
	});

	it('counts physical lines when a quoted cell spans two', () => {
		const r = parse('turnover_multiline.csv');
		expect(r.records[0]?.note).toBe('first line\nsecond line');
		expect(r.errors.map(formatError)).toEqual([
			'turnover_multiline.csv:4:3 — expected one of "Belarus", "Russia", got "Poland" (column "partner")'
		]);
	});

	it('reports rows with the wrong number of fields', () => {
		const text = fixture('turnover_bad_number.csv').replace(
			'2009,Belarus,Russia,46.61,',
			'2009,Belarus,46.61,'
		);
		const r = parseDataset(tradeTurnover, text, { file: 't.csv', sourceIds: ids });
		expect(r.errors.map(formatError)[0]).toBe('t.csv:2 — expected 10 fields, got 9');
	});

	it('reports unexpected columns and header-only files', () => {
		const header = fixture('turnover_bad_number.csv').split('\n')[0] as string;
		expect(
			parseDataset(tradeTurnover, `${header},extra\n`, { file: 'x.csv' }).errors.map(formatError)
		).toEqual(['x.csv:1:11 — unexpected column "extra"']);
		expect(
			parseDataset(tradeTurnover, `${header}\n`, { file: 'x.csv' }).errors.map(formatError)
		).toEqual(['x.csv:2 — no data rows after the header']);
	});

	it('shows markup in a bad cell as inert quoted text, shortened', () => {
		const text = fixture('turnover_bad_number.csv').replace(
			'n/a',
			'<img src=x onerror=alert(1)>'.repeat(3)
		);
		const msg = formatError(parseDataset(tradeTurnover, text, { file: 't.csv' }).errors[0]!);
		expect(msg).toContain('got "<img src=x onerror=alert(1)><img src=x o…"');
	});
});
