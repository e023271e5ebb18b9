"""Add a fix to MkDocs' own link and anchor warnings.

MkDocs names the file and the broken target but not what to do; in strict
mode the warning fails the build, so the hint is the last thing a contributor
reads.
"""

from __future__ import annotations

import logging

HINTS = (
    ("does not contain an anchor", "use an anchor the target page has (its headings' ids, shown in its table of contents) or add one with `{#id}`"),
    ("not found among documentation files", "correct the relative path from this page, or create the page it points to"),
    ("is not found among", "correct the relative path from this page, or create the page it points to"),
    ("is excluded", "the target is a draft or excluded; link to it only once it is published"),
)


class FixHintFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for needle, fix in HINTS:
            if needle in message and "fix:" not in message:
                record.msg = f"{message}\n  fix: {fix}"
                record.args = ()
                break
        return True


def add_fix_hints() -> None:
    for name in ("mkdocs.structure.pages", "mkdocs.structure.nav", "mkdocs.commands.build"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, FixHintFilter) for f in logger.filters):
            logger.addFilter(FixHintFilter())
