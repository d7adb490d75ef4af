import { DATASETS } from '$lib/data/datasets';
import { atlasData } from '$lib/server/data';

export const load = () => {
	const d = atlasData();
	return {
		datasets: DATASETS.map((s) => ({
			name: s.name,
			title: s.title,
			description: s.description,
			producedBy: s.producedBy,
			rows: d.rowCounts[s.name] ?? 0,
			columns: Object.entries(s.columns).map(([name, c]) => ({
				name,
				description: c.description,
				unit: c.unit ?? '',
				type: c.type,
				optional: c.optional
			}))
		}))
	};
};
