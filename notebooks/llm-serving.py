# %% [markdown]
# # LLM serving: the estimates
#
# Every figure the LLM-serving building-block pages quote. Hardware and model numbers
# come from `estimates.reference` (each with its datasheet or config.json source); the
# formulas come from `estimates.llm`. Inputs that are choices or guesses are declared
# with `assume()` and labelled as assumptions.
#
# Two deployments run through the pages:
#
# * **small**: Llama 3.1 8B in BF16 on one H100 SXM;
# * **large**: Llama 3.1 70B in BF16 on eight H100 SXM with tensor parallelism 8,
#   treated as one GPU with 8x the memory, bandwidth and FLOP/s (communication is
#   costed separately in the parallelism section).

# %%
import numpy as np

from estimates import assume, assumptions_table, figure, restate
from estimates import llm
from estimates import reference as ref
from estimates.charts import new_chart, show

L8 = ref.MODELS["llama-3.1-8b"]
L70 = ref.MODELS["llama-3.1-70b"]
L405 = ref.MODELS["llama-3.1-405b"]
MX = ref.MODELS["mixtral-8x7b"]
H100 = ref.GPUS["h100-sxm"]


# %% [markdown]
# ## Inputs

# %%
hbm_gb = restate("h100_hbm_gb", "H100_SXM_HBM_GB", "{:.0f} GB", "H100 SXM memory")
hbm_tbps = restate("h100_hbm_tbps", "H100_SXM_HBM_TBPS", "{:.2f} TB/s", "H100 SXM memory bandwidth")
bf16_sparse = restate("h100_bf16_sparse_tflops", "H100_SXM_BF16_SPARSE_TFLOPS", "{:,.0f} TFLOP/s",
                      "H100 SXM BF16 tensor-core peak as printed (with 2:4 sparsity)")
nvlink_bidir = restate("h100_nvlink_gbps", "H100_NVLINK_GBPS_BIDIR", "{:.0f} GB/s",
                       "H100 SXM NVLink per GPU, both directions")
pcie5_bidir = restate("pcie5_gbps", "PCIE_GEN5_X16_GBPS_BIDIR", "{:.0f} GB/s", "PCIe Gen5 x16, both directions")
words_per_token = restate("words_per_token", "WORDS_PER_TOKEN_EN", "{:.2f} words/token",
                          "English words per token (rule of thumb)")

usd_per_gpu_hour = assume("usd_per_gpu_hour", 3.00, "${:.2f} per GPU-hour",
                          "H100 SXM on-demand price (an assumption, not a quote: public prices vary by "
                          "provider, region and commitment)")
efficiency = assume("efficiency", 0.7, "{:.0%}",
                    "Share of peak HBM bandwidth and FLOP/s a serving engine sustains in decode (assumption)")
prefill_mfu = assume("prefill_mfu", 0.5, "{:.0%}", "Model FLOP utilization during prefill (assumption)")
reserve = assume("reserve", 0.10, "{:.0%}",
                 "HBM held back for activations, CUDA graphs and fragmentation (assumption)")
context = assume("context_tokens", 2048, "{:,} tokens",
                 "Average tokens each running sequence holds in KV cache (prompt + output so far)")
prompt_tokens = assume("prompt_tokens", 2000, "{:,} tokens", "Prompt length in the latency example")
output_tokens = assume("output_tokens", 500, "{:,} tokens", "Answer length in the latency example")
assumptions_table()

# %% [markdown]
# ## Tokens, TTFT and TPOT

# %%
figure("tokens_per_1000_words", llm.tokens_for_words(1000, words_per_token), "{:,.0f} tokens",
       "Tokens in 1,000 English words")
figure("words_in_answer", output_tokens * words_per_token, "{:,.0f} words", "Words in the example answer")

