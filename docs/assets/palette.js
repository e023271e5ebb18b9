// The colour-scheme toggle in the header (see overrides/partials/palette.html).
// A click on the shown icon checks the next option; Enter does the same from the
// keyboard; "follow the system" follows the system's setting while the page is open.
(function () {
  var form = document.querySelector("form[data-guide-palette]");
  if (!form || !window.__guide_palette) return;
  var inputs = [].slice.call(form.querySelectorAll("input[name=__palette]"));

  function choose(index) {
    // The theme's rule: no colour transitions while the scheme switches.
    document.body.setAttribute("data-md-color-switching", "");
    __md_set("__palette", __guide_palette(index));
    requestAnimationFrame(function () {
      setTimeout(function () { document.body.removeAttribute("data-md-color-switching"); });
    });
  }

  form.addEventListener("change", function (event) {
    choose(inputs.indexOf(event.target));
  });
  form.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    var next = inputs[(inputs.indexOf(document.activeElement) + 1) % inputs.length];
    event.preventDefault();
    next.click();
    next.focus();
  });
  matchMedia("(prefers-color-scheme: light)").addEventListener("change", function () {
    var current = inputs.filter(function (input) { return input.checked; })[0];
    if (current && current.getAttribute("data-md-color-media") === "(prefers-color-scheme)") {
      choose(inputs.indexOf(current));
    }
  });
})();
