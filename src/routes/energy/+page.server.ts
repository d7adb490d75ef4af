import { atlasData } from '$lib/server/data';
import { buildEvents, disputeLabel } from '$lib/charts/events/events';
import { countDisputes } from '$lib/charts/EnergyDisputes/prepare';
import { citedSources } from '$lib/charts/sources';
import { panelsById, parseContent } from '$lib/narrative/content';
import copy from '../../content/energy.md?raw';

export const load = () => {
	const d = atlasData();
	const events = buildEvents(d.disputes, d.timeline);
	const panels = parseContent('src/content/energy.md', copy, d);
	const counts = countDisputes(d.disputes);
	return {
		disputeCount: counts.count,
		disputeYears: counts.years,
		weakDisputes: counts.weak.map((id) => disputeLabel(id)),
		disputes: d.disputes,
		gasPrices: d.gasPrices,
		events,
		panels: panelsById(panels, ['gas', 'beltransgaz', 'unpaid', 'oil'], 'energy.md'),
		sources: citedSources(
			d.sources,
			[d.disputes, d.gasPrices],
			[...events.map((e) => e.sourceIds), ...panels.map((p) => p.sourceIds)]
		)
	};
};
