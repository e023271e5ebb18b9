# %% [markdown]
# # Design caching for chat completions
#
# The back-of-the-envelope notebook behind the walkthrough. Hardware and model shapes come
# only from `estimates.reference`; formulas only from `estimates.llm`. Every other input is
# declared once with `assume` and labelled: none of the four sources gives traffic or
# hit-rate figures for this question.
#
# The serving stand-in is Llama 3.1 70B in BF16 on one tensor-parallel replica of eight
# H100 SXM GPUs. Three caches are costed against it:
#
# 1. Inputs
# 2. Hand-checked values
# 3. What one prompt token costs to prefill, and what its KV cache weighs
# 4. Holding a cached prefix: the break-even reuse interval per memory tier (chart)
# 5. Reloading from host memory or SSD against recomputing
# 6. The prefix cache in the fleet: affinity against random routing, LRU residence
# 7. The exact-match response cache
# 8. The semantic cache: false hits and the break-even cost of a wrong answer
# 9. Savings against hit rate (chart)
# 10. Provider pricing: when a cache write pays
# 11. Invalidation: a model deploy and a changed system prompt
# 12. Hot prefixes and routing groups
# 13. Privacy: how visible a hit is
# 14. Scaling 10x, 100x, 1000x

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
H100 = ref.GPUS["h100-sxm"]


# Hardware and model, restated from the reference module so the page can show them
restate("h100_hbm_gb", "H100_SXM_HBM_GB", "{:.0f} GB", "H100 SXM memory (decimal GB)")
restate("h100_bf16_sparse", "H100_SXM_BF16_SPARSE_TFLOPS", "{:,.0f} TFLOP/s",
        "H100 SXM BF16 peak as the datasheet prints it (with 2:4 sparsity)")
restate("h100_hbm_tbps", "H100_SXM_HBM_TBPS", "{:.2f} TB/s", "H100 SXM memory bandwidth")
pcie_bidir = restate("pcie5_gbps", "PCIE_GEN5_X16_GBPS_BIDIR", "{:.0f} GB/s",
                     "PCIe Gen5 x16 host link per GPU, both directions")
restate("l70_layers", "LLAMA31_70B_LAYERS", "{:.0f}", "Llama 3.1 70B layers")
restate("l70_kv_heads", "LLAMA31_70B_KV_HEADS", "{:.0f}", "Llama 3.1 70B KV heads (GQA)")
restate("l70_heads", "LLAMA31_70B_HEADS", "{:.0f}", "Llama 3.1 70B query heads")
restate("l70_head_dim", "LLAMA31_70B_HEAD_DIM", "{:.0f}", "Llama 3.1 70B head_dim")
chars_per_token = restate("chars_per_token", "CHARS_PER_TOKEN_EN", "{:.0f} characters",
                          "English characters per token (rule of thumb)")
rtt_us = restate("dc_rtt_us", "SAME_DC_ROUND_TRIP_US", "{:.0f} us",
                 "Round trip inside one datacenter (order of magnitude)")

# Serving engine and fleet
n_tp = int(assume("tp", 8, "{:d} GPUs", "Tensor-parallel degree of a 70B replica", "design choice"))
mfu = assume("mfu", 0.5, "{:.0%}", "Share of dense peak FLOP/s sustained in prefill (MFU)", "assumption")
bw_eff = assume("bw_eff", 0.7, "{:.0%}", "Share of peak HBM bandwidth sustained in decode", "assumption")
reserve = assume("reserve", 0.10, "{:.0%}", "HBM held back for activations, CUDA graphs, fragmentation", "assumption")
util = assume("target_util", 0.7, "{:.0%}", "Share of a replica's capacity used at peak (headroom)", "design choice")
usd_gpu_h = assume("usd_per_gpu_hour", 3.00, "${:.2f} per GPU-hour",
                   "H100 SXM price (an assumption, not a quote)", "assumption")
batch = int(assume("decode_batch", 64, "{:d} sequences", "Running sequences per replica in decode", "assumption"))
block_tokens = int(assume("block_tokens", 16, "{:d} tokens", "KV block size of the engine",
                          "vLLM default block size (assumption for this engine)"))

# Workload: one model pool at its design peak
rps = assume("peak_rps", 2_000, "{:,.0f} requests/s", "Chat-completion requests at peak, one model pool", "assumption")
tmpl_tok = int(assume("template_tokens", 1_200, "{:,d} tokens",
                      "Template prefix: system prompt plus tool definitions, shared by one app's users", "assumption"))
hist_tok = int(assume("history_tokens", 1_500, "{:,d} tokens", "Earlier turns of the same conversation (mean)",
                      "assumption"))
new_tok = int(assume("new_tokens", 300, "{:,d} tokens", "New user message and per-request context (never cached)",
                     "assumption"))
out_tok = int(assume("output_tokens", 300, "{:,d} tokens", "Mean generated answer", "assumption"))
tmpl_hit = assume("template_hit", 0.95, "{:.0%}", "Share of template tokens found cached on the chosen replica",
                  "assumption")
continue_share = assume("continue_share", 0.7, "{:.0%}", "Share of requests followed by another turn",
                        "assumption")
