#!/usr/bin/env node
// End-to-end tests for the built site, driving the system Chromium with
// playwright-core (no browser download).
//
//   node tests/e2e/run.mjs --dist dist --out target/e2e [--only <substring>]
//
// Prints `ok - name` / `not ok - name: message` per test and finally
// `e2e: N passed, M failed`. Exits 1 if anything failed or nothing ran.

import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../tools/serve.mjs';
import {
  SEL, WAIT, assert, assertEq, assertClose, assertClean, parsePe,
  createHarness, instrument, waitForApp, waitForDraws, draws, peText,
  waitPeChange, canvasInk, sliderValue, sliderAttr, pressOn,
} from './lib.mjs';

// ------------------------------------------------------------------ args

function parseArgs(argv) {
  const opts = { dist: 'dist', out: 'target/e2e', only: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [k, inline] = a.includes('=') ? a.split(/=(.*)/s) : [a, undefined];
    const val = () => (inline !== undefined ? inline : argv[++i]);
    if (k === '--dist') opts.dist = val();
    else if (k === '--out') opts.out = val();
    else if (k === '--only') opts.only = val();
    else {
      console.error(`unknown argument: ${a}\nusage: node tests/e2e/run.mjs --dist dist --out target/e2e [--only name]`);
      process.exit(2);
    }
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const dist = path.resolve(opts.dist);
const out = path.resolve(opts.out);
const shots = path.join(out, 'screenshots');

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`e2e: ${dist}/index.html not found (build first: trunk build --release)`);
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
}
fs.mkdirSync(shots, { recursive: true });

// ------------------------------------------------------------------ setup

const server = await startServer(dist, 0, '127.0.0.1');
const origin = `http://127.0.0.1:${server.address().port}`;

const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
let browser;
try {
  browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
} catch (err) {
  server.close();
  console.error(`e2e: could not launch Chromium at ${executablePath} (set CHROMIUM=/path/to/chromium): ${String(err.message || err).split('\n')[0]}`);
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
}

/** Fresh context + instrumented page. */
async function newEnv(contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await instrument(page, origin);
  return { context, page, close: () => context.close() };
}

const { test, run } = createHarness();

async function openApp(page, hash = '') {
  await page.goto(`${origin}/${hash}`, { waitUntil: 'load' });
  await waitForApp(page);
  await waitForDraws(page, 1);
}

/** Scroll so `sel` starts just below the sticky table of contents. */
async function scrollBelowNav(page, sel) {
  await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const nav = document.querySelector('nav.toc');
    const navBottom = nav ? Math.max(0, nav.getBoundingClientRect().bottom) : 0;
    window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top - navBottom - 8, behavior: 'instant' });
  }, sel);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

// ------------------------------------------------------------------ tests

test('page loads without console errors', async ({ page }) => {
  await openApp(page);
  assert((await draws(page)) >= 1, 'canvas data-draws < 1');
  const ink = await canvasInk(page);
  assert(ink > 0.01, `canvas looks blank: only ${(ink * 100).toFixed(2)}% of pixels differ from the background`);
  assertEq(await peText(page), '25.4×', `${SEL.pe} text`);
  assertClean(page);
});

test('keyboard moves a slider and the P/E follows', async ({ page }) => {
  await openApp(page);
  const g = page.locator(SEL.slider('g'));
  await g.focus();
  const v0 = await sliderValue(page, 'g');
  const pe0 = await peText(page);
  const d0 = await draws(page);
  const url0 = await page.$eval(SEL.canvas, (c) => c.toDataURL());
  for (let i = 0; i < 10; i++) await g.press('ArrowRight');
  const v1 = await sliderValue(page, 'g');
  assertClose(v1, v0 + 0.05, 1e-9, 'g after 10×ArrowRight');
  const pe1 = await waitPeChange(page, pe0);
  assert(parsePe(pe1) > parsePe(pe0), `P/E should rise with g: ${pe0} → ${pe1}`);
  await waitForDraws(page, d0 + 1);
  await page.waitForFunction(
    ([sel, prev]) => document.querySelector(sel).toDataURL() !== prev,
    [SEL.canvas, url0],
    WAIT,
  ).catch(() => { throw new Error('canvas pixels did not change after moving g'); });
  await g.press('Home');
  assertEq(await sliderValue(page, 'g'), await sliderAttr(page, 'g', 'min'), 'g after Home');
  await g.press('End');
  assertEq(await sliderValue(page, 'g'), await sliderAttr(page, 'g', 'max'), 'g after End');
  assertClean(page);
});

