import { atlasData } from '$lib/data/load';
import { buildEvents } from '$lib/charts/events/events';
import { citedSources } from '$lib/charts/sources';
import { panelsById, parseContent } from '$lib/narrative/content';
import copy from '../../content/energy.md?raw';

export const load = () => {
	const d = atlasData();
	const events = buildEvents(d.disputes, d.timeline);
	const panels = parseContent('src/content/energy.md', copy, d);
	const years = d.disputes.map((r) => Number(r.start_date.iso.slice(0, 4)));
	return {
		disputeCount: new Set(
			d.disputes.filter((r) => r.commodity !== 'trade').map((r) => r.dispute_id)
		).size,
		disputeYears: [Math.min(...years), Math.max(...years)],
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
