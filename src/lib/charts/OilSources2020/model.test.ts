import { describe, expect, it } from 'vitest';
import type { OilRecord } from '$lib/data/datasets';
import { oilRow } from '$lib/data/testRows';
import { parsePartialDate } from '$lib/data/schema';
import { loadAll } from '$lib/server/data';
import { tableOf, tipOf } from '$lib/kit/model';
import { ENCODING_NOTES } from '$lib/kit/honesty';
import { bandNameWidth } from '$lib/kit/bandRoom';
import { textWidth } from '$lib/kit/text';
import { axisFormat, barLabel, oilSourcesModel, toggleOrigin } from './model';
import { ORIGINS } from './prepare';

/** A row of oil_imports_2020 with only what these tests need. */
function row(p: Partial<Record<keyof OilRecord, unknown>> & { date: string }): OilRecord {
	return oilRow({ port: 'Klaipėda', ...p, date_start: parsePartialDate(p.date) });
}

const ROWS: OilRecord[] = [
	row({ date: '2020-01', kind: 'russian quarterly', origin: 'Russia', volume_t: 1000000 }),
	row({
		date: '2020-05',
		kind: 'russian monthly',
		origin: 'Russia',
		status: 'planned',
		volume_t: 1100000
	}),
	row({ date: '2019', kind: 'russian annual', origin: 'Russia', volume_t: 10000000 }),
	row({ date: '2020-01-23', origin: 'Norway', volume_t: 80000 }),
	row({
		date: '2020-04',
		origin: 'Norway',
		status: 'expected',
		volume_t: 85000,
		confidence: 'partial'
	}),
	row({ date: '2020-03-12', origin: 'Azerbaijan', volume_t: 90000, port: 'Odesa/Yuzhny' }),
	row({ date: '2020-04', origin: 'Azerbaijan', volume_t: 85000, port: 'Odesa/Yuzhny' }),
	row({ date: '2020-08', origin: 'Azerbaijan', status: 'expected', volume_t: 85000 }),
	row({
		date: '2020',
		kind: 'supplier annual',
		origin: 'Azerbaijan',
		volume_t: 1000000,
		event: 'annual SOCAR total'
	}),
	row({
		date: '2020',
		kind: 'supplier annual',
		origin: 'Azerbaijan',
		volume_t: 720000,
		event: 'annual SOCAR total, Azerbaijani oil only',
		source_id: ['S2']
	}),
	row({ date: '2020-06-05', origin: 'United States', volume_t: 77000 }),
	row({ date: '2020-08-09', origin: 'United States', volume_t: 76000 })
];
const label = (ids: readonly string[]) => ids.join('; ');
const ALL = [...ORIGINS];

