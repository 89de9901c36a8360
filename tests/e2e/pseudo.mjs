// End-to-end tests in the pseudo-locale (?lang=en-XA): every English string
// accented, about 35% longer and in [brackets], made by build.rs from the
// English locale files. At phone and desktop widths: a screenshot of every
// chapter; no visible text or accessible name outside brackets (a string
// that is not in a locale file); no text overflowing its box; and no two
// labels overlapping in any figure's SVG.
//
//   registerPseudoTests({ test, newEnv, origin, shots })

import fs from 'node:fs';
import path from 'node:path';
import { assert, assertEq, assertClean, waitForApp, paintEveryChart, WAIT, CHAPTERS, FIGURES } from './lib.mjs';

/** Letters outside [brackets] in the visible text and accessible names.
 * Skipped: `translate="no"` (data: publication titles, outlets, notes, series
 * names, file formats), text marked as another language (the language
 * button names 中文 in Chinese), tokens with a digit (numbers with their
 * units: US$5.58M, 104×, 2025), the titles of links to sources (publication
 * titles) and the accessible names of citation links, which quote the fact
 * base. */
function untranslated() {
  const letters = /\p{L}/u;
  const outside = [];
  const root = document.documentElement.lang;
  const skip = (el) => !el || !!el.closest('[translate="no"], script, style, noscript, #boot, #boot-error, canvas')
    || (el.closest('[lang]')?.getAttribute('lang') ?? root) !== root;
  const visible = (el) => {
    if (!el.getClientRects().length) return false;
    const s = getComputedStyle(el);
    return s.visibility !== 'hidden' && s.display !== 'none';
  };
  const words = (text) => text.split(/\s+/).filter((w) => w && letters.test(w) && !/\d/.test(w));
  // Text nodes in document order, with the bracket depth carried across
  // nodes (a bracketed run may hold inline elements).
  let depth = 0;
  let run = '';
  const flush = (where) => {
    for (const w of words(run)) outside.push(`${where}: "${w}" in "${run.trim().slice(0, 80)}"`);
    run = '';
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (skip(el) || !visible(el)) continue;
    for (const ch of n.textContent) {
      if (ch === '[') {
        if (depth === 0) flush(el.tagName.toLowerCase());
        depth++;
      } else if (ch === ']') {
        depth = Math.max(0, depth - 1);
      } else if (depth === 0) {
        run += ch;
      }
    }
    if (depth === 0) run += ' ';
  }
  flush('text');
  // Accessible names and tooltips: each one bracketed as a whole.
  for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-description]')) {
    if (skip(el)) continue;
    for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) {
      if (a === 'title' && el.matches('a[href^="http"]')) continue;
      if (['aria-label', 'title'].includes(a) && el.matches('[data-grade], a.cite')) continue;
      const v = el.getAttribute(a);
      if (!v) continue;
      // Outside brackets, which nest (a date inside a sentence).
      let bare = '';
      let d = 0;
      for (const ch of v) {
        if (ch === '[') d++;
        else if (ch === ']') d = Math.max(0, d - 1);
        else if (d === 0) bare += ch;
      }
      for (const w of words(bare)) outside.push(`${el.tagName.toLowerCase()}[${a}]: "${w}" in "${v.slice(0, 80)}"`);
    }
  }
  return [...new Set(outside)];
}

/** Text that does not fit its box: the page scrolling sideways, or an
 * element that clips (overflow hidden/clip, or a control) narrower than its
 * content. */
