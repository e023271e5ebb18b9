# %% [markdown]
# # Design ChatGPT
#
# The back-of-the-envelope notebook behind the walkthrough. Inputs first, each declared once
# with `assume` and its source; every number the page quotes is a `figure` computed below.
# Hardware and model shapes come from `estimates.reference`, serving formulas from
# `estimates.llm`. Formulas that `estimates.llm` lacks are written here and checked against
# hand arithmetic with `assert`.
#
# Stand-ins, stated once: ChatGPT's own models and fleet are not public. The "large" model is
# Llama 3.1 70B in BF16 on one 8x H100 SXM server with tensor parallelism 8 (one replica); the
# "small" model is Llama 3.1 8B on one H100. Both have public config.json shapes with
# grouped-query attention (8 KV heads).
#
# Sections:
#
# 1. Inputs
# 2. Traffic
# 3. Model memory: weights, KV cache with GQA, max batch
# 4. A chat turn on a replica: prefill and decode on one roofline
# 5. Fleet, cost per 1M tokens, cost per user per month
# 6. The small model and the free tier
# 7. Prefix and conversation caching
# 8. Context assembly and long conversations
# 9. Streaming, moderation and what the user waits for
# 10. Storage
# 11. Load shedding
# 12. Multi-region
# 13. Scaling 10x, 100x, 1000x
# 14. Charts

# %% [markdown]
# ## 1. Inputs

# %%
import math

import numpy as np

from estimates import assume, assumptions_table, figure, restate
from estimates import llm
from estimates import reference as ref

L70 = ref.MODELS["llama-3.1-70b"]
L8 = ref.MODELS["llama-3.1-8b"]
H100 = ref.GPUS["h100-sxm"]


# Reference constants the page quotes
restate("h100_hbm_gb", "H100_SXM_HBM_GB", "{:.0f} GB", "H100 SXM memory (decimal GB)")
restate("h100_hbm_tbps", "H100_SXM_HBM_TBPS", "{:.2f} TB/s", "H100 SXM memory bandwidth")
restate("h100_bf16_sparse", "H100_SXM_BF16_SPARSE_TFLOPS", "{:,.0f} TFLOP/s",
        "H100 SXM BF16 peak as the datasheet prints it (with 2:4 sparsity)")
restate("l70_layers", "LLAMA31_70B_LAYERS", "{:.0f}", "Llama 3.1 70B layers")
restate("l70_heads", "LLAMA31_70B_HEADS", "{:.0f}", "Llama 3.1 70B query heads")
restate("l70_kv_heads", "LLAMA31_70B_KV_HEADS", "{:.0f}", "Llama 3.1 70B KV heads (GQA)")
restate("l70_head_dim", "LLAMA31_70B_HEAD_DIM", "{:.0f}", "Llama 3.1 70B head_dim")
restate("l70_context", "LLAMA31_70B_CONTEXT", "{:,.0f} tokens", "Llama 3.1 70B maximum context")
restate("chars_per_token", "CHARS_PER_TOKEN_EN", "{:.0f} characters", "Characters per token (English)")
rtt_cross = restate("rtt_cross_ms", "CA_NETHERLANDS_RTT_MS", "{:.0f} ms", "Transatlantic round trip")
pcie_bidir = restate("pcie5_gbps", "PCIE_GEN5_X16_GBPS_BIDIR", "{:.0f} GB/s",
                     "PCIe Gen5 x16 host link, both directions")

# Usage profile (the interview premise; every one is an assumption)
dau = assume("dau", 1_000_000, "{:,.0f} users", "Daily active users at the design point", "interview premise")
turns_per_dau = assume("turns_per_dau", 8, "{:d} turns/day", "Turns (user message + answer) per daily user", "assumption")
peak_to_mean = assume("peak_to_mean", 2.0, "{:.1f}x", "Peak-to-mean ratio of turns in one region", "assumption")
global_peak_to_mean = assume("global_peak_to_mean", 1.4, "{:.1f}x",
                             "Peak-to-mean ratio when every region's traffic is pooled", "assumption")
sys_tokens = assume("sys_tokens", 1_000, "{:,d} tokens", "System prompt (instructions, tool definitions)", "assumption")
user_tokens = assume("user_tokens", 100, "{:,d} tokens", "New user message per turn", "assumption")
hist_tokens = assume("hist_tokens", 1_500, "{:,d} tokens", "Earlier turns carried into an average turn", "assumption")
out_tokens = assume("out_tokens", 400, "{:,d} tokens", "Answer length per turn (mean)", "assumption")
hist_hit = assume("hist_hit", 0.5, "{:.0%}", "Turns whose earlier-turn KV cache is still held when the user replies",
                  "assumption")
think_s = assume("think_s", 60, "{:d} s", "Time between an answer and the user's next message (mean)", "assumption")
paid_share = assume("paid_share", 0.05, "{:.0%}", "Share of turns from paying users", "assumption")

# Serving assumptions (same values as the LLM-serving building-block notebook)
usd_gpu_h = assume("usd_gpu_h", 3.00, "${:.2f} per GPU-hour",
                   "H100 SXM price (an assumption, not a quote: prices vary by provider, region and commitment)")
eff = assume("eff", 0.7, "{:.0%}", "Share of peak bandwidth and FLOP/s sustained in decode", "assumption")
mfu = assume("mfu", 0.5, "{:.0%}", "Model FLOP utilisation in prefill", "assumption")
reserve = assume("reserve", 0.10, "{:.0%}", "HBM held back for activations, CUDA graphs, fragmentation", "assumption")
target_util = assume("target_util", 0.7, "{:.0%}", "Replica load at peak (headroom for bursts and failures)",
                     "design choice")
