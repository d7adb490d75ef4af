/** The world datasets grouped per country, once per process, for the /compare data endpoints. */
import { worldIndex, type WorldIndex } from '../data/world';
import { atlasData } from './data';

let cache: WorldIndex | undefined;

export function compareIndex(): WorldIndex {
	if (cache) return cache;
	const d = atlasData();
	cache = worldIndex({ countries: d.worldCountries, shares: d.worldShares, totals: d.worldTotals });
	return cache;
}
