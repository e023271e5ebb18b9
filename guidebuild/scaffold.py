"""Scaffold a walkthrough: page (as a draft), two diagram scripts and a notebook.

    python -m guidebuild.scaffold design-a-url-shortener [--kind pm]

Refuses to overwrite anything. The page holds every required section with a
TODO, so ``make check`` lists exactly what is left to write.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from guidebuild import contract

ROOT = Path(__file__).resolve().parent.parent
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

PRACTICE_EXAMPLES = {
    "Interviewer twists": '??? twist "TODO: the twist, as the interviewer says it"\n    TODO: the expected pivot.\n',
    "What a strong answer shows": '??? level "Senior"\n    TODO: what an answer at this level covers.\n',
    "Weak and strong answers": '??? level "Strong"\n    TODO: what a strong answer does.\n',
    "Self-check": '??? check "TODO: a question?"\n    TODO: its answer.\n',
}


def page_text(slug: str, kind: str) -> str:
    title = slug.replace("-", " ").capitalize()
    sections = []
    for section in contract.SECTIONS[kind]:
        if section in contract.OPEN_SECTIONS:
            body = "TODO: the prompt as the interviewer gives it.\n"
        elif section in PRACTICE_EXAMPLES:
            body = PRACTICE_EXAMPLES[section]
        else:
            body = '??? answer "TODO: title"\n    TODO\n'
        if section == "Estimates":
            body = '??? answer "The numbers that change the design"\n    {{ nb.assumptions }}\n\n    TODO: quote figures as {{ nb.example_figure }}.\n'
        if section == "The MVP":
            body += f"\n![TODO: a sentence saying what the MVP diagram shows](../diagrams/{slug}-mvp.svg)\n"
        if section.startswith("Scaling"):
            body += f"\n![TODO: a sentence saying what the scaled diagram shows](../diagrams/{slug}-scaled.svg)\n"
        sections.append(f"## {section}\n\n{body}")
    tracks = "[pm]" if kind == "pm" else "[swe]"
    category = "pm-product" if kind == "pm" else "TODO"
    return f"""---
title: {title}
description: TODO one sentence for search results.
draft: true
kind: {kind}
tracks: {tracks}
category: {category}
round: unspecified
difficulty: hard
tags: [TODO]
sources: [coditioning]
notebook: {slug}
---

# {title}

""" + "\n".join(sections)


def notebook_text(slug: str) -> str:
    return f'''# %% [markdown]
# # {slug.replace("-", " ").capitalize()}: the estimates
#
# State every input with `assume`, then compute each figure the page quotes with `figure`.

# %%
from estimates import assume, assumptions_table, figure

example_input = assume("example_input", 1_000, "{{:,.0f}} requests/s", "TODO: an input", "assumption")
assumptions_table()

# %%
figure("example_figure", example_input * 2, "{{:,.0f}} requests/s", "TODO: a figure the page quotes")
'''


def diagram_text(slug: str, stage: str) -> str:
    return f'''"""{stage.upper()} design of {slug}: TODO describe."""

from diagrams import Diagram
from diagrams.onprem.client import Client
from diagrams.onprem.compute import Server

with Diagram("{slug} {stage}", direction="LR"):
    Client("Client") >> Server("TODO service")
'''


def scaffold(slug: str, kind: str = "swe", root: Path = ROOT) -> list[Path]:
    if not SLUG.match(slug):
        raise SystemExit(f"slug {slug!r}: use lowercase words joined by hyphens, e.g. design-a-url-shortener")
    if kind not in contract.KINDS:
        raise SystemExit(f"kind {kind!r}: use one of {', '.join(contract.KINDS)}")
    targets = {
        root / "docs" / "walkthroughs" / f"{slug}.md": page_text(slug, kind),
        root / "notebooks" / f"{slug}.py": notebook_text(slug),
        root / "diagrams" / f"{slug}-mvp.py": diagram_text(slug, "mvp"),
        root / "diagrams" / f"{slug}-scaled.py": diagram_text(slug, "scaled"),
    }
    existing = [p for p in targets if p.exists()]
    if existing:
        raise SystemExit("refusing to overwrite: " + ", ".join(str(p.relative_to(root)) for p in existing))
    for path, text in targets.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(targets)


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--kind")]
    kind = "pm" if "--kind=pm" in argv or ("--kind" in argv and "pm" in argv) else "swe"
    args = [a for a in args if a != "pm" or kind != "pm"]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    for path in scaffold(args[0], kind):
        print(f"created {path.relative_to(ROOT)}")
    print("The page is a draft: `make serve` shows it, `make check` lists what is left.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