kv_headroom = assume("kv_headroom", 0.7, "{:.0%}", "Share of the KV-limited batch the scheduler admits "
                     "(room for long conversations)", "design choice")
tp = assume("tp", 8, "{:d} GPUs", "GPUs per large-model replica (tensor parallelism)", "design choice")

# Context assembly
hist_budget = assume("hist_budget", 8_000, "{:,d} tokens", "History budget per turn before older turns are summarised",
                     "design choice")
summary_tokens = assume("summary_tokens", 500, "{:,d} tokens", "Length of the running summary of older turns",
                        "design choice")

# Streaming and moderation
rtt_client = assume("rtt_client_ms", 60, "{:d} ms", "Client to nearest region round trip", "assumption")
mod_latency = assume("mod_latency_ms", 40, "{:d} ms", "Classifier call latency (one chunk or one input)", "assumption")
first_chunk = assume("first_chunk", 16, "{:d} tokens", "First output chunk held back for moderation", "design choice")
chunk = assume("chunk", 64, "{:d} tokens", "Later output chunks classified at a time", "design choice")
policy_tokens = assume("policy_tokens", 300, "{:d} tokens", "Classifier policy prompt per call", "assumption")
conns_per_gw = assume("conns_per_gw", 50_000, "{:,d}", "Open streams one gateway instance holds", "assumption")

# Storage
meta_bytes = assume("meta_bytes", 300, "{:d} B", "Message row overhead (ids, parent, status, counts)", "assumption")
regen_share = assume("regen_share", 0.05, "{:.0%}", "Turns regenerated or edited once", "assumption")
attach_share = assume("attach_share", 0.05, "{:.0%}", "Turns carrying an attachment", "assumption")
attach_mb = assume("attach_mb", 1.0, "{:.1f} MB", "Mean attachment size", "assumption")
replication = assume("replication", 3, "{:d}x", "Storage replication factor", "assumption")
db_rows_budget = assume("db_rows_budget", 10_000, "{:,d} rows/s", "Indexed row writes one relational primary sustains "
                        "(planning budget)", "assumption")

# Operations
spike = assume("spike", 3.0, "{:.0f}x", "Launch-day spike over the usual peak", "interviewer twist")
kw_per_gpu = assume("kw_per_gpu", 1.2, "{:.1f} kW", "Power per installed GPU incl. host, network and cooling",
                    "assumption")
assumptions_table()

# %% [markdown]
# ## 2. Traffic

# %%
DAY = ref.SECONDS_PER_DAY
HOURS_MONTH = ref.DAYS_PER_MONTH_AVG * 24

turns_day = figure("turns_day", dau * turns_per_dau, "{:,.0f} turns/day", "Turns per day")
turns_mean = figure("turns_mean", turns_day / DAY, "{:,.0f} turns/s", "Mean turn rate")
turns_peak = figure("turns_peak", turns_mean * peak_to_mean, "{:,.0f} turns/s", "Peak turn rate")
prompt_tokens = sys_tokens + hist_tokens + user_tokens
figure("prompt_tokens", prompt_tokens, "{:,d} tokens", "Prompt per average turn (system + history + message)")
figure("in_out_ratio", prompt_tokens / out_tokens, "{:.1f}:1", "Prompt tokens to answer tokens")
figure("out_tps_peak", turns_peak * out_tokens, "{:,.0f} tokens/s", "Answer tokens generated per second at peak")
figure("in_tps_peak", turns_peak * prompt_tokens, "{:,.0f} tokens/s", "Prompt tokens per second at peak (before caching)")
figure("out_tokens_day", turns_day * out_tokens / 1e9, "{:.1f} billion tokens/day", "Answer tokens per day")
figure("answer_words", out_tokens * ref.WORDS_PER_TOKEN_EN, "{:.0f} words", "Words in a mean answer")

# %% [markdown]
# ## 3. Model memory: weights, KV cache with GQA, max batch
#
# KV bytes per token = 2 (K and V) x layers x **KV heads** x head_dim x bytes. Llama 3.1 70B has
# 64 query heads but 8 KV heads; using 64 is the classic 8x mistake.

# %%
P70 = llm.param_count(L70)
P8 = llm.param_count(L8)
W70 = llm.weights_bytes(L70)
W8 = llm.weights_bytes(L8)
kv70 = llm.kv_cache_bytes_per_token(L70)
kv8 = llm.kv_cache_bytes_per_token(L8)
assert kv70 == 2 * 80 * 8 * 128 * 2 == 327_680  # hand arithmetic
assert kv8 == 2 * 32 * 8 * 128 * 2 == 131_072

figure("p70_b", P70 / 1e9, "{:.1f}B", "Llama 3.1 70B parameters counted from its shapes")
figure("w70_gb", W70 / 1e9, "{:.0f} GB", "70B weights in BF16")
figure("w8_gb", W8 / 1e9, "{:.1f} GB", "8B weights in BF16")
figure("kv70_bytes", kv70, "{:,.0f} bytes", "70B KV cache per token, BF16, GQA")
figure("kv70_kib", kv70 / 1024, "{:.0f} KiB", "Same in KiB")
kv70_mha = llm.kv_cache_bytes_per_token_if_mha(L70)
figure("kv70_mha_mb", kv70_mha / 1e6, "{:.2f} MB", "70B per token if the 64 query heads are used by mistake")
figure("kv8_kib", kv8 / 1024, "{:.0f} KiB", "8B KV cache per token, BF16, GQA")
figure("gqa_ratio", kv70_mha / kv70, "{:.0f}x", "Overstatement from ignoring GQA (query heads / KV heads)")
figure("w70_fp8_gb", llm.weights_bytes(L70, llm.FP8_BYTES) / 1e9, "{:.0f} GB", "70B weights in FP8")
figure("fp8_compute_x", H100.fp8_dense_flops / H100.bf16_dense_flops, "{:.0f}x", "H100 FP8 dense peak over BF16 dense")

