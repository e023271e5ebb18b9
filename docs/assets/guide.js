// Accessibility repairs for elements the theme creates in the browser.
// Material wraps each code block's copy button in an unnamed <nav>; a page with
// several code blocks then has several identical navigation landmarks (axe:
// landmark-unique). The buttons need no landmark: mark the wrapper as none.
// Wide tables are wrapped in a scrolling box, which keyboard users must be able
// to focus to scroll (axe: scrollable-region-focusable).
(function () {
  function repair(root) {
    root.querySelectorAll("nav.md-code__nav:not([role])").forEach(function (nav) {
      nav.setAttribute("role", "none");
    });
    root.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])").forEach(function (box) {
      box.setAttribute("tabindex", "0");
    });
  }
  new MutationObserver(function () { repair(document); })
    .observe(document.documentElement, { childList: true, subtree: true });
  repair(document);
})();
