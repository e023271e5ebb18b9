"""The built site: diagrams embedded, notebooks executed, figures agree, nothing external."""

from __future__ import annotations

import gzip
import json
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import nbformat

ROOT = Path(__file__).resolve().parent.parent
WALKTHROUGH = "walkthroughs/webhook-delivery/index.html"
NOTEBOOK_PAGE = "notebooks/webhook-delivery/index.html"


def page(site, rel: str) -> str:
    return (site["dir"] / rel).read_text(encoding="utf-8")


def executed_figures(slug: str) -> dict:
    """The figures declared in the executed notebook, read from the .ipynb the build made."""
    nb = nbformat.read(ROOT / ".cache/guide/pages/notebooks" / f"{slug}.ipynb", as_version=4)
    out = {}
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            record = output.get("data", {}).get("application/vnd.guide.figure+json")
            if record:
                out[record["key"]] = record
    return out


class Resources(HTMLParser):
    """Every URL a page would load (not hyperlinks, which a reader follows by choice)."""

    def __init__(self):
        super().__init__()
        self.loaded: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "audio", "video", "source", "embed") and a.get("src"):
            self.loaded.append(a["src"])
        if tag == "link" and a.get("href") and set((a.get("rel") or "").split()) & {"stylesheet", "preload", "modulepreload", "icon", "manifest", "prefetch"}:
            self.loaded.append(a["href"])
        if tag == "object" and a.get("data"):
            self.loaded.append(a["data"])


def test_walkthrough_embeds_its_diagrams_lazily_with_alt_text(site):
    html = page(site, WALKTHROUGH)
    imgs = re.findall(r"<img[^>]*guide-diagram[^>]*>", html)
    assert len(imgs) >= 2 and len(imgs) % 2 == 0  # a light and a dark variant of each
    for tag in imgs:
        assert 'loading="lazy"' in tag
        alt = re.search(r'alt="([^"]*)"', tag).group(1)
        assert len(alt.split()) >= 4
    assert any("webhook-delivery-mvp-light.svg#only-light" in t for t in imgs)
    assert any("webhook-delivery-mvp-dark.svg#only-dark" in t for t in imgs)


def test_rendered_svgs_carry_their_icons_inline(site):
    svgs = sorted((site["dir"] / "diagrams").glob("*.svg"))
    assert svgs
    for svg in svgs:
        text = svg.read_text()
        assert "data:image/png;base64," in text, svg.name
        assert "site-packages" not in text and "/work/" not in text and "file:" not in text, svg.name
        assert "<image " in text and "xlink:href=\"/" not in text


def test_notebook_page_shows_executed_outputs(site):
    html = page(site, NOTEBOOK_PAGE)
    figures = executed_figures("webhook-delivery")
    assert figures, "the notebook declares figures"
    for record in list(figures.values())[:10]:
        assert record["text"].replace("&", "&amp;") in html or record["text"] in html
    assert "Traceback" not in html and "jp-OutputArea-output" in html


def test_prose_figures_equal_the_notebooks_arithmetic(site):
    """Recompute a figure from the notebook's own inputs and find it on the page."""
    figures = executed_figures("webhook-delivery")
    peak = figures["events_peak"]["value"] * figures["fanout"]["value"]
    assert figures["deliveries_peak"]["value"] == peak
    html = page(site, WALKTHROUGH)
    assert f"{peak:,.0f}" in html
    assert figures["deliveries_peak"]["text"] in html
    assert "{{ nb." not in html


def test_no_page_loads_anything_from_another_host(site):
    offenders = []
    for html_file in site["dir"].rglob("*.html"):
        parser = Resources()
        parser.feed(html_file.read_text(encoding="utf-8"))
        for url in parser.loaded:
            host = urlparse(url).netloc
            if host and host != urlparse(site["url"]).netloc:
                offenders.append((html_file.relative_to(site["dir"]).as_posix(), url))
    assert offenders == []
    css = "\n".join(p.read_text() for p in site["dir"].rglob("*.css"))
    assert not re.search(r"url\((['\"]?)https?://", css)
    assert "fonts.googleapis" not in css


def test_notebook_pages_do_not_inline_jupyterlab_css(site):
    html = page(site, NOTEBOOK_PAGE)
    styles = re.findall(r"<style[^>]*>(.*?)</style>", html, re.DOTALL)
    assert sum(len(s) for s in styles) < 5_000


def test_drafts_are_not_built(site):
    for src in (ROOT / "docs").rglob("*.md"):
        if re.search(r"^draft:\s*true\s*$", src.read_text(), re.MULTILINE):
            rel = src.relative_to(ROOT / "docs").with_suffix("")
            assert not (site["dir"] / rel / "index.html").exists(), rel
    index = json.loads((site["dir"] / "search/search_index.json").read_text())
    assert all("draft" not in (d.get("tags") or []) for d in index["docs"])


