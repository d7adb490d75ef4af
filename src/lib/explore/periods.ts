/**
 * Periods as statistics offices write them: the Belstat and Rosstat forms (`01.2022`,
 * `01.01.2022`, `I кв. 2022`, `январь 2022 г.`), ISO (`2022-01`, `2022-01-15`) and quarters
 * (`2022 Q1`). A month or a quarter is a period, not an instant: it is kept with its grain, placed
 * at its first day only as a position on the axis, and always written back as a month or a
 * quarter, never as a day. Pure; the worker (parse.ts) and the chart use it.
 */

import { type Grain, type PeriodForm } from './periodForms';
export { FORM_GRAIN, FORM_NAMES, type Grain, type PeriodForm } from './periodForms';

export interface PeriodRead {
	/** The period's first day, 00:00 UTC, in milliseconds: its place on a time axis. */
	ms: number;
	form: PeriodForm;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
// two digits for the month: `1.2022` is as likely a number as January
const MY = /^(\d{2})\.(\d{4})$/;
const QUARTER_AFTER = /^(\d{4})\s*[-–]?\s*q([1-4])$/;
const QUARTER_BEFORE = /^q([1-4])\s*[-–]?\s*(\d{4})$/;
const QUARTER_RU = /^(iv|i{1,3}|[1-4])\s*-?\s*(?:кв\.?|кварт\.?|квартал)\s*(\d{4})$/;
const MONTH_NAME = /^([\p{L}]+)\.?\s*(\d{4})$/u;
/** "г.", "г", "год", "года" after a year (Russian and Belarusian: "г." / "год"). */
const YEAR_WORD = /\s*(?:г\.?|год[а]?)$/;
const YEAR = /^\d{4}$/;
const FOUR_DIGITS = /\d{4}/;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Russian and Belarusian month names in the forms a table uses, and their short forms. */
let months: Map<string, number> | null = null;
/** Built on first use, so that a page importing this module for its labels carries no table. */
function monthTable(): Map<string, number> {
	if (months) return months;
	const MONTHS = new Map<string, number>();
	const soft = ['ь', 'я', 'е', 'ю', 'ём', 'ем'];
	const hard = ['', 'а', 'е', 'у', 'ом'];
	const ru: [string, string[], number][] = [
		['январ', soft, 1],
		['феврал', soft, 2],
		['март', hard, 3],
		['апрел', soft, 4],
		['ма', ['й', 'я', 'е', 'ю', 'ем'], 5],
		['июн', soft, 6],
		['июл', soft, 7],
		['август', hard, 8],
		['сентябр', soft, 9],
		['октябр', soft, 10],
		['ноябр', soft, 11],
		['декабр', soft, 12]
	];
	for (const [stem, ends, m] of ru) for (const e of ends) MONTHS.set(stem + e, m);
	const short: [string, number][] = [
		['янв', 1],
		['фев', 2],
		['февр', 2],
		['мар', 3],
		['апр', 4],
		['июн', 6],
		['июл', 7],
		['авг', 8],
		['сен', 9],
		['сент', 9],
		['окт', 10],
		['ноя', 11],
		['нояб', 11],
		['дек', 12]
	];
	for (const [w, m] of short) MONTHS.set(w, m);
	// Belarusian: nominative, genitive and locative ("у студзені")
	const be: [string[], number][] = [
		[['студзень', 'студзеня', 'студзені'], 1],
		[['люты', 'лютага', 'лютым'], 2],
		[['сакавік', 'сакавіка', 'сакавіку'], 3],
		[['красавік', 'красавіка', 'красавіку'], 4],
		[['травень', 'траўня', 'траўні'], 5],
		[['чэрвень', 'чэрвеня', 'чэрвені'], 6],
		[['ліпень', 'ліпеня', 'ліпені'], 7],
		[['жнівень', 'жніўня', 'жніўні'], 8],
		[['верасень', 'верасня', 'верасні'], 9],
		[['кастрычнік', 'кастрычніка', 'кастрычніку'], 10],
		[['лістапад', 'лістапада', 'лістападзе'], 11],
		[['снежань', 'снежня', 'снежні'], 12]
	];
	for (const [words, m] of be) for (const w of words) MONTHS.set(w, m);
	return (months = MONTHS);
}

const okYear = (y: number) => y >= 1000 && y <= 2999;

function monthStart(y: number, m: number): number | null {
	return okYear(y) && m >= 1 && m <= 12 ? Date.UTC(y, m - 1, 1) : null;
}

function day(y: number, m: number, d: number): number | null {
	if (!okYear(y) || m < 1 || m > 12 || d < 1 || d > 31) return null;
	const ms = Date.UTC(y, m - 1, d);
	return new Date(ms).getUTCDate() === d ? ms : null;
}

/** Lower case, one kind of space, Cyrillic І read as Latin I (Roman numerals are typed in both). */
function norm(v: string): string {
	return v
		.trim()
		.toLowerCase()
		.replace(/[\s\u00a0]+/g, ' ')
		.replace(/і(?=[іiv]*\s*-?\s*кв)/g, 'i');
}

/** A year as written ("2022", "2022 г.", "2022 год"), or null. */
export function readYear(v: string): number | null {
	const t = norm(v).replace(YEAR_WORD, '');
	return YEAR.test(t) && okYear(Number(t)) ? Number(t) : null;
}

/** A cell as a period in one of the forms, or null (not a period, or no such day or month). */
export function readPeriod(v: string): PeriodRead | null {
	const raw = v.trim();
	// every form has a four-digit year: most cells that are not periods stop here
	if (raw.length > 40 || !FOUR_DIGITS.test(raw)) return null;
	let m = ISO_DAY.exec(raw);
	if (m) return at(day(+m[1]!, +m[2]!, +m[3]!), 'iso-day');
	if ((m = ISO_MONTH.exec(raw))) return at(monthStart(+m[1]!, +m[2]!), 'iso-month');
	if ((m = DMY.exec(raw))) return at(day(+m[3]!, +m[2]!, +m[1]!), 'dmy');
	if ((m = MY.exec(raw))) return at(monthStart(+m[2]!, +m[1]!), 'my');
	const t = norm(raw).replace(YEAR_WORD, '');
	if ((m = QUARTER_AFTER.exec(t))) return at(quarterStart(+m[1]!, +m[2]!), 'quarter-q');
	if ((m = QUARTER_BEFORE.exec(t))) return at(quarterStart(+m[2]!, +m[1]!), 'quarter-q');
	if ((m = QUARTER_RU.exec(t))) {
		const q = ROMAN[m[1]!] ?? Number(m[1]);
		return at(quarterStart(+m[2]!, q), 'quarter-ru');
	}
	if ((m = MONTH_NAME.exec(t))) {
		const month = monthTable().get(m[1]!);
		return month ? at(monthStart(+m[2]!, month), 'month-name') : null;
	}
	return null;
}

function quarterStart(y: number, q: number): number | null {
	return q >= 1 && q <= 4 ? monthStart(y, (q - 1) * 3 + 1) : null;
}

function at(ms: number | null, form: PeriodForm): PeriodRead | null {
	return ms === null ? null : { ms, form };
}

const MONTH_SHORT = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
];

