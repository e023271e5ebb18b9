"""A content-addressed file cache shared by the diagram and notebook builders.

Entries are written atomically (temporary file, then rename), so an
interrupted or failed build never leaves a half-written entry behind.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def digest(*parts: bytes | str) -> str:
    """SHA-256 over the parts, each length-prefixed so that boundaries count."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def caching_enabled() -> bool:
    """CI sets GUIDE_NO_CACHE=1 so that every notebook and diagram is built fresh."""
    return os.environ.get("GUIDE_NO_CACHE", "") not in ("1", "true", "yes")


def write_if_changed(path: Path, data: bytes) -> None:
    """Write only when the bytes differ, so file watchers and mtimes stay quiet."""
    if path.exists() and path.read_bytes() == data:
        return
    write_atomic(path, data)
