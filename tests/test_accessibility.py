"""axe finds nothing on any page, in either colour scheme, nor in the practice features' states.

axe-core comes from the pinned axe-playwright-python package (its bundled axe.min.js).
"""

from __future__ import annotations

import concurrent.futures
import json

import pytest

from guidebuild.browser_checks import CHROMIUM, CHROMIUM_ARGS, COLOUR_RULES
from guidebuild.browser_checks import axe_violations as violations

pytestmark = pytest.mark.browser


def all_pages(site) -> list[str]:
    pages = []
    for html in sorted(site["dir"].rglob("*.html")):
        rel = html.relative_to(site["dir"]).as_posix()
        pages.append(rel.removesuffix("index.html"))
    return pages


def sweep(base_url: str, pages: list[str], scheme: str, rules) -> dict:
    """axe on every page in one colour scheme, in a browser of this thread's own."""
    from playwright.sync_api import sync_playwright

    report = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_context(color_scheme=scheme).new_page()
        for path in pages:
            page.goto(base_url + path, wait_until="load")
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
            page.wait_for_timeout(50)
            found = violations(page, rules)
            if found:
                report[f"{path} ({scheme})"] = found
        browser.close()
    return report


def test_no_axe_violation_on_any_page(site):
    """Every page in both schemes: every rule in the light scheme; in the dark one, where only
    colours differ, the rules that depend on colour (the others give the same result). The two
    sweeps run side by side, each in its own browser."""
    pages = all_pages(site)
    assert len(pages) >= 10
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        light = pool.submit(sweep, site["url"], pages, "light", None)
        dark = pool.submit(sweep, site["url"], pages, "dark", COLOUR_RULES)
        report = {**light.result(), **dark.result()}
    assert report == {}, json.dumps(report, indent=1)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violation_in_the_practice_features(browser, site, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 390, "height": 844})  # a phone
    page = context.new_page()
    report = {}
    page.goto(site["url"] + "practice/mock/?speed=1200")
    page.click("text=Start the interview")
    page.wait_for_selector(".guide-mock-twist:not([hidden])", timeout=8000)
    report["mock running, twist shown"] = violations(page)
    page.click("[data-act=end]")
    report["grading form"] = violations(page)
    for fieldset in page.query_selector_all(".guide-grade-dimension"):
        fieldset.query_selector("input[value='1']").check()
    page.locator(".guide-grade-level input").first.check()
    page.click("text=Save the attempt")
    report["attempt saved"] = violations(page)
    page.goto(site["url"] + "practice/history/")
    report["history with an attempt"] = violations(page)
    page.goto(site["url"] + "practice/review/")
    page.click("[data-act=show]")
    report["review card, answer shown"] = violations(page)
    page.evaluate("localStorage.setItem('guide-practice', 'corrupt')")
    page.reload()
    report["notice about unreadable data"] = violations(page)
    context.close()
    assert {k: v for k, v in report.items() if v} == {}
