// Runs before the page's body is parsed (a classic script in <head>, so it
// blocks parsing only while it loads beside the stylesheet, which blocks
// painting anyway).
//
// The body starts with the bundled dataset's default page, rendered at build
// time (src/prerender.rs), so that readers see the timeline before the app
// has loaded. Where this visit will show something else, the picture would
// be wrong for a moment, so it is hidden before it paints: a link to a view,
// a statement or a search (a hash), options in the query (an embed, another
// dataset, a theme), or a theme the reader chose before. The app then starts
// as it does without a picture.
(function () {
  var theme = null;
  try {
    theme = window.localStorage.getItem('factline.theme');
  } catch (error) {
    // Storage withheld (privacy settings): no remembered theme.
  }
  if (location.search || location.hash.length > 1 || (theme && theme !== 'auto')) {
    document.documentElement.className += ' no-prerender';
  }
})();
