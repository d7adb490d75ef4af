/**
 * The atlas's own series a reader can put beside theirs: Factbook partner shares between Belarus
 * and Russia and the derived turnover shares, each point with its source id. Built at build time
 * into /explore/ours.json (never in the page's HTML).
 */
import type { AtlasData } from '$lib/data/datasets';

export interface OurSeries {
	id: string;
	label: string;
	unit: string;
	dataset: string;
	points: { x: number; y: number; source: string }[];
	/** Every source id the points cite. */
	sources: string[];
}

const PAIRS = [
	['Belarus', 'Russia'],
	['Russia', 'Belarus']
] as const;
const possessive = (c: string) => `${c}’s`;

export interface OursFile {
	series: OurSeries[];
	/** Source id → how the atlas names it (outlet). */
	sources: Record<string, string>;
}

export function oursFile(data: AtlasData): OursFile {
	const series = ourSeries(data);
	const used = new Set(series.flatMap((s) => s.sources));
	const sources: Record<string, string> = {};
	for (const s of data.sources) if (used.has(s.id)) sources[s.id] = s.outlet;
	return { series, sources };
}

export function ourSeries(data: AtlasData): OurSeries[] {
	const out: OurSeries[] = [];
	for (const [reporter, partner] of PAIRS)
		for (const flow of ['exports', 'imports'] as const) {
			const rows = data.factbook
				.filter(
					(r) =>
						r.reporter === reporter &&
						r.partner === partner &&
						r.flow === flow &&
						r.measure === 'partner_share'
				)
				.sort((a, b) => a.year - b.year);
			if (rows.length === 0) continue;
			out.push(
				finish({
					id: `fb-${reporter.slice(0, 3).toLowerCase()}-${partner.slice(0, 3).toLowerCase()}-${flow}`,
					label: `${possessive(partner)} share of ${possessive(reporter)} ${flow} (CIA World Factbook)`,
					unit: '%',
					dataset: 'factbook_trade',
					points: rows.map((r) => ({ x: r.year, y: r.value, source: r.source_id.join(';') }))
				})
			);
		}
	for (const [reporter, partner] of PAIRS) {
		const rows = data.turnover
			.filter((r) => r.reporter === reporter && r.partner === partner)
			.sort((a, b) => a.year - b.year);
		if (rows.length === 0) continue;
		out.push(
			finish({
				id: `to-${reporter.slice(0, 3).toLowerCase()}-${partner.slice(0, 3).toLowerCase()}`,
				label: `${possessive(partner)} share of ${possessive(reporter)} trade turnover (derived from the Factbook)`,
				unit: '%',
				dataset: 'trade_turnover',
				points: rows.map((r) => ({
					x: r.year,
					y: r.turnover_share_pct,
					source: r.source_id.join(';')
				}))
			})
		);
	}
	return out;
}

function finish(s: Omit<OurSeries, 'sources'>): OurSeries {
	const ids = new Set<string>();
	for (const p of s.points) for (const id of p.source.split(';')) ids.add(id.trim());
	return { ...s, sources: [...ids] };
}
