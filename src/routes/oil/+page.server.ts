import { atlasData } from '$lib/server/data';
import { concentration, nonRussianShares, socarComparison } from '$lib/data/oil';
import { citedSources } from '$lib/charts/sources';
import { buildRoutesMap } from '$lib/charts/OilRoutesMap/geo';
import { panelsById, parseContent } from '$lib/narrative/content';
import copy from '../../content/oil.md?raw';

export const load = () => {
	const d = atlasData();
	const panels = parseContent('src/content/oil.md', copy, d);
	const map = buildRoutesMap(d.places, d.oil);
	const conc = concentration(d.oil);
	const shares = nonRussianShares(d.oil);
	const socar = socarComparison(d.oil);
	return {
		oil: d.oil,
		map,
		concentration: conc,
		shares,
		socar,
		panels: panelsById(panels, ['why', 'alternatives', 'ending'], 'oil.md'),
		sources: citedSources(
			d.sources,
			[d.oil],
			[
				map.sourceIds,
				conc.sourceIds,
				socar.sourceIds,
				...shares.map((s) => s.sourceIds),
				...panels.map((p) => p.sourceIds)
			]
		)
	};
};
