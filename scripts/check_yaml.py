"""Check that YAML files parse (mkdocs.yml's !ENV and !!python/name tags are allowed)."""

from __future__ import annotations

import sys

import yaml


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def main(paths: list[str]) -> int:
    bad = 0
    for path in paths:
        try:
            with open(path, encoding="utf-8") as fh:
                list(yaml.load_all(fh, Loader=_Loader))
        except yaml.YAMLError as exc:
            print(f"{path}: {exc}")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