test('mouse drag on a slider', async ({ page }) => {
  await openApp(page);
  const ke = page.locator(SEL.slider('ke'));
  await ke.scrollIntoViewIfNeeded();
  const box = await ke.boundingBox();
  assert(box && box.width > 20, `ke slider has no usable box: ${JSON.stringify(box)}`);
  const v0 = await sliderValue(page, 'ke');
  const pe0 = await peText(page);
  const y = box.y + box.height / 2;
  // Default 0.09 on 0.05–0.16 sits at ~36% of the track: grab the thumb there.
  await page.mouse.move(box.x + box.width * 0.35, y);
  await page.mouse.down();
  for (const f of [0.5, 0.7, 0.9, 1.0]) await page.mouse.move(box.x + box.width * f, y, { steps: 4 });
  await page.mouse.move(box.x + box.width + 10, y, { steps: 2 });
  await page.mouse.up();
  const v1 = await sliderValue(page, 'ke');
  assert(v1 > v0, `ke should increase after drag: ${v0} → ${v1}`);
  const pe1 = await waitPeChange(page, pe0);
  assert(parsePe(pe1) < parsePe(pe0), `P/E should fall as ke rises: ${pe0} → ${pe1}`);
  assertClean(page);
});

test('reset restores defaults', async ({ page }) => {
  await openApp(page);
  const pe0 = await peText(page);
  assertEq(pe0, '25.4×', 'initial P/E');
  await pressOn(page, 'g', 'ArrowRight', 6);
  await pressOn(page, 'ke', 'ArrowLeft', 3);
  await waitPeChange(page, pe0);
  await page.click(SEL.reset);
  await page.waitForFunction(
    ([sel]) => document.querySelector(sel)?.textContent.trim() === '25.4×',
    [SEL.pe],
    WAIT,
  ).catch(async () => { throw new Error(`${SEL.pe} after reset: expected "25.4×", got ${JSON.stringify(await peText(page))}`); });
  assertClose(await sliderValue(page, 'g'), 0.18, 1e-9, 'g after reset');
  assertClose(await sliderValue(page, 'ke'), 0.09, 1e-9, 'ke after reset');
  assertClean(page);
});

test('no finite value is explained', async ({ page }) => {
  await openApp(page);
  await pressOn(page, 'gs', 'End');
  await pressOn(page, 'ke', 'Home');
  assertClose(await sliderValue(page, 'gs'), 0.06, 1e-9, 'gs after End');
  assertClose(await sliderValue(page, 'ke'), 0.05, 1e-9, 'ke after Home');
  await page.waitForFunction(
    ([sel]) => document.querySelector(sel)?.textContent.trim() === '—',
    [SEL.pe],
    WAIT,
  ).catch(async () => { throw new Error(`${SEL.pe}: expected "—", got ${JSON.stringify(await peText(page))}`); });
  await page.waitForSelector(SEL.noValue, { state: 'visible', ...WAIT })
    .catch(() => { throw new Error(`${SEL.noValue} not visible when P/E is —`); });
  assertClean(page);
});

test('language toggle', async ({ page }) => {
  await openApp(page);
  await page.click(SEL.lang);
  await page.waitForFunction(() => document.documentElement.lang.startsWith('zh'), null, WAIT)
    .catch(async () => { throw new Error(`<html lang> after toggle: expected zh*, got ${JSON.stringify(await page.evaluate(() => document.documentElement.lang))}`); });
  await page.waitForFunction(
    ([sel]) => /[\u4e00-\u9fff]/.test(document.querySelector(sel)?.textContent ?? ''),
    [SEL.valuation],
    WAIT,
  ).catch(() => { throw new Error('valuation section has no CJK text after switching to zh'); });
  await page.click(SEL.lang);
  await page.waitForFunction(() => document.documentElement.lang === 'en', null, WAIT)
    .catch(async () => { throw new Error(`<html lang> after second toggle: expected "en", got ${JSON.stringify(await page.evaluate(() => document.documentElement.lang))}`); });
  assertClean(page);
});

