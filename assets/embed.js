/*
 * Two Economies embed helper. Include once on a page that embeds the
 * explainer:
 *
 *   <iframe src="https://…/?embed=valuation-pe" data-two-economies width="100%"
 *     height="560" style="border:0" loading="lazy" title="…"></iframe>
 *   <script src="https://…/embed.js" async></script>
 *
 * It sizes every <iframe data-two-economies> to its content. It only accepts
 * {type: "two-economies:resize", height: <number>} from the window inside such
 * an iframe, sent from the origin of that iframe's src; it reads nothing else
 * and sends nothing. Without it the iframe keeps its fixed height.
 */
(function () {
  'use strict';
  if (window.twoEconomiesEmbed) return; // included twice
  window.twoEconomiesEmbed = true;

  // The whole story is about 21,000 px tall on a desktop and 31,000 px on a
  // phone: the bound only stops absurd values.
  var MIN = 100;
  var MAX = 50000;

  function originOf(url) {
    try {
      return new URL(url, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'two-economies:resize') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return;
    var frames = document.querySelectorAll('iframe[data-two-economies]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (!event.source || frame.contentWindow !== event.source) continue;
      if (originOf(frame.src) !== event.origin) return;
      frame.style.height = Math.round(Math.min(MAX, Math.max(MIN, height))) + 'px';
      return;
    }
  });
})();
