"""Recompute the serving arithmetic by hand and compare with estimates.llm."""

import math

import pytest

from estimates import llm
from estimates import reference as ref

L8 = ref.MODELS["llama-3.1-8b"]
L70 = ref.MODELS["llama-3.1-70b"]
L405 = ref.MODELS["llama-3.1-405b"]
MX = ref.MODELS["mixtral-8x7b"]
H100 = ref.GPUS["h100-sxm"]


def test_kv_cache_per_token_uses_kv_heads():
    assert llm.kv_cache_bytes_per_token(L70, 2) == 2 * 80 * 8 * 128 * 2 == 327_680
    assert llm.kv_cache_bytes_per_token(L8, 2) == 2 * 32 * 8 * 128 * 2 == 131_072
    assert llm.kv_cache_bytes_per_token(L405, 2) == 2 * 126 * 8 * 128 * 2 == 516_096
    assert llm.kv_cache_bytes_per_token(MX, 2) == 2 * 32 * 8 * 128 * 2
    assert llm.kv_cache_bytes_per_token(L70, 1) == 163_840  # FP8 cache halves it


def test_mha_mistake_overstates_by_group_size():
    assert llm.kv_cache_bytes_per_token_if_mha(L70, 2) == 2 * 80 * 64 * 128 * 2 == 2_621_440
    assert llm.kv_cache_bytes_per_token_if_mha(L70) / llm.kv_cache_bytes_per_token(L70) == 8


def test_kv_per_sequence_and_sliding_window():
    assert llm.kv_cache_bytes_per_sequence(L70, 8192) == 327_680 * 8192  # 2.68 GB
    m7 = ref.MODELS["mistral-7b"]
    assert llm.kv_cache_bytes_per_sequence(m7, 32768, sliding_window=4096) == 131_072 * 4096


def test_param_counts_from_shapes():
    # Llama 3.1 8B by hand: per layer q,o 2*4096*4096, k,v 2*4096*1024, FFN 3*4096*14336, 2 norms.
    per_layer = 2 * 4096 * 4096 + 2 * 4096 * 1024 + 3 * 4096 * 14336 + 2 * 4096
    total = 32 * per_layer + 2 * 128256 * 4096 + 4096
    assert llm.param_count(L8) == total == 8_030_261_248
    assert llm.param_count(L70) == pytest.approx(70.55e9, rel=1e-3)
    assert llm.param_count(L405) == pytest.approx(405.85e9, rel=1e-3)
    assert llm.param_count(MX) == pytest.approx(46.7e9, rel=1e-3)
    assert llm.param_count(MX, active=True) == pytest.approx(12.9e9, rel=1e-2)
    for key, nominal in [("llama-3.1-8b", ref.LLAMA31_8B_PARAMS_B), ("llama-3.1-70b", ref.LLAMA31_70B_PARAMS_B),
                         ("llama-3.1-405b", ref.LLAMA31_405B_PARAMS_B), ("mistral-7b", ref.MISTRAL_7B_PARAMS_B),
                         ("mixtral-8x7b", ref.MIXTRAL_8X7B_PARAMS_B)]:
        assert llm.param_count(ref.MODELS[key]) / 1e9 == pytest.approx(nominal, rel=0.04), key


def test_weights_bytes():
    assert llm.weights_bytes(L70, 2) == 2 * llm.param_count(L70)  # ~141 GB: does not fit one 80 GB H100
    assert llm.weights_bytes(L70, 2) > H100.hbm_bytes
    assert llm.int4_bytes_per_param(128, 2) == 0.5 + 2 / 128
    assert llm.gpus_to_hold(141e9, H100, 0.9) == math.ceil(141e9 / 72e9) == 2


def test_gib_vs_gb():
    assert llm.to_gib(80e9) == pytest.approx(74.506, abs=1e-3)


def test_kv_budget_and_max_batch():
    w = 16e9  # Llama 3.1 8B in BF16, rounded for the hand check
    budget = llm.kv_budget_bytes(80e9, w, 0.1)
    assert budget == 80e9 * 0.9 - 16e9 == 56e9
    # 56e9 / (131,072 x 8,192) = 52.15 -> 52 sequences of 8K tokens
    assert llm.max_batch_by_kv_memory(budget, 131_072, 8192) == 52
    assert llm.kv_budget_bytes(80e9, 100e9) == 0


def test_ridge_point():
    assert llm.ridge_point_flops_per_byte(H100) == pytest.approx(989.5e12 / 3.35e12)  # ~295 FLOP/byte
    assert llm.ridge_point_flops_per_byte(H100, "fp8") == pytest.approx(1979e12 / 3.35e12)


