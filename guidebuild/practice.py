"""Collect the practice data from the pages: questions, twists, levels, cards, rubric.

The browser's practice features (mock interview, review cards, progress) read
one JSON file, built from the walkthroughs' front matter and their marked-up
practice blocks (see CONTRIBUTING.md, Practice blocks), the self-check blocks
of every other page, and the rubric table of docs/framework/rubric.md. A new
walkthrough therefore joins the mock pool with no extra work.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
from pathlib import Path

import markdown

from guidebuild import markdown_blocks as md
from guidebuild import pages, validator

DATA_VERSION = 1

# The answer framework's time budget for a 60-minute round (docs/framework/index.md
# shows the same table; tests/test_practice.py checks that the two agree).
PHASES = (
    ("Confirm the goal", 2),
    ("Requirements", 8),
    ("Data model and API", 5),
    ("High-level design", 22),
    ("Failure modes and observability", 5),
    ("Deep dive", 13),
    ("Buffer", 5),
)
TWIST_AT_MINUTE = 30  # of 60; a 45-minute round scales it with the phases

_EXTENSIONS = ["tables", "attr_list", "md_in_html", "admonition", "pymdownx.details", "pymdownx.superfences",
               "pymdownx.inlinehilite", "pymdownx.tasklist"]
_HREF = re.compile(r'(<a\b[^>]*\bhref=")([^"#][^"]*|#[^"]*)(")')


def page_url(src_uri: str, directory_urls: bool = True) -> str:
    """Site-root-relative URL of a Markdown page: `a/b/` with directory URLs (the site),
    `a/b.html` without them (the offline copy, read from the file system)."""
    stem = src_uri[: -len(".md")]
    if not directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def _link_target(href: str, src_uri: str, directory_urls: bool = True) -> str:
    if re.match(r"^[a-z][a-z0-9+.-]*:", href) or href.startswith("/"):
        return href
    if href.startswith("#"):
        return page_url(src_uri, directory_urls) + href
    path, _, anchor = href.partition("#")
    target = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), path))
    if target.endswith(".md"):
        target = page_url(target, directory_urls)
    elif target.endswith(".ipynb"):
        target = target[: -len(".ipynb")] + ("/" if directory_urls else ".html")
    return target + (f"#{anchor}" if anchor else "")


def to_html(text: str, src_uri: str, directory_urls: bool = True) -> str:
    """Markdown to HTML, with links made relative to the site root (the browser adds its base)."""
    out = markdown.markdown(text, extensions=_EXTENSIONS)
    return _HREF.sub(lambda m: m.group(1) + _link_target(m.group(2), src_uri, directory_urls) + m.group(3), out)


def _figures(text: str, src_uri: str, meta: dict, notebooks: dict | None) -> str:
    if notebooks is None:  # benchmark floor: nothing executed
        return pages.FIGURE_TOKEN.sub("(figure)", text)
    notebook = meta.get("notebook")
    nb = notebooks.get(notebook) if notebook else None
    if not pages.FIGURE_TOKEN.search(text):
        return text
    return pages.substitute_figures(text, f"docs/{src_uri}", notebook, nb.figures if nb else None)


def prompt_text(section_text: str) -> str:
    """What the mock interview shows: the section's first block quote (the prompt as the
    interviewer says it), or the whole section when it has none."""
    lines = md.outside_blocks(section_text).split("\n")
    start = next((i for i, line in enumerate(lines) if line.startswith(">")), None)
    if start is None:
        return "\n".join(lines)
    end = start
    while end < len(lines) and lines[end].startswith(">"):
        end += 1
    return "\n".join(lines[start:end])


def _card_id(src_uri: str, question: str) -> str:
    return hashlib.sha1(f"{src_uri}\n{question}".encode()).hexdigest()[:12]


# Engineering-rubric rows that also grade a PM answer, next to the PM themes.
PM_SHARED_DIMENSIONS = ("Requirements and numbers", "Adaptability", "Product and safety judgment",
                        "Communication and driving")


def rubric(rubric_md: str, section_title: str = "The rubric") -> list[dict]:
    """Rows of the first table under a heading: (Dimension | Good | Great), or for the
    PM section (Theme | Weak | Strong), returned with the same keys."""
    section = next((s for s in md.sections(rubric_md) if s.title == section_title), None)
    if section is None:
        return []
    rows = []
    for line in section.lines:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and line.startswith("|") and cells[0] not in ("Dimension", "Theme") and not cells[0].startswith("-"):
            rows.append({"dimension": cells[0], "good": cells[1], "great": cells[2]})
        elif rows and not line.startswith("|"):
            break
    return rows


def collect(docs_dir: Path, metas: dict[str, dict], notebooks: dict | None, directory_urls: bool = True) -> dict:
    questions, cards = [], []
    for src_uri in sorted(metas):
        meta = metas[src_uri]
        if meta.get("draft") is True:
            continue
        source = (docs_dir / src_uri).read_text(encoding="utf-8")
        _, body, first = md.split_front_matter(source)
        body = _figures(body, src_uri, meta, notebooks)
        found = md.sections(body, first)
        if validator.is_walkthrough(src_uri):
            by_title = {s.title: s for s in found}
            prompt = by_title.get("The prompt")
            blocks = [b for s in found for b in md.blocks(s.text, s.line)]
            questions.append({
                "slug": Path(src_uri).stem,
                "title": meta.get("title", ""),
                "url": page_url(src_uri, directory_urls),
                "kind": meta.get("kind", "swe"),
                "tracks": meta.get("tracks", []),
                "category": meta.get("category", ""),
                "difficulty": meta.get("difficulty", ""),
                "round": meta.get("round", ""),
                "prompt_html": to_html(prompt_text(prompt.text), src_uri, directory_urls) if prompt else "",
                "twists": [{"title": b.title, "html": to_html(b.body, src_uri, directory_urls)} for b in blocks if b.kind == "twist"],
                "levels": [{"title": b.title, "html": to_html(b.body, src_uri, directory_urls)} for b in blocks if b.kind == "level"],
            })
        for section in found:
            for b in md.blocks(section.text, section.line):
                if b.kind == "check" and b.title:
                    cards.append({"id": _card_id(src_uri, b.title), "question": b.title,
                                  "answer_html": to_html(b.body, src_uri, directory_urls), "source_title": meta.get("title", src_uri),
                                  "source_url": page_url(src_uri, directory_urls)})
    rubric_page = docs_dir / "framework" / "rubric.md"
    rubric_text = rubric_page.read_text(encoding="utf-8") if rubric_page.exists() else ""
    return {
        "version": DATA_VERSION,
        "phases": [{"name": n, "minutes": m} for n, m in PHASES],
        "twist_at_minute": TWIST_AT_MINUTE,
        "rubric": rubric(rubric_text),
        "pm_rubric": rubric(rubric_text, "PM answers: weak and strong")
        + [r for r in rubric(rubric_text) if r["dimension"] in PM_SHARED_DIMENSIONS],
        "questions": questions,
        "cards": cards,
        "presets": presets(),
    }


def presets() -> dict:
    """Model and GPU presets for the calculators, from the reference module."""
    from estimates import llm
    from estimates import reference as ref

    models = {}
    for key, m in ref.MODELS.items():
        models[key] = {"name": m.name, "layers": m.layers, "kv_heads": m.kv_heads, "head_dim": m.head_dim,
                       "params": llm.param_count(m), "active_params": llm.param_count(m, active=True)}
    gpus = {key: {"name": g.name, "hbm_bytes": g.hbm_bytes, "hbm_bytes_per_s": g.hbm_bytes_per_s,
                  "bf16_dense_flops": g.bf16_dense_flops} for key, g in ref.GPUS.items()}
    return {"models": models, "gpus": gpus, "default_model": "llama-3.1-70b", "default_gpu": "h100-sxm"}


def as_script(name: str, value) -> str:
    """The JSON file `name` as a script that registers it, for pages read from the file system
    (practice.js loads it with a <script> tag where fetch() is not allowed)."""
    payload = json.dumps(value, separators=(",", ":"))
    return f"(window.__guideData = window.__guideData || {{}})[{json.dumps(name)}] = {payload};\n"
