import type { ParamMatcher } from '@sveltejs/kit';
import { DATASETS } from '$lib/data/datasets';

/** Matches the name of a dataset in data/ (its page is /data/<name>). */
export const match: ParamMatcher = (param) => DATASETS.some((d) => d.name === param);
