/**
 * The parsing worker: reads the reader's file in chunks (progress), refuses what is not UTF-8
 * text, parses with PapaParse, checks and types the table, and keeps it here; the page asks for
 * views (aggregated to the chart's width) and the full CSV. Cancel is terminate() on the page.
 */
/// <reference lib="webworker" />
import {
	checkStart,
	detect,
	buildTable,
	firstInvalidUtf8,
	longLine,
	notUtf8,
	overLimits,
	readRecords,
	zeroByte
} from './parse';
import type { ReadOptions, Table } from './parse';
import type { SchemaChoice } from './formats';
import { buildView, checkMapping, defaultMapping, longTable, viewTable } from './view';
import { chartCsv } from '$lib/export/csv';
import { TABLE_ROWS, type FromWorker, type ToWorker } from './protocol';
import { applySchema, formatColumns, guessFields, schemaById } from './schema';

const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);
/** The file as read, and the table views are drawn from: the file, or the file in a format. */
let source: Table | null = null;
let table: Table | null = null;
let inFormat = false;

async function readText(file: Blob): Promise<{ text: string; bom: boolean } | { refused: string }> {
	const reader = file.stream().getReader();
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const parts: string[] = [];
	let read = 0;
	let lines = 0;
	let first = true;
	let bom = false;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		if (first) {
			const start = checkStart(value, file.size);
			if ('refused' in start) return start;
			bom = start.bom;
			first = false;
		}
		try {
			parts.push(decoder.decode(value, { stream: true }));
		} catch {
			const at = Math.max(0, firstInvalidUtf8(value, false));
			for (let i = 0; i < at; i++) if (value[i] === 0x0a) lines++;
			return notUtf8(read + at, lines);
		}
		const zero = value.indexOf(0);
		if (zero >= 0) {
			for (let i = 0; i < zero; i++) if (value[i] === 0x0a) lines++;
			return zeroByte(read + zero, lines);
		}
		for (const b of value) if (b === 0x0a) lines++;
		read += value.length;
		post({ type: 'progress', phase: 'reading', fraction: read / Math.max(1, file.size) });
	}
	if (first) return checkStart(new Uint8Array(0), 0) as { refused: string };
	try {
		parts.push(decoder.decode());
	} catch {
		return notUtf8(read - 1, lines);
	}
	let text = parts.join('');
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	return { text, bom };
}

async function parse(file: Blob, options: Partial<ReadOptions> = {}) {
	const got = await readText(file);
	if ('refused' in got) return post({ type: 'refused', message: got.refused });
	const detected = detect(got.text, got.bom);
	// the reader's overrides are read with; what was detected is reported as detected
	const detection = { ...detected, ...options };
	const used: ReadOptions = {
		delimiter: detection.delimiter,
		header: detection.header,
		decimalComma: detection.decimalComma
	};
	if (got.text.trim() === '')
		return post({
			type: 'refused',
			message: 'The file has no rows: it is only blank lines or spaces.',
			detection
		});
	const long = longLine(got.text);
	if (long) return post({ type: 'refused', message: long.refused, detection });
	const raw = readRecords(got.text, detection.delimiter, (f) =>
		post({ type: 'progress', phase: 'parsing', fraction: f })
	);
	const over = overLimits(raw);
	if (over) return post({ type: 'refused', message: over.refused, detection });
	const t = buildTable(raw, detection);
	inFormat = false;
	if ('refused' in t) {
		source = table = null;
		return post({ type: 'refused', message: t.refused, detection });
	}
	source = table = t;
	post({
		type: 'table',
		summary: {
			names: t.names,
			types: t.types,
			forms: t.forms,
			rowCount: t.rowCount,
			dropped: t.dropped,
			problems: t.problems,
			problemCount: t.problemCount,
			detection: detected,
			used
		},
		mapping: defaultMapping(t)
	});
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
	const m = e.data;
	if (m.type === 'parse') {
		parse(m.file, m.options).catch((err: unknown) =>
			post({ type: 'refused', message: `The file could not be read: ${String(err)}` })
		);
		return;
	}
	if (m.type === 'schema') return mapTo(m.id, m.choice);
	if (!table) return;
	const mapping = checkMapping(table, m.mapping);
	if (!mapping) return;
	if (m.type === 'view') {
		const view = buildView(table, mapping, m.range, m.columns);
		const tv = viewTable(table, inFormat ? formatColumns(table, mapping) : mapping, TABLE_ROWS);
		post({ type: 'view', id: m.id, view, columns: tv.columns, rows: tv.rows, total: tv.total });
	} else {
		// beside x, what says which row it is: the series column, or a format's own fields
		const describe = inFormat
			? formatColumns(table, mapping).y.filter((n) => !mapping.y.includes(n))
			: mapping.series
				? [mapping.series]
				: [];
		const long = longTable(table, mapping, {
			file: m.file,
			units: m.units,
			keep: m.keep,
			describe
		});
		long.rows.push(...m.ours);
		post({ type: 'csv', id: m.id, text: chartCsv(long) });
	}
};

function mapTo(id: number, choice: SchemaChoice | null) {
	if (!source) return;
	const schema = choice && schemaById(choice.schema);
	if (!choice || !schema) {
		table = source;
		inFormat = false;
		return post({ type: 'schema', id, result: null });
	}
	const fields =
		Object.keys(choice.fields).length === 0 ? guessFields(source, schema) : choice.fields;
	const out = applySchema(source, schema, fields);
	if ('refused' in out) {
		table = source;
		inFormat = false;
		return post({ type: 'schema', id, result: { ok: false, message: out.refused } });
	}
	table = out.table;
	inFormat = true;
	post({
		type: 'schema',
		id,
		result: {
			ok: true,
			choice: { schema: schema.id, fields: out.fields },
			label: schema.label,
			unit: schema.unit,
			read: schema.fields
				.filter((f) => out.fields[f.key])
				.map((f) => `${out.fields[f.key]} as ${f.key}`),
			mapping: out.mapping,
			names: out.table.names,
			problems: out.table.problems,
			problemCount: out.table.problemCount
		}
	});
}
