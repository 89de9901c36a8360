// End-to-end tests, registered with the harness when tests/e2e/run.mjs imports this file.
// Presenter mode: one chapter at a time, keys, the hash, the QR code, screenshots.

import fs from 'node:fs';
import path from 'node:path';
import {
  SEL, WAIT, assert, assertEq, assertClose, assertClean, waitForApp, waitForDraws, sliderValue, sliderAttr,
  PRESENT, visibleChapters, waitShown, waitPresenting,
} from './lib.mjs';
import { opts, dist, shots, origin, newEnv, test, openApp, openPresenting } from './env.mjs';

const JSQR = path.join(path.dirname(new URL(import.meta.url).pathname), 'node_modules/jsqr/dist/jsQR.js');

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
