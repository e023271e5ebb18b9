"""The practice features, clicked through in headless Chromium."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    errors = []
    pg.on("console", lambda m: m.type == "error" and errors.append(m.text))
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.base = site["url"]
    yield pg
    context.close()
    assert errors == []


def test_mock_interview_from_start_to_history(page):
    # 600x: one real second is ten interview minutes.
    page.goto(page.base + "practice/mock/?speed=600")
    page.wait_for_selector(".guide-mock-setup")
    page.select_option("#guide-mock-track", "swe")
    page.locator("input[name=minutes][value='60']").check()
    page.click("text=Start the interview")
    assert page.inner_text(".guide-mock-prompt").strip()
    first_phase = page.inner_text(".guide-mock-phase")
    assert first_phase.startswith("By the clock: Confirm the goal")
    page.wait_for_function("document.querySelector('.guide-mock-phase').textContent.includes('Requirements')", timeout=5000)
    page.wait_for_selector(".guide-mock-warn:not([hidden])", timeout=5000)  # still on phase 1: it ran over
    assert "Confirm the goal has run over its budget" in page.inner_text(".guide-mock-warn")
    page.click("[data-act=next]")
    assert "Requirements" in page.inner_text(".guide-mock-mine")
    page.wait_for_selector(".guide-mock-twist:not([hidden])", timeout=6000)
    twist = page.inner_text(".guide-mock-twist-text")
    assert twist
    page.fill("#guide-mock-notes", "queue per tenant")
    page.click("[data-act=end]")
    for fieldset in page.query_selector_all(".guide-grade-dimension"):
        fieldset.query_selector("input[value='2']").check()
    page.locator(".guide-grade-level input").first.check()
    assert twist in page.inner_text("details.twist summary")
    page.click("text=Save the attempt")
    assert "Attempt saved" in page.inner_text(".guide-mock-done")
    page.goto(page.base + "practice/history/")
    row = page.inner_text("table.guide-history tbody tr")
    assert twist in row and "/ " in row
    stored = json.loads(page.evaluate("localStorage.getItem('guide-practice')"))
    assert stored["attempts"][0]["notes"] == "queue per tenant"
    assert all(s["score"] == 2 for s in stored["attempts"][0]["scores"])


def test_a_45_minute_round_scales_the_phases(page):
    page.goto(page.base + "practice/mock/")
    page.wait_for_selector(".guide-mock-setup")
    page.locator("input[name=minutes][value='45']").check()
    page.click("text=Start the interview")
    phases = page.inner_text(".guide-mock-phases")
    assert "of 45:00" in page.inner_text(".guide-mock-clock")
    assert "High-level design (16:30)" in phases  # 22 min x 45/60


def test_history_export_and_clear(page):
    page.goto(page.base + "practice/history/")
    page.evaluate("""localStorage.setItem('guide-practice', JSON.stringify({version: 1, attempts: [
        {slug: 'webhook-delivery', title: 'Design a webhook delivery platform', url: 'walkthroughs/webhook-delivery/',
         date: '2026-11-20T10:00:00Z', minutes: 60, used_seconds: 3000, scores: [{dimension: 'x', score: 1}], level: 'Senior'}],
        practised: {}, cards: {}, notes: {}}))""")
    page.reload()
    assert "Design a webhook delivery platform" in page.inner_text("table.guide-history")
    with page.expect_download() as download:
        page.click("[data-act=export]")
    exported = json.loads(Path(download.value.path()).read_text())
    assert exported["attempts"][0]["level"] == "Senior"
    page.click("[data-act=clear]")
    page.click("[data-act=confirm-clear]")
    assert "No attempts yet" in page.inner_text("#guide-history")
    assert page.evaluate("localStorage.getItem('guide-practice')") is None


def test_corrupt_storage_is_ignored_with_a_notice(page):
    page.goto(page.base + "practice/history/")
    page.evaluate("localStorage.setItem('guide-practice', '{not json')")
    page.reload()
    assert "could not be read" in page.inner_text(".guide-notice")
    assert "No attempts yet" in page.inner_text("#guide-history")
    page.evaluate("localStorage.setItem('guide-practice', JSON.stringify({version: 0, attempts: 'x'}))")
    page.goto(page.base + "practice/mock/")
    page.wait_for_selector(".guide-mock-setup")
    assert page.is_visible(".guide-notice")


def test_review_a_card(page):
    page.goto(page.base + "practice/review/")
    page.wait_for_selector(".guide-review-question")
    before = int(re.match(r"(\d+)", page.inner_text(".guide-review-status")).group(1))
    question = page.inner_text(".guide-review-question")
    page.click("[data-act=show]")
    assert page.is_visible(".guide-review-answer")
    page.click("[data-grade=good]")
    after = int(re.match(r"(\d+)", page.inner_text(".guide-review-status")).group(1))
    assert after == before - 1 and "1 reviewed" in page.inner_text(".guide-review-status")
    cards = json.loads(page.evaluate("localStorage.getItem('guide-practice')"))["cards"]
    (state,) = cards.values()
    assert state["reps"] == 1 and state["interval"] == 1 and page.inner_text(".guide-review-question") != question


def test_mark_practised_and_see_it_on_the_index(page):
    page.goto(page.base + "walkthroughs/webhook-delivery/")
    button = page.locator(".guide-practised")
    assert button.get_attribute("aria-pressed") == "false"
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    # On the index, the tick and the count come from this browser's storage.
    page.goto(page.base + "walkthroughs/")
    page.wait_for_selector("[data-guide-progress-summary]")
    page.wait_for_function("document.querySelector('[data-guide-progress-summary]').textContent.includes('1 of')")
    link = page.locator(".md-content table a[href*='webhook-delivery']")
    assert "practised" in link.inner_text()


def test_calculator_updates_when_an_input_moves(page):
    page.goto(page.base + "practice/calculators/")
    form = page.locator("form[data-calc=littles_law]")
    form.locator("output[name=workers]").wait_for()
    page.wait_for_function("document.querySelector('form[data-calc=littles_law] output[name=workers]').textContent !== '–'")
    assert form.locator("output[name=workers]").inner_text() == "1,000"  # 500,000/s x 0.2 s / 100
    form.locator("input[name=seconds]").fill("0.4")
    assert form.locator("output[name=workers]").inner_text() == "2,000"
    form.locator("input[name=seconds]").fill("-1")
    assert "non-negative" in form.locator("output[name=workers]").inner_text()
