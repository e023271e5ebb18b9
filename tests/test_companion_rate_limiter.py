"""Behaviour of companion.rate_limiter, driven by an injected clock."""

from __future__ import annotations

import math
import threading
import time

import pytest

from companion.rate_limiter import KeyedLimiter, SlidingWindowCounter, SlidingWindowLog, TokenBucket


class FakeClock:
    """A clock the test moves by hand. ``yield_gil`` makes every read yield the
    interpreter to another thread, which widens any read-modify-write race in
    the code under test."""

    def __init__(self, start: float = 0.0, yield_gil: bool = False) -> None:
        self.now = start
        self.yield_gil = yield_gil

    def __call__(self) -> float:
        if self.yield_gil:
            time.sleep(0)
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def drain(limiter, attempts: int) -> int:
    return sum(limiter.try_acquire() for _ in range(attempts))


# --- token bucket --------------------------------------------------------------

def test_bucket_starts_full_and_allows_a_burst_of_capacity():
    bucket = TokenBucket(rate=2, capacity=5, clock=FakeClock())
    assert drain(bucket, 10) == 5


def test_bucket_refills_at_rate():
    clock = FakeClock()
    bucket = TokenBucket(rate=2, capacity=5, clock=clock)
    drain(bucket, 5)
    clock.advance(0.25)  # half a token
    assert not bucket.try_acquire()
    clock.advance(0.25)  # one token in total
    assert bucket.try_acquire()
    assert not bucket.try_acquire()
    clock.advance(1.5)  # three tokens
    assert drain(bucket, 10) == 3


def test_refill_is_capped_at_capacity():
    clock = FakeClock()
    bucket = TokenBucket(rate=2, capacity=5, clock=clock)
    drain(bucket, 5)
    clock.advance(3600)  # an idle hour earns a full bucket, not 7,200 tokens
    assert drain(bucket, 100) == 5


def test_sustained_rate_over_a_long_run_is_rate_plus_the_burst():
    clock = FakeClock()
    bucket = TokenBucket(rate=4, capacity=8, clock=clock)
    admitted = 0
    for _ in range(1000):  # a client hammering 100 times per simulated second for 10 s
        admitted += bucket.try_acquire()
        clock.advance(0.01)
    assert admitted == pytest.approx(8 + 4 * 10, abs=1)


def test_weighted_cost_and_retry_after():
    clock = FakeClock()
    bucket = TokenBucket(rate=2, capacity=4, clock=clock)
    assert bucket.try_acquire(3)
    assert not bucket.try_acquire(3)  # one token left
    assert bucket.retry_after(3) == pytest.approx(1.0)  # two missing at 2/s
    clock.advance(1.0)
    assert bucket.retry_after(3) == 0.0
    assert bucket.try_acquire(3)
    with pytest.raises(ValueError):
        bucket.try_acquire(5)  # can never fit: reject loudly, not forever-429


def test_zero_rate_bucket_never_refills():
    clock = FakeClock()
    bucket = TokenBucket(rate=0, capacity=2, clock=clock)
    drain(bucket, 2)
    clock.advance(1e9)
    assert not bucket.try_acquire()
    assert bucket.retry_after() == math.inf


def test_clock_stepping_back_mints_no_tokens():
    clock = FakeClock(start=100.0)
    bucket = TokenBucket(rate=1, capacity=3, clock=clock)
    drain(bucket, 3)
    clock.now = 50.0  # e.g. a wall clock corrected by NTP
    assert not bucket.try_acquire()
    clock.now = 100.0  # back where it was: still no time has passed
    assert not bucket.try_acquire()
    clock.now = 101.0
    assert bucket.try_acquire()


# --- sliding windows -----------------------------------------------------------

def test_sliding_log_is_exact_across_a_window_boundary():
    clock = FakeClock()
    log = SlidingWindowLog(limit=3, window=10, clock=clock)
    clock.now = 9.0
    assert drain(log, 5) == 3
    clock.now = 11.0  # a fixed 10 s window would have reset here and allowed 3 more
    assert not log.try_acquire()
    clock.now = 19.0  # the three from t=9 leave the window exactly at t=19
    assert drain(log, 5) == 3


def test_sliding_log_admits_as_old_entries_expire():
    clock = FakeClock()
    log = SlidingWindowLog(limit=2, window=4, clock=clock)
    assert log.try_acquire()  # t=0
    clock.now = 1.0
    assert log.try_acquire()
    clock.now = 3.0
    assert not log.try_acquire()
    clock.now = 4.0  # t=0 expired, t=1 still in
    assert log.try_acquire()
    assert not log.try_acquire()


