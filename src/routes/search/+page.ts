// The page is its HTML: a list to read or search with the browser's Find, no script of its own.
export const csr = false;
