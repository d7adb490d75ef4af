/**
 * research timeline.csv + the atlas's own research (curated/timeline.csv) → data/timeline.csv,
 * with one category vocabulary shared by every chart.
 *
 * A curated row either adds an event ("add") or annotates a research row of the same date and
 * category ("annotate": its sources and the passage read are added to that row; its wording
 * stays). Each curated row's `note` quotes the few words of each source that support it.
 */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { confidenceOf } from './sources';
import { CURATED_DIR, normaliseSourceIds, precisionOf, readResearchCsv, writeCsv } from './lib';

export const CATEGORY: Record<string, string> = {
	'integration treaty': 'integration',
	'energy dispute': 'energy',
	energy: 'energy',
	'energy diversification': 'energy',
	'trade dispute': 'trade',
	economic: 'trade',
	military: 'military',
	political: 'political'
};

const COLUMNS = [
	'date',
	'date_precision',
	'event',
	'category',
	'kind',
	'source_id',
	'confidence',
	'date_note',
	'note'
] as const;
type Row = Record<(typeof COLUMNS)[number], string>;

function checkPrecision(file: string, date: string, graded: string): 'day' | 'month' | 'year' {
	const precision = /^(day|month|year)\b/.exec(graded)?.[1] as 'day' | 'month' | 'year' | undefined;
	if (precision !== precisionOf(date))
		throw new Error(
			`${file}: ${date} is written to the ${precisionOf(date)} but graded "${graded}"`
		);
	return precision;
}

function researchRows(): Row[] {
	return readResearchCsv('timeline.csv').map((r) => {
		const category = CATEGORY[r.category ?? ''];
		if (!category) throw new Error(`timeline.csv: unknown category "${r.category}"`);
		// The research notes grade each date ("day", "month (…)"): the ISO form must agree.
		const precision = checkPrecision('timeline.csv', r.date ?? '', r.date_precision ?? '');
		return {
			date: r.date ?? '',
			date_precision: precision,
			event: r.event ?? '',
			category,
			kind: r.category ?? '',
			source_id: normaliseSourceIds(r.source_id ?? ''),
			confidence: confidenceOf(r.confidence ?? ''),
			date_note: (r.date_precision ?? '').startsWith('month (') ? 'day not verified' : '',
			note: ''
		};
	});
}

export function readCurated(file: string): Record<string, string>[] {
	const res = Papa.parse<Record<string, string>>(readFileSync(join(CURATED_DIR, file), 'utf8'), {
		header: true,
		skipEmptyLines: true
	});
	if (res.errors.length > 0)
		throw new Error(`curated/${file}: ${res.errors[0]?.message} (row ${res.errors[0]?.row})`);
	return res.data;
}

export function mergeTimeline(research: Row[], curated: Record<string, string>[]): Row[] {
	const rows = [...research];
	for (const c of curated) {
		const where = `curated/timeline.csv ${c.date} "${c.event}"`;
		const category = c.category ?? '';
		// the row of the timeline it is drawn in (an integration proposal is "political" in kind
		// but belongs with integration); only kind "integration treaty" marks a treaty
		if (!CATEGORY[c.kind ?? ''] || !Object.values(CATEGORY).includes(category))
			throw new Error(`${where}: unknown kind "${c.kind}" or category "${category}"`);
		if (
			(c.kind === 'integration treaty') !==
			(category === 'integration' && c.kind === 'integration treaty')
		)
			throw new Error(`${where}: a treaty belongs to the integration category`);
		if (!c.note?.trim()) throw new Error(`${where}: no passage quoted in its note`);
		const sources = normaliseSourceIds(c.source_id ?? '');
		if (c.action === 'annotate') {
			const target = rows.filter((r) => r.date === c.date && r.category === category);
			if (target.length !== 1)
				throw new Error(`${where}: annotates ${target.length} research rows, not 1`);
			const t = target[0] as Row;
			t.source_id = normaliseSourceIds([t.source_id, sources].join(';'))
				.split(';')
				.filter((id, i, all) => all.indexOf(id) === i)
				.join(';');
			t.note = [t.note, c.note].filter(Boolean).join(' | ');
			continue;
		}
		if (c.action !== 'add') throw new Error(`${where}: action must be add or annotate`);
		rows.push({
			date: c.date ?? '',
			date_precision: checkPrecision('curated/timeline.csv', c.date ?? '', c.date_precision ?? ''),
			event: c.event ?? '',
			category,
			kind: c.kind ?? '',
			source_id: sources,
			confidence: confidenceOf(c.confidence ?? ''),
			date_note: '',
			note: c.note ?? ''
		});
	}
	// by date; rows of one date keep the order they were added in
	return rows
		.map((r, i) => ({ r, i }))
		.sort((a, b) => a.r.date.localeCompare(b.r.date) || a.i - b.i)
		.map((x) => x.r);
}

export function build(outDir: string): void {
	writeCsv(outDir, 'timeline', COLUMNS, mergeTimeline(researchRows(), readCurated('timeline.csv')));
}
