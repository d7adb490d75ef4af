/**
 * The two layouts every chart has. A phone gets the narrow layout: drawn at a fixed 320 units and
 * scaled to its column, so it looks the same with JavaScript on or off and text stays readable.
 * Anything wider gets the wide layout, drawn at the width of its column (720 before measuring).
 */
export const NARROW_WIDTH = 320;
export const WIDE_WIDTH = 640;
/** Columns narrower than this use the narrow layout (also the CSS container query in Chart.svelte). */
export const NARROW_BELOW = 600;

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** What a chart is drawn into: size, margins and the plot area. */
export interface Frame {
	width: number;
	height: number;
	narrow: boolean;
	margin: Margin;
	/** Plot edges in px. */
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export interface LayoutSpec {
	/** Margins around the plot; may differ on a phone. */
	margin: Margin | ((narrow: boolean) => Margin);
	/** Height of the plot area (not the whole chart), so height follows content. */
	plotHeight: number | ((narrow: boolean, width: number, exporting: boolean) => number);
}

export function frameFor(
	spec: LayoutSpec,
	width: number,
	narrow: boolean,
	exporting = false
): Frame {
	const margin = typeof spec.margin === 'function' ? spec.margin(narrow) : spec.margin;
	const ph =
		typeof spec.plotHeight === 'function'
			? spec.plotHeight(narrow, width, exporting)
			: spec.plotHeight;
	const height = Math.round(margin.top + ph + margin.bottom);
	return {
		width,
		height,
		narrow,
		margin,
		left: margin.left,
		right: width - margin.right,
		top: margin.top,
		bottom: height - margin.bottom
	};
}

/** The layout a column of `measured` px gets: narrow at a fixed drawing width, or wide at its width. */
export function layoutFor(measured: number): { narrow: boolean; width: number } {
	if (measured > 0 && measured < NARROW_BELOW) return { narrow: true, width: NARROW_WIDTH };
	return { narrow: false, width: measured > 0 ? Math.round(measured) : WIDE_WIDTH };
}
