// End-to-end tests, registered with the harness when tests/e2e/run.mjs imports this file.
// Sources: every figure names its publishers and dates, weak rows are marked, citations reach the
// Sources list, the fact base downloads; the glossary; screenshots of the source lines.

import fs from 'node:fs';
import path from 'node:path';
import { WAIT, assert, assertEq, assertClean, download, parseCsv } from './lib.mjs';
import { out, shots, newEnv, test, openApp, scrollBelowNav } from './env.mjs';

/** Every row of the fact base, keyed "series year". */
function allRows() {
  const out = new Map();
  for (const f of fs.readdirSync(path.resolve('assets', 'data')).filter((n) => n.endsWith('.csv'))) {
    for (const r of parseCsv(`\ufeff${fs.readFileSync(path.resolve('assets', 'data', f), 'utf8')}`).slice(1)) {
      if (r.length >= 12) out.set(`${r[0]} ${r[1]}`, { file: f, publisher: r[4], published: r[6], url: r[7], via: r[8], grade: r[9] });
    }
  }
  return out;
}

test('sources: every figure names its publishers and date, weak rows are marked, citations reach the Sources list, the fact base downloads', async ({ page }) => {
  const rows = allRows();
  for (const lang of ['en', 'zh']) {
    await openApp(page, lang === 'zh' ? '?lang=zh' : '');
    // Every figure with sources: no bare host as link text, a date it is as of, every C link marked.
    const lines = await page.$$eval('figure[data-figure] .source, figure[data-figure] .timeline', (els) => els.map((e) => ({
      fig: e.closest('figure').dataset.figure,
      text: e.textContent,
      asOf: e.querySelector('.as-of')?.dataset.asOf ?? null,
      links: [...e.querySelectorAll('.src-item')].map((item) => {
        const a = item.querySelector('a[data-grade]');
        const mark = item.querySelector('[data-weak]');
        const desc = mark ? document.getElementById(mark.getAttribute('aria-describedby') || '')?.textContent ?? '' : '';
        return { text: a.textContent, href: a.href, grade: a.dataset.grade, weak: !!mark && mark.textContent.length > 3 && !!mark.title && desc.length > 40 };
      }),
    })));
    const figs = new Set(lines.map((l) => l.fig));
    assert(figs.size >= 12, `${lang}: only ${figs.size} figures show sources`);
    for (const l of lines.filter((x) => x.asOf !== null)) {
      assert(/^\d{4}(-\d\d){0,2}$/.test(l.asOf), `${lang} ${l.fig}: data as of "${l.asOf}"`);
      assert(lang === 'en' ? /Data as of (\d{1,2} )?([A-Z][a-z]{2} )?\d{4}\./.test(l.text) : /数据截至\d{4}年/.test(l.text), `${lang} ${l.fig}: no "as of" date in "${l.text}"`);
    }
    // Chinese punctuation carries its own spacing: no blank after ：（，； and no English marks around the relay.
    if (lang === 'zh') for (const l of lines) {
      assert(!/[：（，；] /.test(l.text), `zh ${l.fig}: a space after Chinese punctuation in "${l.text}"`);
      assert(!/\(转引自|转引自 /.test(l.text), `zh ${l.fig}: the relay is not set in Chinese in "${l.text}"`);
    }
    for (const l of lines) {
      for (const a of l.links) {
        assert(!/^[\w.-]+\.(com|net|org|cn|tech|dev|io|ch)$/.test(a.text.trim()), `${lang} ${l.fig}: bare host as link text "${a.text}"`);
        assert(/\d{4}/.test(a.text), `${lang} ${l.fig}: the link "${a.text}" has no date`);
        // Several rows may share one copy's url: the link's row is the one whose publisher it names.
        const same = [...rows.values()].filter((r) => r.url === a.href || new URL(r.url).href === a.href);
        assert(same.length, `${lang} ${l.fig}: ${a.href} is not a fact-base url`);
        const row = same.find((r) => r.grade === a.grade && (lang !== 'en' || a.text.startsWith(r.publisher)));
        assert(row, `${lang} ${l.fig}: no row of ${a.href} has grade ${a.grade} and publisher "${a.text}"`);
        if (lang === 'en') assert(a.text.startsWith(row.publisher), `${l.fig}: "${a.text}" does not name ${row.publisher}`);
        if (row.via) assert(a.text.includes(row.via), `${lang} ${l.fig}: "${a.text}" hides the relay ${row.via}`);
      }
    }
    for (const l of lines) for (const a of l.links) assertEq(a.weak, a.grade === 'C', `${lang} ${l.fig}: weak mark (with its description) on ${a.href} (grade ${a.grade})`);
    // What a screen reader reads of a line: no sentence's full stop run into a list separator.
    for (const l of lines) assert(!/[.。]\s*[;；]/.test(l.text), `${lang} ${l.fig}: a full stop before a separator in "${l.text}"`);

    // Citations in the prose link to their entries; every entry names its grade.
    const cites = await page.$$eval('section[data-chapter] a.cite', (as) => as.map((a) => ({ href: a.getAttribute('href'), label: a.getAttribute('aria-label'), text: a.textContent })));
    assert(cites.length >= 30, `${lang}: only ${cites.length} citations in the prose`);
    for (const c of cites) {
      assert(/^\[\d+\]$/.test(c.text), `${lang}: citation text ${c.text}`);
      const target = await page.$(`[id="${c.href.slice(1)}"]`);
      assert(target, `${lang}: citation ${c.href} has no entry`);
      assert(c.label && c.label.length > 10, `${lang}: citation ${c.href} has no accessible name`);
    }
    const entries = await page.$$eval('[data-role="sources"] li[id^="src-"]', (lis) => lis.map((li) => ({ id: li.id, grade: li.dataset.grade, text: li.textContent })));
    assertEq(entries.length, rows.size, `${lang}: one Sources entry per row`);
    if (lang === 'zh') for (const e of entries) assert(!/[：（，；] /.test(e.text), `zh ${e.id}: a space after Chinese punctuation in "${e.text}"`);
    // The grades legend names each grade once, C with what "weak" means.
    const legend = await page.$$eval('#sources-grades li', (lis) => lis.map((li) => li.textContent));
    assertEq(legend.length, 3, `${lang}: three grades in the legend`);
    for (const [i, g] of ['A', 'B', 'C'].entries()) {
      assert(legend[i].startsWith(g) && !/Grade [ABC]|[ABC]级/.test(legend[i]), `${lang}: legend line "${legend[i]}" names grade ${g} once`);
    }
    assert(legend[2].length > 40, `${lang}: the C line explains a weak source: "${legend[2]}"`);
    // Claims link to the list, and the list back to the claims and figures.
    assert(await page.locator('ol.claims li[id^="claim-"] a.cite').count() >= 10, `${lang}: claims without citations`);
    assert(await page.locator('[data-role="sources"] a[href^="#claim-"]').count() >= 10, `${lang}: no entry links a claim`);
    assert(await page.locator('[data-role="sources"] a[href="#split-markets"]').count() >= 1, `${lang}: no entry links a figure`);
  }
  // The whole fact base, every row with its provenance.
  await scrollBelowNav(page, 'button[data-action="download-facts"]');
  const file = await download(page, 'button[data-action="download-facts"]');
  assertEq(file.name, 'two-economies-fact-base.csv', 'fact base file name');
  const csv = parseCsv(file.bytes.toString('utf8'));
  assertEq(csv[0].join(','), 'file,series,year,value,unit,publisher,publication,published,url,via,grade,checked,note', 'fact base header');
  assertEq(csv.slice(1).filter((r) => r.length > 3).length, rows.size, 'every row in the download');
  for (const r of csv.slice(1).filter((x) => x.length > 3)) {
    const want = rows.get(`${r[1]} ${r[2]}`);
    assert(want && want.publisher === r[5] && want.grade === r[10] && want.url === r[8], `download row ${r[1]} ${r[2]}`);
  }
  assertClean(page);
});

test('glossary: a term opens on tap, focus and Enter, closes on Escape, is announced, and the glossary section lists it', async () => {
  for (const lang of ['en', 'zh']) {
    const phone = await newEnv({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    try {
      const { page } = phone;
      await openApp(page, `?lang=${lang}#valuation`);
      const term = page.locator('section[data-chapter="valuation"] button.term[data-term="peg"]').first();
      await term.scrollIntoViewIfNeeded();
      const defId = await term.getAttribute('aria-describedby');
      const def = page.locator(`[id="${defId}"]`);
      assertEq(await def.isVisible(), false, `${lang}: definition hidden at first`);
      await term.tap();
      await def.waitFor({ state: 'visible', ...WAIT });
      assertEq(await term.getAttribute('aria-expanded'), 'true', `${lang}: expanded after a tap`);
      const text = await def.textContent();
      assert(lang === 'en' ? /forward P\/E/.test(text) : /远期市盈率/.test(text), `${lang}: PEG definition "${text}"`);
      await page.screenshot({ path: path.join(shots, `glossary-term-phone-${lang}.png`) });
      await term.tap();
      await def.waitFor({ state: 'hidden', ...WAIT });
      // Keyboard: focus shows it, Escape hides it; the description is the definition.
      // (The taps left the button focused: leave it first, so focusing it again is a focus.)
      await page.evaluate(() => document.activeElement?.blur());
      await term.focus();
      await def.waitFor({ state: 'visible', ...WAIT });
      await page.keyboard.press('Escape');
      await def.waitFor({ state: 'hidden', ...WAIT });
      await page.keyboard.press('Enter');
      await def.waitFor({ state: 'visible', ...WAIT });
      const described = await page.evaluate((id) => document.getElementById(id).textContent, defId);
      assertEq(described, text, `${lang}: the button's description is its definition`);
      // The glossary section lists every term.
      const dts = await page.$$eval('[data-role="glossary"] dt', (d) => d.map((x) => x.id));
      assert(dts.length >= 12 && dts.includes('glossary-peg'), `${lang}: glossary entries ${dts}`);
      await page.locator('[data-role="glossary"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(shots, `glossary-section-phone-${lang}.png`) });
      assertClean(page);
    } finally {
      await phone.close();
    }
  }
});

test('sources screenshots: three figures\' source lines and the Sources list, 1280 and 390 px, English and Chinese', async () => {
  for (const [w, h, name] of [[1280, 900, 'desktop'], [390, 844, 'phone']]) {
    for (const lang of ['en', 'zh']) {
      const env = await newEnv({ viewport: { width: w, height: h }, deviceScaleFactor: 2 });
      try {
        await openApp(env.page, `?lang=${lang}`);
        for (const fig of ['split-economy', 'ai-cost', 'gap-upside']) {
          const line = env.page.locator(`figure[data-figure="${fig}"] .source`);
          await line.scrollIntoViewIfNeeded();
          await line.screenshot({ path: path.join(shots, `source-${fig}-${name}-${lang}.png`) });
        }
        const list = env.page.locator('[data-role="sources"]');
        await list.scrollIntoViewIfNeeded();
        await env.page.screenshot({ path: path.join(shots, `sources-list-${name}-${lang}.png`) });
        const m = await env.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        assert(m <= 1, `${name} ${lang}: horizontal overflow ${m}px`);
        assertClean(env.page);
      } finally {
        await env.close();
      }
    }
  }
});
