import { atlasData } from '$lib/server/data';
import { asymmetryYears } from '$lib/charts/TradeAsymmetry/prepare';
import { partnerYears } from '$lib/charts/TradePartners/prepare';

/** What the page itself needs in the browser: the years its charts' URL parameters accept. */
export const load = () => {
	const d = atlasData();
	const belarus = d.factbook.filter((r) => r.reporter === 'Belarus');
	return {
		asymmetryYears: asymmetryYears(d.turnover),
		partnerYears: partnerYears(belarus, 'exports')
	};
};
