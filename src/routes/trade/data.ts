/** What /trade needs from data/, trimmed to the rows its charts draw. */
import type { AtlasData } from '$lib/data/load';
import { buildEvents } from '$lib/charts/events/events';
import { indexSources, pickSources } from '$lib/charts/sources';
import { asymmetryYears } from '$lib/charts/TradeAsymmetry/prepare';
import { partnerYears } from '$lib/charts/TradePartners/prepare';
import { panelById, parseContent } from '$lib/narrative/content';
import copy from '../../content/trade.md?raw';

export function tradePageData(d: AtlasData) {
	// Russia's partner lists are kept only where they matter (Belarus, or its absence, in them).
	// Belarus's own lists and totals; of Russia's lists only the years the asymmetry chart offers,
	// where Belarus's place (or absence) in them is shown.
	const years = new Set(asymmetryYears(d.turnover));
	const factbook = d.factbook.filter(
		(r) =>
			r.reporter === 'Belarus' ||
			(r.reporter === 'Russia' && r.measure === 'partner_share' && years.has(r.year))
	);
	const events = buildEvents(d.disputes, d.timeline);
	const panels = parseContent('src/content/trade.md', copy, d);
	const ids = new Set<string>();
	for (const rows of [factbook, d.turnover, d.shares, d.values, d.claims] as {
		source_id: readonly string[];
	}[][])
		for (const r of rows) r.source_id.forEach((id) => ids.add(id));
	for (const e of events) e.sourceIds.forEach((id) => ids.add(id));
	return {
		factbook,
		turnover: d.turnover,
		shares: d.shares,
		values: d.values,
		claims: d.claims,
		events,
		asymmetryYears: asymmetryYears(d.turnover),
		partnerYears: {
			exports: partnerYears(factbook, 'exports'),
			imports: partnerYears(factbook, 'imports')
		},
		panels: {
			asymmetry: panelById(panels, 'asymmetry', 'trade.md'),
			shares: panelById(panels, 'shares', 'trade.md'),
			partners: panelById(panels, 'partners', 'trade.md'),
			values: panelById(panels, 'values', 'trade.md')
		},
		sources: pickSources(indexSources(d.sources), ids)
	};
}
