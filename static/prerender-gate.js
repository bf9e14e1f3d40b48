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
(function () {
  var root = document.documentElement;
  var shown;
  if (root.getAttribute('data-prerender') === 'embed') {
    shown = location.search === '?embed=1';
    window.addEventListener(
      'error',
      function (event) {
        var tag = event.target && event.target.tagName;
        var starting = document.readyState === 'loading' || document.getElementById('prerender');
        if ((tag === 'SCRIPT' || tag === 'LINK') && starting) {
          root.className = root.className.replace(' prerender-shown', '') + ' embed-unloadable';
        }
      },
      true,
    );
  } else {
    var theme = null;
    try {
      theme = window.localStorage.getItem('factline.theme');
    } catch (error) {
      // Storage withheld (privacy settings): no remembered theme.
    }
    shown = !location.search && (!theme || theme === 'auto');
  }
  if (shown && location.hash.length <= 1) {
    root.className += ' prerender-shown';
  }
})();
