/**
 * When charts come to life. A chart is a prerendered drawing until the reader engages with the
 * page (scrolls, moves a mouse, lifts a finger or a key) and the chart is within half a screen of
 * view; or at once when the reader touches its drawing or moves focus into it. Until then a page
 * costs its readers nothing but its HTML.
 *
 * Engagement is read on release (pointerup, keyup), not on press: a chart replaced between a press
 * and its click would swallow the click. A press on a drawing itself is replayed on the live chart
 * (replayPointer), and focus is carried over to the same element (focusPath). Controls the reader
 * changed on the drawing while it woke (a table opened, a year chosen) stay as the reader left them
 * (changedControls, restoreControls).
 */

const ENGAGE = ['scroll', 'wheel', 'pointerup', 'keyup', 'touchend'] as const;
let engaged = false;
let listening = false;
const waiting = new Set<() => void>();

function engage(e: Event) {
	if (e.type === 'pointermove' && (e as PointerEvent).pointerType !== 'mouse') return;
	if (engaged) return;
	engaged = true;
	for (const t of [...ENGAGE, 'pointermove'] as const)
		window.removeEventListener(t, engage, { capture: true });
	for (const f of waiting) f();
	waiting.clear();
}

/** Starts noticing engagement (islands call it as they mount, before any of them is near). */
export function watchEngagement(): void {
	if (listening || engaged) return;
	listening = true;
	for (const t of [...ENGAGE, 'pointermove'] as const)
		window.addEventListener(t, engage, { capture: true, passive: true });
}

/** Calls `f` once the reader has engaged with the page (at once if they already have). */
export function onEngaged(f: () => void): () => void {
	if (engaged) {
		f();
		return () => {};
	}
	watchEngagement();
	waiting.add(f);
	return () => waiting.delete(f);
}

/** An element's children that are markup (the styles a prerendered island brings are not). */
const markup = (el: Element) => [...el.children].filter((c) => c.tagName !== 'STYLE');

/** Where an element sits under `root`: its index among the markup children at each level down. */
export function focusPath(root: Element, el: Element | null): number[] | null {
	if (!el || !root.contains(el)) return null;
	const path: number[] = [];
	for (let n: Element = el; n !== root;) {
		const parent = n.parentElement;
		if (!parent) return null;
		path.unshift(markup(parent).indexOf(n));
		n = parent;
	}
	return path;
}

/** The element at `path` under `root`, if the markup there is still the same kind. */
export function atPath(root: Element, path: readonly number[], tag: string): HTMLElement | null {
	let n: Element | undefined = root;
	for (const i of path) n = n ? markup(n)[i] : undefined;
	return n instanceof HTMLElement && n.tagName === tag ? n : null;
}

/** A control the reader changed on the drawing before it woke: where it is, and what it says now. */
export interface KeptControl {
	/** Which control: its id, or its kind, class and place among its likes (the drawing and the
	 * live chart write the same markup, so the same key finds the same control). */
	key: string;
	/** details: open; checkbox or radio: checked; select or text: its value. */
	value: boolean | string;
}

function nowState(el: Element): boolean | string | null {
	if (el instanceof HTMLDetailsElement) return el.open;
	if (el instanceof HTMLSelectElement) return el.value;
	if (el instanceof HTMLInputElement)
		return el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value;
	return null;
}

/**
 * Every control under `root` the reader has changed since the page was built: a table opened, a
 * year chosen, a box ticked on the drawing while its chart was still waking. The live chart starts
 * from the URL's state, so without these it would undo what the reader just did.
 */
const CONTROLS = 'details, select, input';

/** Every control under `root` with its key (see KeptControl). */
function controlsOf(root: Element): Map<string, Element> {
	const out = new Map<string, Element>();
	const seen = new Map<string, number>();
	for (const el of root.querySelectorAll(CONTROLS)) {
		const like = `${el.tagName}.${el.getAttribute('class') ?? ''}.${el.getAttribute('type') ?? ''}`;
		const n = seen.get(like) ?? 0;
		seen.set(like, n + 1);
		out.set(el.id ? `#${el.id}` : `${like}.${n}`, el);
	}
	return out;
}

/** What every control under `root` says now, by key: taken as the page starts, before the reader acts. */
export function controlStates(root: Element): Map<string, boolean | string | null> {
	return new Map([...controlsOf(root)].map(([key, el]) => [key, nowState(el)]));
}

export function changedControls(
	root: Element,
	before: ReadonlyMap<string, boolean | string | null>
): KeptControl[] {
	const out: KeptControl[] = [];
	for (const [key, el] of controlsOf(root)) {
		const now = nowState(el);
		if (now !== null && before.has(key) && now !== before.get(key)) out.push({ key, value: now });
	}
	return out;
}

/**
 * Puts the reader's changes on the live chart's same controls, through each control's own
 * handler: opening a details fires its toggle, a click ticks a box, a select announces its change.
 * A control the live chart no longer has in that place is left alone.
 */
export function restoreControls(root: Element, kept: readonly KeptControl[]): void {
	const controls = controlsOf(root);
	for (const k of kept) {
		const el = controls.get(k.key);
		if (!el || nowState(el) === k.value) continue;
		if (el instanceof HTMLDetailsElement) el.open = k.value === true;
		else if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio'))
			el.click();
		else if (el instanceof HTMLSelectElement || el instanceof HTMLInputElement) {
			el.value = String(k.value);
			el.dispatchEvent(
				new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true })
			);
		}
	}
}

/** The press a live chart missed while it woke, dispatched again where it happened. */
export function replayPointer(e: {
	clientX: number;
	clientY: number;
	pointerType: string;
	pointerId: number;
	isPrimary: boolean;
	button: number;
}): void {
	const target = document.elementFromPoint(e.clientX, e.clientY);
	target?.dispatchEvent(
		new PointerEvent('pointerdown', {
			bubbles: true,
			cancelable: true,
			composed: true,
			clientX: e.clientX,
			clientY: e.clientY,
			pointerType: e.pointerType,
			pointerId: e.pointerId,
			isPrimary: e.isPrimary,
			button: e.button
		})
	);
}