turn_gap_s = assume("turn_gap_s", 60, "{:.0f} s", "Mean gap between turns (exponentially distributed)", "assumption")
host_tb = assume("host_dram_tb", 2.0, "{:.0f} TB", "Host DRAM per 8-GPU node usable as a KV tier", "assumption")
host_link_eff = assume("host_link_eff", 0.8, "{:.0%}", "Share of PCIe bandwidth a KV reload achieves", "assumption")
nvme_gbps = assume("nvme_gbps", 6.0, "{:.0f} GB/s", "NVMe read bandwidth per node", "assumption")
dram_usd_gb_h = assume("dram_usd_gb_h", 0.005, "${:.3f} per GB-hour", "Host DRAM, amortised cost", "assumption")
ssd_usd_gb_h = assume("ssd_usd_gb_h", 0.0002, "${:.4f} per GB-hour", "Local NVMe, amortised cost", "assumption")

# Exact-match response cache
exact_elig = assume("exact_eligible", 0.10, "{:.0%}",
                    "Requests eligible for the exact cache (opted in, temperature 0 or seeded, no side effects)",
                    "assumption")
exact_repeat = assume("exact_repeat", 0.20, "{:.0%}", "Eligible requests that repeat an earlier one within the TTL",
                      "assumption")
exact_ttl_h = assume("exact_ttl_h", 24, "{:.0f} h", "Exact-cache TTL", "design choice")
entry_meta_b = assume("entry_meta_b", 512, "{:,.0f} B", "Key, metadata and store overhead per cached response",
                      "assumption")
kv_store_usd_gb_h = assume("kv_store_usd_gb_h", 0.02, "${:.2f} per GB-hour", "In-memory key-value store, managed",
                           "assumption")
lookup_usd = assume("lookup_usd", 2e-8, "${:.0e}", "Cost of one cache lookup (store CPU and network)", "assumption")

# Semantic cache
sem_elig = assume("semantic_eligible", 0.05, "{:.0%}",
                  "Requests eligible for the semantic cache (opted-in single-turn FAQ endpoints)", "assumption")
sem_hit = assume("semantic_hit", 0.30, "{:.0%}", "Semantic hit rate at the chosen threshold", "assumption")
sem_false = assume("semantic_false", 0.02, "{:.0%}", "Share of semantic hits that return a wrong answer",
                   "assumption")
sem_overhead_usd = assume("semantic_overhead_usd", 1e-5, "${:.0e}", "Embedding plus vector search per lookup",
                          "assumption")
sem_added_ms = assume("semantic_added_ms", 10, "{:.0f} ms", "Latency the semantic lookup adds to every miss",
                      "assumption")
wrong_usd = assume("wrong_answer_usd", 0.05, "${:.2f}",
                   "Illustrative cost of one wrong answer (a re-ask, a support contact, lost trust)", "assumption")
embed_dims = int(assume("embed_dims", 1_024, "{:,d}", "Embedding dimensions", "assumption"))
ann_overhead = assume("ann_overhead", 1.5, "{:.1f}x", "Vector index overhead over raw vectors (graph links)",
                      "assumption")

# Provider pricing (published; used only for the customer-side arithmetic)
PRICING = ("Anthropic pricing page, Claude Opus 4.x row: base input $5, 5-minute cache write $6.25, "
           "1-hour cache write $10, cache hit $0.50, output $25 per million tokens "
           "(platform.claude.com/docs/en/about-claude/pricing, checked 2026-11-23)")
list_in = assume("list_input_usd_mtok", 5.0, "${:.2f} per million tokens", "List price, input tokens", PRICING)
list_out = assume("list_output_usd_mtok", 25.0, "${:.2f} per million tokens", "List price, output tokens", PRICING)
write_5m = assume("write_5m_x", 6.25 / 5.0, "{:.2f}x", "Cache write, 5-minute TTL, over base input", PRICING)
write_1h = assume("write_1h_x", 10.0 / 5.0, "{:.2f}x", "Cache write, 1-hour TTL, over base input", PRICING)
read_x = assume("read_x", 0.50 / 5.0, "{:.2f}x", "Cache read over base input", PRICING)

# Operations and scale
wave = assume("deploy_wave", 0.10, "{:.0%}", "Share of traffic moved to a new model version per deploy wave",
              "design choice")
hot_share = assume("hot_template_share", 0.20, "{:.0%}", "Share of traffic behind the single hottest template",
                   "assumption")
jitter_ms = assume("ttft_jitter_ms", 30, "{:.0f} ms", "Standard deviation of TTFT seen by a remote client",
                   "assumption")
min_cache_tok = int(assume("min_cache_tokens", 1_024, "{:,d} tokens", "Shortest prompt the cache serves",
                           "OpenAI prompt caching guide: automatic for prompts of 1,024 tokens or more "
                           "(developers.openai.com/api/docs/guides/prompt-caching, checked 2026-11-23)"))
orgs_same_prompt = assume("orgs_same_prompt", 1_000, "{:,.0f}", "Organisations sending one public framework's prompt",
                          "assumption")
assumptions_table()

# %% [markdown]
# ## 2. Hand-checked values
#
# Each assertion compares a helper or a constant with arithmetic done on paper, so a wrong
# helper or a mistyped constant fails the build.

# %%
P70 = llm.param_count(L70)
W70 = llm.weights_bytes(L70)
KV = llm.kv_cache_bytes_per_token(L70)
F_rep = n_tp * H100.bf16_dense_flops
BW_rep = n_tp * H100.hbm_bytes_per_s
HBM_rep = n_tp * H100.hbm_bytes

