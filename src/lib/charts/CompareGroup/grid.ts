/**
 * Where the panels of a small-multiples chart go: columns by the width there is (two on a phone,
 * three or four on a desktop), one shared panel size, rows as many as the panels need. Pure, so
 * the layout's height and the marks' positions come from one place.
 */
export interface Grid {
	cols: number;
	rows: number;
	panelW: number;
	/** Height of a panel's plot (the scale's range). */
	plotH: number;
	/** Room above a plot for the panel's name, and below it for its year labels. */
	titleH: number;
	axisH: number;
	gapX: number;
	gapY: number;
	/** Total height of all rows. */
	height: number;
}

export function panelGrid(plotWidth: number, narrow: boolean, count: number): Grid {
	const cols = narrow ? 2 : plotWidth >= 820 ? 4 : 3;
	const gapX = narrow ? 14 : 22;
	const gapY = narrow ? 8 : 12;
	const titleH = 20;
	const axisH = 16;
	const plotH = narrow ? 64 : 78;
	const rows = Math.max(1, Math.ceil(count / cols));
	const panelW = (plotWidth - gapX * (cols - 1)) / cols;
	const height = rows * (titleH + plotH + axisH) + (rows - 1) * gapY;
	return { cols, rows, panelW, plotH, titleH, axisH, gapX, gapY, height };
}

/** The top-left corner of panel `i`'s plot, relative to the plot area's corner. */
export function panelOrigin(g: Grid, i: number): { x: number; y: number } {
	const col = i % g.cols;
	const row = Math.floor(i / g.cols);
	return {
		x: col * (g.panelW + g.gapX),
		y: row * (g.titleH + g.plotH + g.axisH + g.gapY) + g.titleH
	};
}
