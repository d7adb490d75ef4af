/**
 * The worked examples on /about: every formula the atlas uses, computed from the committed rows with
 * the helpers the charts use (derive.ts, claims.ts, oil.ts), and written out with the actual
 * numbers and the source ids of the rows they come from. Nothing here is typed in: a changed row
 * changes the example, and an example that disagrees with its derived CSV row stops the build.
 */
import type { ClaimRecord, FactbookRecord, OilRecord, TurnoverRecord } from '$lib/data/datasets';
import {
	bilateralTurnover,
	hhi,
	shareOfOtherTurnoverPct,
	turnoverSharePct
} from '$lib/data/derive';
import { checkClaim, turnoverBound } from '$lib/data/claims';
import { altCargoes, concentration, hhiText, periodOf, russianDelivered } from '$lib/data/oil';
import { partialDate, pct } from '$lib/charts/format';

/** One input of a formula: what it is, its value as recorded, and the rows' sources. */
export interface Term {
	symbol: string;
	label: string;
	value: string;
	sourceIds: string[];
}

export interface WorkedExample {
	id: 'turnover-share' | 'share-of-other' | 'unlisted-bound' | 'oil-non-russian' | 'hhi';
	title: string;
	/** The formula in symbols. */
	formula: string;
	/** What the symbols stand for, in words. */
	meaning: string;
	terms: Term[];
	/** The arithmetic, one step a line, with the numbers of the terms. */
	steps: string[];
	result: string;
	/** Where the result is kept or shown, and how it compares. */
	note: string;
	sourceIds: string[];
}

const num = (n: number) => String(n);
/** Tonnes written out in full, as the rows record them: 1040000 → "1,040,000 t". */
const tonnes = (t: number) => `${t.toLocaleString('en-GB')} t`;
const uniq = (ids: readonly string[]) => [...new Set(ids)].sort();
const round = (n: number, digits: number) => Number(n.toFixed(digits));

function fbRow(
	fb: readonly FactbookRecord[],
	year: number,
	reporter: string,
	flow: 'exports' | 'imports',
	measure: 'partner_share' | 'total',
	partner: string
): FactbookRecord {
	const r = fb.find(
		(x) =>
			x.year === year &&
			x.reporter === reporter &&
			x.flow === flow &&
			x.measure === measure &&
			x.partner === partner
	);
	if (!r)
		throw new Error(`factbook_trade.csv: no ${reporter} ${flow} ${measure} ${partner} for ${year}`);
	return r;
}

