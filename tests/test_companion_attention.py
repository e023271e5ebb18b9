"""companion.attention checked against a plain-Python reference."""

from __future__ import annotations

import math

import numpy as np
import pytest

from companion.attention import causal_mask, masked_softmax, multi_head_attention, scaled_dot_product_attention


def naive_attention(q, k, v, allowed=None):
    """Textbook attention, one query at a time, in Python floats.

    ``allowed[i][j]`` says whether query i may see key j. A query with no
    visible key yields zeros.
    """
    d = len(q[0])
    out = []
    for i, qi in enumerate(q):
        visible = [j for j in range(len(k)) if allowed is None or allowed[i][j]]
        if not visible:
            out.append([0.0] * len(v[0]))
            continue
        scores = {j: sum(a * b for a, b in zip(qi, k[j])) / math.sqrt(d) for j in visible}
        top = max(scores.values())
        exps = {j: math.exp(s - top) for j, s in scores.items()}
        total = math.fsum(exps.values())
        out.append([math.fsum(exps[j] / total * v[j][c] for j in visible) for c in range(len(v[0]))])
    return np.array(out)


rng = np.random.default_rng(20261123)


@pytest.mark.parametrize("len_q,len_k,d,dv", [(1, 1, 1, 1), (4, 4, 8, 8), (3, 7, 5, 2), (6, 2, 4, 3)])
def test_matches_naive_on_random_inputs(len_q, len_k, d, dv):
    q, k, v = rng.normal(size=(len_q, d)), rng.normal(size=(len_k, d)), rng.normal(size=(len_k, dv))
    np.testing.assert_allclose(scaled_dot_product_attention(q, k, v), naive_attention(q, k, v), rtol=1e-10, atol=1e-12)


def test_batched_heads_match_naive_per_slice():
    q, k, v = rng.normal(size=(2, 3, 5, 4)), rng.normal(size=(2, 3, 6, 4)), rng.normal(size=(2, 3, 6, 7))
    out = scaled_dot_product_attention(q, k, v)
    assert out.shape == (2, 3, 5, 7)
    for b in range(2):
        for h in range(3):
            np.testing.assert_allclose(out[b, h], naive_attention(q[b, h], k[b, h], v[b, h]), atol=1e-12)


def test_weights_are_a_distribution():
    q, k, v = rng.normal(size=(5, 4)), rng.normal(size=(9, 4)), rng.normal(size=(9, 3))
    _, weights = scaled_dot_product_attention(q, k, v, return_weights=True)
    assert weights.shape == (5, 9)
    assert (weights >= 0).all()
    np.testing.assert_allclose(weights.sum(axis=-1), 1.0)


def test_large_logits_do_not_overflow():
    q = np.array([[300.0, 300.0]], dtype=np.float32)
    k = np.array([[300.0, 300.0], [299.0, 299.0], [-300.0, 0.0]], dtype=np.float32)
    v = np.array([[1.0, 0.0], [0.0, 1.0], [5.0, 5.0]], dtype=np.float32)
    scores = (q @ k.T) / np.sqrt(2)
    with np.errstate(over="ignore"):
        assert not np.isfinite(np.exp(scores)).all()  # the unshifted softmax would give inf / inf
    out = scaled_dot_product_attention(q, k, v)
    assert np.isfinite(out).all()
    # score gap between keys 0 and 1 is 600 / sqrt(2) ~ 424: key 0 takes all the weight
    np.testing.assert_allclose(out, [[1.0, 0.0]], atol=1e-6)
    np.testing.assert_allclose(out, naive_attention(q.astype(float), k.astype(float), v.astype(float)), atol=1e-6)


def test_softmax_is_shift_invariant_even_for_huge_shifts():
    x = rng.normal(size=(3, 6))
    np.testing.assert_allclose(masked_softmax(x + 1e6), masked_softmax(x), atol=1e-6)


def test_causal_mask_hides_the_future():
    q, k, v = rng.normal(size=(6, 4)), rng.normal(size=(6, 4)), rng.normal(size=(6, 3))
    out = scaled_dot_product_attention(q, k, v, causal=True)
    np.testing.assert_allclose(out, naive_attention(q, k, v, np.tril(np.ones((6, 6), bool))), atol=1e-12)
    k2, v2 = k.copy(), v.copy()
    k2[4:], v2[4:] = 1e3, -1e3  # rewrite positions 4 and 5
    changed = scaled_dot_product_attention(q, k2, v2, causal=True)
    np.testing.assert_allclose(changed[:4], out[:4])  # positions 0-3 cannot have looked
    assert not np.allclose(changed[4:], out[4:])


