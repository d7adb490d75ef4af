import { describe, expect, it } from 'vitest';
import { placeAround, sideSpec } from './around';
import { bandNameWidth, rightRoom } from './bandRoom';
import { worstConfidence } from './grades';
import { overlaps } from './labels';
import { textWidth } from './text';

describe('placeAround', () => {
	const bounds = { x0: 0, y0: 0, x1: 200, y1: 100 };
	it('takes the first free side of the mark', () => {
		const p = placeAround([{ key: 'a', x: 100, y: 50, r: 4, text: 'Alpha' }], bounds);
		expect(p.placed[0]).toMatchObject({ x: 107, anchor: 'start' });
	});
	it('moves to another side when a route crosses the first', () => {
		const route = { x0: 104, y0: 40, x1: 200, y1: 60 };
		const p = placeAround([{ key: 'a', x: 100, y: 50, r: 4, text: 'Alpha' }], bounds, [route]);
		expect(p.placed[0]).toMatchObject({ x: 93, anchor: 'end' });
		expect(overlaps(p.placed[0]!.box, route)).toBe(false);
	});
	it('never slides a label off its mark at the edge: it uses another side or the short text', () => {
		const p = placeAround(
			[{ key: 'a', x: 190, y: 50, r: 4, text: 'A long name here', sides: ['right'] }],
			bounds
		);
		expect(p.dropped).toEqual(['a']);
		const q = placeAround(
			[
				{
					key: 'a',
					x: 190,
					y: 50,
					r: 4,
					text: 'A long name here',
					short: 'A',
					sides: ['right', 'left']
				}
			],
			bounds
		);
		expect(q.placed[0]).toMatchObject({ text: 'A long name here', anchor: 'end' });
	});
	it('places labels by priority, the more hemmed-in first among equals, never on each other', () => {
		const specs = [
			{ key: 'low', x: 100, y: 50, r: 4, text: 'Low', priority: 1 },
			{ key: 'high', x: 112, y: 50, r: 4, text: 'High', priority: 5 }
		];
		const p = placeAround(specs, bounds);
		expect(p.placed[0]!.key).toBe('high');
		expect(overlaps(p.placed[0]!.box, p.placed[1]!.box)).toBe(false);
	});
	it('puts corner labels at the mark’s edge, above or below', () => {
		const s = sideSpec({ key: 'a', x: 50, y: 50, r: 5, text: 'A' }, 'above-right', 'A');
		expect(s).toMatchObject({ x: 45, y: 50 - 8 - 7.2, anchor: 'start' });
	});
});

describe('rightRoom', () => {
	it('gives the margin with which every label after its bar fits', () => {
		const labels = [
			{ at: 1, text: '2.6 Mt + 2.2 Mt' },
			{ at: 0.1, text: '435 kt + 85 kt announced' }
		];
		const room = rightRoom(labels, 320, 90);
		for (const l of labels)
			expect(90 + l.at * (320 - 90 - room) + 6 + textWidth(l.text, 12)).toBeLessThanOrEqual(320);
		// the longest bar's label alone decides here: exactly its width and the gaps
		expect(room).toBe(Math.ceil(textWidth('2.6 Mt + 2.2 Mt', 12) + 8));
		expect(rightRoom([], 320, 90, { min: 16 })).toBe(16);
		expect(bandNameWidth(['Russia'])).toBe(Math.ceil(textWidth('Russia', 12) + 10));
	});
});

describe('worstConfidence', () => {
	it('is the lowest grade, unknown lowest of all', () => {
		expect(worstConfidence(['verified', 'partial', 'verified'])).toBe('partial');
		expect(worstConfidence([])).toBe('verified');
		expect(worstConfidence(['weak', 'partial'])).toBe('weak');
		expect(worstConfidence(['verified', ''])).toBe('');
	});
});
