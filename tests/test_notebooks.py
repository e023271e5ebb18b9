"""The notebook executor: figures out, errors named, cache keyed on imports."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guidebuild.errors import GuideBuildError
from guidebuild.notebooks import NotebookBuilder

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = """# %% [markdown]
# # Tiny

# %%
from estimates import assume, figure
from estimates.extra import FACTOR

x = assume("x", 7, "{:d} widgets", "Widgets", "test")
figure("y", x * FACTOR, "{:,.1f} widgets", "Scaled widgets")
"""


@pytest.fixture
def project(tmp_path):
    """A project root with its own copy of the estimates package (so it can change)."""
    shutil.copytree(ROOT / "estimates", tmp_path / "estimates", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "estimates" / "extra.py").write_text("FACTOR = 3\n")
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "notebooks" / "tiny.py").write_text(NOTEBOOK)
    return tmp_path


def builder(project: Path, log=None) -> NotebookBuilder:
    return NotebookBuilder(project / "notebooks", project / "cache", root=project, log=log or (lambda m: None))


def test_figures_come_from_the_executed_notebook(project):
    result = builder(project).build_all()["tiny"]
    assert result.figures["x"]["text"] == "7 widgets"
    assert result.figures["y"]["value"] == 21
    assert result.figures["y"]["text"] == "21.0 widgets"
    assert result.ipynb.exists()


def test_cache_is_reused_and_invalidated_by_an_imported_module(project, monkeypatch):
    monkeypatch.delenv("GUIDE_NO_CACHE", raising=False)
    messages = []
    builder(project, messages.append).build_all()
    builder(project, messages.append).build_all()
    assert messages == ["notebook 1/1: tiny.py (executing)", "notebook 1/1: tiny.py (cached)"]
    (project / "estimates" / "extra.py").write_text("FACTOR = 4\n")
    messages.clear()
    result = builder(project, messages.append).build_all()["tiny"]
    assert messages == ["notebook 1/1: tiny.py (executing)"]
    assert result.figures["y"]["value"] == 28


def test_no_cache_mode_always_executes(project, monkeypatch):
    messages = []
    builder(project, messages.append).build_all()
    monkeypatch.setenv("GUIDE_NO_CACHE", "1")
    builder(project, messages.append).build_all()
    assert messages[-1].endswith("(executing)")


def test_duplicate_figure_key_fails_the_notebook(project):
    (project / "notebooks" / "tiny.py").write_text(NOTEBOOK + '\nfigure("y", 1, "{:d}", "again")\n')
    with pytest.raises(GuideBuildError) as err:
        builder(project).build_all()
    assert "FigureError: figure key 'y' is declared twice" in err.value.problem


def test_progress_names_each_notebook_and_the_count(project):
    (project / "notebooks" / "second.py").write_text(NOTEBOOK.replace('"x"', '"z"'))
    messages = []
    builder(project, messages.append).build_all()
    assert sorted(messages) == ["notebook 1/2: second.py (executing)", "notebook 2/2: tiny.py (executing)"] or \
        sorted(m.split(": ", 1)[1] for m in messages) == ["second.py (executing)", "tiny.py (executing)"]


def test_builds_from_a_thread_that_runs_an_event_loop(project):
    """A test driving a browser (or an app embedding the build) has a running loop."""
    import asyncio
    import concurrent.futures

    async def inside_a_loop():
        asyncio.get_running_loop()  # a loop runs in this thread while the build is called
        return builder(project).build_all()

    # A thread of our own, so the test does not depend on what else runs in pytest's thread.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        result = pool.submit(lambda: asyncio.run(inside_a_loop())).result()
    assert result["tiny"].figures["y"]["value"] == 21
