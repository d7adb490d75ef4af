import { atlasData } from '$lib/server/data';
import { dataVersion } from '$lib/server/version';
import { aboutPage } from '$lib/about/model';
import { SITE_URL } from '$lib/site';

export const load = () => aboutPage(atlasData(), dataVersion(), SITE_URL);
