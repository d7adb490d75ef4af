import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASETS, energyDisputes, factbookTrade, sources, tradeTurnover } from './datasets';
import { precisionColumnOf } from './schema';
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
			'turnover_bad_number.csv:3:4 — expected a number from 0 to 100, got "n/a" (column "turnover_share_pct")'
		]);
		expect(r.rowCount).toBe(2);
	});

	it('reports a missing column on the header line', () => {
		const r = parse('turnover_missing_column.csv');
		expect(r.errors.map(formatError)).toEqual([
			'turnover_missing_column.csv:1:7 — missing column "computation"'
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
		expect(r.errors.map(formatError)).toEqual(['empty.csv:1 — the file is empty']);
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
		expect(r.errors.map(formatError)[0]).toBe('t.csv:2:10 — expected 10 fields, got 9');
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

	it('rejects a duplicated column name instead of letting the last copy win', () => {
		expect(parse('turnover_duplicate_column.csv').errors.map(formatError)).toEqual([
			'turnover_duplicate_column.csv:1:10 — duplicate column "note" (first at column 9)'
		]);
	});

	it('rejects a duplicated year column without crashing', () => {
		const r = parse('turnover_duplicate_year.csv');
		expect(r.errors.map(formatError)).toEqual([
			'turnover_duplicate_year.csv:1:11 — duplicate column "year" (first at column 1)'
		]);
		expect(r.records).toEqual([]);
	});

	it('rejects control characters in text cells, naming the cell', () => {
		expect(parse('turnover_control_chars.csv').errors.map(formatError)).toEqual([
			'turnover_control_chars.csv:2:9 — expected a text without control characters (found U+001B at character 5), got "bad \\u001b[31mred\\u001b[0m" (column "note")',
			'turnover_control_chars.csv:3:9 — expected a text without control characters (found U+0000 at character 5), got "nul \\u0000 here" (column "note")',
			'turnover_control_chars.csv:4:7 — expected a text without control characters (found U+FFFD at character 5), got "(a) \ufffd (b)" (column "computation")'
		]);
	});

	it('names the line and column of an unclosed quote', () => {
		expect(parse('turnover_unbalanced_quote.csv').errors.map(formatError)).toEqual([
			'turnover_unbalanced_quote.csv:2:9 — a quoted cell is not closed or has stray quotes'
		]);
	});

	it('names the column where a row has too many or too few fields', () => {
		expect(parse('turnover_field_count.csv').errors.map(formatError)).toEqual([
			'turnover_field_count.csv:2:11 — expected 10 fields, got 11',
			'turnover_field_count.csv:3:10 — expected 10 fields, got 9'
		]);
	});

	it('says binary input is not a UTF-8 CSV, not nine missing columns', () => {
		const bytes = readFileSync('tests/fixtures/binary.csv');
		const r = parseDataset(tradeTurnover, bytes, { file: 'binary.csv', sourceIds: ids });
		expect(r.errors.map(formatError)).toEqual([
			'binary.csv — not a UTF-8 CSV (the bytes are not valid UTF-8 text)'
		]);
		// Valid UTF-8 bytes parse as before.
		const ok = parseDataset(tradeTurnover, readFileSync('tests/fixtures/turnover_multiline.csv'), {
			file: 'm.csv',
			sourceIds: ids
		});
		expect(ok.records[0]?.note).toBe('first line\nsecond line');
	});

	it('refuses a text cell a spreadsheet would run as a formula, and accepts a real minus sign', () => {
		const r = parse('turnover_formula.csv');
		const formula =
			'expected a text that does not start with =, +, -, @, tab or CR (a spreadsheet would run it as a formula)';
		expect(r.errors.map(formatError)).toEqual([
			`turnover_formula.csv:2:9 — ${formula}, got "-400,000 t in September" (column "note")`,
			`turnover_formula.csv:3:9 — ${formula}, got "-77% y/y" (column "note")`,
			`turnover_formula.csv:4:7 — ${formula}, got "=HYPERLINK(\\"http://x\\")" (column "computation")`,
			`turnover_formula.csv:5:7 — ${formula}, got "+1" (column "computation")`,
			`turnover_formula.csv:5:9 — ${formula}, got "@SUM(A1)" (column "note")`,
			`turnover_formula.csv:6:9 — ${formula}, got "\\ttab first" (column "note")`
		]);
		// "−" (U+2212) text is safe (a share below 0 is refused by its range, tested below)
		expect(r.records.map((x) => [x.year, x.turnover_share_pct, x.note])).toEqual([
			[2014, 1.5, '−77% y/y (a real minus sign)']
		]);
		expect(parse('turnover_formula_cr.csv').errors.map(formatError)).toEqual([
			`turnover_formula_cr.csv:2:7 — ${formula}, got "\\rCR first" (column "computation")`
		]);
	});

	it('accepts an address that is empty or one http(s) URL, nothing else', () => {
		const r = parseDataset(sources, fixture('sources_bad_address.csv'), {
			file: 'sources_bad_address.csv'
		});
		const url = 'expected empty or one absolute http(s) URL';
		expect(r.errors.map(formatError)).toEqual([
			`sources_bad_address.csv:3:4 — ${url}, got "https://www.reuters.com/a ; mirror https…" (column "address")`,
			`sources_bad_address.csv:4:4 — ${url}, got "https://bbj.hu/https:/bbj.hu/energy/x" (column "address")`,
			`sources_bad_address.csv:5:4 — ${url}, got "github.com/MilkMp/CIA-World-Factbooks-Ar…" (column "address")`,
			`sources_bad_address.csv:6:5 — ${url}, got "javascript:alert(1)" (column "mirror_url")`
		]);
		expect(r.records.map((x) => [x.id, x.address, x.mirror_url])).toEqual([
			['GOOD', 'https://tass.com/economy/1163299', null],
			['EMPTY', null, null]
		]);
	});

	it('checks every date against its stated precision', () => {
		const r = parseDataset(energyDisputes, fixture('disputes_precision.csv'), {
			file: 'disputes_precision.csv'
		});
		expect(r.errors.map(formatError)).toEqual([
			'disputes_precision.csv:3:5 — expected a date to the month (YYYY-MM) as end_date_precision says, got "2010-01-27" (column "end_date")',
			'disputes_precision.csv:4:3 — expected a date to the day (YYYY-MM-DD) as start_date_precision says, got "2020-01" (column "start_date")',
			'disputes_precision.csv:5:5 — expected end_date_precision to state the precision of "2010-06-24" (column "end_date")',
			'disputes_precision.csv:6:5 — expected a date, as end_date_precision is "day" (column "end_date")'
		]);
		expect(r.records.map((x) => [x.end_date?.iso, x.end_date?.precision])).toEqual([
			['2010-01', 'month']
		]);
	});

	it('gives every date column of every dataset a precision column', () => {
		for (const d of DATASETS)
			for (const [name, c] of Object.entries(d.columns))
				if (c.type.startsWith('date'))
					expect(Object.keys(d.columns), `${d.name}.${name}`).toContain(precisionColumnOf(name));
	});
});

describe('data:check refuses what a reader could not see or would misread', () => {
	const head = fixture('turnover_bad_number.csv').split('\n')[0]!;
	const good = '2009,Belarus,Russia,46.61,23.155,49.68,(a) / (b),goods,,CIAFB_2010';
	const run = (...rows: string[]) =>
		parseDataset(tradeTurnover, [head, ...rows].join('\n') + '\n', {
			file: 't.csv',
			sourceIds: ids
		}).errors.map(formatError);
	it('a byte-order mark inside the file, with its line, column and character', () => {
		expect(
			run(good, `2010,Belarus,Russia,46.61,23.155,49.68,\uFEFF(a) / (b),goods,,CIAFB_2010`)
		).toEqual([
			't.csv:3:7 — a byte-order mark inside the file (another file pasted in?): U+FEFF at character 1'
		]);
	});
	it('bidirectional overrides and zero-width characters', () => {
		for (const ch of ['\u202E', '\u2066', '\u200B', '\u200F', '\u2060'])
			expect(
				run(`2009,Bela${ch}rus,Russia,46.61,23.155,49.68,(a) / (b),goods,,CIAFB_2010`)[0]
			).toMatch(/^t\.csv:2:2 — an invisible character .*: U\+[0-9A-F]{4} at character 5$/);
	});
	it('a share below 0 or over 100, and a negative amount', () => {
		expect(run('2009,Belarus,Russia,-4,23.155,49.68,(a) / (b),goods,,CIAFB_2010')).toEqual([
			't.csv:2:4 — expected a number from 0 to 100, got "-4" (column "turnover_share_pct")'
		]);
		expect(run('2009,Belarus,Russia,100.5,23.155,49.68,(a) / (b),goods,,CIAFB_2010')[0]).toMatch(
			/^t\.csv:2:4 — expected a number from 0 to 100/
		);
		expect(run('2009,Belarus,Russia,46.61,-23.155,49.68,(a) / (b),goods,,CIAFB_2010')[0]).toMatch(
			/^t\.csv:2:5 — expected a number ≥ 0/
		);
	});
	it('the same row twice, naming the first', () => {
		expect(run(good, good)).toEqual(['t.csv:3:1 — the same row as line 2']);
	});
	it('a formula a spreadsheet splitting on ";", tab or "|" would run', () => {
		for (const cell of ["x;=cmd|' /C calc'!A0", 'a|+1', 'b,-2', 'c; @SUM(A1)'])
			expect(
				run(`2009,Belarus,Russia,46.61,23.155,49.68,(a) / (b),goods,"${cell}",CIAFB_2010`)[0]
			).toMatch(/^t\.csv:2:9 — expected a text without =, \+, -, @ right after/);
		expect(run(good)).toEqual([]);
	});
	it('a value in "%" by its row\'s unit column over 100', () => {
		const schema = factbookTrade;
		const text = readFileSync('data/factbook_trade.csv', 'utf8');
		const [h, ...rest] = text.split('\n') as [string, ...string[]];
		const cols = h.split(',');
		const cells = rest.find((l) => l.split(',')[cols.indexOf('unit')] === '%')!.split(',');
		const at = cols.indexOf('value');
		const unit = cols.indexOf('unit');
		if (cells[unit] === '%') {
			cells[at] = '140';
			const errors = parseDataset(schema, `${h}\n${cells.join(',')}\n`, { file: 'f.csv' }).errors;
			expect(errors.map(formatError)[0]).toMatch(
				new RegExp(
					`^f\\.csv:2:${at + 1} — expected a number from 0 to 100 \\(the row's unit is "%"\\), got 140`
				)
			);
		} else expect(cells[unit]).toBe('USD bn');
	});
});