function overflowing() {
  const out = [];
  const doc = document.scrollingElement;
  if (doc.scrollWidth > innerWidth + 1) out.push(`the page is ${doc.scrollWidth}px wide in a ${innerWidth}px window`);
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('#boot, #boot-error, script, style, svg, canvas')) continue;
    if (!el.getClientRects().length || !el.textContent.trim()) continue;
    const s = getComputedStyle(el);
    const clips = ['hidden', 'clip'].includes(s.overflowX) || ['BUTTON', 'SELECT', 'SUMMARY', 'LABEL'].includes(el.tagName);
    if (!clips || s.textOverflow === 'ellipsis' || el.classList.contains('visually-hidden') || el.classList.contains('sr-only')) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) continue; // a screen-reader-only box
    if (el.scrollWidth > el.clientWidth + 1) {
      out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: content ${el.scrollWidth}px in ${el.clientWidth}px ("${el.textContent.trim().slice(0, 50)}")`);
    }
  }
  return out;
}

/** Pairs of <text> labels whose boxes overlap by more than 1px each way,
 * and labels that run past the edge of the picture (cut off). */
function overlappingLabels() {
  const boxes = [...document.querySelectorAll('svg text')]
    .filter((t) => t.textContent.trim())
    .map((t) => ({ t: t.textContent.trim(), r: t.getBoundingClientRect() }));
  const out = [];
  const frame = document.querySelector('svg').getBoundingClientRect();
  for (const { t, r } of boxes) {
    if (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1) {
      out.push(`"${t}" runs past the edge (${r.left.toFixed(0)}–${r.right.toFixed(0)} × ${r.top.toFixed(0)}–${r.bottom.toFixed(0)} in ${frame.width.toFixed(0)}×${frame.height.toFixed(0)})`);
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].r;
      const b = boxes[j].r;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1) out.push(`"${boxes[i].t}" / "${boxes[j].t}" (${w.toFixed(0)}×${h.toFixed(0)}px)`);
    }
  }
  return out;
}

async function openPseudo(page, origin, width) {
  await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
  await page.goto(`${origin}/?lang=en-XA`, { waitUntil: 'load' });
  await waitForApp(page);
  await page.waitForFunction(() => document.documentElement.lang === 'en-XA', null, WAIT);
}

export function registerPseudoTests({ test, origin, shots }) {
  for (const width of [390, 1280]) {
    test(`pseudo-locale at ${width} px: every chapter in brackets, nothing overflowing (screenshots)`, async ({ page }) => {
      const requested = [];
      page.on('request', (r) => { if (/\/i18n\//.test(r.url())) requested.push(r.url()); });
      await openPseudo(page, origin, width);
      assertEq(requested.length, 1, `one locale file fetched: ${requested.join(', ')}`);
      assert(/\/i18n\/en-XA-[0-9a-f]{16}\.txt$/.test(requested[0]), `the pseudo-locale file: ${requested[0]}`);
      await paintEveryChart(page);
      // Open every disclosure (data tables, questions, notes) so their text is checked too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      for (const id of CHAPTERS) {
        const sec = page.locator(`section[data-chapter="${id}"]`);
        await sec.scrollIntoViewIfNeeded();
        await sec.screenshot({ path: path.join(shots, `pseudo-${width}-${id}.png`) });
      }
      const bare = await page.evaluate(untranslated);
      fs.writeFileSync(path.join(shots, `pseudo-${width}-dom-problems.txt`), [...bare, ...(await page.evaluate(overflowing))].join('\n'));
      assert(bare.length === 0, `${bare.length} text(s) outside brackets (not in a locale file):\n${bare.slice(0, 15).join('\n')}`);
      const over = await page.evaluate(overflowing);
      assert(over.length === 0, `${over.length} overflowing:\n${over.slice(0, 12).join('\n')}`);
      assertClean(page);
    });
  }

  for (const width of [390, 1280]) test(`pseudo-locale at ${width} px: no two labels overlap and none is cut off in any figure's SVG`, async ({ page }) => {
    await openPseudo(page, origin, width);
    const problems = [];
    for (const id of FIGURES) {
      const btn = page.locator(`figure[data-figure="${id}"] button[data-export="svg"]`);
      if ((await btn.count()) === 0) continue; // a figure without a chart (none today)
      await btn.scrollIntoViewIfNeeded();
      const [dl] = await Promise.all([page.waitForEvent('download', WAIT), btn.click()]);
      const svg = fs.readFileSync(await dl.path(), 'utf8');
      fs.writeFileSync(path.join(shots, `pseudo-${width}-${id}.svg`), svg);
      const view = await page.context().newPage();
      try {
        await view.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
        const pairs = await view.evaluate(overlappingLabels);
        const texts = await view.evaluate(() => document.querySelectorAll('svg text').length);
        assert(texts > 0, `${id}: the SVG has no text`);
        for (const p of pairs) problems.push(`${id}: ${p}`);
      } finally {
        await view.close();
      }
    }
    fs.writeFileSync(path.join(shots, `pseudo-${width}-svg-problems.txt`), problems.join('\n'));
    assert(problems.length === 0, `${problems.length} overlapping or cut-off label(s) (all in pseudo-${width}-svg-problems.txt):\n${problems.slice(0, 40).join('\n')}`);
    assertClean(page);
  });
}
