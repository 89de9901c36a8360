// End-to-end tests, registered with the harness when tests/e2e/run.mjs imports this file.
// The story itself: loads clean, sliders by keyboard and mouse, reset, language toggle, table of
// contents and deep links, A/B compare, back and forward, every chapter and figure, draw your guess,
// numbers in the prose, and the screenshots of it all.

import http from 'node:http';
import path from 'node:path';
import {
  SEL, WAIT, assert, assertEq, assertClose, assertClean, parsePe, waitForApp, waitForDraws, draws, peText,
  waitPeChange, canvasInk, sliderValue, sliderAttr, pressOn, CHAPTERS, FIGURES, download, sum,
} from './lib.mjs';
import { opts, shots, newEnv, test, openApp, scrollBelowNav } from './env.mjs';

test('page loads without console errors', async ({ page }) => {
  await openApp(page);
  // The valuation chart is below the first screen: marked stale, not drawn,
  // until it scrolls into view.
  assert(await page.$eval(SEL.canvas, (c) => c.hasAttribute('data-stale') && c.getAttribute('data-draws') === '0'), 'an off-screen chart waits');
  await waitForDraws(page, 1);
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
  // The whole story is about 41,000 px tall at 1280 px: capturing it takes 5–10 s
  // in software raster, past the 10 s default on a busy run. A longer limit for
  // this one capture; nothing here measures speed.
  await page.screenshot({ path: path.join(shots, 'valuation-desktop.png'), fullPage: true, timeout: 60_000 });
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
