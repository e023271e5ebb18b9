"""Fonts for the social cards, taken from the machine instead of Google Fonts.

Material's social plugin downloads its font family from Google Fonts the first
time it draws a card, unless the family's files are already in its cache
(``<cache_dir>/fonts/<family>/<style>.ttf``). We put DejaVu Sans there from the
system's fonts (Debian: fonts-dejavu-core), so a build never reaches the network.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from guidebuild.errors import GuideBuildError

FAMILY = "DejaVu Sans"
# style used by the card layout -> (fontconfig pattern, file name, usual locations)
STYLES = {
    "Regular": ("DejaVu Sans:style=Book", "DejaVuSans.ttf"),
    "Bold": ("DejaVu Sans:style=Bold", "DejaVuSans-Bold.ttf"),
}
SEARCH_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),  # Debian, Ubuntu
    Path("/usr/share/fonts/dejavu-sans-fonts"),  # Fedora
    Path("/usr/share/fonts/TTF"),  # Arch
    Path.home() / "Library/Fonts",  # macOS (brew install --cask font-dejavu)
    Path("/Library/Fonts"),
)


def find_font(pattern: str, file_name: str) -> Path | None:
    for folder in SEARCH_DIRS:
        if (folder / file_name).is_file():
            return folder / file_name
    if shutil.which("fc-match"):
        found = subprocess.run(["fc-match", "-f", "%{file}", pattern], capture_output=True, text=True).stdout.strip()
        if found and Path(found).name == file_name and Path(found).is_file():
            return Path(found)
    return None


def seed(cache_dir: Path) -> list[Path]:
    """Copy the family's styles into the plugin's font cache; return the files written."""
    target = cache_dir / "fonts" / FAMILY
    written = []
    for style, (pattern, file_name) in STYLES.items():
        dest = target / f"{style}.ttf"
        if dest.is_file():
            continue
        source = find_font(pattern, file_name)
        if source is None:
            raise GuideBuildError(
                "mkdocs.yml (social cards)", f"the font file {file_name} ({FAMILY} {style}) is not on this machine",
                "install DejaVu Sans (Debian/Ubuntu: sudo apt-get install fonts-dejavu-core; "
                "macOS: brew install --cask font-dejavu), or run `make setup`")
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, dest)
        written.append(dest)
    return written
