"""Pages in a real headless Chromium (Debian's), in both colour schemes."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser
PAGES = ["", "walkthroughs/webhook-delivery/", "notebooks/webhook-delivery/"]


def open_page(browser, site, path: str, scheme: str):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems = {"external": [], "failed": [], "console": []}
    origin = urlparse(site["url"]).netloc
    page.on("request", lambda r: urlparse(r.url).netloc not in ("", origin) and not r.url.startswith("data:")
            and problems["external"].append(r.url))
    page.on("requestfailed", lambda r: problems["failed"].append(f"{r.url} {r.failure}"))
    page.on("response", lambda r: r.status >= 400 and problems["failed"].append(f"{r.url} {r.status}"))
    page.on("console", lambda m: m.type == "error" and problems["console"].append(m.text))
    page.on("pageerror", lambda e: problems["console"].append(str(e)))
    page.goto(site["url"] + path, wait_until="load")
    return context, page, problems


def scroll_through(page):
    height = page.evaluate("document.body.scrollHeight")
    for y in range(0, height + 900, 700):
        page.evaluate(f"window.scrollTo(0, {y})")
        page.wait_for_timeout(30)
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_page_loads_cleanly(browser, site, path, scheme):
    context, page, problems = open_page(browser, site, path, scheme)
    try:
        scroll_through(page)
        assert problems == {"external": [], "failed": [], "console": []}
        body_scheme = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        assert body_scheme == ("slate" if scheme == "dark" else "default")
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_diagram_and_icon_decodes(browser, site, scheme):
    context, page, _ = open_page(browser, site, PAGES[1], scheme)
    try:
        # Diagrams sit in folded answers: open them as a reader would, then scroll.
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        scroll_through(page)
        page.wait_for_function("""() => [...document.querySelectorAll('img.guide-diagram')]
            .filter(img => img.offsetParent !== null).every(img => img.complete && img.naturalWidth > 0)""",
                               timeout=10_000)
        shown = page.evaluate("""() => [...document.querySelectorAll('img.guide-diagram')]
            .filter(img => img.offsetParent !== null)
            .map(img => ({src: img.currentSrc, w: img.naturalWidth, done: img.complete}))""")
        assert len(shown) >= 2
        for img in shown:
            assert img["done"] and img["w"] > 0, img
            assert f"-{scheme}.svg" in img["src"]
        for img in shown:
            svg = page.evaluate("async (u) => (await fetch(u)).text()", img["src"])
            icons = re.findall(r'xlink:href="(data:image/[^"]+)"', svg)
            assert icons
            widths = page.evaluate("""async (uris) => Promise.all(uris.map(u => new Promise(ok => {
                const i = new Image(); i.onload = () => ok(i.naturalWidth); i.onerror = () => ok(0); i.src = u; })))""", icons)
            assert all(w > 0 for w in widths), widths
    finally:
        context.close()


def test_scheme_toggle_changes_the_background(browser, site):
    context, page, problems = open_page(browser, site, PAGES[1], "light")
    try:
        background = "getComputedStyle(document.body).backgroundColor"
        before = page.evaluate(background)
        seen = {before}
        for _ in range(3):
            page.locator("form[data-guide-palette] label:visible").first.click()
            page.wait_for_timeout(150)
            seen.add(page.evaluate(background))
        assert len(seen) >= 2, seen
        assert problems["console"] == []
    finally:
        context.close()


def test_scheme_choice_is_kept_and_follow_the_system_follows_it(browser, site):
    """The toggle (overrides/partials/palette.html, assets/palette.js): a choice survives a reload
    and another page; "follow the system" tracks a change of the system's setting while open."""
    context, page, problems = open_page(browser, site, PAGES[1], "light")
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    shown = "form[data-guide-palette] label:visible"
    try:
        assert page.evaluate(scheme) == "default"
        assert page.locator(shown).get_attribute("title") == "Switch to light mode"  # following the system
        page.emulate_media(color_scheme="dark")
        page.wait_for_function(f"{scheme} === 'slate'")
        page.emulate_media(color_scheme="light")
        page.wait_for_function(f"{scheme} === 'default'")
        page.locator(shown).click()  # to light
        page.locator(shown).click()  # to dark, whatever the system says
        assert page.evaluate(scheme) == "slate"
        page.goto(site["url"] + PAGES[2])
        assert page.evaluate(scheme) == "slate"
        assert page.locator(shown).get_attribute("title") == "Switch to system preference"
        assert page.evaluate("document.querySelector('meta[name=color-scheme]').content") == "dark"
        page.locator("input#__palette_2").focus()
        page.keyboard.press("Enter")  # the keyboard moves on to the next option, like a click
        assert page.evaluate(scheme) == "default"
        assert page.evaluate("__md_get('__palette').index") == 0
        assert problems["console"] == []
    finally:
        context.close()


def test_search_finds_a_walkthrough_by_a_term_from_deep_in_an_answer(browser, site):
    """The trimmed index still finds a section by a word that is not in its readable lead
    (a word no other page uses, so the walkthrough is the result, not one of many)."""
    index = __import__("json").loads((site["dir"] / "search/search_index.json").read_text())
    pages_with = {}
    for d in index["docs"]:
        for word in d["text"].lower().split():
            pages_with.setdefault(word, set()).add(d["location"].split("#")[0])
    term = next(t for d in index["docs"] if d["location"].startswith("walkthroughs/webhook-delivery/#") and " … " in d["text"]
                for t in d["text"].split(" … ")[1].split()
                if t.isalpha() and len(t) > 6 and t not in d["text"].split(" … ")[0].lower()
                and pages_with[t] == {"walkthroughs/webhook-delivery/"})
    context, page, problems = open_page(browser, site, "", "light")
    index_requests = []
    page.on("request", lambda r: "search_index" in r.url and index_requests.append(r.url))
    page.wait_for_timeout(1500)
    assert index_requests == [], "the index waits for the reader's first search"
    page.fill("input[data-md-component=search-query]", term)
    page.wait_for_selector(".md-search-result__link[href*='walkthroughs/webhook-delivery/']", timeout=20000)
    context.close()
    assert len(index_requests) == 1 and problems["console"] == []


def test_a_page_opened_from_a_search_highlights_the_terms_at_once(browser, site):
    """A result link carries ?h=: that page needs the index straight away, before any focus."""
    context, page, problems = open_page(browser, site, PAGES[1] + "?h=idempotency", "light")
    try:
        page.wait_for_selector("mark[data-md-highlight]", timeout=20000)
        assert "idempotency" in page.inner_text("mark[data-md-highlight]").lower()
        assert problems["console"] == []
    finally:
        context.close()


@pytest.mark.parametrize("path", ["", "walkthroughs/webhook-delivery/"])
def test_reading_pages_do_not_download_the_practice_data(browser, site, path):
    """Only the practice pages and calculators need practice/data.json (every question and card)."""
    context, page, problems = open_page(browser, site, path, "light")
    requested = []
    page.on("request", lambda r: requested.append(urlparse(r.url).path))
    page.reload(wait_until="networkidle")
    assert page.locator(".guide-practised").count() == (1 if path else 0)  # the button still appears
    context.close()
    assert not any(p.endswith("practice/data.json") for p in requested)
    assert problems["console"] == []
