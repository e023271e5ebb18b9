"""Run one notebook or render one diagram outside the site build.

    python -m guidebuild.cli notebook webhook-delivery
    python -m guidebuild.cli diagram webhook-delivery-mvp
"""

from __future__ import annotations

import sys

from guidebuild.diagrams import PROJECT_ROOT, DiagramBuilder
from guidebuild.errors import GuideBuildError
from guidebuild.notebooks import NotebookBuilder

CACHE = PROJECT_ROOT / ".cache" / "guide"


def notebook(name: str) -> int:
    builder = NotebookBuilder(PROJECT_ROOT / "notebooks", CACHE / "notebooks")
    path = PROJECT_ROOT / "notebooks" / f"{name}.py"
    if not path.exists():
        print(f"no notebook notebooks/{name}.py", file=sys.stderr)
        return 2
    builder.notebooks = lambda: [path]
    result = builder.build_all()[name]
    width = max((len(k) for k in result.figures), default=0)
    for key, record in result.figures.items():
        print(f"{key:<{width}}  {record['text']}")
    print(f"executed notebook: {result.ipynb}")
    return 0


def diagram(name: str) -> int:
    script = PROJECT_ROOT / "diagrams" / f"{name}.py"
    if not script.exists():
        print(f"no diagram script diagrams/{name}.py", file=sys.stderr)
        return 2
    result = DiagramBuilder(PROJECT_ROOT / "diagrams", CACHE / "diagrams").build(script)
    out = CACHE / "preview"
    out.mkdir(parents=True, exist_ok=True)
    for scheme, data in (("light", result.light), ("dark", result.dark)):
        (out / f"{name}-{scheme}.svg").write_bytes(data)
        print(out / f"{name}-{scheme}.svg")
    print(f"{result.width}x{result.height} px, {len(result.light):,} bytes")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[1] not in ("notebook", "diagram"):
        print(__doc__, file=sys.stderr)
        return 2
    try:
        return {"notebook": notebook, "diagram": diagram}[argv[1]](argv[2])
    except GuideBuildError as exc:
        print(exc, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