/** Russia's share of Belarus's turnover, and Belarus's share of Russia's, for one year. */
function turnoverExamples(
	year: number,
	fb: readonly FactbookRecord[],
	turnover: readonly TurnoverRecord[]
): WorkedExample[] {
	const sx = fbRow(fb, year, 'Belarus', 'exports', 'partner_share', 'Russia');
	const sm = fbRow(fb, year, 'Belarus', 'imports', 'partner_share', 'Russia');
	const x = fbRow(fb, year, 'Belarus', 'exports', 'total', 'World');
	const m = fbRow(fb, year, 'Belarus', 'imports', 'total', 'World');
	const xr = fbRow(fb, year, 'Russia', 'exports', 'total', 'World');
	const mr = fbRow(fb, year, 'Russia', 'imports', 'total', 'World');
	const inputs = {
		exportsSharePct: sx.value,
		importsSharePct: sm.value,
		exportsUsdBn: x.value,
		importsUsdBn: m.value
	};
	const ex = (sx.value / 100) * x.value;
	const im = (sm.value / 100) * m.value;
	const bilateral = bilateralTurnover(inputs);
	const share = round(turnoverSharePct(inputs), 2);
	const other = round(shareOfOtherTurnoverPct(bilateral, xr.value, mr.value), 2);
	const rowBy = turnover.find((t) => t.year === year && t.reporter === 'Belarus');
	const rowRu = turnover.find((t) => t.year === year && t.reporter === 'Russia');
	if (!rowBy || rowBy.turnover_share_pct !== share)
		throw new Error(`trade_turnover.csv ${year} Belarus row disagrees with the worked example`);
	if (!rowRu || rowRu.turnover_share_pct !== other)
		throw new Error(`trade_turnover.csv ${year} Russia row disagrees with the worked example`);
	const term = (symbol: string, label: string, r: FactbookRecord): Term => ({
		symbol,
		label: `${label} (${r.edition} edition)`,
		value: r.unit === '%' ? `${num(r.value)}%` : `$${num(r.value)} bn`,
		sourceIds: [...r.source_id]
	});
	const byTerms = [
		term('s_x', `Russia’s share of Belarus’s exports, ${year}`, sx),
		term('X', `Belarus’s exports, ${year}`, x),
		term('s_m', `Russia’s share of Belarus’s imports, ${year}`, sm),
		term('M', `Belarus’s imports, ${year}`, m)
	];
	const b3 = round(bilateral, 3);
	const t3 = round(x.value + m.value, 3);
	const byIds = uniq([sx, sm, x, m].flatMap((r) => r.source_id));
	return [
		{
			id: 'turnover-share',
			title: 'Russia’s share of Belarus’s turnover',
			formula: 'share = (s_x × X + s_m × M) / (X + M)',
			meaning:
				'Belarus’s trade with Russia (Russia’s share of each flow times the flow) over all of Belarus’s exports and imports. The shares and totals are Belarus’s own figures as the Factbook prints them.',
			terms: byTerms,
			steps: [
				`(${num(sx.value)}% × ${num(x.value)} + ${num(sm.value)}% × ${num(m.value)}) / (${num(x.value)} + ${num(m.value)})`,
				`= (${round(ex, 3)} + ${round(im, 3)}) / ${t3}`,
				`= ${b3} / ${t3}`,
				`= ${share}%`
			],
			result: `${share}%`,
			note: `trade_turnover.csv, ${year}, reporter Belarus: turnover_share_pct = ${rowBy.turnover_share_pct}, bilateral_turnover_usd_bn = ${rowBy.bilateral_turnover_usd_bn}, coverage ${rowBy.coverage}.`,
			sourceIds: byIds
		},
		{
			id: 'share-of-other',
			title: 'Belarus’s share of Russia’s turnover',
			formula: 'share = (s_x × X + s_m × M) / (X_ru + M_ru)',
			meaning:
				'The same bilateral trade, as Belarus reports it, over Russia’s exports and imports. Russia’s own figures for trade with Belarus differ from Belarus’s; this series uses one side’s flows throughout.',
			terms: [
				...byTerms,
				term('X_ru', `Russia’s exports, ${year}`, xr),
				term('M_ru', `Russia’s imports, ${year}`, mr)
			],
			steps: [
				`${b3} / (${num(xr.value)} + ${num(mr.value)})`,
				`= ${b3} / ${round(xr.value + mr.value, 3)}`,
				`= ${other}%`
			],
			result: `${other}%`,
			note: `trade_turnover.csv, ${year}, reporter Russia: turnover_share_pct = ${rowRu.turnover_share_pct}.`,
			sourceIds: uniq([...byIds, ...xr.source_id, ...mr.source_id])
		}
	];
}

