import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import {
	LIMITS,
	labelOf,
	longLine,
	overLimits,
	PROBLEM_LIMIT,
	decode,
	detect,
	firstInvalidUtf8,
	inferType,
	parseText,
	problemText,
	readRecords,
	toTime,
	type ColumnType
} from './parse';
import {
	buildView,
	viewTable,
	defaultMapping,
	aggregate,
	longTable,
	AGGREGATE_ABOVE
} from './view';
import { chartCsv } from '$lib/export/csv';

const enc = (s: string) => new TextEncoder().encode(s);

describe('reading bytes', () => {
	it('refuses an empty file, a binary file and bytes that are not UTF-8, naming the line', () => {
		expect(decode(new Uint8Array())).toEqual({ refused: expect.stringMatching(/empty/) });
		expect(decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]))).toEqual({
			refused: expect.stringMatching(/binary/)
		});
		// "a,b\n1,й" in Windows-1251 (0xE9)
		const r = decode(new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0x31, 0x2c, 0xe9]));
		expect(r).toEqual({ refused: expect.stringMatching(/not UTF-8 text: byte 7 \(line 2\)/) });
	});
	it('keeps valid UTF-8 and notes and strips a BOM', () => {
		const r = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('год,знач\n2020,1')]));
		expect(r).toEqual({ text: 'год,знач\n2020,1', bom: true });
	});
	it('finds the first invalid byte of any byte string, or none for valid text', () => {
		fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => firstInvalidUtf8(enc(s)) === -1));
		expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
		expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
	});
});

describe('detection', () => {
	it('detects semicolons with decimal commas, CRLF, quotes and a header', () => {
		const d = detect('year;"value; EUR"\r\n2019;1,5\r\n2020;2,25\r\n');
		expect(d).toMatchObject({
			delimiter: ';',
			header: true,
			decimalComma: true,
			crlf: true,
			quotes: true
		});
	});
	it('detects tabs and a file without a header row', () => {
		expect(detect('2019\t1.5\n2020\t2\n')).toMatchObject({ delimiter: '\t', header: false });
	});
});

describe('checking a table', () => {
	it('lists a non-numeric value by line and column, keeps the valid rows', () => {
		const text = 'year,value\n2000,1\n\n2001,n/a\n2002,3\n';
		const t = parseText(text);
		if ('refused' in t) throw new Error(t.refused);
		expect(t.types).toEqual(['year', 'number']);
		expect(t.problems.map(problemText)).toEqual([
			'line 4, column value: expected a number, got "n/a"'
		]);
		expect(t.values[1]).toEqual([1, null, 3]);
	});
	it('counts lines inside quoted fields with newlines', () => {
		const t = parseText('name,value\n"two\nlines",1\nb,x\nc,2\n');
		if ('refused' in t) throw new Error(t.refused);
		expect(t.problems[0]).toMatchObject({ line: 4, column: 'value' });
		expect(t.lines).toEqual([2, 4, 5]);
	});
	it('drops ragged rows with a count and names duplicate headers', () => {
		const t = parseText('a,a,b\n1,2,3\n4,5\n6,7,8\n');
		if ('refused' in t) throw new Error(t.refused);
		expect(t.names).toEqual(['a', 'a (2)', 'b']);
		expect(t.dropped).toBe(1);
		expect(t.problems.map(problemText)).toEqual([
			'line 1, column a: duplicate column name: the header names "a" more than once; the copy in column 2 is shown as "a (2)"',
			'line 3: the row has 2 fields, the header 3 (ragged row): not used'
		]);
	});
	it('renames a copied header to a name no other column has (year,a,a,a (2))', () => {
		for (const header of ['year,a,a,a (2)', 'year,a,a (2),a', 'a,,column 2', 'x,x,x (2),x (3),x']) {
			const row = header.split(',').map((_, i) => i + 1);
			const t = parseText(`${header}\n${row.join(',')}\n`);
			if ('refused' in t) throw new Error(t.refused);
			expect(new Set(t.names).size, header).toBe(t.names.length);
		}
		const t = parseText('year,a,a,a (2)\n2020,1,2,3\n');
		if ('refused' in t) throw new Error(t.refused);
		expect(t.names).toEqual(['year', 'a', 'a (3)', 'a (2)']);
	});
	it('refuses a header-only file and reports unbalanced quotes', () => {
		expect(parseText('year,value\n')).toMatchObject({
			refused: expect.stringMatching(/no data rows/)
		});
		const t = parseText('a,b\n1,"oops\n2,3\n');
		expect(JSON.stringify(t)).toMatch(/unbalanced quotes/);
	});
	it('lists the first 100 problems and counts the rest', () => {
		const rows = Array.from({ length: 400 }, (_, i) => `${2000 + (i % 20)},${i < 150 ? 'x' : i}`);
		const t = parseText(`year,value\n${rows.join('\n')}`);
		if ('refused' in t) throw new Error(t.refused);
		expect(t.problems).toHaveLength(PROBLEM_LIMIT);
		expect(t.problemCount).toBe(150);
	});
	it('keeps markup in cells as text', () => {
		const t = parseText('year,label\n2000,<img src=x onerror=alert(1)>\n');
		if ('refused' in t) throw new Error(t.refused);
		expect(t.text[1]).toEqual(['<img src=x onerror=alert(1)>']);
	});
	it('infers types and validates dates', () => {
		expect(inferType(['2001', '2002', ''], false)).toBe('year');
		expect(inferType(['2001-02-03', '2001-03-04'], false)).toBe('date');
		expect(inferType(['2001-03', '2001-04'], false)).toBe('date');
		// days and months in one column: not one form, so not periods
		expect(inferType(['2001-02-03', '2001-03'], false)).toBe('text');
		expect(inferType(['1,5', '2'], true)).toBe('number');
		expect(inferType(['a', '1'], false)).toBe('text');
		expect(toTime('2021-02-30', 'date')).toBeNull();
	});
});

