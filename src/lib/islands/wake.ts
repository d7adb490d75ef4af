/**
 * When charts come to life. A chart is a prerendered drawing until the reader engages with the
 * page (scrolls, moves a mouse, lifts a finger or a key) and the chart is within half a screen of
 * view; or at once when the reader touches its drawing or moves focus into it. Until then a page
 * costs its readers nothing but its HTML.
 *
 * Engagement is read on release (pointerup, keyup), not on press: a chart replaced between a press
 * and its click would swallow the click. A press on a drawing itself is replayed on the live chart
 * (replayPointer), and focus is carried over to the same element (focusPath).
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
