/** A data year's file from the build (/compare/data/year/<year>.json), fetched once per page and cached. */
import type { YearFile } from '$lib/data/world';

const cache = new Map<number, Promise<YearFile>>();

export const yearFilePath = (year: number) => `/compare/data/year/${year}.json`;

export function loadYearFile(year: number): Promise<YearFile> {
	let p = cache.get(year);
	if (!p) {
		p = fetch(yearFilePath(year)).then(async (r) => {
			if (!r.ok)
				throw new Error(
					`The lists for ${year} could not be loaded (${yearFilePath(year)} answered ${r.status}); the chart still shows the year before.`
				);
			return (await r.json()) as YearFile;
		});
		p.catch(() => cache.delete(year));
		cache.set(year, p);
	}
	return p;
}
