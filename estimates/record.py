"""Assumptions and figures of a notebook, published for the pages that quote them.

Every value a page quotes is declared here once. ``assume`` states an input,
``figure`` a computed result; each call shows the value in the notebook and
attaches a machine-readable copy (MIME type ``FIGURE_MIME``) to the cell's
output. The build reads those copies from the executed notebook and
substitutes them into the page wherever it writes ``{{ nb.KEY }}``.
"""

from __future__ import annotations

import html
import math
import re

from IPython.display import HTML, display

FIGURE_MIME = "application/vnd.guide.figure+json"
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_declared: dict[str, dict] = {}


class FigureError(ValueError):
    """A figure or assumption that cannot be published as declared."""


def _check_key(key: str) -> None:
    if not _KEY.match(key):
        raise FigureError(f"figure key {key!r} must be lower_snake_case (letters, digits, _)")
    if key in _declared:
        raise FigureError(f"figure key {key!r} is declared twice in this notebook")


def _plain(value):
    """Turn NumPy scalars into Python numbers so the record serialises as JSON."""
    return value.item() if hasattr(value, "item") else value


def _format(value, fmt: str) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        raise FigureError(f"value {value!r} is not a finite number")
    try:
        return fmt.format(value)
    except (ValueError, TypeError, IndexError) as exc:
        raise FigureError(f"format {fmt!r} does not fit value {value!r}: {exc}") from None


def _publish(record: dict, human: str) -> None:
    _declared[record["key"]] = record
    display({"text/html": human, "text/plain": f"{record['label']}: {record['text']}", FIGURE_MIME: record}, raw=True)


def assume(key: str, value, fmt: str, label: str, source: str = "assumption") -> float:
    """Declare an input. Returns ``value`` so the notebook can compute with it.

    ``fmt`` is a ``str.format`` pattern that includes the unit, for example
    ``"{:,.0f} events/s"``; ``source`` says where the number comes from.
    """
    _check_key(key)
    value = _plain(value)
    text = _format(value, fmt)
    record = {"key": key, "kind": "assumption", "value": value, "text": text, "label": label, "source": source}
    _publish(record, f"<p><strong>Assume</strong> {html.escape(label)}: <strong>{html.escape(text)}</strong> "
                     f"<em>({html.escape(source)})</em></p>")
    return value


def restate(key: str, name: str, fmt: str, label: str | None = None) -> float:
    """Declare an input that restates the reference constant ``name`` (see ``estimates.reference``):
    its value and its source come from there, so a notebook names the constant once.
    ``label`` defaults to the constant's own; returns the value."""
    from estimates import reference

    if name not in reference.ALL:
        raise FigureError(f"{name!r} is not a constant in estimates/reference.py")
    constant = reference.ALL[name]
    return assume(key, constant.value, fmt, constant.label if label is None else label, reference.cite(name))


def figure(key: str, value, fmt: str, label: str):
    """Declare a computed result that pages may quote. Returns ``value``."""
    _check_key(key)
    value = _plain(value)
    text = _format(value, fmt)
    record = {"key": key, "kind": "figure", "value": value, "text": text, "label": label}
    _publish(record, f"<p>{html.escape(label)}: <strong>{html.escape(text)}</strong> "
                     f"<code>{key}</code></p>")
    return value


def assumptions_table() -> None:
    """Show every assumption declared so far as a table (place it after the inputs)."""
    rows = "".join(
        f"<tr><td>{html.escape(r['label'])}</td><td>{html.escape(r['text'])}</td><td>{html.escape(r['source'])}</td></tr>"
        for r in _declared.values() if r["kind"] == "assumption"
    )
    display(HTML(f"<table><thead><tr><th>Assumption</th><th>Value</th><th>Source</th></tr></thead><tbody>{rows}</tbody></table>"))


def reset() -> None:
    """Forget every declaration (for tests that import this module repeatedly)."""
    _declared.clear()
