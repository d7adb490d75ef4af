import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [name, width, js, theme, path] of [
	['c1280-on-light', 1280, true, 'light', '/compare'],
	['c1280-off-dark', 1280, false, 'dark', '/compare'],
	['c390-off-light', 390, false, 'light', '/compare'],
	['c390-on-dark', 390, true, 'dark', '/compare?dep.partner=chn&dep.year=2009&dep.flow=imports']
]) {
	const ctx = await b.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: js, colorScheme: theme });
	const p = await ctx.newPage();
	await p.goto('http://127.0.0.1:4332' + path, { waitUntil: 'networkidle' });
	const sec = p.locator('#who-depends');
	await sec.scrollIntoViewIfNeeded();
	if (js) { await p.mouse.move(5, 5); await p.waitForTimeout(800); }
	const frame = p.locator('[data-chart-id="compare-dependents"]');
	await frame.screenshot({ path: `/tmp/shots/${name}.png` });
	await ctx.close();
}
await b.close();
