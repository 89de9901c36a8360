// The browser's share of a slider move (issue 13): what the slider → frame
// figure would be if the app's code took no time at all.
//
//   node tools/bench/floor.mjs --dist dist [--moves 200] [--runs 2]
//
// 1. Opens the release app (1280×900, as run.mjs), copies the page's DOM, then
//    makes run.mjs's moves on every figure with sliders and records, per move,
//    the DOM changes the app made (text, attributes, children; final values)
//    and which canvases it redrew.
// 2. Serves the copy without the app (no wasm, no yew): a few lines of JS
//    replay each move's recorded changes on its input event, and stand in for
//    each redraw with one clear and one fill (a lower bound of a chart's
//    canvas work).
// 3. Measures the copy exactly as run.mjs measures the app (input handling and
//    what it queues, plus the next frame's style, layout and paint) and prints
//    median and p95 per figure beside the app's, runs alternating.
// A figure, not a test: it never fails on speed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { startServer } from '../serve.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const { chromium } = createRequire(path.join(HERE, 'package.json'))('playwright-core');
const arg = (k, d) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : d; };
const DIST = path.resolve(arg('--dist', 'dist'));
const MOVES = Number(arg('--moves', 200));
const RUNS = Number(arg('--runs', 2));
if (!fs.existsSync(path.join(DIST, 'index.html'))) {
  console.error(`floor: ${DIST}/index.html is missing\nWhat to do: trunk build --release --offline`);
  process.exit(1);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
const newContext = () => browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
const appServer = await startServer(DIST);
const appOrigin = `http://127.0.0.1:${appServer.address().port}`;

// The moves and their timing, shared by the app and the copy: run.mjs's loop.
// `record` (app only) collects each move's DOM changes.
const MOVE_LOOP = async ([moves, record]) => {
  const nextMessage = () => new Promise((r) => { const ch = new MessageChannel(); ch.port1.onmessage = () => r(performance.now()); ch.port2.postMessage(0); });
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  // An element's path from <body>: indices among element children, which an
  // HTML parser keeps (adjacent text nodes it may merge, so text is written
  // through its element).
  const pathOf = (el) => { const p = []; while (el && el !== document.body) { p.unshift([...el.parentElement.children].indexOf(el)); el = el.parentElement; } return p; };
  const out = [];
  const recs = [];
  let pending = [];
  const mo = record ? new MutationObserver((ms) => pending.push(...ms)) : null;
  for (const fig of document.querySelectorAll('figure[data-figure]')) {
    const sliders = [...fig.querySelectorAll('input[type=range]')];
    if (!sliders.length) continue;
    fig.scrollIntoView({ block: 'center' });
    await nextFrame();
    await nextFrame();
    const ms = [];
    const figRecs = [];
    for (let i = 0; i < moves; i++) {
      const s = sliders[i % sliders.length];
      const lo = Number(s.min), hi = Number(s.max), step = Number(s.step) || (hi - lo) / 100;
      const dir = Math.floor(i / sliders.length / 12) % 2 === 0 ? 1 : -1;
      let v = Number(s.value) + dir * step;
      if (v > hi || v < lo) v = Number(s.value) - dir * step;
      if (mo) mo.observe(document.body, { subtree: true, attributes: true, characterData: true, childList: true });
      const t0 = performance.now();
      s.value = String(v);
      s.dispatchEvent(new Event('input', { bubbles: true }));
      const t1 = await nextMessage();
      const f = await nextFrame();
      const t2 = await nextMessage();
      ms.push(t1 - t0 + (t2 - f));
      if (mo) {
        pending.push(...mo.takeRecords());
        mo.disconnect();
        // Final values only: an element whose children changed is rewritten
        // whole (innerHTML), then text and attributes on what is left.
        const html = new Set(), text = new Set(), attrs = new Map(), canvases = new Set();
        for (const m of pending) {
          const el = m.target.nodeType === 1 ? m.target : m.target.parentElement;
          if (!el || !el.isConnected) continue;
          if (m.type === 'childList') html.add(el);
          else if (m.type === 'characterData') text.add(el);
          else if (m.attributeName === 'data-draws') canvases.add(el);
          else { if (!attrs.has(el)) attrs.set(el, new Set()); attrs.get(el).add(m.attributeName); }
        }
        pending = [];
        const under = (el) => { for (let a = el.parentElement; a; a = a.parentElement) if (html.has(a)) return true; return false; };
        const ops = [];
        for (const el of html) if (!under(el)) ops.push(['h', pathOf(el), el.innerHTML]);
        for (const el of text) if (!under(el) && !html.has(el)) {
          const onlyText = [...el.childNodes].every((n) => n.nodeType === 3);
          ops.push(onlyText ? ['t', pathOf(el), el.textContent] : ['h', pathOf(el), el.innerHTML]);
        }
        for (const [el, names] of attrs) if (!under(el)) for (const a of names) ops.push(['a', pathOf(el), a, el.getAttribute(a)]);
        for (const c of canvases) ops.push(['c', pathOf(c)]);
        figRecs.push(ops);
      }
    }
    out.push({ id: fig.dataset.figure, sliders: sliders.length, ms });
    recs.push({ id: fig.dataset.figure, moves: figRecs });
  }
  return { out, recs };
};

// The copy's player: applies move i's recorded changes on the i-th input
// event in a figure. Loaded as a file (the server's CSP allows no inline script).
const PLAYER = `
const byPath = (p) => { let el = document.body; for (const i of p) { el = el && el.children[i]; } return el; };
const next = {}; let missing = 0;
document.addEventListener('input', (e) => {
  const fig = e.target.closest('figure[data-figure]');
  if (!fig) return;
  const rec = REC[fig.dataset.figure];
  const i = next[fig.dataset.figure] = (next[fig.dataset.figure] ?? -1) + 1;
  for (const op of rec[i] || []) {
    const el = byPath(op[1]);
    if (!el) { missing++; continue; }
    if (op[0] === 'h') el.innerHTML = op[2];
    else if (op[0] === 't') el.textContent = op[2];
    else if (op[0] === 'a') { if (op[3] === null) el.removeAttribute(op[2]); else el.setAttribute(op[2], op[3]); }
    else if (op[0] === 'c') { const x = el.getContext('2d'); x.clearRect(0, 0, el.width, el.height); x.fillRect(i % 7, 0, 1, 1); }
  }
  window.__missing = missing;
});
const c = document.querySelector('canvas');
if (c) c.getContext('2d').fillRect(0, 0, 1, 1);
`;

const quant = (a) => { const s = [...a].sort((x, y) => x - y); const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))]; return { median: q(0.5), p95: q(0.95) }; };
const f1 = (x) => x.toFixed(1);
const rows = {};
const SITE = path.resolve('target/bench/floor-site');

