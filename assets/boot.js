// Runs before the wasm, as a file (a strict Content-Security-Policy allows no
// inline script).
(function () {
  // ?theme=light|dark before the first paint (the app applies it again), so
  // an embed on a dark page does not flash white while it loads.
  var theme = null;
  location.search.slice(1).split('&').forEach(function (pair) {
    if (pair === 'theme=light' || pair === 'theme=dark') theme = pair.slice(6);
    else if (pair === 'theme=auto') theme = null;
  });
  if (theme) document.documentElement.setAttribute('data-theme', theme);

  // A clear message if WebAssembly is missing, fails to load, or traps later
  // (a Rust panic aborts as `unreachable`): it replaces the app, which can no
  // longer respond, and offers a reload.
  var started = false;
  function fail() {
    var boot = document.getElementById('boot');
    var box = document.getElementById('boot-error');
    var root = document.getElementById('root');
    if (boot) boot.hidden = true;
    if (root) root.hidden = true;
    if (box) {
      box.hidden = false;
      var reload = document.getElementById('boot-reload');
      if (reload) reload.focus();
    }
  }
  addEventListener('TrunkApplicationStarted', function () { started = true; });
  addEventListener('unhandledrejection', function () { if (!started) fail(); });
  addEventListener('error', function (e) {
    if (!started || /unreachable|RuntimeError/.test(String(e.message))) fail();
  }, true);
  addEventListener('DOMContentLoaded', function () {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') fail();
    var reload = document.getElementById('boot-reload');
    if (reload) reload.addEventListener('click', function () { location.reload(); });
  });
})();
