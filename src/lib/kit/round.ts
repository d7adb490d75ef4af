/**
 * Positions to a tenth of a drawing unit: finer than any screen shows (a unit is at most 1.5 CSS px
 * here), and the prerendered SVG does not carry 14-digit coordinates.
 */
import type { ScaleLinear } from 'd3-scale';

const toTenth = (v: number) => Math.round(v * 10) / 10;

/** The scale, answering in tenths of a unit (`invert` is untouched). */
export function tenths(s: ScaleLinear<number, number>): ScaleLinear<number, number> {
	return s.copy().interpolate((a: number, b: number) => (t: number) => toTenth(a + (b - a) * t));
}

export { toTenth };