checks = [
    # 2 (K and V) x 80 layers x 8 KV heads x 128 head_dim x 2 bytes
    ("kv per token", KV, 327_680, 0),
    # With 64 query heads instead of 8 KV heads: 8x too much
    ("kv per token without GQA", llm.kv_cache_bytes_per_token_if_mha(L70), 2_621_440, 0),
    ("70B parameters", P70, 70_553_706_496, 0),
    # Dense BF16 = datasheet 1,979 (with sparsity) / 2
    ("H100 dense BF16", H100.bf16_dense_flops, 989.5e12, 0),
    # One prompt token on TP8 at 50% MFU: 2 x 70.554e9 / (7,916e12 x 0.5) = 35.65 us
    ("prefill per token", llm.prefill_time_s(P70, 1, F_rep, 0.5), 35.65e-6, 1e-8),
    # 3,000 tokens: 3,000 x 35.65 us = 106.9 ms
    ("prefill 3,000", llm.prefill_time_s(P70, 3000, F_rep, 0.5), 0.10695, 1e-4),
    # KV budget on TP8: 640e9 x 0.9 - 141,107,412,992
    ("TP8 KV budget", llm.kv_budget_bytes(HBM_rep, W70, 0.1), 434_892_587_008, 0),
    # 80 GB = 74.5 GiB
    ("80 GB in GiB", llm.to_gib(H100.hbm_bytes), 74.506, 1e-3),
    # $3 x 8 GPUs per hour = $0.006667 per second
    ("replica $/s", usd_gpu_h * n_tp / 3600, 0.0066667, 1e-7),
]
for name, got, hand, tol in checks:
    assert abs(got - hand) <= tol, (name, got, hand)
figure("hand_checks", len(checks), "{:d} assertions", "Helper values checked against hand arithmetic")

# %% [markdown]
# ## 3. One prompt token: compute to prefill it, bytes to keep it
#
# Prefill is compute-bound: `llm.prefill_time_s` = 2 x params x tokens / (peak x MFU).
# The KV cache per token uses the 8 KV heads (GQA), not the 64 query heads.

# %%
figure("l70_params_b", P70 / 1e9, "{:.1f}B", "Llama 3.1 70B parameters from config.json")
figure("flops_per_token", 2 * P70 / 1e9, "{:,.0f} GFLOP", "Prefill FLOPs per prompt token (2 x parameters)")
figure("h100_dense", H100.bf16_dense_flops / 1e12, "{:,.1f} TFLOP/s", "H100 SXM dense BF16 peak (datasheet / 2)")
figure("replica_pflops", F_rep / 1e15, "{:.2f} PFLOP/s", "Dense BF16 peak of a TP8 replica")
t_tok = llm.prefill_time_s(P70, 1, F_rep, mfu)
figure("prefill_us_per_token", t_tok * 1e6, "{:.1f} us", "Replica time to prefill one prompt token")
figure("prefill_tok_per_s", 1 / t_tok, "{:,.0f} tokens/s", "Prefill throughput of one replica")
rep_usd_s = usd_gpu_h * n_tp / 3600
figure("replica_usd_h", usd_gpu_h * n_tp, "${:.0f} per hour", "Cost of one TP8 replica")
usd_tok = t_tok * rep_usd_s
figure("usd_per_mtok_prefill", usd_tok * 1e6, "${:.2f}", "GPU cost to prefill one million prompt tokens")

prompt_tok = tmpl_tok + hist_tok + new_tok
figure("prompt_tokens", prompt_tok, "{:,d} tokens", "Mean prompt (template + history + new)")
ttft_cold = llm.prefill_time_s(P70, prompt_tok, F_rep, mfu)
figure("ttft_cold_ms", ttft_cold * 1e3, "{:.0f} ms", "Prefill of the whole mean prompt (no cache)")
figure("prefix_flops_t", 2 * P70 * (tmpl_tok + hist_tok) / 1e12, "{:,.0f} TFLOP",
       "Prefill FLOPs in the template and history of one request")

figure("kv_per_token_kib", KV / 1024, "{:.0f} KiB", "KV cache per token, 70B, BF16, GQA")
figure("kv_per_token_mha_mib", llm.kv_cache_bytes_per_token_if_mha(L70) / 2**20, "{:.1f} MiB",
       "The same with query heads instead of KV heads (the common mistake)")
figure("mha_over_gqa", L70.heads / L70.kv_heads, "{:.0f} times", "Overstatement when query heads are used for KV")
figure("kv_template_mb", tmpl_tok * KV / 1e6, "{:,.0f} MB", "KV of one template prefix")
figure("kv_history_mb", hist_tok * KV / 1e6, "{:,.0f} MB", "KV of one conversation's history")
figure("kv_prompt_gb", prompt_tok * KV / 1e9, "{:.2f} GB", "KV of the whole mean prompt")
figure("kv_prompt_gib", llm.to_gib(prompt_tok * KV), "{:.2f} GiB", "Same in GiB")

