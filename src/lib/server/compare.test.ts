import { gzipSync } from 'node:zlib';
import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { countryFile, countryIndex } from '../data/world';
import { compareIndex } from './compare';
import { GET as countryGet, entries } from '../../routes/compare/data/[country].json/+server';
import { GET as indexGet } from '../../routes/compare/data/countries.json/+server';

const idx = compareIndex();
const gz = (o: unknown) => gzipSync(JSON.stringify(o)).length;

describe('per-country files', () => {
	const sizes = countryIndex(idx)
		.map((c) => ({ id: c.id, gz: gz(countryFile(c.id, idx)) }))
		.sort((a, b) => b.gz - a.gz);

	it('keeps every country file within 20 kB gzip', () => {
		console.log(
			'largest country files (gzip): ' +
				sizes
					.slice(0, 5)
					.map((s) => `${s.id} ${(s.gz / 1000).toFixed(1)} kB`)
					.join(', ')
		);
		for (const s of sizes) expect(s.gz, s.id).toBeLessThanOrEqual(20_000);
	});

	it("the index holds Belarus's list entries naming Russia", () => {
		const ru = countryFile('rus', idx);
		const fromBelarus = idx.namedBy.get('rus')?.filter((n) => n.reporter === 'blr') ?? [];
		expect(fromBelarus.find((n) => n.year === 2009 && n.flow === 'exports')).toEqual({
			reporter: 'blr',
			year: 2009,
			flow: 'exports',
			pct: 33.6,
			edition: 2010,
			basis: 'reported',
			smallestPct: 4.17
		});
		expect(fromBelarus.find((n) => n.year === 1998 && n.flow === 'imports')?.pct).toBe(54);
		// every Belarus list naming Russia is there, once
		const blrLists = countryFile('blr', idx)?.lists ?? [];
		const naming = blrLists.filter((l) => l.entries.some((e) => e.partner === 'rus'));
		expect(fromBelarus).toHaveLength(naming.length);
		expect(ru?.country).toEqual({
			id: 'rus',
			name: 'Russia',
			iso3: 'RUS',
			isoNumeric: '643',
			type: 'sovereign'
		});
		expect(ru?.sourceIds).toContain('CIAFB_2010');
	});

	it('lists a country’s own lists with their bound and totals', () => {
		const by = countryFile('blr', idx);
		const l = by?.lists.find((x) => x.year === 2009 && x.flow === 'exports');
		expect(l?.smallestPct).toBe(4.17);
		expect(l?.entries[0]).toEqual({ partner: 'rus', name: 'Russia', pct: 33.6 });
		const mirror = by?.lists.find((x) => x.year === 2023 && x.flow === 'exports');
		expect(mirror).toMatchObject({ basis: 'top five (mirror data)', smallestPct: null });
		expect(by?.totals.find((t) => t.year === 2018 && t.flow === 'exports')).toMatchObject({
			usdBn: 42.27,
			coverage: 'goods and services'
		});
	});

	it('indexes every country by name, with its years', () => {
		const list = countryIndex(idx);
		expect(list.map((c) => c.name)).toEqual(
			[...list.map((c) => c.name)].sort((a, b) => a.localeCompare(b, 'en'))
		);
		expect(list.find((c) => c.id === 'blr')).toEqual({
			id: 'blr',
			name: 'Belarus',
			iso3: 'BLR',
			isoNumeric: '112',
			type: 'sovereign',
			years: [1990, 2024]
		});
	});
});

describe('/compare/data endpoints', () => {
	it('prerenders a file for every country id', () => {
		expect(entries()).toHaveLength(idx.countries.size);
		expect(entries()).toContainEqual({ country: 'rus' });
	});

	it('answers a known id with its file and an unknown id with 404', async () => {
		const res = countryGet({ params: { country: 'rus' } });
		expect((await res.json()).country.id).toBe('rus');
		let status = 0;
		try {
			countryGet({ params: { country: 'atlantis' } });
		} catch (e) {
			if (isHttpError(e)) status = e.status;
		}
		expect(status).toBe(404);
	});

	it('serves the index', async () => {
		const body = (await indexGet().json()) as { id: string }[];
		expect(body.length).toBe(countryIndex(idx).length);
		// every country, but not World, the EU or the oceans (the master table's "misc" entries)
		expect(body.length).toBe([...idx.countries.values()].filter((c) => c.type !== 'misc').length);
		expect(body.map((c) => c.id)).not.toContain('x-xx');
	});
});
