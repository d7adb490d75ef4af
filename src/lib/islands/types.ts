/**
 * The data each chart's view draws (everything but its URL parameters), as the server prepares it
 * and as `/chart-data/<id>.json` serves it; and each page's static content.
 */
import type { StatedShare } from '$lib/charts/ComparePair/model';
import type {
	DisputeRecord,
	FactbookRecord,
	GasPriceRecord,
	OilRecord,
	TimelineRecord,
	TradeValueRecord
} from '$lib/data/datasets';
import type { SourceIndex } from '$lib/charts/sources';
import type { AtlasEvent } from '$lib/charts/events/events';
import type { AsymmetryInput } from '$lib/charts/TradeAsymmetry/prepare';
import type { TimelineInput } from '$lib/charts/TradeShareTimeline/prepare';
import type { PartnerFlow } from '$lib/charts/TradePartners/prepare';
import type { RoutesMap } from '$lib/charts/OilRoutesMap/geo';
import type { Panel } from '$lib/narrative/content';
import type { KeyFigure } from '../../routes/_home/keyFigures';
import type { Concentration, ShareEstimate, SocarComparison } from '$lib/data/oil';
import type { AboutPage, SourceRow } from '$lib/about/model';
import type { StoryPage } from '$lib/story/types';
import type { PairFile } from '$lib/charts/ComparePair/model';
import type { CountryGroup } from '$lib/charts/CompareGroup/model';
import type { CountryRef } from '$lib/charts/CompareDependents/model';
import type { YearFile } from '$lib/data/world';

interface Sourced {
	sources: SourceIndex;
}

export interface ChartDataMap {
	'trade-asymmetry': Sourced & {
		input: AsymmetryInput;
		years: number[];
		/** Grades of the sources the claims cite. */
		grades: Record<string, string>;
	};
	'trade-share-timeline': Sourced & { input: TimelineInput; events: AtlasEvent[] };
	'trade-partners': Sourced & {
		factbook: readonly FactbookRecord[];
		/** Years with a partner list, for each flow. */
		years: Record<PartnerFlow, number[]>;
	};
	'trade-values': Sourced & {
		values: readonly TradeValueRecord[];
		factbook: readonly FactbookRecord[];
		events: AtlasEvent[];
	};
	'energy-disputes': Sourced & { rows: readonly DisputeRecord[] };
	'gas-price': Sourced & { rows: readonly GasPriceRecord[]; events: AtlasEvent[] };
	'oil-sources-2020': Sourced & { rows: readonly OilRecord[] };
	'oil-cargo-timeline': Sourced & { rows: readonly OilRecord[] };
	'oil-routes-map': Sourced & { map: RoutesMap };
	'relations-timeline': Sourced & { rows: readonly TimelineRecord[] };
	/** The default pair (Belarus, Russia); the page passes other pairs' files as props. */
	/** The default pair's files, the event layer, and the official statements of Belarus–Russia shares. */
	'compare-pair': Sourced & {
		a: PairFile;
		b: PairFile;
		events: AtlasEvent[];
		stated: StatedShare[];
	};
	/** Every group; the default partner and group's member files (the page passes others). */
	'compare-group': Sourced & {
		groups: CountryGroup[];
		partner: { id: string; name: string };
		files: PairFile[];
	};
	/** The default country's file (the page passes others) and every country's name by id. */
	'country-partners': Sourced & { file: PairFile; names: Record<string, string> };
	/**
	 * The default year's file (the page passes another year's file as a prop), every country with
	 * its ISO numeric id, and the map: the shapes file's address and each shape's label point.
	 */
	'compare-dependents': Sourced & {
		file: YearFile;
		countries: CountryRef[];
		map: { width: number; height: number; href: string; shapes: [string, number, number][] };
	};
}

export interface PageContent {
	home: Sourced & {
		headline: Panel;
		about: Panel;
		figures: KeyFigure[];
	};
	trade: Sourced & { panels: Record<'asymmetry' | 'shares' | 'partners' | 'values', Panel> };
	energy: Sourced & {
		panels: Record<'gas' | 'beltransgaz' | 'unpaid' | 'oil', Panel>;
	};
	oil: Sourced & {
		panels: Record<'why' | 'alternatives' | 'ending', Panel>;
		shares: ShareEstimate[];
		concentration: Concentration;
		socar: SocarComparison;
	};
	about: AboutPage;
	/** /about/sources: every source with its grade. */
	sources: { sources: SourceRow[]; count: number };
	story: StoryPage;
	compare: Sourced & {
		panels: Record<'pair' | 'dependents' | 'group' | 'partners' | 'method', Panel>;
	};
}
export type PageName = keyof PageContent;

/** One source as a chart's own page lists it (full record; the Factbook's editions folded). */
export interface ChartSource {
	id: string;
	outlet: string;
	title: string;
	date: string;
	href: string | null;
	confidence: string;
}

export interface ChartPageContent {
	sources: ChartSource[];
}
