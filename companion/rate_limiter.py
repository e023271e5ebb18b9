"""In-process rate limiters: a token bucket and two sliding windows.

Every limiter takes an injectable ``clock`` (a zero-argument callable returning
seconds from a monotonic source), so tests drive time explicitly instead of
sleeping, and guards its state with a lock, so two threads can never both
spend the last token. ``try_acquire`` never blocks: the caller decides whether
to reject (HTTP 429 with ``Retry-After``), queue or wait.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable, Hashable
from typing import Generic, Protocol, TypeVar

Clock = Callable[[], float]


class RateLimiter(Protocol):
    """What every limiter here offers."""

    def try_acquire(self, cost: float = 1) -> bool: ...


# --8<-- [start:token_bucket]
class TokenBucket:
    """Bursts of up to ``capacity`` requests, ``rate`` requests per second sustained.

    Refill is lazy: there is no timer thread. Each call first credits the
    tokens earned since the previous call (``elapsed * rate``, capped at
    ``capacity``), so the whole state is two floats per bucket.
    """

    def __init__(self, rate: float, capacity: float,
                 clock: Clock = time.monotonic) -> None:
        if rate < 0 or capacity <= 0:
            raise ValueError("need rate >= 0 and capacity > 0")
        self.rate = rate
        self.capacity = capacity
        self._clock = clock
        self._tokens = float(capacity)  # start full: a new client may burst at once
        self._updated = clock()
        self._lock = threading.Lock()

    def _refill(self) -> None:
        now = self._clock()
        if now > self._updated:  # a clock that steps back must never mint tokens
            earned = (now - self._updated) * self.rate
            self._tokens = min(self.capacity, self._tokens + earned)
            self._updated = now

    def try_acquire(self, cost: float = 1) -> bool:
        """Spend ``cost`` tokens if available; return whether the request may proceed."""
        if cost > self.capacity:
            raise ValueError(f"cost {cost} can never fit a bucket of {self.capacity}")
        with self._lock:
            self._refill()
            if self._tokens >= cost:
                self._tokens -= cost
                return True
            return False

    def retry_after(self, cost: float = 1) -> float:
        """Seconds until ``cost`` tokens are available: the value for Retry-After."""
        with self._lock:
            self._refill()
            missing = cost - self._tokens
            if missing <= 0:
                return 0.0
            return math.inf if self.rate == 0 else missing / self.rate
# --8<-- [end:token_bucket]


# --8<-- [start:sliding_log]
class SlidingWindowLog:
    """Exact: at most ``limit`` units in any interval of ``window`` seconds.

    Keeps one timestamp per admitted unit, so memory is O(limit) per key;
    the price of exactness.
    """

    def __init__(self, limit: int, window: float,
                 clock: Clock = time.monotonic) -> None:
        if limit <= 0 or window <= 0:
            raise ValueError("need limit > 0 and window > 0")
        self.limit = limit
        self.window = window
        self._clock = clock
        self._log: deque[float] = deque()
        self._lock = threading.Lock()

    def try_acquire(self, cost: float = 1) -> bool:
        units = int(cost)
        with self._lock:
            now = self._clock()
            while self._log and self._log[0] <= now - self.window:
                self._log.popleft()  # left the window
            if len(self._log) + units > self.limit:
                return False
            self._log.extend([now] * units)
            return True
# --8<-- [end:sliding_log]


# --8<-- [start:sliding_counter]
class SlidingWindowCounter:
    """Approximate sliding window from two fixed-window counters: O(1) memory.

    The previous window's count is weighted by the fraction of it that still
    overlaps the sliding window ending now. It assumes the previous window's
    requests were spread evenly, so it can admit a little more or less than
    the exact log when they were bunched.
    """

    def __init__(self, limit: float, window: float,
                 clock: Clock = time.monotonic) -> None:
        if limit <= 0 or window <= 0:
            raise ValueError("need limit > 0 and window > 0")
        self.limit = limit
        self.window = window
        self._clock = clock
        self._index = math.floor(clock() / window)  # which fixed window we are in
        self._current = 0.0
        self._previous = 0.0
        self._lock = threading.Lock()

    def estimate(self) -> float:
        """Units counted in the sliding window ending now."""
        with self._lock:
            return self._estimate(self._clock())

    def _estimate(self, now: float) -> float:
        index = math.floor(now / self.window)
        if index > self._index:  # roll forward; after 2+ idle windows nothing is left
            self._previous = self._current if index == self._index + 1 else 0.0
            self._current = 0.0
            self._index = index
        # share of the previous fixed window that still lies inside the sliding one
        overlap = 1.0 - (now / self.window - index)
        return self._previous * overlap + self._current

    def try_acquire(self, cost: float = 1) -> bool:
        with self._lock:
            if self._estimate(self._clock()) + cost > self.limit:
                return False
            self._current += cost
            return True
# --8<-- [end:sliding_counter]


K = TypeVar("K", bound=Hashable)


# --8<-- [start:keyed]
class KeyedLimiter(Generic[K]):
    """One limiter per key (API key, user, IP), created on first use.

    Unbounded as written: a production version evicts idle keys (an LRU, or
    a TTL equal to the time a bucket takes to refill, after which a fresh
    bucket is indistinguishable from the old one).
    """

    def __init__(self, factory: Callable[[], RateLimiter]) -> None:
        self._factory = factory
        self._limiters: dict[K, RateLimiter] = {}
        self._lock = threading.Lock()

    def try_acquire(self, key: K, cost: float = 1) -> bool:
        limiter = self._limiters.get(key)  # fast path: no global lock for known keys
        if limiter is None:
            with self._lock:  # two first requests for one key must share one limiter
                limiter = self._limiters.get(key)
                if limiter is None:
                    limiter = self._limiters[key] = self._factory()
        return limiter.try_acquire(cost)

    def __len__(self) -> int:
        return len(self._limiters)
# --8<-- [end:keyed]