w8 = llm.weights_bytes(L8)
w70 = llm.weights_bytes(L70)
p8 = llm.param_count(L8)
p70 = llm.param_count(L70)
figure("l8_weights_gb", w8 / 1e9, "{:.1f} GB", "Llama 3.1 8B weights in BF16")
figure("l70_weights_gb", w70 / 1e9, "{:.0f} GB", "Llama 3.1 70B weights in BF16")
figure("l70_params_b", p70 / 1e9, "{:.1f}B", "Llama 3.1 70B parameters counted from config.json shapes")

# the large deployment: 8 GPUs with tensor parallelism 8
n_tp = 8
bw1 = H100.hbm_bytes_per_s
fl1 = H100.bf16_dense_flops
bw8, fl8, hbm8 = n_tp * bw1, n_tp * fl1, n_tp * H100.hbm_bytes
figure("h100_bf16_dense_tflops", fl1 / 1e12, "{:.1f} TFLOP/s", "H100 SXM BF16 dense peak (half the sparse figure)")
figure("tp8_hbm_gb", hbm8 / 1e9, "{:.0f} GB", "HBM across 8 H100s")
figure("tp8_bw_tbps", bw8 / 1e12, "{:.1f} TB/s", "HBM bandwidth across 8 H100s")

ttft70 = llm.prefill_time_s(p70, prompt_tokens, fl8, prefill_mfu)
figure("l70_prefill_ms", ttft70 * 1e3, "{:.0f} ms", "Llama 3.1 70B prefill of the prompt on 8 H100s (TTFT floor)")
figure("l70_prefill_flops", 2 * p70 * prompt_tokens / 1e12, "{:,.0f} TFLOP", "FLOPs to prefill the prompt on 70B")
ttft8 = llm.prefill_time_s(p8, prompt_tokens, fl1, prefill_mfu)
figure("l8_prefill_ms", ttft8 * 1e3, "{:.0f} ms", "Llama 3.1 8B prefill of the prompt on 1 H100")

kv8 = llm.kv_cache_bytes_per_token(L8)
kv70 = llm.kv_cache_bytes_per_token(L70)

tpot70_b1 = llm.decode_step_time_s(w70, kv70, 1, context, p70, bw8, fl8, efficiency)
tpot70_b64 = llm.decode_step_time_s(w70, kv70, 64, context, p70, bw8, fl8, efficiency)
figure("l70_tpot_b1_ms", tpot70_b1 * 1e3, "{:.1f} ms", "70B TPOT on 8 H100s at batch 1")
figure("l70_tps_b1", 1 / tpot70_b1, "{:.0f} tokens/s", "70B single-stream speed on 8 H100s")
figure("l70_tpot_b64_ms", tpot70_b64 * 1e3, "{:.1f} ms", "70B TPOT on 8 H100s at batch 64")
figure("l70_tps_per_user_b64", 1 / tpot70_b64, "{:.0f} tokens/s", "70B per-user speed at batch 64")
lat_b64 = llm.request_latency_s(ttft70, tpot70_b64, output_tokens)
figure("l70_latency_b64_s", lat_b64, "{:.1f} s", "End-to-end time for the example answer at batch 64")
figure("decode_share_b64", (lat_b64 - ttft70) / lat_b64, "{:.0%}", "Share of that time spent decoding")

ceiling8 = llm.decode_tokens_per_s_memory_bound(w8, kv8, 1, 0, bw1)
figure("l8_b1_ceiling_tps", ceiling8, "{:.0f} tokens/s", "8B batch-1 ceiling on one H100 at 100% bandwidth")

# %% [markdown]
# ## Prefill, decode and the roofline

# %%
ridge = {k: llm.ridge_point_flops_per_byte(g) for k, g in ref.GPUS.items()}
figure("ridge_h100", ridge["h100-sxm"], "{:.0f} FLOP/byte", "H100 SXM ridge point (BF16 dense / HBM)")
figure("ridge_a100", ridge["a100-80gb-sxm"], "{:.0f} FLOP/byte", "A100 80GB SXM ridge point")
figure("ridge_h200", ridge["h200-sxm"], "{:.0f} FLOP/byte", "H200 SXM ridge point")
figure("ridge_b200", ridge["b200"], "{:.0f} FLOP/byte", "B200 ridge point")
figure("ridge_h100_sparse_wrong", bf16_sparse * 1e12 / bw1, "{:.0f} FLOP/byte",
       "H100 ridge point if the sparse figure is used by mistake")
