// Small helpers for the e2e runner: a sequential test harness, page
// instrumentation (console errors, page errors, failed and foreign requests)
// and DOM probes that run inside the page.

import fs from 'node:fs';
import http from 'node:http';

export const SEL = {
  valuation: 'section[data-chapter="valuation"]',
  figure: 'figure[data-figure="valuation-pe"]',
  canvas: 'figure[data-figure="valuation-pe"] canvas',
  pe: '[data-live="pe"]',
  noValue: '[data-role="no-value"]',
  reset: 'figure[data-figure="valuation-pe"] button[data-action="reset"]',
  lang: 'button[data-action="lang"]',
  slider: (key) => `figure[data-figure="valuation-pe"] input[type=range][data-assumption="${key}"]`,
};

export const WAIT = { timeout: 10_000 };

export class AssertionError extends Error {}

export function assert(cond, message) {
  if (!cond) throw new AssertionError(message);
}

export function assertEq(actual, expected, what) {
  if (actual !== expected) {
    throw new AssertionError(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export function assertClose(actual, expected, tol, what) {
  if (!(Math.abs(actual - expected) <= tol)) {
    throw new AssertionError(`${what}: expected ${expected} (±${tol}), got ${actual}`);
  }
}

/** Parse the live P/E text, e.g. "25.4×" → 25.4 (NaN for "—"). */
export function parsePe(text) {
  return Number.parseFloat(String(text).replace('×', '').trim());
}

// ---------------------------------------------------------------- harness

export function createHarness() {
  const tests = [];
  return {
    test(name, fn) {
      tests.push({ name, fn });
    },
    async run(makeEnv, { only } = {}) {
      let passed = 0;
      let failed = 0;
      for (const t of tests) {
        if (only && !t.name.includes(only)) continue;
        const started = Date.now();
        let env;
        try {
          env = await makeEnv();
          await t.fn(env);
          passed++;
          console.log(`ok - ${t.name} (${Date.now() - started} ms)`);
        } catch (err) {
          failed++;
          const msg = String((err && err.message) || err).split('\n').slice(0, 6).join('\n    ');
          console.log(`not ok - ${t.name}: ${msg}`);
        } finally {
          if (env && env.close) await env.close().catch(() => {});
        }
      }
      return { passed, failed };
    },
  };
}

// ---------------------------------------------------------- instrumentation

/**
 * Record console errors, page errors, failed requests and any request to an
 * origin other than `origin` or one of `alsoAllowed` (those are aborted).
 * Returns the record.
 */
export async function instrument(page, origin, alsoAllowed = []) {
  const rec = { consoleErrors: [], pageErrors: [], failedRequests: [], foreign: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') rec.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => rec.pageErrors.push(String(err && err.message ? err.message : err)));
  page.on('requestfailed', (req) => {
    const u = req.url();
    if (![origin, ...alsoAllowed].some((o) => u.startsWith(o))) return; // foreign requests are aborted on purpose; reported separately
    rec.failedRequests.push(`${req.method()} ${u}: ${req.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) rec.failedRequests.push(`${res.request().method()} ${res.url()}: HTTP ${res.status()}`);
  });
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if ([origin, ...alsoAllowed].some((o) => u.startsWith(o + '/') || u === o) || u.startsWith('data:') || u.startsWith('blob:')) {
      return route.continue();
    }
    rec.foreign.push(u);
    return route.abort('blockedbyclient');
  });
  page.__rec = rec;
  return rec;
}

export function assertClean(page) {
  const r = page.__rec;
  assert(r, 'page was not instrumented');
  const problems = [
    ...r.consoleErrors.map((m) => `console error: ${m}`),
    ...r.pageErrors.map((m) => `page error: ${m}`),
    ...r.failedRequests.map((m) => `failed request: ${m}`),
    ...r.foreign.map((m) => `request to foreign origin: ${m}`),
  ];
  assert(problems.length === 0, `page not clean:\n${problems.join('\n')}`);
}

// ------------------------------------------------------------- DOM probes

/**
 * Wait until the app has mounted: the whole story present (the chapters after
 * the first frame's arrive a frame later), #boot gone or hidden.
 */
export async function waitForApp(page) {
  await page.waitForSelector(SEL.valuation, { state: 'attached', ...WAIT });
  await page.waitForSelector('section[data-chapter="sources"]', { state: 'attached', ...WAIT });
  await page.waitForFunction(() => {
    const b = document.getElementById('boot');
    return !b || b.hidden || getComputedStyle(b).display === 'none' || b.offsetParent === null;
  }, null, WAIT);
}

/** Waits until the valuation chart has painted `min` times. A chart paints
 * only on screen (off screen it is marked `data-stale` and painted when it
 * scrolls into view), so it is brought into view first if it is not. */
export async function waitForDraws(page, min = 1) {
  // 'load' fires before the wasm app has mounted its figures; wait for the
  // canvas to exist before touching it (a bare $eval here failed once in CI).
  await page.waitForSelector(SEL.canvas, { state: 'attached', ...WAIT });
  await page.$eval(SEL.canvas, (c) => {
    const r = c.getBoundingClientRect();
    if (r.bottom < 0 || r.top > innerHeight) c.scrollIntoView({ block: 'center', behavior: 'instant' });
  });
  await page.waitForFunction(
    ([sel, min]) => {
      const c = document.querySelector(sel);
      return !!c && Number(c.getAttribute('data-draws')) >= min;
    },
    [SEL.canvas, min],
    WAIT,
  );
}

/** Scrolls through the page so every canvas is laid out and painted (a
 * chart paints only on screen), then back to the top. */
export async function paintEveryChart(page) {
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

export async function draws(page) {
  return page.$eval(SEL.canvas, (c) => Number(c.getAttribute('data-draws')));
}

export async function peText(page) {
  return (await page.textContent(SEL.pe)).trim();
}

/** Wait until the P/E text differs from `prev`; returns the new text. */
export async function waitPeChange(page, prev) {
  await page.waitForFunction(
    ([sel, prev]) => {
      const e = document.querySelector(sel);
      return !!e && e.textContent.trim() !== prev;
    },
    [SEL.pe, prev],
    WAIT,
  );
  return peText(page);
}

/** Fraction of canvas pixels that differ from its most common colour. */
export async function canvasInk(page) {
  return page.$eval(SEL.canvas, (c) => {
    const ctx = c.getContext('2d');
    if (!ctx || c.width === 0 || c.height === 0) return 0;
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const counts = new Map();
    for (let i = 0; i < d.length; i += 4) {
      const k = ((d[i] << 24) | (d[i + 1] << 16) | (d[i + 2] << 8) | d[i + 3]) >>> 0;
      counts.set(k, (counts.get(k) || 0) + 1);
    }
    let max = 0;
    for (const v of counts.values()) if (v > max) max = v;
    const total = d.length / 4;
    return (total - max) / total;
  });
}

export async function sliderValue(page, key) {
  return page.$eval(SEL.slider(key), (e) => Number(e.value));
}

export async function sliderAttr(page, key, attr) {
  return page.$eval(SEL.slider(key), (e, a) => Number(e.getAttribute(a)), attr);
}

/** Focus a slider and press `key` `times` times. */
export async function pressOn(page, key, keyName, times = 1) {
  const el = page.locator(SEL.slider(key));
  await el.focus();
  for (let i = 0; i < times; i++) await el.press(keyName);
}

// ------------------------------------------- helpers shared by the test files

// The public contract in ../shared/DESIGN.md: chapter and figure IDs.
export const CHAPTERS = ['split', 'ai', 'robots', 'valuation', 'margin', 'catalysts', 'gap', 'checklist', 'futures', 'sources'];

export const FIGURES = ['split-markets', 'split-economy', 'guess-property', 'ai-cost', 'robots-pe', 'valuation-pe',
  'valuation-implied', 'margin-call', 'margin-paths', 'catalysts-timeline', 'gap-upside', 'futures-gdp', 'futures-compare'];

/** Clicks `sel` and returns the downloaded file's name and bytes. */
export async function download(page, sel) {
  const [dl] = await Promise.all([page.waitForEvent('download', WAIT), page.click(sel)]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync(file) };
}

/** Parses our CSV (RFC 4180 quoting, BOM) into rows of fields. */
export function parseCsv(text) {
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

/** Whether the page shows Chinese in every chapter heading. */
export async function chineseHeadings(page) {
  const heads = await page.$$eval('section[data-chapter] h2', (hs) => hs.map((h) => h.textContent));
  return heads.length === 10 && heads.every((h) => /[\u4e00-\u9fff]/.test(h));
}

/**
 * A blog on another origin: a second server on its own 127.0.0.1 port that
 * serves the HTML in `pages` (path → html). Close it when done.
 */
export async function startHost(pages) {
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

/** Heights of the embed's <iframe> (on the host) and of the document inside it. */
export async function frameHeights(page, frame) {
  const outer = await page.$eval('iframe[data-two-economies]', (f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  return { outer, inner };
}

/** Wait until the iframe is as tall as its content (clamped like embed.js); returns both heights. */
export async function waitFrameFits(page, frame, what) {
  let last;
  for (let i = 0; i < 100; i++) {
    last = await frameHeights(page, frame);
    if (Math.abs(last.outer - Math.min(50000, Math.max(100, last.inner))) <= 1) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`${what}: the iframe is ${last.outer}px tall, its content ${last.inner}px`);
}

export const sum = (rgb) => rgb.reduce((a, b) => a + b, 0);

export const PRESENT = {
  bar: '[data-role="presenter"]',
  count: '[data-role="present-count"]',
  status: '[data-role="presenter"] [role="status"]',
  qr: '[data-role="qr"] svg',
  next: 'button[data-action="present-next"]',
  prev: 'button[data-action="present-prev"]',
  exit: 'button[data-action="present-exit"]',
  start: 'button[data-action="present"]',
};

/** IDs of the chapters a reader can see. */
export async function visibleChapters(page) {
  return page.$$eval('section[data-chapter]', (els) => els
    .filter((e) => e.getClientRects().length > 0) // rendered, whatever the attribute says
    .map((e) => e.dataset.chapter));
}

/** Wait until exactly chapter `id` is shown and the URL's hash names it. */
export async function waitShown(page, id, what) {
  await page.waitForFunction((id) => {
    const shown = [...document.querySelectorAll('section[data-chapter]')]
      .filter((e) => e.getClientRects().length > 0); // rendered, whatever the attribute says
    return shown.length === 1 && shown[0].dataset.chapter === id && location.hash === `#${id}`;
  }, id, WAIT).catch(async () => {
    throw new Error(`${what}: expected only chapter ${id} shown with #${id}; shown ${JSON.stringify(await visibleChapters(page))}, url ${page.url()}`);
  });
}

export async function waitPresenting(page, on) {
  await page.waitForFunction((on) => document.documentElement.classList.contains('presenting') === on
    && !!document.querySelector('[data-role="presenter"]') === on, on, WAIT)
    .catch(() => { throw new Error(`presenter mode should be ${on ? 'on' : 'off'}`); });
}