def test_decode_memory_bound_batch_one():
    # 16 GB of weights at 3.35 TB/s: 3.35e12 / 16e9 = 209 tokens/s ceiling for one stream.
    tps = llm.decode_tokens_per_s_memory_bound(16e9, 131_072, 1, 0, 3.35e12)
    assert tps == pytest.approx(3.35e12 / 16e9)


def test_decode_bytes_and_step_time():
    b = llm.decode_bytes_per_step(16e9, 131_072, 32, 2048)
    assert b == 16e9 + 32 * 131_072 * 2048
    mem = b / 3.35e12
    comp = 32 * 2 * 8e9 / 989.5e12
    assert llm.decode_step_time_s(16e9, 131_072, 32, 2048, 8e9, 3.35e12, 989.5e12) == pytest.approx(max(mem, comp))
    assert mem > comp  # batch 32 is still memory-bound
    # With efficiency 0.5 everything takes twice as long.
    assert llm.decode_step_time_s(16e9, 131_072, 32, 2048, 8e9, 3.35e12, 989.5e12, 0.5) == pytest.approx(2 * mem)


def test_decode_becomes_compute_bound_at_large_batch():
    t = llm.decode_step_time_s(16e9, 0, 4096, 0, 8e9, 3.35e12, 989.5e12)
    assert t == pytest.approx(4096 * 2 * 8e9 / 989.5e12)
    assert llm.batch_at_compute_bound(16e9, 8e9, 3.35e12, 989.5e12) == pytest.approx(989.5e12 / 3.35e12)


def test_prefill_and_latency():
    # 2 x 70e9 x 2,000 tokens / (989.5e12 x 0.5) = 0.566 s
    assert llm.prefill_time_s(70e9, 2000, 989.5e12, 0.5) == pytest.approx(2 * 70e9 * 2000 / (989.5e12 * 0.5))
    assert llm.request_latency_s(0.5, 0.02, 501) == pytest.approx(0.5 + 0.02 * 500)


def test_cost_per_million_tokens():
    # $3/h for 1 GPU at 1,000 tokens/s: 3.6M tokens per hour -> $0.833 per million
    assert llm.cost_per_million_tokens(3.0, 1, 1000) == pytest.approx(3 / 3.6)
    assert llm.cost_per_million_tokens(3.0, 8, 1000) == pytest.approx(8 * 3 / 3.6)


def test_fleet():
    assert llm.little_concurrency(100, 12) == 1200
    assert llm.replicas_needed(1_000_000, 20_000, 0.7) == math.ceil(1_000_000 / 14_000) == 72


def test_tensor_parallel_traffic():
    assert llm.tp_allreduce_bytes_per_token(L70, 2) == 2 * 80 * 8192 * 2 == 2_621_440
    # 8 GPUs, 1 MB message, 450 GB/s one way: 2 x 7/8 x 1e6 / 450e9
    assert llm.ring_allreduce_time_s(1e6, 8, 450e9) == pytest.approx(2 * 7 / 8 * 1e6 / 450e9)


def test_speculative_expected_tokens():
    # a = 0.8, k = 4: (1 - 0.8^5) / 0.2 = (1 - 0.32768) / 0.2 = 3.3616
    assert llm.speculative_expected_tokens(0.8, 4) == pytest.approx(3.3616)
    assert llm.speculative_expected_tokens(0.0, 4) == 1
    assert llm.speculative_expected_tokens(1.0, 4) == 5


def test_speculative_speedup_and_bubble():
    # a = 0.8, k = 4, c = 0.1: 3.3616 / (0.4 + 1) = 2.401
    assert llm.speculative_speedup(0.8, 4, 0.1) == pytest.approx(3.3616 / 1.4)
    assert llm.speculative_speedup(0.3, 8, 0.2) < 1  # low acceptance: a slowdown
    assert llm.pipeline_bubble_fraction(8, 32) == pytest.approx(7 / 39)
    assert llm.pipeline_bubble_fraction(1, 4) == 0


def test_availability():
    assert llm.availability_from_nines(3) == pytest.approx(0.999)
    assert llm.downtime_per_period(3, "month30") == pytest.approx(30 * 24 * 60 * 0.001)  # 43.2 min
    assert llm.downtime_per_period(3, "month_avg") == pytest.approx(30.4375 * 24 * 60 * 0.001)  # 43.83 min
    assert llm.downtime_per_period(4, "year") == pytest.approx(365.25 * 24 * 60 * 1e-4)  # 52.6 min
    assert llm.downtime_per_period_s(0.9995, 1) == pytest.approx(43.2)


def test_tokens_for_words():
    assert llm.tokens_for_words(750) == pytest.approx(1000)
