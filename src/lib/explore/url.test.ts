import { describe, expect, it } from 'vitest';
import { readState, writeState, type ExploreState } from './url';

const FILE = 'k3x9q2m7';
const read = (q: string) => readState(new URLSearchParams(q));

describe('explore URL state', () => {
	it('round-trips a view in the reader’s own columns', () => {
		const s: ExploreState = {
			file: FILE,
			mapping: { x: 'year', y: ['a', 'b'], series: 'name' },
			kind: 'points',
			range: [2000, 2010],
			ours: ['fb-bel-rus-exports'],
			format: null,
			read: { delimiter: '\t', header: false, decimalComma: true }
		};
		expect(read(writeState(s))).toEqual(s);
	});

	it('round-trips a view in one of the atlas’s formats, columns with colons included', () => {
		const q = writeState({
			file: FILE,
			mapping: {},
			kind: 'line',
			range: null,
			ours: [],
			read: {},
			format: {
				schema: 'trade_shares',
				fields: { year: 'Year', value_pct: 'Share: %', flow: null }
			}
		});
		expect(q).toBe(
			`?file=${FILE}&format=trade_shares&field=year%3AYear&field=value_pct%3AShare%3A+%25`
		);
		expect(read(q).format).toEqual({
			schema: 'trade_shares',
			fields: { year: 'Year', value_pct: 'Share: %' }
		});
	});

	it('keeps only the read options a reader can choose', () => {
		expect(read('sep=semicolon&header=no&decimal=comma').read).toEqual({
			delimiter: ';',
			header: false,
			decimalComma: true
		});
		expect(read('sep=%3Cscript%3E&header=maybe&decimal=1').read).toEqual({});
	});

	it('drops tampered formats and fields', () => {
		expect(read('format=<script>&field=year:Year').format).toBeNull();
		expect(read(`format=gas_prices&field=Nope!:A&field=:B&field=series&field=x:`).format).toEqual({
			schema: 'gas_prices',
			fields: {}
		});
		expect(read(`format=year_value&field=value:${'x'.repeat(201)}`).format?.fields).toEqual({});
	});
});