describe('properties', () => {
	it('parsing and checking any text returns rows or a refusal, never throws', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 400 }), fc.boolean(), (s, header) => {
				const r = parseText(s, { header });
				if ('refused' in r) return typeof r.refused === 'string';
				return r.rowCount >= 0 && r.problems.length <= PROBLEM_LIMIT;
			}),
			{ numRuns: 400 }
		);
	});
	it('any bytes decode to text or a refusal, never throw', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
				const r = decode(b);
				return 'refused' in r || typeof r.text === 'string';
			}),
			{ numRuns: 400 }
		);
	});
	it('CSV-shaped text from cells with quotes, delimiters and newlines parses to the same cells', () => {
		const cell = fc.string({ maxLength: 12 }).filter((s) => s.trim() !== '' && !s.includes('\r'));
		fc.assert(
			fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 8 }), (rows) => {
				const text = Papa.unparse([['a', 'b'], ...rows]);
				const r = readRecords(text, ',');
				return JSON.stringify(r.records.slice(1)) === JSON.stringify(rows);
			})
		);
	});
	it('an exported CSV read back gives the same values (formulas defused with a leading apostrophe)', () => {
		// labels of any text (quotes, commas, newlines, =+-@ at the start), never numbers
		const label = fc
			.string({ maxLength: 10 })
			.map((s) => `${'=+-@x'[s.length % 5]}${s}z`)
			.filter((s) => !s.includes('\r'));
		const num = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
		const undo = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 1900, max: 2100 }), label, num), {
					minLength: 1,
					maxLength: 20
				}),
				(rows) => {
					const src = Papa.unparse([
						['year', 'label', 'value'],
						...rows.map(([y, l, v]) => [String(y), l, String(v)])
					]);
					const t = parseText(src, { delimiter: ',', header: true, decimalComma: false });
					if ('refused' in t) return false;
					const csv = chartCsv(viewTable(t, { x: 'year', y: ['value'], series: 'label' }));
					const back = Papa.parse<string[]>(csv, { delimiter: ',', skipEmptyLines: true });
					const data = back.data.slice(1);
					return (
						data.length === rows.length &&
						data.every((r, i) => {
							const [y, l, v] = rows[i]!;
							return (
								Number(r[1]) === y && undo(r[2] ?? '') === l && Number(r[3]) === (v === 0 ? 0 : v)
							);
						})
					);
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('views', () => {
	it('keeps a missing value as a gap, through aggregation too', () => {
		const t = parseText('year,v\n2000,1\n2001,\n2002,3\n');
		if ('refused' in t) throw new Error(t.refused);
		expect(buildView(t, { x: 'year', y: ['v'], series: null }, null, 600).series[0]).toMatchObject({
			points: [
				{ x: 2000, y: 1 },
				{ x: 2001, y: null },
				{ x: 2002, y: 3 }
			],
			count: 2
		});
		const pts = Array.from({ length: 1000 }, (_, i) => ({ x: i, y: i === 500 ? null : i % 7 }));
		const agg = aggregate(pts, 0, 999, 50);
		expect(agg.filter((p) => p.y === null)).toEqual([{ x: 500, y: null }]);
		expect(agg.length).toBeLessThanOrEqual(2 * 51 + 1);
	});

	it('splits by series and aggregates above the stated number of points', () => {
		const n = AGGREGATE_ABOVE * 3;
		const rows = Array.from({ length: n }, (_, i) => `${i},${Math.sin(i) * 10}`);
		const t = parseText(`x,y\n${rows.join('\n')}`);
		if ('refused' in t) throw new Error(t.refused);
		const m = defaultMapping(t)!;
		const v = buildView(t, m, null, 400);
		expect(v.series[0]!.aggregated).toBe(true);
		expect(v.series[0]!.count).toBe(n);
		expect(v.series[0]!.points.length).toBeLessThanOrEqual(800);
		expect(v.columnPx).toBe(1);
		const ys = v.series[0]!.points.flatMap((p) => (p.y === null ? [] : [p.y]));
		expect(Math.max(...ys)).toBeCloseTo(Math.max(...t.values[1]!.map(Number)), 6);
	});
	it('shares the point budget between series (wider columns, said in columnPx)', () => {
		const rows = Array.from({ length: 40_000 }, (_, i) => `${i % 5000},${i % 13},s${i % 8}`);
		const t = parseText(`x,y,s\n${rows.join('\n')}`);
		if ('refused' in t) throw new Error(t.refused);
		const v = buildView(t, { x: 'x', y: ['y'], series: 's' }, null, 1000);
		expect(v.series).toHaveLength(8);
		const drawn = v.series.reduce((n, s) => n + s.points.length, 0);
		expect(drawn).toBeLessThanOrEqual(AGGREGATE_ABOVE);
		expect(v.columnPx).toBe(6.4);
	});
	it('keeps small series as they are', () => {
		const pts = [
			{ x: 1, y: 2 },
			{ x: 2, y: 3 }
		];
		expect(aggregate(pts, 1, 2, 10)).toBe(pts);
	});
});

describe('periods in a table (Belstat and Rosstat forms)', () => {
	const table = (text: string) => {
		const t = parseText(text);
		if ('refused' in t) throw new Error(t.refused);
		return t;
	};
	it('reads a Belstat month column as months, not as the numbers 1.2022, 2.2022…', () => {
		const t = table(
			'Период;Экспорт, млн долл. США\n01.2022;3100,5\n02.2022;3200,1\n03.2022;2900\n'
		);
		expect(t.types).toEqual(['date', 'number']);
		expect(t.forms).toEqual(['my', null]);
		expect(t.grains).toEqual(['month', null]);
		expect(t.values[0]).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2022, 1, 1), Date.UTC(2022, 2, 1)]);
		// the x axis is the period, never the export column
		expect(defaultMapping(t)).toEqual({
			x: 'Период',
			y: ['Экспорт, млн долл. США'],
			series: null
		});
	});
	it('reads Rosstat quarters and month names, and years written with г.', () => {
		const q = table(
			'Квартал;Импорт\nI кв. 2021;10\nII кв. 2021;11\nIII кв. 2021;12\nIV кв. 2021;13\n'
		);
		expect(q.types).toEqual(['date', 'number']);
		expect(q.grains?.[0]).toBe('quarter');
		const m = table('Месяц,Индекс\nянварь 2022 г.,101\nфевраль 2022 г.,102\nмарт 2022 г.,99\n');
		expect(m.types).toEqual(['date', 'number']);
		expect(m.forms?.[0]).toBe('month-name');
		const y = table('Год,Значение\n2020 г.,5\n2021 г.,6\n');
		expect(y.types).toEqual(['year', 'number']);
		expect(y.values[0]).toEqual([2020, 2021]);
	});
	it('a column that mixes forms is not read as periods, and the line that breaks it is named', () => {
		const t = table('period,value\n01.2022,1\n02.2022,2\n2022-03,3\n04.2022,4\n');
		expect(t.types[0]).toBe('text');
		expect(t.problems.map(problemText)).toContain(
			'line 4, column period: "2022-03" is written as year-month (2022-01), but line 2 as month.year (01.2022): a column of periods keeps one form, so this one is read as text, not as dates'
		);
		const q = table('p,v\n2022 Q1,1\n2022 Q2,2\n07.2022,3\n');
		expect(q.types[0]).toBe('text');
		expect(q.problems[0]).toMatchObject({ line: 4, column: 'p' });
	});
	it('a total row among the periods is a problem on its line, the rest are still periods', () => {
		const t = table('Период;Экспорт\n01.2022;1\n02.2022;2\n03.2022;3\nИтого;6\n');
		expect(t.types[0]).toBe('date');
		expect(t.values[0]![3]).toBeNull();
		expect(t.problems.map(problemText)).toEqual([
			'line 5, column Период: expected a period written as month.year (01.2022), like the rest of the column, got "Итого"'
		]);
	});
	it('a column of decimals is not taken for months', () => {
		const t = table('x,y\n10.2022,1\n3.5,2\n7.25,3\n');
		expect(t.types[0]).toBe('number');
	});
});

