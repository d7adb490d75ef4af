/** What /story shows: prepared on the server (src/lib/server/story.ts), written once as static HTML. */
import type { ChartId } from '$lib/charts/types';
import type { StoryStep } from './content';
import type { SourceIndex } from '$lib/charts/sources';

/** One of the article's claims with its verdict from the data (claims.csv, checked in claims.ts). */
export interface StoryClaim {
	id: string;
	claim: string;
	/** As the article puts it: "about 48%". */
	said: string;
	status: 'consistent' | 'differs' | 'ruled out' | 'no data';
	verdict: string;
	/** The value derived from the data, or null when it cannot be checked. */
	derived: string | null;
	/** The arithmetic behind the derived value (or why there is none). */
	computation: string;
	bound: string | null;
	/** Where the check is shown in full. */
	href: string;
}

/** A step as the page shows it: the parsed step (content.ts), with what the server prepared. */
export interface StoryStepView extends Pick<
	StoryStep,
	'n' | 'title' | 'chart' | 'query' | 'params' | 'event' | 'paragraphs'
> {
	chartHref: string;
	/** Labels of the sources behind the step's figures. */
	sources: string[];
	claims: StoryClaim[];
	/** The chart's own description of this view: the figure's text alternative. */
	description: string;
	figure: Record<'wide' | 'narrow', { src: string; width: number; height: number }>;
	/** The chart's title and source line as its frame shows them. */
	chartTitle: string;
	chartSources: string;
}

export interface StorySectionView {
	id: string;
	title: string;
	intro: string[];
	steps: StoryStepView[];
}

export interface StoryPage {
	sections: StorySectionView[];
	/** The source article and its own references. */
	references: StoryReference[];
	stepCount: number;
	sources: SourceIndex;
}

/** What the browser needs to move the live chart: each step's chart and state (page data). */
export interface StageStep {
	n: number;
	chart: ChartId;
	params: Record<string, unknown>;
	event: string | null;
	chartHref: string;
	/** What the live region says when the step arrives. */
	announce: string;
}

/** The source article, or one of its own references, as the story lists them. */
export interface StoryReference {
	id: string;
	outlet: string;
	title: string;
	date: string;
	address: string;
	/** Whether the atlas read it, in words ("read: cited for …" / "not read: listed as the article cites it"). */
	read: string;
}
