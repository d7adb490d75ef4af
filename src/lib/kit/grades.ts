/** Confidence grades of rows that are drawn or added together. */

const GRADES = ['not found', 'weak', 'partial', 'verified'];

/** The lowest grade among rows: a sum is no surer than its least sure part (unknown counts lowest). */
export function worstConfidence(grades: readonly string[]): string {
	return grades.reduce((a, g) => (GRADES.indexOf(g) < GRADES.indexOf(a) ? g : a), 'verified');
}