ctx_avg = prompt_tokens + out_tokens / 2  # tokens a sequence holds on average while it decodes
figure("ctx_avg", ctx_avg, "{:,.0f} tokens", "Tokens held per sequence while decoding (prompt + half the answer)")
figure("kv_seq_avg_gb", kv70 * ctx_avg / 1e9, "{:.2f} GB", "70B KV cache of an average sequence")
figure("kv_seq_10k_gb", llm.kv_cache_bytes_per_sequence(L70, 10_000) / 1e9, "{:.1f} GB", "70B KV cache at 10K tokens")
figure("kv_seq_128k_gb", llm.kv_cache_bytes_per_sequence(L70, L70.context) / 1e9, "{:.1f} GB",
       "70B KV cache at the full 128K context")
figure("kv_seq_128k_gib", llm.to_gib(llm.kv_cache_bytes_per_sequence(L70, L70.context)), "{:.1f} GiB", "Same in GiB")

hbm8 = tp * H100.hbm_bytes
bw8 = tp * H100.hbm_bytes_per_s
fl8 = tp * H100.bf16_dense_flops
figure("h100_bf16_dense", H100.bf16_dense_flops / 1e12, "{:.1f} TFLOP/s", "H100 BF16 dense peak (half the printed figure)")
figure("replica_hbm_gb", hbm8 / 1e9, "{:.0f} GB", "HBM in one 8-GPU replica")
budget70 = llm.kv_budget_bytes(hbm8, W70, reserve)
budget8 = llm.kv_budget_bytes(H100.hbm_bytes, W8, reserve)
assert abs(budget70 - (640e9 * 0.9 - W70)) < 1
figure("kv_budget70_gb", budget70 / 1e9, "{:.0f} GB", "KV budget, 70B replica")
figure("kv_budget8_gb", budget8 / 1e9, "{:.0f} GB", "KV budget, 8B on one H100")
maxb70 = llm.max_batch_by_kv_memory(budget70, kv70, int(ctx_avg))
maxb8 = llm.max_batch_by_kv_memory(budget8, kv8, int(ctx_avg))
figure("maxb70", maxb70, "{:,d} sequences", "70B replica: sequences that fit at the average length")
figure("maxb70_mha", llm.max_batch_by_kv_memory(budget70, kv70_mha, int(ctx_avg)), "{:,d} sequences",
       "What the no-GQA mistake predicts")
figure("maxb70_10k", llm.max_batch_by_kv_memory(budget70, kv70, 10_000), "{:,d} sequences", "70B replica at 10K tokens each")
figure("maxb70_128k", llm.max_batch_by_kv_memory(budget70, kv70, L70.context), "{:,d} sequences",
       "70B replica at 128K tokens each")
figure("maxb8", maxb8, "{:,d} sequences", "8B on one H100: sequences that fit at the average length")

# %% [markdown]
# ## 4. A chat turn on a replica: prefill and decode on one roofline
#
# `estimates.llm` models decode alone. A chat replica runs continuous batching with chunked
# prefill: every step carries the running sequences' next tokens plus slices of new prompts.
# Over many turns, the replica's time per turn is the larger of two totals:
#
# * compute: 2 x params x (uncached prompt tokens / (peak x MFU) + answer tokens / (peak x eff))
# * memory: answer tokens x (bytes read per decode step / batch) / (bandwidth x eff), where
#   bytes per step = weights + batch x KV bytes per token x tokens held.
#
# Throughput per replica = 1 / (time per turn). Steps per second = turns/s x answer tokens /
# batch, so the time between tokens a user sees (TPOT) = batch x time per turn / answer tokens.
# The batch where the two totals meet is the knee: below it decode is memory-bound and batching
# helps; above it the replica is compute-bound and a larger batch only slows every user.

# %%
def turn_times(uncached, out, ctx, batch, W, kv, P, bw, fl):
    """(compute seconds, memory seconds) of replica time per turn."""
    compute = 2 * P * (uncached / (fl * mfu) + out / (fl * eff))
    memory = out * llm.decode_bytes_per_step(W, kv, batch, ctx) / (bw * eff) / batch
    return compute, memory


def turn_seconds(uncached, out, ctx, batch, W, kv, P, bw, fl):
    return max(turn_times(uncached, out, ctx, batch, W, kv, P, bw, fl))


def knee_batch(uncached, out, ctx, W, kv, P, bw, fl):
    """Batch where memory time per turn equals compute time per turn (inf if never compute-bound).

    memory(B) = out*W/(B*bw*eff) + out*kv*ctx/(bw*eff); set equal to compute and solve for B.
    """
    compute, _ = turn_times(uncached, out, ctx, 1, W, kv, P, bw, fl)
    kv_part = out * kv * ctx / (bw * eff)
    if compute <= kv_part:
        return math.inf
    return out * W / (bw * eff) / (compute - kv_part)


def tpot(uncached, out, ctx, batch, W, kv, P, bw, fl):
    return batch * turn_seconds(uncached, out, ctx, batch, W, kv, P, bw, fl) / out


