/**
 * data/raw/research/SOURCES.md → data/sources.csv. Takes each source's id, outlet, title, address,
 * date and confidence grade. The quoted passages stay in the raw file: the dashboard cites sources,
 * it does not republish their text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyCorrections, CURATED_DIR, RAW_DIR, RESEARCH_DIR, writeCsv, type Cell } from './lib';
import { CORRECTIONS } from './corrections';
import { FACTBOOK_RAW } from './factbook-trade';
import { parseFactbookTsv } from '../../src/lib/data/factbook';
import { SOURCE_KINDS, type SourceKind } from '../../src/lib/data/datasets';
import { WORLD_TSV, worldInput } from './world-input';
import { WORLD_TABLES_SOURCE } from './world-countries';

export type Kind = SourceKind;

/** Kinds that the outlet text alone does not tell; everything else is a news report. */
const KIND_BY_ID: Record<string, Kind> = {
	ARTICLE_CLAIM: 'article claim',
	MASHKO: 'academic',
	GLOBAFF_2006: 'academic',
	TDM_2021: 'data aggregator',
	NATENC_2000: 'reference work',
	BRIT_2009: 'reference work',
	WIKI_BELOVEZHA: 'reference work',
	WIKI_MILK: 'reference work',
	UN_A54666: 'official statement or report',
	CISLEG_981225: 'official statement or report',
	EEC_140529: 'official statement or report',
	POSTKOM: 'official statement or report',
	UDF_MFA2013: 'official statement or report',
	MOTOLKO_MFA2021: 'official statement or report'
};

function kindNamed(text: string, id: string): Kind {
	const k = SOURCE_KINDS.find((x) => x === text);
	if (!k) throw new Error(`sources: ${id} has an unknown kind "${text}"`);
	return k;
}

export function kindOf(id: string): Kind {
	if (id.startsWith('CIAFB_')) return 'statistical compilation';
	return KIND_BY_ID[id] ?? 'news report';
}

export function confidenceOf(
	text: string
): 'verified' | 'partial' | 'weak' | 'not found' | 'article only' {
	const t = text.trim().toLowerCase();
	if (t.startsWith('article only')) return 'article only';
	if (t.startsWith('verified')) return 'verified';
	if (t.startsWith('partial')) return 'partial';
	if (t.startsWith('weak')) return 'weak';
	if (t.startsWith('not found')) return 'not found';
	// Mixed grades ("contract date NOT FOUND; price level verified") count as partial.
	return 'partial';
}

const FACTBOOK_REPO = 'https://github.com/MilkMp/CIA-World-Factbooks-Archive-1990-2025';

/**
 * SOURCES.md's "Address" line → one address (an absolute http(s) URL or nothing), a mirror, and a
 * locator for the prose that says where in the source to look. The validator accepts nothing else
 * in `address`, so a second URL or a description can never render as a broken link.
 */
export function splitAddress(text: string): {
	address: string;
	mirror_url: string;
	locator: string;
} {
	const t = text.trim();
	const mirror = /^(https?:\/\/\S+)\s*;\s*mirror\s+(https?:\/\/\S+)$/.exec(t);
	if (mirror) return { address: mirror[1] as string, mirror_url: mirror[2] as string, locator: '' };
	if (/^https?:\/\/\S+$/.test(t)) return { address: t, mirror_url: '', locator: '' };
	const repo =
		/^github\.com\/MilkMp\/CIA-World-Factbooks-Archive-1990-2025 \(([^)]*)\), (.*)$/.exec(t);
	if (repo) return { address: FACTBOOK_REPO, mirror_url: '', locator: `${repo[1]}; ${repo[2]}` };
	// Prose such as "not located in any archived source": no address.
	return { address: '', mirror_url: '', locator: t };
}