kv_budget = llm.kv_budget_bytes(HBM_rep, W70, reserve)
ctx_run = prompt_tok + out_tok // 2
kv_running = batch * KV * (prompt_tok + out_tok)
kv_spare = kv_budget - kv_running
figure("kv_budget_gb", kv_budget / 1e9, "{:,.0f} GB", "HBM left for KV on a TP8 replica after weights and reserve")
figure("kv_running_gb", kv_running / 1e9, "{:,.0f} GB", "KV held by the running batch at full length")
figure("kv_spare_gb", kv_spare / 1e9, "{:,.0f} GB", "HBM free to hold cached prefixes per replica")

# %% [markdown]
# ## 4. Holding a cached prefix: the break-even reuse interval
#
# Keeping a token's KV costs memory-seconds; each reuse saves its prefill. The prefix pays its
# way if it is reused at least once per
#
#     interval = (prefill cost per token) / (KV bytes per token x memory cost per byte-second)
#
# The prefix length cancels, so the answer is a property of the model, the GPU and the tier.
# For HBM the cost of a byte-second is the replica's cost spread over its HBM: the honest price
# when memory, not compute, limits the batch. When the replica has spare KV memory anyway, its
# marginal cost is zero and any reuse wins.

# %%
hbm_usd_gb_h = rep_usd_s * 3600 / (HBM_rep / 1e9)
figure("hbm_usd_gb_h", hbm_usd_gb_h, "${:.4f} per GB-hour", "HBM, as a share of the replica's cost")
kv_gb = KV / 1e9


def breakeven_s(usd_gb_h):
    return usd_tok / (kv_gb * usd_gb_h / 3600)


be_hbm = figure("breakeven_hbm_s", breakeven_s(hbm_usd_gb_h), "{:.0f} s",
                "Break-even reuse interval for a prefix held in HBM")
be_dram = figure("breakeven_dram_min", breakeven_s(dram_usd_gb_h) / 60, "{:.0f} min",
                 "Break-even reuse interval in host DRAM")
be_ssd = figure("breakeven_ssd_h", breakeven_s(ssd_usd_gb_h) / 3600, "{:.1f} h",
                "Break-even reuse interval on local NVMe")
figure("hbm_vs_dram_cost", hbm_usd_gb_h / dram_usd_gb_h, "{:.1f}x", "HBM over host DRAM, cost per GB-hour")

intervals = np.logspace(0, 5, 200)
per_k = 1_000  # a 1,000-token prefix
fig, ax = new_chart()
ax.loglog(intervals, 3600 / intervals * per_k * usd_tok, color=SERIES[0], label="prefill saved by reuse")
for name, cost, c in [("held in HBM", hbm_usd_gb_h, SERIES[1]), ("held in host DRAM", dram_usd_gb_h, SERIES[2]),
                      ("held on NVMe", ssd_usd_gb_h, SERIES[3])]:
    ax.axhline(per_k * kv_gb * cost, color=c, linestyle="--", label=name)
ax.set_xlabel("seconds between reuses of the prefix")
ax.set_ylabel("$ per hour, 1,000-token prefix")
ax.legend(fontsize=9)
show(fig, alt="Log-log chart: the prefill saved by reusing a 1,000-token prefix falls as the interval between reuses "
              "grows, and crosses the cost of holding it in HBM at about 70 seconds, in host DRAM at about 9 "
              "minutes and on NVMe at about 3.6 hours")

# %% [markdown]
# ## 5. Reload or recompute
#
# A prefix evicted from HBM to a lower tier comes back over PCIe (each of the 8 GPUs loads its
# own KV heads over its own link) or from NVMe. It must come back faster than prefill would
# recompute it, or at least without using GPU FLOPs that other requests need.

# %%
link_one_way = pcie_bidir / 2 * 1e9
reload_dram_tok = KV / (n_tp * link_one_way * host_link_eff)
figure("pcie_one_way_gbps", pcie_bidir / 2, "{:.0f} GB/s", "PCIe Gen5 x16, one direction")
figure("reload_dram_us", reload_dram_tok * 1e6, "{:.2f} us", "Reload one token's KV from host DRAM (8 links)")
figure("reload_vs_recompute", t_tok / reload_dram_tok, "{:.0f}x", "Recompute time over DRAM reload time")
figure("reload_hist_ms", hist_tok * reload_dram_tok * 1e3, "{:.1f} ms", "Reload one history from DRAM")
figure("recompute_hist_ms", hist_tok * t_tok * 1e3, "{:.0f} ms", "Recompute the same history")
reload_nvme_tok = KV / (nvme_gbps * 1e9)
figure("reload_nvme_us", reload_nvme_tok * 1e6, "{:.1f} us", "Reload one token's KV from one node's NVMe")
figure("nvme_breakeven_gbps", KV / t_tok / 1e9, "{:.1f} GB/s", "NVMe bandwidth at which reload equals recompute")

# %% [markdown]
# ## 6. The prefix cache in the fleet
#
# Fleet model: prefill and decode time added per request (an upper bound, since chunked
# prefill hides some prefill inside memory-bound decode steps). Decode is memory-bound:
# `llm.decode_tokens_per_s` at the running batch.
#
# History retention is solved, not assumed. Under LRU a block survives about
# capacity / (rate at which new KV is written). A conversation's history is still cached if
# the user's next turn arrives within that residence time; with exponential gaps that is
# 1 - exp(-residence / mean gap). Retention changes the fleet, which changes capacity, so the
# cell iterates to a fixed point.

