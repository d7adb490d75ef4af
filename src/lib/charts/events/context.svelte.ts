/**
 * Page-wide state of the event layer: whether it is shown and which event is highlighted.
 * Hovering an event on one chart highlights it on every chart of the page.
 */
import { getContext, setContext } from 'svelte';

export class EventLayerState {
	shown = $state(true);
	highlighted = $state<string | null>(null);
}

const KEY = Symbol('event-layer');

export function setEventLayer(state: EventLayerState): EventLayerState {
	return setContext(KEY, state);
}

/** The page's event layer; a chart used alone gets its own so it still works. */
export function getEventLayer(): EventLayerState {
	return getContext<EventLayerState | undefined>(KEY) ?? new EventLayerState();
}
