/**
 * The world Factbook inputs, read and extracted once per process: data/raw/factbook-world/ (see its
 * ORIGIN.md) and the hand-written partner-name table data/curated/partner_aliases.csv.
 */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
	aliasMap,
	countryTable,
	extractWorld,
	parseWorldTsv,
	screenWorld,
	type Alias,
	type CountryRef,
	type WorldField,
	type WorldList,
	type WorldTotal
} from '../../src/lib/data/world';
import { CURATED_DIR, RAW_DIR } from './lib';

export const WORLD_DIR = join(RAW_DIR, 'factbook-world');
export const WORLD_TSV = 'factbook_trade_energy_fields_1990_2025.tsv.gz';

function csv(path: string): Record<string, string>[] {
	const res = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
		header: true,
		skipEmptyLines: true
	});
	if (res.errors.length > 0)
		throw new Error(
			`${path}: ${res.errors[0]?.message ?? 'parse error'} (row ${res.errors[0]?.row})`
		);
	return res.data;
}

export interface WorldInput {
	fields: WorldField[];
	countries: CountryRef[];
	aliases: Map<string, Alias>;
	lists: WorldList[];
	totals: WorldTotal[];
}

let cache: WorldInput | undefined;

export function worldFields(): WorldField[] {
	return parseWorldTsv(gunzipSync(readFileSync(join(WORLD_DIR, WORLD_TSV))).toString('utf8'));
}

export function worldInput(): WorldInput {
	if (cache) return cache;
	const fields = worldFields();
	const countries = countryTable(
		csv(join(WORLD_DIR, 'master_countries.csv')),
		csv(join(WORLD_DIR, 'country_iso_codes.csv'))
	);
	const aliases = aliasMap(
		csv(join(CURATED_DIR, 'partner_aliases.csv')),
		new Set(countries.map((c) => c.id))
	);
	const { lists, totals } = extractWorld(fields, countries);
	screenWorld(lists, totals, aliases);
	cache = { fields, countries, aliases, lists, totals };
	return cache;
}