def test_sliding_counter_does_not_double_at_the_boundary():
    clock = FakeClock()
    counter = SlidingWindowCounter(limit=10, window=8, clock=clock)
    clock.now = 7.0
    assert drain(counter, 20) == 10
    clock.now = 8.0  # new fixed window, but the previous one still overlaps fully
    assert not counter.try_acquire()


def test_sliding_counter_weights_the_previous_window_by_overlap():
    clock = FakeClock()
    counter = SlidingWindowCounter(limit=10, window=8, clock=clock)
    clock.now = 4.0
    assert drain(counter, 10) == 10
    clock.now = 12.0  # half of window [0, 8) overlaps [4, 12): estimate 5
    assert counter.estimate() == pytest.approx(5.0)
    assert drain(counter, 10) == 5
    clock.now = 14.0  # a quarter overlaps: 10 * 0.25 + 5 = 7.5, room for 2
    assert counter.estimate() == pytest.approx(7.5)
    assert drain(counter, 10) == 2


def test_sliding_counter_forgets_after_two_idle_windows():
    clock = FakeClock()
    counter = SlidingWindowCounter(limit=4, window=1, clock=clock)
    drain(counter, 4)
    clock.now = 2.5
    assert counter.estimate() == 0.0
    assert drain(counter, 10) == 4


# --- concurrency ---------------------------------------------------------------

@pytest.mark.parametrize(
    "make",
    [
        lambda clock: TokenBucket(rate=0, capacity=100, clock=clock),
        lambda clock: SlidingWindowLog(limit=100, window=60, clock=clock),
        lambda clock: SlidingWindowCounter(limit=100, window=60, clock=clock),
    ],
    ids=["token-bucket", "sliding-log", "sliding-counter"],
)
def test_concurrent_callers_never_overspend(make):
    limiter = make(FakeClock(yield_gil=True))
    threads, attempts = 16, 40
    barrier = threading.Barrier(threads)
    results: list[int] = []

    def worker() -> None:
        barrier.wait()
        results.append(drain(limiter, attempts))

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    assert sum(results) == 100  # exactly the limit: never 101, never fewer


@pytest.mark.parametrize("make", [
    lambda clock: TokenBucket(rate=1, capacity=5, clock=clock),
    lambda clock: SlidingWindowLog(limit=5, window=1, clock=clock),
    lambda clock: SlidingWindowCounter(limit=5, window=1, clock=clock),
], ids=["token-bucket", "sliding-log", "sliding-counter"])
def test_time_is_read_and_state_changed_under_the_lock(make):
    # On a GIL build the check-then-spend above rarely interleaves, so also
    # pin the structure: the clock is only ever read while the lock is held,
    # which puts read, check and update in one critical section.
    holder: dict = {}

    def clock() -> float:
        limiter = holder.get("limiter")
        assert limiter is None or limiter._lock.locked(), "clock read outside the lock"
        return 0.0

    holder["limiter"] = make(clock)
    assert holder["limiter"].try_acquire()


def test_real_clock_concurrent_rate_is_bounded():
    bucket = TokenBucket(rate=200, capacity=10)
    stop = time.monotonic() + 0.3
    counts: list[int] = []

    def worker() -> None:
        n = 0
        while time.monotonic() < stop:
            n += bucket.try_acquire()
        counts.append(n)

    start = time.monotonic()
    pool = [threading.Thread(target=worker) for _ in range(8)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    elapsed = time.monotonic() - start
    assert sum(counts) <= 10 + 200 * elapsed + 1


def test_keyed_limiter_isolates_keys_and_shares_one_bucket_per_key():
    clock = FakeClock(yield_gil=True)
    made: list[TokenBucket] = []

    def factory() -> TokenBucket:
        made.append(TokenBucket(rate=0, capacity=1, clock=clock))
        return made[-1]

    limiter: KeyedLimiter[str] = KeyedLimiter(factory)
    barrier = threading.Barrier(12)
    wins: list[bool] = []

    def first_request() -> None:
        barrier.wait()
        wins.append(limiter.try_acquire("tenant-a"))

    pool = [threading.Thread(target=first_request) for _ in range(12)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    assert wins.count(True) == 1  # one bucket, one token, however the threads raced
    assert len(made) == 1
    assert limiter.try_acquire("tenant-b")  # another key has its own budget
    assert len(limiter) == 2
