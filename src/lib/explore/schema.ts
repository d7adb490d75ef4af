/**
 * The atlas's own dataset formats a reader can map their columns onto: trade shares, partners, gas
 * prices, oil cargoes, and a plain year/series/value. Mapping a file to a format renames its
 * columns to the atlas's field names, checks every row against the format's rules (a share lies
 * between 0 and 100, a flow is exports, imports or total…) and lists each failure by line and
 * column; the chart then draws the format's value by its x field, one series per combination of
 * its series fields. Pure; runs in the worker.
 */
import { PROBLEM_LIMIT, Problems, type ColumnType, type Problem, type Table } from './parse';
import type { Mapping } from './view';

import type { FieldMap, SchemaId } from './formats';
export type { FieldMap, SchemaChoice, SchemaId } from './formats';

export interface SchemaField {
	/** The atlas's column name. */
	key: string;
	/** What the field holds, for the reader. */
	label: string;
	/** The field's part in the chart: x, y, one of the series' names, or kept in the table only. */
	role: 'x' | 'y' | 'series' | 'keep';
	required: boolean;
	/** Column types the field accepts. */
	accepts: readonly ColumnType[];
	/** Column names that suggest this field (lower case, compared without spaces and marks). */
	hints: readonly string[];
	/** Range a number must lie in, inclusive. */
	range?: readonly [number, number];
	/** Values a text field may take (lower case), with other spellings read as one of them. */
	allowed?: Readonly<Record<string, string>>;
}

export interface Schema {
	id: SchemaId;
	label: string;
	/** The atlas dataset whose columns these are (null: a generic long format). */
	dataset: string | null;
	/** One sentence on what a row is. */
	about: string;
	/** The y field's unit, for the chart's title. */
	unit: string;
	fields: readonly SchemaField[];
}

const ANY: readonly ColumnType[] = ['text', 'year', 'number', 'date'];
const FLOWS: Record<string, string> = {
	exports: 'exports',
	export: 'exports',
	imports: 'imports',
	import: 'imports',
	total: 'total',
	turnover: 'total',
	trade: 'total'
};

/** Fields several formats share. */
const YEAR: SchemaField = {
	key: 'year',
	label: 'year',
	role: 'x',
	required: true,
	accepts: ['year'],
	hints: ['year', 'yr']
};
const SOURCE: SchemaField = {
	key: 'source_id',
	label: 'source',
	role: 'keep',
	required: false,
	accepts: ANY,
	hints: ['source_id', 'source', 'sources']
};
const FLOW: SchemaField = {
	key: 'flow',
	label: 'exports, imports or total',
	role: 'series',
	required: false,
	accepts: ['text'],
	hints: ['flow', 'direction', 'trade flow'],
	allowed: FLOWS
};
const text = (
	key: string,
	label: string,
	role: 'series' | 'keep',
	hints: string[],
	required = false
): SchemaField => ({ key, label, role, required, accepts: ANY, hints });
const value = (
	key: string,
	label: string,
	hints: string[],
	range?: readonly [number, number]
): SchemaField => ({
	key,
	label,
	role: 'y',
	required: true,
	accepts: ['number', 'year'],
	hints,
	...(range ? { range } : {})
});
const SHARE_HINTS = ['share', 'pct', 'percent', 'value', '%'];

export const SCHEMAS: readonly Schema[] = [
	{
		id: 'trade_shares',
		label: 'Trade shares',
		dataset: 'trade_shares',
		about:
			"One row per year and flow: a partner's share of a reporter's exports, imports or total trade.",
		unit: '%',
		fields: [
			YEAR,
			text('reporter', 'reporting country', 'series', ['reporter', 'country', 'from']),
			text('partner', 'partner country', 'series', ['partner', 'to', 'counterpart']),
			FLOW,
			value('value_pct', 'share, % (0–100)', ['value_pct', 'share_pct', ...SHARE_HINTS], [0, 100]),
			SOURCE
		]
	},
	{
		id: 'partners',
		label: 'Partners',
		dataset: 'partners',
		about:
			"One row per year, flow and partner: the partner's share of the reporter's trade in that flow.",
		unit: '%',
		fields: [
			YEAR,
			text('reporter', 'reporting country', 'keep', ['reporter', 'country']),
			FLOW,
			text(
				'partner',
				'partner',
				'series',
				['partner', 'counterpart', 'destination', 'origin'],
				true
			),
			value('share_pct', 'share, % (0–100)', ['share_pct', ...SHARE_HINTS], [0, 100]),
			SOURCE
		]
	},
	{
		id: 'gas_prices',
		label: 'Gas prices',
		dataset: 'gas_prices',
		about: 'One row per price and period: US dollars per 1,000 cubic metres of gas.',
		unit: 'US$ per 1,000 m³',
		fields: [
			{
				key: 'period_start',
				label: 'year or start date',
				role: 'x',
				required: true,
				accepts: ['year', 'date'],
				hints: ['period_start', 'date', 'start', 'year', 'period']
			},
			text('series', 'kind of price (contract, paid…)', 'series', [
				'series',
				'price_type',
				'type',
				'kind'
			]),
			value(
				'price_usd_per_1000m3',
				'price, US$ per 1,000 m³',
				['price_usd_per_1000m3', 'price', 'usd', 'value'],
				[0, 10000]
			),
			SOURCE
		]
	},
	{
		id: 'oil_cargoes',
		label: 'Oil cargoes',
		dataset: 'oil_imports_2020',
		about: 'One row per cargo or batch: when it moved, where the oil came from, and its tonnes.',
		unit: 'tonnes',
		fields: [
			{
				key: 'date_start',
				label: 'date (or year)',
				role: 'x',
				required: true,
				accepts: ['date', 'year'],
				hints: ['date_start', 'date', 'arrival', 'day', 'year']
			},
			text('origin', 'origin of the oil', 'series', [
				'origin',
				'country',
				'from',
				'source country'
			]),
			value(
				'volume_t',
				'volume, tonnes',
				['volume_t', 'volume', 'tonnes', 'tons', 't', 'weight'],
				[0, 1e9]
			),
			text('vessel', 'vessel', 'keep', ['vessel', 'ship', 'tanker']),
			SOURCE
		]
	},
	{
		id: 'year_value',
		label: 'Year, series, value',
		dataset: null,
		about: 'One row per year and series: any measure in a long table.',
		unit: '',
		fields: [
			YEAR,
			text('series', 'series name', 'series', [
				'series',
				'name',
				'indicator',
				'variable',
				'country'
			]),
			value('value', 'value', ['value', 'val', 'amount', 'y'])
		]
	}
];

