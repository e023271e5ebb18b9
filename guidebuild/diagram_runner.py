"""Runs one contributor diagram script with the guide's theme applied.

Invoked as ``python -m guidebuild.diagram_runner SCRIPT OUT_STEM`` by
:mod:`guidebuild.diagrams`, in a subprocess, so that a script's globals,
crashes and ``sys.exit`` calls stay out of the build process. The script
stays plain ``diagrams`` code: the theme, the output file and the
deterministic node ids are imposed here by adjusting the library's class
defaults before the script runs.
"""

from __future__ import annotations

import itertools
import runpy
import sys

import diagrams  # noqa: F401  (the patched classes live in this package)
from diagrams import Cluster, Diagram, Edge, Node

from guidebuild.diagram_theme import CARD, CLUSTER, EDGE, GRAPH, NODE_LABEL

RENDERED: list[str] = []


def apply_theme(out_stem: str) -> None:
    Diagram._default_graph_attrs = {**Diagram._default_graph_attrs, **GRAPH}
    Diagram._default_node_attrs = {**Diagram._default_node_attrs, **NODE_LABEL}
    Diagram._default_edge_attrs = {**Diagram._default_edge_attrs, **EDGE}
    Edge._default_edge_attrs = {**Edge._default_edge_attrs, **EDGE}
    Cluster._default_graph_attrs = {**Cluster._default_graph_attrs, **CLUSTER}
    # Clusters pick a pastel fill by nesting depth; use the theme's fill at every depth.
    Cluster._Cluster__bgcolors = (CLUSTER["bgcolor"],)

    counter = itertools.count(1)
    Node._rand_id = staticmethod(lambda: f"node{next(counter)}")

    original_init = Diagram.__init__

    def themed_init(self, *args, **kwargs):
        kwargs.update(filename=out_stem, outformat="svg", show=False)
        original_init(self, *args, **kwargs)
        # The diagram's own name would be drawn as a caption; pages give the caption.
        self.dot.graph_attr["label"] = ""
        RENDERED.append(out_stem)

    Diagram.__init__ = themed_init

    # Icon nodes are drawn with shape "none"; put them on a light rounded card
    # so that dark icons and their labels read on both colour schemes.
    def carded(add):
        def node(self, nodeid, label, **attrs):
            if attrs.get("image"):
                attrs.update(CARD)
            add(self, nodeid, label, **attrs)

        return node

    Diagram.node = carded(Diagram.node)
    Cluster.node = carded(Cluster.node)


def main(argv: list[str]) -> int:
    script, out_stem = argv[1], argv[2]
    apply_theme(out_stem)
    sys.argv = [script]
    runpy.run_path(script, run_name="__main__")
    if not RENDERED:
        print("GUIDE-NO-DIAGRAM", file=sys.stderr)
        return 3
    if len(RENDERED) > 1:
        print("GUIDE-MANY-DIAGRAMS", file=sys.stderr)
        return 4
    return 0


if __name__ == "__main__":  # pragma: no cover - exercised through subprocess
    sys.exit(main(sys.argv))