test('table of contents and deep links', async ({ page }) => {
  await openApp(page);
  assert((await page.locator('nav.toc a[href="#valuation"]').count()) >= 1, 'nav.toc a[href="#valuation"] missing');
  await page.goto('about:blank');
  await openApp(page, '#valuation');
  // The chapter's heading must end up near the top of the viewport and not
  // under the sticky table of contents (scroll-margin-top ≥ its height).
  await page.waitForFunction(
    ([sel]) => {
      const sec = document.querySelector(sel);
      const h = sec.querySelector('h1, h2') || sec;
      const r = h.getBoundingClientRect();
      if (!(r.top >= -5 && r.top <= innerHeight / 2)) return false;
      const hit = document.elementFromPoint(Math.max(0, r.left) + 4, r.top + Math.min(r.height / 2, 4));
      return !!hit && (h === hit || h.contains(hit));
    },
    [SEL.valuation],
    WAIT,
  ).catch(async () => {
    const m = await page.$eval(SEL.valuation, (sec) => {
      const h = sec.querySelector('h1, h2') || sec;
      const r = h.getBoundingClientRect();
      const hit = document.elementFromPoint(Math.max(0, r.left) + 4, r.top + Math.min(r.height / 2, 4));
      const nav = document.querySelector('nav.toc');
      return { top: r.top, h: innerHeight, hit: hit ? hit.tagName.toLowerCase() + (hit.className ? '.' + String(hit.className).split(' ')[0] : '') : 'none', navBottom: nav ? nav.getBoundingClientRect().bottom : null };
    });
    throw new Error(`after goto /#valuation the chapter heading top is ${m.top.toFixed(1)} px (want -5…${m.h / 2}) and the element on it is ${m.hit}` +
      (m.navBottom !== null ? ` (sticky nav.toc ends at ${m.navBottom.toFixed(1)} px)` : ''));
  });
  assertClean(page);
});

/** Clicks `sel` and returns the downloaded file's name and bytes. */
async function download(page, sel) {
  const [dl] = await Promise.all([page.waitForEvent('download', WAIT), page.click(sel)]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync(file) };
}

/** One row of ../shared/data/<file> as {value, source}, for checking exports. */
function sharedRow(file, series, year) {
  const csv = fs.readFileSync(path.resolve('..', 'shared', 'data', file), 'utf8');
  const line = csv.split(/\r?\n/).find((l) => l.startsWith(`${series},${year},`));
  assert(line, `${series} ${year} not in ../shared/data/${file}`);
  const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
  return { value: Number(cells[2]), source: cells[4] };
}

/** Parses our CSV (RFC 4180 quoting, BOM) into rows of fields. */
function parseCsv(text) {
  assert(text.charCodeAt(0) === 0xfeff, 'CSV starts with a UTF-8 byte-order mark');
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  return rows;
}

