import { atlasData } from '$lib/data/load';
import { indexSources, pickSources } from '$lib/charts/sources';
import { asymmetryYears } from '$lib/charts/TradeAsymmetry/prepare';
import { panelById, parseContent } from '$lib/narrative/content';
import { keyFigures } from './_home/keyFigures';
import copy from '../content/overview.md?raw';

export const load = () => {
	const d = atlasData();
	const panels = parseContent('src/content/overview.md', copy, d);
	const figures = keyFigures(d);
	// The asymmetry chart needs Russia's share in Belarus's lists, and Russia's lists in the years
	// it offers (to show where Belarus stands, or that it is not listed).
	const years = new Set(asymmetryYears(d.turnover));
	const factbook = d.factbook.filter(
		(r) =>
			r.measure === 'partner_share' &&
			((r.reporter === 'Belarus' && r.partner === 'Russia') ||
				(r.reporter === 'Russia' && years.has(r.year)))
	);
	const ids = new Set<string>();
	for (const rows of [factbook, d.turnover, d.claims, d.timeline] as {
		source_id: readonly string[];
	}[][])
		for (const r of rows) r.source_id.forEach((id) => ids.add(id));
	figures.forEach((f) => f.sourceIds.forEach((id) => ids.add(id)));
	panels.forEach((p) => p.sourceIds.forEach((id) => ids.add(id)));
	return {
		headline: panelById(panels, 'headline', 'overview.md'),
		about: panelById(panels, 'about', 'overview.md'),
		figures,
		factbook,
		turnover: d.turnover,
		claims: d.claims,
		timeline: d.timeline,
		asymmetryYears: asymmetryYears(d.turnover),
		sources: pickSources(indexSources(d.sources), ids)
	};
};
