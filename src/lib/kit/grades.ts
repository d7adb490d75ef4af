/** Confidence grades of rows that are drawn or added together. */

import { GRADES as SUREST_FIRST } from '$lib/data/datasets';

const GRADES: readonly string[] = [...SUREST_FIRST].reverse();

/** The lowest grade among rows: a sum is no surer than its least sure part (unknown counts lowest). */
export function worstConfidence(grades: readonly string[]): string {
	return grades.reduce((a, g) => (GRADES.indexOf(g) < GRADES.indexOf(a) ? g : a), 'verified');
}
