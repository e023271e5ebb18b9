"""Helpers that every back-of-the-envelope notebook imports.

``record`` declares assumptions and figures (the values that walkthrough pages
quote), ``charts`` draws SVG charts that read on both colour schemes. Later,
``reference`` holds the shared constants (hardware, models, latencies).
"""

from estimates.record import assume, assumptions_table, figure, restate

__all__ = ["assume", "assumptions_table", "figure", "restate"]
