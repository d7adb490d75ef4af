/** The views of /compare, each a page of its own (one page would pass the HTML budget). */
export const COMPARE_VIEWS = [
	{ href: '/compare', label: 'Two countries' },
	{ href: '/compare/dependents', label: 'Who depends on a partner' },
	{ href: '/compare/group', label: 'A group' },
	{ href: '/compare/partners', label: 'Partners over time' }
] as const;
