import { atlasData } from '$lib/server/data';
import { citedSources } from '$lib/charts/sources';
import { asymmetryYears } from '$lib/charts/TradeAsymmetry/prepare';
import { panelsById, parseContent } from '$lib/narrative/content';
import { keyFigures } from './_home/keyFigures';
import copy from '../content/overview.md?raw';
import { claimGrades } from '$lib/charts/TradeAsymmetry/model';

export const load = () => {
	const d = atlasData();
	const panels = parseContent('src/content/overview.md', copy, d);
	const figures = keyFigures(d);
	// The asymmetry chart needs Russia's share in Belarus's lists, and Russia's lists and totals in
	// the years it offers (to show where Belarus stands, or that it is not listed, and the bound
	// Russia's own figures put on Belarus's share: without the totals the home page would give a
	// weaker verdict than /trade).
	const years = new Set(asymmetryYears(d.turnover));
	const factbook = d.factbook.filter(
		(r) =>
			(r.measure === 'partner_share' && r.reporter === 'Belarus' && r.partner === 'Russia') ||
			(r.reporter === 'Russia' && years.has(r.year))
	);
	return {
		...panelsById(panels, ['headline', 'about'], 'overview.md'),
		figures,
		factbook,
		turnover: d.turnover,
		claims: d.claims,
		claimGrades: claimGrades(d.sources, d.claims),
		timeline: d.timeline,
		asymmetryYears: [...years],
		sources: citedSources(
			d.sources,
			[factbook, d.turnover, d.claims, d.timeline],
			[...figures.map((f) => f.sourceIds), ...panels.map((p) => p.sourceIds)]
		)
	};
};
