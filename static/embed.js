/*
 * factline's host script: sizes every factline iframe on a page to its
 * content, so readers never see an inner scrollbar; scrolls the page to
 * what a reader opens inside one; and gives links to a statement as links
 * to this page.
 *
 *   <iframe src="https://…/factline/embed.html?embed=1" data-factline …></iframe>
 *   <script src="https://…/factline/embed.js" async></script>
 *
 * A factline page in an iframe posts AMP's resize request,
 * {"sentinel":"amp","type":"embed-size","height":px} as a JSON string (so
 * that an AMP page's amp-iframe sizes it with no script of ours), on load
 * and whenever its content changes size; a frame marked
 * data-factline="fixed" keeps the height it was given, and its content
 * scrolls inside it. When the reader opens something in the frame (a
 * speaker, a statement, a passage of the text), it posts pym.js's
 * "pymxPYMx{id}xPYMxscrollToChildPosxPYMx{px}", the offset of what opened
 * below the frame's top, and this page scrolls it into view.
 *
 * A message is believed only when it comes from one of these iframes' own
 * windows (event.source is its contentWindow), and only when it has exactly
 * one of those shapes; messages from every other window are ignored. The
 * window, not the origin string, is what is checked: a CMS that sandboxes
 * the frame without allow-same-origin (as WordPress does with providers it
 * does not trust) gives it an opaque origin, and its messages come from
 * "null". The first message a frame sends is answered with "factline:host "
 * and this page's address (without its hash) from this page's origin, so
 * that the frame sends its messages to this origin alone and copies links
 * to a statement as this page's address with "#factline=ARTICLE/ID".
 * Opening such an address scrolls this page to the (first) frame and shows
 * the statement in it. No dependencies.
 */
(function () {
  'use strict';

  // Two snippets on one page load this script twice; one copy does the work.
  if (window.factlineHostScript) return;
  window.factlineHostScript = true;

  var MAX_HEIGHT = 100000;
  // The frame drops longer messages unread (src/services/embed.rs).
  var MAX_GREETING = 2048;

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

  // The offset of pym's scrollToChildPos, whatever the id: these frames
  // were not made by pym.js, and the id is empty.
  function offsetIn(data) {
    if (typeof data !== 'string') return null;
    var parts = data.split('xPYMx');
    if (parts.length !== 4 || parts[0] !== 'pym' || parts[2] !== 'scrollToChildPos') return null;
    if (!/^\d{1,6}$/.test(parts[3])) return null;
    return Number(parts[3]);
  }

  // Brings the point `offset` below the frame's top into view: left alone
  // when it is in the upper half of the window already, else scrolled to an
  // eighth of the window's height from the top, clear of a sticky header.
  function scrollTo(frame, offset) {
    var top = frame.getBoundingClientRect().top + offset;
    if (top < 0 || top > window.innerHeight / 2) window.scrollBy(0, top - window.innerHeight / 8);
  }

  // Shows the statement this page's address asked for in its frame: a
  // change of the frame's hash only, which its page hears without reloading.
  function openStatement(frame) {
    var statement = frame.factlineStatement;
    frame.factlineStatement = null;
    frame.contentWindow.location.replace(frame.src.split('#')[0] + '#statement=' + statement);
  }

  // An address such as story.html#factline=ARTICLE/ID, a link a reader
  // copied in the frame, scrolls the page to the frame (which also starts
  // a lazy frame's loading) and opens the statement once the frame speaks.
  function openFromAddress() {
    var match = /[#&]factline=([^&]+)/.exec(location.hash);
    var frame = document.querySelector('iframe[data-factline]');
    if (!match || !frame) return;
    frame.scrollIntoView();
    frame.factlineStatement = match[1];
    if (frame.factlineGreeted) openStatement(frame);
  }

  function greeting() {
    var page = location.href.split('#')[0];
    if (page.length > MAX_GREETING - 20) page = location.origin + location.pathname;
    return 'factline:host ' + page;
  }

  window.addEventListener('message', function (event) {
    var height = heightIn(event.data);
    var offset = height === null ? offsetIn(event.data) : null;
    if (height === null && offset === null) return;
    var frames = document.querySelectorAll('iframe[data-factline]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source) {
        if (height !== null) {
          // A frame whose height became fixed goes back to its own.
          frame.style.height = frame.getAttribute('data-factline') === 'fixed' ? '' : height + 'px';
        }
        if (offset !== null) scrollTo(frame, offset);
        if (!frame.factlineGreeted) {
          frame.factlineGreeted = true;
          // A sandboxed frame's origin cannot be named ("null" is refused as
          // a target), so its greeting goes to whichever page the frame
          // holds: the page that just spoke from it.
          event.source.postMessage(greeting(), event.origin === 'null' ? '*' : event.origin);
          if (frame.factlineStatement) openStatement(frame);
        }
        return;
      }
    }
  });
  window.addEventListener('hashchange', openFromAddress);
  openFromAddress();
})();