test('downloads: PNG at 2x, parseable SVG, CSV equal to the model and the data', async ({ page }) => {
  await openApp(page);
  const fig = 'figure[data-figure="valuation-pe"]';
  await scrollBelowNav(page, fig);
  const cssW = await page.$eval(`${fig} canvas`, (c) => c.clientWidth);

  const png = await download(page, `${fig} button[data-export="png"]`);
  assertEq(png.name, 'valuation-pe.png', 'PNG file name');
  assertEq(png.bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'PNG signature');
  assertEq(png.bytes.readUInt32BE(16), 2 * cssW, 'PNG width = 2 × the chart on screen');

  const svg = await download(page, `${fig} button[data-export="svg"]`);
  assertEq(svg.name, 'valuation-pe.svg', 'SVG file name');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      lines: doc.querySelectorAll('polyline').length,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
    };
  }, svg.bytes.toString('utf8'));
  assertEq(parsed.error, null, 'SVG parses');
  assertEq(parsed.root, 'svg', 'SVG root element');
  assert(parsed.lines >= 2, `SVG has the curve and the market line (${parsed.lines} polylines)`);
  assert(parsed.texts.includes('21.5×'), `SVG labels the reader's point 21.5×: ${parsed.texts.join(' | ')}`);

  const csv = parseCsv((await download(page, `${fig} button[data-export="csv"]`)).bytes.toString('utf8'));
  assertEq(csv[0].join(','), 'figure,series,x,value,source,note', 'CSV header');
  const yours = csv.find((r) => r[1] === 'Your assumptions');
  assert(yours, 'CSV has the reader\'s point');
  assertEq(yours[2], '0.18', 'reader\'s growth');
  assertClose(Number(yours[3]), 21.5, 0.05, 'reader\'s justified P/E (the worked example, 25.38 / 1.18)');
  const curve = csv.filter((r) => r[1] === 'Justified P/E');
  assert(curve.length > 50, `CSV has the curve (${curve.length} rows)`);
  for (let i = 1; i < curve.length; i++) {
    assert(Number(curve[i][3]) >= Number(curve[i - 1][3]), 'the justified P/E rises with growth');
  }
  const market = sharedRow('valuation.csv', 'cambricon_forward_pe_2026e_derived', 2026);
  const mrow = csv.find((r) => r[1].startsWith('Cambricon'));
  assert(mrow, 'CSV has the market row');
  assertClose(Number(mrow[3]), market.value, 1e-9, 'market P/E equals the data row');
  assertEq(mrow[4], market.source, 'market row cites the data row\'s source');

  // A data figure: every bar equals its row in ../shared/data, with its source.
  const markets = 'figure[data-figure="split-markets"]';
  await scrollBelowNav(page, markets);
  const mcsv = parseCsv((await download(page, `${markets} button[data-export="csv"]`)).bytes.toString('utf8'));
  const star = mcsv.find((r) => r[1].startsWith('STAR 50'));
  const want = sharedRow('equity_indices.csv', 'star50_price_return', 2025);
  assertClose(Number(star[3]), want.value, 1e-9, 'STAR 50 value equals the data row');
  assertEq(star[4], want.source, 'STAR 50 row cites its source');
  assertClean(page);
});

test('offline file: opens from file:// with the network off', async () => {
  const file = path.join(dist, 'two-economies-offline.html');
  assert(fs.existsSync(file), `${file} missing (node tools/offline.mjs dist)`);
  const html = fs.readFileSync(file, 'utf8');
  assert(!/\b(src|href)="[^"#]*\.(js|wasm|css)"/.test(html), 'the offline file references no other file');
  // Not `newEnv`: its request filter would block file:// itself.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, offline: true });
  context.setDefaultTimeout(10_000);
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e.message || e)));
    const requests = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) requests.push(r.url()); });
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    await waitForApp(page);
    await waitForDraws(page, 1);
    assertEq(await peText(page), '25.4×', 'the worked example computes offline');
    const g = page.locator(SEL.slider('g'));
    await g.focus();
    const pe0 = await peText(page);
    await g.press('ArrowRight');
    await waitPeChange(page, pe0);
    assertEq(requests.length, 0, `no network requests: ${requests.join(', ')}`);
    await page.screenshot({ path: path.join(shots, 'offline-file.png') });
    assertEq(errors.length, 0, `errors offline: ${errors.join('; ')}`);
  } finally {
    await context.close();
  }
});

