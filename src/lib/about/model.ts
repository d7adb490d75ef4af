/**
 * Everything /about shows, computed at build time from data/: the worked examples, what is missing
 * (counted from the rows), the derived datasets, the citation texts and the source table. Pure: the
 * data, the data version and the site address come in as arguments.
 */
import { citedIds } from '$lib/server/chartPage';
import { GRADES } from '$lib/data/datasets';
import { DATASETS, type AtlasData, type SourceRecord } from '$lib/data/datasets';
import { unconfirmedAltCargoes } from '$lib/data/oil';
import { GOODS_AND_SERVICES_FROM_EDITION } from '$lib/data/factbook';
import { permalinkFor } from '$lib/site';
import { bibField } from '$lib/charts/cite';
import { workedExamples, type WorkedExample } from './formulas';
import { ARTICLE } from './article';

export interface Version {
	hash: string;
	date: string;
	description: string;
}

export interface SourceRow {
	id: string;
	outlet: string;
	title: string;
	date: string;
	href: string | null;
	mirrorHref: string | null;
	/** Where to look, shown only when there is no address. */
	locator: string;
	confidence: string;
}

export interface Missing {
	/** Last data year Belarus's own partner list (with Russia) appears in the Factbook. */
	lastReportedYear: number;
	lastReportedEdition: number;
	/** Data years whose Belarus partner list comes from mirror data without Russia. */
	mirrorYears: number[];
	mirrorEditions: number[];
	/** The first edition whose totals cover goods and services (the extraction rule). */
	firstServicesEdition: number;
	/** Data years whose totals in factbook_trade.csv cover goods and services. */
	servicesYears: number[];
	mixedYears: number[];
	/** Rows with at least one date known only to the month, per dataset. */
	monthOnly: { dataset: string; rows: number; of: number }[];
	oilStatus: { status: string; rows: number }[];
	unconfirmedCargoes: number;
	gasNotPaid: { series: string; rows: number }[];
	grades: { grade: string; sources: number }[];
	articleClaimIds: string[];
}

export interface Citation {
	atlasText: string;
	atlasBibtex: string;
	chartText: string;
	chartBibtex: string;
	chartUrl: string;
}

export interface AboutPage {
	version: Version;
	siteUrl: string;
	year: number;
	examples: WorkedExample[];
	missing: Missing;
	datasets: { name: string; title: string; rows: number; producedBy: string; derived: boolean }[];
	citation: Citation;
	article: typeof ARTICLE;
	/** The article's numeric claims, as claims.csv records them. */
	claims: { id: string; text: string; value: string; year: number }[];
	/** First and last Factbook edition the trade rows come from. */
	editions: { first: number; last: number };
	/** The sources this page cites, in the order of sources.csv. */
	sources: SourceRow[];
	/** How many sources the atlas has in all (the sources dataset lists them). */
	sourceCount: number;
}

export function sourceRows(sources: readonly SourceRecord[]): SourceRow[] {
	return sources.map((s) => ({
		id: s.id,
		outlet: s.outlet,
		title: s.title ?? '',
		date: s.date,
		href: s.address,
		mirrorHref: s.mirror_url,
		locator: s.address || s.mirror_url ? '' : (s.locator ?? ''),
		confidence: s.confidence
	}));
}

const uniqSorted = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);

export function missing(d: AtlasData): Missing {
	const byRussia = d.factbook.filter(
		(r) =>
			r.reporter === 'Belarus' &&
			r.measure === 'partner_share' &&
			r.partner === 'Russia' &&
			r.basis === 'reported'
	);
	const last = byRussia.reduce((a, b) => (b.year > a.year ? b : a));
	const mirror = d.factbook.filter(
		(r) => r.reporter === 'Belarus' && r.basis === 'top five (mirror data)'
	);
	const services = d.factbook.filter((r) => r.coverage === 'goods and services');
	const monthCount = <T>(name: string, rows: readonly T[], dates: (r: T) => unknown[]) => ({
		dataset: name,
		rows: rows.filter((r) =>
			dates(r).some((x) => (x as { precision?: string } | null)?.precision === 'month')
		).length,
		of: rows.length
	});
	const statuses = [...new Set(d.oil.map((r) => r.status))];
	return {
		lastReportedYear: last.year,
		lastReportedEdition: last.edition,
		mirrorYears: uniqSorted(mirror.map((r) => r.year)),
		mirrorEditions: uniqSorted(mirror.map((r) => r.edition)),
		firstServicesEdition: GOODS_AND_SERVICES_FROM_EDITION,
		servicesYears: uniqSorted(services.map((r) => r.year)),
		mixedYears: uniqSorted(d.turnover.filter((r) => r.coverage === 'mixed').map((r) => r.year)),
		monthOnly: [
			monthCount('timeline', d.timeline, (r) => [r.date]),
			monthCount('energy_disputes', d.disputes, (r) => [r.start_date, r.end_date]),
			monthCount('gas_prices', d.gasPrices, (r) => [r.period_start, r.period_end]),
			monthCount('oil_imports_2020', d.oil, (r) => [r.date_start, r.date_end])
		],
		oilStatus: statuses
			.filter((s) => s !== 'confirmed')
			.map((status) => ({ status, rows: d.oil.filter((r) => r.status === status).length })),
		unconfirmedCargoes: unconfirmedAltCargoes(d.oil).length,
		gasNotPaid: (['offer', 'forecast'] as const).map((series) => ({
			series,
			rows: d.gasPrices.filter((r) => r.series === series).length
		})),
		grades: GRADES.map((grade) => ({
			grade,
			sources: d.sources.filter((s) => s.confidence === grade).length
		})),
		articleClaimIds: [...new Set(d.claims.flatMap((c) => [...c.source_id]))]
	};
}

