import { gzipSync } from 'node:zlib';
import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/server/data';
import { defaultDependentsYear, listYears, yearFile } from '$lib/data/world';
import { dependentCountries } from '$lib/server/compare';
import { GET as yearGet, entries } from '../../../routes/compare/data/year/[year].json/+server';
import { dependentRows, dependentsModel, stepOf, valueText } from './model';
import { worldMap, worldSprite } from './geo';
import { compareIndex } from '$lib/server/compare';

const d = loadAll();
const index = compareIndex();
const countries = dependentCountries();
const csvShare = (reporter: string, flow: string, partner: string, year: number) =>
	d.worldShares.find(
		(r) => r.reporter === reporter && r.flow === flow && r.partner === partner && r.year === year
	);

describe('year files', () => {
	it('holds every reporter’s lists of one data year, both flows, entries compacted', () => {
		const f = yearFile(2019, index)!;
		expect(f.year).toBe(2019);
		const blr = f.lists.filter((l) => l.reporter === 'blr');
		expect(blr.map((l) => l.flow)).toEqual(['exports', 'imports']);
		expect(blr[0]).toMatchObject({ edition: 2023, basis: 'reported', fiscal: null });
		expect(blr[0]!.entries[0]).toEqual(['rus', 42]);
		// as many lists as the index holds for that year, and the same count of entries as the CSV
		const listsIn2019 = [...index.lists.values()].flat().filter((l) => l.year === 2019);
		expect(f.lists).toHaveLength(listsIn2019.length);
		expect(f.lists.reduce((n, l) => n + l.entries.length, 0)).toBe(
			d.worldShares.filter((r) => r.year === 2019).length
		);
		expect(f.sourceIds).toContain('CIAFB_2023');
		expect(yearFile(1700, index)).toBeNull();
	});

	it('keeps every year file within 20 kB gzip', () => {
		const sizes = listYears(index)
			.map((y) => ({ y, gz: gzipSync(JSON.stringify(yearFile(y, index))).length }))
			.sort((a, b) => b.gz - a.gz);
		console.log(
			`largest year files (gzip): ${sizes
				.slice(0, 3)
				.map((s) => `${s.y} ${(s.gz / 1000).toFixed(1)} kB`)
				.join(', ')}`
		);
		for (const s of sizes) expect(s.gz, String(s.y)).toBeLessThanOrEqual(20_000);
	});

	it('prerenders one file per year and answers an unknown year with 404', async () => {
		expect(entries()).toHaveLength(listYears(index).length);
		expect(entries()).toContainEqual({ year: '2019' });
		expect((await yearGet({ params: { year: '2019' } }).json()).year).toBe(2019);
		for (const year of ['1700', 'abcd', '2019<script>']) {
			let status = 0;
			try {
				yearGet({ params: { year } });
			} catch (e) {
				if (isHttpError(e)) status = e.status;
			}
			expect(status, year).toBe(404);
		}
	});
});

describe('the default year', () => {
	it('is the latest year in which most lists are the reporters’ own and coverage is broad', () => {
		const y = defaultDependentsYear(index);
		expect(y).toBe(2019);
		// later years are either thin (2020, 2021) or mostly top-five lists from partner data (2022, 2023)
		const f2023 = yearFile(2023, index)!;
		expect(f2023.lists.filter((l) => l.basis === 'reported').length * 2).toBeLessThan(
			f2023.lists.length
		);
		expect(yearFile(2021, index)!.lists.length * 2).toBeLessThan(
			yearFile(2019, index)!.lists.length
		);
	});
	it('is named by the note of every year, never the year on show', () => {
		for (const year of [1995, 2009, 2019]) {
			const f = yearFile(year, index)!;
			expect(f.opens).toBe(2019);
			const m = dependentsModel(f, 'rus', 'exports', countries, (ids) => ids.join(', '));
			const note = m.notes.find((n) => n.startsWith('The view opens'))!;
			expect(note).toMatch(/^The view opens at 2019, the latest data year/);
			if (year !== 2019) expect(note).not.toContain(String(year));
		}
	});
});

