import { dataVersion } from '$lib/server/version';

/** Every page prints the data version it was built from (see the @page rule in +layout.svelte). */
export const load = () => {
	const v = dataVersion();
	return { dataVersion: { hash: v.hash, date: v.date } };
};
