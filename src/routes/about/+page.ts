/**
 * /about has nothing to interact with: it ships as HTML only. With client-side rendering its page
 * data (the whole source list, the worked examples) would be sent a second time for hydration,
 * which took the page over the 30 kB (gzip) HTML budget. The cost: the layout's theme button
 * needs JavaScript and stays hidden here; a theme chosen on another page still applies.
 */
export const csr = false;
