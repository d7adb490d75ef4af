import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/server/data';
import { checkClaim, turnoverBound, unlistedBound } from './claims';

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

	it('rules out "about 6%": above 4.68% from Belarus’s side and above the 4.18% Russia’s own lists allow', () => {
		const v = checkClaim(claim('belarus-share-of-russia-trade-2009'), d.turnover, d.factbook);
		expect(v.status).toBe('ruled out');
		if (v.status === 'no data') throw new Error();
		expect(v.derived).toBe(4.68);
		expect(v.bound?.maxPct).toBe(4.18);
		// "about 48%" has no bound (Russia is listed in Belarus's lists) and stays consistent.
		const w = checkClaim(claim('russia-share-of-belarus-trade-2009'), d.turnover, d.factbook);
		expect(w.status).toBe('consistent');
		if (w.status === 'no data') throw new Error();
		expect(w.bound).toBeNull();
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
			sourceIds: ['CIAFB_2010', 'CIAFB_2011']
		});
		expect((4.01 * 303.4 + 4.46 * 191.8) / (303.4 + 191.8)).toBeCloseTo(4.184, 3);
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
