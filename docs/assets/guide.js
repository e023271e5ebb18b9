// Accessibility repairs for elements the theme creates in the browser.
// - Material wraps each code block's copy button in an unnamed <nav>; a page with
//   several code blocks then has several identical navigation landmarks (axe:
//   landmark-unique). The buttons need no landmark: mark the wrapper as none.
// - Wide tables are wrapped in a scrolling box, which keyboard users must be able
//   to focus to scroll (axe: scrollable-region-focusable).
// The theme adds these elements after load (and again on instant navigation, if it
// is ever switched on), so a mutation observer repairs them, at most once per frame.
(function () {
  var pending = false;
  function repair() {
    pending = false;
    document.querySelectorAll("nav.md-code__nav:not([role])").forEach(function (nav) {
      nav.setAttribute("role", "none");
    });
    document.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])").forEach(function (box) {
      box.setAttribute("tabindex", "0");
    });
  }
  new MutationObserver(function () {
    if (!pending) {
      pending = true;
      requestAnimationFrame(repair);
    }
  }).observe(document.body, { childList: true, subtree: true });
  requestAnimationFrame(repair);
})();
