#!/usr/bin/env node
// End-to-end tests for the built site, driving the system Chromium with
// playwright-core (no browser download).
//
//   node tests/e2e/run.mjs --dist dist --out target/e2e [--only <substring>]
//
// Prints `ok - name` / `not ok - name: message` per test and finally
// `e2e: N passed, M failed`. Exits 1 if anything failed or nothing ran.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, CSP } from '../../tools/serve.mjs';
import { hostileQueries } from './hostile.mjs';
import { registerPseudoTests } from './pseudo.mjs';
import {
  SEL, WAIT, assert, assertEq, assertClose, assertClean, parsePe,
  createHarness, instrument, waitForApp, waitForDraws, draws, peText,
  waitPeChange, canvasInk, sliderValue, sliderAttr, pressOn,
} from './lib.mjs';

// ------------------------------------------------------------------ args

function parseArgs(argv) {
  const opts = { dist: 'dist', out: 'target/e2e', only: undefined, faultDist: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [k, inline] = a.includes('=') ? a.split(/=(.*)/s) : [a, undefined];
    const val = () => (inline !== undefined ? inline : argv[++i]);
    if (k === '--dist') opts.dist = val();
    else if (k === '--out') opts.out = val();
    else if (k === '--only') opts.only = val();
    else if (k === '--fault-dist') opts.faultDist = val();
    else {
      console.error(`unknown argument: ${a}\nusage: node tests/e2e/run.mjs --dist dist --out target/e2e [--fault-dist target/dist-fault] [--only name]`);
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

/** One row of the fact base, assets/data/<file>, as {value, publisher, url, grade}, for checking exports. */
function dataRow(file, series, year) {
  // The fact files have no byte-order mark; the parser expects the downloads' one.
  const rows = parseCsv(`\ufeff${fs.readFileSync(path.resolve('assets', 'data', file), 'utf8')}`);
  const r = rows.find((c) => c[0] === series && c[1] === String(year));
  assert(r, `${series} ${year} not in assets/data/${file}`);
  return { value: Number(r[2]), publisher: r[4], published: r[6], url: r[7], via: r[8], grade: r[9] };
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
  assertEq(csv[0].join(','), 'figure,series,x,value,publisher,grade,url,note', 'CSV header');
  const yours = csv.find((r) => r[1] === 'Your assumptions');
  assert(yours, 'CSV has the reader\'s point');
  assertEq(yours[2], '0.18', 'reader\'s growth');
  assertClose(Number(yours[3]), 21.5, 0.05, 'reader\'s justified P/E (the worked example, 25.38 / 1.18)');
  const curve = csv.filter((r) => r[1] === 'Justified P/E');
  assert(curve.length > 50, `CSV has the curve (${curve.length} rows)`);
  for (let i = 1; i < curve.length; i++) {
    assert(Number(curve[i][3]) >= Number(curve[i - 1][3]), 'the justified P/E rises with growth');
  }
  const market = dataRow('valuation.csv', 'cambricon_forward_pe_2026e_derived', 2026);
  const mrow = csv.find((r) => r[1].startsWith('Cambricon'));
  assert(mrow, 'CSV has the market row');
  assertClose(Number(mrow[3]), market.value, 1e-9, 'market P/E equals the data row');
  assert(mrow[4].startsWith(`${market.publisher}, `), `market row names the publisher: ${mrow[4]}`);
  assertEq(mrow[5], market.grade, 'market row carries the data row\'s grade');
  assertEq(mrow[6], market.url, 'market row links the data row\'s url');

  // A data figure: every bar equals its row in the fact base, with its source.
  const markets = 'figure[data-figure="split-markets"]';
  await scrollBelowNav(page, markets);
  const mcsv = parseCsv((await download(page, `${markets} button[data-export="csv"]`)).bytes.toString('utf8'));
  const star = mcsv.find((r) => r[1].startsWith('STAR 50'));
  const want = dataRow('equity_indices.csv', 'star50_price_return', 2025);
  assertClose(Number(star[3]), want.value, 1e-9, 'STAR 50 value equals the data row');
  assert(star[4].startsWith(`${want.publisher}, `), `STAR 50 row names its publisher: ${star[4]}`);
  assertEq(star[5], want.grade, 'STAR 50 row carries its grade');
  assertEq(star[6], want.url, 'STAR 50 row links its source');
  assertClean(page);
});

test('every chart has a "show the data as a table" alternative that matches the CSV and follows the sliders', async ({ page }) => {
  await openApp(page, '#valuation');
  const counts = await page.evaluate(() => [...document.querySelectorAll('figure[data-figure]')]
    .filter((f) => f.querySelector('canvas'))
    .map((f) => [f.dataset.figure, f.querySelectorAll('details[data-role="data-table"]').length]));
  assert(counts.length >= 10, `only ${counts.length} figures with a chart`);
  for (const [id, n] of counts) assertEq(n, 1, `data tables in ${id}`);

  // Keyboard: the disclosure opens with Enter and lists the chart's values.
  const fig = 'figure[data-figure="valuation-pe"]';
  const rowsSel = `${fig} details[data-role="data-table"] tbody tr`;
  assertEq(await page.locator(rowsSel).count(), 0, 'rows before opening (built only when open)');
  await scrollBelowNav(page, fig);
  await page.focus(`${fig} details[data-role="data-table"] summary`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(rowsSel, WAIT);
  const readRows = () => page.$$eval(rowsSel, (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  const rows = await readRows();
  const headers = await page.$$eval(`${fig} details[data-role="data-table"] thead th`, (ths) => ths.map((t) => t.textContent));
  assertEq(headers.join('|'), 'Series|Horizontal axis|Value', 'headers');

  // The same rows, series and positions as the CSV download, values rounded for reading.
  const csv = parseCsv((await download(page, `${fig} button[data-export="csv"]`)).bytes.toString('utf8'))
    .slice(1).filter((r) => r.length > 3);
  assertEq(rows.length, csv.length, 'table rows = CSV rows');
  rows.forEach((r, i) => {
    assertEq(r[0], csv[i][1], `row ${i} series`);
    assertEq(r[1], csv[i][2], `row ${i} position`);
    const v = Number(csv[i][3]);
    const d = Math.abs(v) >= 100 ? 1 : Math.abs(v) >= 1 ? 2 : 4;
    assertClose(Number(r[2]), v, 0.5 * 10 ** -d + 1e-12, `row ${i} value`);
  });
  const yours = rows.find((r) => r[0] === 'Your assumptions');
  assertEq(yours && yours[2], '21.51', 'the reader\'s justified P/E in the table');
  // The table names its rows' publishers and grades.
  const foot = await page.textContent(`${fig} details[data-role="data-table"] [data-role="table-sources"]`);
  const damodaran = dataRow('methods_examples.csv', 'two_stage_pe_damodaran_example.pe', 2006);
  assert(foot.includes(damodaran.publisher) && /[ABC]: /.test(foot), `the table's sources: ${foot}`);

  // It follows the sliders while open.
  await page.focus(SEL.slider('g'));
  await page.keyboard.press('End');
  await page.waitForFunction((sel) => {
    const r = [...document.querySelectorAll(sel)].find((tr) => tr.firstChild.textContent === 'Your assumptions');
    return r && r.lastChild.textContent !== '21.51';
  }, rowsSel, WAIT).catch(() => { throw new Error('the table did not follow the slider'); });

  // Every figure's table opens with values and no NaN, in both languages.
  for (const lang of ['en', 'zh']) {
    if (lang === 'zh') await page.click(SEL.lang);
    const bad = await page.evaluate(async () => {
      const out = [];
      for (const d of document.querySelectorAll('details[data-role="data-table"]')) {
        d.open = true;
        await new Promise((r) => setTimeout(r, 0));
        await new Promise((r) => requestAnimationFrame(r));
        const trs = d.querySelectorAll('tbody tr');
        const id = d.closest('figure').dataset.figure;
        if (trs.length === 0) out.push(`${id}: no rows`);
        if (/NaN|Infinity/.test(d.textContent)) out.push(`${id}: NaN in the table`);
      }
      return out;
    });
    assertEq(bad.join('; '), '', `data tables (${lang})`);
  }
  assertEq((await page.$$eval(`${fig} details[data-role="data-table"] thead th`, (t) => t.map((x) => x.textContent))).join('|'),
    '系列|横轴|数值', 'Chinese headers');
  // A bar chart has no positions: no empty position column.
  const bars = await page.$$eval('figure[data-figure="robots-pe"] details[data-role="data-table"] :is(thead, tbody) tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  assertEq(bars[0].join('|'), '系列|数值', 'a bar chart\'s table headers');
  assert(bars.length > 1 && bars.every((r) => r.length === 2 && r.every((c) => c.trim() !== '')), `a bar chart's rows: ${JSON.stringify(bars)}`);
  assertClean(page);
});

/** Whether the page shows Chinese in every chapter heading. */
async function chineseHeadings(page) {
  const heads = await page.$$eval('section[data-chapter] h2', (hs) => hs.map((h) => h.textContent));
  return heads.length === 10 && heads.every((h) => /[\u4e00-\u9fff]/.test(h));
}

const ZH_FILE = /\/i18n\/zh-[0-9a-f]{16}\.txt$/;

test('the Chinese text: an English page never fetches it; 中文 fetches one locale file, once', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => { if (/\/i18n\//.test(r.url())) fetched.push(r.url()); });
  const files = fs.readdirSync(path.join(dist, 'i18n'));
  assertEq(files.filter((f) => ZH_FILE.test(`/i18n/${f}`)).length, 1, `one Chinese locale file in dist/i18n: ${files.join(', ')}`);
  await openApp(page);
  assertEq(fetched.length, 0, `an English page fetches no locale file: ${fetched.join(', ')}`);
  // The Chinese an English page shows stays in the wasm: the language button
  // and a source URL with Chinese in it (no note of the fact base has Chinese
  // since it was re-sourced).
  assertEq((await page.textContent(SEL.lang)).trim(), '中文', 'the language button');
  assert(await page.locator('a[href*="創業板50"], a[href*="%E5%89%B5%E6%A5%AD%E6%9D%BF50"]').count() > 0, 'a source URL with Chinese in it');
  await page.click(SEL.lang);
  await page.waitForFunction(() => document.documentElement.lang.startsWith('zh'), null, WAIT);
  assertEq(fetched.length, 1, 'switching to 中文 fetches one file');
  assert(ZH_FILE.test(fetched[0]), `the Chinese locale file: ${fetched[0]}`);
  const heads = await page.$$eval('section[data-chapter] h2', (hs) => hs.map((h) => h.textContent));
  assertEq(heads.length, 10, 'chapter headings');
  for (const h of heads) assert(/[\u4e00-\u9fff]/.test(h) && !h.includes('\u0000'), `a Chinese heading: ${JSON.stringify(h)}`);
  await page.click(SEL.lang);
  await page.waitForFunction(() => document.documentElement.lang === 'en', null, WAIT);
  await page.click(SEL.lang);
  await page.waitForFunction(() => document.documentElement.lang.startsWith('zh'), null, WAIT);
  assertEq(fetched.length, 1, 'not fetched again');
  assertClean(page);
});

test('the Chinese text: a 中文 link opens in Chinese; if the text cannot be fetched, the page stays in English', async () => {
  const ok = await newEnv();
  try {
    await ok.page.goto(`${origin}/?lang=zh`, { waitUntil: 'load' });
    await waitForApp(ok.page);
    assert(/[\u4e00-\u9fff]/.test(await ok.page.textContent('section[data-chapter="split"] h2')), 'Chinese heading');
    assert(await chineseHeadings(ok.page), 'every chapter heading in Chinese');
    assertClean(ok.page);
  } finally {
    await ok.close();
  }
  const bad = await newEnv();
  try {
    const warnings = [];
    bad.page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await bad.page.route(ZH_FILE, (r) => r.abort());
    await bad.page.goto(`${origin}/?lang=zh`, { waitUntil: 'load' });
    await waitForApp(bad.page);
    assertEq(await bad.page.evaluate(() => document.documentElement.lang), 'en', 'falls back to English');
    await bad.page.click(SEL.lang);
    await bad.page.waitForTimeout(300);
    assertEq(await bad.page.evaluate(() => document.documentElement.lang), 'en', 'the toggle cannot switch without the text');
    assert(warnings.some((w) => w.includes('中文 (zh) unavailable')), `a console note: ${warnings.join(' | ')}`);
    assertEq(bad.page.__rec.pageErrors.length, 0, `no page error: ${bad.page.__rec.pageErrors.join('; ')}`);
    // Still a working page.
    const g = bad.page.locator(SEL.slider('g'));
    await g.focus();
    const pe0 = await peText(bad.page);
    await g.press('ArrowRight');
    await waitPeChange(bad.page, pe0);
  } finally {
    await bad.close();
  }
});

test('offline file: opens from file:// with the network off', async () => {
  const file = path.join(dist, 'two-economies-offline.html');
  assert(fs.existsSync(file), `${file} missing (node tools/offline.mjs dist)`);
  const html = fs.readFileSync(file, 'utf8');
  assert(!/\b(src|href)=["']?[^"'#\s>]*\.(js|wasm|css)\b/.test(html), 'the offline file references no other file');
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
    // The Chinese text is inside the file too.
    await page.click(SEL.lang);
    await page.waitForFunction(() => document.documentElement.lang.startsWith('zh'), null, WAIT);
    assert(await chineseHeadings(page), 'every chapter heading in Chinese, offline');
    await page.click(SEL.lang);
    await page.waitForFunction(() => document.documentElement.lang === 'en', null, WAIT);
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

test('A/B: keep the scenario as A, change it, compare on the chart and in a table; both in the URL', async ({ page }) => {
  await openApp(page);
  const fig = 'figure[data-figure="valuation-pe"]';
  await scrollBelowNav(page, fig);
  assertEq(await page.$$eval(`${fig} table[data-role="compare"]`, (t) => t.length), 0, 'no table before A is kept');
  await page.click(`${fig} button[data-action="keep-a"]`);
  await page.waitForFunction(() => new URLSearchParams(location.search).has('a'), null, WAIT);
  const g = page.locator(`${fig} input[data-assumption="g"]`);
  await g.focus();
  const d0 = await draws(page);
  for (let i = 0; i < 4; i++) await g.press('ArrowRight');
  await page.waitForSelector(`${fig} table[data-role="compare"]`, WAIT);
  await waitForDraws(page, d0 + 1);
  const rows = await page.$$eval(`${fig} table[data-role="compare"] tbody tr`, (trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  const growth = rows.find((r) => r[0] === 'High-growth rate');
  assert(growth, `growth row in ${JSON.stringify(rows)}`);
  assertEq(growth.slice(1).join(' | '), '18.0% | 20.0%', 'A and B growth');
  const point = rows.find((r) => r[0] === 'Your assumptions');
  assert(point && point[1] === '21.5×' && point[2] !== '21.5×', `P/E row A 21.5× vs B: ${JSON.stringify(point)}`);
  // The chart draws A: its SVG download carries the grey A point label.
  const svg = (await download(page, `${fig} button[data-export="svg"]`)).bytes.toString('utf8');
  assert(/>A<\/text>/.test(svg), 'the chart labels scenario A');
  // Both scenarios live in the URL and survive a reload.
  await page.waitForFunction(() => /[?&]g=0\.2(&|$)/.test(location.search), null, WAIT);
  const url = page.url();
  assert(/[?&]a=(&|$)/.test(new URL(url).search), `A (the defaults) is in the URL: ${url}`);
  await page.reload({ waitUntil: 'load' });
  await waitForApp(page);
  await page.waitForSelector(`${fig} table[data-role="compare"]`, WAIT);
  await page.click(`${fig} button[data-action="clear-a"]`);
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('a'), null, WAIT);
  assertEq(await page.$$eval(`${fig} table[data-role="compare"]`, (t) => t.length), 0, 'the table goes with A');
  assertClean(page);
});

test('back and forward restore earlier states', async ({ page }) => {
  await openApp(page);
  const fig = 'figure[data-figure="valuation-pe"]';
  await scrollBelowNav(page, fig);
  const slider = (k) => page.locator(`${fig} input[data-assumption="${k}"]`);
  const value = (k) => page.$eval(`${fig} input[data-assumption="${k}"]`, (i) => i.valueAsNumber);
  const urlHas = (re) => page.waitForFunction((src) => new RegExp(src).test(location.search), re.source, WAIT);
  const len0 = await page.evaluate(() => history.length);
  await page.waitForTimeout(1200);
  await slider('g').focus();
  await slider('g').press('ArrowRight');
  await urlHas(/[?&]g=0\.185/);
  await page.waitForTimeout(1200);
  await slider('ke').focus();
  for (let i = 0; i < 3; i++) await slider('ke').press('ArrowRight');
  await urlHas(/[?&]ke=/);
  const keMoved = await value('ke');
  assertEq(await page.evaluate(() => history.length), len0 + 2, 'two pauses, two history entries');

  await page.goBack();
  await page.waitForFunction((sel) => document.querySelector(sel).valueAsNumber === 0.09, `${fig} input[data-assumption="ke"]`, WAIT);
  assertEq(await value('g'), 0.185, 'back: g kept, ke undone');
  assert(!/ke=/.test(page.url()), `back: URL without ke (${page.url()})`);
  await page.goBack();
  await page.waitForFunction((sel) => document.querySelector(sel).valueAsNumber === 0.18, `${fig} input[data-assumption="g"]`, WAIT);
  await page.goForward();
  await page.goForward();
  await page.waitForFunction(([sel, v]) => document.querySelector(sel).valueAsNumber === v, [`${fig} input[data-assumption="ke"]`, keMoved], WAIT);
  assertEq(await value('g'), 0.185, 'forward twice: g again');
  assertEq(await page.evaluate(() => history.length), len0 + 2, 'going back and forward adds no entries');
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

/** Every row of the fact base, keyed "series year". */
function allRows() {
  const out = new Map();
  for (const f of fs.readdirSync(path.resolve('assets', 'data')).filter((n) => n.endsWith('.csv'))) {
    for (const r of parseCsv(`\ufeff${fs.readFileSync(path.resolve('assets', 'data', f), 'utf8')}`).slice(1)) {
      if (r.length >= 12) out.set(`${r[0]} ${r[1]}`, { file: f, publisher: r[4], published: r[6], url: r[7], via: r[8], grade: r[9] });
    }
  }
  return out;
}

test('sources: every figure names its publishers and date, weak rows are marked, citations reach the Sources list, the fact base downloads', async ({ page }) => {
  const rows = allRows();
  for (const lang of ['en', 'zh']) {
    await openApp(page, lang === 'zh' ? '?lang=zh' : '');
    // Every figure with sources: no bare host as link text, a date it is as of, every C link marked.
    const lines = await page.$$eval('figure[data-figure] .source, figure[data-figure] .timeline', (els) => els.map((e) => ({
      fig: e.closest('figure').dataset.figure,
      text: e.textContent,
      asOf: e.querySelector('.as-of')?.dataset.asOf ?? null,
      links: [...e.querySelectorAll('.src-item')].map((item) => {
        const a = item.querySelector('a[data-grade]');
        const mark = item.querySelector('[data-weak]');
        return { text: a.textContent, href: a.href, grade: a.dataset.grade, weak: !!mark && mark.textContent.length > 3 && !!mark.title };
      }),
    })));
    const figs = new Set(lines.map((l) => l.fig));
    assert(figs.size >= 12, `${lang}: only ${figs.size} figures show sources`);
    for (const l of lines.filter((x) => x.asOf !== null)) {
      assert(/^\d{4}(-\d\d){0,2}$/.test(l.asOf), `${lang} ${l.fig}: data as of "${l.asOf}"`);
      assert(lang === 'en' ? /Data as of (\d{1,2} )?([A-Z][a-z]{2} )?\d{4}\./.test(l.text) : /数据截至\d{4}年/.test(l.text), `${lang} ${l.fig}: no "as of" date in "${l.text}"`);
    }
    for (const l of lines) {
      for (const a of l.links) {
        assert(!/^[\w.-]+\.(com|net|org|cn|tech|dev|io|ch)$/.test(a.text.trim()), `${lang} ${l.fig}: bare host as link text "${a.text}"`);
        assert(/\d{4}/.test(a.text), `${lang} ${l.fig}: the link "${a.text}" has no date`);
        // Several rows may share one copy's url: the link's row is the one whose publisher it names.
        const same = [...rows.values()].filter((r) => r.url === a.href || new URL(r.url).href === a.href);
        assert(same.length, `${lang} ${l.fig}: ${a.href} is not a fact-base url`);
        const row = same.find((r) => r.grade === a.grade && (lang !== 'en' || a.text.startsWith(r.publisher)));
        assert(row, `${lang} ${l.fig}: no row of ${a.href} has grade ${a.grade} and publisher "${a.text}"`);
        if (lang === 'en') assert(a.text.startsWith(row.publisher), `${l.fig}: "${a.text}" does not name ${row.publisher}`);
        if (row.via) assert(a.text.includes(row.via), `${lang} ${l.fig}: "${a.text}" hides the relay ${row.via}`);
      }
    }
    for (const l of lines) for (const a of l.links) assertEq(a.weak, a.grade === 'C', `${lang} ${l.fig}: weak mark on ${a.href} (grade ${a.grade})`);

    // Citations in the prose link to their entries; every entry names its grade.
    const cites = await page.$$eval('section[data-chapter] a.cite', (as) => as.map((a) => ({ href: a.getAttribute('href'), label: a.getAttribute('aria-label'), text: a.textContent })));
    assert(cites.length >= 30, `${lang}: only ${cites.length} citations in the prose`);
    for (const c of cites) {
      assert(/^\[\d+\]$/.test(c.text), `${lang}: citation text ${c.text}`);
      const target = await page.$(`[id="${c.href.slice(1)}"]`);
      assert(target, `${lang}: citation ${c.href} has no entry`);
      assert(c.label && c.label.length > 10, `${lang}: citation ${c.href} has no accessible name`);
    }
    const entries = await page.$$eval('[data-role="sources"] li[id^="src-"]', (lis) => lis.map((li) => ({ id: li.id, grade: li.dataset.grade, text: li.textContent })));
    assertEq(entries.length, rows.size, `${lang}: one Sources entry per row`);
    // Claims link to the list, and the list back to the claims and figures.
    assert(await page.locator('ol.claims li[id^="claim-"] a.cite').count() >= 10, `${lang}: claims without citations`);
    assert(await page.locator('[data-role="sources"] a[href^="#claim-"]').count() >= 10, `${lang}: no entry links a claim`);
    assert(await page.locator('[data-role="sources"] a[href="#split-markets"]').count() >= 1, `${lang}: no entry links a figure`);
  }
  // The whole fact base, every row with its provenance.
  await scrollBelowNav(page, 'button[data-action="download-facts"]');
  const file = await download(page, 'button[data-action="download-facts"]');
  assertEq(file.name, 'two-economies-fact-base.csv', 'fact base file name');
  const csv = parseCsv(file.bytes.toString('utf8'));
  assertEq(csv[0].join(','), 'file,series,year,value,unit,publisher,publication,published,url,via,grade,checked,note', 'fact base header');
  assertEq(csv.slice(1).filter((r) => r.length > 3).length, rows.size, 'every row in the download');
  for (const r of csv.slice(1).filter((x) => x.length > 3)) {
    const want = rows.get(`${r[1]} ${r[2]}`);
    assert(want && want.publisher === r[5] && want.grade === r[10] && want.url === r[8], `download row ${r[1]} ${r[2]}`);
  }
  assertClean(page);
});

test('glossary: a term opens on tap, focus and Enter, closes on Escape, is announced, and the glossary section lists it', async () => {
  for (const lang of ['en', 'zh']) {
    const phone = await newEnv({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    try {
      const { page } = phone;
      await openApp(page, `?lang=${lang}#valuation`);
      const term = page.locator('section[data-chapter="valuation"] button.term[data-term="peg"]').first();
      await term.scrollIntoViewIfNeeded();
      const defId = await term.getAttribute('aria-describedby');
      const def = page.locator(`[id="${defId}"]`);
      assertEq(await def.isVisible(), false, `${lang}: definition hidden at first`);
      await term.tap();
      await def.waitFor({ state: 'visible', ...WAIT });
      assertEq(await term.getAttribute('aria-expanded'), 'true', `${lang}: expanded after a tap`);
      const text = await def.textContent();
      assert(lang === 'en' ? /forward P\/E/.test(text) : /远期市盈率/.test(text), `${lang}: PEG definition "${text}"`);
      await page.screenshot({ path: path.join(shots, `glossary-term-phone-${lang}.png`) });
      await term.tap();
      await def.waitFor({ state: 'hidden', ...WAIT });
      // Keyboard: focus shows it, Escape hides it; the description is the definition.
      // (The taps left the button focused: leave it first, so focusing it again is a focus.)
      await page.evaluate(() => document.activeElement?.blur());
      await term.focus();
      await def.waitFor({ state: 'visible', ...WAIT });
      await page.keyboard.press('Escape');
      await def.waitFor({ state: 'hidden', ...WAIT });
      await page.keyboard.press('Enter');
      await def.waitFor({ state: 'visible', ...WAIT });
      const described = await page.evaluate((id) => document.getElementById(id).textContent, defId);
      assertEq(described, text, `${lang}: the button's description is its definition`);
      // The glossary section lists every term.
      const dts = await page.$$eval('[data-role="glossary"] dt', (d) => d.map((x) => x.id));
      assert(dts.length >= 12 && dts.includes('glossary-peg'), `${lang}: glossary entries ${dts}`);
      await page.locator('[data-role="glossary"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(shots, `glossary-section-phone-${lang}.png`) });
      assertClean(page);
    } finally {
      await phone.close();
    }
  }
});

test('sources screenshots: three figures\' source lines and the Sources list, 1280 and 390 px, English and Chinese', async () => {
  for (const [w, h, name] of [[1280, 900, 'desktop'], [390, 844, 'phone']]) {
    for (const lang of ['en', 'zh']) {
      const env = await newEnv({ viewport: { width: w, height: h }, deviceScaleFactor: 2 });
      try {
        await openApp(env.page, `?lang=${lang}`);
        for (const fig of ['split-economy', 'ai-cost', 'gap-upside']) {
          const line = env.page.locator(`figure[data-figure="${fig}"] .source`);
          await line.scrollIntoViewIfNeeded();
          await line.screenshot({ path: path.join(shots, `source-${fig}-${name}-${lang}.png`) });
        }
        const list = env.page.locator('[data-role="sources"]');
        await list.scrollIntoViewIfNeeded();
        await env.page.screenshot({ path: path.join(shots, `sources-list-${name}-${lang}.png`) });
        const m = await env.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        assert(m <= 1, `${name} ${lang}: horizontal overflow ${m}px`);
        assertClean(env.page);
      } finally {
        await env.close();
      }
    }
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

/**
 * In the page: what a hostile URL must never do. Returns the problems found
 * (empty when none): markup or script from the URL in the DOM, a value that
 * is not finite or not in its slider's range, the valid pair not applied.
 */
function probeHostile([keep, scripts]) {
  const bad = [];
  if (window.__pwned !== undefined) bad.push('a payload ran (window.__pwned set)');
  if (document.querySelectorAll('script').length !== scripts) bad.push('a <script> element appeared');
  if (document.querySelector('iframe, img[src="x"], svg[onload]')) bad.push('markup from the URL was rendered');
  for (const b of document.querySelectorAll('b')) if (b.textContent === 'bold') bad.push('<b> from the URL was rendered');
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.name.startsWith('on') || a.value.includes('__pwned') && a.name !== 'value') {
        bad.push(`<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`);
      }
    }
  }
  const story = document.getElementById('story');
  const text = story ? story.textContent : '';
  const m = text.match(/NaN|Infinity|∞/);
  if (m) bad.push(`"${m[0]}" in the text: …${text.slice(Math.max(0, m.index - 40), m.index + 20)}…`);
  const sliders = document.querySelectorAll('input[type=range][data-assumption]');
  if (sliders.length === 0) bad.push('no sliders (the app is gone)');
  for (const s of sliders) {
    const v = Number(s.value);
    if (!Number.isFinite(v) || v < Number(s.min) || v > Number(s.max)) bad.push(`${s.dataset.assumption}=${s.value} outside [${s.min}, ${s.max}]`);
    const vt = s.getAttribute('aria-valuetext') || '';
    if (/NaN|inf|∞/i.test(vt)) bad.push(`${s.dataset.assumption} reads "${vt}"`);
    if (s.dataset.assumption === keep.key && Math.abs(v - keep.value) > 1e-9) {
      bad.push(`the valid pair ${keep.key}=${keep.value} was discarded (slider shows ${s.value})`);
    }
  }
  return bad;
}

test('1,000 random and hostile query strings: no panic, finite clamped state, no markup rendered, the valid key kept', async ({ page }) => {
  const infos = [];
  page.on('console', (msg) => { if (msg.type() === 'info') infos.push(msg.text()); });
  await openApp(page);
  const scripts = await page.evaluate(() => document.querySelectorAll('script').length);
  const specs = await page.evaluate(() => {
    const out = {};
    for (const s of document.querySelectorAll('input[type=range][data-assumption]')) {
      out[s.dataset.assumption] = { min: Number(s.min), max: Number(s.max), step: Number(s.step) };
    }
    return out;
  });
  assert(Object.keys(specs).length >= 10, `only ${Object.keys(specs).length} slider keys found`);
  const clean = await page.evaluate(probeHostile, [{ key: '', value: 0 }, scripts]);
  assertEq(clean.join('; '), '', 'the probe on the clean page');
  const cases = hostileQueries(specs, 1000);

  // Every case through the URL reader the app runs on back/forward (popstate),
  // in batches, checked after the app has re-rendered.
  // (Evaluated as a string: the page's CSP forbids eval in the page itself.)
  await page.evaluate(`window.__probeHostile = ${probeHostile.toString()}`);
  let chars = 0;
  for (let i = 0; i < cases.length; i += 50) {
    const batch = cases.slice(i, i + 50);
    chars += batch.reduce((n, c) => n + c.query.length, 0);
    const problems = await page.evaluate(async ([batch, scripts]) => {
      const probe = window.__probeHostile;
      const out = [];
      for (const c of batch) {
        history.replaceState(null, '', `?${c.query}`);
        dispatchEvent(new PopStateEvent('popstate'));
        // The app re-renders within a frame or two; allow up to 30 frames.
        let bad = [];
        for (let k = 0; k < 30; k++) {
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          bad = probe([c.keep, scripts]);
          if (bad.length === 0) break;
        }
        if (bad.length) out.push(`?${c.query.slice(0, 160)}${c.query.length > 160 ? '…' : ''} (${c.query.length} chars): ${bad.slice(0, 3).join('; ')}`);
      }
      return out;
    }, [batch, scripts]);
    assertEq(problems.slice(0, 3).join('\n'), '', `hostile URLs ${i}–${i + 49} (popstate)`);
  }

  // A sample as whole page loads: every key, the display keys included, read at start.
  // (Under 8,000 characters: servers refuse longer request lines, ours too.)
  const sample = cases.filter((c) => c.query.length < 8000).slice(0, 40);
  for (const c of sample) {
    await page.goto(`${origin}/?${c.query}`, { waitUntil: 'load' })
      .catch((e) => { throw new Error(`loading ?${c.query.slice(0, 160)}…: ${String(e.message).split('\n')[0].slice(0, 200)}`); });
    await page.waitForSelector('input[type=range][data-assumption]', { state: 'attached', ...WAIT })
      .catch(() => { throw new Error(`no app after loading ?${c.query.slice(0, 200)}`); });
    const bad = await page.evaluate(probeHostile, [c.keep, scripts]);
    assertEq(bad.slice(0, 3).join('; '), '', `loading ?${c.query.slice(0, 160)}…`);
  }
  assert(infos.some((t) => t.includes('ignored these URL parameters')), 'ignored pairs were not noted in the console');
  assertClean(page);
  console.log(`    ${cases.length} hostile query strings (${(chars / 1e6).toFixed(1)} M characters) through popstate, ${sample.length} as page loads: no problem`);
});

test('a wasm trap replaces the app with a message and a reload button (test-only fault switch)', async () => {
  // The copy of dist/ built with the `fault` feature (scripts/test.sh makes it).
  assert(opts.faultDist && fs.existsSync(path.join(opts.faultDist, 'index.html')),
    'no --fault-dist build (scripts/test.sh builds target/dist-fault: cargo build --features fault, wasm-bindgen, tools/fault-dist.mjs)');
  const faultServer = await startServer(path.resolve(opts.faultDist), 0, '127.0.0.1');
  const faultOrigin = `http://127.0.0.1:${faultServer.address().port}`;
  // Its own context: the shared one lets no other origin through.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e.message || e)));
    await page.goto(`${faultOrigin}/?fault=trap&g=0.3#valuation`, { waitUntil: 'load' });
    await waitForApp(page);
    await waitForDraws(page, 1);
    assert(await page.isHidden('#boot-error'), 'the crash message shows before any trap');
    // The first change traps (a Rust panic aborts the wasm as `unreachable`).
    await page.focus(SEL.slider('g'));
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#boot-error', { state: 'visible', ...WAIT })
      .catch(() => { throw new Error(`no crash message after the trap (page errors: ${errors.join('; ') || 'none'})`); });
    assert(errors.some((e) => /unreachable/i.test(e)), `the wasm did not trap: ${errors.join('; ') || 'no page error'}`);
    assert(await page.isHidden('#root'), 'the broken app is still shown beside the message');
    const text = (await page.textContent('#boot-error')).replace(/\s+/g, ' ');
    assert(/stopped/.test(text) && /停止/.test(text), `the message is not in both languages: ${text}`);
    assertEq(await page.evaluate(() => document.activeElement && document.activeElement.id), 'boot-reload', 'focus on the reload button');
    await page.screenshot({ path: path.join(shots, 'trap-message.png') });
    // Reload: a fresh app with the reader's scenario from the address.
    await Promise.all([page.waitForEvent('load', WAIT), page.keyboard.press('Enter')]);
    await waitForApp(page);
    await waitForDraws(page, 1);
    assert(await page.isHidden('#boot-error'), 'the message is still shown after the reload');
    assertClose(await sliderValue(page, 'g'), 0.3, 1e-9, 'the scenario after the reload');
  } finally {
    await context.close();
    faultServer.close();
    faultServer.closeAllConnections?.();
  }
});

test('wasm failure shows a message', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
  await page.goto(`${origin}/`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#boot-error', { state: 'visible', ...WAIT })
    .catch(() => { throw new Error('#boot-error did not become visible within 10 s after the wasm 404'); });
  const text = (await page.textContent('#boot-error')).trim();
  assert(text.length > 0, '#boot-error has no text');
});

// ------------------------------------------------------------ embedding

/**
 * A blog on another origin: a second server on its own 127.0.0.1 port that
 * serves the HTML in `pages` (path → html). Close it when done.
 */
async function startHost(pages) {
  const server = http.createServer((req, res) => {
    const body = pages[(req.url || '/').split('?')[0]];
    if (body === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found\n');
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

/** A host page: some text, `body` (the embed code), more text; records every message it receives. */
function hostPage(body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A blog</title>
<style>body { margin: 0 auto; max-width: 60rem; padding: 0 12px; font: 18px/1.5 Georgia, serif; background: #fdfcf7; }</style>
<script>window.__messages = []; addEventListener('message', (e) => __messages.push({ data: e.data, origin: e.origin }));</script>
</head><body><h1>My blog post</h1><p>Here is the chart I mentioned:</p>
${body}
<p>And the post goes on after the figure.</p></body></html>`;
}

/** Fresh context whose page may load both the app and the host origin. */
async function newHostEnv(hostOrigin, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await instrument(page, origin, [hostOrigin]);
  return { context, page, close: () => context.close() };
}

/** The embed code the app's "Copy embed code" button gives for `target` (figure ID or "story"). */
async function copiedEmbedCode(target, query = '') {
  const env = await newEnv();
  try {
    await env.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await openApp(env.page, query);
    const button = target === 'story'
      ? env.page.locator('footer button[data-action="copy-embed"]')
      : env.page.locator(`figure[data-figure="${target}"] button[data-action="copy-embed"]`);
    await button.scrollIntoViewIfNeeded();
    await button.click();
    const status = button.locator('xpath=following-sibling::*[@role="status"][1]');
    await env.page.waitForFunction((el) => el.textContent.trim().length > 0, await status.elementHandle(), WAIT);
    const code = await env.page.evaluate(() => navigator.clipboard.readText());
    assertClean(env.page);
    return code;
  } finally {
    await env.close();
  }
}

/** Heights of the embed's <iframe> (on the host) and of the document inside it. */
async function frameHeights(page, frame) {
  const outer = await page.$eval('iframe[data-two-economies]', (f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  return { outer, inner };
}

/** Wait until the iframe is as tall as its content (clamped like embed.js); returns both heights. */
async function waitFrameFits(page, frame, what) {
  let last;
  for (let i = 0; i < 100; i++) {
    last = await frameHeights(page, frame);
    if (Math.abs(last.outer - Math.min(50000, Math.max(100, last.inner))) <= 1) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`${what}: the iframe is ${last.outer}px tall, its content ${last.inner}px`);
}

/** Most common colour of a canvas, as [r, g, b]. */
async function canvasBackground(page, sel) {
  return page.$eval(sel, (c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const counts = new Map();
    for (let i = 0; i < d.length; i += 4) {
      const k = `${d[i]},${d[i + 1]},${d[i + 2]}`;
      counts.set(k, (counts.get(k) || 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0].split(',').map(Number);
  });
}

const sum = (rgb) => rgb.reduce((a, b) => a + b, 0);
/** The body's computed background as [r, g, b]; fails if it is transparent. */
async function bodyBackground(page) {
  const css = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b, a = 1] = (css.match(/[\d.]+/g) || []).map(Number);
  assert(a > 0.99, `body background ${css} is not opaque`);
  return [r, g, b];
}

test('embed: the whole story in an iframe on another origin sizes itself, and follows its content', async () => {
  const code = await copiedEmbedCode('story');
  assert(code.includes(`src="${origin}/?embed=story&amp;lang=en"`), `story embed code: ${code}`);
  assert(code.includes(`<script src="${origin}/embed.js" async></script>`), `story embed code has no embed.js: ${code}`);
  const host = await startHost({ '/': hostPage(code) });
  const env = await newHostEnv(host.origin);
  try {
    const { page } = env;
    await page.goto(`${host.origin}/`, { waitUntil: 'load' });
    assert(host.origin !== origin, 'host and app must differ in origin');
    const iframe = await page.waitForSelector('iframe[data-two-economies]');
    const initial = Number(await iframe.getAttribute('height'));
    const frame = await iframe.contentFrame();
    await frame.waitForSelector('section[data-chapter="valuation"]', WAIT);
    // The story without the site's header, contents and footer; the notice once.
    assertEq(await frame.locator('header, nav.toc, footer').count(), 0, 'site chrome in the story embed');
    assertEq(await frame.locator('section[data-chapter]').count(), CHAPTERS.length, 'chapters in the story embed');
    assertEq(await frame.locator('text=Not investment advice').count(), 1, 'the not-investment-advice notice, once');
    const first = await waitFrameFits(page, frame, 'after load');
    assert(first.outer > initial + 1000, `the iframe did not grow from its fixed ${initial}px (now ${first.outer}px)`);

    // Content changes inside: open a self-check answer.
    const question = frame.locator('details.question').first();
    await question.scrollIntoViewIfNeeded();
    await question.locator('summary').click();
    const opened = await waitFrameFits(page, frame, 'after opening an answer');
    assert(opened.outer > first.outer, `opening an answer did not make the iframe taller (${first.outer} → ${opened.outer})`);

    // The host's layout changes: a phone-width column makes the story taller.
    await page.setViewportSize({ width: 390, height: 844 });
    const narrow = await waitFrameFits(page, frame, 'at 390px');
    assert(narrow.outer > opened.outer, `a narrower host did not make the iframe taller (${opened.outer} → ${narrow.outer})`);

    // The app posts only resize messages with whole, changing heights.
    const messages = await page.evaluate(() => __messages);
    assert(messages.length >= 3, `expected several resize messages, got ${messages.length}`);
    for (const [i, m] of messages.entries()) {
      assertEq(m.origin, origin, `message ${i} origin`);
      assertEq(JSON.stringify(Object.keys(m.data).sort()), '["height","type"]', `message ${i} keys`);
      assertEq(m.data.type, 'two-economies:resize', `message ${i} type`);
      assert(Number.isInteger(m.data.height) && m.data.height > 0, `message ${i} height ${m.data.height}`);
      if (i > 0) assert(m.data.height !== messages[i - 1].data.height, `message ${i} repeats height ${m.data.height}`);
    }
    assertClean(page);
  } finally {
    await env.close();
    await host.close();
  }
});

test('embed: one figure with working controls and a link to the full page in the same state', async ({ page }) => {
  await page.goto(`${origin}/?embed=valuation-pe&theme=light&present=1`, { waitUntil: 'load' });
  const fig = page.locator('figure[data-figure="valuation-pe"]');
  await fig.waitFor(WAIT);
  await waitForDraws(page, 1);
  assertEq(await page.locator('figure[data-figure]').count(), 1, 'figures on the page');
  assertEq(await page.locator('section[data-chapter], header, nav.toc, footer').count(), 0, 'chapters or site chrome');
  assertEq(await page.locator('button[data-action="copy-embed"]').count(), 0, '"copy embed code" inside an embed');
  assert(await fig.locator('.source a[href^="http"]').count() > 0, 'the figure has no source line');
  assert((await page.title()).startsWith('What a P/E assumes'), `title: ${await page.title()}`);

  const summary0 = await fig.locator('.chart-summary').textContent();
  const g = page.locator(SEL.slider('g'));
  await g.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assertClose(await sliderValue(page, 'g'), 0.19, 1e-9, 'g after 2×ArrowRight');
  await page.waitForFunction((prev) => document.querySelector('figure[data-figure="valuation-pe"] .chart-summary').textContent !== prev,
    summary0, WAIT).catch(() => { throw new Error('the summary did not change after moving the slider'); });
  // The URL keeps the embedding and gains the state.
  await page.waitForFunction(() => location.search.includes('g=0.19'), null, WAIT)
    .catch(() => { throw new Error(`URL not updated: ${page.url()}`); });
  const search = new URLSearchParams(new URL(page.url()).search);
  assertEq(search.get('embed'), 'valuation-pe', 'embed kept in the URL');
  assertEq(search.get('theme'), 'light', 'theme kept in the URL');
  assertEq(search.get('present'), '1', 'present kept in the URL');

  const link = page.locator('a[data-action="open-full"]');
  assertEq(await link.getAttribute('target'), '_blank', 'full-page link target');
  assert((await link.getAttribute('rel')).split(' ').includes('noopener'), 'full-page link rel has no noopener');
  assert((await link.textContent()).includes('Open the full explainer'), 'full-page link text');
  await page.waitForFunction(() => document.querySelector('a[data-action="open-full"]').href.includes('g=0.19'), null, WAIT)
    .catch(async () => { throw new Error(`full-page link does not carry the state: ${await link.getAttribute('href')}`); });
  const href = new URL(await link.evaluate((a) => a.href));
  assertEq(href.origin + href.pathname, `${origin}/`, 'full-page link path');
  assertEq(href.hash, '#valuation', 'full-page link chapter');
  assertEq(href.searchParams.get('g'), '0.19', 'full-page link g');
  assertEq(href.searchParams.get('lang'), 'en', 'full-page link lang');
  assertEq(href.searchParams.get('present'), '1', 'full-page link present');
  for (const k of ['embed', 'controls', 'theme']) assertEq(href.searchParams.get(k), null, `full-page link ${k}`);

  // Following it opens the whole explainer in that state.
  await page.goto(href.href, { waitUntil: 'load' });
  await waitForApp(page);
  assertEq(await page.locator('section[data-chapter]').count(), CHAPTERS.length, 'chapters on the full page');
  assertClose(await sliderValue(page, 'g'), 0.19, 1e-9, 'g on the full page');
  assertClean(page);
});

test('embed: controls=0 locks sliders, buttons and the numbers in the prose', async ({ page }) => {
  await page.goto(`${origin}/?embed=valuation-pe&controls=0`, { waitUntil: 'load' });
  await waitForDraws(page, 1);
  const fig = page.locator('figure[data-figure="valuation-pe"]');
  const controls = fig.locator('input, button');
  assert(await controls.count() >= 7, 'the figure lost its controls instead of locking them');
  assertEq(await fig.locator('input:enabled, button:enabled').count(), 0, 'enabled controls with controls=0');
  const summary0 = await fig.locator('.chart-summary').textContent();
  assert(/\d\.\d×/.test(summary0), `the chart summary should still show values: ${summary0}`);
  const g = page.locator(SEL.slider('g'));
  await g.focus({ timeout: 1000 }).catch(() => {});
  for (const key of ['ArrowRight', 'End', 'ArrowLeft']) await page.keyboard.press(key);
  await g.click({ force: true, timeout: 2000 }).catch(() => {});
  await page.waitForTimeout(300);
  assertClose(await sliderValue(page, 'g'), 0.18, 1e-9, 'locked g after keys and a click');
  assertEq(await fig.locator('.chart-summary').textContent(), summary0, 'summary after keys on a locked slider');

  // The whole story, locked: every figure's controls and every number in the prose.
  await page.goto(`${origin}/?embed=story&controls=0`, { waitUntil: 'load' });
  await page.waitForSelector(SEL.valuation, WAIT);
  await waitForDraws(page, 1);
  const all = await page.locator('figure input, figure button').count();
  assert(all >= 20, `expected the story's controls to be there, found ${all}`);
  assertEq(await page.locator('figure input:enabled, figure button:enabled').count(), 0, 'enabled controls in the locked story');
  const inline = page.locator('[data-assumption-inline="g"]');
  assertEq(await inline.getAttribute('tabindex'), null, 'locked inline number is focusable');
  assertEq(await page.locator('main [role="slider"], main [tabindex="0"]:not(canvas)').count(), 0, 'operable inline numbers');
  const text0 = (await inline.textContent()).trim();
  const box = await inline.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  await page.waitForTimeout(200);
  assertEq((await inline.textContent()).trim(), text0, 'a locked inline number after a drag');
  assertEq(await peText(page), '25.4×', 'P/E after trying the locked controls');
  assertClean(page);
});

test('embed: embed.js ignores resize messages that do not come from the embedded app', async () => {
  const host = await startHost({
    '/': hostPage(`<iframe src="${origin}/?embed=gap-upside" data-two-economies width="100%" height="560" style="border:0" title="Two Economies"></iframe>
<iframe id="other" src="/other.html" width="300" height="150" title="Another widget"></iframe>
<iframe id="unmarked" src="${origin}/?embed=ai-cost" width="300" height="150" title="An embed without the marker"></iframe>
<iframe id="navigated" src="${origin}/?embed=robots-pe" data-two-economies width="300" height="150" title="An embed that navigated away"></iframe>
<script src="${origin}/embed.js" async></script>`),
    '/other.html': '<!doctype html><title>Another widget</title><p>Not the explainer.</p>',
  });
  const env = await newHostEnv(host.origin);
  try {
    const { page } = env;
    await page.goto(`${host.origin}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.twoEconomiesEmbed === true, null, WAIT)
      .catch(() => { throw new Error('embed.js did not load on the host page'); });
    const frame = await (await page.$('iframe[data-two-economies]')).contentFrame();
    await frame.waitForSelector('figure[data-figure="gap-upside"] canvas', WAIT);
    const fitted = await waitFrameFits(page, frame, 'gap-upside after load');
    const forged = { type: 'two-economies:resize', height: 5000 };
    // From the host page itself, from another frame on the page, and junk shapes.
    await page.evaluate((m) => {
      postMessage(m, '*');
      postMessage({ type: 'two-economies:resize', height: '5000' }, '*');
      postMessage('two-economies:resize', '*');
    }, forged);
    await page.frame({ url: /other\.html/ }).evaluate((m) => parent.postMessage(m, '*'), forged);
    // From the app's own origin, but not from the marked iframe: an unmarked
    // embed posts its real height, and a forged one.
    const unmarked = await (await page.$('#unmarked')).contentFrame();
    await unmarked.waitForSelector('figure[data-figure="ai-cost"]', WAIT);
    await unmarked.evaluate((m) => parent.postMessage(m, '*'), forged);
    // From a marked iframe whose document now comes from another origin than its src.
    const navigated = await (await page.$('#navigated')).contentFrame();
    await navigated.goto(`${host.origin}/other.html`);
    const navigatedHeight = await page.$eval('#navigated', (f) => f.getBoundingClientRect().height);
    await navigated.evaluate((m) => parent.postMessage(m, '*'), forged);
    await page.waitForTimeout(500);
    assertClose((await frameHeights(page, frame)).outer, fitted.outer, 1, 'iframe height after forged messages');
    assertClose(await page.$eval('#navigated', (f) => f.getBoundingClientRect().height), navigatedHeight, 1,
      'height of a marked iframe after a message from an origin other than its src');
    // Control: a real change from the app still gets through.
    await page.setViewportSize({ width: 390, height: 844 });
    const narrow = await waitFrameFits(page, frame, 'gap-upside at 390px');
    assert(narrow.outer !== fitted.outer, `the genuine iframe did not resize after the host narrowed (${fitted.outer}px)`);
    assertClean(page);
  } finally {
    await env.close();
    await host.close();
  }
});

test('embed: theme=dark and theme=light override the system, charts included', async () => {
  for (const [theme, scheme, dark] of [['dark', 'light', true], ['light', 'dark', false], ['auto', 'dark', true]]) {
    const env = await newEnv({ colorScheme: scheme });
    try {
      await env.page.goto(`${origin}/?embed=valuation-pe&theme=${theme}`, { waitUntil: 'load' });
      await waitForDraws(env.page, 1);
      const bg = await bodyBackground(env.page);
      const chart = await canvasBackground(env.page, SEL.canvas);
      const what = `theme=${theme} on a ${scheme} system`;
      assert(dark ? sum(bg) < 200 : sum(bg) > 600, `${what}: body background rgb(${bg}) is not ${dark ? 'dark' : 'light'}`);
      assert(dark ? sum(chart) < 200 : sum(chart) > 600, `${what}: chart background rgb(${chart}) is not ${dark ? 'dark' : 'light'}`);
      assertClean(env.page);
    } finally {
      await env.close();
    }
  }
});

test('embed: an unknown embed value gives the normal page and a quiet console note', async ({ page }) => {
  const notes = [];
  page.on('console', (m) => { if (m.type() === 'info') notes.push(m.text()); });
  await page.goto(`${origin}/?embed=nope%3Cb%3E&controls=maybe`, { waitUntil: 'load' });
  await waitForApp(page);
  assertEq(await page.locator('section[data-chapter]').count(), CHAPTERS.length, 'chapters');
  assertEq(await page.locator('header.site-header, nav.toc, footer.site-footer').count(), 3, 'site chrome');
  assert(await page.locator('figure input:enabled').count() > 10, 'controls are not locked by a bad controls value');
  assert(notes.some((n) => n.includes('embed=nope') && n.includes('controls=maybe')), `no console note: ${JSON.stringify(notes)}`);
  assertClean(page);
});

/** A browser that refuses the clipboard, both the API and the older copy command (an init script). */
function refuseClipboard() {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  document.execCommand = () => false;
}

test('copy embed code: keyboard, the current state, and a fallback when the clipboard is blocked', async () => {
  const env = await newEnv();
  try {
    const { page, context } = env;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await openApp(page, '?theme=dark#valuation');
    await pressOn(page, 'g', 'ArrowRight', 2);
    await page.waitForFunction(() => location.search.includes('g=0.19'), null, WAIT);
    const button = page.locator('figure[data-figure="valuation-pe"] button[data-action="copy-embed"]');
    const box = await button.boundingBox();
    assert(box.width >= 24 && box.height >= 24, `button is ${box.width}×${box.height}px`);
    assertEq((await button.textContent()).trim(), 'Copy embed code', 'button label');
    await button.focus();
    await page.keyboard.press('Enter');
    const status = page.locator('figure[data-figure="valuation-pe"] .embed-tools .copy-status');
    await page.waitForFunction((el) => el.textContent.includes('copied'), await status.elementHandle(), WAIT)
      .catch(async () => { throw new Error(`status after Enter: ${JSON.stringify(await status.textContent())}`); });
    assertEq(await status.getAttribute('role'), 'status', 'status role');
    const code = await page.evaluate(() => navigator.clipboard.readText());
    const src = /<iframe src="([^"]+)"/.exec(code)?.[1]?.replaceAll('&amp;', '&');
    assert(src, `no iframe src in ${code}`);
    const u = new URL(src);
    assertEq(u.origin + u.pathname, `${origin}/`, 'embed src page');
    assertEq(u.searchParams.get('embed'), 'valuation-pe', 'embed src figure');
    assertEq(u.searchParams.get('g'), '0.19', 'embed src state');
    assertEq(u.searchParams.get('theme'), 'dark', 'embed src theme');
    assertEq(u.searchParams.get('lang'), 'en', 'embed src lang');
    for (const part of ['data-two-economies', 'height="560"', 'style="border:0"', 'loading="lazy"', 'title="What a P/E assumes',
      `<script src="${origin}/embed.js" async></script>`]) {
      assert(code.includes(part), `embed code lacks ${part}: ${code}`);
    }
    assertClean(page);
  } finally {
    await env.close();
  }

  // A browser that refuses: the code is shown, selected, with a message.
  const blocked = await newEnv();
  try {
    const { page } = blocked;
    await page.addInitScript(refuseClipboard);
    await openApp(page, '#gap');
    const fig = page.locator('figure[data-figure="gap-upside"]');
    await fig.locator('button[data-action="copy-embed"]').click();
    const box = fig.locator('textarea.embed-code');
    await box.waitFor({ state: 'visible', ...WAIT }).catch(() => { throw new Error('no code box when the clipboard is blocked'); });
    assert((await box.inputValue()).includes('embed=gap-upside'), `code box: ${await box.inputValue()}`);
    assert(await box.evaluate((el) => document.activeElement === el && el.selectionStart === 0 && el.selectionEnd === el.value.length),
      'the code box is not focused with its text selected');
    assert((await fig.locator('.embed-tools .copy-status').textContent()).includes('Ctrl+C'), 'no instruction to copy by hand');
    assertClean(page);
  } finally {
    await blocked.close();
  }
});

/** The scenario a shared link opens: assumptions, language, chapter and A, and the keys it must never carry. */
function parseShared(url) {
  const u = new URL(url);
  const p = Object.fromEntries(u.searchParams);
  return { page: u.origin + u.pathname, g: p.g, ke: p.ke, lang: p.lang, a: p.a, hash: u.hash, banned: ['present', 'embed', 'controls', 'theme'].filter((k) => k in p) };
}

test('share: the system share sheet gets the title, a summary and the scenario link; keyboard; both languages', async () => {
  for (const lang of ['en', 'zh']) {
    const env = await newEnv({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    try {
      const { page } = env;
      await page.addInitScript(() => {
        window.__shared = [];
        navigator.share = (data) => { window.__shared.push(data); return Promise.resolve(); };
      });
      // Display keys the sender had must not travel; A is kept; a slider moved.
      await openApp(page, `?lang=${lang}&theme=dark&present=0#valuation`);
      const fig = page.locator('figure[data-figure="valuation-pe"]');
      await pressOn(page, 'g', 'ArrowRight', 2);
      await fig.locator('button[data-action="keep-a"]').click();
      await pressOn(page, 'ke', 'ArrowRight', 1);
      const ke = await page.$eval(SEL.slider('ke'), (el) => el.value);
      // Pressed at once: the link is the scenario of this moment, not the URL's (written 100 ms later).
      const share = fig.locator('button[data-action="share"]');
      await share.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__shared.length === 1, null, WAIT);
      const [data] = await page.evaluate(() => window.__shared);
      const s = parseShared(data.url);
      assertEq(s.page, `${origin}/`, `${lang}: shared page`);
      assertEq(s.g, '0.19', `${lang}: shared growth`);
      assertEq(s.ke, ke, `${lang}: shared cost of equity`);
      assertEq(s.lang, lang, `${lang}: shared language`);
      assertEq(s.a, 'g:0.19', `${lang}: scenario A in the link`);
      assertEq(s.hash, '#valuation', `${lang}: shared chapter`);
      assertEq(s.banned.join(','), '', `${lang}: display keys in the shared link`);
      assert(data.title && data.title.length > 5, `${lang}: title ${data.title}`);
      assert(lang === 'en' ? /my scenario: .*19\.0%.*scenario A/.test(data.text) : /我的情景：.*19\.0%.*情景A/.test(data.text),
        `${lang}: summary ${data.text}`);
      // The header shares the whole story, the same state, no chapter.
      await page.click('header button[data-action="share"]');
      await page.waitForFunction(() => window.__shared.length === 2, null, WAIT);
      const story = parseShared((await page.evaluate(() => window.__shared))[1].url);
      assertEq(story.hash, '', `${lang}: the header shares the whole story`);
      assertEq(story.g, '0.19', `${lang}: the header shares the same state`);
      await page.screenshot({ path: path.join(shots, `share-phone-${lang}.png`) });
      assertClean(page);
    } finally {
      await env.close();
    }
  }
});

test('share: without the Web Share API the link is copied and announced; refused, it is shown selected', async () => {
  for (const lang of ['en', 'zh']) {
    const env = await newEnv();
    try {
      const { page, context } = env;
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      await page.addInitScript(() => { delete Navigator.prototype.share; });
      await openApp(page, `?lang=${lang}#margin`);
      const fig = page.locator('figure[data-figure="margin-call"]');
      const button = fig.locator('button[data-action="share"]');
      const box = await button.boundingBox();
      assert(box.width >= 24 && box.height >= 24, `share button is ${box.width}×${box.height}px`);
      await button.focus();
      await page.keyboard.press('Enter');
      const status = fig.locator('.share .copy-status');
      await page.waitForFunction(([el, want]) => el.textContent.includes(want), [await status.elementHandle(), lang === 'en' ? 'Link copied' : '链接已复制'], WAIT)
        .catch(async () => { throw new Error(`${lang}: status ${JSON.stringify(await status.textContent())}`); });
      assertEq(await status.getAttribute('aria-live'), 'polite', 'a polite live region');
      const copied = parseShared(await page.evaluate(() => navigator.clipboard.readText()));
      assertEq(copied.hash, '#margin', `${lang}: copied chapter`);
      assertEq(copied.lang, lang, `${lang}: copied language`);
      assertEq(copied.banned.join(','), '', `${lang}: display keys`);
      await page.screenshot({ path: path.join(shots, `share-desktop-${lang}.png`) });
      assertClean(page);
    } finally {
      await env.close();
    }
  }
  const blocked = await newEnv();
  try {
    const { page } = blocked;
    await page.addInitScript(() => { delete Navigator.prototype.share; });
    await page.addInitScript(refuseClipboard);
    await openApp(page, '?g=0.3#valuation');
    const fig = page.locator('figure[data-figure="valuation-pe"]');
    await fig.locator('button[data-action="share"]').click();
    const field = fig.locator('input.share-link');
    await field.waitFor({ state: 'visible', ...WAIT }).catch(() => { throw new Error('no link field when the clipboard is blocked'); });
    const shown = parseShared(await field.inputValue());
    assertEq(shown.g, '0.3', 'the field holds the scenario');
    assert(await field.evaluate((el) => document.activeElement === el && el.selectionStart === 0 && el.selectionEnd === el.value.length),
      'the link field is not focused with its text selected');
    assert((await fig.locator('.share .copy-status').textContent()).includes('Ctrl+C'), 'no instruction to copy by hand');
    assertClean(page);
  } finally {
    await blocked.close();
  }
});

test('a normal load logs nothing to the console and requests each file once (English and 中文)', async () => {
  for (const q of ['', '?lang=zh']) {
    const env = await newEnv();
    try {
      const { page } = env;
      const messages = [];
      const requests = [];
      page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
      page.on('request', (r) => requests.push(r.url()));
      await openApp(page, q);
      // The whole story rendered, scrolled through to the end.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
          window.scrollTo(0, y);
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
        }
      });
      await page.waitForTimeout(300);
      assertEq(messages.join(' | '), '', `console on a normal load (${q || 'en'})`);
      const seen = new Map();
      for (const u of requests) seen.set(u, (seen.get(u) ?? 0) + 1);
      const twice = [...seen].filter(([, n]) => n > 1).map(([u, n]) => `${u} ×${n}`);
      assertEq(twice.join(', '), '', `files requested more than once (${q || 'en'})`);
      assert([...seen.keys()].some((u) => /favicon-[0-9a-f]+\.svg$/.test(u)), 'the favicon was requested');
    } finally {
      await env.close();
    }
  }
});

test('oEmbed: a JSON description for every figure and the story', async ({ page }) => {
  for (const id of [...FIGURES, 'story']) {
    const res = await page.request.get(`${origin}/oembed/${id}.json`);
    assertEq(res.status(), 200, `oembed/${id}.json status`);
    let doc;
    try {
      doc = JSON.parse(await res.text());
    } catch (err) {
      throw new Error(`oembed/${id}.json does not parse: ${err.message}`);
    }
    assertEq(doc.version, '1.0', `${id} version`);
    assertEq(doc.type, 'rich', `${id} type`);
    assertEq(doc.provider_name, 'Two Economies', `${id} provider_name`);
    assert(typeof doc.title === 'string' && doc.title.includes('Two Economies') && (id === 'story' || doc.title.length > 30),
      `${id} title: ${doc.title}`);
    assert(Number.isInteger(doc.width) && Number.isInteger(doc.height), `${id} width/height`);
    const src = /<iframe src="(https?:\/\/[^"]+)"/.exec(doc.html)?.[1];
    assert(src && src.includes(`?embed=${id}&amp;`), `${id} html src: ${doc.html}`);
    assert(doc.html.includes('data-two-economies') && /<script src="https?:\/\/[^"]+\/embed\.js" async><\/script>$/.test(doc.html),
      `${id} html: ${doc.html}`);
  }
  const js = await page.request.get(`${origin}/embed.js`);
  assertEq(js.status(), 200, 'embed.js status');
});

test('embed screenshots: a figure at 390px and 1280px, light and dark, inside a host page', async () => {
  const host = await startHost({
    '/light': hostPage(`<iframe src="${origin}/?embed=valuation-pe" data-two-economies width="100%" height="560" style="border:0" title="Two Economies"></iframe><script src="${origin}/embed.js" async></script>`),
    '/dark': hostPage(`<iframe src="${origin}/?embed=futures-gdp&theme=dark" data-two-economies width="100%" height="560" style="border:0" title="Two Economies"></iframe><script src="${origin}/embed.js" async></script>`)
      .replace('background: #fdfcf7;', 'background: #111; color: #eee;'),
  });
  try {
    for (const [name, path_] of [['valuation-pe', '/light'], ['futures-gdp-dark', '/dark']]) {
      for (const width of [390, 1280]) {
        const env = await newHostEnv(host.origin, { viewport: { width, height: 900 }, deviceScaleFactor: width < 500 ? 2 : 1 });
        try {
          const { page } = env;
          await page.goto(`${host.origin}${path_}`, { waitUntil: 'load' });
          const frame = await (await page.waitForSelector('iframe[data-two-economies]')).contentFrame();
          await frame.waitForFunction(() => Number(document.querySelector('figure canvas')?.getAttribute('data-draws')) >= 1, null, WAIT);
          await waitFrameFits(page, frame, `${name} at ${width}px`);
          const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert(overflow <= 1, `${name} at ${width}px: the embed scrolls sideways by ${overflow}px`);
          await page.screenshot({ path: path.join(shots, `embed-${name}-${width}.png`), fullPage: true });
          assertClean(page);
        } finally {
          await env.close();
        }
      }
    }
  } finally {
    await host.close();
  }
});

// ------------------------------------------------------------------ presenter mode

const PRESENT = {
  bar: '[data-role="presenter"]',
  count: '[data-role="present-count"]',
  status: '[data-role="presenter"] [role="status"]',
  qr: '[data-role="qr"] svg',
  next: 'button[data-action="present-next"]',
  prev: 'button[data-action="present-prev"]',
  exit: 'button[data-action="present-exit"]',
  start: 'button[data-action="present"]',
};
const JSQR = path.join(path.dirname(new URL(import.meta.url).pathname), 'node_modules/jsqr/dist/jsQR.js');

/** Like openApp, without waiting for the valuation chart, which stays unpainted while another chapter is presented. */
async function openPresenting(page, queryAndHash) {
  await page.goto(`${origin}/${queryAndHash}`, { waitUntil: 'load' });
  await waitForApp(page);
}

/** IDs of the chapters a reader can see. */
async function visibleChapters(page) {
  return page.$$eval('section[data-chapter]', (els) => els
    .filter((e) => e.getClientRects().length > 0) // rendered, whatever the attribute says
    .map((e) => e.dataset.chapter));
}

/** Wait until exactly chapter `id` is shown and the URL's hash names it. */
async function waitShown(page, id, what) {
  await page.waitForFunction((id) => {
    const shown = [...document.querySelectorAll('section[data-chapter]')]
      .filter((e) => e.getClientRects().length > 0); // rendered, whatever the attribute says
    return shown.length === 1 && shown[0].dataset.chapter === id && location.hash === `#${id}`;
  }, id, WAIT).catch(async () => {
    throw new Error(`${what}: expected only chapter ${id} shown with #${id}; shown ${JSON.stringify(await visibleChapters(page))}, url ${page.url()}`);
  });
}

async function waitPresenting(page, on) {
  await page.waitForFunction((on) => document.documentElement.classList.contains('presenting') === on
    && !!document.querySelector('[data-role="presenter"]') === on, on, WAIT)
    .catch(() => { throw new Error(`presenter mode should be ${on ? 'on' : 'off'}`); });
}

/** The URL students should get: this page's URL without present=1 (URL API, independent of the app's code). */
function studentUrl(href) {
  const u = new URL(href);
  u.searchParams.delete('present');
  return u.href;
}

/** Draws the presenter's QR SVG on a white canvas and decodes it with jsQR; null if unreadable. */
async function qrPayload(page) {
  // Evaluated, not added as a <script>: the page's CSP allows no inline script.
  if (!(await page.evaluate(() => typeof window.jsQR === 'function'))) await page.evaluate(fs.readFileSync(JSQR, 'utf8'));
  return page.evaluate(async (sel) => {
    const svg = document.querySelector(sel);
    if (!svg) return null;
    const N = 600;
    const copy = svg.cloneNode(true);
    copy.setAttribute('width', String(N));
    copy.setAttribute('height', String(N));
    const img = new Image();
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(copy));
    await img.decode();
    const c = document.createElement('canvas');
    c.width = N; c.height = N;
    const ctx = c.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, N, N);
    ctx.drawImage(img, 0, 0, N, N);
    const code = window.jsQR(ctx.getImageData(0, 0, N, N).data, N, N);
    return code ? code.data : null;
  }, PRESENT.qr);
}

/** Polls until the QR payload equals this page's student URL (the URL is written after a 100 ms debounce); returns it. */
async function waitQrMatchesUrl(page, what, mustInclude = '') {
  let last = { payload: null, want: null };
  for (let i = 0; i < 50; i++) {
    const href = await page.evaluate(() => location.href);
    const want = studentUrl(href);
    const payload = await qrPayload(page);
    last = { payload, want };
    if (payload === want && payload.includes(mustInclude)) return payload;
    await page.waitForTimeout(100);
  }
  throw new Error(`${what}: QR payload ${JSON.stringify(last.payload)} != current URL without present=1 ${JSON.stringify(last.want)}${mustInclude ? ` (must include ${mustInclude})` : ''}`);
}

test('presenter mode: ?present=1 shows one chapter, keys step through them, the hash follows, Esc leaves', async ({ page }) => {
  await openPresenting(page, '?present=1');
  await waitPresenting(page, true);
  await waitShown(page, 'split', 'on load');
  assertEq((await page.textContent(PRESENT.count)).trim(), 'Chapter 1 of 10', 'position');
  assertEq(await page.evaluate(() => document.activeElement === document.body), true, 'focus on the page');
  const steps = [
    ['ArrowRight', 'ai'], ['PageDown', 'robots'], ['Space', 'valuation'], ['ArrowDown', 'margin'],
    ['ArrowLeft', 'valuation'], ['ArrowUp', 'robots'], ['PageUp', 'ai'], ['Shift+Space', 'split'],
    ['End', 'sources'], ['ArrowRight', 'sources'], ['Home', 'split'], ['ArrowLeft', 'split'],
  ];
  for (const [key, id] of steps) {
    await page.keyboard.press(key);
    await waitShown(page, id, `after ${key}`);
    // A chart hidden until now paints once its chapter is shown.
    if (id === 'valuation') await waitForDraws(page, 1).catch(() => { throw new Error('the valuation chart did not paint when its chapter was shown'); });
  }
  await page.keyboard.press('ArrowRight');
  await waitShown(page, 'ai', 'after ArrowRight');
  // The position is announced politely.
  const live = await page.$eval(PRESENT.status, (e) => ({ live: e.getAttribute('aria-live'), text: e.textContent }));
  assertEq(live.live, 'polite', 'aria-live of the position');
  assert(live.text.includes('Chapter 2 of 10') && live.text.includes('The AI catalyst'), `announced: ${live.text}`);
  // The chapter fills the viewport below nothing else of the story.
  const top = await page.$eval('section[data-chapter="ai"] h2', (h) => h.getBoundingClientRect().top);
  assert(top >= -1 && top < 200, `chapter heading top ${top}`);
  await page.waitForFunction(() => location.search.includes('present=1'), null, WAIT);
  await page.keyboard.press('Escape');
  await waitPresenting(page, false);
  assertEq((await visibleChapters(page)).length, 10, 'all chapters visible after Esc');
  await page.waitForFunction(() => !location.search.includes('present'), null, WAIT)
    .catch(() => { throw new Error(`present still in the URL after Esc: ${page.url()}`); });
  assert(page.url().endsWith('#ai'), `hash after leaving: ${page.url()}`);
  // Leaving keeps the reader at the chapter that was on screen.
  const aiTop = await page.$eval('section[data-chapter="ai"]', (s) => s.getBoundingClientRect().top);
  assert(aiTop > -50 && aiTop < 400, `chapter ai top after leaving: ${aiTop}`);
  // Keys no longer change chapters.
  await page.keyboard.press('End');
  assertEq((await visibleChapters(page)).length, 10, 'End on the normal page');
  assertClean(page);
});

test('presenter mode: a deep link starts at its chapter, a reload returns to it, the bar buttons work', async ({ page }) => {
  await openPresenting(page, '?present=1#margin');
  await waitShown(page, 'margin', 'deep link');
  assertEq((await page.textContent(PRESENT.count)).trim(), 'Chapter 5 of 10', 'position');
  await page.keyboard.press('ArrowRight');
  await waitShown(page, 'catalysts', 'after ArrowRight');
  await page.waitForFunction(() => location.search.includes('present=1'), null, WAIT);
  await page.reload({ waitUntil: 'load' });
  await waitForApp(page);
  await waitPresenting(page, true);
  await waitShown(page, 'catalysts', 'after reload');
  // Buttons: labelled, big enough, keyboard operable.
  for (const sel of [PRESENT.prev, PRESENT.next, PRESENT.exit]) {
    const b = await page.$eval(sel, (e) => ({ name: e.getAttribute('aria-label'), w: e.getBoundingClientRect().width, h: e.getBoundingClientRect().height }));
    assert(b.name && b.name.length > 3, `${sel} has no accessible name`);
    assert(b.w >= 24 && b.h >= 24, `${sel} is ${b.w}×${b.h} px`);
  }
  await page.click(PRESENT.next);
  await waitShown(page, 'gap', 'after clicking Next');
  await page.focus(PRESENT.prev);
  await page.keyboard.press('Enter');
  await waitShown(page, 'catalysts', 'after Enter on Previous');
  await page.keyboard.press('Space'); // activates the focused button once; not also "next chapter"
  await waitShown(page, 'margin', 'after Space on Previous');
  await page.waitForTimeout(150);
  await waitShown(page, 'margin', 'Space on a button is not taken twice');
  const focusRing = await page.$eval(PRESENT.prev, (e) => getComputedStyle(e).outlineStyle);
  assert(focusRing !== 'none', 'the focused Previous button shows no focus outline');
  await page.keyboard.press('Home');
  await waitShown(page, 'split', 'after Home');
  assert(await page.$eval(PRESENT.prev, (e) => e.disabled), 'Previous is disabled on the first chapter');
  await page.click(PRESENT.exit);
  await waitPresenting(page, false);
  assertEq((await visibleChapters(page)).length, 10, 'all chapters after Exit');
  assertClean(page);
});

test('presenter mode: P on the normal page enters at the chapter being read; the Present button too', async ({ page }) => {
  await openApp(page, '#valuation');
  await page.waitForFunction(() => {
    const r = document.querySelector('section[data-chapter="valuation"]').getBoundingClientRect();
    return r.top < innerHeight * 0.35;
  }, null, WAIT);
  await page.keyboard.press('p');
  await waitPresenting(page, true);
  await waitShown(page, 'valuation', 'after P');
  await page.waitForFunction(() => location.search.includes('present=1'), null, WAIT)
    .catch(() => { throw new Error(`present=1 not in the URL: ${page.url()}`); });
  await page.keyboard.press('p');
  await waitPresenting(page, false);
  // The Present button sits in the page header: a reader who scrolls up to
  // it is at the first chapter.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.click(PRESENT.start);
  await waitPresenting(page, true);
  await waitShown(page, 'split', 'after the Present button');
  assertEq(await page.locator(PRESENT.start).count(), 0, 'the Present button hides while presenting');
  await page.keyboard.press('Escape');
  await waitPresenting(page, false);
  // P typed while a slider has focus is not taken.
  await page.focus(SEL.slider('g'));
  await page.keyboard.press('p');
  await page.waitForTimeout(150);
  await waitPresenting(page, false);
  assertClean(page);
});

test('presenter mode: arrows on a focused slider or inline number move it, not the chapter', async ({ page }) => {
  await openPresenting(page, '?present=1#valuation');
  await waitShown(page, 'valuation', 'deep link');
  const g = page.locator(SEL.slider('g'));
  await g.focus();
  const v0 = await sliderValue(page, 'g');
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowUp', 'PageUp', 'Home', 'End', 'ArrowLeft', 'ArrowDown', 'PageDown']) {
    await page.keyboard.press(key);
  }
  await waitShown(page, 'valuation', 'after keys on the slider');
  const v1 = await sliderValue(page, 'g');
  assert(v1 !== v0, `the slider did not move: ${v0} → ${v1}`);
  await g.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  assertClose(await sliderValue(page, 'g'), Number(await sliderAttr(page, 'g', 'min')) + 0.005, 1e-9, 'g after Home, ArrowRight');
  await waitShown(page, 'valuation', 'after Home on the slider');
  const inline = page.locator('section[data-chapter="valuation"] [data-assumption-inline="g"]');
  await inline.focus();
  const before = await sliderValue(page, 'g');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(([sel, b]) => Number(document.querySelector(sel).value) > b + 1e-9, [SEL.slider('g'), before], WAIT)
    .catch(() => { throw new Error('the inline number did not move with ArrowRight'); });
  await waitShown(page, 'valuation', 'after arrows on the inline number');
  // Esc still leaves from a slider (a range input has no use for it).
  await g.focus();
  await page.keyboard.press('Escape');
  await waitPresenting(page, false);
  assertClean(page);
});

test('presenter mode: the QR code opens this page without present=1 and follows the assumptions', async ({ page }) => {
  await openPresenting(page, '?present=1#valuation');
  await waitShown(page, 'valuation', 'deep link');
  // Queried and measured in one step: the QR is redrawn (a new <svg>) when
  // the app rewrites its URL just after loading, and a handle from before
  // that would measure a detached element.
  const box = await page.evaluate((sel) => {
    const r = document.querySelector(sel).getBoundingClientRect();
    return { w: r.width, h: r.height };
  }, PRESENT.qr);
  assert(box.w >= 110 && box.w <= 170 && Math.abs(box.w - box.h) < 1, `QR is ${box.w}×${box.h} px`);
  const title = await page.$eval(PRESENT.qr, (s) => s.querySelector('title')?.textContent || '');
  assert(title.length > 10, 'the QR image has no accessible name');
  assertEq(await page.getAttribute('button[data-action="qr-enlarge"]', 'aria-expanded'), 'false', 'aria-expanded');
  const p0 = await waitQrMatchesUrl(page, 'on load', '#valuation');
  assert(!p0.includes('present'), `payload keeps present: ${p0}`);
  // Move a slider: the URL and then the QR change.
  await page.focus(SEL.slider('g'));
  await page.keyboard.press('End');
  await page.waitForFunction(() => location.search.includes('g=0.6'), null, WAIT);
  const p1 = await waitQrMatchesUrl(page, 'after moving g', 'g=0.6');
  assert(p1 !== p0, 'payload did not change');
  // Change chapter: the hash in the payload follows.
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('ArrowRight');
  await waitShown(page, 'margin', 'after ArrowRight');
  const p2 = await waitQrMatchesUrl(page, 'after ArrowRight', '#margin');
  assert(p2.includes('g=0.6'), `the assumptions were lost: ${p2}`);
  // Chinese: the language goes into the URL, and the payload.
  await page.click(SEL.lang);
  await page.waitForFunction(() => location.search.includes('lang=zh'), null, WAIT);
  await waitQrMatchesUrl(page, 'after switching language', 'lang=zh');
  assertEq((await page.textContent(PRESENT.count)).trim(), '第5章，共10章', 'position in Chinese');
  // Enlarge, then Esc shrinks it without leaving presenter mode.
  await page.click('button[data-action="qr-enlarge"]');
  const big = await page.evaluate((sel) => document.querySelector(sel).getBoundingClientRect().width, PRESENT.qr);
  assert(big > 400, `enlarged QR is only ${big} px`);
  assertEq(await page.getAttribute('button[data-action="qr-enlarge"]', 'aria-expanded'), 'true', 'aria-expanded');
  await page.keyboard.press('Escape');
  await page.waitForFunction((sel) => document.querySelector(sel).getBoundingClientRect().width < 200, PRESENT.qr, WAIT);
  await waitPresenting(page, true);
  assertClean(page);
});

test('presenter mode: a URL too long for a QR code shows a message, hostile URLs inject nothing', async ({ page }) => {
  await openPresenting(page, '?present=1&zz=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&g=0.3#gap');
  await waitShown(page, 'gap', 'hostile URL');
  await waitQrMatchesUrl(page, 'hostile URL', 'g=0.3');
  assertEq(await page.locator('img[src="x"]').count(), 0, 'markup from the URL was rendered');
  assertEq(await page.locator('[data-role="qr"] img, [data-role="qr"] script, [data-role="qr"] foreignObject').count(), 0, 'markup inside the QR');
  // Assumptions keep the query short; a long path (on some host) can still
  // outgrow a QR code (2,953 bytes).
  const path0 = await page.evaluate(() => location.pathname);
  await page.evaluate(() => {
    // No trailing slash: relative asset URLs (the favicon) still resolve.
    history.replaceState(null, '', '/' + 'x'.repeat(3000) + location.search + location.hash);
    dispatchEvent(new Event('two-economies:url'));
  });
  await page.waitForSelector('[data-role="qr-too-long"]', { state: 'visible', ...WAIT })
    .catch(() => { throw new Error('no message for a URL too long for a QR code'); });
  assertEq(await page.locator(PRESENT.qr).count(), 0, 'a QR code for a too-long URL');
  await page.evaluate((p) => {
    history.replaceState(null, '', p + location.search + location.hash);
    dispatchEvent(new Event('two-economies:url'));
  }, path0);
  await waitQrMatchesUrl(page, 'back to a short URL');
  assertClean(page);
});

test('presenter mode screenshots (projector, laptop, phone; English and Chinese)', async () => {
  const sizes = [
    ['1280x800', { viewport: { width: 1280, height: 800 } }],
    ['1920x1080', { viewport: { width: 1920, height: 1080 } }],
    ['390x844', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }],
  ];
  for (const [name, opts] of sizes) {
    for (const lang of ['en', 'zh']) {
      const env = await newEnv(opts);
      try {
        for (const id of ['valuation', 'split', 'checklist']) {
          await env.page.goto(`${origin}/?present=1&lang=${lang}#${id}`, { waitUntil: 'load' });
          await waitForApp(env.page);
          await waitShown(env.page, id, `${name} ${lang}`);
          await env.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          await env.page.waitForTimeout(300);
          await env.page.screenshot({ path: path.join(shots, `present-${id}-${name}-${lang}.png`) });
          const m = await env.page.evaluate(() => {
            const bar = document.querySelector('[data-role="presenter"]').getBoundingClientRect();
            const h2 = document.querySelector('section[data-chapter]:not([hidden]) h2');
            const overflow = document.documentElement.scrollWidth - innerWidth;
            const fs = parseFloat(getComputedStyle(h2.closest('section').querySelector('p') || h2).fontSize);
            const clipped = [...document.querySelectorAll('[data-role="presenter"] button, [data-role="presenter"] p, [data-role="presenter"] figcaption')]
              .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > innerWidth + 1)
              .map((e) => e.className || e.tagName);
            return { barTop: bar.top, barH: bar.height, overflow, fs, clipped, h2Top: h2.getBoundingClientRect().top };
          });
          assert(m.overflow <= 1, `${name} ${lang} ${id}: page scrolls sideways by ${m.overflow}px`);
          assert(m.clipped.length === 0, `${name} ${lang} ${id}: clipped in the bar: ${m.clipped.join(', ')}`);
          assert(m.barH < opts.viewport.height * 0.3, `${name} ${lang}: the bar takes ${m.barH}px`);
          if (opts.viewport.width >= 1280) assert(m.fs >= 22, `${name} ${lang}: body text ${m.fs}px is not projector-sized`);
          assert(m.h2Top >= -1 && m.h2Top < m.barTop, `${name} ${lang} ${id}: chapter heading at ${m.h2Top}`);
        }
        if (name === '1920x1080' && lang === 'en') {
          await env.page.click('button[data-action="qr-enlarge"]');
          await env.page.screenshot({ path: path.join(shots, `present-qr-large-${name}-${lang}.png`) });
        }
        assertClean(env.page);
      } finally {
        await env.close();
      }
    }
  }
});

// ------------------------------------------------ content security policy

/** Every `securitypolicyviolation` in any document of the context, as `window.__csp`. */
async function recordCsp(context) {
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
  });
}

test('CSP: under a strict policy the story, an embed, presenter mode, a slider and the handout raise no violation', async ({ context, page }) => {
  await recordCsp(context);
  const seen = [];
  const collect = async (frame, what) => {
    const v = await frame.evaluate(() => window.__csp);
    assert(Array.isArray(v), `${what}: the violation recorder did not run`);
    seen.push(...v.map((m) => `${what}: ${m}`));
  };
  const res = await page.goto(`${origin}/`, { waitUntil: 'load' });
  assertEq(res.headers()['content-security-policy'], CSP, 'the policy served');
  assert(!/'unsafe-(inline|eval)'/.test(CSP), `the policy allows inline code: ${CSP}`);
  await waitForApp(page);
  // The whole story: every chart paints.
  const canvases = page.locator('figure canvas');
  for (let i = 0; i < await canvases.count(); i++) {
    const c = canvases.nth(i);
    await c.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => Number(el.getAttribute('data-draws')) >= 1, await c.elementHandle(), WAIT)
      .catch(() => { throw new Error(`canvas ${i} never painted`); });
  }
  assert(await canvasInk(page) > 0.01, 'the valuation chart looks blank');
  // Sizes once written as style attributes now go through the CSSOM.
  const bar = await page.$eval('figure[data-figure="split-markets"] canvas', (c) => ({ set: c.style.height, css: getComputedStyle(c).height }));
  assert(/^\d+px$/.test(bar.set) && bar.set === bar.css, `bar chart height: set ${bar.set}, computed ${bar.css}`);
  const chart = page.locator('figure canvas[tabindex="0"]').first();
  await chart.focus();
  await page.keyboard.press('ArrowRight');
  const left = await page.waitForFunction(() => {
    const r = [...document.querySelectorAll('.readout')].find((e) => !e.hidden);
    return r && r.style.left;
  }, null, WAIT).then((h) => h.jsonValue()).catch(() => { throw new Error('no read-out shown on a chart'); });
  assert(/clamp\(.*px/.test(left), `read-out position: ${left}`);
  // A slider, then the printed handout.
  const pe0 = await peText(page);
  await pressOn(page, 'g', 'ArrowRight', 3);
  await waitPeChange(page, pe0);
  await page.waitForTimeout(500); // the handout's QR code follows the URL after a pause
  await page.emulateMedia({ media: 'print' });
  assert(await page.$eval('.handout', (h) => getComputedStyle(h).display !== 'none'), 'the handout prints');
  await page.emulateMedia({ media: 'screen' });
  await collect(page, 'story');
  // Presenter mode, with its QR code enlarged.
  await openPresenting(page, '?present=1#valuation');
  await waitPresenting(page, true);
  await waitShown(page, 'valuation', 'presenter mode');
  await waitForDraws(page, 1);
  await page.click('button[data-action="qr-enlarge"]');
  await page.keyboard.press('ArrowRight');
  await waitShown(page, 'margin', 'after ArrowRight');
  await collect(page, 'presenter mode');
  // One figure embedded, dark, on another origin (frame-ancestors *).
  const host = await startHost({ '/': hostPage(`<iframe src="${origin}/?embed=valuation-pe&theme=dark" data-two-economies width="100%" height="560" title="Two Economies"></iframe>`) });
  try {
    await page.unroute('**/*');
    await instrument(page, origin, [host.origin]);
    await page.goto(`${host.origin}/`, { waitUntil: 'load' });
    const frame = await (await page.waitForSelector('iframe[data-two-economies]')).contentFrame();
    await frame.waitForFunction((sel) => Number(document.querySelector(sel)?.getAttribute('data-draws')) >= 1, SEL.canvas, WAIT)
      .catch(() => { throw new Error('the embedded chart did not paint'); });
    const g = frame.locator(SEL.slider('g'));
    await g.focus();
    await g.press('End');
    await frame.waitForFunction((sel) => Number(document.querySelector(sel).getAttribute('data-draws')) >= 2, SEL.canvas, WAIT);
    await collect(frame, 'embed');
  } finally {
    await host.close();
  }
  assert(seen.length === 0, `CSP violations:\n${seen.join('\n')}`);
  assertClean(page);
});

test('privacy: using every feature sends nothing off the origin and sets no cookie', async ({ context, page }) => {
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await openApp(page, '?lang=en');
  const fig = SEL.figure;
  await scrollBelowNav(page, fig);
  await pressOn(page, 'g', 'ArrowRight', 2);
  await page.click(`${fig} button[data-action="keep-a"]`);
  await pressOn(page, 'ke', 'ArrowLeft', 2);
  for (const kind of ['png', 'svg', 'csv']) await download(page, `${fig} button[data-export="${kind}"]`);
  await page.click(`${fig} button[data-action="copy-embed"]`);
  await page.locator('details.question summary').first().click();
  const guess = page.locator('figure[data-figure="guess-property"]');
  for (let i = 0; i < 5; i++) await guess.locator('input[data-guess-year]').nth(i).press('ArrowDown');
  await guess.locator('button[data-action="reveal"]').click();
  await page.click(SEL.lang);
  await page.waitForFunction(() => document.documentElement.lang.startsWith('zh'), null, WAIT);
  await page.click(SEL.lang);
  await page.waitForFunction(() => document.documentElement.lang === 'en', null, WAIT);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.click(PRESENT.start);
  await waitPresenting(page, true);
  await page.keyboard.press('ArrowRight');
  await page.click('button[data-action="qr-enlarge"]');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await waitPresenting(page, false);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ format: 'A4' });
  const off = requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u));
  assertEq(off.length, 0, `requests off the origin: ${off.join(', ')}`);
  assertEq((await context.cookies()).length, 0, 'cookies set');
  assertEq(await page.evaluate(() => document.cookie), '', 'document.cookie');
  assertClean(page);
});

/** Messages nobody should act on: forged resizes, commands, markup, odd shapes. */
const JUNK_MESSAGES = [
  { type: 'two-economies:resize' }, { type: 'two-economies:resize', height: 5000 },
  { type: 'two-economies:set', assumptions: { g: 0.5 } }, { type: 'two-economies:url', url: 'https://example.com/' },
  'two-economies:resize', '{"type":"two-economies:resize","height":1}', '<img src=x onerror="window.__pwned=1">',
  null, undefined, 42, [1, 2, 3], { __proto__: { polluted: true }, type: 'x' }, new Array(1000).fill('x').join(''),
];

/** What a message could change: the document, URL, scroll, title. */
const appState = () => ({
  html: document.documentElement.outerHTML, url: location.href, y: scrollY, title: document.title,
  pwned: window.__pwned ?? null, polluted: ({}).polluted ?? null,
});

test('messages: the app and an embed accept none; posting junk changes nothing and throws nothing', async () => {
  const host = await startHost({ '/': hostPage(`<iframe src="${origin}/?embed=valuation-pe" data-two-economies width="100%" height="560" style="border:0" title="Two Economies"></iframe>
<script src="${origin}/embed.js" async></script>`) });
  const env = await newHostEnv(host.origin);
  try {
    const { page } = env;
    // The page itself, posting to its own window.
    await openApp(page);
    await page.waitForTimeout(800); // the URL and QR code settle after a pause
    const before = await page.evaluate(appState);
    await page.evaluate((junk) => { for (const m of junk) postMessage(m, '*'); }, JUNK_MESSAGES);
    await page.waitForTimeout(500);
    assertEq(JSON.stringify(await page.evaluate(appState)), JSON.stringify(before), 'the page after messages');
    // An embed on another origin, posted to by its host.
    await page.goto(`${host.origin}/`, { waitUntil: 'load' });
    const iframe = await page.waitForSelector('iframe[data-two-economies]');
    const frame = await iframe.contentFrame();
    await frame.waitForFunction((sel) => Number(document.querySelector(sel)?.getAttribute('data-draws')) >= 1, SEL.canvas, WAIT);
    await waitFrameFits(page, frame, 'after load');
    await page.waitForTimeout(800);
    const inside = await frame.evaluate(appState);
    const outer = await frameHeights(page, frame);
    await page.evaluate((junk) => {
      const w = document.querySelector('iframe[data-two-economies]').contentWindow;
      for (const m of junk) w.postMessage(m, '*');
    }, JUNK_MESSAGES);
    await page.waitForTimeout(500);
    assertEq(JSON.stringify(await frame.evaluate(appState)), JSON.stringify(inside), 'the embed after messages');
    assertEq((await frameHeights(page, frame)).outer, outer.outer, 'the iframe height');
    assertClean(page);
  } finally {
    await env.close();
    await host.close();
  }
});

// ------------------------------------------------------------ accessibility

const AXE = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'node_modules', 'axe-core', 'axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the whole document; returns { violations, passes }. */
async function axeAudit(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(fs.readFileSync(AXE, 'utf8')); // not a <script>: the page's CSP blocks inline script
  return page.evaluate(async (values) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values } });
    return {
      passes: r.passes.length,
      violations: r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
        targets: v.nodes.slice(0, 4).map((n) => n.target.join(' ')),
      })),
    };
  }, AXE_TAGS);
}

