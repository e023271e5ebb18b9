"""axe finds nothing on any page, in either colour scheme, nor in the practice features' states.

axe-core comes from the pinned axe-playwright-python package (its bundled axe.min.js).
"""

from __future__ import annotations

import json

import pytest

from guidebuild.browser_checks import axe_violations as violations

pytestmark = pytest.mark.browser



def all_pages(site) -> list[str]:
    pages = []
    for html in sorted(site["dir"].rglob("*.html")):
        rel = html.relative_to(site["dir"]).as_posix()
        pages.append(rel.removesuffix("index.html"))
    return pages


def sample_pages(site) -> list[str]:
    """One page of each kind: every section's first page and every notebook page's first."""
    seen, out = set(), []
    for path in all_pages(site):
        kind = "/".join(path.split("/")[:2]) if path.startswith("building-blocks/") else path.split("/")[0]
        if kind not in seen:
            seen.add(kind)
            out.append(path)
    return out


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violation_on_any_page(browser, site, scheme):
    """Every page in the light scheme; in the dark scheme, where only colours differ, one page
    of each kind (each section, a walkthrough, a notebook, a primer of each family)."""
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    report = {}
    pages = all_pages(site) if scheme == "light" else sample_pages(site)
    assert len(pages) >= 10
    for path in pages:
        page.goto(site["url"] + path, wait_until="load")
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        page.wait_for_timeout(50)
        found = violations(page)
        if found:
            report[path] = found
    context.close()
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
