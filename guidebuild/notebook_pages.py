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
# Code highlighting. Pygments wraps every token in a span of its own class, and a notebook
# page has thousands of them; each costs style, layout and text-shaping time on a phone.
# notebook.css draws only a few colours, so each token class is mapped to the class of its
# colour (TOKEN_COLOURS), tokens with no colour of their own (names, punctuation, operators,
# whitespace) lose their span, and neighbours of one colour share a span. The text is
# unchanged, and so is what the reader sees.
COLOUR_CLASSES = {"c": "comment", "k": "keyword", "s": "string", "m": "number",
                  "nf": "function", "nb": "constant", "nn": "name"}  # class -> --md-code-hl-<colour>-color
TOKEN_COLOURS = {
    **dict.fromkeys(["c", "c1", "cm", "ch", "cs", "cp", "cpf"], "c"),
    **dict.fromkeys(["k", "kn", "kd", "kc", "kp", "kr", "kt", "ow"], "k"),
    **dict.fromkeys(["s", "s1", "s2", "sa", "sb", "sc", "sd", "se", "sh", "si", "sr", "ss", "sx"], "s"),
    **dict.fromkeys(["m", "mi", "mf", "mh", "mo", "mb", "il"], "m"),
    **dict.fromkeys(["nf", "fm"], "nf"),
    **dict.fromkeys(["nb", "bp"], "nb"),
    **dict.fromkeys(["nn", "nc"], "nn"),
}
_TOKEN = re.compile(r'<span(?: class="([^"]*)")?>([^<]*)</span>|(<[^>]*>)|([^<]+)')
_HIGHLIGHTED = re.compile(r'(<div class="highlight-ipynb[^"]*">)(.*?)(</div>)', re.DOTALL)


def _fewer_code_spans(block: str) -> str:
    runs: list[list] = []  # [colour class or None for plain text, text]; tags are kept as they are
    for match in _TOKEN.finditer(block):
        token_class, token_text, tag, text = match.groups()
        if tag is not None:
            runs.append(["<tag>", tag])
            continue
        colour = TOKEN_COLOURS.get(token_class) if token_class else None
        piece = token_text if text is None else text
        if runs and runs[-1][0] == colour:
            runs[-1][1] += piece
        else:
            runs.append([colour, piece])
    return "".join(piece if colour in (None, "<tag>") else f'<span class="{colour}">{piece}</span>'
                   for colour, piece in runs if piece)


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
