"""SVG charts that read on both colour schemes.

Text, axes and grid are drawn in a placeholder colour that becomes
``currentColor``, so the chart takes the page's text colour when it is shown
inline. Series colours keep at least 3:1 against both page backgrounds.
Output is deterministic: no dates, fixed element ids.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt
from IPython.display import HTML, display

_INK = "#010203"  # placeholder, replaced by currentColor
SERIES = ["#2f6fdf", "#d9480f", "#2b8a3e", "#9c36b5"]

STYLE = {
    "figure.facecolor": "none",
    "axes.facecolor": "none",
    "savefig.facecolor": "none",
    "text.color": _INK,
    "axes.labelcolor": _INK,
    "axes.edgecolor": _INK,
    "xtick.color": _INK,
    "ytick.color": _INK,
    "grid.color": _INK,
    "grid.alpha": 0.25,
    "axes.grid": True,
    "axes.prop_cycle": matplotlib.cycler(color=SERIES),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "font.size": 11,
    "font.family": "sans-serif",
    "svg.fonttype": "none",
    "svg.hashsalt": "guide",
    "figure.figsize": (7.0, 3.6),
    "lines.linewidth": 2.2,
}


plt.rcParams.update(STYLE)


def new_chart():
    """A figure and axes with the guide's style applied."""
    return plt.subplots()


def to_svg(fig, alt: str) -> str:
    """Serialise the figure as inline SVG with an accessible name."""
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = svg.replace(_INK, "currentColor")
    svg = svg.replace("<svg ", f'<svg role="img" aria-label="{_escape(alt)}" class="guide-chart" ', 1)
    return svg


def show(fig, alt: str) -> None:
    """Display the chart in the notebook (and so on its page), as inline SVG."""
    if not alt or len(alt.split()) < 4:
        raise ValueError("a chart needs alt text of a few words saying what it shows")
    # As HTML, not image/svg+xml: the page then holds the <svg> inline, so its
    # currentColor follows the colour scheme and its aria-label is kept (an SVG
    # output is turned into an <img> with a generic alt by the notebook renderer).
    display(HTML(f'<figure class="guide-chart-figure">{to_svg(fig, alt)}</figure>'))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