/** Scrolls through the page so every canvas is laid out and painted. */
async function paintEveryChart(page) {
  const canvases = page.locator('figure canvas');
  const n = await canvases.count();
  for (let i = 0; i < n; i++) {
    const c = canvases.nth(i);
    if (!(await c.isVisible())) continue;
    await c.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => Number(el.getAttribute('data-draws')) >= 1, await c.elementHandle(), WAIT);
  }
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
}

/** Audits and records the result under `what`; returns the report lines of any violation. */
async function audit(page, what, problems) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const { violations, passes } = await axeAudit(page);
  console.log(`axe: ${what}: ${violations.length} violations (${passes} passes)`);
  for (const v of violations) {
    const line = `${what}: ${v.id} (${v.impact}, ${v.count} nodes): ${v.help}; ${v.targets.join(' | ')}`;
    console.log(`    ${line}`);
    problems.push(line);
  }
}

test('accessibility: axe-core finds no WCAG 2.2 AA violation (story, embeds, presenter, A/B; en/zh, light/dark)', async () => {
  const problems = [];
  for (const lang of ['en', 'zh']) {
    for (const theme of ['light', 'dark']) {
      const env = await newEnv();
      const { page } = env;
      try {
        const q = `lang=${lang}&theme=${theme}`;
        await page.goto(`${origin}/?${q}`, { waitUntil: 'load' });
        await waitForApp(page);
        await paintEveryChart(page);
        await audit(page, `story ${lang} ${theme}`, problems);

        // A/B: keep A, move a slider, so the comparison table is shown.
        const fig = 'figure[data-figure="valuation-pe"]';
        await scrollBelowNav(page, fig);
        await page.click(`${fig} button[data-action="keep-a"]`);
        const g = page.locator(`${fig} input[data-assumption="g"]`);
        await g.focus();
        for (let i = 0; i < 4; i++) await g.press('ArrowRight');
        await page.waitForSelector(`${fig} table[data-role="compare"]`, WAIT);
        await audit(page, `a/b ${lang} ${theme}`, problems);

        // Every chart's data table open.
        await page.evaluate(() => document.querySelectorAll('details[data-role="data-table"]').forEach((d) => { d.open = true; }));
        await page.waitForFunction(() => [...document.querySelectorAll('details[data-role="data-table"]')]
          .every((d) => d.querySelector('tbody tr')), null, WAIT);
        await audit(page, `data tables ${lang} ${theme}`, problems);

        for (const [name, url] of [
          ['embed valuation-pe', `/?embed=valuation-pe&${q}`],
          ['embed story', `/?embed=story&${q}`],
          ['present valuation', `/?present=1&${q}#valuation`],
        ]) {
          await page.goto(`${origin}${url}`, { waitUntil: 'load' });
          await page.waitForSelector('section[data-chapter], figure[data-figure]', { state: 'attached', ...WAIT });
          await page.waitForFunction(() => !document.getElementById('boot') || document.getElementById('boot').hidden
            || getComputedStyle(document.getElementById('boot')).display === 'none', null, WAIT);
          await paintEveryChart(page);
          await audit(page, `${name} ${lang} ${theme}`, problems);
        }
        assertClean(page);
      } finally {
        await env.close();
      }
    }
  }
  assert(problems.length === 0, `${problems.length} axe violations:\n${problems.join('\n')}`);
});

