/**
 * Re-runs every data script. `npm run data` writes into data/; the drift test writes into a
 * temporary folder and compares, so a committed file that a script would change fails the tests.
 */
import { mkdirSync } from 'node:fs';
import { DATA_DIR } from './lib';
import * as countryGroups from './country-groups';
import * as energyDisputes from './energy-disputes';
import * as factbookTrade from './factbook-trade';
import * as gasPrices from './gas-prices';
import * as oilImports from './oil-imports-2020';
import * as partners from './partners';
import * as readme from './readme';
import * as sources from './sources';
import * as statedFigures from './stated-figures';
import * as timeline from './timeline';
import * as tradeShares from './trade-shares';
import * as tradeTurnover from './trade-turnover';
import * as tradeValues from './trade-values';
import * as worldCountries from './world-countries';
import * as worldPairs from './world-pairs';
import * as worldShares from './world-shares';
import * as worldTotals from './world-totals';
import { worldInput } from './world-input';

/** The files scripts produce (claims.csv is written by hand and only validated). */
export const GENERATED = [
	'sources',
	'factbook_trade',
	'trade_turnover',
	'trade_shares',
	'trade_values',
	'partners',
	'timeline',
	'energy_disputes',
	'gas_prices',
	'oil_imports_2020',
	'stated_figures',
	'world_countries',
	'world_partner_shares',
	'world_totals',
	'world_pair_turnover',
	'country_groups'
] as const;

/** The world step: every country's lists and totals, with progress lines when `log` is given. */
function buildWorld(outDir: string, log: (s: string) => void, readMs: number): void {
	let t = Date.now();
	const lap = () => {
		const ms = Date.now() - t;
		t = Date.now();
		return `${ms} ms`;
	};
	const w = worldInput();
	log(
		`world: read ${w.fields.length} Factbook fields, ${w.lists.length} partner lists, ${w.totals.length} totals (${readMs} ms)`
	);
	log(`world: ${worldCountries.build(outDir)} countries → world_countries.csv (${lap()})`);
	log(`world: ${worldShares.build(outDir)} list entries → world_partner_shares.csv (${lap()})`);
	log(`world: ${worldShares.coverageLine()}`);
	log(`world: ${worldTotals.build(outDir)} totals → world_totals.csv (${lap()})`);
	log(`world: ${worldPairs.build(outDir)} pairs → world_pair_turnover.csv (${lap()})`);
	log(`world: ${countryGroups.build(outDir)} group members → country_groups.csv (${lap()})`);
}

export function buildAll(outDir: string, log: (s: string) => void = () => {}): void {
	mkdirSync(outDir, { recursive: true });
	const t0 = Date.now();
	worldInput(); // read once: sources.csv lists the editions it holds
	const readMs = Date.now() - t0;
	sources.build(outDir);
	factbookTrade.build(outDir);
	tradeTurnover.build(outDir, outDir);
	tradeShares.build(outDir);
	tradeValues.build(outDir);
	partners.build(outDir);
	statedFigures.build(outDir);
	timeline.build(outDir);
	energyDisputes.build(outDir);
	gasPrices.build(outDir);
	oilImports.build(outDir);
	buildWorld(outDir, log, readMs);
	readme.build(outDir);
}

if (process.argv[1] && /build-all\.ts$/.test(process.argv[1])) {
	const t0 = Date.now();
	buildAll(DATA_DIR, (s) => console.log(s));
	console.log(
		`wrote ${GENERATED.length} files to data/ in ${((Date.now() - t0) / 1000).toFixed(1)} s`
	);
}
