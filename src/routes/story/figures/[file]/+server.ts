/**
 * Each story step's chart as a static SVG file (/story/figures/step-<n>.svg and -narrow.svg),
 * written at build time: what the story shows without JavaScript and in print.
 */
import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { figureFile, stepFigureSvg, storySections } from '$lib/server/story';
import { storySteps } from '$lib/story/content';

export const prerender = true;

const LAYOUTS = ['wide', 'narrow'] as const;

export const entries: EntryGenerator = () =>
	storySteps(storySections()).flatMap((s) => LAYOUTS.map((l) => ({ file: figureFile(s.n, l) })));

export const GET: RequestHandler = ({ params }) => {
	const m = /^step-(\d{1,3})(-narrow)?\.svg$/.exec(params.file);
	const step = m && storySteps(storySections()).find((s) => s.n === Number(m[1]));
	if (!m || !step) error(404, 'No such story figure');
	return new Response(stepFigureSvg(step, m[2] ? 'narrow' : 'wide'), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
};
