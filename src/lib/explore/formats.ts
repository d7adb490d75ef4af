/**
 * The names of the atlas's formats a reader's file can be read as, and the shape of that choice:
 * small enough for the page's first load (the formats themselves, in schema.ts, load with the
 * file).
 */
export const FORMAT_IDS = [
	'trade_shares',
	'partners',
	'gas_prices',
	'oil_cargoes',
	'year_value'
] as const;
export type SchemaId = (typeof FORMAT_IDS)[number];

export const isFormatId = (s: string | null | undefined): s is SchemaId =>
	(FORMAT_IDS as readonly (string | null | undefined)[]).includes(s);

/** Field key → the reader's column (absent or null: not mapped). */
export type FieldMap = Record<string, string | null>;

export interface SchemaChoice {
	schema: SchemaId;
	/** Empty: let the worker guess every field from the column names. */
	fields: FieldMap;
}
