/**
 * URL query ⇄ view state. Every parameter is parsed against the values the page can show; anything
 * else (tampered, out of range, markup) falls back to the default and never reaches the page.
 */

export type ParamSpec<T> = {
	default: T;
	parse(raw: string): T | undefined;
	serialize(v: T): string;
};

export function intParam(def: number, allowed: readonly number[]): ParamSpec<number> {
	return {
		default: def,
		parse: (raw) => {
			if (!/^\d{1,4}$/.test(raw)) return undefined;
			const n = Number(raw);
			return allowed.includes(n) ? n : undefined;
		},
		serialize: (v) => String(v)
	};
}

export function enumParam<const E extends string>(def: E, allowed: readonly E[]): ParamSpec<E> {
	return {
		default: def,
		parse: (raw) => ((allowed as readonly string[]).includes(raw) ? (raw as E) : undefined),
		serialize: (v) => v
	};
}

export function boolParam(def: boolean): ParamSpec<boolean> {
	return {
		default: def,
		parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
		serialize: (v) => (v ? '1' : '0')
	};
}

/** A set of values from a fixed list, comma-separated in the URL. Empty or unknown → undefined. */
export function setParam<const E extends string>(
	def: readonly E[],
	allowed: readonly E[]
): ParamSpec<readonly E[]> {
	return {
		default: def,
		parse: (raw) => {
			const parts = raw.split(',').filter(Boolean);
			if (parts.length === 0 || parts.length > allowed.length) return undefined;
			if (!parts.every((p) => (allowed as readonly string[]).includes(p))) return undefined;
			return allowed.filter((a) => parts.includes(a));
		},
		serialize: (v) => v.join(',')
	};
}

export type Specs = Record<string, ParamSpec<unknown>>;
export type StateOf<S extends Specs> = {
	[K in keyof S]: S[K] extends ParamSpec<infer T> ? T : never;
};

/** Read state from a query string; each bad or missing parameter takes its default. */
export function readState<S extends Specs>(specs: S, params: URLSearchParams): StateOf<S> {
	const out: Record<string, unknown> = {};
	for (const [key, spec] of Object.entries(specs)) {
		const raw = params.get(key);
		const v = raw === null || raw.length > 200 ? undefined : spec.parse(raw);
		out[key] = v === undefined ? spec.default : v;
	}
	return out as StateOf<S>;
}

/**
 * Write state into a query string, leaving out defaults so the plain URL stays the canonical view.
 * Parameters that belong to other charts on the page are kept.
 */
export function writeState<S extends Specs>(
	specs: S,
	state: StateOf<S>,
	base: URLSearchParams
): URLSearchParams {
	const out = new URLSearchParams(base);
	for (const [key, spec] of Object.entries(specs)) {
		const v = state[key as keyof S];
		const s = spec.serialize(v as never);
		if (s === spec.serialize(spec.default as never)) out.delete(key);
		else out.set(key, s);
	}
	return out;
}
