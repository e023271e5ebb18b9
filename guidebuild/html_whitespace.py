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


def _collapse_text(chunk: str) -> str:
    out, last = [], 0
    for tag in _TAG.finditer(chunk):
        out.append(_RUN_WITH_NEWLINE.sub("\n", chunk[last:tag.start()]))
        out.append(tag.group())
        last = tag.end()
    out.append(_RUN_WITH_NEWLINE.sub("\n", chunk[last:]))
    return "".join(out)


def collapse_whitespace(html: str) -> str:
    out, last = [], 0
    for kept in _KEPT.finditer(html):
        out.append(_collapse_text(html[last:kept.start()]))
        out.append(kept.group())
        last = kept.end()
    out.append(_collapse_text(html[last:]))
    return "".join(out)