test('accessibility: focus is visible on every kind of control', async ({ page }) => {
  await openApp(page);
  await page.click('figure[data-figure="valuation-pe"] button[data-action="keep-a"]');
  // Tab through the page; every element that takes focus must draw an outline
  // (or a box shadow) in the focus style.
  const seen = new Map();
  const bad = [];
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('body').focus();
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const s = getComputedStyle(e);
      const kind = e.tagName.toLowerCase() + (e.type ? `[type=${e.type}]` : '') + (e.classList.contains('live') ? '.live' : '');
      const id = e.outerHTML.slice(0, 80);
      const again = !!e.__tabbed;
      e.__tabbed = true;
      return { kind, id, again, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2, shadow: s.boxShadow !== 'none', fv: e.matches(':focus-visible') };
    });
    if (!f) continue;
    if (f.again) break; // wrapped around
    seen.set(seen.size, f.kind);
    if (!f.fv || !(f.outline || f.shadow)) bad.push(`${f.kind}: ${f.id}`);
  }
  const kinds = new Set(seen.values());
  for (const k of ['a', 'button', 'input[type=range]', 'span.live', 'summary']) {
    assert([...kinds].some((x) => x.startsWith(k.split('.')[0]) && (!k.includes('.') || x.endsWith('.live'))), `no ${k} reached by Tab (kinds: ${[...kinds].join(', ')})`);
  }
  assert(bad.length === 0, `no visible focus on:\n${bad.slice(0, 10).join('\n')}`);
  assertClean(page);
});

