"""Build the offline copy and pack it: `make offline`.

A strict build with Material's offline plugin switched on (GUIDE_OFFLINE=true: file
URLs end in .html, search runs through the vendored iframe-worker shim, the
practice data loads as scripts), into site-offline/, then zipped into
dist/guide-offline.zip with sorted entries and fixed timestamps, so the same
commit gives the same zip. Unzip it anywhere and open index.html.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "site-offline"
ZIP = ROOT / "dist" / "guide-offline.zip"
FIXED_TIME = (2026, 1, 1, 0, 0, 0)


def build(out: Path, extra_env: dict | None = None) -> None:
    env = {**os.environ, "GUIDE_OFFLINE": "true", "GUIDE_SOCIAL_CARDS": "false", "NO_MKDOCS_2_WARNING": "1",
           **(extra_env or {})}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)], cwd=ROOT, env=env)
    if result.returncode != 0:
        sys.exit("offline: the strict build failed (see above)")
    # Only a web server shows the 404 page (its links are absolute paths): no use on a disk.
    (out / "404.html").unlink(missing_ok=True)


def pack(folder: Path, archive: Path) -> int:
    archive.parent.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for path in files:
            info = zipfile.ZipInfo(f"guide/{path.relative_to(folder).as_posix()}", FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, path.read_bytes())
    return len(files)


def main() -> int:
    shutil.rmtree(OUT, ignore_errors=True)
    build(OUT)
    count = pack(OUT, ZIP)
    print(f"offline copy: {count} files in {ZIP.relative_to(ROOT)} ({ZIP.stat().st_size / 1e6:.1f} MB); "
          "unzip it and open guide/index.html")
    return 0


if __name__ == "__main__":
    sys.exit(main())
