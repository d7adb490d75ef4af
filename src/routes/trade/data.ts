/** What /trade needs from data/, trimmed to the rows its charts draw. */
import type { AtlasData } from '$lib/data/load';
import { buildEvents } from '$lib/charts/events/events';
import { indexSources, pickSources } from '$lib/charts/sources';

export function tradePageData(d: AtlasData) {
	const factbook = d.factbook.filter((r) => r.reporter === 'Belarus' || r.partner === 'Belarus' || r.measure === 'total');
	const events = buildEvents(d.disputes, d.timeline);
	const ids = new Set<string>();
	for (const rows of [factbook, d.turnover, d.shares, d.values, d.claims] as { source_id: readonly string[] }[][])
		for (const r of rows) r.source_id.forEach((id) => ids.add(id));
	for (const e of events) e.sourceIds.forEach((id) => ids.add(id));
	return {
		factbook,
		turnover: d.turnover,
		shares: d.shares,
		values: d.values,
		claims: d.claims,
		events,
		sources: pickSources(indexSources(d.sources), ids)
	};
}
