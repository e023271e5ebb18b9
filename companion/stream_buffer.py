"""A bounded, resumable buffer between a token producer and a streaming client.

The model side calls :meth:`StreamBuffer.write` as text is generated. Small
writes are coalesced into chunks (fewer, larger network frames); each chunk
gets the next offset, 0, 1, 2, ..., which the client sees as the SSE event
id. The buffer keeps up to ``capacity`` chunks that the client has not yet
acknowledged, so a client that drops can reconnect and resume from the first
offset it did not receive. When it is full, the policy decides:

- ``Overflow.BLOCK``: the producer waits until the client acknowledges
  chunks. Backpressure reaches the model; a client that never returns makes
  the producer time out, which is the signal to cancel generation.
- ``Overflow.DROP_OLDEST``: the producer never waits; the oldest chunk is
  discarded, and a client resuming from a discarded offset gets
  :class:`OffsetExpired` and must restart or fetch the stored result.

:meth:`StreamBuffer.close` flushes whatever is still pending and then marks
the end of the stream, so a reader sees every character before the end.
"""

from __future__ import annotations

import enum
import itertools
import re
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass


class Overflow(enum.Enum):
    BLOCK = "block"
    DROP_OLDEST = "drop_oldest"


class OffsetExpired(LookupError):
    """The requested offset is no longer buffered; the client cannot resume from it."""


@dataclass(frozen=True)
class Chunk:
    offset: int
    data: str


# --8<-- [start:buffer]
class StreamBuffer:
    """Ordered, bounded, resumable; one producer and readers on other threads."""

    def __init__(self, capacity: int = 256, *, policy: Overflow = Overflow.BLOCK,
                 flush_chars: int = 1) -> None:
        if capacity <= 0 or flush_chars <= 0:
            raise ValueError("need capacity > 0 and flush_chars > 0")
        self.capacity = capacity
        self.policy = policy
        self.flush_chars = flush_chars
        self._chunks: deque[Chunk] = deque()  # unacknowledged, consecutive offsets
        self._next = 0  # offset the next chunk will get
        self._pending: list[str] = []  # written but not yet a chunk
        self._pending_chars = 0
        self._closed = False
        self._cond = threading.Condition()

    # --- producer side ---------------------------------------------------------

    def write(self, text: str, timeout: float | None = None) -> None:
        """Add generated text; a chunk is emitted once ``flush_chars`` are pending."""
        with self._cond:
            if self._closed:
                raise ValueError("write after close")
            if text:
                self._pending.append(text)
                self._pending_chars += len(text)
            if self._pending_chars >= self.flush_chars:
                self._emit(timeout)

    def flush(self, timeout: float | None = None) -> None:
        """Emit pending text now (call from a timer so a slow stream still moves)."""
        with self._cond:
            self._emit(timeout)

    def close(self, timeout: float | None = None) -> None:
        """End of stream: flush the remainder, then let readers finish. Idempotent."""
        with self._cond:
            if not self._closed:
                self._emit(timeout)
                self._closed = True
                self._cond.notify_all()

    def _emit(self, timeout: float | None) -> None:
        if not self._pending:
            return
        if len(self._chunks) >= self.capacity:
            if self.policy is Overflow.BLOCK:
                # wait_for releases the lock while waiting, so readers can ack
                room = self._cond.wait_for(lambda: len(self._chunks) < self.capacity, timeout)
                if not room:
                    # pending text is kept: the caller may retry, or cancel generation
                    raise TimeoutError("client has not acknowledged; buffer full")
                if not self._pending:  # another writer emitted it while we waited
                    return
            else:
                self._chunks.popleft()
        self._chunks.append(Chunk(self._next, "".join(self._pending)))
        self._next += 1
        self._pending.clear()
        self._pending_chars = 0
        self._cond.notify_all()

    # --- consumer side ---------------------------------------------------------

    def read(self, offset: int, timeout: float | None = None) -> list[Chunk]:
        """Every buffered chunk from ``offset`` on, waiting for at least one.

        Returns ``[]`` only at the end of the stream. Raises ``OffsetExpired``
        if ``offset`` was dropped or acknowledged, ``TimeoutError`` if nothing
        arrives within ``timeout`` seconds.
        """
        with self._cond:
            if offset > self._next:
                raise ValueError(f"offset {offset} is past the end ({self._next})")
            ready = self._cond.wait_for(lambda: offset < self._next or self._closed, timeout)
            if not ready:
                raise TimeoutError(f"no chunk after offset {offset} within {timeout} s")
            first = self._chunks[0].offset if self._chunks else self._next
            if offset < first:
                raise OffsetExpired(f"offset {offset} was discarded; oldest is {first}")
            return list(itertools.islice(self._chunks, offset - first, None))

    def ack(self, offset: int) -> None:
        """The client holds everything below ``offset``: free it (and a blocked producer)."""
        with self._cond:
            if offset > self._next:
                raise ValueError(f"cannot ack {offset}: only {self._next} chunks exist")
            while self._chunks and self._chunks[0].offset < offset:
                self._chunks.popleft()
            self._cond.notify_all()

    def stream(self, offset: int = 0, timeout: float | None = None) -> Iterator[Chunk]:
        """Yield chunks in order from ``offset`` until the end of the stream.

        A chunk is acknowledged when the consumer asks for the next one, that
        is after it has handled (sent) the previous one.
        """
        while True:
            chunks = self.read(offset, timeout)
            if not chunks:
                return
            for chunk in chunks:
                yield chunk
                offset = chunk.offset + 1
                self.ack(offset)

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def next_offset(self) -> int:
        return self._next
# --8<-- [end:buffer]


# --8<-- [start:sse]
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_EVENT_ID = re.compile(r"[0-9]{1,18}")


def to_sse(chunk: Chunk) -> str:
    """Frame a chunk as one server-sent event.

    SSE treats CR, LF and CRLF as line ends, so each line of the text goes in
    its own ``data:`` field; the browser joins them back with LF. The ``id``
    is what the browser sends back as ``Last-Event-ID`` when it reconnects.
    """
    lines = _LINE_BREAK.split(chunk.data)
    return f"id: {chunk.offset}\n" + "".join(f"data: {line}\n" for line in lines) + "\n"


def resume_offset(last_event_id: str | None) -> int:
    """Offset to resume from, given a reconnecting client's Last-Event-ID header."""
    if last_event_id is None or not last_event_id.strip():
        return 0
    if not _EVENT_ID.fullmatch(last_event_id.strip()):
        raise ValueError(f"not an event id this server issued: {last_event_id!r}")
    return int(last_event_id) + 1
# --8<-- [end:sse]