figure("prefill_intensity", prompt_tokens, "{:,} FLOP/byte",
       "Prefill intensity on BF16 weights ~ prompt tokens (2 FLOPs per 2-byte weight per token)")
figure("decode_b1_step_flops_gb", 2 * p8 / 1e9, "{:.0f} GFLOP", "FLOPs per decode step, 8B, batch 1")
figure("decode_b1_compute_us", 2 * p8 / fl1 * 1e6, "{:.0f} us", "Compute time of that step at peak")
figure("decode_b1_memory_ms", w8 / bw1 * 1e3, "{:.1f} ms", "Memory time of that step at peak bandwidth")
b_star = llm.batch_at_compute_bound(w8, p8, bw1, fl1)
figure("batch_compute_bound", b_star, "{:.0f}", "Batch at which weight reads stop dominating (H100, BF16)")

fig, ax = new_chart()
x = np.logspace(0, 4, 200)
for key, label in (("a100-80gb-sxm", "A100 80GB"), ("h100-sxm", "H100 SXM"), ("b200", "B200")):
    g = ref.GPUS[key]
    ax.plot(x, np.minimum(g.bf16_dense_flops, x * g.hbm_bytes_per_s) / 1e12, label=label)
for b in (1, 16, 64, 256):
    ax.axvline(b, color="#010203", alpha=0.15, linewidth=1)
ax.axvline(prompt_tokens, color="#010203", alpha=0.15, linewidth=1)
ax.annotate("decode, batch 1", (1, 4), fontsize=9)
ax.annotate("prefill, 2,000 tokens", (prompt_tokens * 0.45, 120), fontsize=9)
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("Arithmetic intensity (FLOP per byte of HBM traffic)")
ax.set_ylabel("Attainable TFLOP/s (BF16 dense)")
ax.legend(frameon=False)
show(fig, alt="Roofline for A100, H100 and B200: attainable BF16 TFLOP/s rises with arithmetic intensity until the "
              "ridge point near 150 to 300 FLOP per byte; decode at small batch sits far left, prefill far right")

# %% [markdown]
# ## KV cache

# %%
kv405 = llm.kv_cache_bytes_per_token(L405)
figure("kv_l8_bytes", kv8, "{:,.0f} bytes", "KV cache per token, Llama 3.1 8B, BF16")
figure("kv_l8_kib", kv8 / 1024, "{:.0f} KiB", "Same, in KiB")
figure("kv_l70_bytes", kv70, "{:,.0f} bytes", "KV cache per token, Llama 3.1 70B, BF16")
figure("kv_l70_kib", kv70 / 1024, "{:.0f} KiB", "Same, in KiB")
figure("kv_l405_kib", kv405 / 1024, "{:.0f} KiB", "KV cache per token, Llama 3.1 405B, BF16")
figure("kv_l405_if16_kib", 2 * L405.layers * 16 * L405.head_dim * 2 / 1024, "{:,.0f} KiB",
       "405B per token with the old 16-KV-head config")
mha70 = llm.kv_cache_bytes_per_token_if_mha(L70)
figure("kv_l70_mha_mb", mha70 / 1e6, "{:.2f} MB", "70B per token if you wrongly use 64 query heads")
figure("gqa_ratio_l70", mha70 / kv70, "{:.0f}x", "Overstatement from ignoring GQA on 70B")
figure("kv_mixtral_kib", llm.kv_cache_bytes_per_token(MX) / 1024, "{:.0f} KiB",
       "KV cache per token, Mixtral 8x7B (same attention as Mistral 7B)")