for (let run = 1; run <= RUNS; run++) {
  // The app: record (first run) and measure.
  {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${appOrigin}/`);
    await page.waitForSelector('canvas[data-draws]');
    await page.waitForTimeout(1000);
    if (run === 1) {
      const html = await page.evaluate(() => document.documentElement.outerHTML);
      const { out, recs } = await page.evaluate(MOVE_LOOP, [MOVES, true]);
      fs.rmSync(SITE, { recursive: true, force: true });
      fs.mkdirSync(SITE, { recursive: true });
      for (const f of fs.readdirSync(DIST)) if (/\.(css|svg)$/.test(f)) fs.copyFileSync(path.join(DIST, f), path.join(SITE, f));
      const copy = '<!doctype html>' + html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
        .replace(/<link[^>]*rel="(modulepreload|preload)"[^>]*>/g, '')
        .replace('</body>', '<script src="rec.js"></script><script src="player.js"></script></body>');
      fs.writeFileSync(path.join(SITE, 'index.html'), copy);
      fs.writeFileSync(path.join(SITE, 'rec.js'), `const REC = ${JSON.stringify(Object.fromEntries(recs.map((r) => [r.id, r.moves])))};`);
      fs.writeFileSync(path.join(SITE, 'player.js'), PLAYER);
      for (const r of out) (rows[r.id] ||= { app: [], copy: [] }).app.push(quant(r.ms));
      console.log(`recorded ${recs.reduce((n, r) => n + r.moves.length, 0)} moves; ${recs.map((r) => `${r.id} ${Math.round(r.moves.reduce((n, m) => n + m.length - 1, 0) / r.moves.length)}`).join(', ')} DOM changes a move`);
    } else {
      const { out } = await page.evaluate(MOVE_LOOP, [MOVES, false]);
      for (const r of out) rows[r.id].app.push(quant(r.ms));
    }
    await context.close();
  }
  // The copy: the same moves, the app's recorded changes, none of its code.
  {
    const server = await startServer(SITE);
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForTimeout(1000);
    const { out } = await page.evaluate(MOVE_LOOP, [MOVES, false]);
    const missing = await page.evaluate(() => window.__missing || 0);
    if (missing) console.log(`   copy: ${missing} recorded changes found no element (the copy's DOM differs there)`);
    for (const r of out) rows[r.id].copy.push(quant(r.ms));
    await context.close();
    server.close();
  }
}

console.log(`\nSlider input → frame painted, main-thread ms over ${MOVES} moves per figure, ${RUNS} alternating runs`);
console.log('app = the release app; copy = its DOM with the same changes replayed and no app code');
console.log(`${'figure'.padEnd(20)}${'app median'.padStart(12)}${'app p95'.padStart(16)}${'copy median'.padStart(14)}${'copy p95'.padStart(16)}`);
for (const [id, r] of Object.entries(rows)) {
  const j = (a, k) => a.map((q) => f1(q[k])).join(' / ');
  console.log(`${id.padEnd(20)}${j(r.app, 'median').padStart(12)}${j(r.app, 'p95').padStart(16)}${j(r.copy, 'median').padStart(14)}${j(r.copy, 'p95').padStart(16)}`);
}
await browser.close();
appServer.close();
