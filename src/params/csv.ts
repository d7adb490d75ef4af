import type { ParamMatcher } from '@sveltejs/kit';
import { DATASETS } from '$lib/data/datasets';

/** Matches "<dataset>.csv" for the datasets in data/. */
export const match: ParamMatcher = (param) => DATASETS.some((d) => `${d.name}.csv` === param);
