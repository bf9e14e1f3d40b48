// Shows the page's build-time picture where this visit starts on the page it
// pictures. Inline in <head> (scripts/finish-html.mjs puts it there, allowed
// by its hash): it runs before the body is parsed, so the picture is in the
// page's first paint, and nothing is fetched before that paint.
//
// The body starts with the bundled dataset's default page, rendered at build
// time (src/prerender.rs) and hidden by the stylesheet, so that readers see
// the timeline before the app has loaded. It is shown only when nothing in
// the address or in the reader's settings makes the page start elsewhere: a
// link to a view, a statement or a search (a hash), options in the query (an
// embed, another dataset, a theme), or a theme the reader chose before. So
// the picture is never wrong, only sometimes absent (also if this script
// does not load); the app then starts as it does without one. Without
// scripts, static/noscript.css shows it.
//
// embed.html (data-prerender="embed" on its root) pictures the embed instead,
// and so only the visits whose query is exactly "embed=1"; an embed follows
// its host, not a remembered theme.
//
// An embed whose files cannot load never starts: a CMS's sandbox gives the
// frame an opaque origin, and a site that sends no CORS headers then refuses
// it the page's scripts and wasm. Its picture, which nothing would size or
// make work, gives way to the note in the app's element, which fits the
// frame and links to the full page. That is decided when one of the page's
// scripts or preloads fails, while the page loads or the picture is there
// (the app removes both the picture and the note when it starts).
//
// A visit with `?data=` starts fetching that dataset here, at once, while
// the page's wasm downloads and compiles (a preload, which the app's own
// fetch of the same address takes up), where the app would read it: from
// the page's own site or one its Content-Security-Policy lets it connect
// to (src/services/dataset.rs checks the same, and says why it refuses
// anything else; a fetch the policy forbids would only add an error).

(function () {
  var root = document.documentElement;
  var query = location.search;
  var dataLink = null;
  var shown;
  if (root.getAttribute('data-prerender') === 'embed') {
    shown = query === '?embed=1';
    window.addEventListener(
      'error',
      function (event) {
        var tag = event.target && event.target.tagName;
        var starting = document.readyState === 'loading' || document.getElementById('prerender');
        if ((tag === 'SCRIPT' || tag === 'LINK') && event.target !== dataLink && starting) {
          root.className = root.className.replace(' prerender-shown', '') + ' embed-unloadable';
        }
      },
      true,
    );
  } else if (query) {
    // Options in the query start the page elsewhere: no need to read the
    // storage, whose first read in a visit can take milliseconds.
    shown = false;
  } else {
    var theme = null;
    try {
      theme = window.localStorage.getItem('factline.theme');
    } catch (error) {
      // Storage withheld (privacy settings): no remembered theme.
    }
    shown = !theme || theme === 'auto';
  }
  if (shown && location.hash.length <= 1) {
    root.className += ' prerender-shown';
  }
  try {
    var data = new URLSearchParams(query).get('data');
    var url = data && new URL(data, location.href);
    var policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    var connect = (policy ? policy.content : '').match(/connect-src ([^;]*)/);
    var sites = connect ? connect[1].split(' ') : [];
    if (
      url &&
      /^https?:$/.test(url.protocol) &&
      (url.origin === new URL(location.href).origin || sites.indexOf(url.origin) >= 0)
    ) {
      dataLink = document.createElement('link');
      dataLink.rel = 'preload';
      dataLink.as = 'fetch';
      dataLink.crossOrigin = 'anonymous';
      dataLink.href = url.href;
      document.head.appendChild(dataLink);
    }
  } catch (error) {
    // An address the page cannot parse: the app says so.
  }
})();