# Hand check of the formula at batch 64, system prompt cached (1,600 uncached tokens)
_c, _m = turn_times(1_600, 400, 2_800, 64, W70, kv70, P70, bw8, fl8)
_c_hand = 2 * P70 * (1_600 / (8 * 989.5e12 * 0.5) + 400 / (8 * 989.5e12 * 0.7))
_m_hand = 400 * (W70 + 64 * 327_680 * 2_800) / (8 * 3.35e12 * 0.7) / 64
assert abs(_c - _c_hand) < 1e-9 and abs(_m - _m_hand) < 1e-9
assert abs(_c_hand - 0.0673) < 0.001 and abs(_m_hand - 0.0664) < 0.001  # 67 ms and 66 ms by hand

# Three caching scenarios for the uncached part of the prompt
unc_none = prompt_tokens
unc_sys = hist_tokens + user_tokens
unc_hist = user_tokens + (1 - hist_hit) * hist_tokens
figure("unc_none", unc_none, "{:,.0f} tokens", "Prefilled per turn with no caching")
figure("unc_sys", unc_sys, "{:,.0f} tokens", "Prefilled per turn with the system prompt cached")
figure("unc_hist", unc_hist, "{:,.0f} tokens", "Prefilled per turn with the system prompt and half the histories cached")

scen = {"none": unc_none, "sys": unc_sys, "hist": unc_hist}
op = {}
for name, unc in scen.items():
    knee = knee_batch(unc, out_tokens, ctx_avg, W70, kv70, P70, bw8, fl8)
    cap = int(maxb70 * kv_headroom)
    b = cap if math.isinf(knee) else min(cap, math.ceil(knee))
    t = turn_seconds(unc, out_tokens, ctx_avg, b, W70, kv70, P70, bw8, fl8)
    op[name] = {"knee": knee, "batch": b, "t": t, "turns_s": 1 / t,
                "tpot": tpot(unc, out_tokens, ctx_avg, b, W70, kv70, P70, bw8, fl8)}
    figure(f"knee_{name}", knee, "{:.0f}", f"Knee batch, scenario {name}")
    figure(f"turn_ms_{name}", t * 1e3, "{:.0f} ms", f"Replica time per turn, scenario {name}")
    figure(f"turns_rep_{name}", 1 / t, "{:.1f} turns/s", f"Turns per second per replica, scenario {name}")
    figure(f"out_tps_gpu_{name}", out_tokens / t / tp, "{:,.0f} tokens/s", f"Answer tokens/s per GPU, scenario {name}")
    figure(f"tpot_{name}", op[name]["tpot"] * 1e3, "{:.1f} ms", f"TPOT at the knee batch, scenario {name}")

figure("kv_cap_batch", int(maxb70 * kv_headroom), "{:,d} sequences", "Batch the scheduler admits (70% of the KV limit)")
c_sys, m_sys = turn_times(unc_sys, out_tokens, ctx_avg, op["sys"]["batch"], W70, kv70, P70, bw8, fl8)
figure("prefill_share_sys", 2 * P70 * unc_sys / (fl8 * mfu) / c_sys, "{:.0%}",
       "Share of a turn's compute spent on prefill (system prompt cached)")
figure("kv_part_ms", out_tokens * kv70 * ctx_avg / (bw8 * eff) * 1e3, "{:.0f} ms",
       "KV-read time per turn, independent of batch")
figure("weights_part_ms", out_tokens * W70 / (bw8 * eff) * 1e3, "{:,.0f} ms",
       "Weight-read time per turn at batch 1")

# The design point: scenario "hist"
D = op["hist"]
b_op, t_op, tpot_op = D["batch"], D["t"], D["tpot"]
figure("b_op", b_op, "{:d} sequences", "Operating batch of a large-model replica")
figure("tpot_op_tps", 1 / tpot_op, "{:.0f} tokens/s", "Tokens per second each user sees at the operating batch")
figure("answer_s", out_tokens * tpot_op, "{:.1f} s", "Time to stream a mean answer")
# At batch 1 and at 4x the knee, for the batching trade-off
t1 = turn_seconds(unc_hist, out_tokens, ctx_avg, 1, W70, kv70, P70, bw8, fl8)
figure("turns_rep_b1", 1 / t1, "{:.2f} turns/s", "Turns per second per replica at batch 1")
figure("batching_gain", t1 / t_op, "{:.0f}x", "Turns per replica at the knee over batch 1")
figure("tpot_b1", tpot(unc_hist, out_tokens, ctx_avg, 1, W70, kv70, P70, bw8, fl8) * 1e3, "{:.1f} ms", "TPOT at batch 1")
b_big = min(4 * b_op, int(maxb70 * kv_headroom))
figure("b_big", b_big, "{:d} sequences", "A batch well past the knee")
figure("turns_rep_big", 1 / turn_seconds(unc_hist, out_tokens, ctx_avg, b_big, W70, kv70, P70, bw8, fl8), "{:.1f} turns/s",
       "Turns per second per replica at that batch")
figure("tpot_big", tpot(unc_hist, out_tokens, ctx_avg, b_big, W70, kv70, P70, bw8, fl8) * 1e3, "{:.0f} ms",
       "TPOT at that batch")

# Prefill latency inside a running batch (chunked prefill shares each step)
per_step_prefill = b_op * unc_hist / out_tokens
figure("per_step_prefill", per_step_prefill, "{:,.0f} tokens", "Prompt tokens each step carries at the operating point")
prefill_hit = math.ceil(user_tokens / per_step_prefill) * tpot_op
prefill_miss = math.ceil(unc_sys / per_step_prefill) * tpot_op
figure("prefill_hit_ms", prefill_hit * 1e3, "{:.0f} ms", "Prefill time of a turn whose history is cached")
figure("prefill_miss_ms", prefill_miss * 1e3, "{:.0f} ms", "Prefill time of a turn whose history is not cached")
figure("prefill_alone_ms", llm.prefill_time_s(P70, unc_sys, fl8, mfu) * 1e3, "{:.0f} ms",
       "Same prompt prefilled alone on an idle replica")

