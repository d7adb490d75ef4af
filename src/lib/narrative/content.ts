/**
 * Narrative copy lives in src/content/*.md as plain prose: "## Title {#id}" starts a panel,
 * blank lines separate paragraphs. Figures in the prose are never typed in by hand: they are
 * tokens resolved against data/ at build time, so the text cannot drift from the data.
 *
 *   {{fb:Belarus:exports:Russia:2008}}  a Factbook partner share, as recorded ("32.2%")
 *   {{turnover:Belarus:2009}}           a derived turnover share ("46.6%")
 *   {{value:2023:Russia:total}}         a reported bilateral value ("$46.5 bn")
 *   {{gas:2016:paid}}                   a gas price by year and series ("$73")
 *   {{oil:2020-01-23:Norway}}           a 2020 oil volume by date and origin ("80,000 tonnes")
 *   {{turnover-low:Belarus}}            the lowest goods-only turnover share, with its year ("44.4% in 2011")
 *   {{turnover-high:Belarus}}           the highest, likewise
 *   {{bound:Russia:Belarus:2009}}       the partner's turnover share bound from the reporter's own lists ("4.2%")
 *   {{bound:Russia:Belarus:2009:exports}}  the same bound for one flow, as listed ("4.46%"); a
 *                                       bound the partner's own report contradicts fails the build
 *   {{smallest:Russia:Belarus:2009:exports}}  the smallest share on the reporter's list, a list fact ("4.01%")
 *   {{mirror:Russia:Belarus:2009:exports}}    the partner's own report as a share of the reporter's flow ("5.27%")
 *   {{share:Belarus:total:2022:Jan-Oct}}   a stated share from trade_shares, by period ("60%")
 *   {{claim:belarus-share-of-russia-trade-2009}}  a claim as the article puts it ("about 6%")
 *   {{oilfig:alt-confirmed-total}}      a figure derived from the 2020 oil rows (see oilFigures)
 *   {{stated:russian-energy-subsidies-2007-usd-bn}}  a stated figure, as its source qualifies it ("$5.8 bn")
 *   {{src:TASS_200602}}                 a source named in the text: its outlet, and the id cited
 *
 * An unknown panel id or a token that finds no row fails the build with the file and token named.
 */
import type { AtlasData, StatedFigureRecord } from '$lib/data/datasets';
import { pct, pctAsRecorded, tonnesLong, usdBnAsRecorded } from '$lib/charts/format';
import { partnerReport, turnoverBound } from '$lib/data/claims';
import { oilFigures } from '$lib/data/oil';

export interface Panel {
	id: string;
	title: string;
	paragraphs: string[];
	/** Source ids behind the figures quoted in the panel. */
	sourceIds: string[];
}

export class ContentError extends Error {}

const grouped = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 3 });

/**
 * A stated figure in words, no more precise than its source: qualifier, value (or range) and unit
 * ("about 12,000 troops", "$5.8 bn", "10–15% of GDP", "up to 200,000 personnel").
 */
export function statedText(f: StatedFigureRecord): string {
	const v =
		f.value_high === null ? grouped(f.value) : `${grouped(f.value)}–${grouped(f.value_high)}`;
	const money = /^(USD (bn|mn)|million USD)$/.exec(f.unit);
	const amount = money
		? `$${v} ${money[2] ?? 'mn'}`
		: f.unit.startsWith('%')
			? `${v}${f.unit}`
			: `${v} ${f.unit}`;
	return f.qualifier ? `${f.qualifier} ${amount}` : amount;
}

