import { describe, expect, it } from 'vitest';
import { loadAll } from './load';
import { checkClaim, unlistedBound } from './claims';

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