export function schemaById(id: string | null | undefined): Schema | null {
	return SCHEMAS.find((s) => s.id === id) ?? null;
}

type Cols = Pick<Table, 'names' | 'types'>;

/** The reader's columns a field may take, in the file's order. */
export function columnsFor(t: Cols, f: SchemaField): string[] {
	return t.names.filter((_, i) => f.accepts.includes(t.types[i] ?? 'text'));
}

const squash = (s: string) => s.toLowerCase().replace(/[\s_\-.()]+/g, '');

/**
 * A first guess at the mapping: each field takes the first column (not yet taken) whose name is one
 * of its hints, else whose name contains one (hints of three letters or more), of a type it accepts;
 * the x and y fields then fall back to the first free column of their kind. The reader can change
 * every choice.
 */
export function guessFields(t: Cols, s: Schema): FieldMap {
	const taken = new Set<string>();
	const out: FieldMap = {};
	const pick = (f: SchemaField, match: (name: string, hint: string) => boolean) => {
		if (out[f.key]) return;
		const cols = columnsFor(t, f).filter((c) => !taken.has(c));
		for (const h of f.hints) {
			const col = cols.find((c) => match(squash(c), squash(h)));
			if (col) {
				out[f.key] = col;
				taken.add(col);
				return;
			}
		}
	};
	// exact names first across every field, so "share" never takes the column named "value_pct"
	for (const f of s.fields) pick(f, (c, h) => c === h);
	for (const f of s.fields) pick(f, (c, h) => h.length >= 3 && c.includes(h));
	// an x or y field no name points to takes the first free column of its kind (x: a year or date;
	// y: a number, never a year column)
	for (const f of s.fields) {
		if (out[f.key] || (f.role !== 'x' && f.role !== 'y')) continue;
		const i = t.names.findIndex(
			(c, i) =>
				!taken.has(c) &&
				(f.role === 'x' ? f.accepts.includes(t.types[i]!) : t.types[i] === 'number')
		);
		if (i >= 0) taken.add((out[f.key] = t.names[i]!));
	}
	for (const f of s.fields) if (!out[f.key]) out[f.key] = null;
	return out;
}

export type SchemaCheck =
	| { ok: true; fields: FieldMap }
	| { ok: false; fields: FieldMap; missing: string[]; message: string };

/**
 * Keeps only mappings to columns the table has, of a type the field accepts, each column used once;
 * says which required fields are still unmapped.
 */
export function checkFields(t: Cols, s: Schema, fields: FieldMap): SchemaCheck {
	const used = new Set<string>();
	const clean: FieldMap = {};
	for (const f of s.fields) {
		const col = fields[f.key];
		clean[f.key] =
			col && columnsFor(t, f).includes(col) && !used.has(col) ? (used.add(col), col) : null;
	}
	const missing = s.fields.filter((f) => f.required && !clean[f.key]).map((f) => f.key);
	if (missing.length === 0) return { ok: true, fields: clean };
	return {
		ok: false,
		fields: clean,
		missing,
		message: `To chart the file as ${s.label.toLowerCase()}, choose a column for ${missing.join(' and ')}.`
	};
}

/** The column of a table mapped to a format that names each series. */
export const SERIES_COLUMN = 'series';

/** What the chart draws from a table mapped to a format (its columns carry the atlas's names). */
export function schemaMapping(s: Schema, fields: FieldMap): Mapping {
	const x = s.fields.find((f) => f.role === 'x')!.key;
	const y = s.fields.find((f) => f.role === 'y')!.key;
	const named = s.fields.some((f) => f.role === 'series' && fields[f.key]);
	return { x, y: [y], series: named ? SERIES_COLUMN : null };
}

