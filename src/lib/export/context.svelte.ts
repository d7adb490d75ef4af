/**
 * While a chart is being exported, its frame asks the surface to draw at the figure's width, so
 * an export from a phone looks the same as one from a desktop.
 */
import { getContext, setContext } from 'svelte';

export class ExportState {
	/** Width to draw at during an export; null otherwise. */
	width = $state<number | null>(null);
}

const KEY = Symbol('chart-export');

export function setExportState(s: ExportState): ExportState {
	return setContext(KEY, s);
}

export function getExportState(): ExportState | undefined {
	return getContext<ExportState | undefined>(KEY);
}
