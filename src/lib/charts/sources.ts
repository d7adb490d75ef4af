/** Builds a chart's source line from the source ids of the rows it draws. */
import type { SourceRecord } from '$lib/data/datasets';
import type { SourceRef } from './types';

/** What a source line needs of each source (pages ship this, so nothing more). */
export type SourceIndex = Record<string, Pick<SourceRecord, 'id' | 'outlet' | 'address'>>;

/** Factbook editions are named by their year in one folded entry, so pages need no row for them. */
const FACTBOOK = /^CIAFB_(\d{4})$/;

export function indexSources(sources: readonly SourceRecord[]): SourceIndex {
	const out: SourceIndex = {};
	for (const s of sources) out[s.id] = { id: s.id, outlet: s.outlet, address: s.address };
	return out;
}

/**
 * The sources a page needs, and only those (pages do not ship the whole list): every id cited by
 * the given rows (their source_id) and by the given id lists (events, panels, figures).
 */
export function citedSources(
	all: readonly SourceRecord[],
	rows: readonly (readonly { source_id: readonly string[] }[])[],
	idLists: readonly (readonly string[])[] = []
): SourceIndex {
	const ids = new Set<string>();
	for (const list of rows) for (const r of list) r.source_id.forEach((id) => ids.add(id));
	for (const list of idLists) list.forEach((id) => ids.add(id));
	return pickSources(indexSources(all), ids);
}

/** Only the sources a page needs, so pages do not ship the whole list. */
export function pickSources(index: SourceIndex, ids: Iterable<string>): SourceIndex {
	const out: SourceIndex = {};
	for (const id of ids) {
		const s = index[id];
		if (s && !FACTBOOK.test(id)) out[id] = s;
	}
	return out;
}

function href(address: string | null): string | undefined {
	if (!address) return undefined;
	return /^https?:\/\//.test(address) ? address : undefined;
}

/**
 * One reference per source, in first-seen order; all Factbook editions fold into one entry
 * ("CIA World Factbook, editions 2010, 2011").
 */
export function sourceRefs(ids: Iterable<string>, index: SourceIndex): SourceRef[] {
	const seen = new Set<string>();
	const editions: number[] = [];
	const refs: SourceRef[] = [];
	let factbookAt = -1;
	for (const id of ids) {
		if (seen.has(id)) continue;
		seen.add(id);
		const m = FACTBOOK.exec(id);
		if (m) {
			editions.push(Number(m[1]));
			if (factbookAt < 0) {
				factbookAt = refs.length;
				refs.push({ id: 'CIAFB', label: '' });
			}
			continue;
		}
		const s = index[id];
		if (!s) throw new Error(`source id ${id} is not in sources.csv`);
		refs.push({ id, label: s.outlet, href: href(s.address) });
	}
	if (factbookAt >= 0) {
		editions.sort((a, b) => a - b);
		const label =
			editions.length === 1
				? `CIA World Factbook, ${editions[0]} edition`
				: `CIA World Factbook, editions ${compactYears(editions)}`;
		refs[factbookAt] = { id: 'CIAFB', label };
	}
	return refs;
}

/** [2000, 2001, 2002, 2005] → "2000–2002, 2005". */
export function compactYears(years: readonly number[]): string {
	const parts: string[] = [];
	let i = 0;
	while (i < years.length) {
		let j = i;
		while (j + 1 < years.length && (years[j + 1] as number) === (years[j] as number) + 1) j++;
		parts.push(j > i ? `${years[i]}–${years[j]}` : String(years[i]));
		i = j + 1;
	}
	return parts.join(', ');
}

export function sourceLineText(refs: readonly SourceRef[]): string {
	return refs.map((r) => r.label).join('; ');
}

/** The source line for a set of ids, as tooltips and tables show it ('—' when there is none). */
export function sourceLabel(ids: readonly string[], index: SourceIndex): string {
	return ids.length ? sourceLineText(sourceRefs(ids, index)) : '—';
}
