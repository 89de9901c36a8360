// scratch: node tests/e2e/shot-tmp.mjs <url> <width> <out> [selector]
import { chromium } from 'playwright-core';
const [url, width, out, sel] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: +width, height: 900 }, deviceScaleFactor: 2 });
p.on('console', m => { if (m.type() === 'error') console.log('console error:', m.text()); });
await p.goto(url);
await p.waitForSelector('canvas[data-draws]:not([data-draws="0"])');
await p.waitForTimeout(400);
if (sel) { const el = await p.$(sel); await el.scrollIntoViewIfNeeded(); await p.waitForTimeout(300); await el.screenshot({ path: out }); }
else await p.screenshot({ path: out, fullPage: false });
await b.close();