# %%
dec_tps = llm.decode_tokens_per_s(W70, KV, batch, ctx_run, P70, BW_rep, F_rep, bw_eff)
step_ms = batch / dec_tps * 1e3
figure("decode_step_ms", step_ms, "{:.1f} ms", "Decode step (time between tokens) at the running batch")
figure("decode_tps_replica", dec_tps, "{:,.0f} tokens/s", "Decode throughput of one replica")
dec_s_req = out_tok / dec_tps
figure("stream_s", out_tok * step_ms / 1e3, "{:.1f} s", "Time to stream the mean answer")
dec_reps = rps * dec_s_req
figure("decode_replicas", dec_reps, "{:.0f}", "Replica-equivalents of decode at peak")
prefill_reps0 = rps * prompt_tok * t_tok
figure("prefill_tok_s", rps * prompt_tok / 1e6, "{:.0f} million tokens/s", "Prompt tokens per second at peak")
figure("prefill_replicas_0", prefill_reps0, "{:.0f}", "Replica-equivalents of prefill with no cache")


def fleet(cached_tok):
    """Replicas (at target utilisation) for a mean of cached_tok cached prompt tokens per request."""
    busy = rps * (prompt_tok - cached_tok) * t_tok + dec_reps
    return busy / util


def solve(history_tiers_extra_s=0.0, affinity=True):
    retained = 0.8
    for _ in range(60):
        cached = tmpl_tok * tmpl_hit + hist_tok * (retained if affinity else 0.0)
        reps = fleet(cached)
        if not affinity:
            cached = tmpl_tok * tmpl_hit + hist_tok * retained / reps
            reps = fleet(cached)
        written_tok = prompt_tok - cached + out_tok
        write_bps = rps * written_tok * KV
        residence = reps * kv_spare / write_bps + history_tiers_extra_s
        new_retained = 1 - math.exp(-residence / turn_gap_s)
        if abs(new_retained - retained) < 1e-9:
            break
        retained = new_retained
    return dict(retained=retained, cached=cached, reps=reps, residence=residence, write_bps=write_bps)


aff = solve()
figure("history_retained", aff["retained"], "{:.0%}", "Histories still cached at the next turn (HBM only)")
figure("residence_s", aff["residence"], "{:.0f} s", "LRU residence time of a block in HBM")
figure("kv_write_gbs", aff["write_bps"] / 1e9, "{:,.0f} GB/s", "New KV written across the fleet")
cached_frac = aff["cached"] / prompt_tok
figure("cached_share", cached_frac, "{:.0%}", "Share of prompt tokens served from cache, affinity routing")
figure("cached_tokens", aff["cached"], "{:,.0f} tokens", "Prompt tokens served from cache per request")
hit_usd = aff["cached"] * usd_tok
figure("usd_per_prefix_hit", hit_usd, "${:.5f}", "Prefill cost one request's cache hits save")
figure("hold_usd_residence", aff["cached"] * kv_gb * hbm_usd_gb_h * aff["residence"] / 3600, "${:.5f}",
       "HBM cost of holding that prefix for one residence time, priced as contended HBM")
figure("uncached_tokens", prompt_tok - aff["cached"], "{:,.0f} tokens", "Prompt tokens prefilled per request")
ttft_warm = llm.prefill_time_s(P70, prompt_tok - aff["cached"], F_rep, mfu)
figure("ttft_warm_ms", ttft_warm * 1e3, "{:.0f} ms", "Prefill time of the mean request with the cache")
figure("prefill_replicas_aff", rps * (prompt_tok - aff["cached"]) * t_tok, "{:.0f}",
       "Replica-equivalents of prefill with the cache")
reps0 = fleet(0)
reps_aff = aff["reps"]
figure("replicas_nocache", math.ceil(reps0), "{:,d}", "Replicas with no prefix cache")
figure("gpus_nocache", math.ceil(reps0) * n_tp, "{:,d} GPUs", "GPUs with no prefix cache")
figure("replicas_aff", math.ceil(reps_aff), "{:,d}", "Replicas with prefix cache and affinity routing")
figure("gpus_aff", math.ceil(reps_aff) * n_tp, "{:,d} GPUs", "GPUs with prefix cache and affinity routing")
figure("gpus_saved_aff", (math.ceil(reps0) - math.ceil(reps_aff)) * n_tp, "{:,d} GPUs", "GPUs the prefix cache saves")
figure("usd_saved_aff_h", (math.ceil(reps0) - math.ceil(reps_aff)) * n_tp * usd_gpu_h, "${:,.0f} per hour",
       "What the prefix cache saves at peak")
figure("fleet_cut", 1 - reps_aff / reps0, "{:.0%}", "Fleet reduction from the prefix cache")

rnd = solve(affinity=False)
figure("cached_share_random", rnd["cached"] / prompt_tok, "{:.0%}",
       "Share of prompt tokens cached with random routing")
figure("history_hit_random", rnd["retained"] / rnd["reps"], "{:.2%}",
       "Chance a history is found cached with random routing (about 1/N)")
figure("replicas_random", math.ceil(rnd["reps"]), "{:,d}", "Replicas with prefix cache but random routing")
figure("gpus_random", math.ceil(rnd["reps"]) * n_tp, "{:,d} GPUs", "GPUs with prefix cache but random routing")
figure("gpus_affinity_vs_random", (math.ceil(rnd["reps"]) - math.ceil(reps_aff)) * n_tp, "{:,d} GPUs",
       "GPUs affinity routing saves over random routing")

