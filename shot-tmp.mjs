import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
await p.goto('http://127.0.0.1:4342/explore');
await p.locator('html[data-hydrated]').waitFor({ state: 'attached' });
const cdp = await p.context().newCDPSession(p);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start');
await p.setInputFiles('[data-testid=file-input]', process.argv[2]);
await p.locator('.chart-body path.lc-path').first().waitFor({ timeout: 60000 });
await p.waitForTimeout(1000);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map(); const dt = profile.timeDeltas; const idx = new Map(profile.nodes.map((n,i)=>[n.id,n]));
const counts = new Map(); profile.samples.forEach((s,i)=>counts.set(s,(counts.get(s)??0)+(dt[i]??0)));
for (const [id,t] of counts) { const n = idx.get(id); const cf=n.callFrame; const k = `${cf.functionName||'(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`; self.set(k,(self.get(k)??0)+t); }
console.log([...self].sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,t])=>`${(t/1000).toFixed(0)}ms ${k}`).join('\n'));
await b.close();
