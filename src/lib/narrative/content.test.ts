import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/data/load';
import { ContentError, panelById, parseContent } from './content';

const d = loadAll();

describe('narrative content', () => {
	it('resolves figures from data/ into the prose', () => {
		const panels = parseContent('overview.md', readFileSync('src/content/overview.md', 'utf8'), d);
		const p = panelById(panels, 'headline', 'overview.md');
		expect(p.paragraphs[0]).toContain('Russia accounted for 46.6% of Belarus');
		expect(p.paragraphs[0]).toContain('Belarus accounted for 4.7% of Russia');
		expect(p.sourceIds.sort()).toEqual(['CIAFB_2010', 'CIAFB_2011']);
	});

	it('fails on a figure with no data row, naming file and token', () => {
		expect(() => parseContent('x.md', '## T {#t}\n\nIt was {{turnover:Belarus:2013}}.', d)).toThrow(
			new ContentError('x.md: no data row for {{turnover:Belarus:2013}}')
		);
	});

	it('parses every content file', () => {
		for (const f of ['overview.md', 'trade.md'])
			expect(parseContent(f, readFileSync(`src/content/${f}`, 'utf8'), d).length).toBeGreaterThan(
				1
			);
	});
});
