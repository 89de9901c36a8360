#!/usr/bin/env node
// Benchmarks in one headless Chromium run. Prints figures against the goals in
// DESIGN.md; never fails on speed (only on a broken set-up).
//
//   node tools/bench/run.mjs --dist dist --pkg target/bench/pkg [--quick] [--only line,sliders,first,memory]
//
// 1. Line-chart redraw: our LineChart (examples/bench_canvas.rs) against
//    Chart.js and uPlot, same data, same 800×400 canvas, 200 / 2,000 / 20,000
//    points: median and p95 ms per redraw. All three thin long series per
//    pixel column (Chart.js through its decimation plugin; see page/bench.js).
// 2. The release app (dist/): slider input → frame painted, p95 main-thread ms
//    over 200 programmatic moves per figure.
// 3. Navigation → first chart painted on loopback: median of 10 cold loads.
// 4. Memory (JS heap + wasm linear memory) after the whole story and every
//    slider moved 100 times, then 200 times.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { startServer } from '../serve.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(HERE, 'package.json'));
const { chromium } = require('playwright-core');

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const QUICK = args.includes('--quick');
// --only line,sliders,first,memory: run some sections.
const ONLY = opt('--only', 'line,sliders,first,memory').split(',');
const want = (k) => ONLY.includes(k);
const DIST = path.resolve(opt('--dist', 'dist'));
const PKG = path.resolve(opt('--pkg', 'target/bench/pkg'));

function fail(msg, what) {
  console.error(`bench: ${msg}\nWhat to do: ${what}`);
  process.exit(1);
}
if (ONLY.some((k) => k !== 'line') && !fs.existsSync(path.join(DIST, 'index.html'))) fail(`${DIST}/index.html is missing`, 'build first: trunk build --release --offline');
if (!fs.existsSync(path.join(PKG, 'bench_canvas_bg.wasm'))) fail(`${PKG}/bench_canvas_bg.wasm is missing`, 'run: bash scripts/bench.sh');

// The bench page's site: the page, our bench wasm, and the two libraries.
const SITE = path.resolve('target/bench/site');
fs.rmSync(SITE, { recursive: true, force: true });
fs.mkdirSync(path.join(SITE, 'lib'), { recursive: true });
fs.cpSync(path.join(HERE, 'page'), SITE, { recursive: true });
fs.cpSync(PKG, path.join(SITE, 'pkg'), { recursive: true });
for (const f of ['chart.js/dist/chart.umd.min.js', 'uplot/dist/uPlot.iife.min.js', 'uplot/dist/uPlot.min.css']) {
  fs.copyFileSync(path.join(HERE, 'node_modules', f), path.join(SITE, 'lib', path.basename(f)));
}
const versions = Object.fromEntries(['chart.js', 'uplot'].map((p) => [p,
  JSON.parse(fs.readFileSync(path.join(HERE, 'node_modules', p, 'package.json'), 'utf8')).version]));

const benchServer = await startServer(SITE);
const appServer = await startServer(fs.existsSync(DIST) ? DIST : SITE);
const benchOrigin = `http://127.0.0.1:${benchServer.address().port}`;
const appOrigin = `http://127.0.0.1:${appServer.address().port}`;

const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', '--js-flags=--expose-gc',
  ],
}).catch((e) => fail(`could not launch Chromium at ${executablePath}: ${String(e.message).split('\n')[0]}`,
  'install it (bash scripts/setup.sh --test) or set CHROMIUM=/path/to/chromium'));
const version = browser.version();

const f1 = (v) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
function quantiles(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { median: q(0.5), p95: q(0.95), max: s[s.length - 1], runs: s.length };
}

console.log(`bench: Chromium ${version} headless (software raster), ${QUICK ? 'quick' : 'full'} run`);
console.log('Figures, not tests: they vary with the machine and what else it is doing.\n');