test('accessibility: prefers-reduced-motion turns off transitions and animations', async () => {
  const env = await newEnv({ reducedMotion: 'reduce' });
  try {
    const { page } = env;
    await page.goto(`${origin}/?present=1#valuation`, { waitUntil: 'load' });
    await waitForApp(page);
    await page.keyboard.press('ArrowRight'); // the next chapter would fade in
    const m = await page.evaluate(() => {
      const els = [...document.querySelectorAll('section[data-chapter], button, a, input, .live, .readout, .toc a')];
      const moving = els.map((e) => [e, getComputedStyle(e)])
        .filter(([, s]) => s.transitionDuration.split(',').some((d) => parseFloat(d) > 0)
          || (s.animationName !== 'none' && s.animationDuration.split(',').some((d) => parseFloat(d) > 0)))
        .map(([e, s]) => `${e.tagName.toLowerCase()}.${e.className}: transition ${s.transitionDuration}, animation ${s.animationName} ${s.animationDuration}`);
      return { checked: els.length, moving, running: document.getAnimations().length, smooth: getComputedStyle(document.documentElement).scrollBehavior };
    });
    assert(m.checked > 20, `only ${m.checked} elements checked`);
    assert(m.moving.length === 0, `still animated with reduced motion:\n${m.moving.slice(0, 8).join('\n')}`);
    assertEq(m.running, 0, 'running animations with reduced motion');
    assert(m.smooth !== 'smooth', 'smooth scrolling with reduced motion');
    // Without the preference the presenter's fade does run: the check above means something.
    const env2 = await newEnv();
    try {
      await env2.page.goto(`${origin}/?present=1#valuation`, { waitUntil: 'load' });
      await waitForApp(env2.page);
      const name = await env2.page.$eval('section[data-chapter="valuation"]', (e) => getComputedStyle(e).animationName);
      assertEq(name, 'present-in', 'the presenter fade without reduced motion');
    } finally {
      await env2.close();
    }
    assertClean(page);
  } finally {
    await env.close();
  }
});

registerPseudoTests({ test, origin, shots });

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
