/** What /trade needs from data/, trimmed to the rows its charts draw. */
import type { AtlasData } from '$lib/data/datasets';
import { buildEvents } from '$lib/charts/events/events';
import { citedSources } from '$lib/charts/sources';
import { asymmetryYears } from '$lib/charts/TradeAsymmetry/prepare';
import { partnerYears } from '$lib/charts/TradePartners/prepare';
import { panelsById, parseContent } from '$lib/narrative/content';
import copy from '../../content/trade.md?raw';
import { claimGrades } from '$lib/charts/TradeAsymmetry/model';

export function tradePageData(d: AtlasData) {
	// Belarus's own lists and totals; of Russia's lists and totals only the years the asymmetry
	// chart offers, where Belarus's place (or absence) in them, and the bound that follows, is shown.
	const years = new Set(asymmetryYears(d.turnover));
	const factbook = d.factbook.filter(
		(r) => r.reporter === 'Belarus' || (r.reporter === 'Russia' && years.has(r.year))
	);
	const events = buildEvents(d.disputes, d.timeline);
	const panels = parseContent('src/content/trade.md', copy, d);
	return {
		factbook,
		turnover: d.turnover,
		shares: d.shares,
		values: d.values,
		claims: d.claims,
		claimGrades: claimGrades(d.sources, d.claims),
		events,
		asymmetryYears: [...years],
		partnerYears: {
			exports: partnerYears(factbook, 'exports'),
			imports: partnerYears(factbook, 'imports')
		},
		panels: panelsById(panels, ['asymmetry', 'shares', 'partners', 'values'], 'trade.md'),
		sources: citedSources(
			d.sources,
			[factbook, d.turnover, d.shares, d.values, d.claims],
			[...events.map((e) => e.sourceIds), ...panels.map((p) => p.sourceIds)]
		)
	};
}