/** The bound Russia's own partner lists put on Belarus's share when they leave Belarus out. */
function boundExample(
	claims: readonly ClaimRecord[],
	fb: readonly FactbookRecord[],
	turnover: readonly TurnoverRecord[],
	preferredYear: number
): WorkedExample | null {
	const years = [preferredYear, ...[...new Set(fb.map((r) => r.year))].sort((a, b) => b - a)];
	for (const year of years) {
		const b = turnoverBound(fb, year, 'Russia', 'Belarus');
		if (!b) continue;
		const claim = claims.find(
			(c) => c.year === year && c.reporter === 'Russia' && c.partner === 'Belarus'
		);
		const verdict = claim ? checkClaim(claim, turnover, fb) : null;
		const tx = fbRow(fb, year, 'Russia', 'exports', 'total', 'World');
		const tm = fbRow(fb, year, 'Russia', 'imports', 'total', 'World');
		const smallestX = fbRow(
			fb,
			year,
			'Russia',
			'exports',
			'partner_share',
			b.exports.smallestListed
		);
		const smallestM = fbRow(
			fb,
			year,
			'Russia',
			'imports',
			'partner_share',
			b.imports.smallestListed
		);
		const against = b.contradicted;
		let note = against.length
			? `Russia’s ${year} lists name no Belarus, but Belarus’s own report puts it above the smallest share in ${against
					.map(
						(c) =>
							`Russia’s ${c.flow} (${num(c.pct)}% against ${num(c.boundPct)}%: ${c.computation})`
					)
					.join(
						' and '
					)}. A list that leaves out a partner the partner’s own figures place above its smallest entry sets no ceiling: the bound below is contradicted and rules nothing out.`
			: `Russia’s ${year} lists name no Belarus, so Belarus is below the smallest share on each list; Belarus’s own report does not contradict that.`;
		if (claim && verdict && verdict.status !== 'no data')
			note += ` The source article’s “${claim.qualifier ? claim.qualifier + ' ' : ''}${num(claim.value_pct)}%” for ${year} is ${
				verdict.status === 'ruled out'
					? `ruled out: even ${round(claim.value_pct * (1 - claim.tolerance_rel), 2)}% (${Math.round(claim.tolerance_rel * 100)}% below it) is above the bound`
					: verdict.status === 'consistent'
						? 'consistent with the derived value'
						: 'not consistent with the derived value'
			}; the derived share is ${verdict.derived}%.`;
		return {
			id: 'unlisted-bound',
			title:
				'Upper bound on Belarus’s share of Russia’s turnover from Russia’s own lists, tested against Belarus’s report',
			formula: 'share < (b_x × X_ru + b_m × M_ru) / (X_ru + M_ru)',
			meaning:
				'When Russia’s export and import partner lists leave Belarus out, Belarus is below the smallest share each list gives (b_x, b_m); weighting those by Russia’s totals bounds its share of Russia’s turnover.',
			terms: [
				{
					symbol: 'b_x',
					label: `smallest share on Russia’s ${year} export list (${b.exports.smallestListed})`,
					value: `${num(b.exports.maxPct)}%`,
					sourceIds: [...smallestX.source_id]
				},
				{
					symbol: 'X_ru',
					label: `Russia’s exports, ${year}`,
					value: `$${num(tx.value)} bn`,
					sourceIds: [...tx.source_id]
				},
				{
					symbol: 'b_m',
					label: `smallest share on Russia’s ${year} import list (${b.imports.smallestListed})`,
					value: `${num(b.imports.maxPct)}%`,
					sourceIds: [...smallestM.source_id]
				},
				{
					symbol: 'M_ru',
					label: `Russia’s imports, ${year}`,
					value: `$${num(tm.value)} bn`,
					sourceIds: [...tm.source_id]
				}
			],
			steps: [
				b.computation,
				...against.map((c) => `Belarus’s report of Russia’s ${c.flow}: ${c.computation}`)
			],
			result: against.length
				? `no bound: contradicted by Belarus’s own report`
				: `below ${b.maxPct}%`,
			note,
			sourceIds: b.sourceIds
		};
	}
	return null;
}

