/**
 * The atlas's own research (data/curated): a row is only as good as the passage behind it. Every
 * source a curated row cites resolves, and the row quotes, for each source id, the words read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURATED_DIR, DATA_DIR } from './lib';
import { mergeTimeline, readCurated } from './timeline';
import { parseSourcesMd } from './sources';

const sourceIds = new Set(
	readFileSync(join(DATA_DIR, 'sources.csv'), 'utf8')
		.split('\n')
		.slice(1)
		.map((l) => l.split(',')[0])
);
const ids = (s: string) => s.split(';').filter(Boolean);

describe.each(['timeline.csv', 'figures.csv'])('curated/%s', (file) => {
	const rows = readCurated(file);
	it('cites only sources listed in sources.csv, and quotes each one in its note', () => {
		expect(rows.length).toBeGreaterThan(20);
		for (const r of rows) {
			for (const id of ids(r.source_id ?? '')) {
				expect(sourceIds.has(id), `${id} (${r.date ?? r.id}) is in sources.csv`).toBe(true);
				expect(r.note, `${r.date ?? r.id} quotes ${id}`).toMatch(new RegExp(`(^|\\| )${id}: `));
			}
		}
	});
	it('grades a row resting on the article alone "article only", and says so', () => {
		for (const r of rows.filter((x) => x.confidence === 'article only')) {
			expect(ids(r.source_id ?? '')).toEqual(['ARTICLE_CLAIM']);
			if (file === 'timeline.csv') expect(r.event).toMatch(/article/i);
		}
		for (const r of rows.filter((x) => ids(x.source_id ?? '').includes('ARTICLE_CLAIM')))
			expect(r.confidence).toBe('article only');
	});
});

describe('curated/SOURCES.md', () => {
	const md = readFileSync(join(CURATED_DIR, 'SOURCES.md'), 'utf8');
	const rows = parseSourcesMd(md, 'curated/SOURCES.md');
	it('gives every source read a passage, and lists the article’s five references', () => {
		const blocks = md.split(/^### /m).slice(1);
		for (const b of blocks) {
			const id = b.split('\n')[0]?.trim();
			const passage = /^- Passage: (.+)$/m.exec(b)?.[1] ?? '';
			const onlyListed = /^- Confidence: article only/m.test(b);
			if (!onlyListed) expect(passage, `${id} has a passage`).toMatch(/^“.{10,}”/);
		}
		const refs = rows.filter((r) => r.kind === 'article reference');
		expect(refs.map((r) => r.id).sort()).toEqual([
			'AC_210303',
			'DW_200825',
			'FT_210106',
			'ORF_200428',
			'TRANSFORM_210419'
		]);
		// the two the atlas could not read are listed, never graded as read
		expect(
			refs
				.filter((r) => r.confidence === 'article only')
				.map((r) => r.id)
				.sort()
		).toEqual(['ORF_200428', 'TRANSFORM_210419']);
	});
});

describe('merging the atlas’s rows into the timeline', () => {
	const base = {
		date_precision: 'day',
		kind: 'integration treaty',
		confidence: 'verified',
		date_note: '',
		note: ''
	};
	const research = [
		{
			...base,
			date: '1999-12-08',
			event: 'Union State treaty',
			category: 'integration',
			source_id: 'POSTKOM'
		},
		{
			...base,
			date: '2014-05-29',
			event: 'EAEU treaty',
			category: 'integration',
			source_id: 'EEC_140529'
		}
	];
	const curated = (over: Record<string, string>) => ({
		action: 'add',
		date: '2002-08-14',
		date_precision: 'day',
		event: 'A proposal',
		category: 'integration',
		kind: 'political',
		source_id: 'RFE_020815',
		confidence: 'verified',
		note: 'RFE_020815: "words read"',
		...over
	});
	it('adds rows in date order and annotates a row with more sources and the passage read', () => {
		const out = mergeTimeline(
			research.map((r) => ({ ...r })),
			[
				curated({}),
				curated({
					action: 'annotate',
					date: '1999-12-08',
					source_id: 'AFN_991208;POSTKOM',
					note: 'AFN_991208: "a landmark day"'
				})
			]
		);
		expect(out.map((r) => r.date)).toEqual(['1999-12-08', '2002-08-14', '2014-05-29']);
		expect(out[0]).toMatchObject({
			event: 'Union State treaty',
			source_id: 'POSTKOM;AFN_991208',
			note: 'AFN_991208: "a landmark day"'
		});
		expect(out[1]).toMatchObject({
			event: 'A proposal',
			category: 'integration',
			kind: 'political'
		});
	});
	it('refuses a row without a quoted passage, a treaty outside integration, or a missing target', () => {
		const run = (over: Record<string, string>) =>
			mergeTimeline(
				research.map((r) => ({ ...r })),
				[curated(over)]
			);
		expect(() => run({ note: ' ' })).toThrow(/no passage quoted/);
		expect(() => run({ kind: 'integration treaty', category: 'political' })).toThrow(
			/treaty belongs to the integration category/
		);
		expect(() => run({ action: 'annotate', date: '2003-01-01' })).toThrow(
			/annotates 0 research rows/
		);
		expect(() => run({ date: '2002-08' })).toThrow(/written to the month but graded "day"/);
		expect(() => run({ action: 'replace' })).toThrow(/action must be add or annotate/);
	});
});
