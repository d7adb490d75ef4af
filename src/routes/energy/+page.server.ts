import { atlasData } from '$lib/server/data';
import { disputeLabel } from '$lib/charts/events/events';
import { countDisputes } from '$lib/charts/EnergyDisputes/prepare';

/** The page's own sentence about the disputes (its charts fetch their data when they wake). */
export const load = () => {
	const counts = countDisputes(atlasData().disputes);
	return {
		disputeCount: counts.count,
		disputeYears: counts.years,
		weakDisputes: counts.weak.map((id) => disputeLabel(id))
	};
};
