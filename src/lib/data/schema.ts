/**
 * Column types for dataset schemas. Each column knows how to turn one raw CSV cell into a typed
 * value or say precisely what it expected, so a bad cell becomes an error value, never a NaN.
 */

export type CellResult<V> = { ok: true; value: V } | { ok: false; expected: string };

export interface Column<V> {
	/** Human description of the column, used in data/README.md and the /data pages. */
	readonly description: string;
	/** Unit of the values, when there is one ("%", "USD bn"). */
	readonly unit?: string;
	/** Whether an empty cell is allowed (it then becomes `null`). */
	readonly optional: boolean;
	/** Short name of the type, shown in the catalogue. */
	readonly type: string;
	/** The values a number may take (from its unit unless stated), where limited. */
	readonly range?: readonly [number, number];
	/** The values an enumerated column allows, in the schema's order. */
	readonly values?: readonly string[];
	parse(raw: string): CellResult<V>;
}

type Opts = { description: string; unit?: string };

const ok = <V>(value: V): CellResult<V> => ({ ok: true, value });
const fail = <V>(expected: string): CellResult<V> => ({ ok: false, expected });

function optionalize<V>(col: Column<V>): Column<V | null> {
	return {
		...col,
		optional: true,
		parse: (raw) => (raw.trim() === '' ? ok(null) : col.parse(raw))
	};
}

const NUMBER = /^-?(\d+(\.\d+)?|\.\d+)$/;

/**
 * The range a unit allows, unless the column states its own: a share is 0–100, an amount or a
 * volume is never negative, a latitude and a longitude stay on the globe.
 */
export const UNIT_RANGE: Record<string, [number, number]> = {
	'%': [0, 100],
	'USD bn': [0, Infinity],
	tonnes: [0, Infinity],
	'USD per 1000 m³': [0, Infinity],
	'°N': [-90, 90],
	'°E': [-180, 180]
};

/** "a number from 0 to 100", "a number ≥ 0": what a cell out of range was expected to be. */
export function rangeWords(min: number, max: number): string {
	if (min === -Infinity && max === Infinity) return 'a number';
	if (max === Infinity) return `a number ≥ ${min}`;
	if (min === -Infinity) return `a number ≤ ${max}`;
	return `a number from ${min} to ${max}`;
}

function numberCol(o: Opts & { min?: number; max?: number }): Column<number> {
	const [umin, umax] = (o.unit !== undefined ? UNIT_RANGE[o.unit] : undefined) ?? [
		-Infinity,
		Infinity
	];
	const min = o.min ?? umin;
	const max = o.max ?? umax;
	const words = rangeWords(min, max);
	return {
		description: o.description,
		unit: o.unit,
		type: 'number',
		...(words === 'a number' ? {} : { range: [min, max] as const }),
		optional: false,
		parse: (raw) => {
			if (!NUMBER.test(raw.trim())) return fail(words);
			const n = Number(raw.trim());
			return n < min || n > max ? fail(words) : ok(n);
		}
	};
}

function integerCol(o: Opts & { min?: number; max?: number }): Column<number> {
	return {
		description: o.description,
		unit: o.unit,
		type: 'integer',
		optional: false,
		parse: (raw) => {
			const t = raw.trim();
			if (!/^-?\d+$/.test(t)) return fail('an integer');
			const n = Number(t);
			if (o.min !== undefined && n < o.min) return fail(`an integer ≥ ${o.min}`);
			if (o.max !== undefined && n > o.max) return fail(`an integer ≤ ${o.max}`);
			return ok(n);
		}
	};
}

/**
 * Characters a reader cannot see that change what a text says or how it reads: a byte-order mark
 * past the file's start, bidirectional embeddings, overrides and isolates (U+202E turns "gpj.exe"
 * round), and zero-width spaces and joiners.
 */
export const INVISIBLE = /[\uFEFF\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060]/;

/** Control characters (tab, LF and CR aside), DEL, and U+FFFD, the mark of a broken encoding. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;
/**
 * What a spreadsheet runs as a formula when it opens a CSV. The /data downloads are byte-identical
 * to data/, so such a cell must be reworded in the data ("−" U+2212 for a minus, or words).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * A formula a spreadsheet set to another separator would run: after ";" (the Russian, Belarusian
 * and German default), a tab or "|", a piece of the cell becomes a cell of its own.
 */
const FORMULA_AFTER_SEPARATOR = /[,;\t|]\s*[=+\-@]/;

