"""How often a long job should checkpoint, and how much useful work it then gets done.

Failures are taken as exponential with mean time between failures ``mtbf``; ``delta`` is the
time one checkpoint stalls the job and ``restart`` the time to resume after a failure. All
arguments in one time unit (the results come back in it).

- Young (1974): tau = sqrt(2 * delta * mtbf), first order.
- Daly (2006): the higher-order estimate his paper recommends, exact enough when delta is
  not small next to mtbf (tests/test_checkpointing.py checks his worked examples).
- ``goodput``: useful work over wall-clock time for an interval tau, and ``best_interval``
  the interval that maximises it, found numerically.
"""

from __future__ import annotations

import math

import numpy as np


def young_interval(delta: float, mtbf: float) -> float:
    return math.sqrt(2 * delta * mtbf)


def daly_interval(delta: float, mtbf: float) -> float:
    if delta >= 2 * mtbf:
        return mtbf
    x = delta / (2 * mtbf)
    return math.sqrt(2 * delta * mtbf) * (1 + math.sqrt(x) / 3 + x / 9) - delta


def goodput(tau: float, delta: float, mtbf: float, restart: float) -> float:
    """Useful work over wall-clock time with a checkpoint every tau (Daly's expected run time)."""
    return tau / (mtbf * math.exp(restart / mtbf) * (math.exp((tau + delta) / mtbf) - 1))


def best_interval(delta: float, mtbf: float, restart: float) -> tuple[float, float]:
    """(interval, goodput) at the best interval, searched on a fine logarithmic grid."""
    taus = np.geomspace(max(delta, 1e-3) * 1e-2, 20 * mtbf, 20_000)
    g = taus / (mtbf * np.exp(restart / mtbf) * (np.exp((taus + delta) / mtbf) - 1))
    i = int(np.argmax(g))
    return float(taus[i]), float(g[i])
