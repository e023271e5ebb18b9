"""The practice data: collected from the pages, consistent with the framework and rubric."""

from __future__ import annotations

import json
import re
from pathlib import Path

from guidebuild import practice

ROOT = Path(__file__).resolve().parent.parent


def built_data(site) -> dict:
    return json.loads((site["dir"] / "practice/data.json").read_text())


def test_every_published_walkthrough_is_in_the_mock_pool(site):
    data = built_data(site)
    published = [p for p in (ROOT / "docs/walkthroughs").glob("*.md")
                 if p.name != "index.md" and not re.search(r"^draft:\s*true", p.read_text(), re.MULTILINE)]
    assert sorted(q["slug"] for q in data["questions"]) == sorted(p.stem for p in published)
    for q in data["questions"]:
        assert len(q["twists"]) >= 3 and q["levels"], q["slug"]
        assert q["prompt_html"].startswith("<blockquote>") or q["kind"] == "pm", q["slug"]
        assert (site["dir"] / q["url"] / "index.html").exists(), q["url"]
        assert "{{" not in json.dumps(q), "figures are substituted in practice data"


def test_cards_come_from_every_page_with_self_checks(site):
    data = built_data(site)
    sources = {c["source_url"] for c in data["cards"]}
    assert any(s.startswith("walkthroughs/") for s in sources)
    assert any(s.startswith("building-blocks/") for s in sources)
    assert len({c["id"] for c in data["cards"]}) == len(data["cards"])


def test_links_in_practice_html_resolve_to_built_pages(site):
    data = built_data(site)
    html = json.dumps(data["cards"]) + json.dumps(data["questions"])
    for href in set(re.findall(r'href=\\"([^"\\]+)\\"', html)):
        if href.startswith(("http:", "https:", "mailto:")):
            continue
        path = href.split("#")[0]
        assert (site["dir"] / path / "index.html").exists() or (site["dir"] / path).is_file(), href


def test_phase_budget_matches_the_framework_page():
    """The mock interview's phases are the framework page's 60-minute table."""
    text = (ROOT / "docs/framework/index.md").read_text()
    rows = re.findall(r"^\| [\d:-]+ \| (\d+) \| (?:\d\. )?([^|]+?) \|", text, re.MULTILINE)
    assert [(name.strip(), int(minutes)) for minutes, name in rows] == list(practice.PHASES)
    assert sum(m for _, m in practice.PHASES) == 60


def test_rubric_is_read_from_the_rubric_page():
    rows = practice.rubric((ROOT / "docs/framework/rubric.md").read_text())
    assert len(rows) >= 6
    assert all(r["good"] and r["great"] for r in rows)
    assert rows[0]["dimension"] != "Dimension"


def test_prompt_is_the_block_quote_only():
    section = "> Design X.\n> For many users.\n\nCandidates report it in the onsite.\n"
    assert practice.prompt_text(section) == "> Design X.\n> For many users."
    assert practice.prompt_text("Just prose.") == "Just prose."


def test_relative_links_are_made_site_relative():
    html = practice.to_html("See [caching](../building-blocks/classic/caching.md#ttl) and [x](#top).", "walkthroughs/a.md")
    assert 'href="building-blocks/classic/caching/#ttl"' in html and 'href="walkthroughs/a/#top"' in html


def test_pm_questions_are_graded_on_the_pm_themes():
    text = (ROOT / "docs/framework/rubric.md").read_text()
    pm = practice.rubric(text, "PM answers: weak and strong")
    assert [r["dimension"] for r in pm][:1] == ["Safety"] and all(r["good"] and r["great"] for r in pm)
    shared = [r["dimension"] for r in practice.rubric(text) if r["dimension"] in practice.PM_SHARED_DIMENSIONS]
    assert sorted(shared) == sorted(practice.PM_SHARED_DIMENSIONS), "the shared rows exist on the rubric page"