function resolveToken(token: string, d: AtlasData, ids: Set<string>): string {
	const [kind, ...args] = token.split(':');
	if (kind === 'fb' && args.length === 4) {
		const [reporter, flow, partner, year] = args;
		const r = d.factbook.find(
			(f) =>
				f.reporter === reporter &&
				f.flow === flow &&
				f.partner === partner &&
				f.year === Number(year) &&
				f.measure === 'partner_share'
		);
		if (r) {
			r.source_id.forEach((i) => ids.add(i));
			return pctAsRecorded(r.value);
		}
	}
	// a share in a world partner list: {{world:<reporter id>:<flow>:<partner id>:<year>}}
	if (kind === 'world' && args.length === 4) {
		const [reporter, flow, partner, year] = args;
		const r = d.worldShares.find(
			(w) =>
				w.reporter === reporter &&
				w.flow === flow &&
				w.partner === partner &&
				w.year === Number(year) &&
				w.share_pct !== null
		);
		if (r && r.share_pct !== null) {
			ids.add(`CIAFB_${r.edition}`);
			return pctAsRecorded(r.share_pct);
		}
	}
	if (kind === 'turnover' && args.length === 2) {
		const [reporter, year] = args;
		const r = d.turnover.find((t) => t.reporter === reporter && t.year === Number(year));
		if (r) {
			r.source_id.forEach((i) => ids.add(i));
			return pct(r.turnover_share_pct, 1);
		}
	}
	if ((kind === 'turnover-low' || kind === 'turnover-high') && args.length === 1) {
		const rows = d.turnover
			.filter((t) => t.reporter === args[0] && t.coverage === 'goods')
			.sort((a, b) => a.turnover_share_pct - b.turnover_share_pct);
		const r = kind === 'turnover-low' ? rows[0] : rows[rows.length - 1];
		if (r) {
			r.source_id.forEach((i) => ids.add(i));
			return `${pct(r.turnover_share_pct, 1)} in ${r.year}`;
		}
	}
	if ((kind === 'bound' || kind === 'smallest') && (args.length === 3 || args.length === 4)) {
		const [reporter, partner, year, flow] = args as [string, string, string, string?];
		const b = turnoverBound(d.factbook, Number(year), reporter, partner);
		if (b && (flow === undefined || flow === 'exports' || flow === 'imports')) {
			// a bound the partner's own report contradicts is no bound: it cannot be quoted as one
			const against = b.contradicted.filter((c) => flow === undefined || c.flow === flow);
			if (kind === 'bound' && against.length > 0)
				throw new ContentError(
					`{{${token}}} quotes a bound that ${partner}’s own report contradicts (${against.map((c) => `${c.flow}: ${c.pct}% > ${c.boundPct}%`).join(', ')}); quote {{smallest:…}} and {{mirror:…}} instead`
				);
			b.sourceIds.forEach((i) => ids.add(i));
			if (kind === 'smallest' && flow) return pctAsRecorded(b[flow].maxPct);
			if (kind === 'bound') return flow ? pctAsRecorded(b[flow].maxPct) : pct(b.maxPct, 1);
		}
	}
	if (kind === 'mirror' && args.length === 4) {
		const [reporter, partner, year, flow] = args as [string, string, string, string];
		if (flow === 'exports' || flow === 'imports') {
			const r = partnerReport(d.factbook, Number(year), reporter, partner, flow);
			if (r) {
				r.sourceIds.forEach((i) => ids.add(i));
				return pctAsRecorded(r.pct);
			}
		}
	}
	if (kind === 'share' && args.length === 4) {
		const [reporter, flow, year, period] = args;
		const r = d.shares.find(
			(s) =>
				s.reporter === reporter &&
				s.flow === flow &&
				s.year === Number(year) &&
				s.period === period &&
				s.kind !== 'article claim'
		);
		if (r) {
			r.source_id.forEach((i) => ids.add(i));
			return `${r.qualifier ? `${r.qualifier} ` : ''}${pctAsRecorded(r.value_pct)}`;
		}
	}
	if (kind === 'claim' && args.length === 1) {
		const c = d.claims.find((x) => x.id === args[0]);
		if (c) {
			c.source_id.forEach((i) => ids.add(i));
			return `${c.qualifier ? `${c.qualifier} ` : ''}${pctAsRecorded(c.value_pct)}`;
		}
	}
	if (kind === 'value' && args.length === 3) {
		const [year, side, flow] = args;
		const r = d.values.find(
			(v) =>
				v.year === Number(year) &&
				v.reported_by === side &&
				v.flow === flow &&
				v.partner !== 'World'
		);
		if (r) {
			r.source_id.forEach((i) => ids.add(i));
			return usdBnAsRecorded(r.value_usd_bn, r.qualifier);
		}
	}
	if (kind === 'gas' && args.length === 2) {
		const [year, series] = args;
		const r = d.gasPrices.find((g) => g.year === Number(year) && g.series === series);
		if (r) {
			r.source_id.forEach((i) => ids.add(i));
			return `$${r.price_usd_per_1000m3}`;
		}
	}
	if (kind === 'oil' && args.length === 2) {
		const [date, origin] = args;
		const r = d.oil.find(
			(o) => o.date_start.iso === date && o.origin === origin && o.volume_t !== null
		);
		if (r && r.volume_t !== null) {
			r.source_id.forEach((i) => ids.add(i));
			return tonnesLong(r.volume_t);
		}
	}
	if (kind === 'oilfig' && args.length === 1) {
		const f = oilFigures(d.oil)[args[0] as string];
		if (f) {
			f.sourceIds.forEach((i) => ids.add(i));
			return f.text;
		}
	}
	if (kind === 'stated' && args.length === 1) {
		const f = d.stated.find((x) => x.id === args[0]);
		if (f) {
			f.source_id.forEach((i) => ids.add(i));
			return statedText(f);
		}
	}
	if (kind === 'src' && args.length === 1) {
		const s = d.sources.find((x) => x.id === args[0]);
		if (s) {
			ids.add(s.id);
			return s.outlet;
		}
	}
	throw new ContentError(`no data row for {{${token}}}`);
}

