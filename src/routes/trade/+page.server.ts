import { atlasData } from '$lib/data/load';
import { tradePageData } from './data';

export const load = () => tradePageData(atlasData());
