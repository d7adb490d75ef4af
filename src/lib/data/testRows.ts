/** Small fixed rows for model tests: a dataset row with every column empty but the ones a test sets. */
import type { OilRecord } from './datasets';

export function oilRow(p: Partial<Record<keyof OilRecord, unknown>>): OilRecord {
	return {
		date_start: null,
		date_end: null,
		date_note: null,
		kind: 'cargo',
		status: 'confirmed',
		event: '',
		origin: 'Norway',
		origin_as_stated: null,
		crude_grade: null,
		volume_t: null,
		volume_note: null,
		vessel: null,
		load_port: null,
		port: null,
		onward_route: null,
		refinery: null,
		source_id: ['S1'],
		confidence: 'verified',
		note: null,
		share_pct: null,
		...p
	} as unknown as OilRecord;
}
