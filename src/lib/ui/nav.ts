/** The pages that exist, in navigation order. Add a page here when it ships. */
export const NAV = [
	{ href: '/', label: 'Overview' },
	{ href: '/trade', label: 'Trade' },
	{ href: '/energy', label: 'Energy' },
	{ href: '/oil', label: 'Oil' },
	{ href: '/story', label: 'Story' },
	{ href: '/compare', label: 'Compare' },
	{ href: '/explore', label: 'Explore' },
	{ href: '/data', label: 'Data' }
] as const;
