# %% [markdown]
# # Design a high-QPS LLM inference service
#
# The back-of-the-envelope notebook behind the walkthrough. Hardware and model shapes come
# only from `estimates.reference` (each constant carries its datasheet or config.json
# source); formulas come only from `estimates.llm`. Everything else is an assumption,
# declared once with `assume` and labelled as such.
#
# The flagship model is Llama 3.1 70B in BF16 on H100 SXM GPUs (a public stand-in for "a
# large model"); Llama 3.1 8B is the smaller model the degradation ladder falls back to.
#
# Sections:
#
# 1. Inputs
# 2. Hand-checked values: the helpers against arithmetic done on paper
# 3. Memory: weights, KV cache per token (GQA), GB versus GiB
# 4. Tensor-parallel sizing for 70B
# 5. Decode against batch size (chart: tokens/s and cost per million tokens)
# 6. Concurrency against context length (chart)
# 7. Prefill, chunked prefill and the TTFT/TPOT trade
# 8. A replica's request capacity for the request mix (chart: prefix-cache hit rate)
# 9. Fleet, cost and the MVP
# 10. Admission: token buckets and the queue deadline
# 11. KV paging and preemption
# 12. Autoscaling and cold starts
# 13. Degradation ladder and multi-region failover
# 14. Deploys and draining streams
# 15. Scaling 10x, 100x, 1000x
# 16. Interviewer twists

# %% [markdown]
# ## 1. Inputs

# %%
import math

import numpy as np

from estimates import assume, assumptions_table, figure, restate
from estimates import llm
from estimates import reference as ref
from estimates.charts import SERIES, new_chart, show

L70 = ref.MODELS["llama-3.1-70b"]
L8 = ref.MODELS["llama-3.1-8b"]
H100 = ref.GPUS["h100-sxm"]
B200 = ref.GPUS["b200"]


# Hardware and model shapes, restated from the reference module so the page can show them
restate("h100_hbm_gb", "H100_SXM_HBM_GB", "{:.0f} GB", "H100 SXM memory (decimal GB)")
restate("h100_hbm_tbps", "H100_SXM_HBM_TBPS", "{:.2f} TB/s", "H100 SXM memory bandwidth")
restate("h100_bf16_sparse", "H100_SXM_BF16_SPARSE_TFLOPS", "{:,.0f} TFLOP/s",
        "H100 SXM BF16 tensor-core peak as the datasheet prints it (with 2:4 sparsity)")
restate("h100_nvlink_gbps", "H100_NVLINK_GBPS_BIDIR", "{:.0f} GB/s", "H100 SXM NVLink per GPU, both directions")
restate("pcie5_gbps", "PCIE_GEN5_X16_GBPS_BIDIR", "{:.0f} GB/s", "PCIe Gen5 x16 host link, both directions")
restate("l70_layers", "LLAMA31_70B_LAYERS", "{:.0f}", "Llama 3.1 70B layers")
restate("l70_heads", "LLAMA31_70B_HEADS", "{:.0f}", "Llama 3.1 70B query heads")
restate("l70_kv_heads", "LLAMA31_70B_KV_HEADS", "{:.0f}", "Llama 3.1 70B KV heads (GQA)")
restate("l70_head_dim", "LLAMA31_70B_HEAD_DIM", "{:.0f}", "Llama 3.1 70B head_dim")
restate("l70_context", "LLAMA31_70B_CONTEXT", "{:,.0f} tokens", "Llama 3.1 70B maximum context")
restate("rtt_cross_region_ms", "CA_NETHERLANDS_RTT_MS", "{:.0f} ms", "Cross-region round trip (transatlantic)")
words_per_token = restate("words_per_token", "WORDS_PER_TOKEN_EN", "{:.2f} words/token",
                          "English words per token (rule of thumb)")

# Engine efficiency and memory reserve
bw_eff = assume("bw_eff", 0.7, "{:.0%}", "Share of peak HBM bandwidth a serving engine sustains in decode", "assumption")
mfu = assume("mfu", 0.5, "{:.0%}", "Share of dense peak FLOP/s sustained on prefill and batched tokens (MFU)",
             "assumption")
reserve = assume("reserve", 0.10, "{:.0%}", "HBM held back for activations, CUDA graphs and fragmentation",
                 "assumption")

# Workload
peak_rps = assume("peak_rps", 2_000, "{:,.0f} requests/s", "Design peak for the flagship model, all regions",
                  "assumption")
mvp_rps = assume("mvp_rps", 50, "{:,.0f} requests/s", "Peak the MVP must carry (one region, beta)", "assumption")
prompt_tok = assume("prompt_tokens", 1_500, "{:,.0f} tokens", "Mean prompt (system prompt, history, user turn)",
                    "assumption")
out_tok = assume("output_tokens", 300, "{:,.0f} tokens", "Mean generated answer", "assumption")
hit = assume("prefix_hit", 0.5, "{:.0%}", "Share of prompt tokens served from the prefix cache", "assumption")
max_tokens_default = assume("max_tokens_default", 4_096, "{:,.0f} tokens",
                            "Output cap when the caller sets none", "design choice")
peak_to_mean = assume("peak_to_mean", 2.0, "{:.1f}x", "Daily peak over the daily mean", "assumption")
free_share = assume("free_share", 0.3, "{:.0%}", "Share of requests from the free tier", "assumption")

# Objectives and design choices
ttft_slo = assume("ttft_slo_s", 1.0, "{:.1f} s", "TTFT objective, p95, prompts up to 8K tokens", "design choice")
tpot_slo = assume("tpot_slo_ms", 50, "{:.0f} ms", "TPOT objective, p95 (time between streamed tokens)",
                  "design choice") / 1e3
util = assume("target_util", 0.7, "{:.0%}", "Share of a replica's capacity used at peak (headroom)", "design choice")
n_tp = int(assume("tp", 8, "{:.0f} GPUs", "Tensor-parallel degree of a 70B replica", "design choice"))
usd_gpu_h = assume("usd_per_gpu_hour", 3.00, "${:.2f} per GPU-hour",
                   "H100 SXM price (an assumption, not a quote: prices vary by provider and commitment)",
                   "assumption")
block_tokens = assume("block_tokens", 16, "{:.0f} tokens", "KV page (block) size",
                      "vLLM default, PagedAttention paper (Kwon et al. 2023)")
regions = int(assume("regions", 3, "{:.0f}", "Serving regions", "design choice"))
region_gpu_cap = assume("region_gpu_cap", 8_000, "{:,.0f} GPUs",
                        "GPUs one region can give this model (power and supply; an assumption)", "assumption")