def test_causal_with_a_kv_cache_matches_the_full_sequence():
    x_q, x_k, v = rng.normal(size=(5, 4)), rng.normal(size=(5, 4)), rng.normal(size=(5, 2))
    full = scaled_dot_product_attention(x_q, x_k, v, causal=True)
    last_two = scaled_dot_product_attention(x_q[3:], x_k, v, causal=True)  # decode step: 2 new queries
    np.testing.assert_allclose(last_two, full[3:])
    assert causal_mask(2, 5).tolist() == [[True, True, True, True, False], [True, True, True, True, True]]


def test_padding_keys_are_ignored():
    q, k, v = rng.normal(size=(2, 3, 4)), rng.normal(size=(2, 5, 4)), rng.normal(size=(2, 5, 3))
    real = np.array([[True, True, True, False, False], [True, True, True, True, True]])
    out = scaled_dot_product_attention(q, k, v, key_padding_mask=real)
    k2, v2 = k.copy(), v.copy()
    k2[0, 3:], v2[0, 3:] = 50.0, 1e6  # garbage in the padded slots of sequence 0
    np.testing.assert_allclose(scaled_dot_product_attention(q, k2, v2, key_padding_mask=real), out)
    np.testing.assert_allclose(out[0], naive_attention(q[0], k[0], v[0], [[True] * 3 + [False] * 2] * 3), atol=1e-12)


def test_explicit_mask_combines_with_causal():
    q, k, v = rng.normal(size=(4, 3)), rng.normal(size=(4, 3)), rng.normal(size=(4, 2))
    mask = np.array([[1, 1, 1, 1], [1, 0, 1, 1], [1, 1, 1, 1], [0, 1, 1, 1]], bool)
    allowed = mask & np.tril(np.ones((4, 4), bool))
    out = scaled_dot_product_attention(q, k, v, mask=mask, causal=True)
    np.testing.assert_allclose(out, naive_attention(q, k, v, allowed), atol=1e-12)


def test_fully_masked_rows_give_zeros_not_nan():
    q, k, v = rng.normal(size=(2, 3, 4)), rng.normal(size=(2, 5, 4)), rng.normal(size=(2, 5, 3))
    real = np.array([[False] * 5, [True] * 5])  # sequence 0 is all padding
    with np.errstate(all="raise"):  # no invalid or divide-by-zero operation along the way
        out, weights = scaled_dot_product_attention(q, k, v, key_padding_mask=real, return_weights=True)
    assert not np.isnan(out).any()
    assert (out[0] == 0).all() and (weights[0] == 0).all()
    np.testing.assert_allclose(weights[1].sum(axis=-1), 1.0)


def test_more_queries_than_keys_under_causal_leaves_early_rows_empty():
    q, k, v = rng.normal(size=(4, 2)), rng.normal(size=(2, 2)), rng.normal(size=(2, 2))
    out = scaled_dot_product_attention(q, k, v, causal=True)
    assert (out[:2] == 0).all()  # queries 0 and 1 precede every key
    np.testing.assert_allclose(out[2:], naive_attention(q[2:], k, v, [[True, False], [True, True]]), atol=1e-12)


def test_shape_mismatches_are_errors():
    with pytest.raises(ValueError):
        scaled_dot_product_attention(np.ones((2, 3)), np.ones((2, 4)), np.ones((2, 4)))
    with pytest.raises(ValueError):
        scaled_dot_product_attention(np.ones((2, 3)), np.ones((2, 3)), np.ones((5, 3)))


def test_multi_head_matches_per_head_naive():
    batch, length, d_model, n_heads = 2, 5, 8, 2
    x = rng.normal(size=(batch, length, d_model))
    w_q, w_k, w_v, w_o = (rng.normal(size=(d_model, d_model)) for _ in range(4))
    real = np.array([[True] * 5, [True, True, True, False, False]])
    out = multi_head_attention(x, w_q, w_k, w_v, w_o, n_heads, causal=True, key_padding_mask=real)

    dh = d_model // n_heads
    for b in range(batch):
        allowed = np.tril(np.ones((length, length), bool)) & real[b][None, :]
        heads = []
        for h in range(n_heads):
            cols = slice(h * dh, (h + 1) * dh)
            heads.append(naive_attention((x[b] @ w_q)[:, cols], (x[b] @ w_k)[:, cols], (x[b] @ w_v)[:, cols], allowed))
        np.testing.assert_allclose(out[b], np.concatenate(heads, axis=1) @ w_o, atol=1e-9)
    with pytest.raises(ValueError):
        multi_head_attention(x, w_q, w_k, w_v, w_o, 3)
