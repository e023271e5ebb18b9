"""Reference solutions for the coding exercises candidates report from the phone screen.

Each module is small enough to write in an interview and is exercised by
``tests/test_companion_*.py``; the guide's coding-round page includes these
files directly, so the code on the page is the code the tests run.

- :mod:`companion.rate_limiter`: token bucket, sliding-window log and counter.
- :mod:`companion.stream_buffer`: a bounded, resumable buffer for streamed tokens.
- :mod:`companion.attention`: scaled dot-product attention with masks, in NumPy.
"""

from companion.attention import causal_mask, masked_softmax, multi_head_attention, scaled_dot_product_attention
from companion.rate_limiter import KeyedLimiter, SlidingWindowCounter, SlidingWindowLog, TokenBucket
from companion.stream_buffer import Chunk, OffsetExpired, Overflow, StreamBuffer, resume_offset, to_sse

__all__ = [
    "Chunk",
    "KeyedLimiter",
    "OffsetExpired",
    "Overflow",
    "SlidingWindowCounter",
    "SlidingWindowLog",
    "StreamBuffer",
    "TokenBucket",
    "causal_mask",
    "masked_softmax",
    "multi_head_attention",
    "resume_offset",
    "scaled_dot_product_attention",
    "to_sse",
]