/** The non-Russian share of the crude over the window both sides are documented, and its HHI. */
function oilExamples(rows: readonly OilRecord[]): WorkedExample[] {
	const c = concentration(rows);
	const byDate = (a: OilRecord, b: OilRecord) =>
		a.date_start.iso < b.date_start.iso ? -1 : a.date_start.iso > b.date_start.iso ? 1 : 0;
	const ru = russianDelivered(rows)
		.filter((r) => r.date_start.iso >= '2020-01' && r.date_start.iso <= '2020-04')
		.sort(byDate);
	const alt = altCargoes(rows).filter(
		(r) => r.status === 'confirmed' && r.date_start.iso < '2020-05'
	);
	const ruTerms: Term[] = ru.map((r) => ({
		symbol: 'R',
		label: `Russian crude delivered, ${periodOf(r.date_start, r.date_end)}`,
		value: tonnes(r.volume_t ?? 0),
		sourceIds: [...r.source_id]
	}));
	const altTerms: Term[] = alt.map((r) => ({
		symbol: 'A',
		label: `${r.origin} cargo${r.vessel ? ` (${r.vessel})` : ''}, ${partialDate(r.date_start)}`,
		value: tonnes(r.volume_t ?? 0),
		sourceIds: [...r.source_id]
	}));
	const russianT = ru.reduce((a, r) => a + (r.volume_t ?? 0), 0);
	const altT = alt.reduce((a, r) => a + (r.volume_t ?? 0), 0);
	if (russianT !== c.russianT || altT !== c.altT)
		throw new Error('about: the oil worked example disagrees with concentration()');
	const total = russianT + altT;
	const share = (altT / total) * 100;
	// suppliers of the window: Russia, then each origin of the named cargoes
	const byOrigin = new Map<string, number>();
	for (const r of alt) byOrigin.set(r.origin, (byOrigin.get(r.origin) ?? 0) + (r.volume_t ?? 0));
	const suppliers = [
		{ name: 'Russia', t: russianT },
		...[...byOrigin].map(([name, t]) => ({ name, t }))
	].map((s) => ({ ...s, pct: (s.t / total) * 100 }));
	const index = hhi(suppliers.map((s) => s.pct));
	if (Math.abs(index - c.hhiAll) > 1e-9)
		throw new Error('about: the HHI worked example disagrees with concentration()');
	const ids = uniq([...ru, ...alt].flatMap((r) => r.source_id));
	return [
		{
			id: 'oil-non-russian',
			title: 'Non-Russian share of Belarus’s crude, 2020',
			formula: 'share = ΣA / (ΣR + ΣA)',
			meaning: `Over ${c.window}, the only stretch for which both Russia’s deliveries (R) and the arrival dates of the non-Russian cargoes (A) are reported: the named non-Russian cargoes that arrived, over those plus Russia’s reported deliveries. Cargoes announced but not confirmed are left out, so this is a floor on what the sources name, not a full account.`,
			terms: [...ruTerms, ...altTerms],
			steps: [
				`${alt.map((r) => (r.volume_t ?? 0).toLocaleString('en-GB')).join(' + ')} = ${altT.toLocaleString('en-GB')} t`,
				`${altT.toLocaleString('en-GB')} / (${russianT.toLocaleString('en-GB')} + ${altT.toLocaleString('en-GB')})`,
				`= ${altT.toLocaleString('en-GB')} / ${total.toLocaleString('en-GB')}`,
				`= ${pct(share, 1)}`
			],
			result: pct(share, 1),
			note: 'Shown on /oil beside two other estimates (the April refinery intake less Russia’s April deliveries, and a share an official stated in words).',
			sourceIds: ids
		},
		{
			id: 'hhi',
			title: 'Supplier concentration (Herfindahl–Hirschman index)',
			formula: 'HHI = Σ sᵢ², with sᵢ each supplier’s share in %',
			meaning:
				'The sum of the squared shares of the suppliers: 10,000 when one supplier provides everything, lower as supply spreads. Over the same window and the same tonnes as the share above.',
			terms: suppliers.map((s) => ({
				symbol: `s(${s.name})`,
				label: `${s.name}: ${s.t.toLocaleString('en-GB')} t of ${total.toLocaleString('en-GB')} t`,
				value: pct(s.pct, 1),
				sourceIds: uniq(
					(s.name === 'Russia' ? ru : alt.filter((r) => r.origin === s.name)).flatMap(
						(r) => r.source_id
					)
				)
			})),
			steps: [
				suppliers.map((s) => `${s.pct.toFixed(1)}²`).join(' + '),
				`= ${suppliers.map((s) => (s.pct * s.pct).toFixed(0)).join(' + ')}`,
				`≈ ${hhiText(index)}`
			],
			result: hhiText(index),
			note: `Computed from the unrounded shares and shown to three significant figures, the precision of the tonnages. Among the non-Russian cargoes of the whole year alone, the index is ${hhiText(c.hhiAlt)}.`,
			sourceIds: ids
		}
	];
}

export function workedExamples(
	d: {
		factbook: readonly FactbookRecord[];
		turnover: readonly TurnoverRecord[];
		claims: readonly ClaimRecord[];
		oil: readonly OilRecord[];
	},
	year: number
): WorkedExample[] {
	const bound = boundExample(d.claims, d.factbook, d.turnover, year);
	return [
		...turnoverExamples(year, d.factbook, d.turnover),
		...(bound ? [bound] : []),
		...oilExamples(d.oil)
	];
}