def test_edit_links_point_at_the_repository_and_no_api_is_called(site):
    html = page(site, WALKTHROUGH)
    assert 'href="https://github.com/example/guide/edit/main/docs/walkthroughs/webhook-delivery.md"' in html
    nb_html = page(site, NOTEBOOK_PAGE)
    assert "https://github.com/example/guide/edit/main/notebooks/webhook-delivery.py" in nb_html
    assert 'data-md-component="source"' not in html  # Material's widget would fetch the GitHub API


def test_every_page_has_a_description(site):
    missing = [p.relative_to(site["dir"]).as_posix() for p in site["dir"].rglob("index.html")
               if '<meta name="description"' not in p.read_text(encoding="utf-8")]
    assert missing == []


def test_search_index_leaves_out_notebook_code(site):
    index = json.loads((site["dir"] / "search/search_index.json").read_text())
    locations = [d["location"] for d in index["docs"]]
    assert not any(loc.startswith("notebooks/") for loc in locations)
    assert any(loc.startswith("walkthroughs/webhook-delivery/") for loc in locations)


def test_search_index_is_within_its_budget(site):
    raw = (site["dir"] / "search/search_index.json").read_bytes()
    assert len(gzip.compress(raw, 9)) <= 400 * 1024
    index = json.loads(raw)
    texts = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("walkthroughs/"))
    assert "<p>" not in texts and "<table" not in texts  # plain text, no markup or tables


def test_every_page_has_a_social_card_and_a_canonical_url(site):
    import struct

    html = page(site, WALKTHROUGH)
    card = re.search(r'<meta property="og:image" content="([^"]+)"', html).group(1)
    assert card.startswith(site["url"]) and card.endswith(".png")
    png = (site["dir"] / card[len(site["url"]):]).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (1200, 630)  # the size link previews expect
    assert f'<link rel="canonical" href="{site["url"]}{WALKTHROUGH.removesuffix("index.html")}">' in html
    assert '<meta property="twitter:card" content="summary_large_image"' in html
    pages_without_card = [p.relative_to(site["dir"]).as_posix() for p in site["dir"].rglob("index.html")
                          if 'property="og:image"' not in p.read_text(encoding="utf-8")]
    assert pages_without_card == []


def test_walkthroughs_are_grouped_by_category_in_the_navigation(site):
    """Following "next" from the walkthroughs index visits every walkthrough, category by
    category in the contract's order, each category sorted by title."""
    import yaml

    from guidebuild import contract

    metas = {}
    for src in sorted((ROOT / "docs/walkthroughs").glob("*.md")):
        text = src.read_text()
        meta = yaml.safe_load(text.split("---")[1]) if text.startswith("---") else {}
        if src.name != "index.md" and not meta.get("draft"):
            metas[src.stem] = meta
    expected = [slug for category in contract.CATEGORY_TITLES
                for slug in sorted((s for s, m in metas.items() if m["category"] == category), key=lambda s: metas[s]["title"])]
    visited, here = [], "walkthroughs/index.html"
    for _ in expected:
        link = re.search(r'href="([^"]+)" class="md-footer__link md-footer__link--next"', page(site, here)).group(1)
        here = posixpath.normpath(posixpath.join(posixpath.dirname(here), link)) + "/index.html"
        visited.append(here.split("/")[-2])
    assert visited == expected
    index = page(site, "walkthroughs/index.html")
    for category in {m["category"] for m in metas.values()}:
        assert contract.CATEGORY_TITLES[category] in index  # the group's name in the navigation


def test_no_script_blocks_the_first_paint_and_the_theme_palette_component_is_replaced(site):
    """Every script file is deferred; the colour scheme and the `js` class are applied while the
    page's top is parsed, not by the theme's script after the whole page (overrides/main.html)."""
    pages = sorted(site["dir"].rglob("*.html"))
    assert len(pages) > 50
    for path in pages:
        html = path.read_text(encoding="utf-8")
        if "<body" not in html:  # redirect stubs
            continue
        scripts = re.findall(r"<script\b[^>]*\bsrc=[^>]*>", html)
        assert scripts and all(" defer " in s for s in scripts), (path, [s for s in scripts if " defer " not in s])
        head, body = html.split("<body", 1)
        assert 'classList.replace("no-js", "js")' in head, path
        assert 'data-md-component="palette"' not in html and "<form class=\"md-header__option\" data-guide-palette>" in body
        assert body.index("__guide_palette(saved") < body.index('data-md-component="container"'), path
