/**
 * Every correction the scripts apply to the research pack, in one list so data/README.md can show
 * them all. Each names the row, asserts the value received (the script throws if data/raw
 * changes), gives the new value, the source id that justifies it and why.
 */
import type { Correction } from './lib';

export const CORRECTIONS: readonly Correction[] = [
	{
		file: 'SOURCES.md',
		where: { id: 'ARTICLE_CLAIM' },
		column: 'locator',
		from: 'not located in any archived source',
		to: 'the atlas keeps its copy in data/raw/article.txt; no archived copy was found online',
		sourceId: 'ARTICLE_CLAIM',
		why: 'The id now stands for the source article as a whole (the story cites it wherever it is the only source), so it says where the article can be read.'
	},
	{
		file: 'SOURCES.md',
		where: { id: 'ARTICLE_CLAIM' },
		column: 'date',
		from: '2009 est.',
		to: 'n.d. (its latest reference is dated 19 April 2021)',
		sourceId: 'ARTICLE_CLAIM',
		why: '"2009 est." is the year of the article’s trade claim, not the article’s date; the article carries no date, and the latest of its references is of 19 April 2021.'
	},
	{
		file: 'SOURCES.md',
		where: { id: 'BBJ_2007' },
		column: 'address',
		from: 'https://bbj.hu/https:/bbj.hu/energy/russian-oil-blockade-of-belarus-continues-for-a-third-day_21287',
		to: 'https://bbj.hu/energy/russian-oil-blockade-of-belarus-continues-for-a-third-day_21287',
		sourceId: 'BBJ_2007',
		why: 'Two addresses run together in one field (the site address repeated inside the path); kept the article address.'
	},
	{
		file: 'energy_disputes.csv',
		where: { dispute_id: '2004_gas', start_date: '2004-01-01' },
		column: 'start_date',
		from: '2004-01-01',
		to: '2004-01',
		sourceId: 'REUTERS_FB2019',
		why: 'The source gives the month only ("from January 2004"); the row itself grades its dates "month".'
	},
	{
		file: 'energy_disputes.csv',
		where: { dispute_id: '2004_gas', start_date: '2004-06' },
		column: 'event',
		from: 'New supply contract (June 2004) ending the 2004 dispute',
		to: 'Deal: a new supply contract, which the source article dates to June 2004 (not found in any source read)',
		sourceId: 'ARTICLE_CLAIM',
		why: 'The contract is not a phase of the dispute, and no source read confirms it: as a deal it is drawn as one point, never as a dispute running on from June 2004.'
	},
	{
		file: 'energy_disputes.csv',
		where: { dispute_id: '2004_gas', start_date: '2004-06' },
		column: 'end_date',
		from: '',
		to: '2004-06',
		sourceId: 'ARTICLE_CLAIM',
		why: 'A contract is signed at a date, it does not run on: the row ends where it starts (the month the article gives).'
	},
	{
		file: 'energy_disputes.csv',
		where: { dispute_id: '2004_gas', start_date: '2004-06' },
		column: 'source_id',
		from: 'UDF_Q409',
		to: 'ARTICLE_CLAIM;UDF_Q409',
		sourceId: 'ARTICLE_CLAIM',
		why: 'The June 2004 date comes from the source article alone; UDF_Q409 gives only the price that applied from mid-2004.'
	},
	{
		file: 'energy_disputes.csv',
		where: { dispute_id: '2004_gas', start_date: '2004-06' },
		column: 'confidence',
		from: 'contract date NOT FOUND; price level verified',
		to: 'not found (the June 2004 contract is the article’s claim, in no source read); the price level after it is verified (UDF_Q409)',
		sourceId: 'ARTICLE_CLAIM',
		why: 'The grade follows what the row asserts, the contract: read as a mixed grade it was "partial", above what any source supports.'
	},
	{
		file: 'energy_disputes.csv',
		where: { dispute_id: '2010_oil' },
		column: 'end_date',
		from: '2010-01-27',
		to: '2010-01',
		sourceId: 'CRI_100215',
		why: 'The package was signed "in late January"; the row notes the exact signing day was not found.'
	},
	{
		file: 'energy_disputes.csv',
		where: { dispute_id: '2010_gas' },
		column: 'end_date',
		from: '2010-06-24',
		to: '2010-06',
		sourceId: 'GUARDIAN_100622',
		why: 'The end (~24 June, debt repaid) is not in the source text; the sources confirm the dispute in June 2010 only.'
	},
	{
		file: 'energy_disputes.csv',
		where: { dispute_id: '2020_oil' },
		column: 'end_date',
		from: '2020-03-31',
		to: '2020-03',
		sourceId: 'TASS_200602',
		why: 'Regular supplies were agreed "by the end of March": the row grades its end "month".'
	},
	{
		file: 'energy_disputes.csv',
		where: { dispute_id: '2013_potash_oil' },
		column: 'key_figures',
		from: '-400,000 t (~one quarter) in September 2013 (media reports)',
		to: 'cut by 400,000 t (~one quarter) in September 2013 (media reports)',
		sourceId: 'GLARONIA_2013',
		why: 'Reworded: a cell starting with "-" runs as a formula when the CSV is opened in a spreadsheet.'
	},
	{
		file: 'energy_disputes.csv',
		where: { dispute_id: '2016_17_gas_oil' },
		column: 'key_figures',
		from: 'debt $726.2mn repaid; oil rearchived 18 -> 24 mn t/yr (2017-2024 protocol); gas discount 2018-19',
		to: 'debt $726.2mn repaid; duty-free oil raised 18 -> 24 mn t/yr (2017-2024 protocol); gas discount 2018-19',
		sourceId: 'NGW_170413',
		why: 'Typo ("rearchived"): the source says Russia "will increase duty-free oil supplies from 18 to 24 million tons".'
	},
	{
		file: 'gas_prices.csv',
		where: { year: '2018', price_usd_per_1000m3: '129' },
		column: 'price_type',
		from: 'contract (protocol)',
		to: 'forecast made in 2017 (price announced for 2018)',
		sourceId: 'BELSAT_1819',
		why: 'The 2017 source says the price "will go down to $129" in 2018: an announcement ahead of the year, not a price paid.'
	},
	{
		file: 'gas_prices.csv',
		where: { year: '2018', price_usd_per_1000m3: '129' },
		column: 'confidence',
		from: 'verified (source text)',
		to: 'partial (forecast)',
		sourceId: 'BELSAT_1819',
		why: 'A forecast is graded partial (see Rules); no source in the pack gives the price paid in 2018.'
	},
	{
		file: 'oil_imports_2020.csv',
		where: { date: '2020-Q1', volume_t: '1040000' },
		column: 'volume_note',
		from: '-77% y/y',
		to: 'down 77% y/y',
		sourceId: 'BELSAT_SA',
		why: 'Reworded: a cell starting with "-" runs as a formula when the CSV is opened in a spreadsheet.'
	}
];
