import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/server/data';
import { countryFile } from '$lib/data/world';
import { partnersModel, TOP } from './model';
import { compareIndex } from '$lib/server/compare';

const d = loadAll();
const index = compareIndex();
const names = Object.fromEntries(d.worldCountries.map((c) => [c.id, c.name]));
const blr = countryFile('blr', index)!;
const model = partnersModel(blr, 'exports', names, (ids) => ids.join('; '));
const csv = d.worldShares.filter((r) => r.reporter === 'blr' && r.flow === 'exports');

describe('a country’s partners over time', () => {
	it('has one row per list entry, as the CSV has them, and one per blackout', () => {
		expect(model.rows.filter((r) => !r.blackout)).toHaveLength(csv.length);
		// 2022–23: lists from partners' data cannot show Russia, which stopped publishing in 2022
		const dark = model.rows.filter((r) => r.blackout);
		expect(dark.map((r) => r.key)).toEqual(['2022-rus-blackout', '2023-rus-blackout']);
		expect(model.blackouts).toEqual([
			{ year: 2022, names: ['Russia'] },
			{ year: 2023, names: ['Russia'] }
		]);
		expect(model.basisWords).toContain('the 2022–2023 lists are top five from partners’ data');
		expect(model.description).toContain('Reporting blackout in 2022 (Russia), 2023 (Russia)');
		const r = model.rows.find((x) => x.key === '2009-rus')!;
		expect(r.pct).toBe(csv.find((x) => x.year === 2009 && x.partner === 'rus')!.share_pct);
		expect(r.rank).toBe(1);
		expect(r.name).toBe('Russia');
	});

	it('colours the partners with the largest peak shares: Russia first, China from the mirror lists', () => {
		const coloured = model.lines.filter((l) => l.slot !== null);
		expect(coloured).toHaveLength(TOP);
		expect(coloured[0]!.partner).toBe('rus');
		expect(coloured.map((l) => l.partner)).toContain('chn');
		const peak = (p: string) =>
			Math.max(...csv.filter((x) => x.partner === p).map((x) => x.share_pct ?? 0));
		for (const g of model.lines.filter((l) => l.slot === null))
			expect(peak(g.partner)).toBeLessThanOrEqual(peak(coloured[TOP - 1]!.partner));
	});

	it('gives each reported list its threshold, its smallest share, and none to a mirror list', () => {
		const y2009 = csv.filter((x) => x.year === 2009);
		expect(model.thresholds.find((t) => t.year === 2009)?.pct).toBe(
			Math.min(...y2009.map((x) => x.share_pct as number))
		);
		expect(model.thresholds.find((t) => t.year === 2023)).toBeUndefined();
	});

	it('says in words what it draws', () => {
		expect(model.description).toMatch(
			/^Belarus’s export partners, \d{4}–\d{4}, from \d+ yearly lists\. Russia: listed in \d+ years, highest/
		);
		const none = partnersModel({ ...blr, lists: [] }, 'imports', names, () => '');
		expect(none.description).toBe('No import partner list for Belarus in any edition.');
		expect(none.rows).toEqual([]);
	});
});

describe('a list screened as a misprint', () => {
	it('says so beside every share it prints (Bermuda 2010: its countries sum to 159%)', () => {
		const bmu = partnersModel(countryFile('bmu', index)!, 'imports', names, (ids) =>
			ids.join('; ')
		);
		const rows = bmu.rows.filter((r) => r.year === 2010);
		expect(rows.length).toBeGreaterThan(0);
		for (const r of rows) expect(r.flag).toMatch(/^suspect: the countries listed sum to 159.4%/);
		const share = bmu.columns.find((c) => c.key === 'share')!;
		expect(String(share.value(rows[0]!))).toContain('(suspect: ');
	});
});
