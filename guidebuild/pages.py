"""Page transforms: notebook figures, diagram images, sources, alt text.

Pure functions over Markdown and HTML strings, called by the hook.
"""

from __future__ import annotations

import html
import posixpath
import re

from guidebuild import contract
from guidebuild.errors import GuideBuildError

# --- figures from the executed notebook -----------------------------------------

FIGURE_TOKEN = re.compile(r"\{\{\s*nb\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


def assumptions_markdown(figures: dict[str, dict]) -> str:
    rows = [r for r in figures.values() if r.get("kind") == "assumption"]
    lines = ["| assumption | value | source |", "| --- | --- | --- |"]
    lines += [f"| {_cell(r['label'])} | {_cell(r['text'])} | {_cell(r.get('source', ''))} |" for r in rows]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|")


def substitute_figures(markdown: str, page_path: str, notebook: str | None, figures: dict[str, dict] | None) -> str:
    """Replace ``{{ nb.KEY }}`` with the notebook's formatted value."""
    keys = FIGURE_TOKEN.findall(markdown)
    if not keys:
        return markdown
    if not notebook:
        raise GuideBuildError(page_path, "the page quotes notebook figures (`{{ nb.* }}`) but names no notebook",
                              "add `notebook: <name>` to the front matter, naming notebooks/<name>.py")
    if figures is None:
        raise GuideBuildError(page_path, f"front matter names notebook `{notebook}`, which does not exist",
                              f"create notebooks/{notebook}.py or correct the name")
    unknown = sorted({k for k in keys if k != "assumptions" and k not in figures})
    if unknown:
        known = ", ".join(sorted(figures)) or "(none)"
        raise GuideBuildError(page_path, f"quotes {', '.join('nb.' + k for k in unknown)}, which notebooks/{notebook}.py does not declare",
                              f"declare it there with figure()/assume(), or use one of: {known}")

    def swap(m: re.Match) -> str:
        key = m.group(1)
        if key == "assumptions":
            # A table spans lines: indent each continuation line like the token's own
            # line, so the table stays inside an indented (collapsible) block.
            line_start = markdown.rfind("\n", 0, m.start()) + 1
            indent = re.match(r"[ \t]*", markdown[line_start:]).group(0)
            return assumptions_markdown(figures).replace("\n", "\n" + indent)
        return figures[key]["text"]

    return FIGURE_TOKEN.sub(swap, markdown)


# --- diagrams -------------------------------------------------------------------

DIAGRAM_IMAGE = re.compile(r"!\[([^\]]*)\]\(((?:\.\./)*diagrams/([\w.-]+)\.svg)\)(\{[^}]*\})?")


def expand_diagram_images(markdown: str, page_path: str, diagrams: dict) -> str:
    """Turn ``![alt](../diagrams/NAME.svg)`` into a light and a dark lazy image, each a link to
    its SVG: a wide diagram scaled to a phone's column has small labels, and the SVG opens
    full size, to zoom in."""

    def swap(m: re.Match) -> str:
        alt, target, name, attrs = m.group(1).strip(), m.group(2), m.group(3), m.group(4) or ""
        if name not in diagrams:
            known = ", ".join(sorted(diagrams)) or "(none)"
            raise GuideBuildError(page_path, f"embeds diagram `{name}`, but there is no diagrams/{name}.py",
                                  f"create diagrams/{name}.py or use one of: {known}")
        if len(alt.split()) < 4:
            raise GuideBuildError(page_path, f"diagram `{name}` has no real alt text",
                                  "write alt text that says what the diagram shows, in a sentence")
        d = diagrams[name]
        base = target[: -len(".svg")]
        extra = attrs[1:-1].strip()
        size = f'width="{d.width}" height="{d.height}"' if d.width else ""
        out = []
        for scheme in ("light", "dark"):
            image = f'![{alt}]({base}-{scheme}.svg#only-{scheme}){{ loading=lazy decoding=async {size} .guide-diagram {extra} }}'
            out.append(f'[{image}]({base}-{scheme}.svg){{ .guide-diagram-link .guide-diagram-link--{scheme} '
                       f'title="Open the diagram full size" }}')
        return "".join(out)

    return DIAGRAM_IMAGE.sub(swap, markdown)


# --- sources footer ---------------------------------------------------------------

def sources_markdown(keys: list[str]) -> str:
    items = "\n".join(f"- {contract.SOURCES[k]}" for k in keys if k in contract.SOURCES)
    return f'\n\n---\n\n<div class="guide-sources" markdown>\n**Sources.** Facts and reported questions on this page come from:\n\n{items}\n\n</div>\n'


# --- alt text -------------------------------------------------------------------------

IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
ALT = re.compile(r'\balt\s*=\s*"([^"]*)"', re.IGNORECASE)


def images_without_alt(page_html: str) -> list[str]:
    missing = []
    for tag in IMG.findall(page_html):
        m = ALT.search(tag)
        if not m or not m.group(1).strip():
            src = re.search(r'\bsrc\s*=\s*"([^"]*)"', tag)
            missing.append(html.unescape(src.group(1)) if src else tag[:60])
    return missing


def relative_url(from_page_url: str, target: str) -> str:
    """URL of a site file as seen from a page, for links written into HTML."""
    start = posixpath.dirname(from_page_url.rstrip("/") + "/x") or "."
    return posixpath.relpath(target, start)


# --- the walkthrough index ----------------------------------------------------------

WALKTHROUGH_TABLE = "{{ walkthroughs.table }}"


ROUND_LABELS = {
    "phone-screen": "phone screen",
    "onsite": "onsite",
    "phone-screen-or-onsite": "phone screen or onsite",
    "pm-design": "PM design round",
    "unspecified": "reported, round not given",
    "practice": "not reported; drilled",
}


def walkthrough_table(metas: dict[str, dict], from_dir: str = "walkthroughs") -> str:
    """Every published walkthrough, from their front matter: one table per category, in the
    contract's order, each sorted by title."""
    from guidebuild import contract

    groups: dict[str, list[str]] = {}
    for src_uri, meta in sorted(metas.items(), key=lambda kv: str(kv[1].get("title", ""))):
        if meta.get("draft") is True:
            continue
        link = posixpath.relpath(src_uri, from_dir)
        tracks = ", ".join(t.upper() for t in meta.get("tracks", []))
        reported = ROUND_LABELS.get(meta.get("round", ""), meta.get("round", ""))
        groups.setdefault(meta.get("category", ""), []).append(
            f"| [{_cell(meta.get('title', src_uri))}]({link}) | {tracks} | {meta.get('difficulty', '')} | {reported} |")
    if not groups:
        return "No walkthrough is published yet."
    order = [c for c in contract.CATEGORY_TITLES if c in groups] + sorted(c for c in groups if c not in contract.CATEGORY_TITLES)
    out = []
    for category in order:
        title = contract.CATEGORY_TITLES.get(category, category or "Other")
        about = contract.CATEGORIES.get(category, "")
        out += [f"## {title}", "", *([about + ".", ""] if about else []),
                "| walkthrough | track | difficulty | asked in |", "| --- | --- | --- | --- |", *groups[category], ""]
    return "\n".join(out).rstrip("\n")


# --- accessibility fixes to the theme's HTML ---------------------------------------------

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


_SECTION_NAV = re.compile(
    r'(<nav class="md-nav" data-md-level="\d+") aria-labelledby="__nav_[\w]+_label"( aria-expanded="\w+">\s*'
    r'<label class="md-nav__title" for="__nav_[\w]+">\s*<span class="md-nav__icon md-icon"></span>\s*)(.*?)(\s*</label>)',
    re.DOTALL)


def _name_section_nav(m: re.Match) -> str:
    title = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", m.group(3))).strip()
    return f'{m.group(1)} aria-label="{html.escape(title, quote=True)}"{m.group(2)}{m.group(3)}{m.group(4)}'


_EMPTY_TH = re.compile(r"(<th(?:\s[^>]*)?>)\s*</th>")
_SCROLLER = re.compile(r'<div class="jp-CodeMirrorEditor jp-Editor jp-InputArea-editor"')
_TASK = re.compile(r'(<label class="task-list-control"><input type="checkbox" disabled(?: checked)?)(/?>)'
                   r'(<span class="task-list-indicator"></span></label>\s*)([^<]*)')


def _name_task(m: re.Match) -> str:
    text = html.escape(" ".join(m.group(4).split())[:80], quote=True) or "task"
    return f'{m.group(1)} aria-label="{text}"{m.group(2)}{m.group(3)}{m.group(4)}'


def accessibility_fixes(page_html: str) -> str:
    """Small repairs of the theme's HTML that axe asks for.

    - the search dialog gets a name (aria-dialog-name);
    - a section's navigation is named by its title: with section index pages the
      theme labels it by an icon-only toggle, so every section nav has an empty,
      identical name (landmark-unique);
    - notebook code cells scroll sideways, so they must be focusable by keyboard
      (scrollable-region-focusable);
    - a task list's checkbox is named by its task (label): the theme's label
      wraps only an empty indicator;
    - an empty header cell (a table whose first column labels its rows) gets a
      name for screen readers (empty-table-header).
    """
    page_html = page_html.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + ' aria-label="Search">', 1)
    page_html = _SECTION_NAV.sub(_name_section_nav, page_html)
    page_html = _TASK.sub(_name_task, page_html)
    page_html = _EMPTY_TH.sub(r'\1<span class="guide-sr-only">row</span></th>', page_html)
    return _SCROLLER.sub(r'\g<0> tabindex="0"', page_html)


def practised_slot(page_html: str, slug: str) -> str:
    """Room under a walkthrough's title for the "mark as practised" button, reserved in the
    HTML so that the button appearing does not shift the page (layout shift). It names the
    walkthrough, so the button needs no data download."""
    return page_html.replace("</h1>", f'</h1>\n<p class="guide-practised-slot" data-slug="{html.escape(slug)}"></p>', 1)
