/** trade-asymmetry model on a small fixed year, plus one check on the committed data. */
import { describe, expect, it } from 'vitest';
import type { ClaimRecord, FactbookRecord, TurnoverRecord } from '$lib/data/datasets';
import { loadAll } from '$lib/server/data';
import { tableOf } from '$lib/kit/model';
import { asymmetryModel, asymTip, barLabel, claimGrades, notListedNote } from './model';

type Country = 'Belarus' | 'Russia';
const row = (
	reporter: Country,
	flow: 'exports' | 'imports',
	partner: string,
	value: number,
	measure: 'partner_share' | 'total' = 'partner_share'
): FactbookRecord => ({
	year: 2009,
	reporter,
	flow,
	measure,
	partner,
	value,
	unit: measure === 'total' ? 'USD bn' : '%',
	estimate: 'no',
	basis: 'reported',
	coverage: 'goods',
	edition: 2010,
	source_id: [`FB_${reporter}`]
});
const FB: FactbookRecord[] = [
	row('Belarus', 'exports', 'Russia', 33.6),
	row('Belarus', 'exports', 'Ukraine', 8.68),
	row('Belarus', 'imports', 'Russia', 56.42),
	row('Russia', 'exports', 'Netherlands', 10.62),
	row('Russia', 'exports', 'Ukraine', 4.01),
	row('Russia', 'imports', 'Germany', 14.39),
	row('Russia', 'exports', 'World', 303.4, 'total'),
	row('Russia', 'imports', 'World', 191.8, 'total')
];
const turnover = (reporter: Country, partner: Country, v: number): TurnoverRecord => ({
	year: 2009,
	reporter,
	partner,
	turnover_share_pct: v,
	bilateral_turnover_usd_bn: 23,
	reporter_turnover_usd_bn: 50,
	computation: `f(${reporter})`,
	coverage: 'goods',
	note: null,
	source_id: ['FB_T']
});
const claim = (reporter: Country, partner: Country, v: number): ClaimRecord => ({
	id: `claim-${reporter}`,
	claim: `${partner} in ${reporter}`,
	value_pct: v,
	qualifier: 'about',
	year: 2009,
	reporter,
	partner,
	check: 'turnover_share',
	tolerance_rel: 0.1,
	how_checked: 'compared',
	source_id: ['ARTICLE']
});
const input = {
	factbook: FB,
	turnover: [turnover('Belarus', 'Russia', 46.61), turnover('Russia', 'Belarus', 4.68)],
	claims: [claim('Belarus', 'Russia', 48), claim('Russia', 'Belarus', 6)]
};
const ids = (x: readonly string[]) => x.join(';');
const grade = (id: string) => (id === 'ARTICLE' ? 'not found' : 'verified');

describe('asymmetryModel', () => {
	const m = asymmetryModel(input, 2009, ids, grade);
	const t = tableOf(m);
	it('keeps numeric cells numeric: an unlisted share is empty, its bound in its own column', () => {
		expect(t.columns.filter((c) => c.numeric).map((c) => c.key)).toEqual(['share', 'bound']);
		expect(t.rows.map((r) => [r.share, r.bound])).toEqual([
			[33.6, null],
			[56.42, null],
			[46.61, null],
			[null, 4.01],
			// Russia's imports list names only Germany
			[null, 14.39],
			[4.68, null],
			// the bound Russia's own lists put on turnover: (4.01 × 303.4 + 14.39 × 191.8) / 495.2
			[null, 8.03]
		]);
		expect(t.rows[3]!.note).toBe(
			'Not in Russia’s 2009 exports partner list, whose smallest share is 4.01% (Ukraine)'
		);
		expect(t.rows[4]!.note).toBe(
			'Not in Russia’s 2009 imports partner list, which names only Germany (14.39%)'
		);
		expect(t.rows[6]).toMatchObject({
			flow: 'Turnover, upper bound from Russia’s own lists',
			source: 'FB_Russia'
		});
	});
	it('formats derived figures to one decimal and listed shares as recorded', () => {
		const fmt = (k: string, i: number) => {
			const c = t.columns.find((x) => x.key === k)!;
			return c.format!(t.rows[i]![k] as number, t.rows[i]!);
		};
		expect(fmt('share', 1)).toBe('56.42%');
		expect(fmt('share', 2)).toBe('46.6%');
		expect(fmt('bound', 3)).toBe('4.01%');
		expect(barLabel(m.rows[3]!)).toEqual({ text: '< 4.01% (not listed)', short: '< 4.01%' });
		expect(barLabel(m.rows[2]!)).toEqual({ text: '46.6%' });
	});
	it('titles a bar’s tooltip by direction, flow and year and leaves out empty cells', () => {
		expect(asymTip(m, m.rows[3]!)).toEqual({
			title: 'Belarus in Russia’s trade · Exports · 2009',
			lines: [
				'Upper bound: 4.01%',
				'Note: Not in Russia’s 2009 exports partner list, whose smallest share is 4.01% (Ukraine)',
				'Source: FB_Russia'
			]
		});
		expect(asymTip(m, m.rows[0]!).lines).toEqual(['Share: 33.6%', 'Source: FB_Belarus']);
	});
	it('marks the claims graded below verified and says so in the notes', () => {
		expect([...m.unverifiedClaims]).toEqual(['claim-Belarus', 'claim-Russia']);
		expect(m.notes.at(-1)).toContain('dotted outline');
		expect(asymmetryModel(input, 2009, ids).notes.some((n) => n.includes('dotted'))).toBe(false);
		expect(m.max).toBe(60);
	});
	it('ships the grades of the claims’ sources only', () => {
		expect(
			claimGrades(
				[
					{ id: 'ARTICLE', confidence: 'not found' },
					{ id: 'FB_Russia', confidence: 'verified' }
				],
				input.claims
			)
		).toEqual({ ARTICLE: 'not found' });
	});
	it('notListedNote names the only partner when the list has one', () => {
		expect(
			notListedNote('Belarus', 1998, 'imports', {
				maxPct: 54,
				smallestListed: 'Russia',
				listed: 1
			})
		).toBe('Not in Belarus’s 1998 imports partner list, which names only Russia (54%)');
	});
	it('on the committed data: 2009 as the chart has always shown it', () => {
		const d = loadAll();
		const c = asymmetryModel(
			{ factbook: d.factbook, turnover: d.turnover, claims: d.claims },
			2009,
			ids
		);
		// no turnover-bound row: the export bound it would rest on is contradicted by Belarus's report
		expect(tableOf(c).rows.map((r) => r.share ?? r.bound)).toEqual([
			33.6, 56.42, 46.61, 4.01, 4.46, 4.68
		]);
		expect(tableOf(c).rows[3]?.note).toContain('Belarus’s own report puts it at 5.27%');
		expect(c.max).toBe(70);
	});
});
