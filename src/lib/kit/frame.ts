/**
 * What a chart frame takes from a chart's model: description, sources, notes, the table (and so
 * the CSV) and the table toggle kept in the URL. Spread onto ChartFrame:
 * `<ChartFrame id=… title=… {...frameOf(model, sources, params.table, (table) => onparams({ table }))}>`.
 */
import { sourceRefs, type SourceIndex } from '$lib/charts/sources';
import { tableOf, type ChartModel } from './model';

export function frameOf<R>(
	model: ChartModel<R>,
	sources: SourceIndex,
	tableOpen: boolean,
	ontable: (open: boolean) => void
) {
	return {
		description: model.description,
		sources: sourceRefs(model.sourceIds, sources),
		notes: [...model.notes],
		table: tableOf(model),
		tableOpen,
		ontable
	};
}
