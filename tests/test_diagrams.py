"""The diagram renderer: self-contained, deterministic, legible, cached."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

from guidebuild import diagram_theme as theme
from guidebuild import diagrams
from guidebuild.errors import GuideBuildError

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = """
from diagrams import Cluster, Diagram, Edge
from diagrams.onprem.client import Client
from diagrams.onprem.compute import Server
from diagrams.onprem.queue import RabbitMQ

with Diagram("Two icons and a cluster", direction="LR"):
    with Cluster("Backend"):
        a = Server("API")
        b = Server("Worker")
    Client("Browser") >> Edge(label="HTTPS") >> a >> RabbitMQ("Queue") >> b
"""


@pytest.fixture
def script(tmp_path) -> Path:
    path = tmp_path / "example.py"
    path.write_text(SCRIPT)
    return path


def _luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance, computed here independently of the renderer."""
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_helper_matches_known_wcag_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the classic AA grey


def test_same_script_gives_byte_identical_svg(script, tmp_path):
    first = diagrams.render(script, tmp_path / "a")
    second = diagrams.render(script, tmp_path / "b")
    assert first.light == second.light
    assert first.dark == second.dark


def test_icons_are_inlined_once_and_no_local_path_remains(script, tmp_path):
    svg = diagrams.render(script, tmp_path / "w").light.decode()
    assert "site-packages" not in svg and "/resources/" not in svg and str(tmp_path) not in svg
    icons = re.findall(r'<image id="(icon\d+)"[^>]*xlink:href="data:image/png;base64,([^"]+)"', svg)
    assert len(icons) == 3  # Server used twice, stored once; Client; RabbitMQ
    uses = re.findall(r'<use xlink:href="#(icon\d+)"', svg)
    assert len(uses) == 4 and set(uses) == {i for i, _ in icons}
    for _, data in icons:
        assert base64.b64decode(data)[:8] == b"\x89PNG\r\n\x1a\n"


def test_no_random_ids_or_hover_titles(script, tmp_path):
    svg = diagrams.render(script, tmp_path / "w").light.decode()
    assert "<title>" not in svg
    assert not re.search(r"[0-9a-f]{32}", svg)


def test_every_text_colour_meets_4_5_to_1_on_its_background(script, tmp_path):
    result = diagrams.render(script, tmp_path / "w")
    for scheme, svg in (("light", result.light), ("dark", result.dark)):
        page = theme.PAGE_BACKGROUND[scheme]
        text = svg.decode()
        for group, kind in re.findall(r'(<g id="[^"]+" class="(node|edge|cluster)">.*?</g>)', text, re.DOTALL):
            for colour in re.findall(r'<text[^>]*fill="(#[0-9a-fA-F]{6})"', group):
                if kind == "node":
                    background = theme.CARD_FILL
                elif kind == "cluster":
                    background = theme.CLUSTER_FILL if scheme == "light" else theme.CLUSTER_FILL_DARK
                else:
                    background = page
                assert contrast(colour, background) >= 4.5, (scheme, kind, colour, background)
                if kind != "node":  # text not on a card also sits over the page itself at its edges
                    assert contrast(colour, page) >= 4.5, (scheme, kind, colour, page)


def test_dark_variant_recolours_lines_and_free_text(script, tmp_path):
    result = diagrams.render(script, tmp_path / "w")
    dark = result.dark.decode()
    assert theme.EDGE_DARK in dark and theme.EDGE_LIGHT not in dark
    assert f'fill="{theme.INK_DARK}">HTTPS' in dark
    assert f'fill="{theme.INK_LIGHT}">API' in dark  # node labels stay dark on their light card


def test_a_raising_script_names_itself(tmp_path):
    bad = tmp_path / "broken.py"
    bad.write_text("raise ValueError('no such node')\n")
    with pytest.raises(GuideBuildError) as err:
        diagrams.render(bad, tmp_path / "w")
    assert err.value.path.endswith("broken.py")
    assert "ValueError: no such node" in err.value.problem


def test_a_script_that_draws_nothing_is_an_error(tmp_path):
    empty = tmp_path / "empty.py"
    empty.write_text("import diagrams\n")
    with pytest.raises(GuideBuildError, match="drew no diagram"):
        diagrams.render(empty, tmp_path / "w")


def test_unchanged_script_is_not_rendered_again(script, tmp_path, monkeypatch):
    monkeypatch.delenv("GUIDE_NO_CACHE", raising=False)  # CI disables the cache for builds
    builder = diagrams.DiagramBuilder(script.parent, tmp_path / "cache", log=lambda m: None)
    first = builder.build(script)
    calls = []
    monkeypatch.setattr(diagrams, "render", lambda *a: calls.append(a))
    again = builder.build(script)
    assert calls == [] and again.light == first.light
    script.write_text(SCRIPT.replace('"API"', '"Public API"'))
    monkeypatch.undo()
    changed = builder.build(script)
    assert b"Public API" in changed.light


def test_missing_graphviz_is_reported(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(GuideBuildError, match="Graphviz's `dot` is not on PATH"):
        diagrams.require_graphviz()


def test_every_project_diagram_renders(tmp_path):
    scripts = sorted((ROOT / "diagrams").glob("*.py"))
    assert scripts, "the project has diagram scripts"
    for script in scripts:
        result = diagrams.render(script, tmp_path / script.stem)
        assert result.width > 0 and b"<use " in result.light, script.name
