/**
 * What a dataset page (/data/<dataset>) shows, from data/ at build time: the schema's columns, the
 * sources its rows cite with their grades, its years and row count, and the first page of rows.
 * All rows are served apart, as /data/<dataset>/rows.json, fetched only when the reader sorts,
 * filters or pages (the page's data is serialized into its HTML, so it carries one page only).
 */
import { GRADES } from '$lib/data/datasets';
import { DATASETS } from '$lib/data/datasets';
import { readRows } from '$lib/data/parse';
import type { DatasetSchema } from '$lib/data/schema';
import { PAGE_SIZE, pinnedWidths, type FilterKind } from '$lib/data/table';
import { atlasData, readDataFile } from './data';

export interface DatasetColumn {
	name: string;
	type: string;
	unit: string;
	description: string;
	optional: boolean;
	/** Sorts by value rather than by text. */
	numeric: boolean;
	/** How the table filters it: bounds, one value, or words. */
	kind: FilterKind;
	/** An enumerated column: the values its rows hold, in the schema's order. */
	values?: string[];
	/** A pinned column (kept in view when the table scrolls sideways): its place, in rem. */
	pin?: { left: number; width: number };
}

export interface CitedSource {
	id: string;
	outlet: string;
	title: string;
	confidence: string;
	/** Rows of the dataset that cite it. */
	rows: number;
}

export interface DatasetPage {
	name: string;
	title: string;
	description: string;
	producedBy: string;
	rowCount: number;
	/** First and last year the rows cover, when the dataset is dated. */
	years: [number, number] | null;
	columns: DatasetColumn[];
	/** Sources cited by the rows, most cited first; null for the source list itself. */
	sources: CitedSource[] | null;
	/** Rows per confidence grade, for datasets with a confidence column. */
	grades: { grade: string; rows: number }[] | null;
	firstRows: string[][];
}

export function datasetSchema(name: string): DatasetSchema | undefined {
	return DATASETS.find((d) => d.name === name) as DatasetSchema | undefined;
}

/** Every row of a dataset as the CSV's cells (text as in the file), in the schema's column order. */
export function datasetRows(schema: DatasetSchema): string[][] {
	atlasData(); // validated first: a page never shows a file the build would refuse
	const { header, rows } = readRows(readDataFile(schema.name), `${schema.name}.csv`);
	const names = Object.keys(schema.columns);
	const at = names.map((n) => header.indexOf(n));
	if (at.some((i) => i < 0))
		throw new Error(`${schema.name}.csv lacks a column of its schema (${names.join(', ')})`);
	return rows.map((r) => at.map((i) => r.cells[i] ?? ''));
}

export function datasetPage(name: string): DatasetPage {
	const schema = datasetSchema(name);
	if (!schema) throw new Error(`no dataset ${name}`);
	const rows = datasetRows(schema);
	const names = Object.keys(schema.columns);
	const pinned = schema.pinned ?? names.slice(0, 1);
	if (pinned.some((p, i) => names[i] !== p) || pinned.length > 2)
		throw new Error(`${name}: pinned columns must be one or two of the file's first, in its order`);
	const widths = pinnedWidths(names, rows, pinned.length);
	const columns = Object.entries(schema.columns).map(([n, c], i): DatasetColumn => {
		const numeric = c.type === 'number' || c.type === 'integer';
		const present = c.values && new Set(rows.map((r) => r[i] ?? ''));
		const width = widths[i];
		return {
			name: n,
			type: c.type,
			unit: c.unit ?? '',
			description: c.description,
			optional: c.optional,
			numeric,
			kind: numeric ? 'number' : c.values ? 'category' : 'text',
			...(present && { values: c.values!.filter((v) => present.has(v)) }),
			...(width !== undefined && {
				pin: { left: widths.slice(0, i).reduce((a, w) => a + w, 0), width }
			})
		};
	});

	// years: the year column, else the years of every date column
	const yearCols = names.includes('year')
		? [names.indexOf('year')]
		: columns.flatMap((c, i) => (c.type.startsWith('date') ? [i] : []));
	const years = rows.flatMap((r) =>
		yearCols.map((i) => Number((r[i] ?? '').slice(0, 4))).filter((y) => y > 0)
	);
	const yearRange: [number, number] | null =
		years.length > 0 ? [Math.min(...years), Math.max(...years)] : null;

	let sources: CitedSource[] | null = null;
	if (schema.sourceColumn) {
		const col = names.indexOf(schema.sourceColumn);
		const counts = new Map<string, number>();
		for (const r of rows)
			for (const id of (r[col] ?? '').split(';').map((s) => s.trim()))
				if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
		const all = new Map(atlasData().sources.map((s) => [s.id, s]));
		sources = [...counts].map(([id, n]) => {
			const s = all.get(id);
			if (!s) throw new Error(`${name}.csv cites ${id}, which is not in sources.csv`);
			return { id, outlet: s.outlet, title: s.title ?? '', confidence: s.confidence, rows: n };
		});
		sources.sort((a, b) => b.rows - a.rows || a.id.localeCompare(b.id));
	}

	let grades: DatasetPage['grades'] = null;
	const conf = names.indexOf('confidence');
	if (conf >= 0) {
		const counts = new Map<string, number>();
		for (const r of rows) counts.set(r[conf] ?? '', (counts.get(r[conf] ?? '') ?? 0) + 1);
		grades = GRADES.filter((g) => counts.has(g)).map((g) => ({ grade: g, rows: counts.get(g)! }));
	}

	return {
		name,
		title: schema.title,
		description: schema.description,
		producedBy: schema.producedBy,
		rowCount: rows.length,
		years: yearRange,
		columns,
		sources,
		grades,
		firstRows: rows.slice(0, PAGE_SIZE)
	};
}
