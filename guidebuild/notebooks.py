"""Execute the back-of-the-envelope notebooks (``notebooks/*.py``).

Notebooks are jupytext percent-format files. Each is executed in a fresh
kernel with the project root as working directory and on ``sys.path``; a
raising cell or a run past ``NOTEBOOK_TIME_LIMIT_S`` fails with the notebook's
name. The executed ``.ipynb`` and the figures it declared (see
:mod:`estimates.record`) are cached under a key made of the notebook, every
module of the ``estimates`` package, the dependency lock file and this file,
so a local rebuild re-executes a notebook only when one of those changed.
``GUIDE_NO_CACHE=1`` (set by CI) executes every notebook afresh.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import dataclasses
import json
import os
import re
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

from estimates.record import FIGURE_MIME
from guidebuild import cache
from guidebuild.errors import GuideBuildError

# The one place the time limit is set (seconds of wall clock per notebook).
# GUIDE_NOTEBOOK_TIME_LIMIT overrides it, for the test that proves it works.
NOTEBOOK_TIME_LIMIT_S = 120

HERE = Path(__file__).resolve().parent
PROJECT_ROOT = HERE.parent
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def time_limit() -> float:
    return float(os.environ.get("GUIDE_NOTEBOOK_TIME_LIMIT", NOTEBOOK_TIME_LIMIT_S))


@dataclasses.dataclass(frozen=True)
class ExecutedNotebook:
    slug: str
    ipynb: Path  # the executed notebook, in the cache
    figures: dict[str, dict]  # key -> record (kind, value, text, label[, source])
    cached: bool = False


# --- execution -----------------------------------------------------------------

def _error_cell(nb) -> tuple[int, str]:
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    for number, cell in enumerate(code_cells, 1):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                return number, f"{out.get('ename')}: {_ANSI.sub('', out.get('evalue', ''))}"
    return 0, ""


def read_notebook(path: Path):
    """Read a jupytext file with stable cell ids (jupytext draws random ones)."""
    nb = jupytext.read(path)
    for number, cell in enumerate(nb.cells, 1):
        cell.id = f"cell-{number}"
    return nb


async def _execute(path: Path, root: Path, limit: float):
    nb = read_notebook(path)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    # The wall-clock limit is enforced around the whole run; the per-cell timeout
    # is only a backstop, longer, so that the whole-notebook limit fires first.
    client = NotebookClient(nb, timeout=limit + 30, kernel_name="python3", allow_errors=False,
                            record_timing=False, resources={"metadata": {"path": str(root)}})
    started = time.monotonic()
    too_slow = GuideBuildError(path, f"the notebook ran past its time limit of {limit:g} s",
                               "make the slow cell cheaper (fewer samples, smaller sweep); the limit is "
                               "NOTEBOOK_TIME_LIMIT_S in guidebuild/notebooks.py")
    try:
        # The kernel's own stderr only carries a start-up notice about TCP transport;
        # errors reach us through the cells' outputs.
        await asyncio.wait_for(client.async_execute(stderr=subprocess.DEVNULL), timeout=limit)
    except (asyncio.TimeoutError, CellTimeoutError):
        raise too_slow from None
    except CellExecutionError:
        number, error = _error_cell(nb)
        raise GuideBuildError(path, f"code cell {number} raised {error}",
                              f"fix the cell, then run the notebook alone with `make notebook NAME={path.stem}`") from None
    except DeadKernelError as exc:
        if time.monotonic() - started >= limit:  # cancelled at the limit, the kernel was shut down
            raise too_slow from None
        raise GuideBuildError(path, f"the kernel died: {exc}", "look for a cell that exits or exhausts memory") from None
    return nb


def _collect_figures(nb, path: Path) -> dict[str, dict]:
    figures: dict[str, dict] = {}
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            record = out.get("data", {}).get(FIGURE_MIME)
            if record:
                figures[record["key"]] = dict(record)
    return figures


def _strip_volatile(nb) -> None:
    """Drop what differs between identical runs, so the output is reproducible."""
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)


def _run_coroutine(factory):
    """asyncio.run, also from a thread that already runs an event loop (a test
    driving a browser, an embedding application): then in a thread of its own."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(factory())
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(factory())).result()


# --- the cache and the batch --------------------------------------------------

class NotebookBuilder:
    def __init__(self, source_dir: Path, cache_dir: Path, root: Path = PROJECT_ROOT,
                 log: Callable[[str], None] = print):
        self.source_dir = source_dir
        self.cache_dir = cache_dir
        self.root = root
        self.log = log

    def notebooks(self) -> list[Path]:
        return sorted(p for p in self.source_dir.glob("*.py") if not p.name.startswith("_"))

    def _dependencies_digest(self) -> str:
        parts: list[bytes] = [(HERE / "notebooks.py").read_bytes()]
        for folder in (self.root / "estimates", PROJECT_ROOT / "estimates"):
            for module in sorted(folder.rglob("*.py")):
                parts += [str(module.relative_to(folder)).encode(), module.read_bytes()]
        lock = PROJECT_ROOT / "requirements.lock"
        if lock.exists():
            parts.append(lock.read_bytes())
        return cache.digest(*parts)

    def _paths(self, path: Path, deps: str) -> tuple[Path, Path]:
        key = cache.digest(path.read_bytes(), deps, str(time_limit()))[:32]
        base = self.cache_dir / path.stem / key
        return base.with_suffix(".ipynb"), base.with_suffix(".figures.json")

    async def _build_one(self, path: Path, deps: str, sem: asyncio.Semaphore, progress) -> ExecutedNotebook:
        ipynb, figs = self._paths(path, deps)
        if cache.caching_enabled() and ipynb.exists() and figs.exists():
            progress(path, "cached")
            return ExecutedNotebook(path.stem, ipynb, json.loads(figs.read_text()), cached=True)
        async with sem:
            progress(path, "executing")
            nb = await _execute(path, self.root, time_limit())
        figures = _collect_figures(nb, path)
        _strip_volatile(nb)
        cache.write_atomic(ipynb, nbformat.writes(nb).encode())
        cache.write_atomic(figs, json.dumps(figures, indent=1).encode())
        return ExecutedNotebook(path.stem, ipynb, figures)

    def unexecuted_all(self) -> dict[str, ExecutedNotebook]:
        """The notebooks converted but not run (no outputs, no figures): the benchmark's floor."""
        out = {}
        for path in self.notebooks():
            target = self.cache_dir / path.stem / "unexecuted.ipynb"
            cache.write_if_changed(target, nbformat.writes(read_notebook(path)).encode())
            out[path.stem] = ExecutedNotebook(path.stem, target, {})
        return out

    def build_all(self) -> dict[str, ExecutedNotebook]:
        paths = self.notebooks()
        if not paths:
            return {}
        deps = self._dependencies_digest()
        done = 0

        def progress(path: Path, what: str) -> None:
            nonlocal done
            done += 1
            self.log(f"notebook {done}/{len(paths)}: {path.name} ({what})")

        pythonpath = os.environ.get("PYTHONPATH", "")
        os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(self.root), str(PROJECT_ROOT), pythonpath) if p)
        os.environ.setdefault("MPLBACKEND", "svg")

        async def run_all():
            sem = asyncio.Semaphore(max(1, min(4, os.cpu_count() or 1)))
            tasks = [self._build_one(p, deps, sem, progress) for p in paths]
            return await asyncio.gather(*tasks)

        try:
            results = _run_coroutine(run_all)
        finally:
            os.environ["PYTHONPATH"] = pythonpath
        return {r.slug: r for r in results}
