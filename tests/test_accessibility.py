"""axe finds nothing on any page, in either colour scheme, nor in the practice features' states.

axe-core comes from the pinned axe-playwright-python package (its bundled axe.min.js).
"""

from __future__ import annotations

import concurrent.futures
import json
import queue

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


def sweep(base_url: str, tasks: queue.Queue) -> dict:
    """Take (page, scheme) tasks until none is left, in a browser of this thread's own."""
    from playwright.sync_api import sync_playwright

    report = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        pages = {scheme: browser.new_context(color_scheme=scheme).new_page() for scheme in ("light", "dark")}
        while True:
            try:
                path, scheme = tasks.get_nowait()
            except queue.Empty:
                break
            page = pages[scheme]
            page.goto(base_url + path, wait_until="load")
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
            found = violations(page, None if scheme == "light" else COLOUR_RULES)
            if found:
                report[f"{path} ({scheme})"] = found
        browser.close()
    return report


def test_no_axe_violation_on_any_page(site):
    """Every page in both schemes: every rule in the light scheme; in the dark one, where only
    colours differ, the rules that depend on colour (the others give the same result). Two
    browsers share the work (the notebook pages, the slowest, first)."""
    pages = all_pages(site)
    assert len(pages) >= 10
    tasks = queue.Queue()
    for path in sorted(pages, key=lambda p: not p.startswith("notebooks/")):
        for scheme in ("light", "dark"):
            tasks.put((path, scheme))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        workers = [pool.submit(sweep, site["url"], tasks) for _ in range(2)]
        report = {k: v for w in workers for k, v in w.result().items()}
    assert tasks.empty()
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