test('print: the handout lists the scenario, links it by QR code and prints every chapter', async ({ page }) => {
  await page.goto(`${origin}/?g=0.3&lang=en`, { waitUntil: 'load' });
  await waitForApp(page);
  await waitForDraws(page, 1);
  await page.waitForTimeout(500); // the QR code follows the URL after a pause
  await page.emulateMedia({ media: 'print' });
  const m = await page.evaluate(() => {
    const shown = (el) => !!el && getComputedStyle(el).display !== 'none';
    const h = document.querySelector('.handout');
    return {
      handout: shown(h),
      url: h?.querySelector('.handout-url')?.textContent,
      qr: !!h?.querySelector('.handout-qr svg path'),
      changed: [...(h?.querySelectorAll('li.changed') ?? [])].map((li) => li.textContent),
      controls: [...document.querySelectorAll('.controls')].some(shown),
      toc: shown(document.querySelector('nav.toc')),
      chapters: [...document.querySelectorAll('section[data-chapter]')].filter(shown).length,
      canvases: document.querySelectorAll('canvas.chart').length,
    };
  });
  assert(m.handout, 'the handout cover prints');
  assertEq(m.url, `${origin}/?g=0.3&lang=en`, 'the handout link reopens this scenario');
  assert(m.qr, 'the handout has a QR code');
  assertEq(m.changed.length, 1, `one assumption marked changed: ${m.changed.join(' | ')}`);
  assert(m.changed[0].includes('30.0%'), `the changed growth is listed: ${m.changed[0]}`);
  assert(!m.controls && !m.toc, 'controls and the table of contents do not print');
  assertEq(m.chapters, 10, 'every chapter prints');
  assert(m.canvases >= 10, 'charts print as images');
  await page.screenshot({ path: path.join(shots, 'print-handout.png') });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  fs.writeFileSync(path.join(out, 'handout.pdf'), pdf);
  assertEq(pdf.subarray(0, 5).toString(), '%PDF-', 'a PDF is produced');
  assert(pdf.length > 50_000, `the PDF has content (${pdf.length} bytes)`);
  assertClean(page);
});

test('screenshots', async ({ page }) => {
  // Desktop (fresh env is 1280×800).
  await openApp(page);
  await page.screenshot({ path: path.join(shots, 'valuation-desktop.png'), fullPage: true });
  assertClean(page);

  // Phone, HiDPI.
  const phone = await newEnv({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
  });
  try {
    await openApp(phone.page);
    await scrollBelowNav(phone.page, SEL.figure);
    await phone.page.screenshot({ path: path.join(shots, 'valuation-phone.png') });
    const m = await phone.page.evaluate((sel) => {
      const c = document.querySelector(sel);
      return {
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth,
        cssWidth: c.getBoundingClientRect().width,
        width: c.width,
        dpr: devicePixelRatio,
      };
    }, SEL.canvas);
    assert(m.scrollWidth <= m.innerWidth + 1, `phone: horizontal overflow (scrollWidth ${m.scrollWidth} > innerWidth ${m.innerWidth})`);
    assert(m.cssWidth <= 390, `phone: canvas CSS width ${m.cssWidth} > 390`);
    assertClose(m.width, 3 * m.cssWidth, 2, `phone: canvas.width vs 3 × CSS width ${m.cssWidth.toFixed(1)} (dpr ${m.dpr})`);
    assertClean(phone.page);
  } finally {
    await phone.close();
  }

  // Dark theme.
  const dark = await newEnv({ colorScheme: 'dark' });
  try {
    await openApp(dark.page);
    await scrollBelowNav(dark.page, SEL.figure);
    await dark.page.screenshot({ path: path.join(shots, 'valuation-dark.png') });
    const bg = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const rgb = (bg.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
    const sum = rgb.reduce((a, b) => a + b, 0);
    assert(rgb.length === 3 && sum < 200, `dark theme: body background ${bg} is not dark (rgb sum ${sum})`);
    assertClean(dark.page);
  } finally {
    await dark.close();
  }
});

// The public contract in ../shared/DESIGN.md: chapter and figure IDs.
const CHAPTERS = ['split', 'ai', 'robots', 'valuation', 'margin', 'catalysts', 'gap', 'checklist', 'futures', 'sources'];
const FIGURES = ['split-markets', 'split-economy', 'guess-property', 'ai-cost', 'robots-pe', 'valuation-pe',
  'valuation-implied', 'margin-call', 'margin-paths', 'catalysts-timeline', 'gap-upside', 'futures-gdp', 'futures-compare'];

test('every chapter and figure of the story is there, in order, with a drawn chart', async ({ page }) => {
  await openApp(page);
  const found = await page.$$eval('section[data-chapter]', (els) => els.map((e) => e.dataset.chapter));
  assertEq(JSON.stringify(found), JSON.stringify(CHAPTERS), 'chapters in order');
  for (const id of FIGURES) {
    assertEq(await page.locator(`figure[data-figure="${id}"]`).count(), 1, `figure ${id}`);
  }
  // Every canvas paints once it is laid out; scroll through the story so each is seen.
  const canvases = await page.locator('figure canvas').count();
  for (let i = 0; i < canvases; i++) {
    const c = page.locator('figure canvas').nth(i);
    await c.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => Number(el.getAttribute('data-draws')) >= 1, await c.elementHandle(), WAIT)
      .catch(async () => { throw new Error(`canvas ${i} in ${await c.evaluate((e) => e.closest('figure').dataset.figure)} never painted`); });
    const label = await c.getAttribute('aria-label');
    assert(label && label.length > 20, `canvas ${i} has no useful aria-label`);
  }
  // Every figure cites a source (the timeline cites one per event).
  for (const id of FIGURES.filter((f) => f !== 'guess-property')) {
    assert(await page.locator(`figure[data-figure="${id}"] a[href^="http"]`).count() > 0, `${id} has no source link`);
  }
  assertEq(await page.locator('text=Not investment advice').count(), 1, 'the not-investment-advice notice, once');
  assertClean(page);
});

