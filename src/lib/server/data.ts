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
	errors: RowError[],
	/** Filled with the line each record starts on, when given. */
	lines?: number[]
): RecordOf<C>[] {
	// Bytes, not text: the parser refuses input that is not UTF-8 instead of reading it as U+FFFD.
	const res = parseDataset(schema, readFileSync(join(dir, `${schema.name}.csv`)), {
		file: `${schema.name}.csv`,
		sourceIds
	});
	errors.push(...res.errors);
	lines?.push(...res.lines);
	return res.records;
}

export type { AtlasData } from '../data/datasets';

/** Validate every dataset; throws DataError listing every invalid row. */
export function loadAll(dir = DATA_DIR): ds.AtlasData {
	const errors: RowError[] = [];
	const lines: number[] = [];
	const sources = loadOne(ds.sources, dir, undefined, errors, lines);
	const ids = new Set(sources.map((s) => s.id));
	const firstAt = new Map<string, number>();
	sources.forEach((s, i) => {
		const first = firstAt.get(s.id);
		if (first === undefined) firstAt.set(s.id, lines[i] as number);
		else
			errors.push({
				file: 'sources.csv',
				line: lines[i],
				column: Object.keys(ds.sources.columns).indexOf('id') + 1,
				columnName: 'id',
				message: `duplicate source id ${JSON.stringify(s.id)} (first at line ${first})`
			});
	});
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
