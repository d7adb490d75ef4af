import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	coverageOf,
	extractFactbookTrade,
	fieldKind,
	parseFactbookTsv,
	parsePartners,
	parseTotals
} from './factbook';

const raw = readFileSync('data/raw/cia_factbook_belarus_russia_trade_fields_1992_2025.tsv', 'utf8');
const fields = parseFactbookTsv(raw);
const line = (edition: number, country: string, field: string) => {
	const f = fields.find((x) => x.edition === edition && x.country === country && x.field === field);
	if (!f) throw new Error(`no line ${edition} ${country} ${field}`);
	return f.text;
};

describe('Factbook text, on the real lines', () => {
	it('reads a partner list and its data year, not the edition year', () => {
		const l = parsePartners(line(2010, 'Belarus', 'Exports - partners'));
		expect(l?.year).toBe(2009);
		expect(l?.shares[0]).toEqual({ partner: 'Russia', pct: 33.6 });
		expect(l?.shares).toHaveLength(6);
		expect(l?.basis).toBe('reported');
	});

	it('keeps partners listed without a share out of the numbers', () => {
		const l = parsePartners(line(2000, 'Belarus', 'Exports - partners'));
		expect(l?.year).toBe(1998);
		expect(l?.shares).toEqual([{ partner: 'Russia', pct: 66 }]);
		expect(l?.listed).toEqual(['Russia', 'Ukraine', 'Poland', 'Germany', 'Lithuania']);
	});

	it('reads "(2017)" glued to the last share and normalises UK/US', () => {
		const l = parsePartners(line(2018, 'Belarus', 'Exports - partners'));
		expect(l?.year).toBe(2017);
		expect(l?.shares.map((s) => s.partner)).toEqual(['Russia', 'Ukraine', 'United Kingdom']);
	});

	it('marks the 2024 edition lists as mirror data without Russia', () => {
		const l = parsePartners(line(2024, 'Belarus', 'Exports - partners'));
		expect(l?.year).toBe(2022);
		expect(l?.basis).toBe('top five (mirror data)');
		expect(l?.shares.some((s) => s.partner === 'Russia')).toBe(false);
	});

	it('reads totals with their own years and skips those without one', () => {
		expect(parseTotals(line(2010, 'Belarus', 'Exports'))).toEqual([
			{ year: 2010, usdBn: 24.49, estimate: true },
			{ year: 2009, usdBn: 21.34, estimate: true }
		]);
		expect(parseTotals(line(2018, 'Belarus', 'Exports'))).toEqual([]);
		expect(parseTotals(line(1999, 'Belarus', 'Exports'))).toEqual([
			{ year: 1998, usdBn: 7, estimate: false }
		]);
	});

	it('does not take the early "outside the FSU" figures for totals', () => {
		expect(parseTotals(line(1994, 'Belarus', 'Exports'))).toEqual([]);
	});

	it('converts millions', () => {
		expect(parseTotals('$710 million (f.o.b., 1993)')[0]?.usdBn).toBe(0.71);
		const t = parseTotals(line(2025, 'Belarus', 'Exports'));
		expect(t[0]).toEqual({ year: 2024, usdBn: 49.386, estimate: true });
	});

	it('recognises the renamed fields', () => {
		expect(fieldKind('Exports--partners')).toEqual({ flow: 'exports', kind: 'partners' });
		expect(fieldKind('Imports - partners')).toEqual({ flow: 'imports', kind: 'partners' });
		expect(fieldKind('Exports - commodities')).toBeNull();
	});
});

describe('extractFactbookTrade', () => {
	const rows = extractFactbookTrade(fields);
	const get = (year: number, reporter: string, flow: string, measure: string, partner: string) =>
		rows.find(
			(r) =>
				r.year === year &&
				r.reporter === reporter &&
				r.flow === flow &&
				r.measure === measure &&
				r.partner === partner
		);

	it('takes the latest edition that reports a data year', () => {
		expect(get(2009, 'Belarus', 'exports', 'total', 'World')).toMatchObject({
			value: 21.36,
			edition: 2011
		});
		expect(get(2009, 'Belarus', 'imports', 'partner_share', 'Russia')).toMatchObject({
			value: 56.42,
			edition: 2010
		});
	});

	it('leaves Russia out of 2022 and 2023 rather than inventing 0%', () => {
		expect(get(2022, 'Belarus', 'exports', 'partner_share', 'Russia')).toBeUndefined();
		expect(get(2023, 'Belarus', 'imports', 'partner_share', 'Russia')).toBeUndefined();
		expect(get(2022, 'Belarus', 'exports', 'partner_share', 'China')).toMatchObject({
			value: 15,
			basis: 'top five (mirror data)'
		});
	});

	it('records Belarus in Russia’s lists only where it is listed', () => {
		expect(get(2019, 'Russia', 'imports', 'partner_share', 'Belarus')?.value).toBe(6);
		expect(get(2009, 'Russia', 'exports', 'partner_share', 'Belarus')).toBeUndefined();
	});

	it('gives every total a coverage by edition: goods before 2021, goods and services from 2021', () => {
		const totals = rows.filter((r) => r.measure === 'total');
		expect(totals).toHaveLength(123);
		expect(totals.filter((r) => r.coverage === 'goods and services')).toHaveLength(28);
		expect(totals.filter((r) => r.coverage === 'goods')).toHaveLength(95);
		for (const r of totals)
			expect(r.coverage).toBe(r.edition >= 2021 ? 'goods and services' : 'goods');
		// Belarus's exports: 2016 from the 2017 edition (goods), 2018 from the 2022 edition.
		expect(get(2016, 'Belarus', 'exports', 'total', 'World')).toMatchObject({
			value: 22.98,
			coverage: 'goods'
		});
		expect(get(2018, 'Belarus', 'exports', 'total', 'World')).toMatchObject({
			value: 42.27,
			coverage: 'goods and services'
		});
		expect(coverageOf('total', 2020)).toBe('goods');
		expect(coverageOf('total', 2021)).toBe('goods and services');
		expect(coverageOf('partner_share', 2025)).toBe('goods');
	});

	it('never guesses a year for the 2018–2020 editions’ "|"-separated totals', () => {
		for (const e of [2018, 2019, 2020])
			expect(rows.some((r) => r.measure === 'total' && r.edition === e)).toBe(false);
		expect(get(2017, 'Belarus', 'exports', 'total', 'World')).toBeUndefined();
	});

	it('rejects a malformed raw line with its line number', () => {
		expect(() => parseFactbookTsv('2010\tBelarus\tExports\n')).toThrow(
			'factbook tsv:1 — expected 4 tab-separated columns, got 3'
		);
	});
});