test('every slider works from the keyboard and changes what it drives', async ({ page }) => {
  await openApp(page);
  const sliders = page.locator('figure input[type=range]:not([disabled])');
  const n = await sliders.count();
  assert(n >= 15, `expected at least 15 sliders, found ${n}`);
  for (let i = 0; i < n; i++) {
    const s = sliders.nth(i);
    const figure = s.locator('xpath=ancestor::figure[1]');
    const id = await figure.getAttribute('data-figure');
    await s.scrollIntoViewIfNeeded();
    const before = { value: await s.inputValue(), summary: await figure.locator('.chart-summary').textContent() };
    await s.focus();
    const atMax = Number(before.value) >= Number(await s.getAttribute('max')) - 1e-9;
    await page.keyboard.press(atMax ? 'ArrowLeft' : 'ArrowRight');
    await page.keyboard.press(atMax ? 'ArrowLeft' : 'ArrowRight');
    const after = await s.inputValue();
    assert(after !== before.value, `${id} slider ${i} did not move by keyboard`);
    await page.waitForFunction(([f, prev]) => document.querySelector(`figure[data-figure="${f}"] .chart-summary`).textContent !== prev,
      [id, before.summary], WAIT).catch(() => { throw new Error(`${id}: the text summary did not change after moving slider ${i}`); });
    const focusVisible = await s.evaluate((el) => getComputedStyle(el).outlineStyle !== 'none');
    assert(focusVisible, `${id} slider ${i} has no visible focus outline`);
  }
  assertClean(page);
});

test('draw your guess by keyboard, then reveal', async ({ page }) => {
  await openApp(page, '#split');
  const fig = page.locator('figure[data-figure="guess-property"]');
  assert(await fig.locator('button[data-action="reveal"]').isDisabled(), 'Reveal is enabled before any guess');
  const years = fig.locator('input[data-guess-year]');
  assertEq(await years.count(), 5, 'one slider per year 2021-2025');
  for (let i = 0; i < 5; i++) {
    await years.nth(i).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
  }
  await fig.locator('button[data-action="reveal"]').focus();
  await page.keyboard.press('Enter');
  const verdict = fig.locator('[data-role="guess-verdict"]');
  await verdict.waitFor({ state: 'visible', ...WAIT });
  const text = await verdict.textContent();
  assert(text.includes('−17.2%'), `verdict does not give the 2025 actual: ${text}`);
  assert(/off by \d+\.\d percentage points/.test(text), `verdict does not score the guess: ${text}`);
  assert(await fig.locator('a[href^="http"]').count() > 0, 'no source after reveal');
  assertClean(page);
});

