// End-to-end tests, registered with the harness when tests/e2e/run.mjs imports this file.
// Embedding: the story and one figure in an iframe on another origin, controls=0, theme, embed.js,
// oEmbed, and embed screenshots.

import http from 'node:http';
import path from 'node:path';
import {
  SEL, WAIT, assert, assertEq, assertClose, assertClean, waitForApp, waitForDraws, draws, peText,
  sliderValue, CHAPTERS, FIGURES, startHost, frameHeights, waitFrameFits, sum,
} from './lib.mjs';
import { shots, origin, newEnv, test, openApp, hostPage, newHostEnv } from './env.mjs';

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
