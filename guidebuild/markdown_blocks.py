"""Read a page's front matter, its H2 sections and its collapsible blocks.

A small, dependency-light parser for the parts of Markdown the contract talks
about. It ignores fenced code, so an example inside ```` ``` ```` never counts as a
heading or a block.
"""

from __future__ import annotations

import dataclasses
import re

import yaml

_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*(?:\n|\Z)", re.DOTALL)
_FENCE = re.compile(r"^(\s*)(```+|~~~+)")
_BLOCK = re.compile(r'^(\?\?\?\+?|!!!)\s+([\w-]+)(?:\s+[\w-]+)*(?:\s+"(.*)")?\s*$')


@dataclasses.dataclass
class Block:
    kind: str  # admonition type, e.g. answer, twist, level, check
    title: str
    body: str  # dedented Markdown
    collapsible: bool
    line: int


@dataclasses.dataclass
class Section:
    title: str
    line: int
    lines: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def split_front_matter(source: str) -> tuple[dict, str, int]:
    """Return (front matter, body, line number where the body starts)."""
    m = _FRONT.match(source)
    if not m:
        return {}, source, 1
    meta = yaml.safe_load(m.group(1)) or {}
    if not isinstance(meta, dict):
        raise ValueError("front matter is not a mapping")
    return meta, source[m.end():], source[: m.end()].count("\n") + 1


def _mask_fences(lines: list[str]) -> list[bool]:
    """True for lines inside fenced code blocks (including the fences)."""
    inside, marker, masked = False, "", []
    for line in lines:
        m = _FENCE.match(line)
        if m and not inside:
            inside, marker = True, m.group(2)[:3]
            masked.append(True)
            continue
        if inside:
            masked.append(True)
            if line.strip().startswith(marker):
                inside = False
            continue
        masked.append(False)
    return masked


def sections(body: str, first_line: int = 1) -> list[Section]:
    lines = body.split("\n")
    masked = _mask_fences(lines)
    out: list[Section] = []
    for i, line in enumerate(lines):
        if not masked[i] and line.startswith("## "):
            title = re.sub(r"\s*\{[^}]*\}\s*$", "", line[3:]).strip()
            out.append(Section(title, first_line + i, []))
        elif out:
            out[-1].lines.append(line)
    return out


def blocks(text: str, first_line: int = 1) -> list[Block]:
    """Top-level admonitions (``???``/``!!!``) in a stretch of Markdown."""
    lines = text.split("\n")
    masked = _mask_fences(lines)
    out: list[Block] = []
    i = 0
    while i < len(lines):
        m = None if masked[i] else _BLOCK.match(lines[i])
        if not m:
            i += 1
            continue
        start, body = i, []
        i += 1
        while i < len(lines) and (lines[i].startswith("    ") or lines[i].strip() == ""):
            body.append(lines[i][4:])
            i += 1
        while body and not body[-1].strip():
            body.pop()
        out.append(Block(m.group(2), (m.group(3) or "").strip(), "\n".join(body),
                         m.group(1).startswith("???"), first_line + start))
    return out


def outside_blocks(text: str) -> str:
    """The Markdown of a stretch with every top-level admonition removed."""
    lines = text.split("\n")
    masked = _mask_fences(lines)
    keep, i = [], 0
    while i < len(lines):
        if not masked[i] and _BLOCK.match(lines[i]):
            i += 1
            while i < len(lines) and (lines[i].startswith("    ") or lines[i].strip() == ""):
                i += 1
            continue
        keep.append(lines[i])
        i += 1
    return "\n".join(keep)


_CODE = re.compile(r"`[^`]*`")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def words(text: str) -> int:
    lines = text.split("\n")
    masked = _mask_fences(lines)
    prose = "\n".join(line for line, m in zip(lines, masked) if not m)
    prose = _LINK.sub(r"\1", prose)
    prose = re.sub(r"<[^>]+>", " ", prose)
    return len(re.findall(r"[A-Za-z0-9][\w'’.,%/-]*", prose))


def paragraphs(text: str) -> list[str]:
    """Prose paragraphs, normalised for comparison (no tables, code or headings)."""
    lines = text.split("\n")
    masked = _mask_fences(lines)
    paras, current = [], []
    for line, m in zip(lines, masked):
        stripped = line.strip()
        if m or not stripped or stripped.startswith(("#", "|", "???", "!!!", "---", "<", "![")):
            if current:
                paras.append(" ".join(current))
                current = []
            continue
        current.append(stripped)
    if current:
        paras.append(" ".join(current))
    return [re.sub(r"\s+", " ", p.lower()).strip() for p in paras]
