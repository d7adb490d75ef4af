import { pageContent } from '$lib/server/islands';
import type { StageStep } from '$lib/story/types';

/**
 * What the live chart needs in the browser: each step's chart and state, and what to announce.
 * The text itself is static (written by the server, never shipped as data).
 */
export const load = () => {
	const story = pageContent('story');
	const steps: StageStep[] = story.sections.flatMap((sec) =>
		sec.steps.map((s) => ({
			n: s.n,
			chart: s.chart,
			params: s.params,
			event: s.event,
			chartHref: s.chartHref,
			announce: `Step ${s.n} of ${story.stepCount}: ${s.title}. Chart: ${s.chartTitle}.`
		}))
	);
	const first = story.sections[0]?.steps[0];
	if (!first) throw new Error('the story has no steps');
	return {
		steps,
		nav: story.sections.flatMap((sec) => sec.steps.map((s) => ({ n: s.n, title: s.title }))),
		placeholder: {
			src: first.figure.wide.src,
			alt: first.description,
			width: first.figure.wide.width,
			height: first.figure.wide.height
		}
	};
};