long_prompt = assume("long_prompt", 32_768, "{:,.0f} tokens", "A long prompt arriving mid-stream", "assumption")

# Autoscaling and deploys
load_store_gbps = assume("load_store_gbps", 2.0, "{:.1f} GB/s", "Weight read rate from the regional object store",
                         "assumption")
load_nvme_gbps = assume("load_nvme_gbps", 6.0, "{:.1f} GB/s", "Weight read rate from a node's local NVMe cache",
                        "assumption")
warmup_s = assume("warmup_s", 60, "{:.0f} s", "Engine start: allocate KV pool, capture CUDA graphs, health check",
                  "assumption")
provision_s = assume("provision_s", 600, "{:.0f} s", "Obtaining and booting a GPU node that is not already running",
                     "assumption")
ramp = assume("ramp", 0.5, "{:.0%}", "Morning ramp: demand growth over the next 30 minutes", "assumption")
ramp_min = 30
surge_share = assume("deploy_surge", 0.10, "{:.0%}", "Share of replicas replaced per deploy wave", "design choice")
grace_s = assume("grace_s", 300, "{:.0f} s", "Drain time a replica gets before it is stopped", "design choice")
k8s_grace_s = assume("k8s_grace_s", 30, "{:.0f} s", "Kubernetes default terminationGracePeriodSeconds",
                     "Kubernetes docs, Termination of Pods (checked 2026-11-23)")
poll_hz = assume("router_poll_hz", 10, "{:.0f} per s", "Load reports each replica sends the router", "design choice")

# Degradation
cap_tokens = assume("cap_tokens", 1_024, "{:,.0f} tokens", "max_tokens cap applied on ladder step 2", "design choice")
cut_share = assume("cut_share", 0.15, "{:.0%}", "Share of output tokens that lie beyond 1,024 in an answer",
                   "assumption")
wait_paid = assume("wait_paid_s", 2.0, "{:.1f} s", "Queue deadline, paid tiers", "design choice")
wait_free = assume("wait_free_s", 0.5, "{:.1f} s", "Queue deadline, free tier", "design choice")
emergency_util = assume("emergency_util", 0.9, "{:.0%}", "Highest utilisation accepted while a region is down",
                        "design choice")
ar_step_tokens = assume("ar_step_tokens", 1_024, "{:,.0f} tokens", "Tokens in the step used for the all-reduce comparison",
                        "assumption")
spec_a = assume("spec_acceptance", 0.7, "{:.0%}", "Draft-token acceptance rate (twist)", "assumption")
spec_k = int(assume("spec_k", 4, "{:.0f} tokens", "Draft tokens per step (twist)", "assumption"))
ex_cached = assume("example_cached", 768, "{:,.0f} tokens", "Walk-through request: prompt tokens already cached",
                   "example")
ex_out = assume("example_output", 212, "{:,.0f} tokens", "Walk-through request: tokens generated", "example")
surge = assume("surge", 1.5, "{:.1f}x", "Demand surge over the provisioned peak (twist)", "interviewer twist")
assumptions_table()

# %% [markdown]
# ## 2. Hand-checked values
#
# Each assertion compares a helper from `estimates.llm` (or a reference constant) with a
# number worked out on paper, so a wrong helper or a mistyped constant fails the build.

# %%
P70 = llm.param_count(L70)
P8 = llm.param_count(L8)
W70 = llm.weights_bytes(L70)
W8 = llm.weights_bytes(L8)
KV70 = llm.kv_cache_bytes_per_token(L70)

checks = [
    # KV per token: 2 (K and V) x 80 layers x 8 KV heads x 128 head_dim x 2 bytes = 327,680
    ("kv per token", KV70, 327_680, 0),
    # The no-GQA mistake: 64 query heads instead of 8 KV heads = 2,621,440
    ("kv per token without GQA", llm.kv_cache_bytes_per_token_if_mha(L70), 2_621_440, 0),
    # Per layer: q,o 2*8192*8192 = 134,217,728; k,v 2*8192*1024 = 16,777,216;
    # SwiGLU 3*8192*28672 = 704,643,072; norms 2*8192 = 16,384 -> 855,654,400.
    # x 80 layers = 68,452,352,000; embeddings + head 2*128256*8192 = 2,101,346,304; final norm 8,192.
    ("70B parameters", P70, 70_553_706_496, 0),
    ("70B BF16 bytes", W70, 141_107_412_992, 0),
    # Dense BF16 is half the datasheet's sparse 1,979 TFLOP/s
    ("H100 dense BF16 FLOP/s", H100.bf16_dense_flops, 989.5e12, 0),
    # 80e9 / 2^30 = 74.506 GiB
    ("80 GB in GiB", llm.to_gib(H100.hbm_bytes), 74.506, 1e-3),
    # KV budget on 8 GPUs: 640e9 x 0.9 - 141,107,412,992 = 434,892,587,008 bytes
    ("TP8 KV budget", llm.kv_budget_bytes(8 * H100.hbm_bytes, W70, 0.1), 434_892_587_008, 0),
    # 434,892,587,008 / (327,680 x 1,650 = 540,672,000) = 804.4 -> 804 sequences
    ("sequences of 1,650 tokens", llm.max_batch_by_kv_memory(434_892_587_008, KV70, 1650), 804, 0),
    # Batch-1 decode on TP8: 141.107e9 / (8 x 3.35e12 x 0.7 = 18.76e12) = 7.522 ms
    ("TP8 batch-1 step", llm.decode_bytes_per_step(W70, KV70, 1, 0) / (8 * H100.hbm_bytes_per_s * 0.7), 7.522e-3, 1e-6),
    # Prefill of 1,500 tokens on TP8 at 50% MFU: 2 x 70.554e9 x 1500 / (7,916e12 x 0.5) = 53.48 ms
    ("TP8 prefill 1,500", llm.prefill_time_s(P70, 1500, 8 * H100.bf16_dense_flops, 0.5), 53.48e-3, 1e-5),
    # All-reduce payload: 2 x 80 layers x 8192 x 2 bytes = 2,621,440 bytes per token
    ("all-reduce bytes per token", llm.tp_allreduce_bytes_per_token(L70), 2_621_440, 0),
    # $3 x 8 GPUs = $24/h; 10,000 tokens/s = 36M tokens/h -> $0.6667 per million
    ("cost per million", llm.cost_per_million_tokens(3.0, 8, 10_000), 0.6667, 1e-4),
    # Little's law: 2,000 requests/s x 3 s = 6,000 in flight
    ("Little's law", llm.little_concurrency(2000, 3), 6000, 0),
]
for name, got, hand, tol in checks:
    assert abs(got - hand) <= tol, (name, got, hand)
