// End-to-end tests, registered with the harness when tests/e2e/run.mjs imports this file.
// Downloads: PNG, SVG and CSV of every figure, the data-table alternative, the offline file and the
// printed handout.

import fs from 'node:fs';
import path from 'node:path';
import {
  SEL, WAIT, assert, assertEq, assertClose, assertClean, waitForApp, waitForDraws, peText, waitPeChange,
  download, parseCsv, chineseHeadings,
} from './lib.mjs';
import { dist, out, shots, origin, browser, test, openApp, scrollBelowNav } from './env.mjs';

/** One row of the fact base, assets/data/<file>, as {value, publisher, url, grade}, for checking exports. */
function dataRow(file, series, year) {
  // The fact files have no byte-order mark; the parser expects the downloads' one.
  const rows = parseCsv(`\ufeff${fs.readFileSync(path.resolve('assets', 'data', file), 'utf8')}`);
  const r = rows.find((c) => c[0] === series && c[1] === String(year));
  assert(r, `${series} ${year} not in assets/data/${file}`);
  return { value: Number(r[2]), publisher: r[4], published: r[6], url: r[7], via: r[8], grade: r[9] };
}

test('downloads: PNG at 2x, parseable SVG, CSV equal to the model and the data', async ({ page }) => {
  await openApp(page);
  const fig = 'figure[data-figure="valuation-pe"]';
  await scrollBelowNav(page, fig);
  const cssW = await page.$eval(`${fig} canvas`, (c) => c.clientWidth);

  const png = await download(page, `${fig} button[data-export="png"]`);
  assertEq(png.name, 'valuation-pe.png', 'PNG file name');
  assertEq(png.bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'PNG signature');
  assertEq(png.bytes.readUInt32BE(16), 2 * cssW, 'PNG width = 2 × the chart on screen');

  const svg = await download(page, `${fig} button[data-export="svg"]`);
  assertEq(svg.name, 'valuation-pe.svg', 'SVG file name');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      lines: doc.querySelectorAll('polyline').length,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
    };
  }, svg.bytes.toString('utf8'));
  assertEq(parsed.error, null, 'SVG parses');
  assertEq(parsed.root, 'svg', 'SVG root element');
  assert(parsed.lines >= 2, `SVG has the curve and the market line (${parsed.lines} polylines)`);
  assert(parsed.texts.includes('21.5×'), `SVG labels the reader's point 21.5×: ${parsed.texts.join(' | ')}`);

  const csv = parseCsv((await download(page, `${fig} button[data-export="csv"]`)).bytes.toString('utf8'));
  assertEq(csv[0].join(','), 'figure,series,x,value,publisher,grade,url,note', 'CSV header');
  const yours = csv.find((r) => r[1] === 'Your assumptions');
  assert(yours, 'CSV has the reader\'s point');
  assertEq(yours[2], '0.18', 'reader\'s growth');
  assertClose(Number(yours[3]), 21.5, 0.05, 'reader\'s justified P/E (the worked example, 25.38 / 1.18)');
  const curve = csv.filter((r) => r[1] === 'Justified P/E');
  assert(curve.length > 50, `CSV has the curve (${curve.length} rows)`);
  for (let i = 1; i < curve.length; i++) {
    assert(Number(curve[i][3]) >= Number(curve[i - 1][3]), 'the justified P/E rises with growth');
  }
  const market = dataRow('valuation.csv', 'cambricon_forward_pe_2026e_derived', 2026);
  const mrow = csv.find((r) => r[1].startsWith('Cambricon'));
  assert(mrow, 'CSV has the market row');
  assertClose(Number(mrow[3]), market.value, 1e-9, 'market P/E equals the data row');
  assert(mrow[4].startsWith(`${market.publisher}, `), `market row names the publisher: ${mrow[4]}`);
  assertEq(mrow[5], market.grade, 'market row carries the data row\'s grade');
  assertEq(mrow[6], market.url, 'market row links the data row\'s url');

  // A data figure: every bar equals its row in the fact base, with its source.
  const markets = 'figure[data-figure="split-markets"]';
  await scrollBelowNav(page, markets);
  const mcsv = parseCsv((await download(page, `${markets} button[data-export="csv"]`)).bytes.toString('utf8'));
  const star = mcsv.find((r) => r[1].startsWith('STAR 50'));
  const want = dataRow('equity_indices.csv', 'star50_price_return', 2025);
  assertClose(Number(star[3]), want.value, 1e-9, 'STAR 50 value equals the data row');
  assert(star[4].startsWith(`${want.publisher}, `), `STAR 50 row names its publisher: ${star[4]}`);
  assertEq(star[5], want.grade, 'STAR 50 row carries its grade');
  assertEq(star[6], want.url, 'STAR 50 row links its source');
  assertClean(page);
});