figure("kv_l70_8k_gb", llm.kv_cache_bytes_per_sequence(L70, 8192) / 1e9, "{:.2f} GB", "70B KV cache, one 8K sequence")
figure("kv_l70_128k_gb", llm.kv_cache_bytes_per_sequence(L70, L70.context) / 1e9, "{:.1f} GB",
       "70B KV cache, one full 128K sequence")
figure("kv_l70_128k_gib", llm.to_gib(llm.kv_cache_bytes_per_sequence(L70, L70.context)), "{:.1f} GiB",
       "Same in GiB")
figure("h100_gib", llm.to_gib(H100.hbm_bytes), "{:.1f} GiB", "80 GB expressed in GiB")

budget8 = llm.kv_budget_bytes(H100.hbm_bytes, w8, reserve)
budget70 = llm.kv_budget_bytes(hbm8, w70, reserve)
figure("kv_budget_small_gb", budget8 / 1e9, "{:.1f} GB", "KV budget, 8B on one H100")
figure("kv_budget_large_gb", budget70 / 1e9, "{:.0f} GB", "KV budget, 70B on 8 H100s")
max8 = llm.max_batch_by_kv_memory(budget8, kv8, context)
max70 = llm.max_batch_by_kv_memory(budget70, kv70, context)
figure("max_batch_small", max8, "{:,} sequences", "Max concurrent sequences at the average context, 8B on 1 H100")
figure("max_batch_large", max70, "{:,} sequences", "Max concurrent sequences at the average context, 70B on 8 H100s")
figure("max_batch_large_32k", llm.max_batch_by_kv_memory(budget70, kv70, 32768), "{:,} sequences",
       "70B on 8 H100s at 32K tokens per sequence")
figure("max_batch_large_128k", llm.max_batch_by_kv_memory(budget70, kv70, L70.context), "{:,} sequences",
       "70B on 8 H100s at 128K tokens per sequence")
figure("max_batch_large_fp8kv", llm.max_batch_by_kv_memory(budget70, llm.kv_cache_bytes_per_token(L70, 1), context),
       "{:,} sequences", "Same at the average context with an FP8 KV cache")
figure("max_batch_large_mha_wrong", llm.max_batch_by_kv_memory(budget70, mha70, context), "{:,} sequences",
       "What the no-GQA mistake predicts for the large deployment")
figure("max_batch_small_compute", b_star, "{:.0f}", "Batch where compute would start to bind (for contrast)")

fig, ax = new_chart()
ctx = np.array([512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072])
ax.plot(ctx, [llm.max_batch_by_kv_memory(budget8, kv8, c) for c in ctx], marker="o",
        label="Llama 3.1 8B, 1x H100")
ax.plot(ctx, [llm.max_batch_by_kv_memory(budget70, kv70, c) for c in ctx], marker="o",
        label="Llama 3.1 70B, 8x H100 (TP8)")
ax.plot(ctx, [llm.max_batch_by_kv_memory(budget70, llm.kv_cache_bytes_per_token(L70, 1), c) for c in ctx],
        marker="o", linestyle="--", label="70B, 8x H100, FP8 KV cache")
ax.set_xscale("log", base=2)
ax.set_yscale("log")
ax.set_xlabel("Tokens held per sequence")
ax.set_ylabel("Max concurrent sequences")
ax.legend(frameon=False)
show(fig, alt="Maximum concurrent sequences against context length for a KV-cache budget: the count halves each "
              "time the context doubles, from thousands at 512 tokens to about ten at 128K for 70B on eight H100s")

# %% [markdown]
# ## Continuous batching: throughput and cost against batch size

# %%
def small_tps(b):
    return llm.decode_tokens_per_s(w8, kv8, b, context, p8, bw1, fl1, efficiency)


def large_tps(b):
    return llm.decode_tokens_per_s(w70, kv70, b, context, p70, bw8, fl8, efficiency)


