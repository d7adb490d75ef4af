import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/server/data';
import { ContentError, panelById, parseContent, statedText } from './content';
import type { StatedFigureRecord } from '$lib/data/datasets';

const d = loadAll();

describe('narrative content', () => {
	it('resolves figures from data/ into the prose', () => {
		const panels = parseContent('overview.md', readFileSync('src/content/overview.md', 'utf8'), d);
		const p = panelById(panels, 'headline', 'overview.md');
		expect(p.paragraphs[0]).toContain('Russia accounted for 46.6% of Belarus');
		expect(p.paragraphs[0]).toContain('Belarus accounted for 4.7% of Russia');
		expect(p.paragraphs[0]).toContain("Russia's own partner lists");
		expect(p.paragraphs[0]).toContain('silent about Belarus');
		expect(p.paragraphs[0]).not.toContain('below 4.2%');
		expect(p.sourceIds.sort()).toEqual(['CIAFB_2010', 'CIAFB_2011']);
	});

	it('states the corrected trade figures on /trade from data rows', () => {
		const panels = parseContent('trade.md', readFileSync('src/content/trade.md', 'utf8'), d);
		const asym = panelById(panels, 'asymmetry', 'trade.md').paragraphs.join(' ');
		expect(asym).toContain('"about 48%" and "about 6%"');
		expect(asym).not.toContain('ruled out by both sides');
		expect(asym).toContain('higher than the data support');
		expect(asym).toContain("Belarus's share of Russia's trade was 4.7%");
		expect(asym).toContain("the smallest entry on Russia's export list is 4.01%");
		expect(asym).toContain("5.27% of Russia's exports");
		expect(asym).toContain('neither confirm nor rule out');
		const shares = panelById(panels, 'shares', 'trade.md');
		const text = shares.paragraphs.join(' ');
		expect(text).toContain('from 44.4% in 2011 to 60.1% in 2002');
		expect(text).not.toContain('around half');
		expect(text).toContain("60% of Belarus's trade in January–October");
		expect(text).toContain('57% of its exports in January–September');
		expect(text).toContain('a Kremlin briefing reported by TASS');
		expect(text).toContain('more than 50%');
		expect(text).not.toContain('Officials in Minsk');
		expect(text).not.toContain('no exact share');
		expect(shares.sourceIds).toEqual(
			expect.arrayContaining(['POLESYE_KRUTOY', 'DZEN_PARKHOMCHIK', 'TASS_240524'])
		);
	});

	it('resolves bound, range, share and claim tokens, and fails on a year without a bound', () => {
		const one = (t: string) => parseContent('x.md', `## T {#t}\n\n${t}`, d)[0]!.paragraphs[0];
		// Belarus's own report contradicts the export bound (5.27% > 4.01%): no bound may be quoted
		expect(() => one('{{bound:Russia:Belarus:2009}}')).toThrow(/contradicts/);
		expect(() => one('{{bound:Russia:Belarus:2009:exports}}')).toThrow(/contradicts/);
		expect(one('{{bound:Russia:Belarus:2009:imports}}')).toBe('4.46%');
		expect(one('{{smallest:Russia:Belarus:2009:exports}}')).toBe('4.01%');
		expect(one('{{mirror:Russia:Belarus:2009:exports}}')).toBe('5.27%');
		expect(one('{{turnover-low:Belarus}}')).toBe('44.4% in 2011');
		expect(one('{{turnover-high:Belarus}}')).toBe('60.1% in 2002');
		expect(one('{{claim:belarus-share-of-russia-trade-2009}}')).toBe('about 6%');
		expect(() => one('{{bound:Russia:Belarus:2019}}')).toThrow(ContentError);
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
		expect(text).toContain('leaves at most about 22% not Russian in April, an upper bound');
		expect(text).toContain('the cargoes named for April make about 4%');
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

describe('stated figures in words', () => {
	const f = (over: Partial<StatedFigureRecord>): StatedFigureRecord => ({
		id: 'x',
		topic: 't',
		period: '2007',
		value: 5.8,
		value_high: null,
		unit: 'USD bn',
		qualifier: null,
		what: 'w',
		source_id: ['S'],
		confidence: 'verified',
		note: 'S: "…"',
		...over
	});
	it('write money, shares, ranges and counts as the source qualifies them', () => {
		expect(statedText(f({}))).toBe('$5.8 bn');
		expect(statedText(f({ value: 500, unit: 'million USD' }))).toBe('$500 mn');
		expect(statedText(f({ value: 400, unit: 'USD mn' }))).toBe('$400 mn');
		expect(statedText(f({ value: 10, value_high: 15, unit: '% of GDP' }))).toBe('10–15% of GDP');
		expect(statedText(f({ value: 200000, unit: 'personnel', qualifier: 'up to' }))).toBe(
			'up to 200,000 personnel'
		);
		expect(statedText(f({ value: 9.225, unit: 'million tonnes' }))).toBe('9.225 million tonnes');
	});
	it('resolves {{stated:id}} from stated_figures.csv, citing its sources', () => {
		const row = d.stated.find((s) => s.id === 'russian-energy-subsidies-2007-usd-bn')!;
		const [panel] = parseContent('t.md', '## T {#t}\n\nA gain of {{stated:' + row.id + '}}.', d);
		expect(panel?.paragraphs[0]).toBe(`A gain of $${row.value} bn.`);
		expect(panel?.sourceIds).toEqual([...row.source_id]);
		expect(() => parseContent('t.md', '## T {#t}\n\n{{stated:nothing}}', d)).toThrow(
			'no data row for {{stated:nothing}}'
		);
	});
});