figure("hand_checks", len(checks), "{:d} assertions", "Helper values checked against hand arithmetic")

# %% [markdown]
# ## 3. Memory: weights, KV cache, GB versus GiB

# %%
figure("l70_params_b", P70 / 1e9, "{:.2f}B", "Llama 3.1 70B parameters counted from config.json")
figure("l70_weights_gb", W70 / 1e9, "{:.1f} GB", "70B weights in BF16")
figure("l70_weights_gib", llm.to_gib(W70), "{:.1f} GiB", "Same in GiB")
figure("l8_weights_gb", W8 / 1e9, "{:.1f} GB", "8B weights in BF16")
figure("kv_tok_bytes", KV70, "{:,.0f} bytes", "70B KV cache per token, BF16")
figure("kv_tok_kib", KV70 / 1024, "{:.0f} KiB", "Same in KiB")
MHA70 = llm.kv_cache_bytes_per_token_if_mha(L70)
figure("kv_tok_mha_mb", MHA70 / 1e6, "{:.2f} MB", "Per token if the 64 query heads are used by mistake")
figure("gqa_ratio", MHA70 / KV70, "{:.0f}x", "Overstatement from ignoring GQA")
ctx_mean = prompt_tok + out_tok / 2
figure("ctx_mean", ctx_mean, "{:,.0f} tokens", "Mean tokens a decoding sequence holds (prompt + half the answer)")
seq_kv = llm.kv_cache_bytes_per_sequence(L70, int(ctx_mean))
figure("kv_seq_mb", seq_kv / 1e6, "{:.0f} MB", "KV cache of one mean sequence")
figure("kv_128k_gb", llm.kv_cache_bytes_per_sequence(L70, L70.context) / 1e9, "{:.1f} GB",
       "KV cache of one full 128K-token sequence")
figure("h100_gib", llm.to_gib(H100.hbm_bytes), "{:.1f} GiB", "80 GB in GiB")
figure("gib_gap_gb", H100.hbm_bytes / 1e9 - llm.to_gib(H100.hbm_bytes), "{:.1f}",
       "GB-vs-GiB gap per GPU (in the same number of 'units')")
figure("h100_bf16_dense", H100.bf16_dense_flops / 1e12, "{:.1f} TFLOP/s", "H100 BF16 dense peak")

# %% [markdown]
# ## 4. Tensor-parallel sizing for 70B
#
# For each TP degree: the KV budget left after weights, the sequences that fit at the mean
# context, the decode step time at that KV-limited batch, and the all-reduce traffic.

# %%
BW1, F1, HBM1 = H100.hbm_bytes_per_s, H100.bf16_dense_flops, H100.hbm_bytes
nvl_one_way = H100.nvlink_bytes_per_s_bidir / 2


def mem_time(batch, ctx, tp=n_tp, weights=W70, kv=KV70, bw=BW1):
    """Decode memory time: weights once + every sequence's KV, at bw_eff of peak (llm formulas)."""
    return llm.decode_bytes_per_step(weights, kv, batch, ctx) / (tp * bw * bw_eff)


def comp_time(tokens, tp=n_tp, params=P70, flops=F1):
    """Time to push `tokens` through the model: 2 x P FLOPs each at MFU (llm.prefill_time_s)."""
    return llm.prefill_time_s(params, tokens, tp * flops, mfu)


def step_time(batch, ctx, chunk=0, tp=n_tp):
    """One engine step with `batch` decodes and `chunk` prefill tokens: the slower of memory and compute."""
    return max(mem_time(batch, ctx, tp), comp_time(batch + chunk, tp))


tp_rows = {}
for tp in (2, 4, 8):
    budget = llm.kv_budget_bytes(tp * HBM1, W70, reserve)
    seqs = llm.max_batch_by_kv_memory(budget, KV70, int(ctx_mean))
    tp_rows[tp] = (budget, seqs)
    figure(f"tp{tp}_kv_gb", budget / 1e9, "{:.1f} GB", f"KV budget at TP{tp}")
    figure(f"tp{tp}_seqs", seqs, "{:,d} sequences", f"Mean sequences that fit at TP{tp}")
    figure(f"tp{tp}_kv_tokens_k", budget / KV70 / 1e3, "{:,.0f}K tokens", f"Tokens of KV that fit at TP{tp}")
    figure(f"tp{tp}_128k_seqs", llm.max_batch_by_kv_memory(budget, KV70, L70.context), "{:d}",
           f"Full 128K sequences that fit at TP{tp}")
figure("min_gpus_weights", llm.gpus_to_hold(W70, H100, 1 - reserve), "{:d} GPUs",
       "Fewest H100s whose usable memory holds the 70B weights")