// ------------------------------------------------------------ 1. line chart
if (want('line')) {
  const page = await browser.newPage({ viewport: { width: 1700, height: 1000 }, deviceScaleFactor: 1 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${benchOrigin}/index.html`);
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 20_000 }).catch(() => {
    fail(`the bench page did not start: ${errors.join('; ') || 'no error reported'}`, 'rebuild: bash scripts/bench.sh');
  });
  console.log(`1. Line-chart redraw, 800×400 canvas, new data each redraw (Chart.js ${versions['chart.js']}, uPlot ${versions.uplot})`);
  console.log('   call = the synchronous draw call; frame = call + main-thread work to paint the next frame (ms)');
  console.log(`   ${pad('points', 8)}${pad('library', 10)}${lpad('call median', 12)}${lpad('call p95', 10)}${lpad('frame median', 14)}${lpad('frame p95', 11)}${lpad('runs', 6)}`);
  const summary = [];
  for (const n of [200, 2000, 20000]) {
    const reps = QUICK ? 30 : n >= 20000 ? 100 : 200;
    const r = await page.evaluate(([n, reps]) => window.runLineBench(n, reps), [n, reps]);
    for (const [lib, v] of Object.entries(r)) {
      console.log(`   ${pad(n, 8)}${pad(lib, 10)}${lpad(f1(v.call.median), 12)}${lpad(f1(v.call.p95), 10)}${lpad(f1(v.frame.median), 14)}${lpad(f1(v.frame.p95), 11)}${lpad(v.call.runs, 6)}`);
    }
    // Chart.js's decimation plugin is on (bench.js): say whether it thinned.
    const cj = r['Chart.js'];
    if (cj && cj.drawn !== null) console.log(`   ${pad('', 8)}Chart.js drew ${cj.drawn} of ${n} points (decimation 'min-max'${cj.drawn < n ? '' : ', below its threshold'})`);
    const others = Object.entries(r).filter(([k]) => k !== 'ours');
    const slowest = Math.max(...others.map(([, v]) => v.frame.median));
    const fastest = Math.min(...others.map(([, v]) => v.frame.median));
    const ours = r.ours.frame.median;
    summary.push(`${n} points: ours ${f1(ours)} ms vs fastest other ${f1(fastest)} ms, slowest ${f1(slowest)} ms per frame (median) → ${ours <= fastest ? 'no slower than either' : ours <= slowest ? 'faster than one, slower than the other' : 'slower than both'}`);
  }
  for (const s of summary) console.log(`   goal (no slower than either): ${s}`);
  if (errors.length) console.log(`   page errors: ${errors.join('; ')}`);
  await page.screenshot({ path: path.resolve('target/bench/line-charts.png') });
  console.log('   screenshot: target/bench/line-charts.png');
  await page.close();
}

// Records, in the app page, when the first chart is drawn and then painted:
// the first fill/stroke on a canvas, then the end of the frame after it.
const INIT = () => {
  window.__bench = { firstDraw: null, firstPaint: null, wasm: null };
  addEventListener('TrunkApplicationStarted', (e) => { window.__bench.wasm = e.detail && e.detail.wasm; });
  const proto = CanvasRenderingContext2D.prototype;
  for (const m of ['fill', 'stroke', 'fillRect', 'fillText']) {
    const orig = proto[m];
    proto[m] = function (...a) {
      if (window.__bench.firstDraw === null && this.canvas.isConnected) {
        window.__bench.firstDraw = performance.now();
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => { window.__bench.firstPaint = performance.now(); };
          ch.port2.postMessage(0);
        });
      }
      return orig.apply(this, a);
    };
  }
};

async function openApp(context, query = '') {
  const page = await context.newPage();
  await page.addInitScript(INIT);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${appOrigin}/${query}`);
  await page.waitForFunction(() => window.__bench.firstPaint !== null && window.__bench.wasm, null, { timeout: 20_000 })
    .catch(() => fail(`the app did not paint a chart: ${errors.join('; ') || 'no error'}`, 'check dist/ (trunk build --release --offline)'));
  return { page, errors };
}

// ------------------------------------------------------------ 2. sliders
if (want('sliders')) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const { page, errors } = await openApp(context);
  const moves = QUICK ? 50 : 200;
  // Per figure: `moves` programmatic moves spread over its sliders, each a
  // step up or down from where it is, one move per frame. Main-thread time =
  // input handling and everything it queues (render, canvas) + the work of
  // painting the next frame (style, layout, paint), idle time excluded.
  const results = await page.evaluate(async (moves) => {
    const nextMessage = () => new Promise((r) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => r(performance.now());
      ch.port2.postMessage(0);
    });
    const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    const out = [];
    for (const fig of document.querySelectorAll('figure[data-figure]')) {
      const sliders = [...fig.querySelectorAll('input[type=range]')];
      if (!sliders.length) continue;
      fig.scrollIntoView({ block: 'center' });
      await nextFrame();
      await nextFrame();
      const ms = [];
      const canvas = fig.querySelector('canvas');
      const before = canvas ? Number(canvas.getAttribute('data-draws')) : 0;
      for (let i = 0; i < moves; i++) {
        const s = sliders[i % sliders.length];
        const lo = Number(s.min), hi = Number(s.max), step = Number(s.step) || (hi - lo) / 100;
        // Walk 12 steps up, then 12 down: every move changes the value.
        const dir = Math.floor(i / sliders.length / 12) % 2 === 0 ? 1 : -1;
        let v = Number(s.value) + dir * step;
        if (v > hi || v < lo) v = Number(s.value) - dir * step;
        const t0 = performance.now();
        s.value = String(v);
        s.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = await nextMessage();
        const f = await nextFrame();
        const t2 = await nextMessage();
        ms.push(t1 - t0 + (t2 - f));
      }
      const after = canvas ? Number(canvas.getAttribute('data-draws')) : 0;
      out.push({ id: fig.dataset.figure, sliders: sliders.length, ms, repaints: after - before });
    }
    return out;
  }, moves);
  console.log(`\n2. Slider input → frame painted (release app, 1280×900): main-thread ms over ${moves} moves per figure; goal p95 ≤ 8 ms`);
  console.log(`   ${pad('figure', 20)}${lpad('sliders', 8)}${lpad('median', 9)}${lpad('p95', 8)}${lpad('max', 8)}${lpad('repaints', 10)}`);
  const all = [];
  let worst = { p95: 0 };
  for (const r of results) {
    const q = quantiles(r.ms);
    all.push(...r.ms);
    if (q.p95 > worst.p95) worst = { ...q, id: r.id };
    console.log(`   ${pad(r.id, 20)}${lpad(r.sliders, 8)}${lpad(f1(q.median), 9)}${lpad(f1(q.p95), 8)}${lpad(f1(q.max), 8)}${lpad(r.repaints, 10)}`);
  }
  const q = quantiles(all);
  console.log(`   all ${results.length} figures: median ${f1(q.median)} ms, p95 ${f1(q.p95)} ms; worst figure p95 ${f1(worst.p95)} ms (${worst.id}) → ${worst.p95 <= 8 ? 'within' : 'OVER'} the 8 ms goal`);
  if (errors.length) console.log(`   page errors: ${errors.join('; ')}`);
  await context.close();
}