/**
 * A period written back by its grain: `table` (the table and the CSV: 2022-01-15, 2022-01,
 * 2022-Q1), `label` (axis ticks and the tooltip: 15 Jan 2022, Jan 2022, Q1 2022). A month is never
 * written with a day.
 */
export function formatPeriod(ms: number, grain: Grain, style: 'table' | 'label' = 'label'): string {
	const d = new Date(ms);
	const y = d.getUTCFullYear();
	const m = d.getUTCMonth();
	const mm = String(m + 1).padStart(2, '0');
	if (grain === 'quarter') {
		const q = Math.floor(m / 3) + 1;
		return style === 'table' ? `${y}-Q${q}` : `Q${q} ${y}`;
	}
	if (grain === 'month') return style === 'table' ? `${y}-${mm}` : `${MONTH_SHORT[m]} ${y}`;
	const dd = String(d.getUTCDate()).padStart(2, '0');
	return style === 'table' ? `${y}-${mm}-${dd}` : `${d.getUTCDate()} ${MONTH_SHORT[m]} ${y}`;
}

/** Steps between ticks, in months, for each grain (a tick falls on a period's start only). */
const STEPS: Record<Exclude<Grain, 'day'>, number[]> = {
	month: [1, 2, 3, 6, 12, 24, 60, 120, 240],
	quarter: [3, 6, 12, 24, 60, 120, 240]
};

/**
 * Ticks for a month or quarter axis between lo and hi (ms): at period starts only, at most
 * `most` of them, in whole steps (every month, every 2, quarterly, half-yearly, yearly…) aligned
 * to January, so a quarter axis is labelled Q1, Q2… and never mid-quarter. Days: null (the time
 * scale's own ticks fall on days already).
 */
export function periodTicks(lo: number, hi: number, grain: Grain, most: number): number[] | null {
	if (grain === 'day' || !(hi >= lo)) return null;
	const a = new Date(lo);
	const b = new Date(hi);
	const first = a.getUTCFullYear() * 12 + a.getUTCMonth();
	const last = b.getUTCFullYear() * 12 + b.getUTCMonth();
	const steps = STEPS[grain];
	const step =
		steps.find((s) => Math.floor(last / s) - Math.ceil(first / s) + 1 <= Math.max(1, most)) ??
		steps[steps.length - 1]!;
	const out: number[] = [];
	for (let k = Math.ceil(first / step) * step; k <= last; k += step) {
		const ms = Date.UTC(Math.floor(k / 12), k % 12, 1);
		if (ms >= lo && ms <= hi) out.push(ms);
	}
	return out;
}

/**
 * A tick's label on a month or quarter axis: the period (Jan 2022, Q1 2022), or only the year when
 * the ticks are a year or more apart (each then falls on January, the year's start).
 */
export function periodTickLabel(ms: number, grain: Grain, ticks: readonly number[]): string {
	const a = ticks[0];
	const b = ticks[1];
	const months = (t: number) => new Date(t).getUTCFullYear() * 12 + new Date(t).getUTCMonth();
	if (
		a !== undefined &&
		b !== undefined &&
		months(b) - months(a) >= 12 &&
		new Date(ms).getUTCMonth() === 0
	)
		return String(new Date(ms).getUTCFullYear());
	return formatPeriod(ms, grain, 'label');
}
