/**
 * What a chart's frame takes from its model: description, sources, notes and the table (with its
 * toggle bound to the chart's `table` parameter), so a view spreads one object onto ChartFrame.
 */
import { sourceRefs, type SourceIndex } from '$lib/charts/sources';
import type { ChartTable, SourceRef } from '$lib/charts/types';
import { tableOf, type ChartModel } from './model';

export interface FrameProps {
	description: string;
	sources: SourceRef[];
	notes: string[];
	table: ChartTable;
	tableOpen: boolean;
	ontable: (open: boolean) => void;
}

export function frameOf<R>(
	model: ChartModel<R>,
	sources: SourceIndex,
	params: { table: boolean },
	onparams: (patch: { table: boolean }) => void
): FrameProps {
	return {
		description: model.description,
		sources: sourceRefs(model.sourceIds, sources),
		notes: [...model.notes],
		table: tableOf(model),
		tableOpen: params.table,
		ontable: (open) => onparams({ table: open })
	};
}
