"""The content validator: walkthroughs against the contract in ``contract.py``.

Each problem names the file, the section and the fix. Runs inside the build
(through the hook) and on its own (``python -m guidebuild.validator``,
``make check``).
"""

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

from guidebuild import contract as C
from guidebuild import markdown_blocks as md

MIN_REPEAT_WORDS = 12
LEVEL_TITLES = {"swe": ("Mid-level", "Senior", "Staff"), "pm": ("Weak", "Strong")}
LEAD_IN_MAX_WORDS = 60


@dataclasses.dataclass(frozen=True)
class Problem:
    path: str
    where: str
    problem: str
    fix: str

    def __str__(self) -> str:
        return f"{self.path} [{self.where}]: {self.problem}\n    fix: {self.fix}"


def _allowed(values) -> str:
    return ", ".join(sorted(values))


def check_front_matter(path: str, meta: dict) -> list[Problem]:
    out: list[Problem] = []

    def bad(key, problem, fix):
        out.append(Problem(path, f"front matter: {key}", problem, fix))

    for key in C.REQUIRED_KEYS:
        if key not in meta or meta[key] in (None, "", []):
            bad(key, f"required key `{key}` is missing", f"add `{key}:` to the front matter (see CONTRIBUTING.md, Front matter)")
    kind = meta.get("kind")
    if kind is not None and kind not in C.KINDS:
        bad("kind", f"`{kind}` is not a walkthrough kind", f"use one of: {_allowed(C.KINDS)}")
    for key, allowed in (("category", C.CATEGORIES), ("round", C.ROUNDS), ("difficulty", C.DIFFICULTIES)):
        value = meta.get(key)
        if value is not None and value not in allowed:
            bad(key, f"`{value}` is not an allowed {key}", f"use one of: {_allowed(allowed)}")
    for key, allowed in (("tracks", C.TRACKS), ("sources", C.SOURCES)):
        value = meta.get(key)
        if value is None:
            continue
        if not isinstance(value, list):
            bad(key, f"`{key}` must be a list", f"write it as `{key}: [{next(iter(allowed))}]`")
            continue
        for item in value:
            if item not in allowed:
                bad(key, f"`{item}` is not an allowed value of {key}", f"use any of: {_allowed(allowed)}")
    tags = meta.get("tags")
    if tags is not None and (not isinstance(tags, list) or not all(isinstance(t, str) and t for t in tags)):
        bad("tags", "`tags` must be a list of words", "write it as `tags: [queues, retries]`")
    return out


def check_sections(path: str, kind: str, body: str, first_line: int, category: str | None = None) -> list[Problem]:
    out: list[Problem] = []
    required = C.required_sections(kind, category)
    found = md.sections(body, first_line)
    by_title = {s.title: s for s in found}
    order = [s.title for s in found if s.title in required]
    for title in required:
        if title not in by_title:
            out.append(Problem(path, title, f"required section `## {title}` is missing",
                               f"add a `## {title}` heading with its content, in the contract's order (CONTRIBUTING.md, Sections)"))
    expected = [t for t in required if t in by_title]
    if order != expected:
        out.append(Problem(path, "sections", "required sections are out of order",
                           "order them as: " + "; ".join(expected)))
    for title in required:
        section = by_title.get(title)
        if section is None:
            continue
        text = section.text
        n = md.words(text)
        if n < C.MIN_SECTION_WORDS:
            out.append(Problem(path, title, f"section has {n} words, under the minimum of {C.MIN_SECTION_WORDS}",
                               "write the section out (it is empty or a stub)"))
        if re.search(r"\bTODO\b", text):
            out.append(Problem(path, title, "section contains TODO", "finish the section and remove the TODO"))
        if title not in C.OPEN_SECTIONS:
            lead = md.words(md.outside_blocks(text))
            if lead > LEAD_IN_MAX_WORDS:
                out.append(Problem(path, title, f"{lead} words of answer are outside collapsible blocks",
                                   f'put the answer inside a `??? answer "..."` block (at most {LEAD_IN_MAX_WORDS} words of lead-in may stay outside)'))
    out += _check_practice(path, kind, by_title)
    return out


