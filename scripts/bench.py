"""Benchmark the build and the pages: `make bench`.

Works on a scratch copy of the project (its tracked files), so it never
touches your working tree or caches:

1. cold build: empty caches, every diagram rendered and notebook executed;
2. warm rebuild after a prose edit (caches kept);
3. the same site with notebook execution and diagram rendering switched off
   (GUIDE_BENCH_OFF=1: notebook pages rendered from the unexecuted notebooks,
   no diagrams), built twice so its own caches are warm too; the second run is
   the floor a warm rebuild is compared with;
4. page weight of a walkthrough and a notebook page on a first visit (raw and
   gzip), and the search index, measured on the cold build's files;
5. the cold build served with gzip (as static hosts serve it): Lighthouse, mobile
   preset, five runs each on the home page, a walkthrough and a notebook page
   (the pinned copy in scripts/lighthouse), and axe-core on the same pages in
   both colour schemes.

Budgets: warm <= 1.5 x off; walkthrough first visit <= 250 KB gzip; notebook
page <= 150 KB gzip and its HTML <= 40 KB gzip; search index <= 400 KB gzip;
Lighthouse mobile performance >= 98 (median of five runs) and no axe violation
on the three pages. `--no-lighthouse` skips step 5 (e.g. without Node.js).
Writes bench-report/bench.json (and the Lighthouse reports) and prints a table;
exits 1 when a budget is missed.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "bench-report"
WALKTHROUGH = "walkthroughs/webhook-delivery/index.html"
NOTEBOOK = "notebooks/webhook-delivery/index.html"
BUDGETS = {"walkthrough_gzip": 250_000, "notebook_gzip": 150_000, "notebook_html_gzip": 40_000,
           "search_index_gzip": 400 * 1024, "lighthouse_performance": 98}
LIGHTHOUSE_PAGES = {"home": "", "walkthrough": "walkthroughs/webhook-delivery/", "notebook page": "notebooks/webhook-delivery/"}
LIGHTHOUSE_RUNS = 5
TEXT_TYPES = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


def scratch_copy() -> Path:
    tmp = Path(tempfile.mkdtemp(prefix="guide-bench-"))
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True,
                           text=True, check=True).stdout.split()
    for rel in files:
        src = ROOT / rel
        if src.is_file():
            (tmp / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, tmp / rel)
    return tmp


def build(project: Path, env_extra: dict, strict: bool = True) -> tuple[float, str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **env_extra}
    env.pop("GUIDE_NO_CACHE", None)
    cmd = [sys.executable, "-m", "mkdocs", "build", "-q"] + (["--strict"] if strict else [])
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"bench: build failed:\n{proc.stderr[-3000:]}")
    return elapsed, proc.stderr


class Loads(HTMLParser):
    def __init__(self):
        super().__init__()
        self.eager: list[str] = []
        self.lazy: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and "stylesheet" in (a.get("rel") or "") and a.get("href"):
            self.eager.append(a["href"])
        elif tag == "script" and a.get("src"):
            self.eager.append(a["src"])
        elif tag == "img" and a.get("src"):
            src = a["src"]
            if "#only-dark" in src:  # light scheme visit: the dark variant is never loaded
                return
            (self.lazy if a.get("loading") == "lazy" else self.eager).append(src)


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 6, mtime=0))


def weigh(site: Path, page: str) -> dict:
    html_path = site / page
    html = html_path.read_bytes()
    parser = Loads()
    parser.feed(html.decode())
    seen, raw, packed = set(), len(html), gz(html)
    for url in parser.eager + parser.lazy:
        url = url.split("#")[0].split("?")[0]
        if url.startswith(("http:", "https:", "data:")) or not url:
            continue
        target = (html_path.parent / url).resolve()
        if target in seen or not target.is_file():
            continue
        seen.add(target)
        data = target.read_bytes()
        raw += len(data)
        packed += gz(data)
    # Material's search worker is started on every page.
    worker = next((site / "assets/javascripts/workers").glob("search.*.min.js"), None)
    if worker:
        raw += worker.stat().st_size
        packed += gz(worker.read_bytes())
    return {"html_raw": len(html), "html_gzip": gz(html), "total_raw": raw, "total_gzip": packed,
            "requests": 1 + len(seen) + (1 if worker else 0)}


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, text compressed with gzip when the browser accepts it (as static hosts do)."""

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?")[0].endswith("/"):
            path = os.path.join(path, "index.html")
        if not (os.path.isfile(path) and path.endswith(TEXT_TYPES) and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = gzip.compress(Path(path).read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(site: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


def lighthouse(base: str, out: Path) -> dict:
    runner = ROOT / "scripts/lighthouse/run.mjs"
    urls = {name: base + path for name, path in LIGHTHOUSE_PAGES.items()}
    proc = subprocess.run(["node", str(runner), "--runs", str(LIGHTHOUSE_RUNS), "--out", str(out), *urls.values()],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"bench: Lighthouse failed (run `make setup-bench`):\n{proc.stderr[-3000:]}")
    report = json.loads(proc.stdout)
    return {name: report[url] for name, url in urls.items()}


def axe(base: str) -> dict:
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT))
    from guidebuild.browser_checks import CHROMIUM, CHROMIUM_ARGS, axe_violations

    found = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        for name, path in LIGHTHOUSE_PAGES.items():
            for scheme in ("light", "dark"):
                context = browser.new_context(color_scheme=scheme)
                page = context.new_page()
                page.goto(base + path, wait_until="load")
                found[f"{name} ({scheme})"] = axe_violations(page)
                context.close()
        browser.close()
    return found


def count(project: Path, folder: str) -> int:
    return len([p for p in (project / folder).glob("*.py") if not p.name.startswith("_")])


def main() -> int:
    run_lighthouse = "--no-lighthouse" not in sys.argv
    project = scratch_copy()
    try:
        cold, _ = build(project, {})
        walkthrough = weigh(project / "site", WALKTHROUGH)
        notebook = weigh(project / "site", NOTEBOOK)
        index = (project / "site/search/search_index.json").read_bytes()
        scores, violations = {}, {}
        if run_lighthouse:
            with serve(project / "site") as base:
                shutil.rmtree(REPORT / "lighthouse", ignore_errors=True)
                scores = lighthouse(base, REPORT / "lighthouse")
                violations = axe(base)
        page = project / "docs/walkthroughs/webhook-delivery.md"
        page.write_text(page.read_text() + "\n\nA sentence added by the benchmark.\n")
        warm, _ = build(project, {})
        build(project, {"GUIDE_BENCH_OFF": "1"}, strict=False)  # fill the renderer's cache for this mode
        off, _ = build(project, {"GUIDE_BENCH_OFF": "1"}, strict=False)
        result = {
            "notebooks": count(project, "notebooks"),
            "diagrams": count(project, "diagrams"),
            "cold_build_s": round(cold, 2),
            "warm_rebuild_s": round(warm, 2),
            "off_build_s": round(off, 2),
            "warm_over_off": round(warm / off, 2),
            "walkthrough": walkthrough,
            "notebook_page": notebook,
            "search_index_raw": len(index),
            "search_index_gzip": gz(index),
            "walkthroughs": len(list((project / "docs/walkthroughs").glob("*.md"))) - 1,
            "lighthouse": scores,
            "axe": violations,
        }
    finally:
        shutil.rmtree(project, ignore_errors=True)
    checks = {
        "warm rebuild <= 1.5 x off": result["warm_over_off"] <= 1.5,
        "walkthrough first visit <= 250 KB gzip": walkthrough["total_gzip"] <= BUDGETS["walkthrough_gzip"],
        "notebook page first visit <= 150 KB gzip": notebook["total_gzip"] <= BUDGETS["notebook_gzip"],
        "notebook page HTML <= 40 KB gzip": notebook["html_gzip"] <= BUDGETS["notebook_html_gzip"],
        "search index <= 400 KB gzip": gz(index) <= BUDGETS["search_index_gzip"],
    }
    for name, lh in scores.items():
        checks[f"Lighthouse mobile performance >= 98 on the {name} (median of {LIGHTHOUSE_RUNS})"] = \
            lh["median"]["performance"] >= BUDGETS["lighthouse_performance"]
    if violations:
        checks["axe: no violation on the three pages, both schemes"] = not any(violations.values())
    result["checks"] = checks
    REPORT.mkdir(exist_ok=True)
    (REPORT / "bench.json").write_text(json.dumps(result, indent=2))
    kb = lambda n: f"{n / 1000:,.1f} KB"
    print(f"notebooks {result['notebooks']}, diagrams {result['diagrams']}")
    print(f"cold build      {cold:6.2f} s")
    print(f"warm rebuild    {warm:6.2f} s   (prose edit, caches warm)")
    print(f"off build       {off:6.2f} s   (no notebook execution, no diagram rendering)")
    print(f"warm / off      {result['warm_over_off']:6.2f}")
    for name, w in (("walkthrough", walkthrough), ("notebook page", notebook)):
        print(f"{name:<15} first visit {kb(w['total_raw'])} raw, {kb(w['total_gzip'])} gzip, "
              f"{w['requests']} requests; HTML {kb(w['html_gzip'])} gzip")
    print(f"search index    {kb(result['search_index_raw'])} raw, {kb(result['search_index_gzip'])} gzip")
    for name, lh in scores.items():
        runs = [r["performance"] for r in lh["runs"]]
        m = lh["median"]
        print(f"lighthouse {name:<12} perf {m['performance']:>5} (runs {runs}, spread {max(runs) - min(runs)}), "
              f"a11y {m['accessibility']}, best practices {m['best-practices']}, SEO {m['seo']}; "
              f"LCP {m['metrics']['largest-contentful-paint'] / 1000:.2f} s, TBT {m['metrics']['total-blocking-time']:.0f} ms")
    for where, found in violations.items():
        print(f"axe {where}: {len(found)} violation(s) {'; '.join(found)}")
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
