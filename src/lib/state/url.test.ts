import { describe, expect, it } from 'vitest';
import { boolParam, enumParam, intParam, readState, setParam, writeState } from './url';

const specs = {
	year: intParam(2009, [2000, 2009, 2019]),
	flow: enumParam('exports', ['exports', 'imports'] as const),
	series: setParam(
		['exports', 'imports', 'turnover'] as const,
		['exports', 'imports', 'turnover'] as const
	),
	events: boolParam(true)
};
const read = (q: string) => readState(specs, new URLSearchParams(q));

describe('URL state', () => {
	it('reads valid values', () => {
		expect(read('year=2019&flow=imports&series=turnover,exports&events=0')).toEqual({
			year: 2019,
			flow: 'imports',
			series: ['exports', 'turnover'],
			events: false
		});
	});

	it('falls back to defaults for tampered values', () => {
		const def = {
			year: 2009,
			flow: 'exports',
			series: ['exports', 'imports', 'turnover'],
			events: true
		};
		for (const q of [
			'year=1800',
			'year=2009.5',
			'year=%3Cscript%3Ealert(1)%3C/script%3E',
			'year=-1',
			'year=' + '9'.repeat(500),
			'flow=<b>imports</b>',
			'flow=EXPORTS',
			'series=',
			'series=exports,bogus',
			'series=exports,exports,exports,exports',
			'events=yes'
		])
			expect(read(q), q).toEqual(def);
	});

	it('writes only what differs from the defaults and keeps other parameters', () => {
		const q = writeState(
			specs,
			{ ...read(''), year: 2019 },
			new URLSearchParams('other=1&year=2000')
		);
		expect(q.toString()).toBe('other=1&year=2019');
		expect(writeState(specs, read(''), new URLSearchParams('year=2000')).toString()).toBe('');
	});

	it('round-trips every state', () => {
		const s = { year: 2000, flow: 'imports' as const, series: ['imports'] as const, events: false };
		expect(read(writeState(specs, s, new URLSearchParams()).toString())).toEqual(s);
	});
});
