/**
 * One palette, colour-blind safe (Okabe–Ito), used by the charts through CSS variables. The values
 * here are mirrored in src/app.css for light and dark; a unit test checks the two agree.
 * Colour never carries meaning alone: every series also has a direct label or a distinct marker.
 */
export const palette = {
	light: {
		exports: '#0072B2',
		imports: '#B85000',
		turnover: '#1a1a1a',
		russia: '#0072B2',
		belarus: '#B0006B',
		statement: '#8a5a00',
		event: '#6b6b6b',
		eventHighlight: '#B0006B'
	},
	dark: {
		exports: '#56B4E9',
		imports: '#F08A4B',
		turnover: '#f2f2f2',
		russia: '#56B4E9',
		belarus: '#F49AC2',
		statement: '#E6B84C',
		event: '#a3a3a3',
		eventHighlight: '#F49AC2'
	}
} as const;

export type SeriesColour = keyof (typeof palette)['light'];

/** CSS variable for a palette entry: `var(--c-exports)`. */
export const cssVar = (c: SeriesColour): string =>
	`var(--c-${c.replace(/[A-Z]/g, (m) => '-' + m.toLowerCase())})`;

/** Categories of the relations timeline and the event layer, each with a colour and a marker shape. */
export const categoryStyle = {
	integration: { colour: '#007A5A', dark: '#3fd0a4', shape: 'circle' },
	energy: { colour: '#B85000', dark: '#F08A4B', shape: 'square' },
	trade: { colour: '#0072B2', dark: '#56B4E9', shape: 'diamond' },
	military: { colour: '#6b4c9a', dark: '#b69ae0', shape: 'triangle' },
	political: { colour: '#8a5a00', dark: '#E6B84C', shape: 'star' }
} as const;

/**
 * A sequential scale (one hue, light to dark in the light theme, dark to light in the dark one) for
 * shares on a map, five steps; mirrored in src/app.css as --seq-1 … --seq-5.
 */
export const sequential = {
	light: ['#d6e6f2', '#9cc3e0', '#5a9bcb', '#2a6fa8', '#0b3f6e'],
	dark: ['#1d3a52', '#285f88', '#3a88bf', '#74b6e6', '#c2e2fa']
} as const;

/** CSS variable of a sequential step (0-based): `var(--seq-1)`. */
export const seqVar = (step: number): string => `var(--seq-${step + 1})`;