# %% [markdown]
# ## 5. Fleet, cost per 1M tokens, cost per user per month

# %%
def fleet_gpus(turns_s, turn_s, gpus_per_replica, util=target_util):
    """GPUs = replicas x GPUs per replica, replicas = ceil(turns/s / (turns/s per replica x util))."""
    return llm.replicas_needed(turns_s, 1 / turn_s, util) * gpus_per_replica


def cost_per_user_month(gpus, usd_per_gpu_hour, users):
    """USD per daily user per month = GPUs x price x hours in a month / daily users."""
    return gpus * usd_per_gpu_hour * HOURS_MONTH / users


assert fleet_gpus(100, 0.1, 8, 0.5) == 8 * 20  # 100 turns/s at 10/s per replica, half loaded: 20 replicas
assert abs(cost_per_user_month(100, 3.0, 1_000_000) - 100 * 3.0 * 730.5 / 1e6) < 1e-9

gpus = {k: fleet_gpus(turns_peak, v["t"], tp) for k, v in op.items()}
for k, g in gpus.items():
    figure(f"gpus_{k}", g, "{:,d} GPUs", f"GPUs at peak, scenario {k}")
    figure(f"cost_user_{k}", cost_per_user_month(g, usd_gpu_h, dau), "${:.2f}",
           f"GPU cost per daily user per month, scenario {k}")
gpus_op = gpus["hist"]
replicas_op = gpus_op // tp
figure("replicas_op", replicas_op, "{:,d} replicas", "Large-model replicas at the design point")
month_cost = gpus_op * usd_gpu_h * HOURS_MONTH
figure("month_cost_k", month_cost / 1e3, "${:,.0f}k", "GPU cost per month at the design point")
figure("hours_month", HOURS_MONTH, "{:.1f} h", "Hours in an average month")
figure("cache_saving", 1 - gpus["hist"] / gpus["none"], "{:.0%}", "Fleet saved by caching, against no caching")

tps_rep = out_tokens / t_op  # answer tokens/s per replica at full load
c_out_full = llm.cost_per_million_tokens(usd_gpu_h, tp, tps_rep)
assert abs(c_out_full - usd_gpu_h * 8 / (tps_rep * 3600 / 1e6)) < 1e-12
figure("usd_per_m_out_full", c_out_full, "${:.2f}", "Per 1M answer tokens, replica fully loaded (prefill included)")
figure("usd_per_m_all_full", llm.cost_per_million_tokens(usd_gpu_h, tp, (out_tokens + prompt_tokens) / t_op), "${:.3f}",
       "Per 1M tokens processed (prompt + answer), fully loaded")
avg_util = target_util / peak_to_mean
figure("avg_util", avg_util, "{:.0%}", "Mean fleet load when it is sized for the peak")
figure("usd_per_m_out_real", c_out_full / avg_util, "${:.2f}", "Per 1M answer tokens at that mean load")
figure("real_over_full", 1 / avg_util, "{:.1f}x", "Real cost per token over the fully loaded cost")
figure("usd_per_turn", usd_gpu_h * tp * t_op / 3600 / avg_util * 1e3, "${:.2f} per 1,000 turns",
       "GPU cost per 1,000 turns at the mean load")

# %% [markdown]
# ## 6. The small model and the free tier
#
# The 8B model on one H100: its KV reads per turn exceed its compute, so it never reaches a
# compute-bound knee at this context; it runs at the batch its KV budget allows.

# %%
knee8 = knee_batch(unc_hist, out_tokens, ctx_avg, W8, kv8, P8, H100.hbm_bytes_per_s, H100.bf16_dense_flops)
assert knee8 == math.inf
b8 = int(maxb8 * kv_headroom)
t8 = turn_seconds(unc_hist, out_tokens, ctx_avg, b8, W8, kv8, P8, H100.hbm_bytes_per_s, H100.bf16_dense_flops)
figure("b8", b8, "{:d} sequences", "8B operating batch (70% of its KV limit)")
figure("turns_gpu_8b", 1 / t8, "{:.1f} turns/s", "8B turns per second per GPU")
figure("tpot8_ms", b8 * t8 / out_tokens * 1e3, "{:.0f} ms", "8B TPOT at that batch")
gpu_s_70 = tp * t_op
gpu_s_8 = t8
figure("gpu_s_70", gpu_s_70, "{:.3f} GPU-s", "GPU-seconds per turn, 70B")
figure("gpu_s_8", gpu_s_8, "{:.3f} GPU-s", "GPU-seconds per turn, 8B")
figure("size_ratio", P70 / P8, "{:.1f}x", "Parameter ratio 70B / 8B")
figure("turn_cost_ratio", gpu_s_70 / gpu_s_8, "{:.1f}x", "Turns per GPU, 8B over 70B")
kv8_part = out_tokens * kv8 * ctx_avg / (H100.hbm_bytes_per_s * eff)
figure("kv8_share", kv8_part / t8, "{:.0%}", "Share of the 8B turn spent reading KV cache")

def user_month_usd(gpu_s_per_turn):
    """USD per daily user per month = GPU-s per turn x turns/day x days/month x price per GPU-s / mean load."""
    return gpu_s_per_turn * turns_per_dau * ref.DAYS_PER_MONTH_AVG * usd_gpu_h / 3600 / avg_util


