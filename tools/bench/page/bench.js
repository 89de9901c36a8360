// The three line charts, redrawn with the same data on canvases of the same
// size. Each library is used as its documentation recommends for speed:
// Chart.js without animation, parsing or points; uPlot in batch mode (its
// synchronous path); ours as the app paints a figure.
//
// All three thin a long series per pixel column, so 20,000 points compare
// like for like:
// - ours always (src/charts/kit/paint.rs `thin_into`: of each column's run of
//   points, the first, highest, lowest and last);
// - Chart.js with its decimation plugin, 'min-max' (the same four points per
//   column), which its docs allow only with `parsing: false`, a linear or time
//   x axis and `indexAxis: 'x'`; it starts above `threshold`, by default 4 ×
//   the canvas width (3,200 points here);
// - uPlot by itself, no option: its linear path builder keeps each column's
//   in, lowest, highest and out point once a series has at least 4 × as many
//   points as the plot is pixels wide (src/paths/linear.js, `decimate`).
// Below those thresholds (200 and 2,000 points) none of them drops a point
// that would change the stroke.
import init, { LineBench } from './pkg/bench_canvas.js';

export const W = 800;
export const H = 400;

/** A deterministic random walk of `n` points (two seeds = two datasets). */
function walk(n, seed) {
  let s = seed >>> 0;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let y = 100;
  for (let i = 0; i < n; i++) {
    xs[i] = 2000 + (i * 26) / Math.max(1, n - 1);
    y += rand() - 0.5;
    ys[i] = y;
  }
  return { xs, ys };
}

const nextMessage = () => new Promise((r) => {
  const ch = new MessageChannel();
  ch.port1.onmessage = () => r(performance.now());
  ch.port2.postMessage(0);
});
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));

function makeOurs() {
  const el = document.getElementById('ours');
  el.width = W;
  el.height = H;
  const b = new LineBench(el);
  return (d) => { if (!b.draw(d.xs, d.ys)) throw new Error('ours: no 2D context'); };
}

function makeChartJs() {
  const el = document.getElementById('chartjs');
  const chart = new Chart(el, {
    type: 'line',
    data: { datasets: [{ label: 'series', data: [], borderColor: '#0072b2', borderWidth: 1.5, pointRadius: 0, tension: 0 }] },
    options: {
      animation: false, responsive: false, maintainAspectRatio: false, devicePixelRatio: 1,
      parsing: false, normalized: true, spanGaps: true, events: [], indexAxis: 'x',
      plugins: {
        legend: { display: false }, tooltip: { enabled: false },
        decimation: { enabled: true, algorithm: 'min-max' },
      },
      scales: { x: { type: 'linear', title: { display: true, text: 'x' } }, y: { title: { display: true, text: 'y' } } },
    },
  });
  chart.resize(W, H);
  const draw = (d) => {
    // Chart.js wants {x, y} objects; building them is part of its redraw.
    const pts = new Array(d.xs.length);
    for (let i = 0; i < pts.length; i++) pts[i] = { x: d.xs[i], y: d.ys[i] };
    chart.data.datasets[0].data = pts;
    chart.update('none');
  };
  // Points it drew last time: once decimating, `data` reads the decimated set.
  draw.drawn = () => chart.data.datasets[0].data.length;
  return draw;
}

function makeUplot() {
  const host = document.getElementById('uplot');
  const u = new uPlot({
    width: W, height: H, pxRatio: 1, legend: { show: false }, cursor: { show: false },
    scales: { x: { time: false } },
    axes: [{ label: 'x' }, { label: 'y' }],
    series: [{}, { label: 'series', stroke: '#0072b2', width: 1.5, points: { show: false } }],
  }, [[], []], host);
  return (d) => u.batch(() => u.setData([d.xs, d.ys]));
}

function stats(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: q(0.5), p95: q(0.95), runs: s.length };
}

/**
 * Redraws each chart `reps` times at `n` points, alternating two datasets,
 * one redraw per frame. The libraries take turns redraw by redraw (in a
 * rotating order), so a slower or busier stretch of the run falls on all of
 * them alike. Per redraw: `call` = the synchronous draw call (ms); `frame` =
 * that plus the main thread's work painting the next frame.
 */
window.runLineBench = async (n, reps) => {
  const data = [walk(n, 1), walk(n, 2)];
  const names = Object.keys(libs);
  const call = Object.fromEntries(names.map((k) => [k, []]));
  const frame = Object.fromEntries(names.map((k) => [k, []]));
  for (const name of names) for (let i = 0; i < 10; i++) libs[name](data[i % 2]); // warm-up (JIT, caches)
  await nextFrame();
  for (let i = 0; i < reps; i++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length];
      const t0 = performance.now();
      libs[name](data[i % 2]);
      const t1 = performance.now();
      const f = await nextFrame();
      const t2 = await nextMessage();
      call[name].push(t1 - t0);
      frame[name].push(t1 - t0 + (t2 - f));
    }
  }
  return Object.fromEntries(names.map((k) => [k, {
    call: stats(call[k]), frame: stats(frame[k]), drawn: libs[k].drawn ? libs[k].drawn() : null,
  }]));
};

await init({ module_or_path: './pkg/bench_canvas_bg.wasm' });
// One chart per library for the whole run, as on a page that redraws.
const libs = { ours: makeOurs(), 'Chart.js': makeChartJs(), uPlot: makeUplot() };
window.benchReady = true;
