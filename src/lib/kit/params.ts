/**
 * Chart-owned URL parameters. A chart declares its parameters once (type, default, allowed
 * values) under a short key; in the URL they are `<key>.<name>` (`partners.year=2005`), so the
 * names stay unique wherever the chart appears. Names the site used before are read and rewritten.
 */
import { readState, writeState, type ParamSpec, type Specs, type StateOf } from '$lib/state/url';

export interface ChartParams<S extends Specs> {
	/** Short key of the chart in URLs: "partners". */
	key: string;
	specs: S;
	/** Old URL names → this chart's parameter, e.g. { pyear: 'year' }. */
	legacy?: Partial<Record<string, keyof S & string>>;
}

export function chartParams<S extends Specs>(
	key: string,
	specs: S,
	legacy?: Partial<Record<string, keyof S & string>>
): ChartParams<S> {
	return { key, specs, ...(legacy ? { legacy } : {}) };
}

/** The URL name of a chart parameter. */
export const urlName = (key: string, name: string): string => `${key}.${name}`;

/** Every URL name a set of charts uses; throws if two charts on one page would share a name. */
export function flatSpecs(charts: readonly ChartParams<Specs>[], shared: Specs = {}): Specs {
	const out: Specs = { ...shared };
	for (const c of charts)
		for (const [name, spec] of Object.entries(c.specs)) {
			const n = urlName(c.key, name);
			if (n in out) throw new Error(`Two charts on one page use the URL parameter "${n}".`);
			out[n] = spec as ParamSpec<unknown>;
		}
	return out;
}

/**
 * The query with old names rewritten to the current ones (a current name wins over an old one);
 * names no chart on the page knows are kept as they are.
 */
export function upgradeQuery(
	charts: readonly ChartParams<Specs>[],
	params: URLSearchParams
): URLSearchParams {
	const out = new URLSearchParams(params);
	// an old name may feed several charts (the page-wide `events` became one per chart)
	for (const c of charts)
		for (const [old, name] of Object.entries(c.legacy ?? {})) {
			const value = params.get(old);
			const n = name ? urlName(c.key, name) : null;
			if (value === null || n === null || params.has(n)) continue;
			out.set(n, value);
		}
	for (const c of charts) for (const old of Object.keys(c.legacy ?? {})) out.delete(old);
	return out;
}

/** One chart's state, read from the page's flat state. */
export function stateOf<S extends Specs>(
	c: ChartParams<S>,
	flat: Record<string, unknown>
): StateOf<S> {
	const out: Record<string, unknown> = {};
	for (const name of Object.keys(c.specs)) out[name] = flat[urlName(c.key, name)];
	return out as StateOf<S>;
}

/** A chart's patch, as a patch of the page's flat state. */
export function patchOf<S extends Specs>(
	c: ChartParams<S>,
	patch: Partial<StateOf<S>>
): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [name, v] of Object.entries(patch)) if (v !== undefined) out[urlName(c.key, name)] = v;
	return out;
}

/** Read a page's charts' state from a query (old names included). */
export function readCharts(
	charts: readonly ChartParams<Specs>[],
	shared: Specs,
	params: URLSearchParams
): Record<string, unknown> {
	return readState(flatSpecs(charts, shared), upgradeQuery(charts, params));
}

/** The canonical query for a page's state: defaults left out, old names gone, others kept. */
export function writeCharts(
	charts: readonly ChartParams<Specs>[],
	shared: Specs,
	state: Record<string, unknown>,
	params: URLSearchParams
): URLSearchParams {
	const specs = flatSpecs(charts, shared);
	return writeState(specs, state as StateOf<Specs>, upgradeQuery(charts, params));
}
