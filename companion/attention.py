"""Scaled dot-product attention in NumPy, with masks and a numerically stable softmax.

Masks are boolean and mean "may attend" (True) or "may not" (False). A query
whose every key is masked (a padding query, or a causal row with no visible
key) gets an all-zero weight row and a zero output vector: a defined value
instead of the NaN that ``0 / 0`` would give.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray


def _float(x: ArrayLike) -> NDArray[np.floating]:
    arr = np.asarray(x)
    return arr if np.issubdtype(arr.dtype, np.floating) else arr.astype(np.float64)


# --8<-- [start:softmax]
def masked_softmax(
    scores: ArrayLike, allowed: ArrayLike | None = None, axis: int = -1
) -> NDArray[np.floating]:
    """Softmax over ``axis`` using only the ``allowed`` entries.

    Subtracting each row's maximum first leaves the result unchanged
    (softmax is shift-invariant) and keeps every exponent <= 0, so large
    logits cannot overflow. Rows with no allowed entry come out as zeros.
    """
    scores = _float(scores)
    if allowed is None:
        allowed = np.ones(scores.shape, dtype=bool)
    scores, allowed = np.broadcast_arrays(scores, np.asarray(allowed, dtype=bool))
    masked = np.where(allowed, scores, -np.inf)
    row_max = masked.max(axis=axis, keepdims=True)
    live = np.isfinite(row_max)  # False where the whole row is masked
    # masked entries are -inf and exp(-inf) == 0; dead rows are shifted by 0, not -inf
    exp = np.exp(masked - np.where(live, row_max, 0.0))
    total = exp.sum(axis=axis, keepdims=True)
    return np.divide(exp, total, out=np.zeros_like(exp), where=total > 0)
# --8<-- [end:softmax]


# --8<-- [start:attention]
def causal_mask(len_q: int, len_k: int) -> NDArray[np.bool_]:
    """Query i may see key j iff j <= i + (len_k - len_q).

    With a KV cache the len_q new queries are the last len_q positions of
    the sequence, hence the offset; with len_q == len_k it is the usual
    lower triangle.
    """
    return np.tril(np.ones((len_q, len_k), dtype=bool), k=len_k - len_q)


def scaled_dot_product_attention(
    q: ArrayLike,
    k: ArrayLike,
    v: ArrayLike,
    *,
    mask: ArrayLike | None = None,
    causal: bool = False,
    key_padding_mask: ArrayLike | None = None,
    return_weights: bool = False,
) -> NDArray[np.floating] | tuple[NDArray[np.floating], NDArray[np.floating]]:
    """softmax(q k^T / sqrt(d) restricted to allowed pairs) v.

    Shapes: q (..., Lq, d), k (..., Lk, d), v (..., Lk, dv); leading axes
    (batch, heads) broadcast. ``mask`` broadcasts to (..., Lq, Lk);
    ``key_padding_mask`` is (..., Lk), True for real tokens. Returns
    (..., Lq, dv), and the (..., Lq, Lk) weights if ``return_weights``.
    """
    q, k, v = _float(q), _float(k), _float(v)
    if q.shape[-1] != k.shape[-1]:
        raise ValueError(f"q and k disagree on d: {q.shape[-1]} vs {k.shape[-1]}")
    if k.shape[-2] != v.shape[-2]:
        raise ValueError(f"k and v disagree on key count: {k.shape[-2]} vs {v.shape[-2]}")
    len_q, len_k = q.shape[-2], k.shape[-2]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])  # (..., Lq, Lk)
    allowed = np.ones((len_q, len_k), dtype=bool)
    if causal:
        allowed = allowed & causal_mask(len_q, len_k)
    if mask is not None:
        allowed = allowed & np.asarray(mask, dtype=bool)
    if key_padding_mask is not None:
        allowed = allowed & np.asarray(key_padding_mask, dtype=bool)[..., None, :]
    weights = masked_softmax(scores, allowed)
    out = weights @ v  # fully masked rows: zero weights, so a zero vector
    return (out, weights) if return_weights else out
# --8<-- [end:attention]


# --8<-- [start:multi_head]
def multi_head_attention(
    x: ArrayLike,
    w_q: ArrayLike,
    w_k: ArrayLike,
    w_v: ArrayLike,
    w_o: ArrayLike,
    n_heads: int,
    *,
    causal: bool = False,
    key_padding_mask: ArrayLike | None = None,
) -> NDArray[np.floating]:
    """Self-attention over x (batch, L, d_model), ``n_heads`` heads of d_model // n_heads."""
    x = _float(x)
    batch, length, d_model = x.shape
    if d_model % n_heads:
        raise ValueError(f"d_model {d_model} is not divisible by {n_heads} heads")

    def heads(t: NDArray[np.floating]) -> NDArray[np.floating]:
        # (batch, L, d_model) -> (batch, heads, L, d_model // heads)
        return t.reshape(batch, length, n_heads, -1).transpose(0, 2, 1, 3)

    q, k, v = heads(x @ _float(w_q)), heads(x @ _float(w_k)), heads(x @ _float(w_v))
    padding = None
    if key_padding_mask is not None:  # (batch, L) -> (batch, 1 head axis, L)
        padding = np.asarray(key_padding_mask, dtype=bool)[:, None, :]
    out = scaled_dot_product_attention(q, k, v, causal=causal, key_padding_mask=padding)
    return out.transpose(0, 2, 1, 3).reshape(batch, length, d_model) @ _float(w_o)
# --8<-- [end:multi_head]
