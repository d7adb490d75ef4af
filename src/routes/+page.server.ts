import { atlasData } from '$lib/server/data';
import { asymmetryYears } from '$lib/charts/TradeAsymmetry/prepare';

/** What the page itself needs in the browser: the years the asymmetry chart's parameters accept. */
export const load = () => ({ asymmetryYears: asymmetryYears(atlasData().turnover) });
