// Small helpers for the e2e runner: a sequential test harness, page
// instrumentation (console errors, page errors, failed and foreign requests)
// and DOM probes that run inside the page.

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

export async function waitForDraws(page, min = 1) {
  await page.waitForFunction(
    ([sel, min]) => {
      const c = document.querySelector(sel);
      return !!c && Number(c.getAttribute('data-draws')) >= min;
    },
    [SEL.canvas, min],
    WAIT,
  );
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
