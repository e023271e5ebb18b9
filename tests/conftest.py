"""Shared fixtures: the real site built once, and small fixture sites for bad input."""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The real site, built once per test run (strict), and served on localhost.

    The site URL is the server's own address, so canonical links and the sitemap
    point at the pages under test. A repository URL is set so edit links are rendered.
    """
    port = _free_port()
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "SITE_URL": f"http://127.0.0.1:{port}/", "REPO_URL": "https://github.com/example/guide",
           "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run([*MKDOCS, "build", "--strict", "-d", str(out)], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.fail(f"strict build of the site failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-6000:]}")
    handler = functools.partial(_QuietHandler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield {"dir": out, "url": f"http://127.0.0.1:{port}/", "log": proc.stderr}
    server.shutdown()


# --- fixture sites -------------------------------------------------------------------

def _fixture_config() -> str:
    text = (ROOT / "mkdocs.yml").read_text()
    text = re.sub(r"\nwatch:\n(?:  - .*\n)+", "\n", text)
    text = text.replace("overrides/hooks/guide.py", str(ROOT / "overrides/hooks/guide.py"))
    text = text.replace("custom_dir: overrides", f"custom_dir: {ROOT / 'overrides'}")
    text = text.replace('base_path: ["."]', f'base_path: ["{ROOT}"]')
    return text


@pytest.fixture(scope="session")
def fixture_cache(tmp_path_factory):
    """One cache shared by the fixture builds, so the good notebook runs once."""
    return tmp_path_factory.mktemp("fixture-cache")


@pytest.fixture
def fixture_site(tmp_path, fixture_cache):
    """A small copy of a good site to break in one place; .build() runs a strict build."""
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / "good", project)
    (project / "mkdocs.yml").write_text(_fixture_config())
    (project / "docs" / "assets").mkdir(exist_ok=True)
    shutil.copy(ROOT / "docs" / "assets" / "guide.css", project / "docs" / "assets" / "guide.css")
    (project / ".cache").symlink_to(fixture_cache)

    class Site:
        path = project

        def write(self, rel: str, text: str) -> None:
            target = project / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)

        def read(self, rel: str) -> str:
            return (project / rel).read_text()

        def replace(self, rel: str, old: str, new: str) -> None:
            text = self.read(rel)
            assert old in text, f"fixture {rel} does not contain {old!r}"
            self.write(rel, text.replace(old, new))

        def build(self, env: dict | None = None) -> subprocess.CompletedProcess:
            full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
            return subprocess.run([*MKDOCS, "build", "--strict", "-d", str(tmp_path / "site")],
                                  cwd=project, env=full_env, capture_output=True, text=True)

    return Site()


# --- the browser --------------------------------------------------------------------

from guidebuild.browser_checks import CHROMIUM, CHROMIUM_ARGS


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (Playwright cannot download a browser here)."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: run `make setup-browser` (Debian: apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()
