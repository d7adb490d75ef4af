/**
 * Re-runs every data script. `npm run data` writes into data/; the drift test writes into a
 * temporary folder and compares, so a committed file that a script would change fails the tests.
 */
import { mkdirSync } from 'node:fs';
import { DATA_DIR } from './lib';
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
	'stated_figures'
] as const;

export function buildAll(outDir: string): void {
	mkdirSync(outDir, { recursive: true });
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
	readme.build(outDir);
}

if (process.argv[1] && /build-all\.ts$/.test(process.argv[1])) {
	buildAll(DATA_DIR);
	console.log(`wrote ${GENERATED.length} files to data/`);
}
