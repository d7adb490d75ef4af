/**
 * curated/country_groups.csv → data/country_groups.csv: named groups of countries (the former Soviet
 * states, the Baltic states, the Eurasian Economic Union's members) that /compare draws side by
 * side. Each membership cites the source that lists it; every member must be a world_countries id.
 */
import { normaliseSourceIds, writeCsv } from './lib';
import { readCurated } from './timeline';
import { worldInput } from './world-input';

const COLUMNS = ['group', 'group_name', 'member', 'member_name', 'source_id'] as const;

export function build(outDir: string): number {
	const names = new Map(worldInput().countries.map((c) => [c.id, c.name]));
	const seen = new Set<string>();
	const groupNames = new Map<string, string>();
	const rows = readCurated('country_groups.csv').map((r, i) => {
		const where = `curated/country_groups.csv line ${i + 2}`;
		const group = r.group ?? '';
		const member = r.member ?? '';
		if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(group))
			throw new Error(`${where}: bad group id "${group}"`);
		const name = names.get(member);
		if (!name) throw new Error(`${where}: "${member}" is not a world_countries id`);
		if (seen.has(`${group}|${member}`))
			throw new Error(`${where}: ${member} listed twice in ${group}`);
		seen.add(`${group}|${member}`);
		const gName = r.group_name ?? '';
		if (groupNames.has(group) && groupNames.get(group) !== gName)
			throw new Error(`${where}: ${group} is named two ways`);
		groupNames.set(group, gName);
		return {
			group,
			group_name: gName,
			member,
			member_name: name,
			source_id: normaliseSourceIds(r.source_id ?? '')
		};
	});
	writeCsv(outDir, 'country_groups', COLUMNS, rows);
	return rows.length;
}
