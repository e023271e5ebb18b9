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
   gzip), and the search index, measured on the cold build's files.

Targets (from the foundation issue): warm <= 1.5 x off; walkthrough first visit
<= 250 KB gzip; notebook page <= 150 KB gzip and its HTML <= 40 KB gzip.
Writes bench-report/bench.json and prints a table.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "bench-report"
WALKTHROUGH = "walkthroughs/webhook-delivery/index.html"
NOTEBOOK = "notebooks/webhook-delivery/index.html"
BUDGETS = {"walkthrough_gzip": 250_000, "notebook_gzip": 150_000, "notebook_html_gzip": 40_000}


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


def count(project: Path, folder: str) -> int:
    return len([p for p in (project / folder).glob("*.py") if not p.name.startswith("_")])


def main() -> int:
    project = scratch_copy()
    try:
        cold, _ = build(project, {})
        walkthrough = weigh(project / "site", WALKTHROUGH)
        notebook = weigh(project / "site", NOTEBOOK)
        index = (project / "site/search/search_index.json").read_bytes()
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
        }
    finally:
        shutil.rmtree(project, ignore_errors=True)
    checks = {
        "warm rebuild <= 1.5 x off": result["warm_over_off"] <= 1.5,
        "walkthrough first visit <= 250 KB gzip": walkthrough["total_gzip"] <= BUDGETS["walkthrough_gzip"],
        "notebook page first visit <= 150 KB gzip": notebook["total_gzip"] <= BUDGETS["notebook_gzip"],
        "notebook page HTML <= 40 KB gzip": notebook["html_gzip"] <= BUDGETS["notebook_html_gzip"],
    }
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
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
