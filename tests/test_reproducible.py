"""Two clean builds give identical files, except those listed here with a reason."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Files allowed to differ between two builds of the same commit, and why.
ALLOWED = {
    "sitemap.xml": "MkDocs stamps every <lastmod> with the build date",
    "sitemap.xml.gz": "the gzip of sitemap.xml (and its header's timestamp)",
}


def digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_clean_builds_are_identical(site, tmp_path):
    """The session's build against a second one that renders and executes everything afresh."""
    second = tmp_path / "second"
    env = {**os.environ, "GUIDE_NO_CACHE": "1", "NO_MKDOCS_2_WARNING": "1",
           "SITE_URL": site["url"], "REPO_URL": "https://github.com/example/guide"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(second)],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    first, again = digests(site["dir"]), digests(second)
    assert sorted(first) == sorted(again), "the same files are built"
    differing = sorted(name for name in first if first[name] != again[name] and name not in ALLOWED)
    assert differing == []