warm_convs = rps * continue_share * turn_gap_s
figure("warm_conversations", warm_convs, "{:,.0f}", "Conversations waiting for their next turn (Little's law)")
conv_tok = hist_tok + new_tok + out_tok
figure("conv_kv_mb", conv_tok * KV / 1e6, "{:,.0f} MB", "KV one waiting conversation needs kept")
ws = warm_convs * conv_tok * KV
figure("working_set_tb", ws / 1e12, "{:.0f} TB", "KV working set of waiting conversations")
hbm_cache_total = math.ceil(reps_aff) * kv_spare
figure("hbm_cache_tb", hbm_cache_total / 1e12, "{:.0f} TB", "HBM across the fleet free for cached prefixes")

host_total = math.ceil(reps_aff) * host_tb * 1e12
dram_extra = host_total / aff["write_bps"]
tier = solve(history_tiers_extra_s=dram_extra)
figure("dram_residence_min", tier["residence"] / 60, "{:.0f} min", "Residence with a host-DRAM tier behind HBM")
figure("history_retained_tier", tier["retained"], "{:.1%}", "Histories still cached at the next turn with the DRAM tier")
figure("cached_share_tier", tier["cached"] / prompt_tok, "{:.0%}", "Share of prompt tokens cached with the DRAM tier")
figure("host_total_tb", host_total / 1e12, "{:,.0f} TB", "Host DRAM across the fleet")
figure("gpus_saved_tier", (math.ceil(reps_aff) - math.ceil(tier["reps"])) * n_tp, "{:,d} GPUs",
       "GPUs the DRAM tier saves on top of HBM caching")
figure("late_user_s", 300, "{:.0f} s", "A user who replies after five minutes")

# %% [markdown]
# ## 7. The exact-match response cache
#
# A hit skips the whole request: the prefill that the prefix cache did not already save, and
# every decode step. Costs are at full utilisation of the replica.

# %%
req_s = (prompt_tok - aff["cached"]) * t_tok + dec_s_req
c_req = req_s * rep_usd_s
figure("req_replica_ms", req_s * 1e3, "{:.0f} ms", "Replica time of one request (prefix cache on)")
figure("usd_per_request", c_req, "${:.5f}", "GPU cost of one request")
exact_hit_all = exact_elig * exact_repeat
figure("exact_hit_all", exact_hit_all, "{:.0%}", "Exact-cache hits as a share of all requests")
exact_hits_s = rps * exact_hit_all
figure("exact_hits_s", exact_hits_s, "{:,.0f} hits/s", "Exact-cache hits per second at peak")
exact_reps = exact_hits_s * req_s / util
figure("exact_gpus_saved", exact_reps * n_tp, "{:,.0f} GPUs", "GPUs the exact cache saves")
figure("exact_usd_saved_h", exact_reps * n_tp * usd_gpu_h, "${:,.0f} per hour", "What the exact cache saves at peak")
figure("exact_vs_prefix", (exact_reps * n_tp) / ((math.ceil(reps0) - math.ceil(reps_aff)) * n_tp), "{:.1%}",
       "Exact-cache saving as a share of the prefix-cache saving")

entry_b = out_tok * chars_per_token + entry_meta_b
figure("entry_bytes", entry_b, "{:,.0f} B", "One cached response with its key and metadata")
writes_day = rps * exact_elig * (1 - exact_repeat) * 86_400
figure("exact_entries_day", writes_day / 1e6, "{:.1f} million", "Responses written per day (peak rate, upper bound)")
resident = writes_day * exact_ttl_h / 24 * entry_b
figure("exact_store_gb", resident / 1e9, "{:.0f} GB", "Exact-cache memory at the TTL")
store_usd_h = resident / 1e9 * kv_store_usd_gb_h
figure("exact_store_usd_h", store_usd_h, "${:.2f} per hour", "Exact-cache memory cost")
entry_cost = entry_b / 1e9 * kv_store_usd_gb_h * exact_ttl_h
figure("entry_cost_usd_m", entry_cost * 1e6, "${:.2f}", "Cost of keeping one million responses for the TTL")
figure("entry_breakeven", entry_cost / c_req, "{:.2%}", "Chance of a hit within the TTL that pays for one entry")
elig_s = rps * exact_elig
exact_overhead_h = store_usd_h + elig_s * 3600 * lookup_usd
figure("exact_breakeven_hit", exact_overhead_h / (elig_s * 3600 * c_req), "{:.2%}",
       "Hit rate among eligible requests at which the exact cache pays for itself")
figure("exact_hit_ms", rtt_us / 1e3 * 2, "{:.0f} ms", "Time to first byte of an exact hit (two round trips)")
figure("exact_miss_added", (rtt_us / 1e3) / (ttft_warm * 1e3), "{:.0%}", "Lookup round trip as a share of a miss's prefill")
sha_ns = assume("sha256_ns_per_token", 150, "{:.0f} ns", "SHA-256 block hashing cost per prompt token (midpoint of 100-200 ns)",
                "vLLM docs, Automatic Prefix Caching design, https://docs.vllm.ai/en/latest/design/prefix_caching/ "
                "(checked 2026-11-23)")
