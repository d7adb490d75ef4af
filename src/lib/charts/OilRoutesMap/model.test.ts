import { describe, expect, it } from 'vitest';
import { tableOf, tipOf } from '$lib/kit/model';
import { ENCODING_NOTES } from '$lib/kit/honesty';
import { overlaps } from '$lib/kit/labels';
import { placeAround } from '$lib/kit/around';
import { loadAll } from '$lib/server/data';
import { buildRoutesMap, towardsEdge, MAP_H, MAP_W, type RoutesMap } from './geo';
import {
	legAt,
	legPoints,
	legSamples,
	mapLabels,
	mapObstacles,
	placeTip,
	routesModel
} from './model';

const MAP: RoutesMap = {
	width: 100,
	height: 50,
	countries: [],
	places: [
		{ id: 'a', name: 'Port A', kind: 'port', x: 20, y: 20, note: 'a note', sourceIds: ['P'] },
		{ id: 'b', name: 'Works (Town)', kind: 'refinery', x: 80, y: 20, note: null, sourceIds: ['P'] },
		{ id: 'c', name: 'Unused', kind: 'load port', x: 50, y: 45, note: null, sourceIds: ['P'] }
	],
	legs: [
		{
			key: 'a>b',
			from: 'a',
			to: 'b',
			mode: 'sea',
			confirmedT: 100000,
			expectedT: 50000,
			origins: ['Norway'],
			d: 'M20,20Q50,4 80,20',
			sourceIds: ['S1'],
			confidence: 'partial'
		},
		{
			key: 'o>a',
			from: 'o',
			to: 'a',
			mode: 'sea',
			confirmedT: 60000,
			expectedT: 0,
			origins: ['United States'],
			d: 'M5,5L20,20',
			sourceIds: ['S2'],
			confidence: 'verified'
		}
	],
	offMap: [{ id: 'o', label: 'Far Port, Texas', x: 5, y: 5, sourceIds: ['P'] }],
	sourceIds: ['S1', 'S2', 'P']
};
const label = (ids: readonly string[]) => ids.join('; ');
const same = ([x, y]: [number, number]): [number, number] => [x * 4, y * 4];

describe('oil-routes-map model', () => {
	it('reads the pre-projected leg paths: arcs and lines', () => {
		expect(legPoints('M20,20Q50,4 80,20')).toEqual({ a: [20, 20], c: [50, 4], b: [80, 20] });
		expect(legPoints('M5,5L20,20')).toEqual({ a: [5, 5], c: null, b: [20, 20] });
		expect(legAt('M20,20Q50,4 80,20', 0.5)).toEqual([50, 12]);
		expect(legAt('M5,5L20,20', 0.5)).toEqual([12.5, 12.5]);
		const s = legSamples('M20,20Q50,4 80,20');
		expect(s[0]).toEqual([20, 20]);
		expect(s[s.length - 1]).toEqual([80, 20]);
		for (let i = 1; i < s.length; i++)
			expect(Math.hypot(s[i]![0] - s[i - 1]![0], s[i]![1] - s[i - 1]![1])).toBeLessThanOrEqual(6);
		expect(() => legPoints('M1,2')).toThrow();
	});
	it('tables arrived and announced tonnes apart, with the confidence grade', () => {
		const m = routesModel(MAP, label);
		const t = tableOf(m);
		expect(t.rows[0]).toMatchObject({
			route: 'Port A → Works (Town)',
			mode: 'by sea',
			arrived: 100000,
			announced: 50000,
			confidence: 'partial'
		});
		expect(t.rows[1]).toMatchObject({ route: 'Far Port, Texas → Port A', announced: 0 });
		expect(tipOf(m, MAP.legs[0]!).lines).toContain('Arrived: 100 kt');
		expect(m.hasUnverified).toBe(true);
		expect(m.notes).toContain(ENCODING_NOTES.unverified);
		expect(m.usedPlaces.map((p) => p.id)).toEqual(['a', 'b']);
		expect(placeTip(MAP.places[0]!)).toEqual({ title: 'Port A', lines: ['Port', 'a note'] });
		expect(m.description).toContain('Port A to Works (Town) by sea, 100 kt plus 50 kt announced');
	});
	it('labels places and the origin off the map, shorter where room is short', () => {
		const m = routesModel(MAP, label);
		const items = mapLabels(m, same);
		const by = (k: string) => items.find((i) => i.key === k)!;
		expect(by('place-b')).toMatchObject({ text: 'Works (Town)', short: 'Works', priority: 10 });
		expect(by('off-o')).toMatchObject({
			text: 'from Far Port, Texas (off the map)',
			short: 'from Texas'
		});
		// top-left of the map: above the mark and to its right first
		expect(by('off-o').sides?.[0]).toBe('above-right');
		expect(by('place-a')).toMatchObject({ x: 80, y: 80, text: 'Port A' });
		expect(items.some((i) => i.key.startsWith('route-'))).toBe(false);
	});
	it('keeps labels off the routes and markers', () => {
		const m = routesModel(MAP, label);
		const obstacles = mapObstacles(m, same);
		const p = placeAround(mapLabels(m, same), { x0: 0, y0: 0, x1: 400, y1: 200 }, obstacles);
		expect(p.placed.map((l) => l.key).sort()).toEqual(['off-o', 'place-a', 'place-b']);
		for (const l of p.placed) for (const o of obstacles) expect(overlaps(l.box, o)).toBe(false);
	});
	it('puts a place off the map where the line from the centre towards it meets the edge', () => {
		expect(towardsEdge(-1000, MAP_H / 2)).toEqual([12, MAP_H / 2]);
		const [x, y] = towardsEdge(MAP_W / 2 + 1000, MAP_H / 2 + 1000);
		expect(y).toBeCloseTo(MAP_H - 12, 6);
		expect(x).toBeCloseTo(MAP_W / 2 + (MAP_H / 2 - 12), 6);
		expect(towardsEdge(100, 100)).toEqual([100, 100]);
	});
	it('on the committed data: the Norwegian leg carries the partial announced cargo', () => {
		const d = loadAll();
		const m = buildRoutesMap(d.places, d.oil);
		expect(m.legs.find((l) => l.key === 'norway>klaipeda')).toMatchObject({
			confirmedT: 80000,
			expectedT: 85000,
			confidence: 'partial'
		});
		expect(m.legs.find((l) => l.key === 'beaumont>klaipeda')?.confidence).toBe('verified');
	});
});