for tp in (4, 8):
    seqs = tp_rows[tp][1]
    s = step_time(seqs, ctx_mean, tp=tp)
    figure(f"tp{tp}_full_step_ms", s * 1e3, "{:.1f} ms", f"Decode step at the KV-limited batch, TP{tp}")
    figure(f"tp{tp}_full_tps_gpu", seqs / s / tp, "{:,.0f} tokens/s", f"Decode tokens/s per GPU at that batch, TP{tp}")
    figure(f"tp{tp}_b1_ms", mem_time(1, ctx_mean, tp) * 1e3, "{:.1f} ms", f"Batch-1 TPOT floor at TP{tp}")
    figure(f"tp{tp}_node_kv_gb", tp_rows[tp][0] * (8 // tp) / 1e9, "{:.0f} GB",
           f"KV memory per 8-GPU node with TP{tp} replicas")
    # all-reduce bandwidth time for a step of 1,024 tokens, against that step's compute time
    msg = llm.tp_allreduce_bytes_per_token(L70) * ar_step_tokens
    t_ar = llm.ring_allreduce_time_s(msg, tp, nvl_one_way)
    figure(f"tp{tp}_ar_share", t_ar / comp_time(ar_step_tokens, tp), "{:.0%}",
           f"All-reduce bandwidth time over compute time for a 1,024-token step, TP{tp}")
figure("ar_bytes_tok_mb", llm.tp_allreduce_bytes_per_token(L70) / 1e6, "{:.2f} MB",
       "All-reduce payload per token per step on 70B")
figure("allreduces_step", 2 * L70.layers, "{:d}", "All-reduces per step (two per layer)")
figure("node_kv_gain", tp_rows[8][0] / (2 * tp_rows[4][0]) - 1, "{:.0%}",
       "Extra KV memory per node with one TP8 replica instead of two TP4 replicas")

# %% [markdown]
# ## 5. Decode against batch size
#
# Pure decode on one TP8 replica at the mean context: aggregate tokens/s, per-user tokens/s
# and cost per million output tokens as the batch grows to the KV limit. The crossover batch
# is where compute time would overtake memory time.

# %%
kv_cap = tp_rows[n_tp][1]


def decode_tps(b, ctx=ctx_mean, tp=n_tp):
    return b / step_time(b, ctx, tp=tp)


def crossover_batch(ctx, tp=n_tp):
    """Smallest batch whose compute time reaches its memory time (None if memory always dominates)."""
    for b in range(1, 20_000):
        if comp_time(b, tp) >= mem_time(b, ctx, tp):
            return b
    return None


cross = crossover_batch(ctx_mean)
figure("crossover_batch", cross, "{:,d}", "Batch where decode would turn compute-bound at the mean context")
figure("kv_cap", kv_cap, "{:,d} sequences", "KV-limited batch at the mean context (TP8)")
# Context above which each sequence's KV read costs more time than its FLOPs: never compute-bound
# Memory time each extra sequence adds per token of context, against compute time per token
kv_s_per_ctx_token = mem_time(1, 1) - mem_time(0, 1)
ctx_never = comp_time(1) / kv_s_per_ctx_token
assert crossover_batch(ctx_never * 1.01) is None and crossover_batch(ctx_never * 0.9) is not None
figure("ctx_never_compute", ctx_never, "{:,.0f} tokens", "Context above which decode stays memory-bound at any batch")
# The batch-size rule of thumb from llm.batch_at_compute_bound ignores KV reads
figure("ridge_batch", llm.batch_at_compute_bound(W70, P70, BW1, F1), "{:.0f}",
       "Ridge-point batch (peak FLOP/s over bandwidth, KV reads ignored)")
figure("ridge_batch_sparse", llm.batch_at_compute_bound(W70, P70, BW1, ref.H100_SXM_BF16_SPARSE_TFLOPS * 1e12),
       "{:.0f}", "The same with the sparse datasheet figure (the mistake)")

for b in (1, 16, 64, 256):
    figure(f"dec_tps_b{b}", decode_tps(b), "{:,.0f} tokens/s", f"TP8 aggregate decode at batch {b}")
    figure(f"dec_tpot_b{b}_ms", step_time(b, ctx_mean) * 1e3, "{:.1f} ms", f"TP8 TPOT at batch {b}")
    figure(f"dec_cost_b{b}", llm.cost_per_million_tokens(usd_gpu_h, n_tp, decode_tps(b)), "${:.2f}",
           f"Cost per million output tokens at batch {b}")
figure("dec_tps_cap", decode_tps(kv_cap), "{:,.0f} tokens/s", "TP8 aggregate decode at the KV limit")
figure("dec_tpot_cap_ms", step_time(kv_cap, ctx_mean) * 1e3, "{:.1f} ms", "TPOT at the KV limit")
figure("dec_user_cap", 1 / step_time(kv_cap, ctx_mean), "{:.0f} tokens/s", "Per-user speed at the KV limit")
figure("dec_cost_cap", llm.cost_per_million_tokens(usd_gpu_h, n_tp, decode_tps(kv_cap)), "${:.3f}",
       "Cost per million output tokens at the KV limit")
figure("dec_gain_b1_b64", decode_tps(64) / decode_tps(1), "{:.0f}x", "Throughput gain from batch 1 to 64")
figure("dec_gain_b1_cap", decode_tps(kv_cap) / decode_tps(1), "{:.0f}x", "Throughput gain from batch 1 to the KV limit")
figure("dec_tpot_growth", step_time(64, ctx_mean) / step_time(1, ctx_mean) - 1, "{:.0%}",
       "TPOT growth from batch 1 to batch 64")
figure("dec_words_s_slo", words_per_token / tpot_slo, "{:.0f} words/s", "Reading speed the TPOT objective delivers")
figure("tpot_slo_tps", 1 / tpot_slo, "{:.0f} tokens/s", "Per-user speed at the TPOT objective")

batches = np.unique(np.round(np.logspace(0, np.log10(kv_cap), 50)).astype(int))
fig, ax = new_chart()
ax.plot(batches, [decode_tps(int(b)) for b in batches], label="aggregate tokens/s")
ax.plot(batches, [1 / step_time(int(b), ctx_mean) for b in batches], label="tokens/s per user")
ax.axhline(1 / tpot_slo, color=SERIES[2], linestyle=":", linewidth=1.4, label="per-user floor set by the TPOT objective")
ax.axvline(kv_cap, color=SERIES[3], linestyle="--", linewidth=1.2, label=f"KV limit, {kv_cap} sequences")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("Decode batch (concurrent sequences), 70B on 8x H100, 1,650-token context")
ax.set_ylabel("Tokens per second")
ax.legend(frameon=False, fontsize=9)
show(fig, alt="Log-log chart for 70B on eight H100s: aggregate decode tokens per second rises almost in proportion "
              "to batch size up to the KV-cache limit of about 800 sequences, while each user's tokens per second "
              "falls only slowly, from about 130 to about 33, staying above the 20 tokens per second floor")

fig, ax = new_chart()
ax.plot(batches, [llm.cost_per_million_tokens(usd_gpu_h, n_tp, decode_tps(int(b))) for b in batches],
        label="TP8 replica (8 GPUs)")
b4 = batches[batches <= tp_rows[4][1]]
ax.plot(b4, [llm.cost_per_million_tokens(usd_gpu_h, 4, decode_tps(int(b), tp=4)) for b in b4],
        linestyle="--", label="TP4 replica (4 GPUs): stops at its KV limit")
ax.axvline(tp_rows[4][1], color=SERIES[1], linestyle=":", linewidth=1.2)
ax.axvline(kv_cap, color=SERIES[0], linestyle=":", linewidth=1.2)
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("Decode batch per replica (concurrent sequences)")
ax.set_ylabel("USD per million output tokens")
ax.legend(frameon=False)
show(fig, alt="Log-log chart: GPU cost per million output tokens falls roughly in proportion to batch size, from "
              "about 50 dollars at batch 1 to about 25 cents at the TP8 KV limit; a TP4 replica follows the same "
              "curve per GPU but runs out of KV memory at about 270 sequences")


# %% [markdown]
# ## 6. Concurrency against context length

# %%
ctxs = np.array([512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072])
budget8 = tp_rows[8][0]
budget4 = tp_rows[4][0]
for c in (8192, 32768):
    figure(f"tp8_seqs_{c // 1024}k", llm.max_batch_by_kv_memory(budget8, KV70, c), "{:,d} sequences",
           f"TP8 sequences at {c // 1024}K tokens each")
figure("tp8_seqs_fp8kv", llm.max_batch_by_kv_memory(budget8, llm.kv_cache_bytes_per_token(L70, llm.FP8_BYTES),
                                                     int(ctx_mean)), "{:,d} sequences",
       "TP8 sequences at the mean context with an FP8 KV cache")
figure("tp8_seqs_mha_wrong", llm.max_batch_by_kv_memory(budget8, MHA70, int(ctx_mean)), "{:,d} sequences",
       "What the no-GQA mistake predicts at the mean context")

fig, ax = new_chart()
ax.plot(ctxs, [llm.max_batch_by_kv_memory(budget8, KV70, int(c)) for c in ctxs], marker="o", label="TP8, BF16 KV")
ax.plot(ctxs, [llm.max_batch_by_kv_memory(budget8, llm.kv_cache_bytes_per_token(L70, 1), int(c)) for c in ctxs],
        marker="o", linestyle="--", label="TP8, FP8 KV")
ax.plot(ctxs, [max(llm.max_batch_by_kv_memory(budget4, KV70, int(c)), 0.5) for c in ctxs], marker="o",
        label="TP4, BF16 KV")
ax.plot(ctxs, [max(llm.max_batch_by_kv_memory(budget8, MHA70, int(c)), 0.5) for c in ctxs], marker="x", color="#010203",
        linestyle=":", label="TP8 if GQA is ignored (wrong)")
cx_ctx = np.unique(np.round(np.logspace(np.log10(512), np.log10(ctx_never * 0.97), 30)).astype(int))
ax.plot(cx_ctx, [crossover_batch(int(c)) for c in cx_ctx], color=SERIES[3], linestyle="-.",
        label="batch where compute would bind (TP8)")
ax.set_xscale("log", base=2)
ax.set_yscale("log")
ax.set_ylim(bottom=0.8)
ax.set_xlabel("Tokens held per sequence")
ax.set_ylabel("Max concurrent sequences")
ax.legend(frameon=False, fontsize=8)
show(fig, alt="Log-log chart of maximum concurrent sequences against context length for 70B: the count halves each "
              "time the context doubles, from thousands at 512 tokens to about ten at 128K on TP8; the compute "
              "crossover exists only below about 2K tokens, so above that the KV cache binds first")

# %% [markdown]
# ## 7. Prefill, chunked prefill and the TTFT/TPOT trade

# %%
prefill_full = comp_time(prompt_tok)
prefill_uncached = comp_time(prompt_tok * (1 - hit))
figure("prefill_ms", prefill_full * 1e3, "{:.0f} ms", "Prefill of the mean prompt, uncached, TP8")
figure("prefill_uncached_ms", prefill_uncached * 1e3, "{:.0f} ms", "Prefill of its uncached half")
figure("prefill_sparse_ms", llm.prefill_time_s(P70, prompt_tok, n_tp * ref.H100_SXM_BF16_SPARSE_TFLOPS * 1e12, mfu) * 1e3,
       "{:.0f} ms", "Same prefill if the sparse figure is used (the mistake)")
stall = comp_time(long_prompt)
figure("long_prefill_s", stall, "{:.2f} s", "Prefill of a 32K prompt run in one step (every stream pauses this long)")
figure("long_prompt_tokens_stalled", stall / step_time(64, ctx_mean), "{:.0f}",
       "Tokens a batch-64 stream would have received meanwhile")
# Step token budget: the most tokens one step can carry and still meet the TPOT objective
step_budget = int(tpot_slo * n_tp * F1 * mfu / (2 * P70))
assert comp_time(step_budget) <= tpot_slo < comp_time(step_budget + 1)
figure("step_budget", step_budget, "{:,d} tokens", "Tokens per step that keep a step inside the TPOT objective")
chunk_rows = {}
for b in (64, 256, kv_cap):
    room = step_budget - b
    s = max(step_time(b, ctx_mean, room), 0)
    steps_long = math.ceil(long_prompt / room)
    steps_mean = math.ceil(prompt_tok * (1 - hit) / room)
    chunk_rows[b] = (room, s, steps_mean * s, steps_long * s)
    tag = "cap" if b == kv_cap else str(b)
    figure(f"chunk_room_{tag}", room, "{:,d} tokens", f"Prefill room per step at decode batch {b}")
    figure(f"chunk_ttft_mean_{tag}_ms", steps_mean * s * 1e3, "{:.0f} ms",
           f"Prefill time of the mean prompt's uncached part at batch {b}")
    figure(f"chunk_ttft_long_{tag}_s", steps_long * s, "{:.2f} s", f"Prefill time of a 32K prompt at batch {b}")
    figure(f"chunk_tpot_{tag}_ms", s * 1e3, "{:.0f} ms", f"TPOT while prefill chunks ride along at batch {b}")

# The walk-through request: 1,500-token prompt, 768 tokens cached
figure("example_blocks", ex_cached / block_tokens, "{:.0f} blocks", "Cached blocks mapped without recomputation")
figure("example_uncached", prompt_tok - ex_cached, "{:,.0f} tokens", "Uncached prompt tokens the walk-through prefills")
figure("example_prefill_ms", comp_time(prompt_tok - ex_cached) * 1e3, "{:.0f} ms", "Their prefill time on TP8")
figure("example_pages_out", math.ceil(ex_out / block_tokens), "{:d} pages", "Pages its answer allocates")


# %% [markdown]
# ## 8. A replica's request capacity for the request mix
#
# Per second, a replica must push `prompt x (1 - hit) + output` tokens per request through
# the model at 2 x P FLOPs each. That caps requests/s no matter how large the batch is. The
# decode batch then follows from Little's law (requests/s x output tokens x step time), and
# the step time from the memory roofline; iterate to the fixed point.

# %%
tok_req = prompt_tok * (1 - hit) + out_tok
cap_rps = 1 / comp_time(tok_req)  # requests/s that use every FLOP a TP8 replica has at MFU
figure("replica_cap_rps", cap_rps, "{:.1f} requests/s", "TP8 replica: compute ceiling on requests/s for the mix")
figure("tok_per_req", tok_req, "{:,.0f} tokens", "Tokens through the model per request (uncached prompt + output)")
figure("prompt_share_flops", prompt_tok * (1 - hit) / tok_req, "{:.0%}", "Share of a request's FLOPs spent on prefill")


def operating_point(rps, tp=n_tp, ctx=ctx_mean, out=out_tok, tokreq=tok_req):
    """Fixed point of step time s, decode batch b = rps x out x s, and per-step prefill tokens."""
    s = mem_time(1, ctx, tp)
    for _ in range(200):
        b = rps * out * s
        chunk = rps * (tokreq - out) * s
        s_new = max(mem_time(b, ctx, tp), comp_time(b + chunk, tp))
        if abs(s_new - s) < 1e-9:
            break
        s = s_new
    return s, rps * out * s


op_rps = util * cap_rps
op_s, op_b = operating_point(op_rps)
figure("op_rps", op_rps, "{:.1f} requests/s", "Replica load at the 70% target")
figure("op_tpot_ms", op_s * 1e3, "{:.1f} ms", "Roofline TPOT at that load")
figure("op_batch", op_b, "{:.0f} sequences", "Decode batch at that load (Little's law)")
figure("op_kv_used", op_b * seq_kv / budget8, "{:.0%}", "Share of the KV budget running sequences use")
figure("op_kv_free_gb", (budget8 - op_b * seq_kv) / 1e9, "{:.0f} GB", "KV memory left for the prefix cache")
figure("op_out_tps", op_rps * out_tok, "{:,.0f} tokens/s", "Output tokens/s per replica at that load")
figure("op_prefill_tps", op_rps * prompt_tok * (1 - hit), "{:,.0f} tokens/s", "Uncached prompt tokens/s per replica")
op_stream_s = prefill_uncached + (out_tok - 1) * op_s
figure("op_stream_s", op_stream_s, "{:.1f} s", "Mean stream length at that load (prefill + decode)")

hits = np.linspace(0, 0.9, 10)
for h in (0.0, 0.8):
    figure(f"cap_rps_hit{int(h * 100)}", 1 / comp_time(prompt_tok * (1 - h) + out_tok), "{:.1f} requests/s",
           f"Replica ceiling at {h:.0%} prefix hits")
fig, ax = new_chart()
ax.plot(hits * 100, [1 / comp_time(prompt_tok * (1 - h) + out_tok) for h in hits], marker="o",
        label="requests/s per TP8 replica (left)")
ax.set_xlabel("Prompt tokens served from the prefix cache (%)")
ax.set_ylabel("Requests/s per replica")
ax.set_ylim(bottom=0)
ax2 = ax.twinx()
ax2.plot(hits * 100, [llm.replicas_needed(peak_rps, 1 / comp_time(prompt_tok * (1 - h) + out_tok), util) * n_tp
                      for h in hits], marker="s", linestyle="--", color=SERIES[1],
         label="H100s at the design peak (right)")
ax2.set_ylabel("GPUs at the design peak")
ax2.set_ylim(bottom=0)
ax2.grid(False)
ax.axvline(hit * 100, color=SERIES[2], linestyle=":", linewidth=1.2)
lines = ax.get_lines()[:1] + ax2.get_lines()
ax.legend(lines, [ln.get_label() for ln in lines], frameon=False, loc="upper center")
show(fig, alt="Chart with two axes: a TP8 replica's compute ceiling rises from about 16 to over 60 requests per "
              "second as the prefix-cache hit rate goes from 0 to 90 percent, and the H100s needed at the design "
              "peak fall from about 1,500 to under 400")


# %% [markdown]
# ## 9. Fleet, cost and the MVP

# %%
reps_peak = llm.replicas_needed(peak_rps, cap_rps, util)
figure("reps_peak", reps_peak, "{:,d} replicas", "TP8 replicas at the design peak")
figure("gpus_peak", reps_peak * n_tp, "{:,d} GPUs", "H100s at the design peak")
figure("reps_hit0", llm.replicas_needed(peak_rps, 1 / comp_time(prompt_tok + out_tok), util) * n_tp, "{:,d} GPUs",
       "GPUs at the design peak with no prefix cache")
inflight_peak = llm.little_concurrency(peak_rps, op_stream_s)
figure("inflight_peak", inflight_peak, "{:,.0f} streams", "Streams open at the peak (Little's law)")
usd_h_replica = usd_gpu_h * n_tp
figure("usd_h_replica", usd_h_replica, "${:.0f}/h", "One replica per hour")
figure("usd_per_req", usd_h_replica / (op_rps * 3600), "${:.5f}", "GPU cost per request at the operating point")
figure("usd_per_m_out", llm.cost_per_million_tokens(usd_h_replica, 1, op_rps * out_tok), "${:.2f}",
       "GPU cost per million output tokens (prompt work included)")
figure("usd_per_m_all", usd_h_replica / (op_rps * (prompt_tok + out_tok) * 3600 / 1e6), "${:.2f}",
       "GPU cost per million tokens, prompt and output counted together")
mean_rps = peak_rps / peak_to_mean
reps_mean = llm.replicas_needed(mean_rps, cap_rps, util)
figure("cost_day_static", reps_peak * usd_h_replica * 24, "${:,.0f}", "Daily cost sized for peak all day")
figure("cost_day_mean", reps_mean * usd_h_replica * 24, "${:,.0f}", "Daily cost if the fleet tracked the mean exactly")
figure("mvp_reps", llm.replicas_needed(mvp_rps, cap_rps, util), "{:d} replicas", "MVP replicas for its peak")
mvp_reps = llm.replicas_needed(mvp_rps, cap_rps, util) + 1
figure("mvp_reps_n1", mvp_reps, "{:d} replicas", "MVP replicas with one spare")
figure("mvp_gpus", mvp_reps * n_tp, "{:d} GPUs", "MVP GPUs")
figure("mvp_cost_month", mvp_reps * usd_h_replica * 24 * ref.DAYS_PER_MONTH_30, "${:,.0f}", "MVP GPUs per 30-day month")
figure("mvp_util_one_down", mvp_rps / ((mvp_reps - 1) * cap_rps), "{:.0%}", "MVP load with one replica down, at peak")

# %% [markdown]
# ## 10. Admission: token buckets and the queue deadline

# %%
reserve_max = prompt_tok + max_tokens_default
actual = prompt_tok + out_tok
figure("bucket_overreserve", reserve_max / actual, "{:.1f}x",
       "Tokens reserved per request if admission charges prompt + default max_tokens")
figure("bucket_admit_share", actual / reserve_max, "{:.0%}",
       "Share of a tenant's real token allowance usable under that reservation")
drain_rps = op_rps
for name, wait in (("paid", wait_paid), ("free", wait_free)):
    figure(f"queue_cap_{name}", drain_rps * wait, "{:.0f} requests",
           f"Queue depth per replica that a {wait:.1f} s deadline allows")
figure("ttft_budget_queue_ms", (ttft_slo - prefill_full) * 1e3, "{:.0f} ms",
       "TTFT objective minus an uncached mean prefill: the most queueing the objective tolerates")

# %% [markdown]
# ## 11. KV paging and preemption

# %%
waste_paged = block_tokens / 2 * KV70
figure("page_kb", block_tokens * KV70 / 1e6, "{:.1f} MB", "One 16-token page on 70B (all layers, both K and V)")
figure("page_waste_share", (block_tokens / 2) / ctx_mean, "{:.2%}",
       "Mean last-page waste as a share of a mean sequence")
contig = prompt_tok + max_tokens_default
figure("contig_waste_share", 1 - ctx_mean / contig, "{:.0%}",
       "Waste if each sequence reserves prompt + max_tokens contiguously")
figure("contig_seqs", llm.max_batch_by_kv_memory(budget8, KV70, int(contig)), "{:,d} sequences",
       "Sequences that fit under contiguous max_tokens reservation (TP8)")
shard = seq_kv / n_tp
pcie_one_way = ref.PCIE_GEN5_X16_GBPS_BIDIR * 1e9 / 2
figure("swap_ms", shard / pcie_one_way * 1e3, "{:.1f} ms", "Swap one mean sequence to host memory (each GPU its shard)")
figure("recompute_ms", comp_time(ctx_mean) * 1e3, "{:.0f} ms", "Recompute the same sequence by prefill")

# %% [markdown]
# ## 12. Autoscaling and cold starts

# %%
t_store = W70 / (load_store_gbps * 1e9)
t_nvme = W70 / (load_nvme_gbps * 1e9)
figure("load_store_s", t_store, "{:.0f} s", "Read 70B weights from the object store")
figure("load_nvme_s", t_nvme, "{:.0f} s", "Read them from local NVMe")
figure("load_pcie_s", (W70 / n_tp) / pcie_one_way, "{:.2f} s", "Copy each GPU's shard over PCIe Gen5")
lead_warm = t_nvme + warmup_s
lead_cold = provision_s + t_store + warmup_s
figure("lead_warm_s", lead_warm, "{:.0f} s", "Scale-out lead time with a booted node and cached weights")
figure("lead_cold_s", lead_cold, "{:.0f} s", "Scale-out lead time from no node")
figure("lead_cold_min", lead_cold / 60, "{:.0f} min", "Same in minutes")
rate_per_s = ramp / (ramp_min * 60)
figure("ramp_per_min", ramp / ramp_min, "{:.1%}", "Demand growth per minute on the morning ramp")
figure("headroom_warm", rate_per_s * lead_warm, "{:.1%}", "Growth during a warm scale-out")
figure("headroom_cold", rate_per_s * lead_cold, "{:.0%}", "Growth during a cold scale-out")
figure("headroom_target", 1 / util - 1, "{:.0%}", "Headroom the 70% target keeps")
figure("fleet_weights_tb", reps_peak * W70 / 1e12, "{:.1f} TB", "Weight bytes loaded to refresh every peak replica")
figure("region_store_gbps", reps_peak / regions * load_store_gbps, "{:,.0f} GB/s",
       "Store read rate if a whole region reloads at once")
figure("router_msgs", reps_peak * poll_hz, "{:,.0f} reports/s", "Load reports the routers ingest at peak")

# %% [markdown]
# ## 13. Degradation ladder and multi-region failover

# %%
capacity = reps_peak * cap_rps  # requests/s the whole fleet can do flat out
figure("fleet_cap_over_peak", capacity / peak_rps, "{:.2f}x", "Fleet capacity over the design peak")
demand = peak_rps * surge
figure("surge_rps", demand, "{:,.0f} requests/s", "Demand during the surge")
figure("surge_over_cap", demand / capacity - 1, "{:.0%}", "Surge demand above flat-out capacity")
after_free = demand * (1 - free_share)
figure("after_shed_free", after_free / capacity, "{:.0%}", "Load after shedding the free tier")
# Step 2: cap max_tokens; the cut tokens are a share of output
out_capped = out_tok * (1 - cut_share)
cap_rps_capped = 1 / comp_time(prompt_tok * (1 - hit) + out_capped)
figure("cap_gain_max_tokens", cap_rps_capped / cap_rps - 1, "{:.1%}",
       "Replica capacity gained by capping max_tokens at 1,024")
figure("cap_seq_kv_cut", 1 - (prompt_tok + cap_tokens) / (prompt_tok + max_tokens_default), "{:.0%}",
       "Worst-case KV per sequence removed by the cap")
# Step 3: route to the small model. 8B on one H100 at the same mix and MFU
cap8_gpu = 1 / llm.prefill_time_s(P8, tok_req, F1, mfu)
figure("small_cap_gpu", cap8_gpu, "{:.0f} requests/s", "8B on one H100: compute ceiling for the mix")
figure("big_cap_gpu", cap_rps / n_tp, "{:.1f} requests/s", "70B per GPU for comparison")
figure("small_vs_big", cap8_gpu / (cap_rps / n_tp), "{:.1f}x", "Requests per GPU, 8B over 70B")
# Region loss at peak
share = 1 / regions
region_cap = capacity / regions
two_left = (regions - 1) * region_cap
figure("region_loss_load", peak_rps / two_left, "{:.0%}", "Load on the surviving regions at peak, flat-out capacity")
figure("region_loss_shed", peak_rps * (1 - free_share) / two_left, "{:.0%}", "Same after shedding the free tier")
lost_streams = llm.little_concurrency(peak_rps * share, op_stream_s)
figure("region_lost_streams", lost_streams, "{:,.0f} streams", "Streams cut when one region fails at peak")
n1_factor = (peak_rps / (regions - 1) / emergency_util) / (peak_rps / regions / util)
figure("n1_extra", n1_factor - 1, "{:.0%}", "Extra GPUs to carry peak on two regions at 90% without shedding")
resume_tokens = prompt_tok + out_tok / 2
figure("resume_prefill_ms", comp_time(resume_tokens * (1 - hit)) * 1e3, "{:.0f} ms",
       "Prefill to resume a cut stream elsewhere (prompt + tokens already sent, half cached)")

# %% [markdown]
# ## 14. Deploys and draining streams

# %%
longest = max_tokens_default * tpot_slo
figure("longest_stream_s", longest, "{:.0f} s", "Longest answer at the TPOT objective (4,096 tokens)")
figure("k8s_cut_tokens", k8s_grace_s / tpot_slo, "{:.0f} tokens", "Answer length a 30 s grace period cuts off")
waves = math.ceil(1 / surge_share)
figure("deploy_waves", waves, "{:d} waves", "Waves in a rolling deploy")
figure("deploy_min", waves * (lead_warm + grace_s) / 60, "{:.0f} min", "Rolling deploy of a region, serial waves")
figure("deploy_extra_gpus", math.ceil(reps_peak / regions * surge_share) * n_tp, "{:d} GPUs",
       "Extra GPUs a region holds during a wave (surge replicas)")

# %% [markdown]
# ## 15. Scaling 10x, 100x, 1000x

# %%
B200_F = B200.bf16_dense_flops
figure("h100_fp8_over_bf16", H100.fp8_dense_flops / H100.bf16_dense_flops, "{:.0f}x", "H100 dense FP8 over dense BF16")
figure("b200_vs_h100", B200_F / F1, "{:.2f}x", "B200 dense BF16 over H100")
figure("b200_fp8_vs_h100", B200.fp8_dense_flops / F1, "{:.2f}x", "B200 dense FP8 over H100 BF16")
figure("x1_usage_day_b", peak_rps / peak_to_mean * ref.SECONDS_PER_DAY / 1e9, "{:,.2f} billion",
       "Usage records per day at the design peak")
for mult, tag in ((10, "x10"), (100, "x100"), (1000, "x1000")):
    rps = peak_rps * mult
    reps = llm.replicas_needed(rps, cap_rps, util)
    gpus = reps * n_tp
    figure(f"{tag}_rps", rps, "{:,.0f} requests/s", f"Peak at {tag}")
    figure(f"{tag}_gpus", gpus, "{:,d} GPUs", f"H100s at {tag}")
    figure(f"{tag}_regions", math.ceil(gpus / region_gpu_cap), "{:,d} regions", f"Regions at {tag} (GPU cap per region)")
    figure(f"{tag}_cost_day_m", reps * usd_h_replica * 24 / 1e6, "${:,.2f}M", f"Daily GPU cost at {tag}, sized for peak")
    figure(f"{tag}_streams", llm.little_concurrency(rps, op_stream_s), "{:,.0f} streams", f"Open streams at {tag}")
    figure(f"{tag}_reports", reps * poll_hz, "{:,.0f} reports/s", f"Router load reports at {tag}")
    figure(f"{tag}_usage_day_b", rps / peak_to_mean * ref.SECONDS_PER_DAY / 1e9, "{:,.2f} billion",
           f"Usage records per day at {tag}")
    figure(f"{tag}_reps_per_region", reps / max(regions, math.ceil(gpus / region_gpu_cap)), "{:,.0f} replicas",
           f"Replicas per region at {tag}")
    figure(f"{tag}_rollout_tb", reps * W70 / 1e12, "{:,.0f} TB", f"Weights moved by a full model rollout at {tag}")
    # Morning ramp: demand grows by `ramp` over ramp_min minutes, so a third of the peak fleet starts in that window
    figure(f"{tag}_ramp_reps_min", reps * (1 - 1 / (1 + ramp)) / ramp_min, "{:,.0f} replicas/min",
           f"Replicas started per minute on the morning ramp at {tag}")
    figure(f"{tag}_ramp_gbps", reps * (1 - 1 / (1 + ramp)) / (ramp_min * 60) * W70 / 1e9, "{:,.1f} GB/s",
           f"Weight bytes per second those starts pull at {tag}")
# 1000x with FP8 on B200 and a cascade sending a share of traffic to the small model (compute-only estimate)
gpus_1000_h100 = llm.replicas_needed(peak_rps * 1000, cap_rps, util) * n_tp
small_share = assume("cascade_small_share", 0.6, "{:.0%}", "Share of traffic a cascade can answer with the small model",
                     "assumption")
cap70_b200 = 1 / llm.prefill_time_s(P70, tok_req, B200.fp8_dense_flops, mfu)  # requests/s per B200, 70B FP8
cap8_b200 = 1 / llm.prefill_time_s(P8, tok_req, B200.fp8_dense_flops, mfu)    # requests/s per B200, 8B FP8
figure("b200_cap70_gpu", cap70_b200, "{:.1f} requests/s", "70B in FP8: compute ceiling per B200")
figure("l70_fp8_gb", llm.weights_bytes(L70, llm.FP8_BYTES) / 1e9, "{:.1f} GB", "70B weights in FP8")
figure("b200_hbm_gb", B200.hbm_bytes / 1e9, "{:.0f} GB", "B200 memory per GPU")
big = peak_rps * 1000 * (1 - small_share) / (util * cap70_b200)
small = peak_rps * 1000 * small_share / (util * cap8_b200)
figure("x1000_b200_gpus", big + small, "{:,.0f} GPUs", "1000x on B200 in FP8 with 60% of traffic on the small model")
figure("x1000_b200_ratio", gpus_1000_h100 / (big + small), "{:.0f}x", "Reduction against the H100 BF16 fleet")


# %% [markdown]
# ## 16. Interviewer twists

# %%
# A tenant sends full 128K-token prompts
t128 = comp_time(L70.context)
figure("t128_prefill_s", t128, "{:.1f} s", "Prefill of a 128K prompt on TP8 (linear FLOPs only)")
figure("t128_cost", t128 * usd_h_replica / 3600, "${:.3f}", "Replica time it occupies, in dollars")
figure("t128_vs_mean", t128 / comp_time(tok_req), "{:.0f}x", "Same over a mean request's compute")
figure("t128_kv_share", llm.kv_cache_bytes_per_sequence(L70, L70.context) / budget8, "{:.0%}",
       "One 128K sequence's share of a TP8 replica's KV budget")
# Speculative decoding with the 8B model as draft: FLOPs per accepted token
a, k = spec_a, spec_k
e = llm.speculative_expected_tokens(a, k)
flops_ratio = ((k + 1) * P70 + k * P8) / (e * P70)
figure("spec_tokens", e, "{:.2f} tokens", "Tokens per 70B pass at 70% acceptance, 4 drafts")
figure("spec_speedup", llm.speculative_speedup(a, k, W8 / W70), "{:.2f}x", "Latency speedup at low batch")
figure("spec_flops", flops_ratio, "{:.2f}x", "FLOPs per accepted token against plain decode")
# Enterprise reservation: dedicated replicas
ent_rps = assume("enterprise_rps", 200, "{:,.0f} requests/s", "Committed peak of one enterprise tenant", "interviewer twist")
figure("ent_reps", llm.replicas_needed(ent_rps, cap_rps, util), "{:d} replicas", "Replicas reserved for that tenant")