def _check_practice(path: str, kind: str, by_title: dict) -> list[Problem]:
    out: list[Problem] = []
    for block_kind, (section_title, minimum) in C.PRACTICE_BLOCKS.items():
        if block_kind == "level" and kind == "pm":
            section_title, minimum = C.PM_LEVEL_SECTION, 2
        section = by_title.get(section_title)
        if section is None:
            continue
        found = [b for b in md.blocks(section.text, section.line) if b.kind == block_kind]
        if len(found) < minimum:
            out.append(Problem(path, section_title, f"{len(found)} `??? {block_kind}` blocks, fewer than {minimum}",
                               f'add `??? {block_kind} "..."` blocks (CONTRIBUTING.md, Practice blocks)'))
        for b in found:
            if not b.title:
                out.append(Problem(path, section_title, f"a `??? {block_kind}` block on line {b.line} has no title",
                                   f'write it as `??? {block_kind} "Title"`'))
            if not b.collapsible:
                out.append(Problem(path, section_title, f"the {block_kind} block on line {b.line} is not collapsible",
                                   "start it with `???`, not `!!!`"))
            if md.words(b.body) < 10:
                out.append(Problem(path, section_title, f"the {block_kind} block \"{b.title}\" has almost no body",
                                   "write the pivot / expectation / answer in its body"))
            if block_kind == "level" and b.title not in LEVEL_TITLES[kind]:
                out.append(Problem(path, section_title, f"level \"{b.title}\" is not a known level",
                                   f"use one of: {', '.join(LEVEL_TITLES[kind])}"))
    return out


def check_repeats(pages: dict[str, str]) -> list[Problem]:
    """Paragraphs of MIN_REPEAT_WORDS or more that appear in two walkthroughs."""
    seen: dict[str, str] = {}
    out: list[Problem] = []
    for path in sorted(pages):
        for para in dict.fromkeys(md.paragraphs(pages[path])):
            if len(para.split()) < MIN_REPEAT_WORDS:
                continue
            other = seen.setdefault(para, path)
            if other != path:
                out.append(Problem(path, "repeated paragraph",
                                   f"a paragraph repeats one in {other}: \"{para[:80]}...\"",
                                   "write this page's paragraph in its own words"))
    return out


def validate_page(path: str, source: str) -> tuple[list[Problem], dict, str]:
    try:
        meta, body, first = md.split_front_matter(source)
    except Exception as exc:  # malformed YAML
        return [Problem(path, "front matter", f"front matter is not valid YAML: {exc}",
                        "fix the YAML between the two `---` lines")], {}, ""
    problems = check_front_matter(path, meta)
    kind = meta.get("kind") if meta.get("kind") in C.KINDS else "swe"
    problems += check_sections(path, kind, body, first, meta.get("category"))
    return problems, meta, body


def is_walkthrough(rel_path: str) -> bool:
    p = Path(rel_path)
    return len(p.parts) >= 2 and p.parts[-2] == "walkthroughs" and p.suffix == ".md" and p.name != "index.md"


def check_page_front_matter(docs_dir: Path) -> list[Problem]:
    """Every page (not only walkthroughs) has a title and a one-sentence description."""
    out: list[Problem] = []
    for file in sorted(docs_dir.rglob("*.md")):
        rel = f"docs/{file.relative_to(docs_dir).as_posix()}"
        try:
            meta, _, _ = md.split_front_matter(file.read_text(encoding="utf-8"))
        except Exception as exc:
            out.append(Problem(rel, "front matter", f"front matter is not valid YAML: {exc}", "fix the YAML between the two `---` lines"))
            continue
        if meta.get("draft") is True:
            continue
        for key, fix in (("title", "add `title:` (the page's name in navigation and search)"),
                         ("description", "add `description:`, one sentence for search results and link previews")):
            if not str(meta.get(key) or "").strip():
                out.append(Problem(rel, f"front matter: {key}", f"the page has no `{key}`", fix))
        if '"' in str(meta.get("description") or ""):
            out.append(Problem(rel, "front matter: description", "the description contains a straight double quote, "
                               "which ends the theme's <meta> attribute early",
                               "use typographic quotes (“like this”) or single quotes in the description"))
    return out


def validate_tree(docs_dir: Path, include_drafts: bool = False, notebooks_dir: Path | None = None) -> list[Problem]:
    problems: list[Problem] = check_page_front_matter(docs_dir)
    bodies: dict[str, str] = {}
    for file in sorted((docs_dir / "walkthroughs").glob("*.md")):
        rel = f"docs/{file.relative_to(docs_dir).as_posix()}"
        if file.name == "index.md":
            continue
        source = file.read_text(encoding="utf-8")
        try:
            meta, _, _ = md.split_front_matter(source)
        except Exception:
            meta = {}
        if meta.get("draft") is True and not include_drafts:
            continue
        found, meta, body = validate_page(rel, source)
        if notebooks_dir is not None and meta.get("notebook") and not (notebooks_dir / f"{meta['notebook']}.py").exists():
            found.append(Problem(rel, "front matter: notebook", f"notebook `notebooks/{meta['notebook']}.py` does not exist",
                                 "create it (`make new SLUG=...` scaffolds one) or correct the name"))
        problems += found
        bodies[rel] = body
    problems += check_repeats(bodies)
    return problems


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parent.parent
    problems = validate_tree(root / "docs", include_drafts="--drafts" in argv, notebooks_dir=root / "notebooks")
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)" if problems else "all pages meet the contract")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
