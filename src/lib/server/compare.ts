/** The world datasets grouped per country, once per process, for the /compare data endpoints. */
import { countryFile, countryIndex, worldIndex, type WorldIndex } from '../data/world';
import type { PairFile } from '$lib/charts/ComparePair/model';
import type { CountryGroup } from '$lib/charts/CompareGroup/model';
import { atlasData } from './data';

let cache: WorldIndex | undefined;

export function compareIndex(): WorldIndex {
	if (cache) return cache;
	const d = atlasData();
	cache = worldIndex({ countries: d.worldCountries, shares: d.worldShares, totals: d.worldTotals });
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