test('every chart has a "show the data as a table" alternative that matches the CSV and follows the sliders', async ({ page }) => {
  await openApp(page, '#valuation');
  const counts = await page.evaluate(() => [...document.querySelectorAll('figure[data-figure]')]
    .filter((f) => f.querySelector('canvas'))
    .map((f) => [f.dataset.figure, f.querySelectorAll('details[data-role="data-table"]').length]));
  assert(counts.length >= 10, `only ${counts.length} figures with a chart`);
  for (const [id, n] of counts) assertEq(n, 1, `data tables in ${id}`);

  // Keyboard: the disclosure opens with Enter and lists the chart's values.
  const fig = 'figure[data-figure="valuation-pe"]';
  const rowsSel = `${fig} details[data-role="data-table"] tbody tr`;
  assertEq(await page.locator(rowsSel).count(), 0, 'rows before opening (built only when open)');
  await scrollBelowNav(page, fig);
  await page.focus(`${fig} details[data-role="data-table"] summary`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(rowsSel, WAIT);
  const readRows = () => page.$$eval(rowsSel, (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  const rows = await readRows();
  const headers = await page.$$eval(`${fig} details[data-role="data-table"] thead th`, (ths) => ths.map((t) => t.textContent));
  assertEq(headers.join('|'), 'Series|Horizontal axis|Value', 'headers');

  // The same rows, series and positions as the CSV download, values rounded for reading.
  const csv = parseCsv((await download(page, `${fig} button[data-export="csv"]`)).bytes.toString('utf8'))
    .slice(1).filter((r) => r.length > 3);
  assertEq(rows.length, csv.length, 'table rows = CSV rows');
  rows.forEach((r, i) => {
    assertEq(r[0], csv[i][1], `row ${i} series`);
    assertEq(r[1], csv[i][2], `row ${i} position`);
    const v = Number(csv[i][3]);
    const d = Math.abs(v) >= 100 ? 1 : Math.abs(v) >= 1 ? 2 : 4;
    // Written with its unit (P/Es are multiples): the CSV keeps the bare number.
    assert(r[2].endsWith('×'), `row ${i} value has its unit: ${r[2]}`);
    assertClose(Number(r[2].slice(0, -1)), v, 0.5 * 10 ** -d + 1e-12, `row ${i} value`);
  });
  const yours = rows.find((r) => r[0] === 'Your assumptions');
  assertEq(yours && yours[2], '21.51×', 'the reader\'s justified P/E in the table');
  // The table names its rows' publishers and grades.
  const foot = await page.textContent(`${fig} details[data-role="data-table"] [data-role="table-sources"]`);
  const damodaran = dataRow('methods_examples.csv', 'two_stage_pe_damodaran_example.pe', 2006);
  assert(foot.includes(damodaran.publisher) && /[ABC]: /.test(foot), `the table's sources: ${foot}`);

  // It follows the sliders while open.
  await page.focus(SEL.slider('g'));
  await page.keyboard.press('End');
  await page.waitForFunction((sel) => {
    const r = [...document.querySelectorAll(sel)].find((tr) => tr.firstChild.textContent === 'Your assumptions');
    return r && r.lastChild.textContent !== '21.51×';
  }, rowsSel, WAIT).catch(() => { throw new Error('the table did not follow the slider'); });

  // Percentages and dollars carry their units too.
  const unitOf = (id) => page.evaluate(async (id) => {
    const d = document.querySelector(`figure[data-figure="${id}"] details[data-role="data-table"]`);
    d.open = true;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return [...d.querySelectorAll('tbody td:last-child')].map((c) => c.textContent);
  }, id);
  for (const [id, re] of [['split-economy', /%$/], ['split-markets', /%$/], ['ai-cost', /^US\$/], ['robots-pe', /×$/]]) {
    const cells = await unitOf(id);
    assert(cells.length > 0 && cells.every((c) => re.test(c)), `${id} values with their unit: ${cells.join(', ')}`);
  }
  // Two series from one release (split-economy: retail sales and property investment, both NBS via
  // People's Daily) name it once in the table's footer.
  const entries = (await page.textContent('figure[data-figure="split-economy"] [data-role="table-sources"]'))
    .replace(/^Source: /, '').split('; ');
  assert(entries.length >= 1 && new Set(entries).size === entries.length, `split-economy table sources once each: ${entries.join(' | ')}`);

  // Every figure's table opens with values and no NaN, in both languages.
  for (const lang of ['en', 'zh']) {
    if (lang === 'zh') await page.click(SEL.lang);
    const bad = await page.evaluate(async () => {
      const out = [];
      for (const d of document.querySelectorAll('details[data-role="data-table"]')) {
        d.open = true;
        await new Promise((r) => setTimeout(r, 0));
        await new Promise((r) => requestAnimationFrame(r));
        const trs = d.querySelectorAll('tbody tr');
        const id = d.closest('figure').dataset.figure;
        if (trs.length === 0) out.push(`${id}: no rows`);
        if (/NaN|Infinity/.test(d.textContent)) out.push(`${id}: NaN in the table`);
      }
      return out;
    });
    assertEq(bad.join('; '), '', `data tables (${lang})`);
  }
  assertEq((await page.$$eval(`${fig} details[data-role="data-table"] thead th`, (t) => t.map((x) => x.textContent))).join('|'),
    '系列|横轴|数值', 'Chinese headers');
  // A bar chart has no positions: no empty position column.
  const bars = await page.$$eval('figure[data-figure="robots-pe"] details[data-role="data-table"] :is(thead, tbody) tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  assertEq(bars[0].join('|'), '系列|数值', 'a bar chart\'s table headers');
  assert(bars.length > 1 && bars.every((r) => r.length === 2 && r.every((c) => c.trim() !== '')), `a bar chart's rows: ${JSON.stringify(bars)}`);
  assertClean(page);
});

test('offline file: opens from file:// with the network off', async () => {
  const file = path.join(dist, 'two-economies-offline.html');
  assert(fs.existsSync(file), `${file} missing (node tools/offline.mjs dist)`);
  const html = fs.readFileSync(file, 'utf8');
  assert(!/\b(src|href)=["']?[^"'#\s>]*\.(js|wasm|css)\b/.test(html), 'the offline file references no other file');
  // Not `newEnv`: its request filter would block file:// itself.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, offline: true });
  context.setDefaultTimeout(10_000);
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e.message || e)));
    const requests = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) requests.push(r.url()); });
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    await waitForApp(page);
    await waitForDraws(page, 1);
    assertEq(await peText(page), '25.4×', 'the worked example computes offline');
    const g = page.locator(SEL.slider('g'));
    await g.focus();
    const pe0 = await peText(page);
    await g.press('ArrowRight');
    await waitPeChange(page, pe0);
    // The Chinese text is inside the file too.
    await page.click(SEL.lang);
    await page.waitForFunction(() => document.documentElement.lang.startsWith('zh'), null, WAIT);
    assert(await chineseHeadings(page), 'every chapter heading in Chinese, offline');
    await page.click(SEL.lang);
    await page.waitForFunction(() => document.documentElement.lang === 'en', null, WAIT);
    assertEq(requests.length, 0, `no network requests: ${requests.join(', ')}`);
    await page.screenshot({ path: path.join(shots, 'offline-file.png') });
    assertEq(errors.length, 0, `errors offline: ${errors.join('; ')}`);
  } finally {
    await context.close();
  }
});