assert abs(user_month_usd(0.1) - 0.1 * 8 * 30.4375 * 3.0 / 3600 / 0.35) < 1e-12
figure("user_month_70", user_month_usd(gpu_s_70), "${:.2f}", "GPU cost per daily user per month, all turns on 70B")
figure("user_month_8", user_month_usd(gpu_s_8), "${:.3f}", "Same with all turns on 8B")
figure("tokens_user_month", turns_per_dau * out_tokens * ref.DAYS_PER_MONTH_AVG, "{:,.0f} tokens",
       "Answer tokens per daily user per month")
mix = paid_share * gpu_s_70 + (1 - paid_share) * gpu_s_8
figure("mix_capacity_gain", gpu_s_70 / mix, "{:.1f}x", "Turns the same GPUs serve with free turns on 8B")

# %% [markdown]
# ## 7. Prefix and conversation caching

# %%
figure("sys_kv_mb", kv70 * sys_tokens / 1e6, "{:.0f} MB", "KV cache of the system prompt, held once per replica")
figure("sys_prefill_ms", llm.prefill_time_s(P70, sys_tokens, fl8, mfu) * 1e3, "{:.0f} ms",
       "Replica compute a system-prompt hit saves per turn")
# Holding conversations between turns: Little's law on the idle gap
turns_rep_op = 1 / t_op
idle_convs = llm.little_concurrency(turns_rep_op * target_util, think_s)
figure("idle_convs", idle_convs, "{:,.0f} conversations", "Conversations idle between turns per replica")
conv_kv = kv70 * (prompt_tokens + out_tokens)
figure("conv_kv_gb", conv_kv / 1e9, "{:.2f} GB", "KV cache of one conversation after its answer")
figure("idle_kv_gb", idle_convs * conv_kv / 1e9, "{:,.0f} GB", "KV to keep every idle conversation warm")
figure("idle_vs_budget", idle_convs * conv_kv / budget70, "{:.1f}x", "That over the replica's whole KV budget")
# Reload from host memory vs recompute
per_gpu_share = conv_kv / tp
one_way = pcie_bidir / 2 * 1e9
reload_s = per_gpu_share / one_way
figure("reload_ms", reload_s * 1e3, "{:.1f} ms", "Reload one conversation's KV from host memory (each GPU its 1/8)")
recompute_s = llm.prefill_time_s(P70, hist_tokens, fl8, mfu)
figure("weights_load_host_s", W70 / tp / one_way, "{:.2f} s", "Load a 70B replica's weights from host memory (each GPU its 1/8)")
figure("recompute_ms", recompute_s * 1e3, "{:.0f} ms", "Recompute the history instead (replica compute)")

# %% [markdown]
# ## 8. Context assembly and long conversations

# %%
tokens_per_turn_added = user_tokens + out_tokens
figure("turns_to_budget", hist_budget / tokens_per_turn_added, "{:.0f} turns", "Turns until the history budget is full")
summ_every = (hist_budget - summary_tokens) / tokens_per_turn_added
figure("summ_every", summ_every, "{:.0f} turns", "Turns between re-summaries once past the budget")
# Prefill of the history on one H100, plus the summary's decode share of an 8B turn
summ_gpu_s = llm.prefill_time_s(P8, hist_budget, H100.bf16_dense_flops, mfu) + summary_tokens * t8 / out_tokens
figure("summ_gpu_s", summ_gpu_s, "{:.2f} GPU-s", "One summary on the 8B model")
figure("summ_share", summ_gpu_s / summ_every / gpu_s_70, "{:.1%}",
       "Summary cost per turn as a share of a 70B turn")

long_prompt = sys_tokens + hist_budget + summary_tokens + user_tokens
figure("long_prompt", long_prompt, "{:,d} tokens", "Prompt of a conversation at the history cap")
# Letting history grow to the full context instead
full_unc = L70.context - out_tokens
t_full = turn_seconds(full_unc, out_tokens, L70.context - out_tokens / 2, 1, W70, kv70, P70, bw8, fl8)
figure("full_ctx_turn_s", t_full, "{:.1f} s", "Replica time for one uncached 128K-token turn (attention ignored)")
figure("full_ctx_vs_avg", t_full / t_op, "{:,.0f}x", "That over an average turn")
figure("full_ctx_usd", usd_gpu_h * tp * t_full / 3600, "${:.3f}", "GPU cost of that one turn")

# %% [markdown]
# ## 9. Streaming, moderation and what the user waits for

# %%
gen_s = prefill_hit + out_tokens * tpot_op
streams = llm.little_concurrency(turns_peak, gen_s)
figure("streams_peak", streams, "{:,.0f} streams", "Answers streaming at once at peak")
figure("gateways_1000x", math.ceil(streams * 1000 / conns_per_gw), "{:,d} instances", "Gateways for open streams at 1000x")

# Visible time to first token
first_visible_s = rtt_client / 1e3 + prefill_hit + first_chunk * tpot_op + mod_latency / 1e3
figure("holdback_first_ms", (first_chunk * tpot_op + mod_latency / 1e3) * 1e3, "{:.0f} ms",
       "Delay the first moderated chunk adds")
figure("holdback_64_ms", (chunk * tpot_op + mod_latency / 1e3) * 1e3, "{:.0f} ms",
       "Delay if the first chunk were 64 tokens")
figure("first_visible_ms", first_visible_s * 1e3, "{:.0f} ms", "Client sees its first token (cache hit, nothing queued)")
figure("first_visible_miss_ms", (first_visible_s - prefill_hit + prefill_miss) * 1e3, "{:.0f} ms",
       "Same when the history is not cached")