for b in (1, 16, 64):
    figure(f"small_tps_b{b}", small_tps(b), "{:,.0f} tokens/s", f"8B on 1 H100, aggregate decode at batch {b}")
    figure(f"small_cost_b{b}", llm.cost_per_million_tokens(usd_per_gpu_hour, 1, small_tps(b)), "${:.2f}",
           f"8B on 1 H100, cost per million output tokens at batch {b}")
figure("small_tps_max", small_tps(max8), "{:,.0f} tokens/s", "8B on 1 H100 at the KV-limited batch")
figure("small_cost_max", llm.cost_per_million_tokens(usd_per_gpu_hour, 1, small_tps(max8)), "${:.3f}",
       "8B cost per million output tokens at the KV-limited batch")
figure("small_user_tps_max", small_tps(max8) / max8, "{:.0f} tokens/s", "8B per-user speed at the KV-limited batch")
for b in (1, 64):
    figure(f"large_tps_b{b}", large_tps(b), "{:,.0f} tokens/s", f"70B on 8 H100s, aggregate decode at batch {b}")
    figure(f"large_cost_b{b}", llm.cost_per_million_tokens(usd_per_gpu_hour, n_tp, large_tps(b)), "${:.2f}",
           f"70B on 8 H100s, cost per million output tokens at batch {b}")
figure("large_tps_max", large_tps(max70), "{:,.0f} tokens/s", "70B on 8 H100s at the KV-limited batch")
figure("large_cost_max", llm.cost_per_million_tokens(usd_per_gpu_hour, n_tp, large_tps(max70)), "${:.2f}",
       "70B cost per million output tokens at the KV-limited batch")
figure("large_user_tps_max", large_tps(max70) / max70, "{:.0f} tokens/s", "70B per-user speed at the KV-limited batch")
step_max = llm.decode_step_time_s(w70, kv70, max70, context, p70, bw8, fl8, efficiency)
compute_max = max70 * 2 * p70 / (fl8 * efficiency)
figure("large_compute_share_max", compute_max / step_max, "{:.0%}",
       "Compute time as a share of the step at the KV-limited batch (still memory-bound)")
kv_share = max70 * kv70 * context / llm.decode_bytes_per_step(w70, kv70, max70, context)
figure("large_kv_read_share_max", kv_share, "{:.0%}", "Share of bytes read per step that is KV cache, not weights")

out_min = assume("out_min", 50, "{:,} tokens", "Shortest answer in the static-batching example (assumption)")
out_max = assume("out_max", 1000, "{:,} tokens", "Longest answer in the static-batching example (assumption)")
static_util = ((out_min + out_max) / 2) / out_max
figure("static_slot_util", static_util, "{:.0%}",
       "Static batching: share of slot-steps doing useful work (uniform answer lengths)")

batches = np.unique(np.round(np.logspace(0, np.log10(max8), 40)).astype(int))
fig, ax = new_chart()
ax.plot(batches, [small_tps(int(b)) for b in batches], label="aggregate tokens/s")
ax.plot(batches, [small_tps(int(b)) / b for b in batches], label="tokens/s per user")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("Decode batch size (concurrent sequences)")
ax.set_ylabel("Tokens per second")
ax.legend(frameon=False)
show(fig, alt="Llama 3.1 8B on one H100: aggregate decode tokens per second rises almost linearly with batch size "
              "while each user's tokens per second falls slowly, up to the batch the KV cache allows")

fig, ax = new_chart()
ax.plot(batches, [llm.cost_per_million_tokens(usd_per_gpu_hour, 1, small_tps(int(b))) for b in batches],
        label="8B, 1x H100")
b70 = np.unique(np.round(np.logspace(0, np.log10(max70), 40)).astype(int))
ax.plot(b70, [llm.cost_per_million_tokens(usd_per_gpu_hour, n_tp, large_tps(int(b))) for b in b70],
        label="70B, 8x H100")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("Decode batch size (concurrent sequences)")