test('print: the handout lists the scenario, links it by QR code and prints every chapter', async ({ page }) => {
  await page.goto(`${origin}/?g=0.3&lang=en`, { waitUntil: 'load' });
  await waitForApp(page);
  await waitForDraws(page, 1);
  await page.waitForTimeout(500); // the QR code follows the URL after a pause
  await page.emulateMedia({ media: 'print' });
  const m = await page.evaluate(() => {
    const shown = (el) => !!el && getComputedStyle(el).display !== 'none';
    const h = document.querySelector('.handout');
    return {
      handout: shown(h),
      url: h?.querySelector('.handout-url')?.textContent,
      qr: !!h?.querySelector('.handout-qr svg path'),
      changed: [...(h?.querySelectorAll('li.changed') ?? [])].map((li) => li.textContent),
      controls: [...document.querySelectorAll('.controls')].some(shown),
      presets: [...document.querySelectorAll('.presets')].some(shown),
      tableToggles: [...document.querySelectorAll('.data-table')].filter(shown).length,
      presetsOnScreen: document.querySelectorAll('.presets').length,
      toc: shown(document.querySelector('nav.toc')),
      chapters: [...document.querySelectorAll('section[data-chapter]')].filter(shown).length,
      canvases: document.querySelectorAll('canvas.chart').length,
    };
  });
  assert(m.handout, 'the handout cover prints');
  assertEq(m.url, `${origin}/?g=0.3&lang=en`, 'the handout link reopens this scenario');
  assert(m.qr, 'the handout has a QR code');
  assertEq(m.changed.length, 1, `one assumption marked changed: ${m.changed.join(' | ')}`);
  assert(m.changed[0].includes('30.0%'), `the changed growth is listed: ${m.changed[0]}`);
  assert(!m.controls && !m.toc, 'controls and the table of contents do not print');
  assert(m.presetsOnScreen >= 1 && !m.presets, 'the scenario preset buttons do not print');
  assertEq(m.tableToggles, 0, 'closed "Show the data as a table" toggles do not print');
  await page.emulateMedia({ media: 'screen' });
  await page.locator('.data-table > summary').first().click();
  await page.emulateMedia({ media: 'print' });
  const opened = await page.evaluate(() => {
    const d = document.querySelector('.data-table[open]');
    return d && { table: getComputedStyle(d).display !== 'none' && d.querySelector('table')?.getBoundingClientRect().height > 0,
      summary: getComputedStyle(d.querySelector('summary')).display };
  });
  assert(opened?.table, 'a data table the reader opened prints');
  assertEq(opened.summary, 'none', 'its "Show the data as a table" toggle does not');
  assertEq(m.chapters, 10, 'every chapter prints');
  assert(m.canvases >= 10, 'charts print as images');
  await page.screenshot({ path: path.join(shots, 'print-handout.png') });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  fs.writeFileSync(path.join(out, 'handout.pdf'), pdf);
  assertEq(pdf.subarray(0, 5).toString(), '%PDF-', 'a PDF is produced');
  assert(pdf.length > 50_000, `the PDF has content (${pdf.length} bytes)`);
  assertClean(page);
});

