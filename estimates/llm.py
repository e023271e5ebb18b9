"""Serving arithmetic for large language models, in SI units (bytes, seconds, FLOP).

Every function is a formula a reader can check by hand; the docstring states it.
Hardware and model numbers come from ``estimates.reference`` (``ref.MODELS``,
``ref.GPUS``); nothing here retypes a datasheet figure.

The simplifications, stated once:

* Decode is modelled as a roofline: a step costs the larger of (bytes read / HBM
  bandwidth) and (FLOPs / peak FLOP/s). Bytes read per step = all weights once
  (shared by the whole batch) + every sequence's KV cache. Real engines reach a
  fraction of peak; pass ``efficiency`` (0-1) rather than pretending they do not.
* FLOPs per generated token = 2 x parameters touched (one multiply and one add per
  weight); attention FLOPs over the context are ignored, which is fine below ~10K
  tokens of context for these models and optimistic above.
* Activations, CUDA graphs and fragmentation are folded into ``reserve_fraction``.
"""

from __future__ import annotations

import math

from estimates import reference as ref
from estimates.reference import GPUSpec, ModelShape

BF16_BYTES = 2
FP8_BYTES = 1
INT4_BYTES = 0.5
GIB = 2**30


# ---------------------------------------------------------------------------
# Sizes
# ---------------------------------------------------------------------------


def kv_cache_bytes_per_token(model: ModelShape, dtype_bytes: float = BF16_BYTES) -> float:
    """KV cache per token = 2 (K and V) x layers x KV heads x head_dim x bytes.

    Uses the KV heads (grouped-query attention), not the query heads.
    Llama 3.1 70B in BF16: 2 x 80 x 8 x 128 x 2 = 327,680 bytes (320 KiB).
    """
    return 2 * model.layers * model.kv_heads * model.head_dim * dtype_bytes


def kv_cache_bytes_per_token_if_mha(model: ModelShape, dtype_bytes: float = BF16_BYTES) -> float:
    """The common mistake: the same formula with the query heads, as if there were no GQA.

    Overstates the cache by heads / kv_heads (8x for Llama 3.1 70B).
    """
    return 2 * model.layers * model.heads * model.head_dim * dtype_bytes


def kv_cache_bytes_per_sequence(model: ModelShape, context_tokens: int, dtype_bytes: float = BF16_BYTES,
                                sliding_window: int | None = None) -> float:
    """KV cache of one sequence: per-token size x tokens held (capped by a sliding window if given)."""
    held = context_tokens if sliding_window is None else min(context_tokens, sliding_window)
    return kv_cache_bytes_per_token(model, dtype_bytes) * held


def param_count(model: ModelShape, active: bool = False) -> float:
    """Parameters from the shapes of a Llama/Mistral-style decoder (no biases).

    Per layer: attention q and o (hidden x heads*head_dim each), k and v (hidden x
    kv_heads*head_dim each); SwiGLU FFN 3 x hidden x ffn per expert, plus a router
    (hidden x experts) for mixture-of-experts; two RMSNorm vectors. Plus input
    embeddings, output head (unless tied) and the final norm. ``active=True``
    counts only the experts a token is routed to.
    """
    q_o = 2 * model.hidden * model.heads * model.head_dim
    k_v = 2 * model.hidden * model.kv_heads * model.head_dim
    experts = model.experts_per_token if active else model.experts
    ffn = 3 * model.hidden * model.ffn * experts
    router = model.hidden * model.experts if model.experts > 1 else 0
    norms = 2 * model.hidden
    per_layer = q_o + k_v + ffn + router + norms
    embed = model.vocab * model.hidden
    head = 0 if model.tied_embeddings else model.vocab * model.hidden
    return model.layers * per_layer + embed + head + model.hidden


def weights_bytes(model: ModelShape, bytes_per_param: float = BF16_BYTES, active: bool = False) -> float:
    """Weight memory = parameters x bytes per parameter (BF16 2, FP8 1, INT4 0.5 plus scales)."""
    return param_count(model, active=active) * bytes_per_param


def int4_bytes_per_param(group_size: int = 128, scale_bytes: float = 2) -> float:
    """Group-wise INT4: half a byte per weight plus one scale per group (zero points ignored)."""
    return 0.5 + scale_bytes / group_size


def gpus_to_hold(total_bytes: float, gpu: GPUSpec, usable_fraction: float = 0.9) -> int:
    """Smallest number of GPUs whose usable HBM holds ``total_bytes`` (no partial GPUs)."""
    return math.ceil(total_bytes / (gpu.hbm_bytes * usable_fraction))


