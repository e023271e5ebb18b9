"""Check that notebooks are jupytext percent-format files with one title heading."""

from __future__ import annotations

import sys
from pathlib import Path

import jupytext


def problems(path: str) -> list[str]:
    text = Path(path).read_text(encoding="utf-8")
    out = []
    if "# %%" not in text:
        out.append("no `# %%` cells: write it in jupytext percent format")
    nb = jupytext.reads(text, fmt="py:percent")
    first = next((c for c in nb.cells if c.cell_type == "markdown"), None)
    if first is None or not first.source.lstrip().startswith("# "):
        out.append("the first Markdown cell must start with one `# ` heading (the page title)")
    return out


def main(paths: list[str]) -> int:
    bad = 0
    for path in paths:
        for p in problems(path):
            print(f"{path}: {p}")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
