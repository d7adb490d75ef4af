import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categoryStyle, palette, sequential } from './palette';

const css = readFileSync('src/app.css', 'utf8').toLowerCase();

describe('palette', () => {
	it('app.css carries every palette colour, light and dark', () => {
		for (const [name, hex] of Object.entries(palette.light)) {
			const v = `--c-${name.replace(/[A-Z]/g, (m) => '-' + m.toLowerCase())}: ${hex.toLowerCase()};`;
			expect(css, v).toContain(v);
		}
		for (const [name, hex] of Object.entries(palette.dark)) {
			const v = `--c-${name.replace(/[A-Z]/g, (m) => '-' + m.toLowerCase())}: ${hex.toLowerCase()};`;
			expect(css, v).toContain(v);
		}
		for (const [name, s] of Object.entries(categoryStyle)) {
			expect(css).toContain(`--cat-${name}: ${s.colour.toLowerCase()};`);
			expect(css).toContain(`--cat-${name}: ${s.dark.toLowerCase()};`);
		}
	});

	it('app.css carries the sequential scale, light and dark', () => {
		sequential.light.forEach((c, i) => expect(css).toContain(`--seq-${i + 1}: ${c};`));
		sequential.dark.forEach((c, i) => expect(css).toContain(`--seq-${i + 1}: ${c};`));
	});

	it('gives every category its own marker shape', () => {
		const shapes = Object.values(categoryStyle).map((s) => s.shape);
		expect(new Set(shapes).size).toBe(shapes.length);
	});
});
