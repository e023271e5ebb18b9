"""`make new` scaffolds a draft that the validator then walks the contributor through."""

from __future__ import annotations

from pathlib import Path

import pytest

from guidebuild import contract, diagrams, scaffold, validator
from guidebuild.notebooks import NotebookBuilder

ROOT = Path(__file__).resolve().parent.parent


def test_scaffold_creates_a_draft_with_every_section(tmp_path):
    created = scaffold.scaffold("design-a-url-shortener", root=tmp_path)
    names = sorted(p.relative_to(tmp_path).as_posix() for p in created)
    assert names == ["diagrams/design-a-url-shortener-mvp.py", "diagrams/design-a-url-shortener-scaled.py",
                     "docs/walkthroughs/design-a-url-shortener.md", "notebooks/design-a-url-shortener.py"]
    page = (tmp_path / "docs/walkthroughs/design-a-url-shortener.md").read_text()
    assert "draft: true" in page
    for section in contract.SECTIONS["swe"]:
        assert f"\n## {section}\n" in page
    assert validator.validate_tree(tmp_path / "docs") == []  # drafts are skipped by the build
    todo = validator.validate_tree(tmp_path / "docs", include_drafts=True)
    assert any(p.problem == "section contains TODO" for p in todo)


def test_scaffold_refuses_to_overwrite_and_bad_slugs(tmp_path):
    scaffold.scaffold("design-x", root=tmp_path)
    with pytest.raises(SystemExit, match="refusing to overwrite"):
        scaffold.scaffold("design-x", root=tmp_path)
    with pytest.raises(SystemExit, match="lowercase words joined by hyphens"):
        scaffold.scaffold("Design X", root=tmp_path)


def test_scaffolded_notebook_and_diagrams_run(tmp_path):
    scaffold.scaffold("design-y", root=tmp_path)
    result = NotebookBuilder(tmp_path / "notebooks", tmp_path / "cache", root=ROOT, log=lambda m: None).build_all()
    assert result["design-y"].figures["example_figure"]["text"] == "2,000 requests/s"
    for script in sorted((tmp_path / "diagrams").glob("*.py")):
        assert diagrams.render(script, tmp_path / "w" / script.stem).width > 0


def test_pm_scaffold_uses_the_pm_sections(tmp_path):
    scaffold.scaffold("homework-help", kind="pm", root=tmp_path)
    page = (tmp_path / "docs/walkthroughs/homework-help.md").read_text()
    assert "kind: pm" in page and "\n## Non-negotiables\n" in page and "\n## Deep dives\n" not in page
