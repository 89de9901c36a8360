// End-to-end tests, registered with the harness when tests/e2e/run.mjs imports this file.
// URL state and failure: the URL keeps the assumptions, hostile and random query strings are
// clamped, a wasm trap or a failed load shows a message.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { startServer } from '../../tools/serve.mjs';
import { hostileQueries } from './hostile.mjs';
import {
  SEL, WAIT, assert, assertEq, assertClose, assertClean, waitForApp, waitForDraws, peText, waitPeChange,
  sliderValue,
} from './lib.mjs';
import { opts, dist, out, shots, origin, browser, test, openApp } from './env.mjs';

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