test('print in dark theme: every chart goes to paper drawn, in the light palette (PDF)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${origin}/?lang=en`, { waitUntil: 'load' });
  await waitForApp(page);
  await page.waitForFunction(() => document.querySelector('canvas:not([data-draws="0"])'), null, WAIT);
  // Mean lightness of each canvas's top-left pixel, and whether it is stale.
  const probe = () => page.$$eval('canvas.chart', (cs) => cs.map((c) => {
    const ctx = c.getContext('2d');
    const d = c.width > 2 ? ctx.getImageData(1, 1, 1, 1).data : [0, 0, 0, 0];
    return { light: (d[0] + d[1] + d[2]) / 3, alpha: d[3], stale: c.hasAttribute('data-stale'), id: c.closest('figure')?.dataset.figure };
  }));
  const screen = await probe();
  assert(screen.some((c) => c.stale), 'charts below the first screen wait, unpainted');
  assert(screen.filter((c) => !c.stale).every((c) => c.light < 100), `the painted ones are dark on screen: ${JSON.stringify(screen.filter((c) => !c.stale))}`);
  // Printing (the print media query turning on, as a print to PDF does).
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  // A few frames on: the print layout resizes the canvases, and a chart
  // repainted for its new size must still be light.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
  const paper = await probe();
  const bad = paper.filter((c) => c.stale || c.alpha === 0 || c.light < 200);
  assert(bad.length === 0, `every chart drawn light for paper: ${JSON.stringify(bad)}`);
  // And the page's text: dark on white, links and numbers in the light theme's colours.
  const colors = await page.evaluate(() => {
    const c = (sel) => getComputedStyle(document.querySelector(sel)).color;
    return { body: getComputedStyle(document.body).backgroundColor, subtitle: c('.subtitle'), live: c('.live') };
  });
  assertEq(colors.body, 'rgb(255, 255, 255)', 'white paper');
  assertEq(colors.subtitle, 'rgb(75, 83, 92)', 'muted text in the light theme\'s grey');
  assertEq(colors.live, 'rgb(0, 114, 178)', 'live numbers in the light theme\'s blue');
  await page.screenshot({ path: path.join(shots, 'print-dark-theme.png'), fullPage: false });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  fs.writeFileSync(path.join(out, 'print-dark-theme.pdf'), pdf);
  assertEq(pdf.subarray(0, 5).toString(), '%PDF-', 'a PDF is produced');
  // Back to the screen: the visible charts are dark again.
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  const back = await probe();
  assert(back.filter((c) => !c.stale).every((c) => c.light < 100), `dark again on screen: ${JSON.stringify(back.filter((c) => !c.stale))}`);
  assertClean(page);
});
