/**
 * What each page writes for print: its address and the data version in the margin of every sheet
 * (the rest of the margin, the page number and the type, is in src/print.css), and --site, the
 * site's public address, which the print stylesheet writes before the path of every link to the
 * site's own pages. It is written as HTML (a <style> element), so nothing from outside reaches it
 * unchecked: a path that is not plain (lower-case letters, digits, "/" and "-") is replaced by
 * "/", the site address must be plain too, and the version must be 12 hex digits and a
 * YYYY-MM-DD date.
 */
export function printRule(
	pathname: string,
	version: { hash: string; date: string },
	siteUrl: string
): string {
	const path = /^[a-z0-9/-]*$/.test(pathname) ? pathname : '/';
	const host = siteUrl.replace(/^https?:\/\//, '');
	if (!/^[a-z0-9.:-]+(\/[a-z0-9/-]*)?$/i.test(host)) throw new Error(`site address ${siteUrl}`);
	if (!/^[0-9a-f]{12}$/.test(version.hash) || !/^\d{4}-\d{2}-\d{2}$/.test(version.date))
		throw new Error('data version');
	const at = `${host}${path === '/' ? '' : path}`;
	const v = `data version ${version.hash} (${version.date})`;
	const site = `${siteUrl.startsWith('https:') ? 'https' : 'http'}://${host}`;
	return `<style>@media print{:root{--site:"${site}"}@page{@bottom-left{content:"${at} · ${v}"}}}</style>`;
}
