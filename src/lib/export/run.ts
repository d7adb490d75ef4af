/**
 * One export, start to finish: draw the chart at the figure's width, build the figure, rasterise
 * or serialise it, download it. Loaded on demand by the chart frame (never at page start).
 */
import type { ChartTable } from '$lib/charts/types';
import { chartCsv } from './csv';
import { CHART_WIDTH, buildFigure, download, figurePng } from './figure';

export type ExportKind = 'png' | 'svg' | 'csv';

export interface ExportRequest {
	frame: HTMLElement;
	kind: ExportKind;
	table: ChartTable;
	scale: number;
	theme: 'light' | 'dark';
	filename: string;
	permalink: string;
	/** The labels of every source the chart cites. */
	sources: readonly string[];
	/** Redraws the chart at a width (null: back to the page's width) and waits for the DOM. */
	setWidth: (w: number | null) => Promise<void>;
}

export async function exportChart(r: ExportRequest): Promise<void> {
	if (r.kind === 'csv') {
		download(new Blob([chartCsv(r.table)], { type: 'text/csv;charset=utf-8' }), r.filename);
		return;
	}
	await r.setWidth(CHART_WIDTH);
	let fig;
	try {
		fig = await buildFigure(r.frame, {
			theme: r.theme,
			permalink: r.permalink,
			sources: r.sources
		});
	} finally {
		await r.setWidth(null);
	}
	if (r.kind === 'svg')
		download(new Blob([fig.svg], { type: 'image/svg+xml;charset=utf-8' }), r.filename);
	else download(await figurePng(fig, r.scale), r.filename);
}