/** A file of source blocks; `file` names it for the corrections that apply to it. */
export function parseSourcesMd(md: string, file = 'SOURCES.md'): Record<string, Cell>[] {
	const rows: Record<string, string>[] = [];
	const blocks = md.split(/^### /m).slice(1);
	for (const b of blocks) {
		const lines = b.split('\n');
		const id = (lines[0] ?? '').trim();
		const field = (name: string) => {
			const l = lines.find((x) => x.startsWith(`- ${name}:`));
			return l ? l.slice(name.length + 3).trim() : '';
		};
		const outletTitle = field('Outlet/title');
		const dash = outletTitle.indexOf(' — ');
		const outlet = dash >= 0 ? outletTitle.slice(0, dash) : outletTitle;
		const title = dash >= 0 ? outletTitle.slice(dash + 3) : '';
		const where = splitAddress(field('Address'));
		// a block may say its kind ("- Kind: article reference"); otherwise it follows from the id
		const kind = field('Kind');
		rows.push({
			id,
			outlet:
				id === 'ARTICLE_CLAIM'
					? 'An Assessment of Russia – Belarus Relations (source article)'
					: outlet,
			title,
			...where,
			date: field('Date'),
			kind: kind ? kindNamed(kind, id) : kindOf(id),
			confidence: confidenceOf(field('Confidence'))
		});
	}
	return applyCorrections(file, rows, CORRECTIONS).sort((a, b) =>
		String(a.id).localeCompare(String(b.id))
	);
}

const WORLD_COPY = `every country's trade fields extracted in data/raw/factbook-world/${WORLD_TSV}`;

/**
 * SOURCES.md lists the Factbook editions the research pack quoted; the raw files hold every edition
 * 1990–2025, and the extractions may take a figure from any of them. Each edition present in a raw
 * file gets a source row of its own, pointing at the same archive.
 */
export function factbookEditionSources(editions: readonly number[]): Record<string, Cell>[] {
	return editions.map((e) => ({
		id: `CIAFB_${e}`,
		outlet: `CIA World Factbook, ${e} edition (via archive repo)`,
		title: `The World Factbook ${e}`,
		address: FACTBOOK_REPO,
		mirror_url: '',
		locator: `repository snapshot, HEAD b998f60; data/fields/country_fields_${e}.sql.gz; extracted copies in data/raw/${FACTBOOK_RAW} (Belarus, Russia) and ${WORLD_COPY}`,
		date: String(e),
		kind: 'statistical compilation',
		confidence: 'verified'
	}));
}

/** Sources that are not in the research pack: the map's shapes and the coordinates of places. */
export const EXTRA_SOURCES: Record<string, Cell>[] = [
	{
		id: WORLD_TABLES_SOURCE,
		outlet: 'CIA World Factbook archive 1990–2025 (via archive repo): reference tables',
		title: 'Master country table and ISO codes',
		address: FACTBOOK_REPO,
		mirror_url: '',
		locator:
			'repository snapshot, HEAD b998f60; data/countries.sql and reference tables; copies in data/raw/factbook-world/master_countries.csv, country_iso_codes.csv, fips_to_iso2.csv',
		date: '2025',
		kind: 'statistical compilation',
		confidence: 'verified'
	},
	{
		id: 'NATURAL_EARTH',
		outlet: 'Natural Earth, via the world-atlas package (countries at 1:110m)',
		title: 'Admin 0 – Countries',
		address: 'https://www.naturalearthdata.com/',
		mirror_url: '',
		locator: '',
		date: 'n.d.',
		kind: 'reference work',
		confidence: 'verified'
	},
	{
		id: 'PLACES_REF',
		outlet: 'Dependence Atlas: approximate coordinates of ports, terminals and refineries',
		title: 'Positions rounded to 0.1°, for placing labels and route ends on the map only',
		address: '',
		mirror_url: '',
		locator: '',
		date: '2026',
		kind: 'reference work',
		confidence: 'partial'
	}
];

export function build(outDir: string): void {
	const md = readFileSync(join(RESEARCH_DIR, 'SOURCES.md'), 'utf8');
	const research = parseSourcesMd(md);
	const researched = new Set(research.map((r) => r.id));
	// the atlas's own research adds sources; it never redefines one of the pack's
	const curated = parseSourcesMd(
		readFileSync(join(CURATED_DIR, 'SOURCES.md'), 'utf8'),
		'curated/SOURCES.md'
	);
	for (const c of curated)
		if (researched.has(String(c.id)))
			throw new Error(`curated/SOURCES.md: ${c.id} is already in the research pack`);
	// the research pack's Factbook rows cite the Belarus/Russia copy; the world copy is the same text
	const rows = [...research, ...curated].map((r) =>
		String(r.id).startsWith('CIAFB_') ? { ...r, locator: `${r.locator}; ${WORLD_COPY}` } : r
	);
	const known = new Set(rows.map((r) => r.id));
	const editions = [
		...new Set([
			...parseFactbookTsv(readFileSync(join(RAW_DIR, FACTBOOK_RAW), 'utf8')).map((f) => f.edition),
			...worldInput().fields.map((f) => f.edition)
		])
	]
		.sort((a, b) => a - b)
		.filter((e) => !known.has(`CIAFB_${e}`));
	const all = [...rows, ...factbookEditionSources(editions), ...EXTRA_SOURCES].sort((a, b) =>
		String(a.id).localeCompare(String(b.id))
	);
	writeCsv(
		outDir,
		'sources',
		[
			'id',
			'outlet',
			'title',
			'address',
			'mirror_url',
			'locator',
			'date',
			'kind',
			'confidence'
		] as const,
		all
	);
}
