import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseText, problemText, type Table } from './parse';
import {
	SCHEMAS,
	applySchema,
	checkFields,
	columnsFor,
	guessFields,
	schemaById,
	schemaMapping
} from './schema';
import { buildView } from './view';
import { FORMAT_IDS } from './formats';

function table(text: string): Table {
	const t = parseText(text);
	if ('refused' in t) throw new Error(t.refused);
	return t;
}
const schema = (id: string) => schemaById(id)!;

const SHARES = [
	'Year,From,To,Direction,Share of trade,Note',
	'2017,Belarus,Russia,Export,44.1,a',
	'2018,Belarus,Russia,exports,38.4,b',
	'2019,Belarus,Russia,imports,140,c',
	'2020,Belarus,Russia,re-exports,45,d',
	'2021,Belarus,Russia,total,,e',
	'2021,Belarus,Russia,Imports,49.6,f'
].join('\n');

describe('schemas', () => {
	it('has the five formats, each with one x and one y field', () => {
		expect(SCHEMAS.map((s) => s.id)).toEqual([
			'trade_shares',
			'partners',
			'gas_prices',
			'oil_cargoes',
			'year_value'
		]);
		for (const s of SCHEMAS) {
			expect(s.fields.filter((f) => f.role === 'x')).toHaveLength(1);
			expect(s.fields.filter((f) => f.role === 'y')).toHaveLength(1);
		}
		expect(SCHEMAS.map((s) => s.id)).toEqual([...FORMAT_IDS]);
		expect(schemaById('nope')).toBeNull();
	});
});

describe('guessFields', () => {
	it('maps columns by name, each column once, of a type the field takes', () => {
		const t = table(SHARES);
		expect(guessFields(t, schema('trade_shares'))).toEqual({
			year: 'Year',
			reporter: 'From',
			partner: 'To',
			flow: 'Direction',
			value_pct: 'Share of trade',
			source_id: null
		});
	});
	it('takes exact names before names that merely contain a hint', () => {
		const t = table('year,share_total,share_pct\n2000,1,2\n');
		expect(guessFields(t, schema('partners')).share_pct).toBe('share_pct');
	});
	it('never offers a text column for a number field', () => {
		const t = table('year,value\n2000,a\n2001,b\n');
		const value = schema('year_value').fields.find((f) => f.key === 'value')!;
		expect(columnsFor(t, value)).toEqual(['year']);
		expect(guessFields(t, schema('year_value')).value).toBeNull();
	});
});

describe('checkFields', () => {
	it('names the required fields still unmapped', () => {
		const t = table(SHARES);
		const c = checkFields(t, schema('trade_shares'), { year: 'Year', value_pct: null });
		expect(c.ok).toBe(false);
		if (!c.ok) {
			expect(c.missing).toEqual(['value_pct']);
			expect(c.message).toBe('To chart the file as trade shares, choose a column for value_pct.');
		}
	});
	it('drops a column the table lacks, of the wrong type, or used twice', () => {
		const t = table(SHARES);
		const c = checkFields(t, schema('trade_shares'), {
			year: 'Year',
			value_pct: 'Share of trade',
			reporter: 'Nope',
			partner: 'Year',
			flow: 'Share of trade'
		});
		expect(c.fields).toMatchObject({ reporter: null, partner: null, flow: null });
		expect(c.ok).toBe(true);
	});
});

describe('applySchema', () => {
	it('renames, normalises flows, refuses out-of-range shares by line and column', () => {
		const t = table(SHARES);
		const s = schema('trade_shares');
		const out = applySchema(t, s, guessFields(t, s));
		if ('refused' in out) throw new Error(out.refused);
		expect(out.table.names).toEqual(['year', 'reporter', 'partner', 'flow', 'value_pct', 'series']);
		expect(out.table.text[3]).toEqual(['exports', 'exports', 'imports', '', 'total', 'imports']);
		expect(out.table.values[4]).toEqual([44.1, 38.4, null, null, null, 49.6]);
		expect(out.table.text[5]![0]).toBe('Belarus · Russia · exports');
		expect(out.table.problems.map(problemText)).toEqual([
			'line 4, column Share of trade (value_pct): 140 is outside 0–100, the range of share, % (0–100): not drawn',
			'line 5, column Direction (flow): expected exports, imports, total, got "re-exports"',
			'line 6, column Share of trade (value_pct): empty: share, % (0–100) is needed for every row'
		]);
		expect(out.refusedValues).toBe(2);
		expect(out.mapping).toEqual({ x: 'year', y: ['value_pct'], series: 'series' });
	});

	it('draws one series per flow, and nothing it refused', () => {
		const t = table(SHARES);
		const s = schema('trade_shares');
		const out = applySchema(t, s, guessFields(t, s));
		if ('refused' in out) throw new Error(out.refused);
		const v = buildView(out.table, out.mapping, null, 600);
		expect(v.series.map((x) => [x.key, x.points])).toEqual([
			[
				'Belarus · Russia · exports',
				[
					{ x: 2017, y: 44.1 },
					{ x: 2018, y: 38.4 }
				]
			],
			// the refused 140 of 2019 is a gap in the line, not a point
			[
				'Belarus · Russia · imports',
				[
					{ x: 2019, y: null },
					{ x: 2021, y: 49.6 }
				]
			]
		]);
		// the rows whose series has no value at all (a refused flow; a total without a share) make
		// no series
		expect(v.skipped).toBe(3);
	});

	it('has no series column when no series field is mapped', () => {
		const t = table('when,price\n2019-01-01,127\n2020-01-01,-3\n');
		const s = schema('gas_prices');
		const fields = guessFields(t, s);
		expect(fields).toMatchObject({ period_start: 'when', price_usd_per_1000m3: 'price' });
		const out = applySchema(t, s, fields);
		if ('refused' in out) throw new Error(out.refused);
		expect(out.table.names).toEqual(['period_start', 'price_usd_per_1000m3']);
		expect(out.table.types).toEqual(['date', 'number']);
		expect(out.mapping.series).toBeNull();
		expect(out.table.values[1]).toEqual([127, null]);
		expect(schemaMapping(s, fields)).toEqual(out.mapping);
	});

	it('refuses with the missing fields named', () => {
		const t = table('a,b\nx,y\n');
		expect(applySchema(t, schema('oil_cargoes'), {})).toEqual({
			refused: 'To chart the file as oil cargoes, choose a column for date_start and volume_t.'
		});
	});

	it('never throws, whatever the text and the mapping', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 300 }),
				fc.constantFrom(...SCHEMAS),
				fc.dictionary(fc.string({ maxLength: 8 }), fc.option(fc.string({ maxLength: 8 }))),
				(text, s, fields) => {
					const t = parseText(`year,value,name\n${text}`);
					if ('refused' in t) return;
					const out = applySchema(t, s, { ...guessFields(t, s), ...fields });
					if (!('refused' in out)) {
						expect(out.table.rowCount).toBe(t.rowCount);
						for (const col of out.table.values)
							if (col.length) expect(col).toHaveLength(t.rowCount);
					}
				}
			),
			{ numRuns: 300 }
		);
	});
});
