// End-to-end tests, registered with the harness when tests/e2e/run.mjs imports this file.
// The Chinese text: fetched only when chosen, once; a 中文 link; a failed fetch keeps English.

import fs from 'node:fs';
import path from 'node:path';
import {
  SEL, WAIT, assert, assertEq, assertClean, waitForApp, peText, waitPeChange, chineseHeadings,
} from './lib.mjs';
import { dist, origin, newEnv, test, openApp } from './env.mjs';

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