figure("sha_prompt_ms", prompt_tok * sha_ns / 1e6, "{:.2f} ms",
       "SHA-256 over the mean prompt at 150 ns per token (vLLM docs: 100-200 ns)")

# %% [markdown]
# ## 8. The semantic cache
#
# Hits save a request each; false hits return someone else's answer to a different question.
# The break-even cost of a wrong answer is where the savings of the right hits equal the damage
# of the wrong ones.

# %%
sem_elig_s = rps * sem_elig
sem_hits_s = sem_elig_s * sem_hit
figure("sem_eligible_s", sem_elig_s, "{:,.0f} requests/s", "Requests that consult the semantic cache")
figure("sem_hits_s", sem_hits_s, "{:,.0f} hits/s", "Semantic hits per second at peak")
for f, key in [(0.005, "sem_wrong_day_05"), (sem_false, "sem_wrong_day"), (0.05, "sem_wrong_day_5")]:
    figure(key, sem_hits_s * f * 86_400, "{:,.0f} wrong answers a day",
           f"Wrong answers a day at the peak rate with {f:.1%} of hits false")
figure("sem_gpus_saved", sem_hits_s * (1 - sem_false) * req_s / util * n_tp, "{:,.0f} GPUs",
       "GPUs the semantic cache saves")


def wrong_breakeven(c, f=sem_false, h=sem_hit):
    return ((1 - f) * c * h - sem_overhead_usd) / (f * h)


figure("sem_breakeven_wrong", wrong_breakeven(c_req), "${:.3f}",
       "Cost of a wrong answer above which the semantic cache loses money (our GPU cost)")
c_list = (prompt_tok * list_in + out_tok * list_out) / 1e6
figure("list_usd_request", c_list, "${:.4f}", "The same request at the list prices")
figure("sem_breakeven_wrong_list", wrong_breakeven(c_list), "${:.2f}",
       "Break-even cost of a wrong answer for a customer paying list prices")
figure("sem_miss_added", sem_added_ms / (ttft_warm * 1e3), "{:.0%}", "Semantic lookup as a share of a miss's prefill")
sem_entries = sem_elig_s * (1 - sem_hit) * 86_400
sem_entry_b = embed_dims * 4 * ann_overhead + entry_b
figure("sem_entries_day", sem_entries / 1e6, "{:.1f} million", "Semantic entries written per day")
figure("sem_index_gb", sem_entries * sem_entry_b / 1e9, "{:.0f} GB", "Semantic index plus responses for one day")

# %% [markdown]
# ## 9. Savings against hit rate
#
# Net saving per 1,000 requests that consult each cache, at our GPU cost. For the prefix cache
# the x-axis is the share of prompt tokens served from cache; for the others it is the share
# of requests answered from cache.

# %%
h = np.linspace(0, 1, 101)
exact_line = 1000 * (h * c_req - lookup_usd)
prefix_line = 1000 * h * prompt_tok * usd_tok
fig, ax = new_chart()
ax.plot(h * 100, prefix_line, color=SERIES[0], label="prefix cache (share of prompt tokens)")
ax.plot(h * 100, exact_line, color=SERIES[1], label="exact-match response cache")
for f, c, ls in [(0.005, SERIES[2], "-"), (0.02, SERIES[3], "--"), (0.05, SERIES[3], ":")]:
    sem = 1000 * (h * ((1 - f) * c_req - f * wrong_usd) - sem_overhead_usd)
    ax.plot(h * 100, sem, color=c, linestyle=ls, label=f"semantic, {f:.1%} of hits wrong")
ax.axhline(0, color="#010203", linewidth=0.8)
ax.set_xlabel("hit rate (%)")
ax.set_ylabel("net $ saved per 1,000 requests")
ax.legend(fontsize=8)
show(fig, alt="Chart of net dollars saved per 1,000 requests against hit rate: the prefix cache and the exact-match "
              "cache rise in straight lines to about 70 and 47 cents at a full hit rate; the semantic cache rises "
              "to about 20 cents only when half a percent of its hits are wrong, and falls below zero, more steeply "
              "with every extra hit, when 2 or 5 percent are wrong, at an illustrative 5 cents per wrong answer")
figure("sem_loss_2pct", -1000 * ((1 - 0.02) * c_req - 0.02 * wrong_usd), "${:.2f}",
       "Semantic net loss per 1,000 requests at a 100% hit rate with 2% wrong")

# %% [markdown]
# ## 10. Provider pricing: when a cache write pays
#
# With a write surcharge w and a read price r (both relative to base input), a prefix written
# once and read k times costs w + r k instead of 1 + k. Caching wins when k > (w - 1) / (1 - r).

# %%
k5 = (write_5m - 1) / (1 - read_x)
k1h = (write_1h - 1) / (1 - read_x)
figure("reads_to_pay_5m", k5, "{:.2f} reads", "Reads per write at which a 5-minute write pays")
figure("reads_to_pay_1h", k1h, "{:.2f} reads", "Reads per write at which a 1-hour write pays")
figure("saving_10_reads", 1 - (write_5m + 10 * read_x) / 11, "{:.0%}",
       "Input cost saved when a 5-minute write is read 10 times")
figure("read_discount", 1 - read_x, "{:.0%}", "Discount of a cache read on base input")

