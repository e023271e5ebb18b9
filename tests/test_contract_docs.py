"""CONTRIBUTING.md documents exactly the contract the validator enforces."""

from __future__ import annotations

import re
from pathlib import Path

from guidebuild import contract

TEXT = (Path(__file__).resolve().parent.parent / "CONTRIBUTING.md").read_text()


def _region(name: str) -> str:
    m = re.search(rf"<!-- contract:{name} -->(.*?)<!-- /contract:{name} -->", TEXT, re.DOTALL)
    assert m, f"CONTRIBUTING.md lacks the contract:{name} region"
    return m.group(1)


def _first_column(name: str) -> list[str]:
    return re.findall(r"^\| `([^`]+)` \|", _region(name), re.MULTILINE)


def test_categories_rounds_and_sources_match():
    assert _first_column("categories") == list(contract.CATEGORIES)
    assert _first_column("rounds") == list(contract.ROUNDS)
    assert _first_column("sources") == list(contract.SOURCES)


def test_section_lists_match():
    for kind in contract.KINDS:
        listed = re.findall(r"^\d+\. (.+)$", _region(f"sections-{kind}"), re.MULTILINE)
        assert listed == list(contract.SECTIONS[kind])


def test_extra_sections_are_documented():
    region = " ".join(_region("extra-sections").split())
    for category, extras in contract.EXTRA_SECTIONS.items():
        assert f"`category: {category}`" in region
        for title, before in extras:
            assert f"`## {title}`, just before `## {before}`" in region


def test_documented_values_are_mentioned():
    for value in (*contract.DIFFICULTIES, *contract.TRACKS, "Mid-level", "Senior", "Staff"):
        assert value in TEXT
