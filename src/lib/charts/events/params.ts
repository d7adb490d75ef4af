/** The page-wide event layer switch, shared by every time chart of a page: `events=0` hides it. */
import { boolParam } from '$lib/state/url';

export const EVENTS_PARAM = { events: boolParam(true) };
