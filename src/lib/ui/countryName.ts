/** A country typed by name into a picker: the id it names, or what is wrong with it, in words. */
export type NameLookup = { id: string } | { error: string };

export function countryByName(
	countries: readonly (readonly [string, string])[],
	text: string
): NameLookup {
	const t = text.trim().toLowerCase();
	if (!t) return { error: '' };
	const hit = countries.find(([, n]) => n.toLowerCase() === t);
	return hit
		? { id: hit[0] }
		: { error: `No country called “${text.trim()}” in the Factbook data: pick one from the list.` };
}
