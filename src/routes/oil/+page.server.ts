import { atlasData } from '$lib/data/load';
import { concentration } from '$lib/data/oil';
import { indexSources, pickSources } from '$lib/charts/sources';
import { buildRoutesMap } from '$lib/charts/OilRoutesMap/geo';
import { panelById, parseContent } from '$lib/narrative/content';
import copy from '../../content/oil.md?raw';

export const load = () => {
	const d = atlasData();
	const panels = parseContent('src/content/oil.md', copy, d);
	const map = buildRoutesMap(d.places, d.oil);
	const conc = concentration(d.oil);
	const ids = new Set<string>([...map.sourceIds, ...conc.sourceIds]);
	for (const r of d.oil) r.source_id.forEach((id) => ids.add(id));
	for (const p of panels) p.sourceIds.forEach((id) => ids.add(id));
	return {
		oil: d.oil,
		map,
		concentration: conc,
		panels: Object.fromEntries(
			['why', 'alternatives', 'ending'].map((id) => [id, panelById(panels, id, 'oil.md')])
		),
		sources: pickSources(indexSources(d.sources), ids)
	};
};
