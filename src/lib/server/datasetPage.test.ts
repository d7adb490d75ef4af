import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { CHART_IDS } from '$lib/charts/types';
import { CHART_DATASETS } from '$lib/charts/datasets-of';
import { DATASETS } from '$lib/data/datasets';
import { PAGE_SIZE, csvOfRows, csvRecords } from '$lib/data/table';
import { chartData } from './islands';
import { datasetPage, datasetRows, datasetSchema } from './datasetPage';

const csv = (name: string) =>
	Papa.parse<string[]>(readFileSync(`data/${name}.csv`, 'utf8').trim(), { header: false }).data;

describe('dataset pages (/data/<dataset>)', () => {
	it('serve every row as the CSV has it, in the schema’s column order', () => {
		for (const s of DATASETS) {
			const [header, ...rows] = csv(s.name);
			expect(header).toEqual(Object.keys(s.columns));
			expect(datasetRows(datasetSchema(s.name)!)).toEqual(rows);
		}
	});

	it('serve rows whose places are the file’s records (what the filtered download cuts)', () => {
		for (const s of DATASETS) {
			const file = readFileSync(`data/${s.name}.csv`, 'utf8');
			const rows = datasetRows(datasetSchema(s.name)!);
			const records = csvRecords(file);
			expect(records.length, s.name).toBe(rows.length + 1);
			// each record, read as CSV, is the row the page has at that place
			const every = rows.map((_, i) => i);
			for (const i of [0, rows.length - 1, Math.floor(rows.length / 2)])
				expect(Papa.parse<string[]>(records[i + 1]!).data[0], `${s.name} row ${i}`).toEqual(
					rows[i]
				);
			// and every row, in order, gives the file back
			expect(csvOfRows(file, every), s.name).toBe(file);
		}
	});

	it('pin the leading columns that name a row, at fixed widths laid end to end', () => {
		for (const s of DATASETS) {
			const cols = datasetPage(s.name).columns;
			const pinned = cols.filter((c) => c.pin);
			expect(pinned.map((c) => c.name)).toEqual(s.pinned ?? [Object.keys(s.columns)[0]]);
			pinned.forEach((c, i) => {
				const prev = pinned[i - 1]?.pin;
				expect(c.pin!.left, `${s.name}.${c.name}`).toBe(prev ? prev.left + prev.width : 0);
			});
			// together at most 180 px: more than half of a 390 px phone's table is left to scroll
			const width = pinned.reduce((a, c) => a + c.pin!.width, 0);
			expect(width, s.name).toBeLessThanOrEqual(11.25);
		}
		const fb = datasetPage('factbook_trade').columns;
		expect(fb.filter((c) => c.pin).map((c) => c.name)).toEqual(['year', 'reporter']);
	});

	it('say how each column is filtered, and offer the values an enumerated column holds', () => {
		const cols = datasetPage('factbook_trade').columns;
		const kind = (n: string) => cols.find((c) => c.name === n);
		expect(kind('year')).toMatchObject({ kind: 'number' });
		expect(kind('value')).toMatchObject({ kind: 'number' });
		expect(kind('partner')).toMatchObject({ kind: 'text' });
		expect(kind('flow')).toMatchObject({ kind: 'category', values: ['exports', 'imports'] });
		const rows = csv('factbook_trade').slice(1);
		expect(kind('basis')?.values).toEqual([...new Set(rows.map((r) => r[8]))].sort());
		expect(kind('year')?.values).toBeUndefined();
	});

	it('carry one page of rows only, with the counts, years, sources and grades', () => {
		const p = datasetPage('factbook_trade');
		const rows = csv('factbook_trade').slice(1);
		expect(p.rowCount).toBe(rows.length);
		expect(p.firstRows).toEqual(rows.slice(0, PAGE_SIZE));
		const years = rows.map((r) => Number(r[0]));
		expect(p.years).toEqual([Math.min(...years), Math.max(...years)]);
		// every edition cited, with the rows that cite it
		const editions = new Set(rows.map((r) => r[11]));
		expect(p.sources?.map((s) => s.id).sort()).toEqual([...editions].sort());
		const first = p.sources![0]!;
		expect(first.rows).toBe(rows.filter((r) => r[11] === first.id).length);
		expect(p.grades).toBeNull();
		expect(p.columns.find((c) => c.name === 'value')).toMatchObject({ numeric: true, unit: '' });
	});

	it('count rows per confidence grade and date the undated-by-year datasets by their dates', () => {
		const p = datasetPage('timeline');
		const rows = csv('timeline').slice(1);
		const verified = rows.filter((r) => r[6] === 'verified').length;
		expect(p.grades?.find((g) => g.grade === 'verified')?.rows).toBe(verified);
		expect(p.grades?.reduce((a, g) => a + g.rows, 0)).toBe(rows.length);
		expect(p.years?.[0]).toBe(Math.min(...rows.map((r) => Number(r[0]!.slice(0, 4)))));
		expect(datasetPage('sources').sources).toBeNull();
		expect(datasetPage('places').years).toBeNull();
	});
});

describe('chart → datasets map (src/lib/charts/datasets-of.ts)', () => {
	const datasetSources = new Map(
		DATASETS.filter((s) => s.sourceColumn).map((s) => {
			const rows = datasetRows(datasetSchema(s.name)!);
			const col = Object.keys(s.columns).indexOf(s.sourceColumn!);
			return [s.name, new Set(rows.flatMap((r) => r[col]!.split(';')))] as const;
		})
	);

	it.each(CHART_IDS)('%s: every source it cites comes from the datasets named for it', (id) => {
		const names = CHART_DATASETS[id];
		for (const n of names) expect(datasetSources.has(n), n).toBe(true);
		const ids = new Set(names.flatMap((n) => [...datasetSources.get(n)!]));
		// the routes map's base map (Natural Earth, via world-atlas) is drawn from no dataset
		const cited = Object.keys(chartData(id).sources).filter((s) => s !== 'NATURAL_EARTH');
		for (const s of cited) expect(ids.has(s), `${id} cites ${s}`).toBe(true);
		// and each named dataset is drawn: it gives the chart a source (Factbook editions are folded
		// out of source lists, so a Factbook-only dataset is taken on trust)
		for (const n of names) {
			const own = [...datasetSources.get(n)!];
			if (own.every((s) => s.startsWith('CIAFB_'))) continue;
			expect(
				own.some((s) => cited.includes(s)),
				`${id} draws ${n}`
			).toBe(true);
		}
	});
});
