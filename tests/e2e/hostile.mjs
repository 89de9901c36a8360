// Random and hostile query strings for the browser fault test: special
// floats, huge lengths, unicode, repeated keys, markup and script, broken
// percent-encoding. Deterministic (seeded) so a failure can be replayed.
//
// Each case also carries one valid pair (`keep`) at a random position; the
// app must apply it whatever the junk around it holds.

/** A small seeded PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (xs) => xs[int(xs.length)] };
}

// Every payload that runs sets window.__pwned, so the test can tell.
export const MARKUP = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
  'javascript:window.__pwned=1',
  '%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
  '%22%3E%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '<b>bold</b>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '</textarea><script>window.__pwned=1</script>',
  '<a href="javascript:window.__pwned=1">x</a>',
];

const NUMBERS = [
  'NaN', 'nan', '-NaN', 'inf', '-inf', 'Infinity', '-Infinity', '+Infinity', '1e309', '-1e309',
  '1e-400', '4.9e-324', '1.7976931348623157e308', '0x10', '0b1', '1_000', '1,5', '0.3.4', '1e', 'e5',
  '.', '-', '--1', '+-1', '', ' ', '%20', '1%00', '１', '٣', '0.５', '1e+', '∞', '-0', '00000.1',
  '9'.repeat(400), `0.${'0'.repeat(500)}1`, '1'.padEnd(5000, '0'), '-9e99999', 'true', 'null', 'undefined',
];

/** Values no parser may accept as a finite number. */
const INVALID = [
  'NaN', 'nan', 'inf', '-inf', 'Infinity', '-Infinity', '1e309', '-1e309', '', '0x10', '1,5', '0.3.4',
  '∞', '１', 'e5', '.', '-', '🚀', ...MARKUP,
];

const UNICODE = [
  '🚀', '👨‍👩‍👧', '\u202e0.3', '\u200b0.1', 'e\u0301', '中文', 'العربية', '\ufeff', '\ud800', '%ED%A0%80',
  '%E0%A4%A', '%', '%%', '%zz', '%C0%AF', '%FF%FE', '\u0000', '%00', 'ǅ', 'ﬃ',
];

/** Percent-encodes some characters (as a browser or a careless host might). */
function maybeEncode(r, s) {
  const k = r.int(3);
  if (k === 0) return s;
  if (k === 1) {
    try { return encodeURIComponent(s); } catch { return s; }
  }
  return s.replace(/[<>" ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function junkValueOf(r, long = true) {
  switch (r.int(6)) {
    case 0: return r.pick(NUMBERS);
    case 1: return r.pick(MARKUP);
    case 2: return r.pick(UNICODE);
    case 3: return String(r.next() * 10 ** (r.int(40) - 20) * (r.int(2) ? -1 : 1));
    case 4: {
      let s = '';
      const n = r.int(30);
      for (let i = 0; i < n; i++) s += String.fromCharCode(32 + r.int(0x2fff));
      return s;
    }
    // Now and then a huge value (up to 200,000 characters).
    default: return 'x'.repeat(long && r.int(8) === 0 ? 20000 + r.int(180000) : r.int(50));
  }
}

/**
 * A junk key that can never name a real parameter, even once decoded: it
 * starts with something other than a letter or `%`, or is a real key in the
 * wrong case or with a suffix.
 */
function junkKey(r, realKeys) {
  switch (r.int(5)) {
    case 0: return r.pick(['_', '0', '$', '-', '.', '[', '(', '~']) + r.pick(realKeys);
    case 1: return r.pick(realKeys).toUpperCase() + (r.int(2) ? '' : '!');
    case 2: return `${r.pick(realKeys)}${r.pick(['[]', '.x', '_', ' ', '%20', '\u200b', '2'])}`;
    case 3: return r.pick(['1', '🚀', '<script>', '"', "'", '=', '&&']) + r.pick(MARKUP);
    default: return `_${junkValueOf(r, false).slice(0, 30)}`;
  }
}

/**
 * `n` cases: { query (without `?`), keep: { key, value } }. `specs` maps each
 * real key to { min, max, step }; `others` are the app's other keys (lang,
 * a, embed, ...), which get junk values too.
 */
export function hostileQueries(specs, n, seed = 20261202) {
  const r = rng(seed);
  const realKeys = Object.keys(specs);
  const out = [];
  for (let i = 0; i < n; i++) {
    const key = r.pick(realKeys);
    const s = specs[key];
    const steps = Math.max(0, Math.round((s.max - s.min) / s.step));
    const value = Number((s.min + s.step * r.int(steps + 1)).toFixed(10));
    const pairs = [];
    // Mostly a few pairs; one case in eight has hundreds (short values then).
    const many = r.int(8) === 0;
    const count = many ? 100 + r.int(900) : r.int(12);
    const junkValue = (r) => junkValueOf(r, !many);
    for (let j = 0; j < count; j++) {
      const mode = r.int(9);
      if (mode === 8) {
        // The kept key again, with a value that must be ignored.
        pairs.push(`${key}=${maybeEncode(r, r.pick(INVALID))}`);
      } else if (mode === 0) {
        // Another real key with a hostile value (it must be ignored or clamped).
        const other = realKeys.filter((k) => k !== key);
        pairs.push(`${r.pick(other)}=${maybeEncode(r, junkValue(r))}`);
      } else if (mode === 1) {
        // The app's other keys with junk.
        pairs.push(`${r.pick(['lang', 'a', 'embed', 'controls', 'theme', 'present'])}=${maybeEncode(r, junkValue(r))}`);
      } else if (mode === 2) {
        // Scenario A in its compact form, with junk inside.
        const other = r.pick(realKeys);
        pairs.push(`a=${other}:${r.pick(NUMBERS)},${r.pick(MARKUP)}:1,${r.pick(realKeys)}:${junkValue(r).slice(0, 40)}`);
      } else if (mode === 3) {
        pairs.push(r.pick(['', '&', '=', '==', '=x', 'x==y', '?', '#', 'a', `${junkKey(r, realKeys)}`]));
      } else if (mode === 4) {
        // Repeated junk keys.
        const k = junkKey(r, realKeys);
        for (let t = 0; t < 1 + r.int(20); t++) pairs.push(`${k}=${r.pick(NUMBERS)}`);
      } else {
        pairs.push(`${maybeEncode(r, junkKey(r, realKeys))}=${maybeEncode(r, junkValue(r))}`);
      }
    }
    // Junk must never contain a '#' (it would end the query) unless encoded.
    const clean = pairs.map((p) => p.replace(/#/g, '%23'));
    clean.splice(r.int(clean.length + 1), 0, `${key}=${value}`);
    out.push({ query: clean.join('&'), keep: { key, value } });
  }
  return out;
}
