/** The overview's key figures, each read from one row of data/ with its sources. */
import type { AtlasData } from '$lib/data/datasets';
import { pct, pctAsRecorded, usdBnAsRecorded } from '$lib/charts/format';
import { turnoverBound } from '$lib/data/claims';

export interface KeyFigure {
	id: string;
	value: string;
	label: string;
	detail: string;
	sourceIds: readonly string[];
}

export function keyFigures(d: AtlasData): KeyFigure[] {
	const need = <T>(v: T | undefined, what: string): T => {
		if (v === undefined) throw new Error(`key figure: no row for ${what}`);
		return v;
	};
	const tBy = need(
		d.turnover.find((t) => t.reporter === 'Belarus' && t.year === 2009),
		'Russia in Belarus turnover 2009'
	);
	const tRu = need(
		d.turnover.find((t) => t.reporter === 'Russia' && t.year === 2009),
		'Belarus in Russia turnover 2009'
	);
	const bound = need(
		turnoverBound(d.factbook, 2009, 'Russia', 'Belarus') ?? undefined,
		'Belarus in Russia turnover 2009, bound from Russia’s own lists'
	);
	const lastImports = d.factbook
		.filter(
			(r) =>
				r.reporter === 'Belarus' &&
				r.partner === 'Russia' &&
				r.flow === 'imports' &&
				r.measure === 'partner_share' &&
				r.basis === 'reported'
		)
		.sort((a, b) => b.year - a.year)[0];
	const imp = need(lastImports, 'latest Russia share of Belarus imports');
	const ru23 = need(
		d.values.find(
			(v) =>
				v.year === 2023 && v.flow === 'total' && v.reported_by === 'Russia' && v.partner !== 'World'
		),
		'2023 bilateral trade, Russian figures'
	);
	const by23 = need(
		d.values.find(
			(v) =>
				v.year === 2023 &&
				v.flow === 'total' &&
				v.reported_by === 'Belarus' &&
				v.partner !== 'World'
		),
		'2023 bilateral trade, Belarusian figures'
	);
	return [
		{
			id: 'russia-in-belarus',
			value: pct(tBy.turnover_share_pct, 1),
			label: 'Russia’s share of Belarus’s trade, 2009',
			detail: 'Turnover derived from Factbook shares and totals',
			sourceIds: tBy.source_id
		},
		{
			id: 'belarus-in-russia',
			value: pct(tRu.turnover_share_pct, 1),
			label: 'Belarus’s share of Russia’s trade, 2009',
			detail:
				bound.contradicted.length > 0
					? 'Trade as Belarus reports it, over Russia’s totals; Russia’s own lists leave Belarus out, which here is silence, not a lower figure'
					: `Trade as Belarus reports it, over Russia’s totals; Russia’s own lists put Belarus below ${pct(bound.maxPct, 1)}`,
			sourceIds: [...new Set([...tRu.source_id, ...bound.sourceIds])]
		},
		{
			id: 'imports',
			value: pctAsRecorded(imp.value),
			label: `of Belarus’s imports came from Russia, ${imp.year}`,
			detail: 'Latest year the Factbook lists Russia',
			sourceIds: imp.source_id
		},
		{
			id: 'bilateral-2023',
			value: `${usdBnAsRecorded(ru23.value_usd_bn, ru23.qualifier)} – ${usdBnAsRecorded(by23.value_usd_bn, by23.qualifier)}`,
			label: 'Bilateral trade in 2023',
			detail: 'Russian and Belarusian figures differ',
			sourceIds: [...new Set([...ru23.source_id, ...by23.source_id])]
		}
	];
}