describe('oil-sources-2020 model', () => {
	it('labels arrived and unconfirmed apart, never one sum, with a short form', () => {
		const m = oilSourcesModel(ROWS, { metric: 'tonnes', origins: ALL }, label);
		const az = m.bars.find((b) => b.origin === 'Azerbaijan')!;
		expect(az.label).toEqual({ text: '175 kt + 85 kt announced', short: '175 kt + 85 kt' });
		expect(m.bars[0]!.label).toEqual({ text: '1 Mt + 1.1 Mt planned', short: '1 Mt + 1.1 Mt' });
		const c = oilSourcesModel(ROWS, { metric: 'cargoes', origins: ALL }, label);
		expect(c.bars.find((b) => b.origin === 'Azerbaijan')!.label).toEqual({
			text: '2 cargoes + 1 cargo announced',
			short: '2 + 1 announced'
		});
		expect(c.bars.find((b) => b.origin === 'United States')!.label?.text).toBe('2 cargoes');
		expect(barLabel('share', [])).toBeNull();
	});
	it('starts the Azerbaijani label after SOCAR’s 720 kt tick, not over it', () => {
		const m = oilSourcesModel(ROWS, { metric: 'tonnes', origins: ['Azerbaijan'] }, label);
		expect(m.bars[0]!.end).toBe(260000);
		expect(m.bars[0]!.labelAt).toBe(720000);
		expect(m.max).toBe(720000);
		expect(m.hasReference).toBe(true);
	});
	it('reserves the right margin every label needs, on a phone and wide', () => {
		for (const metric of ['tonnes', 'share', 'cargoes'] as const) {
			const m = oilSourcesModel(ROWS, { metric, origins: ALL }, label);
			const left = bandNameWidth(m.bars.map((b) => b.origin));
			for (const [w, right, short] of [
				[320, m.right.narrow, true],
				[600, m.right.wide, false]
			] as const)
				for (const b of m.bars.filter((x) => x.label)) {
					const x = left + (b.labelAt / m.max) * (w - left - right) + 6;
					const text = short ? b.label!.short : b.label!.text;
					expect(
						x + textWidth(text, 12, true),
						`${metric} ${b.origin} at ${w}`
					).toBeLessThanOrEqual(w);
				}
		}
	});
	it('marks the announced Norwegian cargo graded partial, and says so in the notes and table', () => {
		const m = oilSourcesModel(ROWS, { metric: 'tonnes', origins: ALL }, label);
		const no = m.rows.filter((r) => r.origin === 'Norway');
		expect(no.map((r) => [r.part, r.value, r.status, r.confidence])).toEqual([
			['arrived', 80000, 'confirmed', 'verified'],
			['expected', 85000, 'expected', 'partial']
		]);
		expect(m.hasUnverified).toBe(true);
		expect(m.notes).toContain(ENCODING_NOTES.unverified);
		const tip = tipOf(m, no[1]!);
		expect(tip.title).toBe('Norway');
		expect(tip.lines).toContain('Tonnes: 85 kt');
		expect(tip.lines).toContain('What it is: announced, arrival not confirmed');
		expect(tip.lines).toContain('Confidence: partial');
		const t = tableOf(m);
		expect(t.columns.map((c) => c.label)).toEqual([
			'Origin',
			'Part',
			'Tonnes',
			'Status',
			'What it is',
			'Source',
			'Confidence'
		]);
		const ref = t.rows.find((r) => r.status === 'reference' && r.origin === 'Azerbaijan')!;
		expect(ref).toMatchObject({ value: 720000, part: 'SOCAR: Azerbaijani oil delivered in 2020' });
		expect(String(ref.source)).toContain('S2');
		const az = oilSourcesModel(ROWS, { metric: 'share', origins: ['Azerbaijan'] }, label);
		expect(az.hasUnverified).toBe(false);
		expect(az.notes).not.toContain(ENCODING_NOTES.unverified);
	});
	it('gives Russia a reason instead of a bar when it has no value', () => {
		const m = oilSourcesModel(ROWS, { metric: 'cargoes', origins: ['Russia', 'Norway'] }, label);
		expect(m.bars[0]!.segments).toEqual([]);
		expect(m.rows[0]).toMatchObject({
			kind: 'none',
			value: 'pipeline supplies, not counted in cargoes'
		});
		expect(m.description).toContain('Russia pipeline supplies, not counted in cargoes');
	});
	it('keeps one origin to one bar; the last origin cannot be unticked', () => {
		const m = oilSourcesModel(ROWS, { metric: 'share', origins: ['Norway'] }, label);
		expect(m.bars).toHaveLength(1);
		expect(m.hasReference).toBe(false);
		expect(toggleOrigin(['Norway'], 'Norway', false)).toEqual(['Norway']);
		expect(toggleOrigin(['Norway'], 'Russia', true)).toEqual(['Russia', 'Norway']);
		expect(toggleOrigin(ALL, 'Saudi Arabia', false)).toEqual([
			'Russia',
			'Norway',
			'Azerbaijan',
			'United States'
		]);
	});
	it('writes axis ticks with their unit once', () => {
		expect(axisFormat('tonnes')(2000000)).toBe('2 Mt');
		expect(axisFormat('share')(40)).toBe('40%');
		expect(axisFormat('cargoes')(4)).toBe('4');
		expect(axisFormat('tonnes')(0)).toBe('0');
	});
	it('on the committed data: 435 kt arrived and 85 kt announced from Azerbaijan, SOCAR 720 kt', () => {
		const d = loadAll();
		const m = oilSourcesModel(d.oil, { metric: 'tonnes', origins: ALL }, label);
		const az = m.bars.find((b) => b.origin === 'Azerbaijan')!;
		expect(az.label?.text).toBe('435 kt + 85 kt announced');
		expect(az.row.reference?.value).toBe(720000);
		expect(m.bars[0]!.label?.text).toBe('2.6 Mt + 2.2 Mt planned');
	});
});
