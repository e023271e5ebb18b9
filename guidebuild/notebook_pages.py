"""Slim the HTML that mkdocs-jupyter renders for a notebook page.

Its template inlines about 590 KB of JupyterLab styles, a Mermaid loader, a
MathJax stub with an empty ``src`` and a clipboard widget into every notebook
page. None of it is needed here: ``docs/assets/notebook.css`` styles the few
notebook classes in Material's own colours, and Material's code highlighting
variables give the syntax colours in both schemes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

_STYLE = re.compile(r"<style\b[^>]*>.*?</style>\s*", re.DOTALL | re.IGNORECASE)
_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>\s*", re.DOTALL | re.IGNORECASE)
_CLIPBOARD = re.compile(r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>\s*', re.DOTALL)
# Prompts and collapsers are hidden by notebook.css anyway: drop them from the HTML.
_HIDDEN = re.compile(r'<div class="jp-(?:InputPrompt jp-InputArea-prompt|OutputPrompt jp-OutputArea-prompt)">[^<]*</div>\s*'
                     r'|<div class="jp-Collapser[^"]*">\s*</div>\s*')
_MERMAID_COMMENT = re.compile(r"<!--\s*(Load mermaidjs|End of mermaid configuration)[^>]*-->\s*", re.IGNORECASE)
# Code highlighting: Pygments wraps every token in a span, most of them names, punctuation,
# operators and whitespace that notebook.css draws in the plain code colour. Unwrapping those
# and merging neighbours of one class halves a notebook page's elements (layout time on phones).
_PLAIN_TOKEN = re.compile(r'<span class="(?:n|p|o|w)">([^<]*)</span>')
_SAME_CLASS_NEIGHBOURS = re.compile(r'(<span class="([a-z0-9]+)">[^<]*)</span><span class="\2">')
_HIGHLIGHTED = re.compile(r'(<div class="highlight-ipynb[^"]*">)(.*?)(</div>)', re.DOTALL)


def _fewer_code_spans(block: str) -> str:
    block = _PLAIN_TOKEN.sub(r"\1", block)
    while True:
        merged = _SAME_CLASS_NEIGHBOURS.sub(r"\1", block)
        if merged == block:
            return block
        block = merged


def slim_notebook_html(html: str) -> str:
    html = _STYLE.sub("", html)
    html = _SCRIPT.sub("", html)
    html = _CLIPBOARD.sub("", html)
    html = _MERMAID_COMMENT.sub("", html)
    html = _HIDDEN.sub("", html)
    html = _HIGHLIGHTED.sub(lambda m: m.group(1) + _fewer_code_spans(m.group(2)) + m.group(3), html)
    return html


def notebook_title(ipynb: Path) -> str | None:
    """The first level-one heading of the notebook's first Markdown cell, as its page shows it."""
    for cell in json.loads(ipynb.read_text(encoding="utf-8")).get("cells", []):
        if cell.get("cell_type") == "markdown":
            source = "".join(cell.get("source", []))
            heading = next((line[2:].strip() for line in source.splitlines() if line.startswith("# ")), None)
            return heading
    return None


def notebook_description(slug: str, metas: dict[str, dict]) -> str:
    """One sentence for search results and link previews, naming the walkthrough it backs."""
    backed = sorted(m.get("title", "") for m in metas.values() if m.get("notebook") == slug and not m.get("draft"))
    if backed:
        # Typographic quotes: the theme writes the description into an attribute unescaped.
        return (f"The executed back-of-the-envelope notebook behind “{backed[0]}”: every figure the walkthrough "
                "quotes, recomputed from stated assumptions.")
    return "An executed back-of-the-envelope notebook: every figure recomputed from stated assumptions."


def is_notebook_page(src_uri: str) -> bool:
    return src_uri.startswith("notebooks/") and src_uri.endswith(".ipynb")


def source_edit_url(edit_url: str, src_uri: str) -> str:
    """Point an edit link at notebooks/<slug>.py instead of docs/notebooks/<slug>.ipynb."""
    slug = src_uri.rsplit("/", 1)[-1].removesuffix(".ipynb")
    return edit_url.replace(f"docs/{src_uri}", f"notebooks/{slug}.py")
