import { atlasData } from '$lib/server/data';
import { tradePageData } from './data';

export const load = () => tradePageData(atlasData());
