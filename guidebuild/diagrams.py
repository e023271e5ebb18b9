"""Render diagram scripts (``diagrams/*.py``) to self-contained SVG.

One script makes one diagram. Each render yields two SVGs, one per colour
scheme, that a browser can show through ``<img>``: every icon is inlined once
as a ``data:`` URI in ``<defs>`` and reused, node ids are deterministic and
hover titles are dropped, so the same script gives byte-identical output.
Results are cached by a hash of everything that can change them.
"""

from __future__ import annotations

import base64
import dataclasses
import mimetypes
import os
import re
import subprocess
import sys
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from guidebuild import cache
from guidebuild.diagram_theme import DARK_SWAPS, INK_DARK, INK_LIGHT
from guidebuild.errors import GuideBuildError

HERE = Path(__file__).resolve().parent
PROJECT_ROOT = HERE.parent
RENDER_TIMEOUT_S = 60


@dataclasses.dataclass(frozen=True)
class RenderedDiagram:
    name: str
    light: bytes
    dark: bytes
    width: int  # CSS pixels
    height: int


def _toolchain_fingerprint() -> str:
    try:
        dot = subprocess.run(["dot", "-V"], capture_output=True, text=True, check=False).stderr
    except FileNotFoundError:
        dot = "no-dot"
    renderer = b"".join((HERE / f).read_bytes() for f in ("diagrams.py", "diagram_runner.py", "diagram_theme.py"))
    return cache.digest(renderer, metadata.version("diagrams"), dot.strip(), sys.version)


def require_graphviz() -> None:
    try:
        subprocess.run(["dot", "-V"], capture_output=True, check=True)
    except (FileNotFoundError, subprocess.CalledProcessError):
        raise GuideBuildError(
            "diagrams/", "Graphviz's `dot` is not on PATH, so no diagram can be rendered",
            "install Graphviz (Debian: `sudo apt-get install graphviz`), or run `make setup`",
        ) from None


# --- running a script ---------------------------------------------------------

def _run_script(script: Path, workdir: Path) -> bytes:
    out_stem = workdir / "diagram"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(PROJECT_ROOT), os.environ.get("PYTHONPATH", "")])}
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "guidebuild.diagram_runner", str(script.resolve()), str(out_stem)],
            cwd=workdir, capture_output=True, text=True, env=env, timeout=RENDER_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        raise GuideBuildError(script, f"the script ran longer than {RENDER_TIMEOUT_S} s",
                              "a diagram script should only declare nodes and edges; remove slow work") from None
    if "GUIDE-NO-DIAGRAM" in proc.stderr:
        raise GuideBuildError(script, "the script ran but drew no diagram",
                              "declare the nodes inside `with Diagram(\"...\"):` (see diagrams/README.md)")
    if "GUIDE-MANY-DIAGRAMS" in proc.stderr:
        raise GuideBuildError(script, "the script drew more than one diagram",
                              "keep one `with Diagram(...)` per script; put the second in its own file")
    if proc.returncode != 0:
        tail = "\n    ".join(proc.stderr.strip().splitlines()[-6:])
        raise GuideBuildError(script, f"the script raised an error:\n    {tail}",
                              f"fix the script, then check it alone with `make diagram NAME={script.stem}`")
    svg = out_stem.with_suffix(".svg")
    if not svg.exists() or svg.stat().st_size == 0:
        raise GuideBuildError(script, "Graphviz produced no SVG",
                              "check that the diagram has at least one node")
    return svg.read_bytes()


# --- making the SVG self-contained and deterministic -----------------------------

_IMAGE = re.compile(rb'<image xlink:href="([^"]+)" width="([\d.]+)px" height="([\d.]+)px"([^>]*)/>')


