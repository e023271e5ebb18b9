"""The offline copy (`make offline`) works from the file system: every link lands on a file,
search runs, the practice features load their data, and nothing is fetched from the network."""

from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import offline

LINK = re.compile(r'\b(?:href|src)="([^"]+)"')


@pytest.fixture(scope="module")
def copy(tmp_path_factory):
    folder = tmp_path_factory.mktemp("offline") / "site"
    # Notebooks and diagrams as the session's build left them in the cache (even in CI, where
    # GUIDE_NO_CACHE=1 makes that build execute everything afresh): this test is about the
    # offline copy, and the reproducibility test already rebuilds everything from nothing.
    offline.build(folder, {"GUIDE_NO_CACHE": ""})
    archive = folder.parent / "guide.zip"
    offline.pack(folder, archive)
    return {"dir": folder, "zip": archive}


def test_the_zip_holds_the_whole_copy_under_one_folder(copy):
    with zipfile.ZipFile(copy["zip"]) as z:
        names = z.namelist()
        assert names == sorted(names) and all(n.startswith("guide/") for n in names)
        assert "guide/index.html" in names and "guide/search/search_index.js" in names
        assert {z.getinfo(n).date_time for n in names} == {offline.FIXED_TIME}
    files = [p for p in copy["dir"].rglob("*") if p.is_file()]
    assert len(files) == len(names)
    assert not list(copy["dir"].glob("assets/images/social/*"))  # no link previews offline


def test_every_local_link_lands_on_a_file(copy):
    broken = []
    for html in copy["dir"].rglob("*.html"):
        for url in LINK.findall(html.read_text(encoding="utf-8")):
            parsed = urlparse(url)
            if parsed.scheme or url.startswith(("#", "//")) or not parsed.path:
                continue
            target = (html.parent / unquote(parsed.path)).resolve()
            if not target.is_file():  # a folder would open as a directory listing, not a page
                broken.append(f"{html.relative_to(copy['dir'])}: {url}")
    assert broken == [], "\n".join(broken[:40])


def test_the_vendored_search_shim_replaces_the_cdn(copy):
    home = (copy["dir"] / "index.html").read_text(encoding="utf-8")
    assert "unpkg.com" not in home
    assert 'src="assets/vendor/iframe-worker/shim.js"' in home
    assert (copy["dir"] / "practice/data.js").read_text().startswith("(window.__guideData")


@pytest.mark.browser
def test_reading_searching_and_practising_from_the_file_system(browser, copy):
    context = browser.new_context()
    page = context.new_page()
    outside, errors = [], []
    page.on("request", lambda r: not r.url.startswith(("file:", "data:", "blob:", "about:")) and outside.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((copy["dir"] / "walkthroughs/index.html").as_uri())
    page.click("a[href='webhook-delivery.html']")
    page.wait_for_selector(".guide-practised")  # the practice script found its walkthrough
    assert page.url.endswith("/walkthroughs/webhook-delivery.html")
    page.fill("input[data-md-component=search-query]", "idempotency")
    page.wait_for_selector(".md-search-result__link", timeout=15000)
    page.goto((copy["dir"] / "practice/mock.html").as_uri())
    page.click("text=Start the interview")
    page.wait_for_selector(".guide-mock-prompt")  # the questions came from practice/data.js
    context.close()
    assert outside == [] and errors == []
