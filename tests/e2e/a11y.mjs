// End-to-end tests, registered with the harness when tests/e2e/run.mjs imports this file.
// Accessibility: axe-core in every chapter, language and theme; visible focus; reduced motion.

import fs from 'node:fs';
import path from 'node:path';
import { CSP } from '../../tools/serve.mjs';
import { WAIT, assert, assertEq, assertClean, waitForApp, draws, paintEveryChart } from './lib.mjs';
import { origin, newEnv, test, openApp, scrollBelowNav } from './env.mjs';

const AXE = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'node_modules', 'axe-core', 'axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the whole document; returns { violations, passes }. */
async function axeAudit(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(fs.readFileSync(AXE, 'utf8')); // not a <script>: the page's CSP blocks inline script
  return page.evaluate(async (values) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values } });
    return {
      passes: r.passes.length,
      violations: r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
        targets: v.nodes.slice(0, 4).map((n) => n.target.join(' ')),
      })),
    };
  }, AXE_TAGS);
}


/** Audits and records the result under `what`; returns the report lines of any violation. */
async function audit(page, what, problems) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const { violations, passes } = await axeAudit(page);
  console.log(`axe: ${what}: ${violations.length} violations (${passes} passes)`);
  for (const v of violations) {
    const line = `${what}: ${v.id} (${v.impact}, ${v.count} nodes): ${v.help}; ${v.targets.join(' | ')}`;
    console.log(`    ${line}`);
    problems.push(line);
  }
}

test('accessibility: axe-core finds no WCAG 2.2 AA violation (story, embeds, presenter, A/B; en/zh, light/dark)', async () => {
  const problems = [];
  for (const lang of ['en', 'zh']) {
    for (const theme of ['light', 'dark']) {
      const env = await newEnv();
      const { page } = env;
      try {
        const q = `lang=${lang}&theme=${theme}`;
        await page.goto(`${origin}/?${q}`, { waitUntil: 'load' });
        await waitForApp(page);
        await paintEveryChart(page);
        await audit(page, `story ${lang} ${theme}`, problems);

        // A/B: keep A, move a slider, so the comparison table is shown.
        const fig = 'figure[data-figure="valuation-pe"]';
        await scrollBelowNav(page, fig);
        await page.click(`${fig} button[data-action="keep-a"]`);
        const g = page.locator(`${fig} input[data-assumption="g"]`);
        await g.focus();
        for (let i = 0; i < 4; i++) await g.press('ArrowRight');
        await page.waitForSelector(`${fig} table[data-role="compare"]`, WAIT);
        await audit(page, `a/b ${lang} ${theme}`, problems);

        // Every chart's data table open.
        await page.evaluate(() => document.querySelectorAll('details[data-role="data-table"]').forEach((d) => { d.open = true; }));
        await page.waitForFunction(() => [...document.querySelectorAll('details[data-role="data-table"]')]
          .every((d) => d.querySelector('tbody tr')), null, WAIT);
        await audit(page, `data tables ${lang} ${theme}`, problems);

        for (const [name, url] of [
          ['embed valuation-pe', `/?embed=valuation-pe&${q}`],
          ['embed story', `/?embed=story&${q}`],
          ['present valuation', `/?present=1&${q}#valuation`],
        ]) {
          await page.goto(`${origin}${url}`, { waitUntil: 'load' });
          await page.waitForSelector('section[data-chapter], figure[data-figure]', { state: 'attached', ...WAIT });
          await page.waitForFunction(() => !document.getElementById('boot') || document.getElementById('boot').hidden
            || getComputedStyle(document.getElementById('boot')).display === 'none', null, WAIT);
          await paintEveryChart(page);
          await audit(page, `${name} ${lang} ${theme}`, problems);
        }
        assertClean(page);
      } finally {
        await env.close();
      }
    }
  }
  assert(problems.length === 0, `${problems.length} axe violations:\n${problems.join('\n')}`);
});

test('accessibility: focus is visible on every kind of control', async ({ page }) => {
  await openApp(page);
  await page.click('figure[data-figure="valuation-pe"] button[data-action="keep-a"]');
  // Tab through the page; every element that takes focus must draw an outline
  // (or a box shadow) in the focus style.
  const seen = new Map();
  const bad = [];
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('body').focus();
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const s = getComputedStyle(e);
      const kind = e.tagName.toLowerCase() + (e.type ? `[type=${e.type}]` : '') + (e.classList.contains('live') ? '.live' : '');
      const id = e.outerHTML.slice(0, 80);
      const again = !!e.__tabbed;
      e.__tabbed = true;
      return { kind, id, again, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2, shadow: s.boxShadow !== 'none', fv: e.matches(':focus-visible') };
    });
    if (!f) continue;
    if (f.again) break; // wrapped around
    seen.set(seen.size, f.kind);
    if (!f.fv || !(f.outline || f.shadow)) bad.push(`${f.kind}: ${f.id}`);
  }
  const kinds = new Set(seen.values());
  for (const k of ['a', 'button', 'input[type=range]', 'span.live', 'summary']) {
    assert([...kinds].some((x) => x.startsWith(k.split('.')[0]) && (!k.includes('.') || x.endsWith('.live'))), `no ${k} reached by Tab (kinds: ${[...kinds].join(', ')})`);
  }
  assert(bad.length === 0, `no visible focus on:\n${bad.slice(0, 10).join('\n')}`);
  assertClean(page);
});

test('accessibility: prefers-reduced-motion turns off transitions and animations', async () => {
  const env = await newEnv({ reducedMotion: 'reduce' });
  try {
    const { page } = env;
    await page.goto(`${origin}/?present=1#valuation`, { waitUntil: 'load' });
    await waitForApp(page);
    await page.keyboard.press('ArrowRight'); // the next chapter would fade in
    const m = await page.evaluate(() => {
      const els = [...document.querySelectorAll('section[data-chapter], button, a, input, .live, .readout, .toc a')];
      const moving = els.map((e) => [e, getComputedStyle(e)])
        .filter(([, s]) => s.transitionDuration.split(',').some((d) => parseFloat(d) > 0)
          || (s.animationName !== 'none' && s.animationDuration.split(',').some((d) => parseFloat(d) > 0)))
        .map(([e, s]) => `${e.tagName.toLowerCase()}.${e.className}: transition ${s.transitionDuration}, animation ${s.animationName} ${s.animationDuration}`);
      return { checked: els.length, moving, running: document.getAnimations().length, smooth: getComputedStyle(document.documentElement).scrollBehavior };
    });
    assert(m.checked > 20, `only ${m.checked} elements checked`);
    assert(m.moving.length === 0, `still animated with reduced motion:\n${m.moving.slice(0, 8).join('\n')}`);
    assertEq(m.running, 0, 'running animations with reduced motion');
    assert(m.smooth !== 'smooth', 'smooth scrolling with reduced motion');
    // Without the preference the presenter's fade does run: the check above means something.
    const env2 = await newEnv();
    try {
      await env2.page.goto(`${origin}/?present=1#valuation`, { waitUntil: 'load' });
      await waitForApp(env2.page);
      const name = await env2.page.$eval('section[data-chapter="valuation"]', (e) => getComputedStyle(e).animationName);
      assertEq(name, 'present-in', 'the presenter fade without reduced motion');
    } finally {
      await env2.close();
    }
    assertClean(page);
  } finally {
    await env.close();
  }
});
