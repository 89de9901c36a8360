// End-to-end tests, registered with the harness when tests/e2e/run.mjs imports this file.
// Security and privacy: a clean console and one request per file, a strict CSP, nothing sent off
// the origin, no cookies, and no postMessage accepted.

import { CSP } from '../../tools/serve.mjs';
import {
  SEL, WAIT, assert, assertEq, assertClean, instrument, waitForApp, waitForDraws, draws, peText,
  waitPeChange, canvasInk, pressOn, download, startHost, frameHeights, waitFrameFits, PRESENT, waitShown,
  waitPresenting,
} from './lib.mjs';
import {
  out, origin, newEnv, test, openApp, scrollBelowNav, hostPage, newHostEnv, openPresenting,
} from './env.mjs';

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