describe('reading every reporter for one partner', () => {
	const rows = dependentRows(yearFile(2019, index)!, 'rus', 'exports', countries);
	const at = (id: string) => rows.find((r) => r.id === id)!;
	it('reads a share as the CSV has it, ranks it, and leaves the partner itself out', () => {
		expect(at('blr')).toMatchObject({ status: 'listed', value: 42, rank: 1, edition: 2023 });
		expect(at('blr').value).toBe(csvShare('blr', 'exports', 'rus', 2019)!.share_pct);
		expect(at('kaz').value).toBe(10);
		expect(rows.find((r) => r.id === 'rus')).toBeUndefined();
		const listed = rows.filter((r) => r.status === 'listed');
		expect(listed.map((r) => r.rank)).toEqual(listed.map((_, i) => i + 1));
	});
	it('draws a country that leaves the partner off as a bound at its smallest share', () => {
		// the United States' 2019 export list does not name Russia
		const us = at('usa');
		expect(us.status).toBe('below');
		const usList = yearFile(2019, index)!.lists.find(
			(l) => l.reporter === 'usa' && l.flow === 'exports'
		)!;
		expect(us.value).toBe(usList.smallestPct);
		expect(valueText(us)).toBe(`< ${usList.smallestPct}% (not listed)`);
	});
	it('says “not reported” for a mirror list that leaves a partner off, and names a blackout as one', () => {
		const r2023 = dependentRows(yearFile(2023, index)!, 'fra', 'exports', countries);
		const usa = r2023.find((r) => r.id === 'usa')!;
		expect(usa).toMatchObject({
			status: 'not reported',
			value: null,
			basis: 'top five (mirror data)'
		});
		// Russia stopped publishing in 2022: a list from partners' data cannot show it
		const rus = dependentRows(yearFile(2023, index)!, 'rus', 'exports', countries);
		expect(rus.find((r) => r.id === 'usa')).toMatchObject({
			status: 'reporting blackout',
			value: null,
			blackout: { stopped: 2022 }
		});
		expect(rus.some((r) => r.status === 'below' && r.basis !== 'reported')).toBe(false);
	});
	it('counts and describes what the lists leave unsaid', () => {
		const m = dependentsModel(yearFile(2019, index)!, 'rus', 'exports', countries, (ids) =>
			ids.join(', ')
		);
		const c = m.counts;
		expect(
			c.listed +
				c.noShare +
				c.below +
				c.contradicted +
				c.blackout +
				c.suspect +
				c.notListed +
				c.notReported +
				c.noData
		).toBe(countries.length - 1);
		expect(m.description).toMatch(/^Who depends on Russia, 2019: /);
		expect(m.description).toContain('Belarus: 42%, 1st of');
		expect(m.columns.map((col) => col.label)).toEqual([
			'Country',
			'Share',
			'Value',
			'Rank',
			'List',
			'Factbook edition',
			'Source'
		]);
		expect(stepOf(4.9)).toBe(0);
		expect(stepOf(42)).toBe(4);
	});
});

describe('the world map', () => {
	const map = worldMap();
	it('projects every world-atlas country but Antarctica to whole units, once in the sprite', () => {
		expect(map.shapes.length).toBeGreaterThan(170);
		expect(map.shapes.find((s) => s.iso === '010')).toBeUndefined();
		expect(map.shapes.find((s) => s.iso === '112')?.name).toBe('Belarus');
		for (const s of map.shapes) expect(s.d, s.iso).toMatch(/^M-?\d+,-?\d+([MLZ](-?\d+,-?\d+)?)*$/);
		const svg = worldSprite(map);
		expect(svg.match(/<path id="c\d{3}"/g)).toHaveLength(map.shapes.length);
		expect(new Set(map.shapes.map((s) => s.iso)).size).toBe(map.shapes.length);
		const gz = gzipSync(svg).length;
		console.log(`world-shapes.svg: ${svg.length} bytes, ${(gz / 1000).toFixed(1)} kB gzip`);
		expect(gz).toBeLessThan(30_000);
	});
	it('matches the world data’s ISO ids: Belarus, Russia and most reporters have a shape', () => {
		const isos = new Set(map.shapes.map((s) => s.iso));
		const withIso = countries.filter((c) => c[2] !== null);
		expect(withIso.filter((c) => isos.has(c[2]!)).length).toBeGreaterThan(160);
		expect(isos.has(countries.find((c) => c[0] === 'rus')![2]!)).toBe(true);
	});
});
