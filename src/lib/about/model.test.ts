import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { loadAll } from '$lib/server/data';
import { aboutPage, citation, exampleYear } from './model';
import { workedExamples } from './formulas';
import type { FactbookRecord } from '$lib/data/datasets';

const d = loadAll();
const version = { hash: 'abcdef012345', date: '2026-01-31', description: 'Test data.' };
const page = aboutPage(d, version, 'https://atlas.example.org');
const ex = (id: string) => page.examples.find((e) => e.id === id)!;

/** data/<name>.csv read directly (not through the schema code), to check the page against. */
const csv = (name: string) =>
	Papa.parse<Record<string, string>>(readFileSync(`data/${name}.csv`, 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data;

describe('the worked examples', () => {
	const year = exampleYear(d);
	const turnover = csv('trade_turnover').filter((r) => r.year === String(year));
	const fb = csv('factbook_trade').filter((r) => r.year === String(year));
	const fbValue = (reporter: string, flow: string, measure: string, partner: string) =>
		fb.find(
			(r) =>
				r.reporter === reporter && r.flow === flow && r.measure === measure && r.partner === partner
		)!.value;

	it('take the year of the article’s claim from claims.csv', () => {
		const claim = csv('claims').find((c) => c.reporter === 'Belarus')!;
		expect(year).toBe(Number(claim.year));
		expect(page.year).toBe(year);
	});

	it('work Russia’s share of Belarus’s turnover out to the trade_turnover.csv row', () => {
		const row = turnover.find((r) => r.reporter === 'Belarus')!;
		const e = ex('turnover-share');
		expect(e.result).toBe(`${row.turnover_share_pct}%`);
		expect(e.steps[0]).toBe(row.computation);
		expect(e.steps).toContain(
			`= ${row.bilateral_turnover_usd_bn} / ${row.reporter_turnover_usd_bn}`
		);
		expect(e.terms.map((t) => t.value)).toEqual([
			`${fbValue('Belarus', 'exports', 'partner_share', 'Russia')}%`,
			`$${fbValue('Belarus', 'exports', 'total', 'World')} bn`,
			`${fbValue('Belarus', 'imports', 'partner_share', 'Russia')}%`,
			`$${fbValue('Belarus', 'imports', 'total', 'World')} bn`
		]);
		expect(e.sourceIds).toEqual(row.source_id!.split(';'));
	});

	it('work Belarus’s share of Russia’s turnover out to the trade_turnover.csv row', () => {
		const row = turnover.find((r) => r.reporter === 'Russia')!;
		const e = ex('share-of-other');
		expect(e.result).toBe(`${row.turnover_share_pct}%`);
		expect(e.steps).toContain(
			`= ${row.bilateral_turnover_usd_bn} / ${row.reporter_turnover_usd_bn}`
		);
		expect(e.sourceIds).toEqual(row.source_id!.split(';'));
	});

	it('bound Belarus’s share from the smallest shares on Russia’s own lists', () => {
		const e = ex('unlisted-bound');
		const list = (flow: string) =>
			fb
				.filter((r) => r.reporter === 'Russia' && r.flow === flow && r.measure === 'partner_share')
				.map((r) => ({ partner: r.partner!, pct: Number(r.value) }));
		const exportsList = list('exports');
		const importsList = list('imports');
		expect(exportsList.some((r) => r.partner === 'Belarus')).toBe(false);
		const bx = Math.min(...exportsList.map((r) => r.pct));
		const bm = Math.min(...importsList.map((r) => r.pct));
		const X = Number(fbValue('Russia', 'exports', 'total', 'World'));
		const M = Number(fbValue('Russia', 'imports', 'total', 'World'));
		const bound = Number(((bx * X + bm * M) / (X + M)).toFixed(2));
		expect(e.steps[0]).toContain(`= ${bound}%`);
		expect(e.terms.map((t) => t.value)).toEqual([`${bx}%`, `$${X} bn`, `${bm}%`, `$${M} bn`]);
		// Belarus's own report puts it above Russia's smallest export share: the bound is contradicted
		expect(e.result).toBe('no bound: contradicted by Belarus’s own report');
		expect(e.steps[1]).toBe('Belarus’s report of Russia’s exports: 56.42% × 28.32 / 303.4 = 5.27%');
		expect(e.note).toMatch(/rules nothing out/);
		expect(e.note).not.toMatch(/ruled out/);
	});

	it('compute the non-Russian share of Jan–Apr 2020 crude and its HHI from the oil rows', () => {
		const oil = csv('oil_imports_2020');
		const ru = oil.filter(
			(r) =>
				r.origin === 'Russia' &&
				(r.kind === 'russian monthly' || r.kind === 'russian quarterly') &&
				r.status === 'confirmed' &&
				r.date_start! <= '2020-04'
		);
		const alt = oil.filter(
			(r) =>
				r.kind === 'cargo' &&
				r.origin !== 'Russia' &&
				r.status === 'confirmed' &&
				r.volume_t !== '' &&
				r.date_start! < '2020-05'
		);
		const R = ru.reduce((a, r) => a + Number(r.volume_t), 0);
		const A = alt.reduce((a, r) => a + Number(r.volume_t), 0);
		expect(ex('oil-non-russian').result).toBe(`${((A / (R + A)) * 100).toFixed(1)}%`);
		expect(ex('oil-non-russian').terms).toHaveLength(ru.length + alt.length);
		const byOrigin = new Map<string, number>([['Russia', R]]);
		for (const r of alt)
			byOrigin.set(r.origin!, (byOrigin.get(r.origin!) ?? 0) + Number(r.volume_t));
		const h = [...byOrigin.values()].reduce((a, t) => a + ((t / (R + A)) * 100) ** 2, 0);
		expect(ex('hhi').result).toBe(Number(h.toPrecision(3)).toLocaleString('en-GB'));
	});

	it('stop the build when a derived row disagrees with its inputs', () => {
		const tampered = d.turnover.map((t) =>
			t.year === year && t.reporter === 'Belarus'
				? { ...t, turnover_share_pct: t.turnover_share_pct + 1 }
				: t
		);
		expect(() => workedExamples({ ...d, turnover: tampered }, year)).toThrow(
			/trade_turnover\.csv .* Belarus row disagrees/
		);
	});

	it('fall back to another year for the bound when Russia lists Belarus in the claim’s year', () => {
		const listed: FactbookRecord = {
			...d.factbook.find(
				(r) => r.year === year && r.reporter === 'Russia' && r.measure === 'partner_share'
			)!,
			partner: 'Belarus',
			value: 5
		};
		const e = workedExamples({ ...d, factbook: [...d.factbook, listed] }, year).find(
			(x) => x.id === 'unlisted-bound'
		);
		expect(e?.terms[0]?.label).not.toContain(String(year));
	});
});

describe('the page', () => {
	it('counts what is missing from the rows', () => {
		const m = page.missing;
		expect(m.mirrorYears.length).toBeGreaterThan(0);
		expect(m.lastReportedYear).toBeLessThan(Math.min(...m.mirrorYears));
		expect(m.mixedYears).toEqual(
			csv('trade_turnover')
				.filter((r) => r.coverage === 'mixed')
				.map((r) => Number(r.year))
				.filter((y, i, a) => a.indexOf(y) === i)
		);
		const gas = csv('gas_prices');
		expect(m.monthOnly.find((x) => x.dataset === 'gas_prices')).toEqual({
			dataset: 'gas_prices',
			rows: gas.filter(
				(r) => r.period_start_precision === 'month' || r.period_end_precision === 'month'
			).length,
			of: gas.length
		});
		expect(m.grades.reduce((a, g) => a + g.sources, 0)).toBe(csv('sources').length);
	});

	it('lists the sources the page cites with their grades, and counts them all', () => {
		const sources = csv('sources');
		const cited = new Set([
			...page.examples.flatMap((e) => [...e.sourceIds, ...e.terms.flatMap((t) => t.sourceIds)]),
			...page.missing.articleClaimIds
		]);
		const ids = page.sources.map((s) => s.id);
		for (const id of cited) expect(ids).toContain(id);
		expect(ids).toContain('ARTICLE_CLAIM');
		expect(ids).toContain('FT_210106');
		// in the order of sources.csv, with the grade it gives
		expect(page.sources.map((s) => [s.id, s.confidence])).toEqual(
			sources.filter((s) => ids.includes(s.id!)).map((s) => [s.id, s.confidence])
		);
		expect(page.sources.length).toBeLessThan(sources.length / 2);
		expect(page.sourceCount).toBe(sources.length);
	});

	it('cites the atlas and a chart with the site address and the data version', () => {
		const c = citation('https://atlas.example.org', version, 2009);
		expect(c.atlasText).toContain('https://atlas.example.org');
		expect(c.atlasText).toContain('Data version abcdef012345 (2026-01-31)');
		expect(c.chartText).toContain('data version abcdef012345 (2026-01-31)');
		expect(c.atlasBibtex).toMatch(/^@misc\{dependence_atlas_abcdef012345,\n/);
		expect(c.atlasBibtex).toContain('year         = {2026}');
		expect(c.atlasBibtex).toContain('howpublished = {\\url{https://atlas.example.org}}');
		expect(c.chartUrl).toBe('https://atlas.example.org/trade?asym.year=2009');
		expect(c.chartBibtex).toContain('\\url{https://atlas.example.org/trade?asym.year=2009}');
		// plain ASCII: the chart's title says "Russia’s", BibTeX gets "Russia's"
		expect(c.chartBibtex).toContain("title        = {Russia's share of Belarus's trade");
		for (const b of [c.atlasBibtex, c.chartBibtex]) expect(b).toMatch(/^[\x20-\x7e\n]*$/);
		// balanced braces: the entry parses
		for (const b of [c.atlasBibtex, c.chartBibtex])
			expect(b.split('{').length).toBe(b.split('}').length);
	});
});
