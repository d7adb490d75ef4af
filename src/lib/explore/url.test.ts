import { describe, expect, it } from 'vitest';
import { readState, readableLink, writeState, type ExploreState } from './url';

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
			read: { delimiter: '\t', header: false, decimalComma: true },
			axis: 'two'
		};
		expect(read(writeState(s))).toEqual(s);
		expect(writeState(s)).toContain('axis=two');
		expect(read('?axis=left').axis).toBeNull();
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

describe('readableLink', () => {
	const site = 'https://dependence-atlas.org/explore';
	it('shows Cyrillic, spaces, colons and commas as they are, and the link still reads back', () => {
		const q = writeState({
			file: FILE,
			mapping: { x: 'Период', y: ['Экспорт, млн долл. США'], series: null },
			kind: 'line',
			range: null,
			ours: ['fb-bel-rus-exports'],
			format: null,
			read: {}
		});
		const href = `${site}${q}`;
		// the link itself is escaped, as a link must be
		expect(href).toContain('x=%D0%9F%D0%B5%D1%80%D0%B8%D0%BE%D0%B4');
		expect(readableLink(href)).toBe(
			`${site}?file=${FILE}&x=Период&y=Экспорт, млн долл. США&ours=fb-bel-rus-exports`
		);
	});
	it('keeps escaped what would change the query or cannot be seen', () => {
		const href = `${site}?${new URLSearchParams([
			['y', 'a&b=c'],
			['series', '100%+more#1?'],
			['x', 'tab\there']
		])}`;
		const text = readableLink(href);
		expect(text).toBe(`${site}?y=a%26b%3Dc&series=100%25%2Bmore%231%3F&x=tab%09here`);
		// read back, the shown text names the same columns as the link
		const back = new URL(text.replace(/ /g, '%20'));
		expect(back.searchParams.get('y')).toBe('a&b=c');
		expect(back.searchParams.get('series')).toBe('100%+more#1?');
		expect(back.searchParams.get('x')).toBe('tab\there');
	});
	it('leaves a link without a query, or with a broken escape, as it is', () => {
		expect(readableLink(site)).toBe(site);
		expect(readableLink(`${site}?y=%E0%A4`)).toBe(`${site}?y=%E0%A4`);
	});
});
