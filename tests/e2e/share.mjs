// End-to-end tests, registered with the harness when tests/e2e/run.mjs imports this file.
// Sharing: copy the embed code (with a clipboard fallback) and the Share button (Web Share or copy).

import path from 'node:path';
import { SEL, WAIT, assert, assertEq, assertClean, pressOn } from './lib.mjs';
import { shots, origin, newEnv, test, openApp } from './env.mjs';

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
