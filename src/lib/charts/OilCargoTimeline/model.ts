/**
 * oil-cargo-timeline model: one row per 2020 crude cargo (arrival at its precision, origin,
 * tonnes, status, vessel, grade, port, refinery, source, grade of the source), and the running
 * total of confirmed non-Russian arrivals, which rises on the day of a day-dated arrival and across
 * the month of a month-only one. Pure.
 */
import type { OilRecord } from '$lib/data/datasets';
import { provenanceColumns, type ChartModel } from '$lib/kit/model';
import { belowVerified, ENCODING_NOTES } from '$lib/kit/honesty';
import { partialDate, tonnesShort } from '../format';
import { LANE_LABEL, prepareCargoes, type Cargo } from './prepare';

/** One rise of the running total: from `from` to `to` tonnes over [t0, t1] (t0 === t1: on a day). */
export interface Rise {
	key: string;
	t0: number;
	t1: number;
	from: number;
	to: number;
	when: string;
}

export interface CargoModel extends ChartModel<Cargo> {
	rises: Rise[];
	total: number;
	/** Largest cargo, for the size scale. */
	largest: number;
}

export const kt = (t: number) => tonnesShort(t);
export const dayDated = (c: Cargo) =>
	c.from.precision === 'day' && (c.to === null || c.to.precision === 'day');

export function runningTotal(cargoes: readonly Cargo[]): Rise[] {
	const rises: Rise[] = [];
	let total = 0;
	for (const c of cargoes.filter((x) => x.confirmed && x.lane !== 'Russia')) {
		const prev = rises[rises.length - 1];
		const [a, b] = c.span ?? [c.t, c.t];
		const t0 = Math.max(a, prev?.t1 ?? a);
		rises.push({
			key: c.key,
			t0,
			t1: Math.max(b, t0),
			from: total,
			to: total + c.tonnes,
			when: c.when
		});
		total += c.tonnes;
	}
	return rises;
}

export function cargoModel(
	rows: readonly OilRecord[],
	sourceLabel: (ids: readonly string[]) => string
): CargoModel {
	const data = prepareCargoes(rows);
	const alt = data.cargoes.filter((c) => c.lane !== 'Russia');
	const unverified = data.cargoes.some((c) => belowVerified(c.confidence));
	const last = alt.filter((c) => c.confirmed).at(-1);
	return {
		rows: data.cargoes,
		key: (c) => c.key,
		rises: runningTotal(data.cargoes),
		total: data.total,
		largest: Math.max(...data.cargoes.map((c) => c.tonnes)),
		columns: [
			{ key: 'when', label: 'Arrival', value: (c) => c.when },
			{ key: 'origin', label: 'Origin', value: (c) => LANE_LABEL[c.lane] },
			{ key: 'tonnes', label: 'Volume', unit: 't', value: (c) => c.tonnes, format: (v) => kt(v) },
			{ key: 'status', label: 'Status', value: (c) => (c.confirmed ? 'arrived' : 'announced') },
			{ key: 'vessel', label: 'Vessel', value: (c) => c.vessel },
			{ key: 'grade', label: 'Grade', value: (c) => c.grade },
			{ key: 'port', label: 'Port', value: (c) => c.port },
			{ key: 'refinery', label: 'Refinery', value: (c) => c.refinery },
			{
				key: 'stated',
				label: 'Origin as stated',
				value: (c) => (c.lane === 'Russia' ? c.detail : null),
				tableOnly: true
			},
			...provenanceColumns(sourceLabel)
		],
		sourceIds: data.sourceIds,
		notes: [
			'Circle area is proportional to tonnes. Hollow circles: announced cargoes whose arrival the sources do not confirm.',
			`A dashed box spans the month in which a cargo known only to the month arrived; its circle sits in the middle and marks no day. The running total rises across that month, dashed. ${unverified ? ENCODING_NOTES.unverified : ''}`.trim(),
			'The running total counts confirmed non-Russian arrivals only; Russian crude bought through traders is shown in its own lane and not counted.',
			'Rail batches from Klaipėda to Naftan are part of these cargoes and are not shown again.'
		],
		description: `${alt.length} non-Russian cargoes documented in 2020, ${alt.filter((c) => !c.confirmed).length} of them announced but not confirmed; confirmed arrivals add up to ${kt(data.total)}${last ? ` by ${partialDate(last.to ?? last.from).replace(/^\d+ /, '')}` : ''}. ${data.cargoes.filter((c) => c.lane === 'Russia').length} cargoes of Russian crude also came by sea through traders.`
	};
}
