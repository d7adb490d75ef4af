/** The view in the URL: which stored file, columns, chart kind, zoom and our series. Tampered values fall back. */
import { isId } from './storage';
import type { ChartKind, Mapping } from './view';
import { isFormatId, type SchemaChoice } from './formats';
import type { Delimiter, ReadOptions } from './parse';
import type { AxisChoice } from './units';

export interface ExploreState {
	file: string | null;
	mapping: Partial<Mapping>;
	kind: ChartKind;
	range: [number, number] | null;
	ours: string[];
	/** The atlas format the file is read as, and which of its columns fills each field. */
	format: SchemaChoice | null;
	/** How the reader chose to read the file where it differs from what was detected ("Read again"). */
	read: Partial<ReadOptions>;
	/** One y axis for yours and ours, or ours on a second one (null: as the units suggest). */
	axis?: AxisChoice | null;
}

const SEPARATORS: Record<string, Delimiter> = {
	comma: ',',
	semicolon: ';',
	tab: '\t',
	pipe: '|'
};
const SEPARATOR_NAME = Object.fromEntries(Object.entries(SEPARATORS).map(([k, v]) => [v, k]));

function readRead(q: URLSearchParams): Partial<ReadOptions> {
	const r: Partial<ReadOptions> = {};
	const sep = SEPARATORS[q.get('sep') ?? ''];
	if (sep) r.delimiter = sep;
	const header = q.get('header');
	if (header === 'yes' || header === 'no') r.header = header === 'yes';
	const decimal = q.get('decimal');
	if (decimal === 'comma' || decimal === 'point') r.decimalComma = decimal === 'comma';
	return r;
}

const KINDS: readonly ChartKind[] = ['line', 'bars', 'points'];
const name = (s: string | null) => (s && s.length <= 200 ? s : undefined);

export function readState(q: URLSearchParams): ExploreState {
	const file = q.get('file');
	const from = Number(q.get('from'));
	const to = Number(q.get('to'));
	const kind = q.get('kind') as ChartKind;
	return {
		file: isId(file) ? file : null,
		mapping: {
			x: name(q.get('x')),
			y: q
				.getAll('y')
				.filter((s) => s.length <= 200)
				.slice(0, 12),
			series: name(q.get('series')) ?? null
		},
		kind: KINDS.includes(kind) ? kind : 'line',
		range:
			q.has('from') && q.has('to') && Number.isFinite(from) && Number.isFinite(to) && from < to
				? [from, to]
				: null,
		ours: q
			.getAll('ours')
			.filter((s) => /^[a-z0-9-]{1,40}$/.test(s))
			.slice(0, 6),
		format: readFormat(q),
		read: readRead(q),
		axis: q.get('axis') === 'one' ? 'one' : q.get('axis') === 'two' ? 'two' : null
	};
}

/**
 * `format=<id>` and one `field=<field>:<column>` per mapped field. Field names the format does not
 * have, and columns the file does not have, are dropped when the file is read (schema.ts).
 */
function readFormat(q: URLSearchParams): SchemaChoice | null {
	const id = q.get('format');
	if (!isFormatId(id)) return null;
	const fields: Record<string, string | null> = {};
	for (const v of q.getAll('field').slice(0, 20)) {
		const at = v.indexOf(':');
		const key = v.slice(0, at);
		const col = name(v.slice(at + 1));
		if (at > 0 && /^[a-z0-9_]{1,40}$/.test(key) && col) fields[key] = col;
	}
	return { schema: id, fields };
}

export function writeState(s: ExploreState): string {
	const q = new URLSearchParams();
	if (s.file) q.set('file', s.file);
	if (s.file && s.read.delimiter) q.set('sep', SEPARATOR_NAME[s.read.delimiter]!);
	if (s.file && s.read.header !== undefined) q.set('header', s.read.header ? 'yes' : 'no');
	if (s.file && s.read.decimalComma !== undefined)
		q.set('decimal', s.read.decimalComma ? 'comma' : 'point');
	if (s.file && s.format) {
		q.set('format', s.format.schema);
		for (const [k, col] of Object.entries(s.format.fields))
			if (col) q.append('field', `${k}:${col}`);
	} else if (s.file) {
		if (s.mapping.x) q.set('x', s.mapping.x);
		for (const y of s.mapping.y ?? []) q.append('y', y);
		if (s.mapping.series) q.set('series', s.mapping.series);
	}
	if (s.kind !== 'line') q.set('kind', s.kind);
	if (s.range) {
		q.set('from', String(s.range[0]));
		q.set('to', String(s.range[1]));
	}
	for (const o of s.ours) q.append('ours', o);
	if (s.axis) q.set('axis', s.axis);
	const str = q.toString();
	return str ? `?${str}` : '';
}

/** Characters a query keeps escaped even when shown: decoded, they would change what it says. */
const KEEP_ESCAPED = /[%&=#+?\p{Cc}\p{Cf}\p{Z}]/u;

/**
 * A link as a reader reads it: the query's escapes decoded (Cyrillic, spaces, ":" and "," shown as
 * they are), except where the decoded character would change the query (%, &, =, #, +, ?) or
 * could not be seen (control characters, other spaces), which stay escaped. The link itself is
 * unchanged; this is only its text.
 */
export function readableLink(href: string): string {
	const at = href.indexOf('?');
	if (at < 0) return href;
	const pieces = href
		.slice(at + 1)
		.split('&')
		.map((pair) =>
			pair
				.split('=')
				.map((piece) =>
					piece.replace(/\+/g, ' ').replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
						let text: string;
						try {
							text = decodeURIComponent(run);
						} catch {
							return run;
						}
						return [...text]
							.map((ch) => (ch !== ' ' && KEEP_ESCAPED.test(ch) ? encodeURIComponent(ch) : ch))
							.join('');
					})
				)
				.join('=')
		);
	return `${href.slice(0, at)}?${pieces.join('&')}`;
}