/** BibTeX fields in ASCII punctuation, % & # _ $ escaped (shared with the charts' citations). */
const bib = bibField;

export function citation(siteUrl: string, version: Version, year: number): Citation {
	const y = version.date.slice(0, 4);
	const v = `version ${version.hash} (${version.date})`;
	const atlasText = `Dependence Atlas contributors (${y}). Dependence Atlas: how economically dependent Belarus is on Russia, with sources. Data ${v}. ${siteUrl}`;
	const atlasBibtex = [
		`@misc{dependence_atlas_${version.hash},`,
		`  author       = {{Dependence Atlas contributors}},`,
		`  title        = {Dependence Atlas: how economically dependent Belarus is on Russia, with sources},`,
		`  year         = {${y}},`,
		`  howpublished = {\\url{${siteUrl}}},`,
		`  note         = {${bib(`Data version ${version.hash}, ${version.date}`)}}`,
		`}`
	].join('\n');
	const chartUrl = permalinkFor('/trade', `asym.year=${year}`, siteUrl);
	const chartTitle = `Russia’s share of Belarus’s trade against Belarus’s share of Russia’s, ${year}`;
	const chartText = `Dependence Atlas contributors (${y}). “${chartTitle}” [chart trade-asymmetry]. Dependence Atlas, data ${v}. ${chartUrl}`;
	const chartBibtex = [
		`@misc{dependence_atlas_trade_asymmetry_${year}_${version.hash},`,
		`  author       = {{Dependence Atlas contributors}},`,
		`  title        = {${bib(chartTitle)}},`,
		`  year         = {${y}},`,
		`  howpublished = {\\url{${chartUrl}}},`,
		`  note         = {${bib(`Chart trade-asymmetry, Dependence Atlas, data version ${version.hash}, ${version.date}`)}}`,
		`}`
	].join('\n');
	return { atlasText, atlasBibtex, chartText, chartBibtex, chartUrl };
}

/** The year of the worked trade examples: the year of the source article's claims. */
export function exampleYear(d: AtlasData): number {
	const c = d.claims.find((x) => x.reporter === 'Belarus' && x.partner === 'Russia');
	if (!c) throw new Error('claims.csv: no claim about Russia’s share of Belarus’s trade');
	return c.year;
}

const HAND_WRITTEN = /written by hand/;

export function aboutPage(d: AtlasData, version: Version, siteUrl: string): AboutPage {
	const year = exampleYear(d);
	const page = {
		version,
		siteUrl,
		year,
		examples: workedExamples(d, year),
		missing: missing(d),
		datasets: DATASETS.map((s) => ({
			name: s.name,
			title: s.title,
			rows: d.rowCounts[s.name] ?? 0,
			producedBy: s.producedBy,
			derived: !HAND_WRITTEN.test(s.producedBy)
		})),
		citation: citation(siteUrl, version, year),
		article: ARTICLE,
		claims: d.claims.map((c) => ({
			id: c.id,
			text: c.claim,
			value: `${c.qualifier ? c.qualifier + ' ' : ''}${c.value_pct}%`,
			year: c.year
		})),
		editions: {
			first: Math.min(...d.factbook.map((r) => r.edition)),
			last: Math.max(...d.factbook.map((r) => r.edition))
		}
	};
	// The table lists the sources this page cites (its worked examples, what is missing, the
	// article and its references); every source the atlas uses is in the sources dataset.
	const cited = new Set([
		...citedIds(page),
		...page.missing.articleClaimIds,
		...d.sources
			.filter((s) => s.kind === 'article claim' || s.kind === 'article reference')
			.map((s) => s.id)
	]);
	return {
		...page,
		sources: sourceRows(d.sources.filter((s) => cited.has(s.id))),
		sourceCount: d.sources.length
	};
}
