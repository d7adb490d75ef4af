/**
 * Build-time loading of data/: read each CSV, validate it against its schema and the source list,
 * and fail loudly (every error listed) when a row is invalid. Runs in node only (prerender, tests,
 * scripts); pages receive the typed records through their load functions.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as ds from './datasets';
import { formatError, parseDataset, type RowError } from './parse';
import type { Columns, DatasetSchema, RecordOf } from './schema';

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

export interface AtlasData {
	sources: ds.SourceRecord[];
	factbook: ds.FactbookRecord[];
	turnover: ds.TurnoverRecord[];
	shares: ds.TradeShareRecord[];
	values: ds.TradeValueRecord[];
	partners: ds.PartnerRecord[];
	timeline: ds.TimelineRecord[];
	disputes: ds.DisputeRecord[];
	gasPrices: ds.GasPriceRecord[];
	oil: ds.OilRecord[];
	claims: ds.ClaimRecord[];
	places: ds.PlaceRecord[];
	rowCounts: Record<string, number>;
}

/** Validate every dataset; throws DataError listing every invalid row. */
export function loadAll(dir = DATA_DIR): AtlasData {
	const errors: RowError[] = [];
	const sources = loadOne(ds.sources, dir, undefined, errors);
	const ids = new Set(sources.map((s) => s.id));
	const dupes = sources.filter((s, i) => sources.findIndex((t) => t.id === s.id) !== i);
	for (const d of dupes)
		errors.push({ file: 'sources.csv', message: `duplicate source id ${JSON.stringify(d.id)}` });
	const data: AtlasData = {
		sources,
		factbook: loadOne(ds.factbookTrade, dir, ids, errors),
		turnover: loadOne(ds.tradeTurnover, dir, ids, errors),
		shares: loadOne(ds.tradeShares, dir, ids, errors),
		values: loadOne(ds.tradeValues, dir, ids, errors),
		partners: loadOne(ds.partners, dir, ids, errors),
		timeline: loadOne(ds.timeline, dir, ids, errors),
		disputes: loadOne(ds.energyDisputes, dir, ids, errors),
		gasPrices: loadOne(ds.gasPrices, dir, ids, errors),
		oil: loadOne(ds.oilImports2020, dir, ids, errors),
		claims: loadOne(ds.claims, dir, ids, errors),
		places: loadOne(ds.places, dir, ids, errors),
		rowCounts: {}
	};
	if (errors.length > 0) throw new DataError(errors);
	data.rowCounts = {
		sources: data.sources.length,
		factbook_trade: data.factbook.length,
		trade_turnover: data.turnover.length,
		trade_shares: data.shares.length,
		trade_values: data.values.length,
		partners: data.partners.length,
		timeline: data.timeline.length,
		energy_disputes: data.disputes.length,
		gas_prices: data.gasPrices.length,
		oil_imports_2020: data.oil.length,
		claims: data.claims.length,
		places: data.places.length
	};
	return data;
}

let cache: AtlasData | undefined;
/** loadAll, once per process. */
export function atlasData(): AtlasData {
	cache ??= loadAll();
	return cache;
}