# A replica dies mid-answer: another replica prefills the prompt plus the partial answer, then continues
figure("failover_prefill_ms", llm.prefill_time_s(P70, prompt_tokens + out_tokens / 2, fl8, mfu) * 1e3, "{:.0f} ms",
       "Prefill of prompt + half an answer on an idle replica after a failover")
figure("chunk_gen_ms", chunk * tpot_op * 1e3, "{:.0f} ms", "Time to generate one later chunk")
# Input moderation: serial vs parallel with prefill
figure("input_mod_serial_ms", mod_latency + prefill_hit * 1e3, "{:.0f} ms", "Input check then prefill, in series")
figure("input_mod_parallel_ms", max(mod_latency, prefill_hit * 1e3), "{:.0f} ms", "Both in parallel")

# Classifier cost: naive (re-read policy + answer so far each chunk) vs cached (each token once)
n_chunks = 1 + math.ceil((out_tokens - first_chunk) / chunk)
bounds = [first_chunk + i * chunk for i in range(n_chunks - 1)] + [out_tokens]
naive_tokens = sum(policy_tokens + user_tokens + min(b, out_tokens) for b in bounds)
cached_tokens = user_tokens + out_tokens  # policy prompt prefix-cached; answer KV kept between calls
figure("mod_calls", n_chunks, "{:d} calls", "Classifier calls per answer")
figure("mod_naive_tokens", naive_tokens, "{:,d} tokens", "Classifier tokens per turn, re-reading everything")
figure("mod_cached_tokens", cached_tokens, "{:,d} tokens", "Classifier tokens per turn with its prefix cached")
mod_naive_gpu_s = llm.prefill_time_s(P8, naive_tokens, H100.bf16_dense_flops, mfu)
mod_cached_gpu_s = llm.prefill_time_s(P8, cached_tokens, H100.bf16_dense_flops, mfu)
figure("mod_naive_share", mod_naive_gpu_s / gpu_s_70, "{:.0%}", "Naive classifier GPU time over a 70B turn")
figure("mod_cached_share", mod_cached_gpu_s / gpu_s_70, "{:.1%}", "Cached classifier GPU time over a 70B turn")

# %% [markdown]
# ## 10. Storage

# %%
cpt = ref.CHARS_PER_TOKEN_EN
bytes_turn = (user_tokens * cpt + meta_bytes) + (1 + regen_share) * (out_tokens * cpt + meta_bytes)
figure("bytes_turn", bytes_turn, "{:,.0f} B", "Message bytes per turn (user + answer + regenerations)")
msg_day = turns_day * bytes_turn
figure("msg_gb_day", msg_day / 1e9, "{:.0f} GB/day", "Message bytes per day")
figure("msg_tb_year_repl", msg_day * ref.DAYS_PER_YEAR * replication / 1e12, "{:.0f} TB/year", "Message bytes per year, replicated")
att_day = turns_day * attach_share * attach_mb * 1e6
figure("att_gb_day", att_day / 1e9, "{:,.0f} GB/day", "Attachment bytes per day")
figure("att_tb_year", att_day * ref.DAYS_PER_YEAR / 1e12, "{:,.0f} TB/year", "Attachment bytes per year (object store)")
figure("att_over_msg", att_day / msg_day, "{:.0f}x", "Attachment bytes over message bytes")
rows_peak = turns_peak * (2 + regen_share)  # user row + answer row (+ regenerations); the final update folds in
figure("rows_peak", rows_peak, "{:,.0f} rows/s", "Message row writes at peak")

# %% [markdown]
# ## 11. Load shedding
#
# A spike of 3x the usual peak with no new GPUs. Each rung of the ladder multiplies capacity.

# %%
figure("headroom_x", 1 / target_util, "{:.2f}x", "Capacity from running replicas at 100% instead of 70%")
demand_x = spike
after_headroom = 1 / target_util
after_mix = after_headroom * gpu_s_70 / mix
figure("after_mix_x", after_mix, "{:.1f}x", "Capacity after moving free turns to 8B as well")
figure("spike_short_fall", max(0.0, 1 - after_headroom / demand_x), "{:.0%}",
       "Share of spike demand unserved before any model swap")
cap_out = 200
figure("cap_out", cap_out, "{:d} tokens", "Free-tier answer cap during the spike")

# %% [markdown]
# ## 12. Multi-region

# %%
figure("pooled_saving", 1 - global_peak_to_mean / peak_to_mean, "{:.0%}",
       "Fleet saved by serving any region's peak from every region's GPUs")
figure("cross_region_ttft_ms", rtt_cross, "{:.0f} ms", "Extra time to first token when served across the Atlantic")
figure("avail_min", llm.downtime_per_period(3, "month30"), "{:.1f} min", "99.9% over a 30-day window")

# %% [markdown]
# ## 13. Scaling 10x, 100x, 1000x

# %%
for mult in (1, 10, 100, 1000):
    g = fleet_gpus(turns_peak * mult, t_op, tp)
    figure(f"gpus_{mult}x", g, "{:,d} GPUs", f"GPUs at {mult}x")
    figure(f"mw_{mult}x", g * kw_per_gpu / 1e3, "{:,.1f} MW", f"Power at {mult}x")
    figure(f"cost_month_{mult}x", g * usd_gpu_h * HOURS_MONTH / 1e6, "${:,.1f}M", f"GPU cost per month at {mult}x")
    figure(f"rows_{mult}x", rows_peak * mult, "{:,.0f} rows/s", f"Message row writes at peak, {mult}x")
    figure(f"shards_{mult}x", math.ceil(rows_peak * mult / (db_rows_budget * 0.5)), "{:,d}",
           f"Primaries at half the write budget each, {mult}x")
    figure(f"msg_pb_{mult}x", msg_day * mult * ref.DAYS_PER_YEAR * replication / 1e15, "{:,.2f} PB/year",
           f"Replicated message bytes per year, {mult}x")
    figure(f"att_pb_{mult}x", att_day * mult * ref.DAYS_PER_YEAR / 1e15, "{:,.1f} PB/year",
           f"Attachment bytes per year, {mult}x")
    figure(f"streams_{mult}x", streams * mult, "{:,.0f} streams", f"Concurrent streams at {mult}x")
