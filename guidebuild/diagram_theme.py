"""Colours and attributes that make diagrams legible on both colour schemes.

The light rendering is drawn with these values. The dark rendering is the same
SVG with the colours in ``DARK_SWAPS`` replaced, so both variants come from one
Graphviz run. Node labels sit on light cards in both variants; cluster titles,
edge labels and edges take the scheme's colour. Every text colour keeps a
contrast of at least 4.5:1 against its background (tests/test_diagrams.py
recomputes it against Material's page backgrounds).
"""

# Material's page backgrounds: default scheme and slate.
PAGE_BACKGROUND = {"light": "#ffffff", "dark": "#1e2129"}

INK_LIGHT = "#24292f"  # text on light surfaces
INK_DARK = "#e6edf3"  # text on the dark page
EDGE_LIGHT = "#57606a"
EDGE_DARK = "#9da7b3"
CARD_FILL = "#ffffff"
CARD_BORDER = "#d0d7de"
CLUSTER_BORDER_LIGHT = "#8c959f"
CLUSTER_BORDER_DARK = "#6e7781"
CLUSTER_FILL = "#f6f8fa"
CLUSTER_FILL_DARK = "#2a2f3a"

GRAPH = {
    "bgcolor": "transparent",
    "pad": "0.3",
    "fontname": "Helvetica",
    "fontcolor": INK_LIGHT,
}
NODE_LABEL = {"fontname": "Helvetica", "fontsize": "12", "fontcolor": INK_LIGHT}
EDGE = {"color": EDGE_LIGHT, "fontcolor": INK_LIGHT, "fontname": "Helvetica", "fontsize": "11"}
CLUSTER = {
    "bgcolor": CLUSTER_FILL,
    "pencolor": CLUSTER_BORDER_LIGHT,
    "fontcolor": INK_LIGHT,
    "fontname": "Helvetica",
    "fontsize": "12",
    "style": "rounded",
}
CARD = {
    "shape": "box",
    "style": "rounded,filled",
    "fillcolor": CARD_FILL,
    "color": CARD_BORDER,
    "penwidth": "1",
}

# Colours of text that is not on a card or a cluster fill, and of lines.
# Node label text is on a white card and cluster text on the cluster fill, so
# INK_LIGHT text inside those must not be swapped: the renderer swaps text by
# its role (see guidebuild.diagrams._dark_variant), not by a blind replace.
DARK_SWAPS = {
    EDGE_LIGHT: EDGE_DARK,
    CLUSTER_BORDER_LIGHT: CLUSTER_BORDER_DARK,
    CLUSTER_FILL: CLUSTER_FILL_DARK,
}
