/**
 * One schema per dataset in data/. The schema is the contract: the build validates every row
 * against it, the catalogue (/data) describes each file from it, and data/README.md repeats it.
 */
import { col, defineDataset, type RecordOf } from './schema';

/**
 * Confidence grades, surest first (data/README.md defines each). "article only": the source article
 * states it and no source the atlas read does; "not found": the research pack found no archived
 * source either.
 */
export const GRADES = ['verified', 'partial', 'weak', 'article only', 'not found'] as const;
export type Confidence = (typeof GRADES)[number];
const conf = col.enum(GRADES, {
	description: 'Confidence grade of the source for this figure (see data/README.md)'
});
const sourceId = col.sourceIds({
	description: 'Source ids, ";"-separated, each listed in sources.csv'
});
const year = col.integer({
	description: 'Data year (not Factbook edition year)',
	min: 1990,
	max: 2030
});
const precision = (of: string) =>
	col.precision({ description: `How precisely ${of} is known: day, month or year` });
const precisionOptional = (of: string) =>
	col.optional(
		col.precision({
			description: `How precisely ${of} is known: day, month or year (empty when it is)`
		})
	);
const country = col.enum(['Belarus', 'Russia'] as const, { description: 'Reporting country' });
const partnerCountry = col.enum(['Belarus', 'Russia'] as const, { description: 'Partner country' });
const flow3 = col.enum(['exports', 'imports', 'total'] as const, {
	description: 'Trade flow: exports, imports or total (turnover)'
});

