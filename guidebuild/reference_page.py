"""Generate the reference-numbers page from ``estimates.reference``.

The page is built from the module on every build, so it always shows exactly
the constants the notebooks import: value, unit, source (linked), date checked
and the convention that applies.
"""

from __future__ import annotations

import importlib
import sys
from collections import defaultdict


def _number(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.1f}"
    return f"{value:.6g}"


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def reference_markdown(module_name: str = "estimates.reference") -> str:
    sys.modules.pop(module_name, None)  # pick up edits while serving
    module = importlib.import_module(module_name)
    groups: dict[str, list] = defaultdict(list)
    for constant in module.ALL.values():
        groups[constant.group].append(constant)
    doc = (module.__doc__ or "").strip().split("\n\n", 1)
    intro = doc[1] if len(doc) > 1 else ""
    out = [
        "---",
        "title: Reference numbers",
        "description: Every constant the notebooks use, with its unit, primary source and the date it was checked.",
        "---",
        "",
        "# Reference numbers",
        "",
        "Generated from `estimates/reference.py`, the one module of constants every notebook imports. "
        "No notebook retypes a number from this table; changing one here re-executes every notebook.",
        "",
        intro.replace("``", "`"),
        "",
    ]
    for group, constants in groups.items():
        out += [f"## {group}", "", "| constant | value | unit | what | source (checked) | convention |",
                "| --- | --- | --- | --- | --- | --- |"]
        for c in constants:
            out.append(f"| `{c.name}` | {_number(c.value)} | {_cell(c.unit)} | {_cell(c.label)} "
                       f"| [{_cell(c.source)}]({c.url}) ({c.checked}) | {_cell(c.note)} |")
        out.append("")
    return "\n".join(out)
