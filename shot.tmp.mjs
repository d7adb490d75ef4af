import { chromium } from '@playwright/test';
const [,, url, out, w, sel] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: Number(w ?? 1280), height: 900 } });
p.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()); });
await p.goto(url);
await p.locator('html[data-hydrated]').waitFor({ state: 'attached' });
await p.mouse.move(2, 2);
for (const el of await p.locator('[data-island]').all()) { await el.scrollIntoViewIfNeeded(); }
await p.waitForTimeout(2500);
await p.evaluate(() => window.scrollTo(0, 0));
const el = sel ? p.locator(sel).first() : null;
if (el) await el.screenshot({ path: out }); else await p.screenshot({ path: out, fullPage: true });
await b.close();
