/**
 * Helpers for marks that labels must keep off, and for the labels of the shared event layer.
 * Pure, so they are tested without a browser.
 */
import type { AtlasEvent } from '$lib/charts/events/events';
import type { Box, LabelSpec } from './labels';

/** The box of each point marker of half-size `r` (plus a little air), for `Labels`' obstacles. */
export function pointBoxes(points: readonly { x: number; y: number }[], r = 5): Box[] {
	return points.map((p) => ({ x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r }));
}

/**
 * The short name of an event in a figure: a dispute's label without the year the axis already
 * shows, a treaty's title without the details after it.
 */
export function eventShortLabel(e: AtlasEvent): string {
	if (e.kind === 'dispute') return e.label.replace(/\s*\([^)]*\)\s*$/, '');
	const cut = e.label.search(/ signed|;|:| \(/);
	return cut > 0 ? e.label.slice(0, cut) : e.label;
}

/**
 * Labels for the events in view, along the top of the plot, each starting at its event's mark.
 * Disputes come before treaties; what finds no room is left out by `Labels` (every event stays
 * in the list under the chart and in its hover title).
 */
export function eventLabelItems(
	events: readonly AtlasEvent[],
	domain: [number, number],
	x: (year: number) => number,
	top: number
): LabelSpec[] {
	return events
		.filter((e) => e.start <= domain[1] && (e.end ?? e.start) >= domain[0])
		.map((e) => ({
			key: `event-${e.id}`,
			x: x(Math.max(e.start, domain[0])) + 3,
			y: top + 7,
			text: eventShortLabel(e),
			size: 11,
			priority: e.kind === 'dispute' ? -1 : -2,
			tone: 'var(--text-muted)'
		}));
}

/** The open-end arrows the event layer draws at the top of the plot, for labels to keep off. */
export function eventArrowBoxes(
	events: readonly AtlasEvent[],
	domain: [number, number],
	x: (year: number) => number,
	top: number
): Box[] {
	return events
		.filter((e) => e.kind === 'dispute' && e.end === null && e.start <= domain[1])
		.map((e) => {
			const x0 = x(Math.max(e.start, domain[0]));
			return { x0: x0 + 3, y0: top + 3, x1: x0 + 19, y1: top + 13 };
		});
}
