import { atlasData } from '$lib/data/load';
import { buildEvents } from '$lib/charts/events/events';
import { indexSources, pickSources } from '$lib/charts/sources';
import { panelById, parseContent } from '$lib/narrative/content';
import copy from '../../content/energy.md?raw';

export const load = () => {
	const d = atlasData();
	const events = buildEvents(d.disputes, d.timeline);
	const panels = parseContent('src/content/energy.md', copy, d);
	const ids = new Set<string>();
	for (const rows of [d.disputes, d.gasPrices] as { source_id: readonly string[] }[][])
		for (const r of rows) r.source_id.forEach((id) => ids.add(id));
	for (const e of events) e.sourceIds.forEach((id) => ids.add(id));
	for (const p of panels) p.sourceIds.forEach((id) => ids.add(id));
	const years = d.disputes.map((r) => Number(r.start_date.iso.slice(0, 4)));
	return {
		disputeCount: new Set(
			d.disputes.filter((r) => r.commodity !== 'trade').map((r) => r.dispute_id)
		).size,
		disputeYears: [Math.min(...years), Math.max(...years)],
		disputes: d.disputes,
		gasPrices: d.gasPrices,
		events,
		panels: Object.fromEntries(
			['gas', 'beltransgaz', 'unpaid', 'oil'].map((id) => [id, panelById(panels, id, 'energy.md')])
		),
		sources: pickSources(indexSources(d.sources), ids)
	};
};
