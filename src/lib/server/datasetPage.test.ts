import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { CHART_IDS } from '$lib/charts/types';
import { CHART_DATASETS } from '$lib/charts/datasets-of';
import { DATASETS } from '$lib/data/datasets';
import { PAGE_SIZE } from '$lib/data/table';
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
