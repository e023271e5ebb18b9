"""Behaviour of companion.stream_buffer: ordering, backpressure, resume, end of stream."""

from __future__ import annotations

import threading
import time

import pytest

from companion.stream_buffer import Chunk, OffsetExpired, Overflow, StreamBuffer, resume_offset, to_sse


def start(target, *args) -> threading.Thread:
    thread = threading.Thread(target=target, args=args, daemon=True)
    thread.start()
    return thread


def test_concurrent_producer_and_consumer_keep_order():
    buf = StreamBuffer(capacity=4, policy=Overflow.BLOCK)
    tokens = [f"t{i} " for i in range(2000)]

    def produce() -> None:
        for token in tokens:
            buf.write(token, timeout=5)
        buf.close(timeout=5)

    producer = start(produce)
    received = list(buf.stream(0, timeout=5))
    producer.join(5)
    assert [c.offset for c in received] == list(range(len(tokens)))
    assert "".join(c.data for c in received) == "".join(tokens)


def test_small_writes_are_coalesced_into_chunks():
    buf = StreamBuffer(flush_chars=10)
    for piece in ("abc", "abc", "abc"):
        buf.write(piece)
    assert buf.next_offset == 0  # 9 characters pending, below the threshold
    with pytest.raises(TimeoutError):
        buf.read(0, timeout=0.01)
    buf.write("defg")
    assert buf.read(0, timeout=0) == [Chunk(0, "abcabcabcdefg")]


def test_close_flushes_the_remainder_before_the_end():
    buf = StreamBuffer(flush_chars=100)
    buf.write("Hello")
    buf.write(", world")
    buf.close()
    assert buf.read(0) == [Chunk(0, "Hello, world")]
    assert buf.read(1) == []  # end of stream, not a timeout
    assert buf.closed
    buf.close()  # idempotent
    with pytest.raises(ValueError):
        buf.write("late")


def test_explicit_flush_moves_a_slow_stream():
    buf = StreamBuffer(flush_chars=100)
    buf.write("thinking")
    buf.flush()
    assert buf.read(0, timeout=0) == [Chunk(0, "thinking")]
    buf.flush()  # nothing pending: no empty chunk
    assert buf.next_offset == 1


def test_empty_stream_ends_cleanly():
    buf = StreamBuffer()
    buf.close()
    assert buf.read(0) == []
    assert list(buf.stream()) == []


def test_reader_waits_for_data():
    buf = StreamBuffer()
    got: list[list[Chunk]] = []
    reader = start(lambda: got.append(buf.read(0, timeout=5)))
    time.sleep(0.05)
    assert reader.is_alive()
    buf.write("x")
    reader.join(5)
    assert got == [[Chunk(0, "x")]]


def test_block_policy_applies_backpressure_until_ack():
    buf = StreamBuffer(capacity=2, policy=Overflow.BLOCK)
    buf.write("a")
    buf.write("b")
    with pytest.raises(TimeoutError):
        buf.write("c", timeout=0.02)  # the client has acknowledged nothing
    assert buf.next_offset == 2  # "c" is kept pending, not lost

    blocked = start(buf.write, "d")  # no timeout: waits
    time.sleep(0.05)
    assert blocked.is_alive() and buf.next_offset == 2
    buf.ack(1)  # the client has chunk 0: one slot frees
    blocked.join(5)
    assert not blocked.is_alive()
    assert buf.read(1) == [Chunk(1, "b"), Chunk(2, "cd")]


def test_drop_oldest_never_blocks_and_expires_old_offsets():
    buf = StreamBuffer(capacity=3, policy=Overflow.DROP_OLDEST)
    for piece in "abcde":
        buf.write(piece, timeout=0)  # would raise TimeoutError if it ever waited
    with pytest.raises(OffsetExpired):
        buf.read(0)
    assert [c.data for c in buf.read(2)] == ["c", "d", "e"]


def test_resume_after_disconnect_from_last_event_id():
    buf = StreamBuffer(capacity=64)
    for word in ["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog"]:
        buf.write(word + " ")
    buf.close()

    first_connection = buf.stream(0)
    seen = [next(first_connection) for _ in range(3)]
    first_connection.close()  # the client drops after receiving ids 0, 1, 2
    last_event_id = str(seen[-1].offset)

    rest = list(buf.stream(resume_offset(last_event_id)))
    assert [c.offset for c in rest] == list(range(3, 9))
    assert "".join(c.data for c in seen + rest) == "the quick brown fox jumps over the lazy dog "


def test_resume_may_repeat_an_unacknowledged_chunk_but_not_an_acknowledged_one():
    buf = StreamBuffer()
    for piece in "abcd":
        buf.write(piece)
    conn = buf.stream(0)
    assert [next(conn).data for _ in range(3)] == ["a", "b", "c"]  # acks 0 and 1 only
    conn.close()
    assert buf.read(2)[0] == Chunk(2, "c")  # chunk 2 may not have reached the client
    with pytest.raises(OffsetExpired):
        buf.read(1)


def test_offsets_beyond_the_stream_are_rejected():
    buf = StreamBuffer()
    buf.write("a")
    with pytest.raises(ValueError):
        buf.read(5)
    with pytest.raises(ValueError):
        buf.ack(5)


def test_sse_framing_splits_every_kind_of_line_break():
    assert to_sse(Chunk(7, "one\ntwo\r\nthree\rfour")) == (
        "id: 7\ndata: one\ndata: two\ndata: three\ndata: four\n\n"
    )
    assert to_sse(Chunk(0, " leading space")) == "id: 0\ndata:  leading space\n\n"


def test_resume_offset_from_header():
    assert resume_offset(None) == 0
    assert resume_offset("") == 0
    assert resume_offset("41") == 42
    for bad in ("-1", "abc", "1e3", "²"):
        with pytest.raises(ValueError):
            resume_offset(bad)
