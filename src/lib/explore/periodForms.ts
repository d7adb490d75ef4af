/**
 * The forms a period column can be written in, and their names: apart from the reading code
 * (periods.ts), so that the file report, which loads with the page, carries only these words.
 */

export type Grain = 'day' | 'month' | 'quarter';

/** How a column writes its periods; a column of periods keeps one form throughout. */
export type PeriodForm =
	'iso-day' | 'iso-month' | 'dmy' | 'my' | 'quarter-q' | 'quarter-ru' | 'month-name';

export const FORM_GRAIN: Record<PeriodForm, Grain> = {
	'iso-day': 'day',
	'iso-month': 'month',
	dmy: 'day',
	my: 'month',
	'quarter-q': 'quarter',
	'quarter-ru': 'quarter',
	'month-name': 'month'
};

/** Each form in words, with an example, for the file report and the problems. */
export const FORM_NAMES: Record<PeriodForm, string> = {
	'iso-day': 'year-month-day (2020-08-04)',
	'iso-month': 'year-month (2022-01)',
	dmy: 'day.month.year (15.01.2022)',
	my: 'month.year (01.2022)',
	'quarter-q': 'quarters (2022 Q1)',
	'quarter-ru': 'quarters (I кв. 2022)',
	'month-name': 'months by name (январь 2022)'
};