ax.set_ylabel("USD per million output tokens")
ax.legend(frameon=False)
show(fig, alt="Cost per million output tokens against batch size at the assumed GPU-hour price: cost falls by two "
              "orders of magnitude from batch 1 to the KV-limited batch for both deployments")

# %% [markdown]
# ## Prefix caching

# %%
sys_prompt = assume("system_prompt_tokens", 2000, "{:,} tokens", "Shared system prompt and tool definitions")
sharers = assume("prefix_sharers", 100, "{:,} sequences", "Running sequences that share it")
turns = assume("chat_turns", 10, "{:,} turns", "Turns in the multi-turn example")
turn_tokens = assume("turn_tokens", 300, "{:,} tokens", "New tokens per turn (user message + answer)")

figure("prefix_kv_mb", kv70 * sys_prompt / 1e6, "{:,.0f} MB", "KV cache of the shared prefix on 70B")
figure("prefix_kv_saved_gb", kv70 * sys_prompt * (sharers - 1) / 1e9, "{:.0f} GB",
       "HBM saved by storing the prefix once instead of per sequence")
figure("prefix_prefill_saved_ms", llm.prefill_time_s(p70, sys_prompt, fl8, prefill_mfu) * 1e3, "{:.0f} ms",
       "Prefill time a cache hit skips on 8 H100s")
no_cache = turn_tokens * turns * (turns + 1) / 2
with_cache = turn_tokens * turns
figure("chat_prefill_no_cache", no_cache, "{:,.0f} tokens", "Prompt tokens prefilled over the conversation, no cache")
figure("chat_prefill_cache", with_cache, "{:,.0f} tokens", "Prompt tokens prefilled with prefix caching")
figure("chat_prefill_ratio", no_cache / with_cache, "{:.1f}x", "Prefill work saved by caching the conversation")

# %% [markdown]
# ## Speculative decoding

# %%
alpha = assume("spec_acceptance", 0.8, "{:.0%}", "Per-token acceptance rate of draft tokens (assumption)")
k = assume("spec_k", 4, "{:d} tokens", "Draft tokens proposed per step")
c = w8 / w70  # memory-bound: time per token scales with weight bytes read
figure("spec_cost_ratio", c, "{:.2f}", "Draft (8B) to target (70B) time per token, by weight bytes")
figure("spec_tokens_per_pass", llm.speculative_expected_tokens(alpha, k), "{:.2f} tokens",
       "Expected tokens per target pass")
figure("spec_speedup", llm.speculative_speedup(alpha, k, c), "{:.2f}x", "Expected speedup of decode latency")
figure("spec_speedup_a06", llm.speculative_speedup(0.6, k, c), "{:.2f}x", "Speedup at 60% acceptance")
figure("spec_speedup_a03_k8", llm.speculative_speedup(0.3, 8, c), "{:.2f}x", "Speedup at 30% acceptance, 8 drafts")
figure("spec_tokens_a06", llm.speculative_expected_tokens(0.6, k), "{:.2f} tokens", "Tokens per pass at 60%")

fig, ax = new_chart()
ks = np.arange(1, 11)
for a in (0.5, 0.7, 0.8, 0.9):
    ax.plot(ks, [llm.speculative_speedup(a, int(kk), c) for kk in ks], marker="o", label=f"acceptance {a:.0%}")
ax.axhline(1, color="#010203", alpha=0.4, linewidth=1)
ax.set_xlabel("Draft tokens per step (k)")
ax.set_ylabel("Decode speedup")
ax.legend(frameon=False)
show(fig, alt="Speculative decoding speedup against the number of drafted tokens for acceptance rates from 50 to 90 "
              "percent: gains peak at a few drafted tokens and are larger when acceptance is high")

# %% [markdown]
# ## Quantization

