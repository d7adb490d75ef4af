import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/server/data';
import {
	altCargoes,
	concentration,
	hhiText,
	nonRussianShares,
	oilFigures,
	socarComparison,
	totalsByOrigin,
	unconfirmedAltCargoes
} from './oil';

const d = loadAll();

describe('2020 oil derivations', () => {
	it('keeps Russian crude sold by traders out of the alternatives', () => {
		const alt = altCargoes(d.oil);
		expect(alt.every((r) => r.origin !== 'Russia')).toBe(true);
		expect(alt.some((r) => r.origin_as_stated === 'Russia (supplied by SOCAR Trading)')).toBe(
			false
		);
	});

	it('sums documented cargoes by origin, confirmed apart from expected', () => {
		const t = Object.fromEntries(totalsByOrigin(d.oil).map((o) => [o.origin, o]));
		expect(t.Norway).toMatchObject({
			confirmedT: 80000,
			expectedT: 85000,
			confirmedCargoes: 1,
			expectedCargoes: 1
		});
		// the April SOCAR cargo arrived (TODAYAZ_195006): five arrived, only the August one announced
		expect(t.Azerbaijan).toMatchObject({
			confirmedT: 435000,
			expectedT: 85000,
			confirmedCargoes: 5,
			expectedCargoes: 1
		});
		expect(t['Saudi Arabia']).toMatchObject({ confirmedT: 87000 });
		expect(t['United States']).toMatchObject({ confirmedT: 153000, confirmedCargoes: 2 });
	});

	it('computes the non-Russian share and HHI over Jan–Apr 2020', () => {
		const c = concentration(d.oil);
		expect(c.russianT).toBe(2600000);
		// Norway 80 kt (Jan) + Azerbaijan 90 + 80 (Mar) + 85 kt (Apr)
		expect(c.altT).toBe(335000);
		expect(c.altSharePct).toBeCloseTo((335 / 2935) * 100, 6);
		expect(c.altSharePct.toFixed(1)).toBe('11.4');
		const sh = [2600, 80, 255].map((t) => (t / 2935) * 100);
		expect(c.hhiAll).toBeCloseTo(
			sh.reduce((a, x) => a + x * x, 0),
			6
		);
		expect(hhiText(c.hhiAll)).toBe('7,930');
		// whole-year confirmed alternatives: 80k, 435k, 87k, 153k of 755k
		expect(c.altByOrigin.reduce((a, o) => a + o.tonnes, 0)).toBe(755000);
		expect(c.hhiAlt).toBeCloseTo(
			((80 / 755) ** 2 + (435 / 755) ** 2 + (87 / 755) ** 2 + (153 / 755) ** 2) * 1e4,
			6
		);
		expect(hhiText(c.hhiAlt)).toBe('3,980');
	});

	it('counts the announced cargoes whose arrival no source confirms', () => {
		const u = unconfirmedAltCargoes(d.oil);
		expect(u.map((r) => [r.origin, r.date_start.iso])).toEqual([
			['Norway', '2020-04'],
			['Azerbaijan', '2020-08-04']
		]);
	});

	it('gives the non-Russian share three ways, each with its period and source', () => {
		const s = nonRussianShares(d.oil);
		expect(s.map((x) => [x.id, x.text, x.period])).toEqual([
			['documented-cargoes', '11.4%', 'January–April 2020'],
			['refinery-intake', 'at most about 22%', 'April 2020'],
			['stated', '20%', 'January–May 2020']
		]);
		expect(s[0]!.formula).toBe('335 kt / (2.6 Mt + 335 kt)');
		expect(s[1]!.sharePct).toBeCloseTo(((2.0 - 1.56) / 2.0) * 100, 6);
		// an upper bound (Russian crude by other routes and stock changes sit in the remainder), with
		// the floor the cargoes named for April give: 85,000 t of 2 Mt
		expect(s[1]!.formula).toBe('(2 Mt − 1.56 Mt) / 2 Mt; floor: 85 kt / 2 Mt');
		expect(s[1]!.basis).toMatch(/^an upper bound: /);
		expect(s[1]!.floor).toEqual({ pct: 4.25, text: 'about 4%' });
		expect(s[1]!.sourceIds).toEqual(['URDU_200429', 'ALTA_2020', 'TODAYAZ_195006']);
		expect(s[2]!.sourceIds).toEqual(['TASS_200602']);
		expect(s[2]!.formula).toContain('every fifth tonne');
	});

	it('sets SOCAR’s Azerbaijani-oil figure beside the documented Azerbaijani cargoes', () => {
		const s = socarComparison(d.oil);
		expect(s).toMatchObject({
			allT: 1000000,
			azerbaijaniT: 720000,
			documentedConfirmedT: 435000,
			documentedExpectedT: 85000
		});
		expect(s.sourceIds).toContain('AZN_210213');
	});

	it('names the figures the narrative quotes', () => {
		const f = oilFigures(d.oil);
		expect(f['alt-confirmed-total']!.text).toBe('755,000 tonnes');
		expect(f['alt-confirmed-count']!.text).toBe('9');
		expect(f['unconfirmed-count']!.text).toBe('2');
		expect(f['share-documented-cargoes']!.text).toBe('11.4%');
		expect(f['share-refinery-intake']!.text).toBe('at most about 22%');
		expect(f['share-refinery-intake-floor']!.text).toBe('about 4%');
		expect(f['share-stated']!.text).toBe('20%');
		expect(f['socar-azerbaijani']!.text).toBe('720,000 tonnes');
		expect(f['documented-azerbaijani']!.text).toBe('435,000 tonnes');
	});
});
