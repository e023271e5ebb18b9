"""What the tests and the benchmark share about the headless browser: Debian's Chromium,
its flags, and axe-core (the copy pinned by the axe-playwright-python package)."""

from __future__ import annotations

from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
# The machine's network is closed: without the background-networking flags Chromium keeps
# trying to reach Google's hosts.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def axe_script() -> Path:
    import axe_playwright_python

    return Path(axe_playwright_python.__file__).with_name("axe.min.js")


# The axe rules whose outcome depends on colours: the only ones a colour scheme can change.
COLOUR_RULES = ("color-contrast", "link-in-text-block")


def axe_violations(page, rules: tuple[str, ...] | None = None) -> list[str]:
    """axe-core's violations on the settled page (all rules, or only `rules`), one line each:
    rule, count, first node and, for contrast, the colours it measured."""
    # Colours sampled mid-transition are not what a reader sees.
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')", timeout=5000)
    page.add_script_tag(path=str(axe_script()))
    options = {"resultTypes": ["violations"]}
    if rules:
        options["runOnly"] = {"type": "rule", "values": list(rules)}
    return page.evaluate("async (options) => (await axe.run(document, options)).violations"
                         ".map(v => v.id + ' x' + v.nodes.length + ': ' + v.nodes[0].target.join(' ')"
                         " + (v.nodes[0].any.length ? ' ' + JSON.stringify(v.nodes[0].any[0].data) : ''))", options)
