"""Each bad input fails the build (or setup) with a message naming the file and the fix.

Every test breaks one thing in a copy of a small, valid fixture site
(tests/fixtures/good) and runs a strict build of it.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.fixture_build
WALKTHROUGH = "docs/walkthroughs/sample.md"
ROOT = Path(__file__).resolve().parent.parent


def failed(result) -> str:
    assert result.returncode != 0, "the build should have failed"
    return result.stdout + result.stderr


def test_good_fixture_builds(fixture_site):
    result = fixture_site.build()
    assert result.returncode == 0, result.stderr[-3000:]


def test_diagram_script_that_raises(fixture_site):
    fixture_site.write("diagrams/sample-mvp.py", "from diagrams import Diagram\nraise RuntimeError('boom in the script')\n")
    out = failed(fixture_site.build())
    assert "sample-mvp.py: the script raised an error" in out
    assert "RuntimeError: boom in the script" in out
    assert "fix: fix the script, then check it alone with `make diagram NAME=sample-mvp`" in out


def test_diagram_script_that_renders_nothing(fixture_site):
    fixture_site.write("diagrams/sample-mvp.py", "from diagrams.onprem.client import Client\nx = 1\n")
    out = failed(fixture_site.build())
    assert "sample-mvp.py: the script ran but drew no diagram" in out
    assert 'fix: declare the nodes inside `with Diagram("..."):`' in out


def test_notebook_cell_that_raises(fixture_site):
    fixture_site.write("notebooks/sample.py", fixture_site.read("notebooks/sample.py") + "\n# %%\n1 / 0\n")
    out = failed(fixture_site.build())
    assert "notebooks/sample.py: code cell 2 raised ZeroDivisionError" in out
    assert "fix: fix the cell, then run the notebook alone with `make notebook NAME=sample`" in out


def test_notebook_past_its_time_limit(fixture_site):
    fixture_site.write("notebooks/sample.py", fixture_site.read("notebooks/sample.py") + "\n# %%\nimport time\ntime.sleep(30)\n")
    out = failed(fixture_site.build(env={"GUIDE_NOTEBOOK_TIME_LIMIT": "4"}))
    assert "notebooks/sample.py: the notebook ran past its time limit of 4 s" in out
    assert "NOTEBOOK_TIME_LIMIT_S in guidebuild/notebooks.py" in out


def test_front_matter_missing_a_key(fixture_site):
    fixture_site.replace(WALKTHROUGH, "difficulty: medium\n", "")
    out = failed(fixture_site.build())
    assert "docs/walkthroughs/sample.md [front matter: difficulty]: required key `difficulty` is missing" in out
    assert "fix: add `difficulty:` to the front matter" in out


def test_front_matter_that_is_not_yaml(fixture_site):
    text = fixture_site.read(WALKTHROUGH)
    title = next(line for line in text.splitlines() if line.startswith("title:"))
    fixture_site.replace(WALKTHROUGH, title + "\n", title + ": a colon that YAML cannot read\n")
    out = failed(fixture_site.build())
    assert "docs/walkthroughs/sample.md: front matter is not valid YAML" in out
    assert "fix: correct the YAML between the two `---` lines" in out
    assert "Traceback" not in out


def test_front_matter_value_out_of_its_set(fixture_site):
    fixture_site.replace(WALKTHROUGH, "category: classic", "category: astrology")
    out = failed(fixture_site.build())
    assert "docs/walkthroughs/sample.md [front matter: category]: `astrology` is not an allowed category" in out
    assert "fix: use one of: ai-infrastructure," in out


def test_required_section_missing(fixture_site):
    fixture_site.replace(WALKTHROUGH, "## Security\n", "## Safety notes\n")
    out = failed(fixture_site.build())
    assert "docs/walkthroughs/sample.md [Security]: required section `## Security` is missing" in out
    assert "fix: add a `## Security` heading" in out


def test_required_section_empty(fixture_site):
    text = fixture_site.read(WALKTHROUGH)
    start = text.index("## Operating it\n")
    end = text.index("## Security\n")
    fixture_site.write(WALKTHROUGH, text[:start] + "## Operating it\n\nTODO\n\n" + text[end:])
    out = failed(fixture_site.build())
    assert "docs/walkthroughs/sample.md [Operating it]: section has 1 words, under the minimum of 40" in out
    assert "docs/walkthroughs/sample.md [Operating it]: section contains TODO" in out
    assert "fix: write the section out" in out


def test_link_to_a_missing_page(fixture_site):
    fixture_site.replace("docs/index.md", "walkthroughs/sample.md", "walkthroughs/nowhere.md")
    out = failed(fixture_site.build())
    assert "Doc file 'index.md' contains a link 'walkthroughs/nowhere.md', but the target is not found" in out
    assert "fix: correct the relative path from this page, or create the page it points to" in out


def test_link_to_a_missing_anchor(fixture_site):
    fixture_site.replace("docs/index.md", "walkthroughs/sample.md", "walkthroughs/sample.md#no-such-heading")
    out = failed(fixture_site.build())
    assert "Doc file 'index.md' contains a link 'walkthroughs/sample.md#no-such-heading'" in out
    assert "does not contain an anchor '#no-such-heading'" in out
    assert "fix: use an anchor the target page has" in out


def test_image_without_alt_text(fixture_site):
    fixture_site.write("docs/assets/dot.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')
    fixture_site.replace("docs/index.md", "# Fixture home\n", "# Fixture home\n\n![](assets/dot.svg)\n")
    out = failed(fixture_site.build())
    assert "docs/index.md: image(s) without alt text: assets/dot.svg" in out
    assert "fix: give every image alt text" in out


def test_quoted_figure_the_notebook_does_not_declare(fixture_site):
    fixture_site.replace(WALKTHROUGH, "{{ nb.doubled }}", "{{ nb.tripled }}")
    out = failed(fixture_site.build())
    assert "docs/walkthroughs/sample.md: quotes nb.tripled, which notebooks/sample.py does not declare" in out
    assert "fix: declare it there with figure()/assume(), or use one of: doubled, rate" in out


def test_machine_without_graphviz_at_setup(tmp_path):
    """setup.sh stops with one line naming what to install when `dot` is missing and cannot be installed."""
    env = {**os.environ, "GUIDE_DOT": "dot-not-installed", "GUIDE_SETUP_NO_INSTALL": "1"}
    result = subprocess.run(["bash", str(ROOT / "scripts/setup.sh")], env=env, capture_output=True, text=True)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("setup: missing graphviz: install it (Debian/Ubuntu: sudo apt-get install graphviz")


def test_machine_without_graphviz_at_build(fixture_site, tmp_path):
    """A build on a machine without Graphviz names the missing tool, not a Python traceback."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    env = {"PATH": str(bin_dir), "GUIDE_NO_CACHE": "1"}
    out = failed(fixture_site.build(env=env))
    assert "Graphviz's `dot` is not on PATH" in out
    assert "fix: install Graphviz (Debian: `sudo apt-get install graphviz`), or run `make setup`" in out
