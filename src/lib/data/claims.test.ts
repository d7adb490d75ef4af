import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/server/data';
import { checkClaim, partnerReport, turnoverBound, unlistedBound } from './claims';

const d = loadAll();
const claim = (id: string) => {
	const c = d.claims.find((x) => x.id === id);
	if (!c) throw new Error(id);
	return c;
};

describe('claim verdicts on the committed data', () => {
	it('finds "about 48%" consistent with the derived 46.61%', () => {
		const v = checkClaim(claim('russia-share-of-belarus-trade-2009'), d.turnover);
		expect(v.status).toBe('consistent');
		if (v.status === 'no data') throw new Error();
		expect(v.derived).toBe(46.61);
		expect(v.differencePp).toBeCloseTo(-1.39, 2);
		expect(v.computation).toBe('(33.6% × 21.36 + 56.42% × 28.32) / (21.36 + 28.32) = 46.61%');
	});

	it('finds "about 6%" at odds with the derived 4.68%', () => {
		const v = checkClaim(claim('belarus-share-of-russia-trade-2009'), d.turnover);
		expect(v.status).toBe('differs');
		if (v.status === 'no data') throw new Error();
		expect(v.derived).toBe(4.68);
		expect(v.relativeDifference).toBeCloseTo(0.282, 3);
	});

	it('does not rule out "about 6%" with a bound Belarus’s own report contradicts', () => {
		const v = checkClaim(claim('belarus-share-of-russia-trade-2009'), d.turnover, d.factbook);
		// Belarus's own figures give 4.68%: the claim differs from them, but Russia's lists, which
		// leave Belarus out while Belarus reports 5.27% of Russia's exports, rule nothing out
		expect(v.status).toBe('differs');
		if (v.status === 'no data') throw new Error();
		expect(v.derived).toBe(4.68);
		expect(v.bound?.maxPct).toBe(4.18);
		expect(v.bound?.contradicted.map((c) => [c.flow, c.pct, c.boundPct])).toEqual([
			['exports', 5.27, 4.01]
		]);
		// "about 48%" has no bound (Russia is listed in Belarus's lists) and stays consistent.
		const w = checkClaim(claim('russia-share-of-belarus-trade-2009'), d.turnover, d.factbook);
		expect(w.status).toBe('consistent');
		if (w.status === 'no data') throw new Error();
		expect(w.bound).toBeNull();
	});

	it('rules a claim out when the bound stands: the partner’s report below it in both flows', () => {
		// the same year, with Belarus's import share from Russia printed as 40% instead of 56.42%:
		// 40% × 28.32 / 303.4 = 3.7%, below Russia's smallest listed 4.01%, so the bound holds
		const fb = d.factbook.map((r) =>
			r.year === 2009 &&
			r.reporter === 'Belarus' &&
			r.flow === 'imports' &&
			r.measure === 'partner_share' &&
			r.partner === 'Russia'
				? { ...r, value: 40 }
				: r
		);
		const b = turnoverBound(fb, 2009, 'Russia', 'Belarus');
		expect(b?.contradicted).toEqual([]);
		expect(checkClaim(claim('belarus-share-of-russia-trade-2009'), d.turnover, fb).status).toBe(
			'ruled out'
		);
	});

	it('computes the turnover bound from Russia’s smallest listed shares and Russia’s totals', () => {
		const b = turnoverBound(d.factbook, 2009, 'Russia', 'Belarus');
		expect(b).toEqual({
			year: 2009,
			reporter: 'Russia',
			partner: 'Belarus',
			exports: { maxPct: 4.01, smallestListed: 'Ukraine', totalUsdBn: 303.4 },
			imports: { maxPct: 4.46, smallestListed: 'United States', totalUsdBn: 191.8 },
			maxPct: 4.18,
			computation: '(4.01% × 303.4 + 4.46% × 191.8) / (303.4 + 191.8) = 4.18%',
			sourceIds: ['CIAFB_2010', 'CIAFB_2011'],
			contradicted: [
				{
					flow: 'exports',
					boundPct: 4.01,
					pct: 5.27,
					computation: '56.42% × 28.32 / 303.4 = 5.27%',
					sourceIds: ['CIAFB_2010', 'CIAFB_2011']
				}
			]
		});
		expect((4.01 * 303.4 + 4.46 * 191.8) / (303.4 + 191.8)).toBeCloseTo(4.184, 3);
		// Belarus's exports to Russia, 3.7% of Russia's imports by Belarus's count, stay below the 4.46% bound
		expect(partnerReport(d.factbook, 2009, 'Russia', 'Belarus', 'imports')?.pct).toBe(3.7);
		// Belarus is listed in Russia's 2019 lists: no bound.
		expect(turnoverBound(d.factbook, 2019, 'Russia', 'Belarus')).toBeNull();
	});

	it('says when a claim cannot be checked', () => {
		const v = checkClaim(
			{ ...claim('belarus-share-of-russia-trade-2009'), year: 2013 },
			d.turnover
		);
		expect(v).toEqual({
			status: 'no data',
			claimed: 6,
			reason: "no derived turnover share for Belarus in Russia's trade in 2013"
		});
	});

	it('bounds an unlisted partner by the smallest listed share', () => {
		expect(unlistedBound(d.factbook, 2009, 'Russia', 'Belarus', 'exports')).toEqual({
			maxPct: 4.01,
			smallestListed: 'Ukraine',
			sourceId: 'CIAFB_2010'
		});
		expect(unlistedBound(d.factbook, 2019, 'Russia', 'Belarus', 'imports')).toBeNull();
	});
});
