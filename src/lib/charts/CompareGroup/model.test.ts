import { describe, expect, it } from 'vitest';
import { loadAll } from '$lib/server/data';
import { countryFile } from '$lib/data/world';
import { groupModel, type CountryGroup } from './model';
import { panelGrid, panelOrigin } from './grid';
import { compareIndex } from '$lib/server/compare';

const d = loadAll();
const index = compareIndex();
const file = (id: string) => countryFile(id, index)!;
const members = d.groups.filter((r) => r.group === 'former-soviet');
const group: CountryGroup = {
	id: 'former-soviet',
	name: 'Former Soviet states',
	members: members.map((m) => ({ id: m.member, name: m.member_name })),
	sourceIds: ['WIKI_POSTSOVIET']
};
const russia = { id: 'rus', name: 'Russia' };
const model = groupModel(
	group,
	russia,
	group.members.filter((m) => m.id !== 'rus').map((m) => file(m.id)),
	(ids) => ids.join('; ')
);
const csvShare = (reporter: string, year: number, flow: string, partner: string) =>
	d.worldShares.find(
		(r) => r.reporter === reporter && r.year === year && r.flow === flow && r.partner === partner
	)?.share_pct;

describe('a partner in the trade of a group', () => {
	it('has the fifteen former Soviet states, and a panel for each but the partner', () => {
		expect(group.members).toHaveLength(15);
		expect(model.panels).toHaveLength(14);
		expect(model.panels.map((p) => p.id)).not.toContain('rus');
		expect(model.notes.join(' ')).toContain('Russia is a member of the group and has no panel');
	});

	it('reads each member’s own list: Belarus’s 2009 exports to Russia as the CSV has them', () => {
		const blr = model.panels.find((p) => p.id === 'blr')!;
		const r2009 = blr.series.exports.find((r) => r.year === 2009)!;
		expect(r2009.status).toBe('listed');
		expect(r2009.value).toBe(csvShare('blr', 2009, 'exports', 'rus'));
		const row = model.rows.find((r) => r.key === 'blr-2009')!;
		expect(model.columns.find((c) => c.key === 'exports')!.value(row)).toBe(`${r2009.value}%`);
	});

	it('draws a list that leaves Russia out as a bound, and a mirror list’s omission as not reported', () => {
		const reads = model.panels.flatMap((p) => [...p.series.exports, ...p.series.imports]);
		const below = reads.filter((r) => r.status === 'below');
		expect(below.length).toBeGreaterThan(0);
		for (const r of below) {
			const own = d.worldShares.filter(
				(s) => s.reporter === r.key.split('-')[0] && s.year === r.year && s.flow === r.flow
			);
			expect(own.some((s) => s.partner === 'rus')).toBe(false);
			expect(r.value).toBe(Math.min(...own.map((s) => s.share_pct as number)));
		}
		// Belarus's 2023 export list is a top-five list from other countries' data: Russia, which
		// stopped publishing in 2022, cannot be in it, so its absence is a reporting blackout
		const b23 = model.panels
			.find((p) => p.id === 'blr')!
			.series.exports.find((r) => r.year === 2023)!;
		expect(b23.status).toBe('reporting blackout');
		expect(b23.blackout).toEqual({ stopped: 2022 });
		expect(b23.value).toBeNull();
	});

	it('shares one scale across panels, above every share and bound drawn', () => {
		const drawn = model.panels.flatMap((p) =>
			[...p.series.exports, ...p.series.imports].flatMap((r) => [r.value, r.bound ?? null])
		);
		expect(model.max).toBe(Math.max(...drawn.filter((v): v is number => v !== null)));
		expect(model.top).toBeGreaterThanOrEqual(model.max);
		expect(model.top % 10).toBe(0);
	});

	it('gives a partner outside the group a panel for every member', () => {
		const m = groupModel(
			group,
			{ id: 'chn', name: 'China' },
			group.members.map((x) => file(x.id)),
			(ids) => ids.join('; ')
		);
		expect(m.panels).toHaveLength(15);
		expect(m.description).toMatch(/^China’s share of the exports and imports of each member/);
	});
});

describe('the panel grid', () => {
	it('lays two columns on a phone and three or four on a desktop, rows as needed', () => {
		expect(panelGrid(280, true, 14)).toMatchObject({ cols: 2, rows: 7 });
		expect(panelGrid(700, false, 14)).toMatchObject({ cols: 3, rows: 5 });
		expect(panelGrid(900, false, 14)).toMatchObject({ cols: 4, rows: 4 });
		const g = panelGrid(700, false, 14);
		// panels tile the width exactly, with gaps between them
		expect(g.cols * g.panelW + (g.cols - 1) * g.gapX).toBeCloseTo(700);
		expect(panelOrigin(g, 4)).toEqual({
			x: g.panelW + g.gapX,
			y: g.titleH * 2 + g.plotH + g.axisH + g.gapY
		});
		expect(g.height).toBe(5 * (g.titleH + g.plotH + g.axisH) + 4 * g.gapY);
	});
});
