/*
 * factline's host script: sizes every factline iframe on a page to its
 * content, so readers never see an inner scrollbar.
 *
 *   <iframe src="https://…/factline/embed.html?embed=1" data-factline …></iframe>
 *   <script src="https://…/factline/embed.js" async></script>
 *
 * A factline page in an iframe posts AMP's resize request,
 * {"sentinel":"amp","type":"embed-size","height":px} as a JSON string (so
 * that an AMP page's amp-iframe sizes it with no script of ours), on load
 * and whenever its content changes size. A message is believed only
 * when it comes from one of these iframes' own windows (event.source is its
 * contentWindow), and only when it has exactly that shape; messages from
 * every other window are ignored. The window, not the origin string, is what
 * is checked: a CMS that sandboxes the frame without allow-same-origin (as
 * WordPress does with providers it does not trust) gives it an opaque origin,
 * and its messages come from "null". The first message a frame sends is
 * answered with "factline:host" from this page's origin, so that the frame
 * sends its heights to this origin alone. No dependencies.
 */
(function () {
  'use strict';

  var MAX_HEIGHT = 100000;

  function heightIn(data) {
    if (typeof data !== 'string' || data.charAt(0) !== '{') return null;
    var message;
    try {
      message = JSON.parse(data);
    } catch (error) {
      return null;
    }
    if (!message || message.sentinel !== 'amp' || message.type !== 'embed-size') return null;
    var height = message.height;
    if (typeof height !== 'number' || !(height >= 0) || height > MAX_HEIGHT) return null;
    return Math.ceil(height);
  }

  window.addEventListener('message', function (event) {
    var height = heightIn(event.data);
    if (height === null) return;
    var frames = document.querySelectorAll('iframe[data-factline]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source) {
        frame.style.height = height + 'px';
        if (!frame.factlineGreeted) {
          frame.factlineGreeted = true;
          // A sandboxed frame's origin cannot be named ("null" is refused as
          // a target), so its greeting goes to whichever page the frame
          // holds; it says no more than the frame can read from its referrer.
          event.source.postMessage('factline:host', event.origin === 'null' ? '*' : event.origin);
        }
        return;
      }
    }
  });
})();
