import { describe, expect, it } from 'vitest';
import { loadAll } from './load';
import { altCargoes, concentration, totalsByOrigin } from './oil';

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
		expect(t.Azerbaijan).toMatchObject({
			confirmedT: 350000,
			expectedT: 170000,
			confirmedCargoes: 4
		});
		expect(t['Saudi Arabia']).toMatchObject({ confirmedT: 87000 });
		expect(t['United States']).toMatchObject({ confirmedT: 153000, confirmedCargoes: 2 });
	});

	it('computes the non-Russian share and HHI over Jan–Apr 2020', () => {
		const c = concentration(d.oil);
		expect(c.russianT).toBe(2600000);
		expect(c.altT).toBe(250000);
		expect(c.altSharePct).toBeCloseTo(8.772, 3);
		// shares: Russia 91.228, Norway 2.807, Azerbaijan 5.965
		expect(c.hhiAll).toBeCloseTo(91.228 ** 2 + 2.807 ** 2 + 5.965 ** 2, 0);
		// whole-year confirmed alternatives: 80k, 350k, 87k, 153k of 670k
		expect(c.hhiAlt).toBeCloseTo(
			((80 / 670) ** 2 + (350 / 670) ** 2 + (87 / 670) ** 2 + (153 / 670) ** 2) * 1e4,
			3
		);
	});
});
