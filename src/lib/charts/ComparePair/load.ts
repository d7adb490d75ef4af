/** A country's file from the build (/compare/data/<id>.json), fetched once per page and cached. */
import type { PairFile } from './model';

const cache = new Map<string, Promise<PairFile>>();

export const countryFilePath = (id: string) => `/compare/data/${encodeURIComponent(id)}.json`;

export function loadCountryFile(id: string): Promise<PairFile> {
	let p = cache.get(id);
	if (!p) {
		p = fetch(countryFilePath(id)).then(async (r) => {
			if (!r.ok)
				throw new Error(
					`The data for “${id}” could not be loaded (${countryFilePath(id)} answered ${r.status}).`
				);
			return (await r.json()) as PairFile;
		});
		p.catch(() => cache.delete(id));
		cache.set(id, p);
	}
	return p;
}