def to_gib(n_bytes: float) -> float:
    """Bytes to GiB (2^30). Datasheets use GB (10^9): 80 GB = 74.5 GiB."""
    return n_bytes / GIB


# ---------------------------------------------------------------------------
# Memory budget and batch
# ---------------------------------------------------------------------------


def kv_budget_bytes(hbm_bytes: float, weights: float, reserve_fraction: float = 0.1) -> float:
    """HBM left for KV cache = HBM x (1 - reserve) - weights (reserve covers activations, graphs, fragmentation)."""
    return max(0.0, hbm_bytes * (1 - reserve_fraction) - weights)


def max_batch_by_kv_memory(kv_budget: float, kv_bytes_per_token: float, context_tokens: int) -> int:
    """Concurrent sequences that fit = floor(KV budget / (KV bytes per token x tokens per sequence))."""
    return int(kv_budget // (kv_bytes_per_token * context_tokens))


# ---------------------------------------------------------------------------
# Prefill and decode
# ---------------------------------------------------------------------------


def ridge_point_flops_per_byte(gpu: GPUSpec, dtype: str = "bf16") -> float:
    """Roofline ridge = peak FLOP/s / HBM bytes/s. Below it a kernel is memory-bound."""
    flops = gpu.bf16_dense_flops if dtype == "bf16" else gpu.fp8_dense_flops
    return flops / gpu.hbm_bytes_per_s


def decode_bytes_per_step(weights: float, kv_bytes_per_token: float, batch: int, context_tokens: int) -> float:
    """Bytes read from HBM per decode step = weights once + every sequence's KV cache."""
    return weights + batch * kv_bytes_per_token * context_tokens


def decode_step_time_s(weights: float, kv_bytes_per_token: float, batch: int, context_tokens: int,
                       active_params: float, hbm_bytes_per_s: float, peak_flops: float,
                       efficiency: float = 1.0) -> float:
    """Roofline decode step: max(memory time, compute time), both at ``efficiency`` of peak.

    memory time = decode_bytes_per_step / (bandwidth x efficiency)
    compute time = batch x 2 x active_params / (peak FLOP/s x efficiency)
    """
    memory = decode_bytes_per_step(weights, kv_bytes_per_token, batch, context_tokens) / (hbm_bytes_per_s * efficiency)
    compute = batch * 2 * active_params / (peak_flops * efficiency)
    return max(memory, compute)


def decode_tokens_per_s_memory_bound(weights: float, kv_bytes_per_token: float, batch: int, context_tokens: int,
                                     hbm_bytes_per_s: float, efficiency: float = 1.0) -> float:
    """Aggregate decode tokens/s when memory-bound = batch / (bytes per step / bandwidth).

    At batch 1 and short context this is bandwidth / weight bytes: the ceiling on
    single-stream speed no matter how many FLOP/s the GPU has.
    """
    step = decode_bytes_per_step(weights, kv_bytes_per_token, batch, context_tokens) / (hbm_bytes_per_s * efficiency)
    return batch / step


def decode_tokens_per_s(weights: float, kv_bytes_per_token: float, batch: int, context_tokens: int,
                        active_params: float, hbm_bytes_per_s: float, peak_flops: float,
                        efficiency: float = 1.0) -> float:
    """Aggregate decode tokens/s on the roofline (memory- or compute-bound, whichever is slower)."""
    return batch / decode_step_time_s(weights, kv_bytes_per_token, batch, context_tokens, active_params,
                                      hbm_bytes_per_s, peak_flops, efficiency)


def batch_at_compute_bound(weights: float, active_params: float, hbm_bytes_per_s: float, peak_flops: float) -> float:
    """Batch where weight reads stop dominating: 2 x P x B / FLOPs = W / BW  =>  B = W x FLOPs / (2 x P x BW).

    Ignores KV reads, so real decode needs an even larger batch (KV reads grow with
    the batch too). With BF16 weights (W = 2 x P bytes) it equals the ridge point FLOPs / BW.
    """
    return weights * peak_flops / (2 * active_params * hbm_bytes_per_s)


def prefill_time_s(active_params: float, prompt_tokens: int, peak_flops: float, mfu: float) -> float:
    """Prefill is compute-bound: time = 2 x params x prompt tokens / (peak FLOP/s x MFU)."""
    return 2 * active_params * prompt_tokens / (peak_flops * mfu)


def request_latency_s(ttft_s: float, tpot_s: float, output_tokens: int) -> float:
    """End-to-end latency = TTFT + TPOT x (output tokens - 1)."""
    return ttft_s + tpot_s * max(0, output_tokens - 1)


# ---------------------------------------------------------------------------
# Cost and fleet
# ---------------------------------------------------------------------------


def cost_per_million_tokens(usd_per_gpu_hour: float, gpus: int, tokens_per_s: float) -> float:
    """USD per 1M generated tokens = hourly cost of the GPUs / (tokens per hour / 1e6)."""
    return usd_per_gpu_hour * gpus / (tokens_per_s * 3600 / 1e6)


def little_concurrency(arrival_per_s: float, time_in_system_s: float) -> float:
    """Little's law: requests in flight = arrival rate x time each spends in the system."""
    return arrival_per_s * time_in_system_s


def replicas_needed(demand_tokens_per_s: float, tokens_per_s_per_replica: float, target_utilisation: float) -> int:
    """Replicas = ceil(demand / (per-replica throughput x target utilisation))."""
    return math.ceil(demand_tokens_per_s / (tokens_per_s_per_replica * target_utilisation))


# ---------------------------------------------------------------------------
# Parallelism and speculation
# ---------------------------------------------------------------------------


def tp_allreduce_bytes_per_token(model: ModelShape, dtype_bytes: float = BF16_BYTES) -> float:
    """Tensor parallelism (Megatron layout): two all-reduces of the hidden vector per layer per token."""
    return 2 * model.layers * model.hidden * dtype_bytes


def ring_allreduce_time_s(message_bytes: float, n_gpus: int, link_bytes_per_s_one_way: float) -> float:
    """Ring all-reduce: each GPU sends and receives 2 x (N-1)/N x message over its link (bandwidth term only)."""
    return 2 * (n_gpus - 1) / n_gpus * message_bytes / link_bytes_per_s_one_way


def speculative_expected_tokens(acceptance: float, draft_tokens: int) -> float:
    """Expected tokens per target-model pass with k drafted tokens and per-token acceptance a.

    (1 - a^(k+1)) / (1 - a), from Leviathan et al. (2023), assuming independent acceptances.
    """
    if acceptance >= 1:
        return draft_tokens + 1
    return (1 - acceptance ** (draft_tokens + 1)) / (1 - acceptance)


def speculative_speedup(acceptance: float, draft_tokens: int, draft_cost_ratio: float) -> float:
    """Wall-clock speedup of speculative decoding (Leviathan et al. 2023, Theorem 3.8).

    (1 - a^(k+1)) / ((1 - a) x (c x k + 1)), where c is the draft model's time per
    token as a fraction of the target's. Below 1 means speculation is a slowdown.
    """
    return speculative_expected_tokens(acceptance, draft_tokens) / (draft_cost_ratio * draft_tokens + 1)


def pipeline_bubble_fraction(stages: int, microbatches: int) -> float:
    """GPipe-style pipeline: idle share of the schedule = (p - 1) / (m + p - 1)."""
    return (stages - 1) / (microbatches + stages - 1)


# ---------------------------------------------------------------------------
# Availability and tokens
# ---------------------------------------------------------------------------


def availability_from_nines(nines: float) -> float:
    """3 nines -> 0.999."""
    return 1 - 10 ** (-nines)


def downtime_per_period_s(availability: float, period_days: float) -> float:
    """Allowed downtime in seconds = (1 - availability) x period.

    State the period: 99.9% over 30 days is 43.2 min; over an average month
    (30.44 days, ``ref.DAYS_PER_MONTH_AVG``) it is 43.8 min.
    """
    return (1 - availability) * period_days * ref.SECONDS_PER_DAY


def downtime_per_period(nines: float, period: str = "month30") -> float:
    """Allowed downtime in minutes for ``nines`` over 'day', 'week', 'month30', 'month_avg' or 'year'."""
    days = {"day": 1, "week": 7, "month30": ref.DAYS_PER_MONTH_30, "month_avg": ref.DAYS_PER_MONTH_AVG,
            "year": ref.DAYS_PER_YEAR}[period]
    return downtime_per_period_s(availability_from_nines(nines), days) / 60


def tokens_for_words(words: float, words_per_token: float = ref.WORDS_PER_TOKEN_EN) -> float:
    """English words to tokens with OpenAI's rule of thumb (0.75 words per token)."""
    return words / words_per_token