figure("dau_1000x", dau * 1000 / 1e9, "{:.0f} billion", "Daily users at 1000x")

# Sensitivity at 100x: one more point of history-cache hit rate
unc_hit_plus = user_tokens + (1 - hist_hit - 0.01) * hist_tokens
knee_p = knee_batch(unc_hit_plus, out_tokens, ctx_avg, W70, kv70, P70, bw8, fl8)
b_p = int(maxb70 * kv_headroom) if math.isinf(knee_p) else min(int(maxb70 * kv_headroom), math.ceil(knee_p))
t_p = turn_seconds(unc_hit_plus, out_tokens, ctx_avg, b_p, W70, kv70, P70, bw8, fl8)
g100 = turns_peak * 100 / (target_util / t_op) * tp
g100_p = turns_peak * 100 / (target_util / t_p) * tp
figure("hit_point_gpus_100x", g100 - g100_p, "{:,.0f} GPUs", "GPUs saved at 100x by one more point of history hit rate")
figure("hit_point_usd_100x", (g100 - g100_p) * usd_gpu_h * HOURS_MONTH / 1e3, "${:,.0f}k",
       "The same in GPU cost per month")

# %% [markdown]
# ## 14. Charts
#
# GPUs at the design point and cost per daily user, against the mean answer length, for the
# three caching scenarios. The right axis is the same curve in dollars: cost is proportional
# to GPUs here.

# %%
from estimates.charts import SERIES, new_chart, show  # noqa: E402

outs = np.arange(100, 2001, 50)


def gpus_for(out, unc):
    ctx = prompt_tokens + out / 2
    knee = knee_batch(unc, out, ctx, W70, kv70, P70, bw8, fl8)
    cap = int(llm.max_batch_by_kv_memory(budget70, kv70, int(ctx)) * kv_headroom)
    b = cap if math.isinf(knee) else min(cap, math.ceil(knee))
    t = turn_seconds(unc, out, ctx, b, W70, kv70, P70, bw8, fl8)
    return turns_peak / (1 / t * target_util) * tp  # unrounded, for a smooth curve


fig, ax = new_chart()
labels = {"none": "no caching", "sys": "system prompt cached", "hist": "system prompt + half the histories cached"}
for name, unc in scen.items():
    ax.plot(outs, [gpus_for(int(o), unc) for o in outs], label=labels[name])
ax.axvline(out_tokens, color=SERIES[3], linestyle=":", linewidth=1.2)
ax.set_xlabel("mean answer length (tokens)")
ax.set_ylabel(f"H100 GPUs at peak ({dau / 1e6:.0f}M daily users)")
ax.set_ylim(bottom=0)
sec = ax.secondary_yaxis("right", functions=(lambda g: g * usd_gpu_h * HOURS_MONTH / dau,
                                             lambda c: c * dau / (usd_gpu_h * HOURS_MONTH)))
sec.set_ylabel("USD per daily user per month")
ax.legend(frameon=False, loc="upper left")
show(fig, alt="Line chart: GPUs needed at peak and GPU cost per daily user per month rise roughly linearly with the "
              "mean answer length; caching the system prompt and conversation histories lowers the whole curve, "
              "most for short answers where the prompt dominates")

# %% [markdown]
# Throughput per GPU and the time between tokens against the batch size, for the design-point
# workload: throughput climbs until the knee and then stays flat while every user's stream
# slows.

# %%
batches = np.unique(np.round(np.logspace(0, math.log10(maxb70), 60)).astype(int))
tps_gpu = [out_tokens / turn_seconds(unc_hist, out_tokens, ctx_avg, int(b), W70, kv70, P70, bw8, fl8) / tp
           for b in batches]
tpots = [tpot(unc_hist, out_tokens, ctx_avg, int(b), W70, kv70, P70, bw8, fl8) * 1e3 for b in batches]
fig, ax = new_chart()
ax.plot(batches, tps_gpu, label="answer tokens/s per GPU")
ax.set_xscale("log")
ax.set_xlabel("concurrent sequences per replica (batch)")
ax.set_ylabel("answer tokens/s per GPU")
ax2 = ax.twinx()
ax2.plot(batches, tpots, color=SERIES[1], label="time between tokens (ms)")
ax2.set_ylabel("time between tokens (ms)")
ax.axvline(D["knee"], color=SERIES[2], linestyle="--", linewidth=1.2)
ax.annotate("knee", (D["knee"] * 1.05, max(tps_gpu) * 0.1), fontsize=9)
lines = ax.get_lines()[:1] + ax2.get_lines()
ax.legend(lines, [ln.get_label() for ln in lines], frameon=False, loc="upper left")
show(fig, alt="Dual-axis chart for Llama 3.1 70B on eight H100s: answer tokens per second per GPU rise with batch "
              f"size up to the knee near {D['knee']:.0f} sequences and then stay flat, while the time between tokens stays low "
              "until the knee and then grows linearly")
