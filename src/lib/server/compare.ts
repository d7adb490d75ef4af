/** The world datasets grouped per country, once per process, for the /compare data endpoints. */
import {
	countryFile,
	countryIndex,
	defaultDependentsYear,
	listYears,
	worldIndex,
	yearFile,
	type WorldIndex,
	type YearFile
} from '../data/world';
import type { PairFile } from '$lib/charts/ComparePair/model';
import type { CountryGroup } from '$lib/charts/CompareGroup/model';
import { atlasData } from './data';

let cache: WorldIndex | undefined;

export function compareIndex(): WorldIndex {
	if (cache) return cache;
	const d = atlasData();
	cache = worldIndex({
		countries: d.worldCountries,
		shares: d.worldShares,
		totals: d.worldTotals,
		blackouts: d.blackouts
	});
	return cache;
}

/** A country's own lists, as the pair chart reads them (the entries naming it are not needed). */
export function pairFile(id: string): PairFile {
	const f = countryFile(id, compareIndex());
	if (!f) throw new Error(`compare: no country ${id} in the world data`);
	return { country: f.country, lists: f.lists, sourceIds: f.sourceIds };
}

/** Every country id and name, for the pair's URL parameters and the picker. */
export function countryNames(): [string, string][] {
	return countryIndex(compareIndex())
		.filter((c) => c.years !== null)
		.map((c) => [c.id, c.name]);
}

/** The groups of country_groups, members in the table's order, each citing its sources. */
export function countryGroups(): CountryGroup[] {
	const out = new Map<string, CountryGroup>();
	for (const r of atlasData().groups) {
		let g = out.get(r.group);
		if (!g) {
			g = { id: r.group, name: r.group_name, members: [], sourceIds: [] };
			out.set(r.group, g);
		}
		g.members.push({ id: r.member, name: r.member_name });
		for (const s of r.source_id) if (!g.sourceIds.includes(s)) g.sourceIds.push(s);
	}
	return [...out.values()];
}

/** Every country's name by id, for labels of the lists' partners. */
export function countryNameMap(): Record<string, string> {
	return Object.fromEntries(countryNames());
}

/** Every data year with lists, for "who depends on a partner" (its year select and files). */
export function dependentYears(): number[] {
	return listYears(compareIndex());
}

/**
 * The first data year of each country whose lists start after the first year the ranking offers
 * (the Soviet successor states from 1991, …): a partner is not offered for years before it existed.
 */
export function partnerStarts(): [string, number][] {
	const first = dependentYears()[0] ?? 0;
	return countryIndex(compareIndex())
		.filter((c) => c.years !== null && c.years[0] > first)
		.map((c) => [c.id, (c.years as [number, number])[0]]);
}

/** The year "who depends on a partner" opens at (see defaultDependentsYear). */
export function dependentsDefaultYear(): number {
	const y = defaultDependentsYear(compareIndex());
	if (y === null) throw new Error('compare: no year with most lists the reporters’ own');
	return y;
}

/** The default year's file, served with the chart. */
export function defaultYearFile(): YearFile {
	const f = yearFile(dependentsDefaultYear(), compareIndex());
	if (!f) throw new Error('compare: no year file for the default year');
	return f;
}

/** Every country with data, as "who depends on a partner" names and maps it: [id, name, ISO numeric]. */
export function dependentCountries(): [string, string, string | null][] {
	return countryIndex(compareIndex())
		.filter((c) => c.years !== null)
		.map((c) => [c.id, c.name, c.isoNumeric]);
}