/** What kind of source a row of sources.csv is. */
export const SOURCE_KINDS = [
	'statistical compilation',
	'official statement or report',
	'news report',
	'reference work',
	'academic',
	'data aggregator',
	'article claim',
	'article reference'
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const sources = defineDataset({
	name: 'sources',
	pinned: ['id'],
	title: 'Sources',
	description:
		'Every source cited by a row in any dataset, with its outlet, address and confidence.',
	producedBy:
		'data/scripts/sources.ts from data/raw/research/SOURCES.md, data/curated/SOURCES.md and data/raw/ (Factbook editions)',
	columns: {
		id: col.text({ description: 'Source id used in the source_id columns' }),
		outlet: col.text({ description: 'Publisher or outlet' }),
		title: col.optional(col.text({ description: 'Title of the document, where known' })),
		address: col.url({
			description: 'Where the source can be read: one absolute http(s) URL, or empty'
		}),
		mirror_url: col.url({ description: 'A second copy of the source, when there is one' }),
		locator: col.optional(
			col.text({
				description:
					'Where in the source to look (repository snapshot, file), or why there is no address'
			})
		),
		date: col.text({
			description:
				'Publication date as the research pack gives it (free text: "2007/2008", "c.2001", n.d. when unknown); not used as a date on the site'
		}),
		kind: col.enum(SOURCE_KINDS, { description: 'What kind of source it is' }),
		confidence: conf
	}
});

export const factbookTrade = defineDataset({
	name: 'factbook_trade',
	pinned: ['year', 'reporter'],
	title: 'CIA World Factbook trade fields, by data year',
	description:
		"Belarus's and Russia's partner shares and total exports and imports as the CIA World Factbook states them, one row per data year (the latest edition that reports a year wins). Partners listed without a share are not recorded. The 2024 and 2025 editions give only the top five partners from mirror data and leave Russia out: that is missing data, not 0%.",
	producedBy:
		'data/scripts/factbook-trade.ts from data/raw/cia_factbook_belarus_russia_trade_fields_1992_2025.tsv',
	sourceColumn: 'source_id',
	columns: {
		year,
		reporter: country,
		flow: col.enum(['exports', 'imports'] as const, { description: 'Trade flow' }),
		measure: col.enum(['partner_share', 'total'] as const, {
			description:
				"partner_share: the partner's share of the reporter's flow; total: the flow in USD bn"
		}),
		partner: col.text({ description: 'Partner country (World for totals)' }),
		value: col.number({ description: 'The value, in the unit of the row' }),
		unit: col.enum(['%', 'USD bn'] as const, { description: 'Unit of value' }),
		estimate: col.enum(['yes', 'no'] as const, {
			description: 'Whether the Factbook marks the figure "est."'
		}),
		basis: col.enum(['reported', 'top five (mirror data)'] as const, {
			description:
				"reported: the country's own statistics; top five (mirror data): partners' reports, Russia omitted"
		}),
		coverage: col.enum(['goods', 'goods and services'] as const, {
			description:
				'What the figure covers. Totals: goods up to the 2020 edition, goods and services from the 2021 edition (see Rules). Partner shares: goods.'
		}),
		edition: col.integer({
			description: 'Factbook edition the row comes from',
			min: 1992,
			max: 2030
		}),
		source_id: sourceId
	}
});

export const tradeTurnover = defineDataset({
	name: 'trade_turnover',
	pinned: ['year', 'reporter'],
	title: 'Turnover shares derived from the Factbook',
	description:
		"Russia's share of Belarus's turnover and Belarus's share of Russia's, for every year the Factbook gives both partner shares and all totals. Derived, not reported: the computation column shows the arithmetic.",
	producedBy: 'data/scripts/trade-turnover.ts from data/factbook_trade.csv',
	sourceColumn: 'source_id',
	columns: {
		year,
		reporter: country,
		partner: partnerCountry,
		turnover_share_pct: col.number({
			description: "Partner's share of the reporter's exports + imports",
			unit: '%'
		}),
		bilateral_turnover_usd_bn: col.number({
			description: 'Bilateral trade implied by Belarus’s partner shares × totals',
			unit: 'USD bn'
		}),
		reporter_turnover_usd_bn: col.number({
			description: "Reporter's exports + imports",
			unit: 'USD bn'
		}),
		computation: col.text({ description: 'The formula with the inputs of this row' }),
		coverage: col.enum(['goods', 'mixed'] as const, {
			description:
				'goods: goods shares weighted by goods totals; mixed: goods shares weighted by goods-and-services totals (not comparable with goods years)'
		}),
		note: col.optional(col.text({ description: 'Caveats on the inputs' })),
		source_id: sourceId
	}
});

export const tradeShares = defineDataset({
	name: 'trade_shares',
	pinned: ['year', 'period'],
	title: 'Stated shares of trade',
	description:
		'Shares of trade given by officials, national statistics, secondary sources and the source article. Kept apart from the Factbook-derived series and drawn as distinct markers.',
	producedBy: 'data/scripts/trade-shares.ts from data/raw/research/trade_shares.csv',
	sourceColumn: 'source_id',
	columns: {
		year,
		period: col.text({ description: 'Period covered (calendar year, Q1, Jan-Sep, …)' }),
		reporter: country,
		partner: partnerCountry,
		flow: flow3,
		value_pct: col.number({ description: "Partner's share of the reporter's flow", unit: '%' }),
		qualifier: col.optional(
			col.enum(['about', 'more than'] as const, {
				description: 'How the source qualifies the figure'
			})
		),
		kind: col.enum(['official', 'secondary', 'article claim'] as const, {
			description: 'official: government or statistics office; secondary: other literature'
		}),
		basis: col.text({ description: 'Who stated the figure' }),
		source_id: sourceId,
		confidence: conf
	}
});

export const tradeValues = defineDataset({
	name: 'trade_values',
	pinned: ['year', 'period'],
	title: 'Trade values as reported by each side',
	description:
		'Bilateral Belarus–Russia trade and Belarus’s total trade in USD bn, with which side’s statistics each figure comes from.',
	producedBy: 'data/scripts/trade-values.ts from data/raw/research/trade_shares.csv',
	sourceColumn: 'source_id',
	columns: {
		year,
		period: col.text({ description: 'Period covered' }),
		reporter: country,
		partner: col.enum(['Belarus', 'Russia', 'World'] as const, {
			description: 'Partner (World for totals)'
		}),
		flow: flow3,
		value_usd_bn: col.number({ description: 'Value', unit: 'USD bn' }),
		qualifier: col.optional(
			col.enum(['more than'] as const, {
				description: 'How the source qualifies the value ("to over $46.5 bln" is more than 46.5)'
			})
		),
		reported_by: col.enum(['Belarus', 'Russia', 'third party'] as const, {
			description: 'Whose statistics the figure comes from'
		}),
		basis: col.text({ description: 'Who published the figure' }),
		source_id: sourceId,
		confidence: conf
	}
});

export const partners = defineDataset({
	name: 'partners',
	pinned: ['year', 'period'],
	title: "Belarus's partners from other sources",
	description:
		'Partner shares and values from Belstat, ministers and a trade-data aggregator (blocs such as the EU and EAEU included). Factbook partner shares are in factbook_trade.',
	producedBy: 'data/scripts/partners.ts from data/raw/research/partners.csv',
	sourceColumn: 'source_id',
	columns: {
		year,
		period: col.text({ description: 'Period covered' }),
		reporter: col.enum(['Belarus'] as const, { description: 'Reporting country' }),
		flow: flow3,
		partner: col.text({ description: 'Partner country or bloc' }),
		partner_group: col.enum(['country', 'bloc', 'group'] as const, {
			description: 'What the partner is'
		}),
		share_pct: col.optional(col.number({ description: 'Share of the flow', unit: '%' })),
		value_usd_bn: col.optional(col.number({ description: 'Value of the flow', unit: 'USD bn' })),
		basis: col.text({ description: 'Who published the figure' }),
		source_id: sourceId,
		confidence: conf
	}
});

export const timeline = defineDataset({
	name: 'timeline',
	pinned: ['date'],
	title: 'Relations timeline',
	description: 'Dated events in Belarus–Russia relations since 1991, by category.',
	producedBy:
		'data/scripts/timeline.ts from data/raw/research/timeline.csv and data/curated/timeline.csv',
	sourceColumn: 'source_id',
	columns: {
		date: col.date({
			description: 'Date, written to its precision (YYYY-MM where the day is not known)'
		}),
		date_precision: precision('the date'),
		event: col.text({ description: 'What happened' }),
		category: col.enum(['integration', 'energy', 'trade', 'military', 'political'] as const, {
			description: 'Category used by the timeline and the event layer'
		}),
		kind: col.text({ description: 'Finer category from the research notes' }),
		source_id: sourceId,
		confidence: conf,
		date_note: col.optional(col.text({ description: 'Caveat on the date' })),
		note: col.optional(
			col.text({
				description:
					'For rows the atlas researched: each source id with the words read that support the row'
			})
		)
	}
});

export const statedFigures = defineDataset({
	name: 'stated_figures',
	pinned: ['id'],
	title: 'Stated figures',
	description:
		'Numbers the story quotes that belong to no series (a subsidy estimate, an exercise’s announced size, a treaty’s term), each as its source states it, with the passage read.',
	producedBy: 'data/scripts/stated-figures.ts from data/curated/figures.csv',
	sourceColumn: 'source_id',
	columns: {
		id: col.text({ description: 'Figure id, used by the story’s text' }),
		topic: col.text({ description: 'What the figure is about' }),
		period: col.text({
			description: 'The year or span of years it refers to, as the source gives it'
		}),
		value: col.number({ description: 'The figure (the low end of a stated range)' }),
		value_high: col.optional(col.number({ description: 'The high end of a stated range' })),
		unit: col.text({ description: 'Unit, as stated' }),
		qualifier: col.optional(
			col.text({ description: 'How the source qualifies it: about, up to, more than' })
		),
		what: col.text({ description: 'Exactly what the number measures' }),
		source_id: sourceId,
		confidence: conf,
		note: col.text({ description: 'Each source id with the words read that state the figure' })
	}
});

export const energyDisputes = defineDataset({
	name: 'energy_disputes',
	pinned: ['dispute_id'],
	title: 'Energy disputes',
	description:
		'Russia–Belarus energy disputes (and the 2009 dairy row and the 2011 Beltransgaz deal) with dates, key figures and outcomes. A dispute can span several rows (phases). Counts of disputes count kind "energy dispute" only, and say apart those resting on a weak source.',
	producedBy: 'data/scripts/energy-disputes.ts from data/raw/research/energy_disputes.csv',
	sourceColumn: 'source_id',
	columns: {
		dispute_id: col.text({ description: 'Dispute the row belongs to' }),
		kind: col.enum(['energy dispute', 'trade dispute', 'deal'] as const, {
			description:
				'What the research notes call the row: an energy dispute, a trade dispute (2009 dairy), or a deal (2011 Beltransgaz sale)'
		}),
		start_date: col.date({ description: 'Start, written to its precision' }),
		start_date_precision: precision('the start'),
		end_date: col.optional(
			col.date({ description: 'End, written to its precision (empty when not known)' })
		),
		end_date_precision: precisionOptional('the end'),
		commodity: col.enum(['gas', 'oil', 'gas and oil', 'trade'] as const, {
			description: 'What was disputed'
		}),
		event: col.text({ description: 'What happened' }),
		key_figures: col.optional(col.text({ description: 'Prices, debts, volumes' })),
		date_note: col.text({
			description: 'How the research notes grade the dates, in their words'
		}),
		source_id: sourceId,
		confidence: conf,
		note: col.optional(col.text({ description: 'Caveats' }))
	}
});

export const gasPrices = defineDataset({
	name: 'gas_prices',
	pinned: ['year'],
	title: 'Gas prices paid by Belarus',
	description:
		'Price of Russian gas for Belarus, USD per 1000 m³, 2002–2022, with the months each price applies to: contract prices, what Belarus actually paid, offers, forecasts (announced before the period, not paid), averages and prices stated by officials.',
	producedBy: 'data/scripts/gas-prices.ts from data/raw/research/gas_prices.csv',
	sourceColumn: 'source_id',
	columns: {
		year,
		period: col.text({ description: 'Period as the source words it' }),
		period_start: col.date({ description: 'First month the price applies to' }),
		period_start_precision: precision('the first month'),
		period_end: col.optional(
			col.date({ description: 'Last month (empty when the source leaves it open)' })
		),
		period_end_precision: precisionOptional('the last month'),
		price_usd_per_1000m3: col.number({ description: 'Price', unit: 'USD per 1000 m³' }),
		series: col.enum(['contract', 'paid', 'offer', 'forecast', 'average', 'stated'] as const, {
			description: 'Which price this is'
		}),
		price_type: col.text({ description: 'How the source describes the price' }),
		source_id: sourceId,
		confidence: conf,
		note: col.optional(col.text({ description: 'Caveats' }))
	}
});

export const OIL_KINDS = [
	'cargo',
	'departure',
	'rail batch',
	'russian monthly',
	'russian quarterly',
	'russian annual',
	'supplier annual',
	'cumulative',
	'refinery intake',
	'target',
	'proposal'
] as const;

export const oilImports2020 = defineDataset({
	name: 'oil_imports_2020',
	pinned: ['date_start'],
	title: 'Crude oil reaching Belarus in 2020',
	description:
		'Every documented 2020 crude cargo from outside the Russian pipeline system (vessel, grade, ports, route, refinery), rail batches, Russia’s reported and planned monthly, quarterly and annual volumes, the refineries’ April intake and SOCAR’s annual totals. Crude of Russian origin stays Russian whoever sold it.',
	producedBy: 'data/scripts/oil-imports-2020.ts from data/raw/research/oil_imports_2020.csv',
	sourceColumn: 'source_id',
	columns: {
		date_start: col.date({
			description: 'Date, or start of the period, as precisely as the source gives it'
		}),
		date_start_precision: precision('the date or start'),
		date_end: col.optional(col.date({ description: 'End of the period, for ranges' })),
		date_end_precision: precisionOptional('the end'),
		date_note: col.optional(col.text({ description: 'How the source words the date' })),
		kind: col.enum(OIL_KINDS, { description: 'What the row records' }),
		status: col.enum(['confirmed', 'expected', 'planned', 'proposed', 'stated'] as const, {
			description:
				'confirmed: reported as done; expected: announced, arrival not confirmed; planned, proposed, stated'
		}),
		event: col.text({ description: 'What the row records, as in the research notes' }),
		origin: col.text({ description: 'Country the crude comes from' }),
		origin_as_stated: col.text({ description: 'Origin as the source words it (seller, trader)' }),
		crude_grade: col.optional(col.text({ description: 'Crude grade' })),
		volume_t: col.optional(col.number({ description: 'Volume', unit: 'tonnes' })),
		volume_note: col.optional(col.text({ description: 'Caveats on the volume' })),
		vessel: col.optional(col.text({ description: 'Tanker' })),
		load_port: col.optional(col.text({ description: 'Loading port, as stated' })),
		port: col.optional(
			col.enum(['Klaipėda', 'Odesa/Yuzhny', 'Gdańsk'] as const, {
				description: 'Port where the crude was discharged'
			})
		),
		onward_route: col.optional(col.text({ description: 'Route from port to refinery' })),
		refinery: col.optional(col.enum(['Naftan', 'Mozyr'] as const, { description: 'Refinery' })),
		source_id: sourceId,
		confidence: conf,
		note: col.optional(col.text({ description: 'Caveats' })),
		share_pct: col.optional(
			col.number({
				description:
					'Share of refined crude from non-Russian suppliers as a source states it in words ("every fifth tonne" = 20), for the period of the row',
				unit: '%'
			})
		)
	}
});

export const claims = defineDataset({
	name: 'claims',
	pinned: ['id'],
	title: 'Claims checked against the data',
	description:
		'Numeric claims the narrative repeats, with how each is checked against the datasets.',
	producedBy: 'written by hand; checked by src/lib/data/claims.ts',
	sourceColumn: 'source_id',
	columns: {
		id: col.text({ description: 'Claim id' }),
		claim: col.text({ description: 'What is claimed' }),
		value_pct: col.number({ description: 'Claimed value', unit: '%' }),
		qualifier: col.optional(
			col.enum(['about'] as const, { description: 'How the claim is qualified' })
		),
		year,
		reporter: country,
		partner: partnerCountry,
		check: col.enum(['turnover_share'] as const, {
			description: 'Which derived series the claim is compared with'
		}),
		tolerance_rel: col.number({
			description: 'Relative distance within which the claim counts as consistent'
		}),
		how_checked: col.text({ description: 'The check, in words' }),
		source_id: sourceId
	}
});

export const reportingBlackouts = defineDataset({
	name: 'reporting_blackouts',
	pinned: ['reporter'],
	title: 'Reporters that stopped publishing their trade by country',
	description:
		"Countries whose statistics stopped giving trade by partner country, from a data year on. A list built from partners' data (the 2024–25 Factbook editions' top five) cannot show such a country, so its absence there is a reporting blackout, never smallness.",
	producedBy: 'written by hand from the sources cited; read by src/lib/data/world.ts (blackoutOf)',
	sourceColumn: 'source_id',
	columns: {
		reporter: col.text({ description: 'The country that stopped publishing (world id)' }),
		from_year: col.integer({
			description: 'First data year without the breakdown',
			min: 1990,
			max: 2030
		}),
		what: col.text({ description: 'What stopped, in words' }),
		source_id: sourceId
	}
});

export const places = defineDataset({
	name: 'places',
	pinned: ['id'],
	title: 'Places on the oil routes map',
	description:
		'Ports, terminals, a pipeline junction and refineries on the 2020 oil routes, with approximate coordinates used only to draw the map.',
	producedBy: 'written by hand',
	sourceColumn: 'source_id',
	columns: {
		id: col.text({ description: 'Place id' }),
		name: col.text({ description: 'Name shown on the map' }),
		kind: col.enum(['port', 'junction', 'refinery', 'origin', 'load port'] as const, {
			description: 'What the place is'
		}),
		country: col.text({ description: 'Country' }),
		lat: col.number({ description: 'Latitude, rounded to 0.1°', unit: '°N' }),
		lon: col.number({ description: 'Longitude, rounded to 0.1°', unit: '°E' }),
		note: col.optional(col.text({ description: 'What happens there' })),
		source_id: sourceId
	}
});

// ---------------------------------------------------------------- every country (the /compare page)

const worldYear = col.integer({
	description:
		'Data year as the text states it (not the edition year); a fiscal year is dated by the year it ends in',
	min: 1970,
	max: 2030
});
const worldFlow = col.enum(['exports', 'imports'] as const, { description: 'Trade flow' });
const worldEstimate = col.enum(['yes', 'no'] as const, {
	description: 'Whether the Factbook marks the figure "est."'
});
const worldFiscal = col.optional(
	col.text({ description: 'The fiscal year as printed (FY88, FY93/94); empty for calendar years' })
);
const worldFlag = (what: string) =>
	col.optional(
		col.text({
			description: `"suspect: …" with the reason where the screen for misprints finds ${what} implausible as printed (drawn as suspect, left out of derived figures); empty otherwise`
		})
	);
const worldEdition = col.integer({
	description: 'Factbook edition the row comes from',
	min: 1990,
	max: 2030
});
const countryId = (what: string) =>
	col.text({
		description: `${what}: lower-case ISO alpha-3 (rus), or x-<FIPS> for entries without one (x-yi: Serbia and Montenegro)`
	});

export const worldCountries = defineDataset({
	name: 'world_countries',
	pinned: ['id', 'name'],
	title: 'Countries and other Factbook entries',
	description:
		"Every entry of the Factbook archive's master country table (plus three early reporters it lacks), with the id the world datasets use, its ISO codes and what it is.",
	producedBy:
		'data/scripts/world-countries.ts from data/raw/factbook-world/master_countries.csv and country_iso_codes.csv',
	sourceColumn: 'source_id',
	columns: {
		id: countryId('Id'),
		name: col.text({ description: 'Canonical name in the archive' }),
		iso3: col.optional(col.text({ description: 'ISO 3166 alpha-3 code' })),
		iso_numeric: col.optional(
			col.text({ description: 'ISO 3166 numeric code (matches world-atlas ids)' })
		),
		type: col.text({
			description: 'Entity type: sovereign, territory, dissolved, disputed, misc, …'
		}),
		fips: col.text({ description: 'FIPS 10-4 code, lower case' }),
		first_year: col.optional(
			col.integer({ description: 'First data year with a list or total', min: 1970, max: 2030 })
		),
		last_year: col.optional(
			col.integer({ description: 'Last data year with a list or total', min: 1970, max: 2030 })
		),
		source_id: sourceId
	}
});

export const countryGroups = defineDataset({
	name: 'country_groups',
	pinned: ['group'],
	title: 'Country groups',
	description:
		'Named groups of countries that /compare draws side by side (the former Soviet states, the Baltic states, the Eurasian Economic Union’s members), one row per member, each citing a source that lists it.',
	producedBy: 'data/scripts/country-groups.ts from data/curated/country_groups.csv',
	sourceColumn: 'source_id',
	columns: {
		group: col.text({ description: 'Group id, used in the address (group.set=former-soviet)' }),
		group_name: col.text({ description: 'The group’s name' }),
		member: countryId('Member'),
		member_name: col.text({ description: 'The member’s name in world_countries' }),
		source_id: sourceId
	}
});

export const worldPartnerShares = defineDataset({
	name: 'world_partner_shares',
	pinned: ['reporter', 'year'],
	title: 'Partner lists of every country, by data year',
	description:
		"Every entry of every country's export and import partner lists in the Factbook, 1990–2025 editions, one list per reporter, flow and data year (the latest edition that states the year wins; a list is taken whole from one edition). Names printed without a share have an empty share_pct. A country missing from a list is below its smallest share, except in mirror (top five) lists, where missing means not reported.",
	producedBy:
		'data/scripts/world-shares.ts from data/raw/factbook-world/ and data/curated/partner_aliases.csv',
	sourceColumn: 'source_id',
	columns: {
		reporter: countryId('Reporting country'),
		year: worldYear,
		flow: worldFlow,
		partner: col.optional(
			col.text({
				description:
					'Partner: a country id, an aggregate (agg-eu, agg-fsu, …), or empty where the alias table lists the name as unmapped'
			})
		),
		partner_name: col.text({ description: 'The partner as printed' }),
		share_pct: col.optional(
			col.number({
				description: "Partner's share of the flow (empty: listed without one)",
				unit: '%'
			})
		),
		rank: col.integer({ description: 'Position in the printed list, from 1', min: 1 }),
		list_basis: col.enum(['reported', 'top five (mirror data)'] as const, {
			description:
				"reported: the country's own statistics; top five (mirror data): computed from partners' reports, absence means not reported"
		}),
		estimate: worldEstimate,
		fiscal: worldFiscal,
		edition: worldEdition,
		flag: worldFlag('the list (its countries sum to over 100%)'),
		source_id: sourceId
	}
});

export const worldTotals = defineDataset({
	name: 'world_totals',
	pinned: ['reporter', 'year'],
	title: 'Total exports and imports of every country, by data year',
	description:
		'Exports and imports in USD bn as the Factbook states them for a named year (totals without a year are skipped), the latest edition that states a year winning. Goods up to the 2020 edition, goods and services from the 2021 edition: never read across that break as one series.',
	producedBy: 'data/scripts/world-totals.ts from data/raw/factbook-world/',
	sourceColumn: 'source_id',
	columns: {
		reporter: countryId('Reporting country'),
		year: worldYear,
		flow: worldFlow,
		value_usd_bn: col.number({ description: 'The flow', unit: 'USD bn' }),
		coverage: col.enum(['goods', 'goods and services'] as const, {
			description: 'goods up to the 2020 edition, goods and services from the 2021 edition'
		}),
		estimate: worldEstimate,
		fiscal: worldFiscal,
		edition: worldEdition,
		flag: worldFlag(
			'the total (a jump against its neighbouring years, or an exports/imports ratio far from the country’s own)'
		),
		source_id: sourceId
	}
});

const boundCol = (what: string) =>
	col.optional(
		col.enum(['<'] as const, {
			description: `"<" when ${what} is an upper bound (the partner is absent from the list, so below its smallest share)`
		})
	);

export const worldPairTurnover = defineDataset({
	name: 'world_pair_turnover',
	pinned: ['reporter', 'partner'],
	title: "A partner's share of each country's turnover (derived)",
	description:
		"B's share of A's exports + imports, (s_x·X + s_m·M)/(X+M), for every year A gives both partner lists and both totals on one coverage, and every country B that A lists with a share in at least one flow. Where B is absent from A's other list, that list's smallest share is used as a bound and the result is marked \"<\". Derived, not reported: the computation column shows the arithmetic.",
	producedBy:
		'data/scripts/world-pairs.ts from the lists and totals of world_partner_shares and world_totals (same extraction)',
	sourceColumn: 'source_id',
	columns: {
		reporter: countryId('Country A'),
		partner: countryId('Country B'),
		year: worldYear,
		turnover_share_pct: col.number({ description: "B's share of A's turnover", unit: '%' }),
		bound: boundCol('the turnover share'),
		export_share_pct: col.number({ description: "B's share of A's exports", unit: '%' }),
		export_bound: boundCol('the export share'),
		import_share_pct: col.number({ description: "B's share of A's imports", unit: '%' }),
		import_bound: boundCol('the import share'),
		exports_usd_bn: col.number({ description: "A's exports", unit: 'USD bn' }),
		imports_usd_bn: col.number({ description: "A's imports", unit: 'USD bn' }),
		coverage: col.enum(['goods', 'mixed'] as const, {
			description:
				'goods: goods shares weighted by goods totals; mixed: goods shares weighted by goods-and-services totals (2021 edition on). Same words as trade_turnover.csv.'
		}),
		year_basis: col.enum(['calendar', 'fiscal', 'mixed'] as const, {
			description:
				'calendar or fiscal years for all four inputs; mixed where calendar-year lists meet fiscal-year totals (or the reverse)'
		}),
		bound_conflict: col.optional(
			col.text({
				description:
					"Where B's own report puts B above a bound used here: the figure it gives, with its arithmetic. The bound is contradicted, so the row is not B's share"
			})
		),
		computation: col.text({ description: 'The formula with the inputs of this row' }),
		source_id: sourceId
	}
});

/**
 * Every dataset, under the name the code uses for its rows (`data.factbook`, `data.oil`). This one
 * list drives loading, the record types, row counts, the catalogue and data/README.md: adding a
 * dataset is a schema here and a script in data/scripts.
 */
export const DATASET_KEYS = {
	turnover: tradeTurnover,
	factbook: factbookTrade,
	shares: tradeShares,
	values: tradeValues,
	partners,
	timeline,
	disputes: energyDisputes,
	gasPrices,
	oil: oilImports2020,
	claims,
	places,
	stated: statedFigures,
	worldCountries,
	worldShares: worldPartnerShares,
	worldTotals,
	worldPairs: worldPairTurnover,
	groups: countryGroups,
	blackouts: reportingBlackouts,
	sources
} as const;

export const DATASETS = Object.values(DATASET_KEYS);

/** The rows of every dataset, typed by its schema. */
export type AtlasRows = {
	-readonly [K in keyof typeof DATASET_KEYS]: RecordOf<(typeof DATASET_KEYS)[K]['columns']>[];
};
export type AtlasData = AtlasRows & {
	/** Rows per dataset file name (`factbook_trade`). */
	rowCounts: Record<string, number>;
};

export type SourceRecord = RecordOf<typeof sources.columns>;
export type FactbookRecord = RecordOf<typeof factbookTrade.columns>;
export type TurnoverRecord = RecordOf<typeof tradeTurnover.columns>;
export type TradeShareRecord = RecordOf<typeof tradeShares.columns>;
export type TradeValueRecord = RecordOf<typeof tradeValues.columns>;
export type PartnerRecord = RecordOf<typeof partners.columns>;
export type TimelineRecord = RecordOf<typeof timeline.columns>;
export type DisputeRecord = RecordOf<typeof energyDisputes.columns>;
export type GasPriceRecord = RecordOf<typeof gasPrices.columns>;
export type OilRecord = RecordOf<typeof oilImports2020.columns>;
export type ClaimRecord = RecordOf<typeof claims.columns>;
export type PlaceRecord = RecordOf<typeof places.columns>;
export type StatedFigureRecord = RecordOf<typeof statedFigures.columns>;
export type WorldCountryRecord = RecordOf<typeof worldCountries.columns>;
export type WorldShareRecord = RecordOf<typeof worldPartnerShares.columns>;
export type WorldTotalRecord = RecordOf<typeof worldTotals.columns>;
export type WorldPairRecord = RecordOf<typeof worldPairTurnover.columns>;
export type CountryGroupRecord = RecordOf<typeof countryGroups.columns>;
