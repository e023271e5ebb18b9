"""Drop the template indentation from a built page.

The theme's templates indent every level of the navigation, so about a third of a
page's bytes are runs of spaces and newlines between tags (21 KB of the home page's
43 KB of navigation). They cost download and parse time on every page and show
nothing: in normal text flow a run of white space that holds a newline renders the
same as a single newline. So each such run becomes one newline, in text only (never
inside a tag's attributes) and never inside the elements whose white space is kept:
``pre``, ``code`` and ``kbd`` (the theme sets ``white-space: pre-wrap`` on them),
``textarea``, ``script`` and ``style``.
"""

from __future__ import annotations

import re

_KEPT = re.compile(r"<(pre|code|kbd|textarea|script|style)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_RUN_WITH_NEWLINE = re.compile(r"[ \t\r\n]*\n[ \t\r\n]*")


def _between(pattern: re.Pattern, html: str, change) -> str:
    """``html`` with ``change`` applied to the stretches between matches of ``pattern``."""
    out, last = [], 0
    for match in pattern.finditer(html):
        out += [change(html[last:match.start()]), match.group()]
        last = match.end()
    return "".join(out + [change(html[last:])])


def _collapse_text(chunk: str) -> str:
    return _between(_TAG, chunk, lambda text: _RUN_WITH_NEWLINE.sub("\n", text))


def collapse_whitespace(html: str) -> str:
    return _between(_KEPT, html, _collapse_text)