test('screenshots of every chapter, desktop and phone', async () => {
  for (const [name, opts] of [['desktop', { viewport: { width: 1280, height: 800 } }],
    ['phone', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }]]) {
    const env = await newEnv(opts);
    try {
      await openApp(env.page);
      for (const id of CHAPTERS) {
        await scrollBelowNav(env.page, `section[data-chapter="${id}"]`);
        await env.page.screenshot({ path: path.join(shots, `chapter-${id}-${name}.png`) });
      }
      for (const id of FIGURES) {
        const fig = env.page.locator(`figure[data-figure="${id}"]`);
        await fig.scrollIntoViewIfNeeded();
        await env.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await fig.screenshot({ path: path.join(shots, `figure-${id}-${name}.png`) });
      }
      const overflow = await env.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 1, `${name}: page scrolls sideways by ${overflow}px`);
      assertClean(env.page);
    } finally {
      await env.close();
    }
  }
});

test('numbers in the prose can be changed in place, by keyboard and by drag', async ({ page }) => {
  await openApp(page, '#valuation');
  const g = page.locator('section[data-chapter="valuation"] [data-assumption-inline="g"]');
  assertEq(await g.getAttribute('role'), 'slider', 'inline number role');
  const pe0 = await peText(page);
  await g.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await waitPeChange(page, pe0);
  assertClose(await sliderValue(page, 'g'), 0.19, 1e-9, 'the figure slider follows the inline number');
  assertEq((await g.textContent()).trim(), '19.0%', 'inline number text');
  const box = await g.boundingBox();
  const pe1 = await peText(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  await waitPeChange(page, pe1);
  assert((await sliderValue(page, 'g')) > 0.19 + 1e-9, 'dragging right raised the growth rate');
  assertClean(page);
});

test('the URL keeps the reader\'s assumptions, and hostile URLs are clamped', async ({ page }) => {
  await openApp(page, '#valuation');
  await page.focus(SEL.slider('g'));
  const pe0 = await peText(page);
  await page.keyboard.press('End');
  await waitPeChange(page, pe0);
  await page.waitForFunction(() => location.search.includes('g=0.6'), null, WAIT)
    .catch(() => { throw new Error(`URL not updated: ${page.url()}`); });
  assert(page.url().endsWith('#valuation'), `hash lost: ${page.url()}`);
  const pe1 = await peText(page);
  await page.reload({ waitUntil: 'load' });
  await waitForApp(page);
  assertEq(await peText(page), pe1, 'P/E after reload');
  assertClose(await sliderValue(page, 'g'), 0.6, 1e-9, 'slider after reload');

  await page.goto(`${origin}/?ke=0.12&g=abc&n=1e309&pt=99999&zz=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&gs=NaN`, { waitUntil: 'load' });
  await waitForApp(page);
  assertClose(await sliderValue(page, 'ke'), 0.12, 1e-9, 'the valid key survives the bad ones');
  assertClose(await sliderValue(page, 'g'), 0.18, 1e-9, 'garbage ignored, default kept');
  assertEq(await page.locator('img[src="x"]').count(), 0, 'markup from the URL was rendered');
  assertClean(page);
});

test('wasm failure shows a message', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
  await page.goto(`${origin}/`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#boot-error', { state: 'visible', ...WAIT })
    .catch(() => { throw new Error('#boot-error did not become visible within 10 s after the wasm 404'); });
  const text = (await page.textContent('#boot-error')).trim();
  assert(text.length > 0, '#boot-error has no text');
});

// ------------------------------------------------------------------ run

const t0 = Date.now();
let result = { passed: 0, failed: 0 };
try {
  result = await run(() => newEnv(), { only: opts.only });
} finally {
  await browser.close().catch(() => {});
  server.close();
  server.closeAllConnections?.();
}
const { passed, failed } = result;
console.log(`(${((Date.now() - t0) / 1000).toFixed(1)} s; screenshots in ${path.relative(process.cwd(), shots) || shots})`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
