/**
 * What every chart view takes: the data its island serves (ChartDataMap, the same object as
 * `/chart-data/<id>.json`), its URL parameters' state and the setter for them.
 */
import type { ChartId } from './types';
import type { ChartDataMap } from '$lib/islands/types';
import type { Specs, StateOf } from '$lib/state/url';

export type ViewProps<K extends ChartId, S extends Specs> = ChartDataMap[K] & {
	params: StateOf<S>;
	onparams: (patch: Partial<StateOf<S>>) => void;
};