def _inline_icons(svg: bytes, script: Path) -> bytes:
    """Replace absolute icon paths with one data-URI symbol per distinct icon."""
    ids: dict[bytes, str] = {}
    defs: list[bytes] = []

    def swap(m: re.Match) -> bytes:
        path, w, h, rest = m.groups()
        if path not in ids:
            file = Path(path.decode())
            if not file.is_file():
                raise GuideBuildError(script, f"icon {file} does not exist", "use a node class from the diagrams package or an existing image")
            mime = mimetypes.guess_type(file.name)[0] or "image/png"
            data = base64.b64encode(file.read_bytes())
            ids[path] = f"icon{len(ids) + 1}"
            defs.append(b'<image id="%s" width="%s" height="%s" preserveAspectRatio="xMidYMid meet" xlink:href="data:%s;base64,%s"/>'
                        % (ids[path].encode(), w, h, mime.encode(), data))
        return b'<use xlink:href="#%s"%s/>' % (ids[path].encode(), rest)

    body = _IMAGE.sub(swap, svg)
    if b"<image " in body:
        raise GuideBuildError(script, "an icon could not be inlined", "report this with the script attached")
    if defs:
        body = re.sub(rb"(<svg\b[^>]*>)", lambda m: m.group(1) + b"\n<defs>" + b"".join(defs) + b"</defs>", body, count=1)
    return body


def _normalise(svg: bytes) -> bytes:
    svg = re.sub(rb"<!--.*?-->\n?", b"", svg, flags=re.DOTALL)  # Graphviz version and node ids
    svg = re.sub(rb"<title>[^<]*</title>\n?", b"", svg)  # hover tooltips showing internal ids
    svg = re.sub(rb"<\?xml[^>]*>\n?|<!DOCTYPE[^>]*>\n?", b"", svg, flags=re.DOTALL)
    return svg.strip() + b"\n"


_GROUP = re.compile(rb'(<g id="[^"]*" class="(cluster|edge)">.*?</g>)', re.DOTALL)


def _dark_variant(svg: bytes) -> bytes:
    """Same drawing, with text outside cards and all lines in dark-scheme colours."""
    def recolour_text(m: re.Match) -> bytes:
        return m.group(1).replace(b'fill="%s"' % INK_LIGHT.encode(), b'fill="%s"' % INK_DARK.encode())

    out = _GROUP.sub(recolour_text, svg)
    for light, dark in DARK_SWAPS.items():
        out = out.replace(light.encode(), dark.encode())
    return out


def _size_px(svg: bytes) -> tuple[int, int]:
    m = re.search(rb'<svg[^>]*\bwidth="([\d.]+)pt"[^>]*\bheight="([\d.]+)pt"', svg)
    if not m:
        return 0, 0
    return round(float(m.group(1)) * 4 / 3), round(float(m.group(2)) * 4 / 3)


def render(script: Path, workdir: Path) -> RenderedDiagram:
    """Render one script, uncached. Raises GuideBuildError naming the script."""
    workdir.mkdir(parents=True, exist_ok=True)
    raw = _run_script(script, workdir)
    light = _normalise(_inline_icons(raw, script))
    width, height = _size_px(light)
    return RenderedDiagram(script.stem, light, _dark_variant(light), width, height)


# --- the cache and the batch --------------------------------------------------

class DiagramBuilder:
    """Renders every script in a folder, reusing cached results for unchanged ones."""

    def __init__(self, source_dir: Path, cache_dir: Path, log: Callable[[str], None] = print):
        self.source_dir = source_dir
        self.cache_dir = cache_dir
        self.log = log
        self._toolchain = None

    def scripts(self) -> list[Path]:
        return sorted(p for p in self.source_dir.glob("*.py") if not p.name.startswith("_"))

    def _key(self, script: Path) -> str:
        if self._toolchain is None:
            self._toolchain = _toolchain_fingerprint()
        return cache.digest(script.read_bytes(), self._toolchain)

    def build(self, script: Path) -> RenderedDiagram:
        entry = self.cache_dir / self._key(script)
        files = [entry.with_suffix(s) for s in (".light.svg", ".dark.svg")]
        if cache.caching_enabled() and all(f.exists() for f in files):
            light, dark = (f.read_bytes() for f in files)
            w, h = _size_px(light)
            return RenderedDiagram(script.stem, light, dark, w, h)
        workdir = self.cache_dir / "work" / script.stem
        workdir.mkdir(parents=True, exist_ok=True)
        result = render(script, workdir)
        cache.write_atomic(files[0], result.light)
        cache.write_atomic(files[1], result.dark)
        return result

    def build_all(self) -> dict[str, RenderedDiagram]:
        scripts = self.scripts()
        if scripts:
            require_graphviz()
        out = {}
        for i, script in enumerate(scripts, 1):
            self.log(f"diagram {i}/{len(scripts)}: {script.name}")
            out[script.stem] = self.build(script)
        return out
