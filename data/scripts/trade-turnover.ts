/** data/factbook_trade.csv → data/trade_turnover.csv: both turnover shares for every year with all inputs. */
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	bilateralTurnover,
	shareOfOtherTurnoverPct,
	turnoverSharePct
} from '../../src/lib/data/derive';
import { round, writeCsv, type Cell } from './lib';

interface Fb {
	year: string;
	reporter: string;
	flow: string;
	measure: string;
	partner: string;
	value: string;
	coverage: string;
	source_id: string;
}

const fmt = (n: number) => String(n);

export function build(outDir: string, inDir: string): void {
	const text = readFileSync(join(inDir, 'factbook_trade.csv'), 'utf8');
	const fb = Papa.parse<Fb>(text, { header: true, skipEmptyLines: true }).data;
	const get = (year: string, reporter: string, flow: string, measure: string, partner: string) =>
		fb.find(
			(r) =>
				r.year === year &&
				r.reporter === reporter &&
				r.flow === flow &&
				r.measure === measure &&
				r.partner === partner
		);
	const years = [...new Set(fb.map((r) => r.year))].sort();
	const rows: Record<string, Cell>[] = [];
	for (const y of years) {
		const sx = get(y, 'Belarus', 'exports', 'partner_share', 'Russia');
		const sm = get(y, 'Belarus', 'imports', 'partner_share', 'Russia');
		const bx = get(y, 'Belarus', 'exports', 'total', 'World');
		const bm = get(y, 'Belarus', 'imports', 'total', 'World');
		if (!sx || !sm || !bx || !bm) continue;
		const inputs = {
			exportsSharePct: Number(sx.value),
			importsSharePct: Number(sm.value),
			exportsUsdBn: Number(bx.value),
			importsUsdBn: Number(bm.value)
		};
		const bilateral = bilateralTurnover(inputs);
		// Goods partner shares times goods-and-services totals is not a goods figure: say so.
		const mixed = [sx, sm, bx, bm].some((r) => r.coverage !== 'goods');
		const coverage = mixed ? 'mixed' : 'goods';
		const MIXED_NOTE =
			'partner shares cover goods, totals goods and services; not comparable with goods-only years';
		const mixedNote = mixed ? MIXED_NOTE : '';
		const byIds = [...new Set([sx, sm, bx, bm].map((r) => r.source_id))].sort();
		const product = `${fmt(inputs.exportsSharePct)}% × ${fmt(inputs.exportsUsdBn)} + ${fmt(inputs.importsSharePct)}% × ${fmt(inputs.importsUsdBn)}`;
		rows.push({
			year: y,
			reporter: 'Belarus',
			partner: 'Russia',
			turnover_share_pct: round(turnoverSharePct(inputs), 2),
			bilateral_turnover_usd_bn: round(bilateral, 3),
			reporter_turnover_usd_bn: round(inputs.exportsUsdBn + inputs.importsUsdBn, 3),
			computation: `(${product}) / (${fmt(inputs.exportsUsdBn)} + ${fmt(inputs.importsUsdBn)})`,
			coverage,
			note: mixedNote,
			source_id: byIds.join(';')
		});
		const rx = get(y, 'Russia', 'exports', 'total', 'World');
		const rm = get(y, 'Russia', 'imports', 'total', 'World');
		if (!rx || !rm) continue;
		const ruTotal = Number(rx.value) + Number(rm.value);
		const ruMixed = mixed || [rx, rm].some((r) => r.coverage !== 'goods');
		rows.push({
			year: y,
			reporter: 'Russia',
			partner: 'Belarus',
			turnover_share_pct: round(
				shareOfOtherTurnoverPct(bilateral, Number(rx.value), Number(rm.value)),
				2
			),
			bilateral_turnover_usd_bn: round(bilateral, 3),
			reporter_turnover_usd_bn: round(ruTotal, 3),
			computation: `(${product}) / (${fmt(Number(rx.value))} + ${fmt(Number(rm.value))})`,
			coverage: ruMixed ? 'mixed' : 'goods',
			note: 'bilateral flows as Belarus reports them' + (ruMixed ? `; ${MIXED_NOTE}` : ''),
			source_id: [...new Set([...byIds, rx.source_id, rm.source_id])].sort().join(';')
		});
	}
	writeCsv(
		outDir,
		'trade_turnover',
		[
			'year',
			'reporter',
			'partner',
			'turnover_share_pct',
			'bilateral_turnover_usd_bn',
			'reporter_turnover_usd_bn',
			'computation',
			'coverage',
			'note',
			'source_id'
		] as const,
		rows
	);
}
