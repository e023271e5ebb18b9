"""Small capacity formulas shared by notebooks and the browser calculators.

The calculators in docs/assets/practice.js implement the same formulas;
tests/test_calculators.py evaluates both on vectors drawn from these functions.
"""

from __future__ import annotations

import math

SECONDS_PER_DAY = 86_400


def workers_needed(arrival_per_s: float, time_in_system_s: float, concurrency_per_worker: float) -> int:
    """Workers = ceil(in-flight requests (Little's law) / concurrent requests one worker holds)."""
    return math.ceil(arrival_per_s * time_in_system_s / concurrency_per_worker)


def storage_bytes(items_per_s: float, bytes_per_item: float, retention_days: float, replicas: float = 1) -> float:
    """Bytes held = rate x size x retention x copies."""
    return items_per_s * bytes_per_item * retention_days * SECONDS_PER_DAY * replicas


def stream_bandwidth_bits_per_s(streams: float, events_per_s_per_stream: float, bytes_per_event: float) -> float:
    """Egress of token streams in bits/s = streams x events/s x bytes per event x 8."""
    return streams * events_per_s_per_stream * bytes_per_event * 8