describe('defaultMapping', () => {
	it('takes a date or year column for x before any number column, wherever it stands', () => {
		const cols = (types: ColumnType[]) => ({ names: types.map((_, i) => `c${i}`), types });
		expect(defaultMapping(cols(['number', 'year', 'number']))?.x).toBe('c1');
		expect(defaultMapping(cols(['number', 'number', 'date']))?.x).toBe('c2');
		expect(defaultMapping(cols(['year', 'date', 'number']))).toEqual({
			x: 'c1',
			y: ['c2'],
			series: null
		});
		// only numbers: the first is x
		expect(defaultMapping(cols(['number', 'number']))?.x).toBe('c0');
	});
});

describe('the figure’s CSV (long form)', () => {
	it('has every row of each series drawn with its source, unit and line; periods as periods', () => {
		const t = parseText(
			'Период;Экспорт, млн долл. США;Страна\n01.2022;10;A\n02.2022;;A\n01.2022;5;B\n'
		);
		if ('refused' in t) throw new Error(t.refused);
		const m = { x: 'Период', y: ['Экспорт, млн долл. США'], series: 'Страна' };
		const long = longTable(t, m, {
			file: 'belstat.csv',
			units: { 'Экспорт, млн долл. США': 'млн долл. США' },
			keep: ['A'],
			describe: ['Страна']
		});
		expect(chartCsv(long)).toBe(
			[
				'source,series,line,Период,Страна,value,unit',
				'belstat.csv,Yours: A,2,2022-01,A,10,млн долл. США',
				'belstat.csv,Yours: A,3,2022-02,A,,млн долл. США',
				''
			].join('\r\n')
		);
		expect(longTable(t, m, { file: 'f', units: {}, keep: null, describe: [] }).rows).toHaveLength(
			3
		);
	});
});