# %% [markdown]
# ## 11. Invalidation: a deploy and a changed system prompt
#
# A new model version starts with an empty cache: every prompt token is prefilled again until
# templates and histories are rewritten.

# %%
prefill_aff = rps * (prompt_tok - aff["cached"]) * t_tok
cold_busy = prefill_reps0 + dec_reps
figure("cold_load_x", prefill_reps0 / prefill_aff, "{:.1f}x", "Prefill load on a cold cache over a warm one")
figure("cold_fleet_load", cold_busy / math.ceil(reps_aff), "{:.0%}",
       "Load on the warm-sized fleet if every request goes cold at once")
figure("wave_extra_replicas", wave * (prefill_reps0 - prefill_aff) / util, "{:.0f}",
       "Extra replicas a deploy wave needs while its cache warms")
figure("wave_extra_gpus", wave * (prefill_reps0 - prefill_aff) / util * n_tp, "{:.0f} GPUs",
       "The same in GPUs")
figure("template_miss_ms", tmpl_tok * t_tok * 1e3, "{:.0f} ms", "Extra prefill per request when a template changes")
ttft_tmpl_miss = llm.prefill_time_s(P70, prompt_tok, F_rep, mfu)
figure("ttft_after_edit_x", ttft_tmpl_miss / ttft_warm, "{:.1f}x",
       "Prefill time right after an edit at the top of the system prompt, over the warm time")

# %% [markdown]
# ## 12. Hot prefixes and routing groups

# %%
hot_rps = rps * hot_share
figure("hot_rps", hot_rps, "{:,.0f} requests/s", "Requests behind the hottest template")
rep_rps = util / req_s
figure("replica_rps", rep_rps, "{:.1f} requests/s", "Requests one replica serves at target utilisation")
hot_group = math.ceil(hot_rps / rep_rps)
figure("hot_group", hot_group, "{:d} replicas", "Replicas the hottest template needs")
figure("hot_template_copies_gb", hot_group * tmpl_tok * KV / 1e9, "{:.0f} GB",
       "HBM for one copy of the hot template on each replica of its group")
figure("dup_public_prompt_gb", orgs_same_prompt * tmpl_tok * KV / 1e9, "{:,.0f} GB",
       "Copies of one public prompt when every organisation keeps its own")
figure("dup_vs_replica", orgs_same_prompt * tmpl_tok * KV / kv_spare, "{:.1f}",
       "Those copies in replicas' worth of free KV memory")

# %% [markdown]
# ## 13. Privacy: how visible a hit is

# %%
d_min = llm.prefill_time_s(P70, min_cache_tok, F_rep, mfu) * 1e3
figure("hit_gap_min_ms", d_min, "{:.0f} ms", "TTFT difference of a hit on the minimum cacheable prefix")
figure("samples_min", math.ceil((3 * jitter_ms / d_min) ** 2), "{:d} requests",
       "Probes to tell a minimum-length hit from a miss at 3 sigma")
d_full = (ttft_cold - ttft_warm) * 1e3
figure("hit_gap_full_ms", d_full, "{:.0f} ms", "TTFT difference for the mean request's cached prefix")
figure("samples_full", math.ceil((3 * jitter_ms / d_full) ** 2), "{:d} requests",
       "Probes to tell that hit from a miss at 3 sigma")

# %% [markdown]
# ## 14. Scaling 10x, 100x, 1000x
#
# Fleet, exact-cache memory and semantic index grow with traffic. The router's view of every
# replica's cached blocks grows with fleet size: a block hash per cached block.

# %%
blocks_per_rep = kv_spare / (block_tokens * KV)
summary_b = blocks_per_rep * 8
figure("blocks_per_replica", blocks_per_rep, "{:,.0f} blocks", "Cached blocks one replica can hold")
figure("summary_mb", summary_b / 1e6, "{:.2f} MB", "One replica's block-hash summary (8 bytes per block)")
for x, sfx in [(1, "1x"), (10, "10x"), (100, "100x"), (1000, "1000x")]:
    figure(f"rps_{sfx}", rps * x, "{:,.0f} requests/s", f"Peak at {sfx}")
    figure(f"replicas_{sfx}", math.ceil(reps_aff * x), "{:,d}", f"Replicas at {sfx}")
    figure(f"gpus_{sfx}", math.ceil(reps_aff * x) * n_tp, "{:,d} GPUs", f"GPUs at {sfx}")
    figure(f"router_state_gb_{sfx}", math.ceil(reps_aff * x) * summary_b / 1e9, "{:,.2f} GB",
           f"Fleet-wide block summaries at {sfx}")
    figure(f"exact_store_gb_{sfx}", resident * x / 1e9, "{:,.0f} GB", f"Exact-cache memory at {sfx}")
    figure(f"sem_index_gb_{sfx}", sem_entries * sem_entry_b * x / 1e9, "{:,.0f} GB",
           f"One day of semantic index at {sfx}")
    figure(f"wave_extra_gpus_{sfx}", wave * (prefill_reps0 - prefill_aff) / util * n_tp * x, "{:,.0f} GPUs",
           f"Extra GPUs one deploy wave needs while its cache warms, at {sfx}")
    figure(f"kv_write_gbs_{sfx}", aff["write_bps"] * x / 1e9, "{:,.0f} GB/s", f"New KV written per second at {sfx}")
