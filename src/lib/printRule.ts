/**
 * The @page rule each page writes for print: its address, the data version and the page number in
 * the margin of every sheet. It is written as HTML (a <style> element), so nothing from outside
 * reaches it unchecked: a path that is not plain (lower-case letters, digits, "/" and "-") is
 * replaced by "/", and the version must be 12 hex digits and a YYYY-MM-DD date.
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
	return `<style>@media print{@page{@bottom-left{content:"${at} · ${v}";font:8pt Inter,sans-serif;color:#444}@bottom-right{content:"page " counter(page) " of " counter(pages);font:8pt Inter,sans-serif;color:#444}}}</style>`;
}