/** Why a text cell is unsafe, or null: shared by every text-like column. */
export function unsafeText(raw: string): string | null {
	const c = CONTROL.exec(raw);
	if (c) {
		const code = (c[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
		return `a text without control characters (found U+${code} at character ${c.index + 1})`;
	}
	if (FORMULA_START.test(raw))
		return 'a text that does not start with =, +, -, @, tab or CR (a spreadsheet would run it as a formula)';
	const sep = FORMULA_AFTER_SEPARATOR.exec(raw);
	if (sep)
		return `a text without =, +, -, @ right after a "," ";" "|" or tab (found at character ${sep.index + 1}: a spreadsheet splitting on that separator would run it as a formula)`;
	return null;
}

function textCol(o: Opts): Column<string> {
	return {
		...o,
		type: 'text',
		optional: false,
		parse: (raw) => {
			if (raw.trim() === '') return fail('a non-empty text');
			const bad = unsafeText(raw);
			return bad ? fail(bad) : ok(raw);
		}
	};
}

/**
 * An address: one absolute http(s) URL and nothing else (no prose, no second address). Empty is
 * allowed; the column is optional by nature.
 */
function urlCol(o: Opts): Column<string | null> {
	return {
		...o,
		type: 'http(s) URL',
		optional: true,
		parse: (raw) => {
			const t = raw.trim();
			if (t === '') return ok(null);
			const expected = 'empty or one absolute http(s) URL';
			if (!/^https?:\/\/[^\s]+$/.test(t) || /https?:\//.test(t.slice(8))) return fail(expected);
			try {
				new URL(t);
			} catch {
				return fail(expected);
			}
			return ok(t);
		}
	};
}

function enumCol<const E extends string>(values: readonly E[], o: Opts): Column<E> {
	return {
		...o,
		type: `one of ${values.join(' | ')}`,
		values,
		optional: false,
		parse: (raw) =>
			(values as readonly string[]).includes(raw)
				? ok(raw as E)
				: fail(`one of ${values.map((v) => `"${v}"`).join(', ')}`)
	};
}

export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** A partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD, validated as a real calendar date. */
export interface PartialDate {
	readonly iso: string;
	readonly precision: Precision;
}

export function parsePartialDate(raw: string): PartialDate | null {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw.trim());
	if (!m) return null;
	const [, y, mo, d] = m;
	if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return null;
	if (d !== undefined) {
		const dt = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
		if (dt.getUTCDate() !== Number(d)) return null;
		return { iso: raw.trim(), precision: 'day' };
	}
	return { iso: raw.trim(), precision: mo === undefined ? 'year' : 'month' };
}

function dateCol(o: Opts): Column<PartialDate> {
	return {
		...o,
		type: 'date (YYYY, YYYY-MM or YYYY-MM-DD)',
		optional: false,
		parse: (raw) => {
			const d = parsePartialDate(raw);
			return d ? ok(d) : fail('a date as YYYY, YYYY-MM or YYYY-MM-DD');
		}
	};
}

/**
 * The precision of the date column `<name>` is stated in the companion column `<name>_precision`,
 * and the validator checks the date is written to exactly that precision: a date the sources give
 * only to the month is written YYYY-MM, never with a day the reader would take as known.
 */
export const precisionColumnOf = (dateColumn: string) => `${dateColumn}_precision`;

function precisionCol(o: Opts): Column<Precision> {
	return enumCol(PRECISIONS, o);
}

const SOURCE_ID = /^[A-Z0-9_]+$/;

/** One or more source ids separated by ";". Existence is checked by the validator. */
function sourceIdsCol(o: Opts): Column<readonly string[]> {
	return {
		...o,
		type: 'source ids (";"-separated)',
		optional: false,
		parse: (raw) => {
			const ids = raw.split(';').map((s) => s.trim());
			if (ids.length === 0 || ids.some((id) => !SOURCE_ID.test(id)))
				return fail('source ids like "CIAFB_2010" separated by ";"');
			return ok(ids);
		}
	};
}

export const col = {
	number: numberCol,
	integer: integerCol,
	text: textCol,
	enum: enumCol,
	date: dateCol,
	precision: precisionCol,
	url: urlCol,
	sourceIds: sourceIdsCol,
	optional: optionalize
};

export type Columns = Record<string, Column<unknown>>;

/** The typed record a set of columns produces. */
export type RecordOf<C extends Columns> = {
	[K in keyof C]: C[K] extends Column<infer V> ? V : never;
};

export interface DatasetSchema<C extends Columns = Columns> {
	/** File name in data/ and the URL slug (/data/<name>). */
	readonly name: string;
	readonly title: string;
	readonly description: string;
	/** How the file is produced: the script that writes it, or "curated by hand". */
	readonly producedBy: string;
	readonly columns: C;
	/** The column holding source ids, if any (sources.csv has none). */
	readonly sourceColumn?: keyof C & string;
	/**
	 * The leading columns that say which row is which (a year, a reporter, a flow): they stay in
	 * view while the dataset page's table scrolls sideways on a narrow screen. The first column when
	 * not given; one or two of the file's first columns, in its order.
	 */
	readonly pinned?: readonly (keyof C & string)[];
}

export function defineDataset<const C extends Columns>(s: DatasetSchema<C>): DatasetSchema<C> {
	return s;
}
