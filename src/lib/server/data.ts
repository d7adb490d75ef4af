/**
 * Build-time loading of data/: read each CSV, validate it against its schema and the source list,
 * and fail loudly (every error listed) when a row is invalid. Runs in node only (prerender, tests,
 * scripts); pages receive the typed records through their load functions.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as ds from '../data/datasets';
import { formatError, parseDataset, type RowError } from '../data/parse';
import type { Columns, DatasetSchema, RecordOf } from '../data/schema';

export const DATA_DIR = resolve(process.env.DATA_DIR ?? 'data');

export class DataError extends Error {
	constructor(readonly errors: RowError[]) {
		super(
			`${errors.length} invalid row(s) in data/:\n` +
				errors
					.slice(0, 50)
					.map((e) => '  ' + formatError(e))
					.join('\n')
		);
	}
}

export function readDataFile(name: string, dir = DATA_DIR): string {
	return readFileSync(join(dir, `${name}.csv`), 'utf8');
}

function loadOne<C extends Columns>(
	schema: DatasetSchema<C>,
	dir: string,
	sourceIds: ReadonlySet<string> | undefined,
	errors: RowError[]
): RecordOf<C>[] {
	// Bytes, not text: the parser refuses input that is not UTF-8 instead of reading it as U+FFFD.
	const res = parseDataset(schema, readFileSync(join(dir, `${schema.name}.csv`)), {
		file: `${schema.name}.csv`,
		sourceIds
	});
	errors.push(...res.errors);
	return res.records;
}

export type { AtlasData } from '../data/datasets';

/** Validate every dataset; throws DataError listing every invalid row. */
export function loadAll(dir = DATA_DIR): ds.AtlasData {
	const errors: RowError[] = [];
	const sources = loadOne(ds.sources, dir, undefined, errors);
	const ids = new Set(sources.map((s) => s.id));
	const dupes = sources.filter((s, i) => sources.findIndex((t) => t.id === s.id) !== i);
	for (const d of dupes)
		errors.push({ file: 'sources.csv', message: `duplicate source id ${JSON.stringify(d.id)}` });
	const rows: Record<string, unknown[]> = {};
	const rowCounts: Record<string, number> = {};
	for (const [key, schema] of Object.entries(ds.DATASET_KEYS)) {
		const r =
			schema === ds.sources
				? sources
				: loadOne(schema as unknown as DatasetSchema<Columns>, dir, ids, errors);
		rows[key] = r;
		rowCounts[schema.name] = r.length;
	}
	if (errors.length > 0) throw new DataError(errors);
	return { ...(rows as ds.AtlasRows), rowCounts };
}

let cache: ds.AtlasData | undefined;
/** loadAll, once per process. */
export function atlasData(): ds.AtlasData {
	cache ??= loadAll();
	return cache;
}