# %%
int4 = llm.int4_bytes_per_param(128, 2)
figure("int4_bits", int4 * 8, "{:.3f} bits", "INT4 with one FP16 scale per 128 weights, bits per weight")
for name, bpp in (("bf16", 2), ("fp8", 1), ("int4", int4)):
    wb = llm.weights_bytes(L70, bpp)
    figure(f"l70_{name}_gb", wb / 1e9, "{:.1f} GB", f"70B weights in {name.upper()}")
    figure(f"l70_{name}_gpus", llm.gpus_to_hold(wb, H100, 1 - reserve), "{:d}", f"H100s needed just to hold 70B {name}")
    figure(f"l70_{name}_b1_tps_tp2", llm.decode_tokens_per_s_memory_bound(wb, kv70, 1, 0, 2 * bw1, efficiency),
           "{:.0f} tokens/s", f"70B {name}, batch-1 decode speed on 2 H100s (TP2)")
figure("l70_fp8_kv_left_gb", llm.kv_budget_bytes(H100.hbm_bytes, llm.weights_bytes(L70, 1), reserve) / 1e9,
       "{:.1f} GB", "KV room left if 70B FP8 is squeezed onto one H100")
w405_bf16 = llm.weights_bytes(L405, 2)
w405_fp8 = llm.weights_bytes(L405, 1)
figure("l405_bf16_gb", w405_bf16 / 1e9, "{:.0f} GB", "405B weights in BF16")
figure("l405_fp8_gb", w405_fp8 / 1e9, "{:.0f} GB", "405B weights in FP8")
figure("l405_fp8_kv_gb", llm.kv_budget_bytes(hbm8, w405_fp8, reserve) / 1e9, "{:.0f} GB",
       "KV room for 405B FP8 on 8 H100s")
figure("h100_fp8_dense_tflops", H100.fp8_dense_flops / 1e12, "{:,.0f} TFLOP/s", "H100 FP8 dense peak")

# %% [markdown]
# ## Tensor and pipeline parallelism

# %%
ar_tok = llm.tp_allreduce_bytes_per_token(L70)
figure("tp_bytes_per_token_mb", ar_tok / 1e6, "{:.2f} MB", "All-reduce payload per token per step, 70B")
tp_batch = 64
msg = ar_tok * tp_batch
nvl_one_way = nvlink_bidir * 1e9 / 2
pcie_one_way = pcie5_bidir * 1e9 / 2
t_nvl = llm.ring_allreduce_time_s(msg, n_tp, nvl_one_way)
t_pcie = llm.ring_allreduce_time_s(msg, n_tp, pcie_one_way)
figure("nvlink_one_way_gbps", nvl_one_way / 1e9, "{:.0f} GB/s", "H100 NVLink, one direction (half the datasheet total)")
figure("pcie5_one_way_gbps", pcie_one_way / 1e9, "{:.0f} GB/s", "PCIe Gen5 x16, one direction")
figure("tp_msg_b64_mb", msg / 1e6, "{:.0f} MB", "All-reduce payload per decode step at batch 64")
figure("tp_nvlink_ms", t_nvl * 1e3, "{:.2f} ms", "Bandwidth time of that traffic over NVLink, TP8")
figure("tp_pcie_ms", t_pcie * 1e3, "{:.1f} ms", "Same over PCIe Gen5 x16")
figure("tp_nvlink_share", t_nvl / tpot70_b64, "{:.0%}", "NVLink time as a share of the batch-64 TPOT")
figure("tp_pcie_share", t_pcie / tpot70_b64, "{:.0%}", "PCIe time as a share of the batch-64 TPOT")
figure("allreduces_per_step", 2 * L70.layers, "{:d}", "All-reduces per decode step on 70B (2 per layer)")
figure("kv_heads_per_gpu_tp8", L70.kv_heads / n_tp, "{:.0f}", "KV heads per GPU at TP8 on 70B")
figure("bubble_p4_m4", llm.pipeline_bubble_fraction(4, 4), "{:.0%}", "Pipeline bubble, 4 stages, 4 micro-batches")
figure("bubble_p4_m32", llm.pipeline_bubble_fraction(4, 32), "{:.0%}", "Pipeline bubble, 4 stages, 32 micro-batches")
figure("pp_hop_activation_kb", L70.hidden * 2 / 1e3, "{:.1f} KB", "Activation sent between pipeline stages per token")

