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

	it('writes the 2020 oil figures from data, with the sources that date the Russian agreement', () => {
		const panels = parseContent('oil.md', readFileSync('src/content/oil.md', 'utf8'), d);
		const why = panelById(panels, 'why', 'oil.md');
		expect(why.paragraphs[0]).toContain('In 2019 Russia supplied 17.6 million tonnes');
		const alt = panelById(panels, 'alternatives', 'oil.md').paragraphs.join(' ');
		expect(alt).toContain('added up to 755,000 tonnes in 9 cargoes');
		expect(alt).toContain('2 more were announced without a confirmed arrival');
		expect(alt).toContain('about 720,000 tonnes of Azerbaijani oil');
		expect(alt).toContain('against 435,000 tonnes in the Azerbaijani cargoes');
		const end = panelById(panels, 'ending', 'oil.md');
		const text = end.paragraphs.join(' ');
		expect(text).toContain('TASS reported that Moscow and Minsk agreed');
		expect(text).toContain('Belsat (BelTA) wrote');
		expect(text).toContain('The named cargoes were 11.4%');
		expect(text).toContain('leaves about 22% not Russian in April');
		expect(text).toContain('put it at 20% for January–May');
		expect(end.sourceIds).toEqual(
			expect.arrayContaining(['TASS_200602', 'BELSAT_SA', 'URDU_200429'])
		);
	});

	it('parses every content file', () => {
		for (const f of ['overview.md', 'trade.md', 'energy.md', 'oil.md'])
			expect(parseContent(f, readFileSync(`src/content/${f}`, 'utf8'), d).length).toBeGreaterThan(
				1
			);
	});
});
