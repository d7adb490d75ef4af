/** Messages between the page and the parsing worker (worker.ts). */
import type { ColumnType, Detection, Problem, ReadOptions } from './parse';
import type { PeriodForm } from './periods';
import type { Mapping, ViewOut } from './view';
import type { SchemaChoice } from './formats';
import type { TableColumn, TableRow } from '$lib/charts/types';

export type ToWorker =
	| { type: 'parse'; file: Blob; options?: Partial<ReadOptions> }
	| { type: 'view'; id: number; mapping: Mapping; range: [number, number] | null; columns: number }
	/**
	 * The figure's CSV: the reader's rows of the series drawn (`keep`: their keys), in long form,
	 * then `ours` (rows already in the same columns).
	 */
	| {
			type: 'csv';
			id: number;
			mapping: Mapping;
			file: string;
			units: Record<string, string | null>;
			keep: string[];
			ours: TableRow[];
	  }
	/** Map the table onto one of the atlas's formats (null: the reader's own columns again). */
	| { type: 'schema'; id: number; choice: SchemaChoice | null };

/** The table mapped onto a format: its columns, and what the format's rules refused. */
export type SchemaResult =
	| {
			ok: true;
			/** The choice as applied (every field guessed when the page sent none). */
			choice: SchemaChoice;
			/** The format's name, and "column as field" for each mapped field, in its order. */
			label: string;
			/** The unit of the format's value ('' when the format has none). */
			unit: string;
			read: string[];
			mapping: Mapping;
			names: string[];
			problems: Problem[];
			problemCount: number;
	  }
	| { ok: false; message: string };

export interface Summary {
	names: string[];
	types: ColumnType[];
	/** Per column: the form its periods are written in (null: not a period column). */
	forms?: (PeriodForm | null)[];
	rowCount: number;
	dropped: number;
	problems: Problem[];
	problemCount: number;
	/** What the file looks like, as detected. */
	detection: Detection;
	/** What it was read with: the detection, or the reader's overrides. */
	used: ReadOptions;
}

export type FromWorker =
	| { type: 'progress'; phase: 'reading' | 'parsing'; fraction: number }
	| { type: 'refused'; message: string; detection?: Detection }
	| { type: 'table'; summary: Summary; mapping: Mapping | null }
	| {
			type: 'view';
			id: number;
			view: ViewOut;
			columns: TableColumn[];
			rows: TableRow[];
			total: number;
	  }
	| { type: 'csv'; id: number; text: string }
	| { type: 'schema'; id: number; result: SchemaResult | null };

/** Rows the page's table shows; the CSV has every row. */
export const TABLE_ROWS = 200;