/**
 * One paragraph of prose: lines joined, every {{token}} replaced by its figure, and the source ids
 * behind those figures added to `ids`. A token that finds no row fails with the file named.
 */
export function resolveParagraph(
	file: string,
	block: string,
	d: AtlasData,
	ids: Set<string>
): string {
	return block
		.trim()
		.replace(/\s*\n\s*/g, ' ')
		.replace(/\{\{([^}]+)\}\}/g, (_, t: string) => {
			try {
				return resolveToken(t.trim(), d, ids);
			} catch (e) {
				throw new ContentError(`${file}: ${(e as Error).message}`);
			}
		});
}

export function parseContent(file: string, text: string, d: AtlasData): Panel[] {
	const panels: Panel[] = [];
	let current: { panel: Panel; ids: Set<string> } | null = null;
	const blocks = text.replace(/\r\n/g, '\n').split(/\n\s*\n/);
	for (const raw of blocks) {
		const block = raw.trim();
		if (!block) continue;
		const h = /^## (.+?) \{#([a-z0-9-]+)\}$/.exec(block);
		if (h) {
			current = {
				panel: { id: h[2] as string, title: h[1] as string, paragraphs: [], sourceIds: [] },
				ids: new Set()
			};
			panels.push(current.panel);
			continue;
		}
		if (!current) throw new ContentError(`${file}: text before the first "## Title {#id}" heading`);
		current.panel.paragraphs.push(resolveParagraph(file, block, d, current.ids));
		current.panel.sourceIds = [...current.ids];
	}
	return panels;
}

/** Several panels by id, typed by the ids asked for; a missing one fails the build. */
export function panelsById<const K extends string>(
	panels: readonly Panel[],
	ids: readonly K[],
	file: string
): Record<K, Panel> {
	return Object.fromEntries(ids.map((id) => [id, panelById(panels, id, file)])) as Record<K, Panel>;
}

export function panelById(panels: readonly Panel[], id: string, file: string): Panel {
	const p = panels.find((x) => x.id === id);
	if (!p) throw new ContentError(`${file}: no panel {#${id}}`);
	return p;
}