// ------------------------------------------------------------ 3. first chart
if (want('first')) {
  const runs = QUICK ? 5 : 10;
  const first = [];
  const drawn = [];
  for (let i = 0; i < runs; i++) {
    // A new context each time: a cold HTTP cache, as for a first visit.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    const { page } = await openApp(context);
    const b = await page.evaluate(() => ({ draw: window.__bench.firstDraw, paint: window.__bench.firstPaint }));
    first.push(b.paint);
    drawn.push(b.draw);
    await context.close();
  }
  const p = quantiles(first);
  const d = quantiles(drawn);
  console.log(`\n3. Navigation → first chart painted (loopback, cold cache, ${runs} loads): median ${f1(p.median)} ms, max ${f1(p.max)} ms (first canvas drawn: median ${f1(d.median)} ms) → ${p.median <= 300 ? 'within' : 'OVER'} the 300 ms goal`);
}

// ------------------------------------------------------------ 4. memory
if (want('memory')) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const { page } = await openApp(context);
  const cdp = await context.newCDPSession(page);
  async function measure() {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__bench.wasm.memory.buffer.byteLength);
    return { js: heap.usedSize, wasm, total: heap.usedSize + wasm };
  }
  // The whole story: scroll every chapter into view (every canvas sized and drawn).
  await page.evaluate(async () => {
    for (const s of document.querySelectorAll('section[data-chapter]')) {
      s.scrollIntoView();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  });
  const loaded = await measure();
  const moveAll = (times) => page.evaluate(async (times) => {
    const sliders = [...document.querySelectorAll('input[type=range]')];
    for (let t = 0; t < times; t++) {
      for (const s of sliders) {
        const lo = Number(s.min), hi = Number(s.max), step = Number(s.step) || (hi - lo) / 100;
        let v = Number(s.value) + (Math.floor(t / 10) % 2 === 0 ? step : -step);
        if (v > hi || v < lo) v = Number(s.value) - step;
        s.value = String(v);
        s.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await new Promise((r) => requestAnimationFrame(r));
    }
    return sliders.length;
  }, times);
  const count = await moveAll(100);
  const at100 = await measure();
  await moveAll(100);
  const at200 = await measure();
  const mb = (b) => (b / 1048576).toFixed(2);
  console.log(`\n4. Memory after the whole story, then every slider (${count}) moved 100 and 200 times (after a forced GC); goal ≤ 12 MB, flat`);
  console.log(`   ${pad('', 14)}${lpad('JS heap MB', 11)}${lpad('wasm MB', 9)}${lpad('total MB', 10)}`);
  for (const [k, v] of [['story loaded', loaded], ['100 moves', at100], ['200 moves', at200]]) {
    console.log(`   ${pad(k, 14)}${lpad(mb(v.js), 11)}${lpad(mb(v.wasm), 9)}${lpad(mb(v.total), 10)}`);
  }
  const growth = at200.total - at100.total;
  console.log(`   100th → 200th move: ${growth >= 0 ? '+' : ''}${(growth / 1024).toFixed(0)} KB (wasm ${((at200.wasm - at100.wasm) / 1024).toFixed(0)} KB) → ${at200.total <= 12 * 1048576 ? 'within' : 'OVER'} 12 MB${at200.wasm === at100.wasm ? ', wasm memory flat' : ', wasm memory GREW'}`);
  await context.close();
}

await browser.close();
benchServer.close();
appServer.close();