describe('hostile files: limits, zero bytes, UTF-16', () => {
	const bytes = (s: string) => new TextEncoder().encode(s);
	it('names UTF-16 for what it is, with or without its byte-order mark, and how to save as UTF-8', () => {
		const le = new Uint8Array([
			0xff,
			0xfe,
			...[...'year,value\n'].flatMap((c) => [c.charCodeAt(0), 0])
		]);
		const be = new Uint8Array([...'year,value\n2020,1\n'].flatMap((c) => [0, c.charCodeAt(0)]));
		expect(decode(le)).toMatchObject({
			refused: expect.stringMatching(/UTF-16 text \(little-endian\).*UTF-8/)
		});
		expect(decode(be)).toMatchObject({
			refused: expect.stringMatching(/UTF-16 text \(big-endian\)/)
		});
	});
	it('refuses a zero byte anywhere, past the first 8 kB too, naming its byte and line', () => {
		const text = `year,value\n${'2020,1\n'.repeat(2000)}`;
		const b = bytes(`${text}2021,\u0000\n`);
		expect(b.length).toBeGreaterThan(8192);
		expect(decode(b)).toEqual({
			refused: expect.stringMatching(
				new RegExp(`zero byte at byte ${b.indexOf(0) + 1} \\(line 2002\\)`)
			)
		});
	});
	it('refuses a line, a row or a cell past the stated limits, saying which', () => {
		expect(longLine(`a\n${','.repeat(LIMITS.line + 1)}\n`)).toMatchObject({
			refused: expect.stringMatching(
				/^Line 2 is 1,000,001 characters long; this page reads lines of up to 1,000,000/
			)
		});
		expect(longLine('a,b\n1,2\n')).toBeNull();
		const wide = readRecords(`${Array.from({ length: 1001 }, (_, i) => `c${i}`).join(',')}\n`, ',');
		expect(overLimits(wide)).toMatchObject({
			refused: expect.stringMatching(/^Line 1 has 1,001 columns; this page reads up to 1,000/)
		});
		const tall = readRecords(`a,b\n1,${'x'.repeat(LIMITS.cell + 1)}\n`, ',');
		expect(overLimits(tall)).toMatchObject({
			refused: expect.stringMatching(/^Line 2, column 2 holds 10,001 characters/)
		});
		expect(overLimits(readRecords('a,b\n1,2\n', ','))).toBeNull();
	});
	it('shortens a label past 80 characters, never a name', () => {
		expect(labelOf('x'.repeat(200))).toHaveLength(80);
		expect(labelOf('x'.repeat(200)).endsWith('…')).toBe(true);
		expect(labelOf('Экспорт')).toBe('Экспорт');
	});
});

describe('a Belstat export whose header holds a comma', () => {
	it('splits on ";" with decimal commas, not on the header’s comma', () => {
		const d = detect(
			'Период;Экспорт, млн долл. США\n01.2022;3100,5\n02.2022;2950,0\n03.2022;3300,2\n'
		);
		expect(d).toMatchObject({ delimiter: ';', header: true, decimalComma: true });
		// a plain comma file is still read as one
		expect(detect('year,value\n2020,1.5\n2021,2\n')).toMatchObject({
			delimiter: ',',
			decimalComma: false
		});
	});
});