# %% [markdown]
# ## Admission control and load shedding

# %%
arrivals = assume("arrival_rps", 100, "{:,} requests/s", "Peak request arrival rate in the example")
req_time = llm.request_latency_s(ttft70, tpot70_b64, output_tokens)
inflight = llm.little_concurrency(arrivals, req_time)
figure("req_time_s", req_time, "{:.1f} s", "Time each request spends being served (TTFT + decode at batch 64)")
figure("inflight", inflight, "{:,.0f} sequences", "Requests in flight at peak (Little's law)")
per_replica = 64
figure("replicas_at_b64", np.ceil(inflight / per_replica), "{:,.0f}", "8-GPU replicas at batch 64 each")
figure("replicas_at_kvmax", np.ceil(inflight / max70), "{:,.0f}", "8-GPU replicas if each runs at its KV limit")
drain = per_replica / req_time
figure("replica_drain_rps", drain, "{:.1f} requests/s", "Completions per second per replica at batch 64")
max_wait = assume("max_queue_wait_s", 2, "{:d} s", "Longest queue wait we accept before TTFT is ruined (choice)")
figure("queue_cap", drain * max_wait, "{:.0f} requests", "Queue cap per replica for that wait")
surge = assume("surge", 1.5, "{:.1f}x", "Sudden surge over provisioned peak (example)")
figure("shed_share", 1 - 1 / surge, "{:.0%}", "Share of arrivals to shed or defer during the surge")

# %% [markdown]
# ## Autoscaling a GPU fleet

# %%
peak_tps = assume("peak_output_tps", 1_000_000, "{:,} tokens/s", "Peak output tokens per second for the fleet (example)")
trough = assume("trough_ratio", 0.3, "{:.0%}", "Overnight trough as a share of peak (example)")
util = assume("target_util", 0.7, "{:.0%}", "Target share of replica throughput used at peak (headroom)")
rep_tps = large_tps(per_replica)
reps_peak = llm.replicas_needed(peak_tps, rep_tps, util)
reps_trough = llm.replicas_needed(peak_tps * trough, rep_tps, util)
figure("replica_tps_b64", rep_tps, "{:,.0f} tokens/s", "One 8-GPU 70B replica at batch 64")
figure("reps_peak", reps_peak, "{:,}", "Replicas at peak")
figure("gpus_peak", reps_peak * n_tp, "{:,}", "GPUs at peak")
figure("reps_trough", reps_trough, "{:,}", "Replicas at the trough")
cost_static = reps_peak * n_tp * usd_per_gpu_hour * 24
hours_peak = assume("peak_hours", 12, "{:d} h", "Hours per day near peak (example diurnal shape)")
cost_scaled = (reps_peak * hours_peak + reps_trough * (24 - hours_peak)) * n_tp * usd_per_gpu_hour
figure("fleet_cost_static_day", cost_static, "${:,.0f}", "Daily cost sized for peak all day (assumed price)")
figure("fleet_cost_scaled_day", cost_scaled, "${:,.0f}", "Daily cost scaling between peak and trough")
figure("fleet_saving", 1 - cost_scaled / cost_static, "{:.0%}", "Saving from scaling down")
load_gbps = assume("weights_load_gbps", 2.0, "{:.1f} GB/s",
                   "Read throughput from the model store during cold start (assumption)")
figure("cold_load_s", w70 / (load_gbps * 1e9), "{:.0f} s", "Time to read 70B weights at that throughput")
figure("cold_pcie_s", (w70 / n_tp) / pcie_one_way, "{:.2f} s", "Time to copy each GPU's shard over PCIe Gen5")
figure("hpa_example", np.ceil(10 * 0.91 / util), "{:.0f}",
       "HPA rule: 10 replicas at 91% of capacity with a 70% target")