/**
 * The columns a mapped table shows and exports: the format's fields in its order (the x field
 * first), without the joined series names, so the CSV has the atlas dataset's own columns.
 */
export function formatColumns(t: Pick<Table, 'names'>, m: Mapping): Mapping {
	return { x: m.x, series: null, y: t.names.filter((n) => n !== m.x && n !== SERIES_COLUMN) };
}

export interface Mapped {
	table: Table;
	mapping: Mapping;
	/** The fields as applied: columns the table lacks, or of the wrong type, dropped. */
	fields: FieldMap;
	/** Values the format's rules refused (each listed as a problem, not drawn). */
	refusedValues: number;
}

function fmt(n: number): string {
	return n.toLocaleString('en', { maximumFractionDigits: 6 });
}

/**
 * The reader's table in the format's columns: renamed, text fields normalised (flows), numbers
 * checked against the field's range. A value that breaks a rule is listed by line and column and
 * left out of the chart (null), never changed into something else; the row's other values stay.
 * The column `series` joins the series fields' values. Never throws.
 */
export function applySchema(t: Table, s: Schema, fields: FieldMap): Mapped | { refused: string } {
	const check = checkFields(t, s, fields);
	if (!check.ok) return { refused: check.message };
	const problems = new Problems();
	let refusedValues = 0;
	const names: string[] = [];
	const types: ColumnType[] = [];
	const grains: NonNullable<Table['grains']> = [];
	const forms: NonNullable<Table['forms']> = [];
	const values: (number | null)[][] = [];
	const text: string[][] = [];
	const seriesParts: string[][] = [];
	for (const f of s.fields) {
		const col = check.fields[f.key];
		if (!col) continue;
		const c = t.names.indexOf(col);
		const type = t.types[c] ?? 'text';
		const where = (r: number) => ({ line: t.lines[r] ?? r + 1, column: `${col} (${f.key})` });
		const raw = t.text[c] ?? [];
		let outText = raw;
		let outValues = t.values[c] ?? [];
		if (f.allowed) {
			const allowed = f.allowed;
			outText = raw.map((v, r) => {
				const k = v.trim().toLowerCase();
				if (k === '') return '';
				const norm = allowed[k];
				if (norm) return norm;
				problems.add({
					...where(r),
					message: `expected ${[...new Set(Object.values(allowed))].join(', ')}, got "${v.trim().slice(0, 40)}"`
				});
				refusedValues++;
				return '';
			});
		}
		if (f.range && type !== 'text') {
			const [lo, hi] = f.range;
			outValues = outValues.map((v, r) => {
				if (v === null || (v >= lo && v <= hi)) return v;
				problems.add({
					...where(r),
					message: `${fmt(v)} is outside ${fmt(lo)}–${fmt(hi)}, the range of ${f.label}: not drawn`
				});
				refusedValues++;
				return null;
			});
		}
		if (f.required)
			for (let r = 0; r < t.rowCount; r++)
				if ((raw[r] ?? '').trim() === '')
					problems.add({ ...where(r), message: `empty: ${f.label} is needed for every row` });
		names.push(f.key);
		types.push(f.accepts.includes(type) ? type : 'text');
		grains.push(f.accepts.includes(type) ? (t.grains?.[c] ?? null) : null);
		forms.push(f.accepts.includes(type) ? (t.forms?.[c] ?? null) : null);
		values.push(type === 'text' ? [] : outValues);
		text.push(outText);
		if (f.role === 'series') seriesParts.push(outText.map((v) => v.trim()));
	}
	// a row whose flow (or other checked text) broke a rule has no series it can be drawn in
	const blocked = new Set<number>();
	if (seriesParts.length > 0) {
		for (const f of s.fields) {
			if (!f.allowed || !check.fields[f.key]) continue;
			const c = t.names.indexOf(check.fields[f.key]!);
			const out = text[names.indexOf(f.key)]!;
			(t.text[c] ?? []).forEach((v, r) => {
				if (v.trim() !== '' && out[r] === '') blocked.add(r);
			});
		}
		names.push(SERIES_COLUMN);
		types.push('text');
		grains.push(null);
		forms.push(null);
		values.push([]);
		text.push(
			Array.from({ length: t.rowCount }, (_, r) =>
				seriesParts
					.map((p) => p[r] ?? '')
					.filter((v) => v !== '')
					.join(' · ')
			)
		);
		const yi = names.indexOf(s.fields.find((f) => f.role === 'y')!.key);
		if (blocked.size > 0) values[yi] = values[yi]!.map((v, r) => (blocked.has(r) ? null : v));
	}
	const list: Problem[] = [...problems.list].sort((a, b) => a.line - b.line);
	return {
		table: {
			names,
			types,
			grains,
			forms,
			values,
			text,
			lines: t.lines,
			rowCount: t.rowCount,
			dropped: t.dropped,
			problems: list.slice(0, PROBLEM_LIMIT),
			problemCount: problems.count
		},
		mapping: schemaMapping(s, check.fields),
		fields: check.fields,
		refusedValues
	};
}
