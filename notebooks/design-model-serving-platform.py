# %% [markdown]
# # Design a model-serving platform for many models and versions
#
# The back-of-the-envelope notebook behind the walkthrough. Hardware and model shapes come
# only from `estimates.reference`; serving formulas come from `estimates.llm`. Two formulas
# the shared module does not have are written out here with their derivation: the size of
# a LoRA adapter and the time to move weights through a storage tier.
#
# The catalogue is a public stand-in: Llama 3.1 8B and 70B, Mixtral 8x7B and Llama 3.1 405B
# (in FP8) as base models, a few hundred full-weight fine-tunes of the 8B, and ten thousand
# LoRA adapters on the 8B and 70B bases. GPUs are H100 SXM.
#
# Sections:
#
# 1. Inputs
# 2. Hand-checked values
# 3. Model sizes and placement
# 4. Cold start: weight size against storage and network bandwidth
# 5. LoRA adapters: size, memory, load time, compute
# 6. The head: base-model pools
# 7. The long tail: four ways to host many fine-tunes (chart)
# 8. Keep-alive and the cold-start share (chart)
# 9. Adapters per batch and adapter affinity
# 10. Canaries and rollbacks
# 11. Isolation
# 12. The MVP, the walk-through request and the scaled fleet
# 13. Scaling 10x, 100x, 1000x
# 14. Interviewer twists

# %% [markdown]
# ## 1. Inputs

# %%
import math
from statistics import NormalDist

import numpy as np

from estimates import assume, assumptions_table, figure, restate
from estimates import llm
from estimates import reference as ref
from estimates.charts import SERIES, new_chart, show

L8 = ref.MODELS["llama-3.1-8b"]
L70 = ref.MODELS["llama-3.1-70b"]
L405 = ref.MODELS["llama-3.1-405b"]
MX = ref.MODELS["mixtral-8x7b"]
H100 = ref.GPUS["h100-sxm"]


# Hardware, restated from the reference module so the page can show where it came from
restate("h100_hbm_gb", "H100_SXM_HBM_GB", "{:.0f} GB", "H100 SXM memory (decimal GB)")
restate("h100_bf16_sparse", "H100_SXM_BF16_SPARSE_TFLOPS", "{:,.0f} TFLOP/s",
        "H100 SXM BF16 peak as printed (with 2:4 sparsity; dense is half)")
restate("h100_fp8_sparse", "H100_SXM_FP8_SPARSE_TFLOPS", "{:,.0f} TFLOP/s",
        "H100 SXM FP8 peak as printed (with 2:4 sparsity; dense is half)")
pcie_bidir = restate("pcie5_gbps", "PCIE_GEN5_X16_GBPS_BIDIR", "{:.0f} GB/s",
                     "PCIe Gen5 x16 host link per GPU, both directions")
restate("l8_layers", "LLAMA31_8B_LAYERS", "{:.0f}", "Llama 3.1 8B layers")
restate("l8_hidden", "LLAMA31_8B_HIDDEN", "{:,.0f}", "Llama 3.1 8B hidden size")
restate("l8_ffn", "LLAMA31_8B_FFN", "{:,.0f}", "Llama 3.1 8B FFN (intermediate) size")
restate("l8_kv_heads", "LLAMA31_8B_KV_HEADS", "{:.0f}", "Llama 3.1 8B KV heads (GQA)")
restate("l8_head_dim", "LLAMA31_8B_HEAD_DIM", "{:.0f}", "Llama 3.1 8B head_dim")

# Engine efficiency and memory reserve
mfu = assume("mfu", 0.5, "{:.0%}", "Share of dense peak FLOP/s sustained on prefill and batched tokens (MFU)",
             "assumption")
reserve = assume("reserve", 0.10, "{:.0%}", "HBM held back for activations, CUDA graphs and fragmentation",
                 "assumption")
util = assume("target_util", 0.7, "{:.0%}", "Share of a replica's capacity used at peak (headroom)", "design choice")

# Workload
peak_rps = assume("peak_rps", 3_000, "{:,.0f} requests/s", "Design peak across every model on the platform",
                  "assumption")
peak_to_mean = assume("peak_to_mean", 2.0, "{:.1f}x", "Daily peak over the daily mean", "assumption")
prompt_tok = assume("prompt_tokens", 1_000, "{:,.0f} tokens", "Mean prompt (no prefix-cache credit taken)",
                    "assumption")
out_tok = assume("output_tokens", 250, "{:,.0f} tokens", "Mean generated answer", "assumption")
sh70 = assume("share_70b", 0.45, "{:.0%}", "Share of requests to the 70B base model", "assumption")
sh8 = assume("share_8b", 0.25, "{:.0%}", "Share of requests to the 8B base model", "assumption")
shmx = assume("share_mixtral", 0.07, "{:.0%}", "Share of requests to Mixtral 8x7B", "assumption")
sh405 = assume("share_405b", 0.03, "{:.0%}", "Share of requests to the 405B model (FP8)", "assumption")
sh_lora8 = assume("share_lora8", 0.14, "{:.0%}", "Share of requests to LoRA adapters on the 8B base", "assumption")
sh_lora70 = assume("share_lora70", 0.03, "{:.0%}", "Share of requests to LoRA adapters on the 70B base",
                   "assumption")
sh_ft = assume("share_ft", 0.03, "{:.0%}", "Share of requests to full-weight fine-tunes of the 8B", "assumption")
n_ft = int(assume("n_ft", 2_000, "{:,.0f}", "Full-weight fine-tunes in the catalogue (8B class)", "assumption"))
n_ad = int(assume("n_adapters", 10_000, "{:,.0f}", "LoRA adapters in the catalogue", "assumption"))
ad8_frac = assume("adapters_on_8b", 0.8, "{:.0%}", "Share of adapters trained on the 8B base (rest on 70B)",
                  "assumption")
zipf_s = assume("zipf_s", 1.2, "{:.1f}", "Zipf exponent of popularity across fine-tunes and adapters",
                "assumption (shape of a long tail; measure it)")
rank = int(assume("lora_rank", 16, "{:.0f}", "LoRA rank of a typical adapter (all seven linear layers adapted)",
                  "assumption"))
max_rank = int(assume("max_lora_rank", 64, "{:.0f}", "Highest rank the platform accepts", "design choice"))
lora_overhead = assume("lora_overhead", 0.10, "{:.0%}",
                       "Throughput lost to batched LoRA kernels on a shared-base replica", "assumption; benchmark it")
kv_min_gb = assume("kv_min_gb", 4, "{:.0f} GB", "KV memory kept per model when several share a GPU", "design choice")

# Storage tiers and the engine
store_gbps = assume("store_node_gbps", 2.5, "{:.1f} GB/s", "Object-store read rate into one node", "assumption")
store_region_gbps = assume("store_region_gbps", 500, "{:,.0f} GB/s", "Object-store egress for a whole region",
                           "assumption")
nvme_gbps = assume("nvme_gbps", 12, "{:.0f} GB/s", "Local NVMe cache read rate per node (striped drives)",
                   "assumption")
peer_gbps = assume("peer_gbps", 25, "{:.0f} GB/s", "Node-to-node copy rate on the frontend network (200 Gb/s)",
                   "assumption")
pcie_eff = assume("pcie_eff", 0.8, "{:.0%}", "Share of PCIe bandwidth a pinned host-to-GPU copy sustains",
                  "assumption")
init_s = assume("engine_init_s", 30, "{:.0f} s", "Engine start: process, KV pool allocation, CUDA graph capture",
                "assumption")
wake_s = assume("wake_s", 1.0, "{:.1f} s", "Waking a sleeping engine, excluding the weight copy", "assumption")
host_dram_gb = assume("host_dram_gb", 2_000, "{:,.0f} GB", "Host memory per 8-GPU node", "assumption")
dram_weight_frac = assume("dram_weight_frac", 0.75, "{:.0%}", "Share of host memory used as a weight cache",
                          "design choice")
gpus_per_node = int(assume("gpus_per_node", 8, "{:.0f} GPUs", "GPUs per node", "assumption"))
ttl_min = assume("ttl_min", 2, "{:.0f} min", "Keep-alive: idle time before a tail model leaves HBM",
                 "design choice")
deadline_s = assume("cold_deadline_s", 30, "{:.0f} s",
                    "Longest a request waits for its model to load before a 503", "design choice")

# Canaries, rollbacks and money
p_base = assume("bad_rate", 0.01, "{:.1%}", "Baseline share of requests a canary check flags as bad",
                "assumption")
p_bad = assume("bad_rate_regressed", 0.015, "{:.1%}", "Share flagged if the new version has regressed",
               "assumption")
alpha = assume("alpha", 0.05, "{:.0%}", "False-alarm rate of the canary test (one-sided)", "design choice")
power = assume("power", 0.8, "{:.0%}", "Probability the canary catches that regression", "design choice")
canary_share = assume("canary_share", 0.05, "{:.0%}", "Share of an alias's traffic sent to a canary",
                      "design choice")
bake_h = assume("bake_h", 24, "{:.0f} h", "Time the previous version stays warm after full promotion",
                "design choice")
keep_old = assume("keep_old", 0.2, "{:.0%}", "Share of the old version's replicas kept warm while baking",
                  "design choice")
usd_gpu_h = assume("usd_per_gpu_hour", 3.00, "${:.2f} per GPU-hour",
                   "H100 SXM price (an assumption, not a quote)", "assumption")
ex_adapter_rank = int(assume("example_rank", 300, "rank {:.0f}", "Walk-through adapter's popularity rank",
                             "example"))
assumptions_table()

# %% [markdown]
# ## 2. Hand-checked values
#
# Each assertion compares a helper from `estimates.llm`, or a formula written below, with
# arithmetic done on paper.

# %%
P8, P70, P405 = llm.param_count(L8), llm.param_count(L70), llm.param_count(L405)
PMX, PMX_ACT = llm.param_count(MX), llm.param_count(MX, active=True)
W8, W70 = llm.weights_bytes(L8), llm.weights_bytes(L70)
W405_FP8 = llm.weights_bytes(L405, llm.FP8_BYTES)
W405_BF16 = llm.weights_bytes(L405)
WMX = llm.weights_bytes(MX)
F_BF16, F_FP8 = H100.bf16_dense_flops, H100.fp8_dense_flops
HBM = H100.hbm_bytes
pcie_one_way = pcie_bidir / 2 * 1e9  # bytes/s, one direction of an x16 link
h2d = pcie_one_way * pcie_eff  # bytes/s per GPU, pinned host memory to HBM


def lora_params(model, r):
    """LoRA on all seven linear layers: each d_in x d_out matrix gets A (d_in x r) and B (r x d_out).

    Per layer: r x sum(d_in + d_out) over q, k, v, o, gate, up, down.
    q, o: hidden -> heads*head_dim; k, v: hidden -> kv_heads*head_dim; gate, up: hidden -> ffn; down: ffn -> hidden.
    """
    q_dim = model.heads * model.head_dim
    kv_dim = model.kv_heads * model.head_dim
    io = (model.hidden + q_dim) * 2 + (model.hidden + kv_dim) * 2 + (model.hidden + model.ffn) * 3
    return model.layers * r * io


def load_s(n_bytes, bytes_per_s):
    """Time to move weights through the slowest tier on the path: bytes / bandwidth."""
    return n_bytes / bytes_per_s


checks = [
    # 8B: per layer q,o 2*4096*4096 = 33,554,432; k,v 2*4096*1024 = 8,388,608; SwiGLU 3*4096*14336 = 176,160,768;
    # norms 8,192 -> 218,112,000 x 32 = 6,979,584,000; embeddings + head 2*128256*4096 = 1,050,673,152; +4,096
    ("8B parameters", P8, 8_030_261_248, 0),
    # 8B KV per token: 2 x 32 layers x 8 KV heads x 128 x 2 bytes = 131,072 bytes
    ("8B KV per token", llm.kv_cache_bytes_per_token(L8), 131_072, 0),
    # LoRA rank 16 on 8B: (4096+4096)*2 + (4096+1024)*2 + (4096+14336)*3 = 81,920 per rank per layer
    # x 16 x 32 = 41,943,040 parameters
    ("8B LoRA r16 params", lora_params(L8, 16), 41_943_040, 0),
    # PCIe Gen5 x16: 128 GB/s both ways -> 64 GB/s one way -> x 0.8 = 51.2 GB/s
    ("host-to-GPU copy rate", h2d, 51.2e9, 1),
    # 8B on one H100: prefill-equivalent of 1,250 tokens = 2 x 8.030e9 x 1250 / (989.5e12 x 0.5) = 40.58 ms
    ("8B request compute", llm.prefill_time_s(P8, 1250, F_BF16, 0.5), 40.58e-3, 1e-5),
    # 405B in FP8: 405.85e9 bytes; needs ceil(405.85e9 / (80e9 x 0.9)) = 6 GPUs
    ("405B FP8 GPUs", llm.gpus_to_hold(W405_FP8, H100, 0.9), 6, 0),
    # Little's law: 2 requests/s x 10 s = 20 in flight
    ("Little's law", llm.little_concurrency(2, 10), 20, 0),
]
for name, got, hand, tol in checks:
    assert abs(got - hand) <= tol, (name, got, hand)
figure("hand_checks", len(checks), "{:d} assertions", "Helper values checked against hand arithmetic")

# %% [markdown]
# ## 3. Model sizes and placement
#
# Weights = parameters x bytes per parameter. The GPUs a model needs are set by its weights
# plus the KV cache it must hold, within one NVLink domain (8 GPUs).

# %%
figure("h100_bf16_dense", F_BF16 / 1e12, "{:,.1f} TFLOP/s", "H100 BF16 dense peak (datasheet figure / 2)")
figure("h100_fp8_dense", F_FP8 / 1e12, "{:,.0f} TFLOP/s", "H100 FP8 dense peak (datasheet figure / 2)")
figure("h100_gib", llm.to_gib(HBM), "{:.1f} GiB", "80 GB in GiB")
figure("l8_params_b", P8 / 1e9, "{:.2f}B", "Llama 3.1 8B parameters from config.json")
figure("l8_weights_gb", W8 / 1e9, "{:.1f} GB", "8B weights in BF16")
figure("l8_fp8_gb", llm.weights_bytes(L8, llm.FP8_BYTES) / 1e9, "{:.1f} GB", "8B weights in FP8")
figure("l70_weights_gb", W70 / 1e9, "{:.0f} GB", "70B weights in BF16")
figure("mx_weights_gb", WMX / 1e9, "{:.0f} GB", "Mixtral 8x7B weights in BF16 (all experts)")
figure("mx_active_b", PMX_ACT / 1e9, "{:.1f}B", "Mixtral parameters active per token")
figure("l405_bf16_gb", W405_BF16 / 1e9, "{:,.0f} GB", "405B weights in BF16")
figure("l405_fp8_gb", W405_FP8 / 1e9, "{:.0f} GB", "405B weights in FP8")
figure("l405_bf16_gpus", llm.gpus_to_hold(W405_BF16, H100, 1 - reserve), "{:d} GPUs",
       "H100s whose usable memory holds 405B in BF16 (more than one 8-GPU node)")

# (name, weights, GPUs per replica, active params, FLOP/s per GPU, KV per token)
KV8, KV70 = llm.kv_cache_bytes_per_token(L8), llm.kv_cache_bytes_per_token(L70)
KV405, KVMX = llm.kv_cache_bytes_per_token(L405), llm.kv_cache_bytes_per_token(MX)
placements = {
    "l8": ("Llama 3.1 8B, BF16", W8, 1, P8, F_BF16, KV8),
    "mx": ("Mixtral 8x7B, BF16", WMX, 2, PMX_ACT, F_BF16, KVMX),
    "l70": ("Llama 3.1 70B, BF16", W70, 8, P70, F_BF16, KV70),
    "l405": ("Llama 3.1 405B, FP8", W405_FP8, 8, P405, F_FP8, KV405),
}
tok_req = prompt_tok + out_tok
cap = {}
for key, (name, w, g, p, f, kv) in placements.items():
    budget = llm.kv_budget_bytes(g * HBM, w, reserve)
    cap[key] = 1 / llm.prefill_time_s(p, tok_req, g * f, mfu)
    figure(f"{key}_gpus", g, "{:d}", f"{name}: GPUs per replica")
    figure(f"{key}_min_gpus", llm.gpus_to_hold(w, H100, 1 - reserve), "{:d}",
           f"{name}: fewest GPUs that hold the weights")
    figure(f"{key}_kv_gb", budget / 1e9, "{:.0f} GB", f"{name}: KV budget per replica")
    figure(f"{key}_kv_ktok", budget / kv / 1e3, "{:,.0f}K tokens", f"{name}: tokens of KV per replica")
    figure(f"{key}_cap_rps", cap[key], "{:.1f} requests/s", f"{name}: compute ceiling per replica for the mix")
    figure(f"{key}_cap_rps_gpu", cap[key] / g, "{:.1f} requests/s", f"{name}: compute ceiling per GPU")
figure("tok_per_req", tok_req, "{:,.0f} tokens", "Tokens through the model per request (prompt + output)")
figure("kv8_kib", KV8 / 1024, "{:.0f} KiB", "8B KV per token, BF16")
figure("l8_seqs_gpu", llm.max_batch_by_kv_memory(llm.kv_budget_bytes(HBM, W8, reserve), KV8, tok_req),
       "{:,d} sequences", "Mean-length 8B sequences one H100 holds")

# %% [markdown]
# ## 4. Cold start: weight size against storage and network bandwidth
#
# load time = bytes / bandwidth of the slowest tier on the path. For a multi-GPU replica the
# node-level tiers (store, NVMe, network) carry the whole model through one node; the PCIe
# copy runs on every GPU in parallel, each carrying its shard. Engine start-up is added on
# top unless a sleeping engine is woken instead.

# %%
tiers = {
    "store": ("object store", store_gbps * 1e9, "node"),
    "peer": ("peer node", peer_gbps * 1e9, "node"),
    "nvme": ("local NVMe", nvme_gbps * 1e9, "node"),
    "dram": ("host DRAM", h2d, "gpu"),
}
cold = {}
for mkey, (name, w, g, *_rest) in placements.items():
    for tkey, (tname, bw, scope) in tiers.items():
        t = load_s(w, bw if scope == "node" else bw * g)
        cold[(mkey, tkey)] = t
        figure(f"load_{mkey}_{tkey}_s", t, "{:.1f} s" if t >= 1 else "{:.2f} s",
               f"{name}: weights from {tname}")
figure("h2d_gbps", h2d / 1e9, "{:.0f} GB/s", "Host-to-GPU copy rate per GPU (PCIe one way x efficiency)")
figure("cold_70b_store_total_s", cold[("l70", "store")] + init_s, "{:.0f} s",
       "70B replica from the object store including engine start")
figure("cold_8b_store_total_s", cold[("l8", "store")] + init_s, "{:.0f} s",
       "8B replica from the object store including engine start")
figure("cold_8b_nvme_total_s", cold[("l8", "nvme")] + init_s, "{:.0f} s",
       "8B replica from local NVMe including engine start")
figure("wake_8b_s", cold[("l8", "dram")] + wake_s, "{:.1f} s", "8B: wake a sleeping engine whose weights are in DRAM")
figure("wake_70b_s", cold[("l70", "dram")] + wake_s, "{:.1f} s", "70B: wake a sleeping engine from DRAM")
figure("init_share_8b", init_s / (cold[("l8", "nvme")] + init_s), "{:.0%}",
       "Share of an 8B cold start from NVMe spent in engine start, not in bytes")
dram_models_node = int(host_dram_gb * dram_weight_frac * 1e9 // W8)
figure("dram_8b_models_node", dram_models_node, "{:d} models", "8B models one node's DRAM cache holds")
figure("dram_70b_models_node", int(host_dram_gb * dram_weight_frac * 1e9 // W70), "{:d} models",
       "70B models one node's DRAM cache holds")

# %% [markdown]
# ## 5. LoRA adapters: size, memory, load time, compute

# %%
lp8, lp70 = lora_params(L8, rank), lora_params(L70, rank)
ab8, ab70 = lp8 * llm.BF16_BYTES, lp70 * llm.BF16_BYTES
figure("lora8_params_m", lp8 / 1e6, "{:.1f}M parameters", "8B adapter, rank 16, all seven linear layers")
figure("base8_gflop", 2 * P8 / 1e9, "{:.0f} GFLOP", "FLOPs per token of the 8B base (2 x parameters)")
figure("l8_kv_dim", L8.kv_heads * L8.head_dim, "{:,d}", "8B K and V projection width (KV heads x head_dim)")
figure("head_share", sh70 + sh8 + shmx + sh405, "{:.0%}", "Share of requests to base models")
figure("lora8_mb", ab8 / 1e6, "{:.0f} MB", "8B adapter, rank 16, all linear layers, BF16")
figure("lora70_mb", ab70 / 1e6, "{:.0f} MB", "70B adapter, rank 16, BF16")
figure("lora8_maxrank_mb", lora_params(L8, max_rank) * 2 / 1e6, "{:.0f} MB", "8B adapter at the maximum rank")
figure("lora8_share", lp8 / P8, "{:.2%}", "8B adapter parameters as a share of the base")
figure("lora70_share", lp70 / P70, "{:.2%}", "70B adapter as a share of the base")
figure("lora_vs_full_8b", W8 / ab8, "{:,.0f}x", "How much smaller an 8B adapter is than a full 8B copy")
slots = int(assume("lora_slots", 64, "{:d} adapters", "Adapters resident in HBM per 8B replica", "design choice"))
figure("lora_slots_gb", slots * ab8 / 1e9, "{:.1f} GB", "HBM those adapters use")
figure("lora_slots_kv_share", slots * ab8 / llm.kv_budget_bytes(HBM, W8, reserve), "{:.0%}",
       "Share of an 8B replica's KV budget they take")
figure("lora8_dram_node", int(host_dram_gb * dram_weight_frac * 1e9 // ab8), "{:,d} adapters",
       "8B adapters one node's DRAM cache holds")
figure("lora_store_gb", n_ad * (ad8_frac * ab8 + (1 - ad8_frac) * ab70) / 1e9, "{:,.0f} GB",
       "All adapters in the catalogue")
figure("lora8_load_store_ms", load_s(ab8, store_gbps * 1e9) * 1e3, "{:.0f} ms", "8B adapter from the object store")
figure("lora8_load_dram_ms", load_s(ab8, h2d) * 1e3, "{:.1f} ms", "8B adapter from host DRAM over PCIe")
figure("lora70_load_store_ms", load_s(ab70, store_gbps * 1e9) * 1e3, "{:.0f} ms", "70B adapter from the store")
prefill8 = llm.prefill_time_s(P8, prompt_tok, F_BF16, mfu)
figure("prefill8_ms", prefill8 * 1e3, "{:.0f} ms", "Prefill of the mean prompt on an 8B replica")
figure("lora_flops_per_token_m", 2 * lp8 / 1e6, "{:.0f} MFLOP", "Extra FLOPs per token for an 8B adapter (2 x params)")

# %% [markdown]
# ## 6. The head: base-model pools

# %%
head = {"l70": sh70, "l8": sh8, "mx": shmx, "l405": sh405}
head_gpus = 0
head_reps = {}
for key, share in head.items():
    g = placements[key][2]
    reps = llm.replicas_needed(peak_rps * share, cap[key], util)
    head_reps[key] = reps
    head_gpus += reps * g
    figure(f"{key}_rps", peak_rps * share, "{:,.0f} requests/s", f"{placements[key][0]}: peak demand")
    figure(f"{key}_reps", reps, "{:,d} replicas", f"{placements[key][0]}: replicas at peak")
    figure(f"{key}_pool_gpus", reps * g, "{:,d} GPUs", f"{placements[key][0]}: GPUs at peak")
figure("head_gpus", head_gpus, "{:,d} GPUs", "Base-model pools at peak")
figure("l405_util_one", peak_rps * sh405 / cap["l405"] / head_reps["l405"], "{:.0%}",
       "405B pool utilisation at peak")

# LoRA pools: shared base, adapters multiplexed
lora8_rps, lora70_rps = peak_rps * sh_lora8, peak_rps * sh_lora70
lora8_gpus = llm.replicas_needed(lora8_rps, cap["l8"] * (1 - lora_overhead), util)
lora70_reps = llm.replicas_needed(lora70_rps, cap["l70"] * (1 - lora_overhead), util)
figure("lora8_rps", lora8_rps, "{:,.0f} requests/s", "Peak demand across 8B adapters")
figure("lora70_rps", lora70_rps, "{:,.0f} requests/s", "Peak demand across 70B adapters")
figure("lora8_gpus", lora8_gpus, "{:,d} GPUs", "8B LoRA pool at peak")
figure("lora70_gpus", lora70_reps * 8, "{:,d} GPUs", "70B LoRA pool at peak")
n_ad8, n_ad70 = int(n_ad * ad8_frac), n_ad - int(n_ad * ad8_frac)
figure("n_ad8", n_ad8, "{:,d} adapters", "Adapters on the 8B base")
# If every adapter were merged into its own full copy and kept warm on its own GPUs
figure("merged_gpus", n_ad8 * 1 + n_ad70 * 8, "{:,d} GPUs",
       "GPUs if every adapter were merged into a full model with one warm replica")

# %% [markdown]
# ## 7. The long tail: four ways to host many fine-tunes
#
# Popularity follows a Zipf law: the model of rank i gets a share i^-s / H(N, s). Four
# strategies for the full-weight fine-tunes (all 8B class, one GPU per replica):
#
# * **A. Dedicated:** every model keeps at least one warm replica of its own.
# * **B. Packed:** models too quiet to fill a GPU share one, k to a GPU (weights + a small KV pool each).
# * **C. Multiplexed:** quiet models live in host DRAM and are woken into a packed slot on demand;
#   a slot is held for the keep-alive after the last request. Expected slots = sum of
#   P(at least one request in the last TTL) = sum(1 - exp(-rate x TTL)).
# * **D. LoRA:** the same fine-tunes retrained as adapters on one shared base pool.

# %%
def zipf_shares(n, s=zipf_s):
    w = np.arange(1, n + 1, dtype=float) ** -s
    return w / w.sum()


capu = cap["l8"] * util
k_pack = int((HBM * (1 - reserve)) // (W8 + kv_min_gb * 1e9))
ttl = ttl_min * 60


def tail_gpus(n, total_rps, ttl_s=ttl):
    """GPUs for n fine-tunes sharing total_rps under strategies A-D."""
    d = zipf_shares(n) * total_rps
    hot = d >= capu / k_pack  # busy enough to deserve a GPU of its own
    own = np.ceil(d / capu)
    a = int(np.maximum(1, own).sum())
    b = int(own[hot].sum() + math.ceil((~hot).sum() / k_pack))
    slots = (1 - np.exp(-d[~hot] * ttl_s)).sum()
    c = int(own[hot].sum() + math.ceil(slots / k_pack))
    dd = llm.replicas_needed(total_rps, cap["l8"] * (1 - lora_overhead), util)
    return a, b, c, dd, d, hot


ft_rps = peak_rps * sh_ft
ga, gb, gc, gd, d_ft, hot_ft = tail_gpus(n_ft, ft_rps)
figure("k_pack", k_pack, "{:d} models", "8B models packed per GPU with their KV pools")
figure("ft_rps", ft_rps, "{:,.0f} requests/s", "Peak demand across all full-weight fine-tunes")
figure("ft_compute_gpus", ft_rps / capu, "{:.1f} GPUs", "GPUs their compute alone needs at the target")
figure("ft_gpus_a", ga, "{:,d} GPUs", "A: one dedicated warm replica per model (at least)")
figure("ft_gpus_b", gb, "{:,d} GPUs", "B: quiet models packed")
figure("ft_gpus_c", gc, "{:,d} GPUs", "C: multiplexed from DRAM with a keep-alive")
figure("ft_gpus_d", gd, "{:,d} GPUs", "D: retrained as LoRA adapters on a shared base")
figure("ft_util_a", ft_rps / cap["l8"] / ga, "{:.1%}", "A: average compute utilisation")
figure("ft_hot", int(hot_ft.sum()), "{:d} models", "Fine-tunes busy enough for a GPU of their own")
figure("ft_top1_rps", d_ft[0], "{:.1f} requests/s", "Busiest fine-tune at peak")
figure("ft_last_rph", d_ft[-1] / peak_to_mean * 3600, "{:,.0f} requests/h", "Quietest fine-tune, mean hour")
figure("ft_top10_share", d_ft[:10].sum() / ft_rps, "{:.0%}", "Share of fine-tune traffic in the top 10")
mean_ft = d_ft / peak_to_mean
figure("ft_below_1pm", int((mean_ft * 60 < 1).sum()), "{:,d} models", "Fine-tunes under one request a minute (mean)")
for key, g in (("a", ga), ("b", gb), ("c", gc), ("d", gd)):
    figure(f"ft_cost_{key}_k", g * usd_gpu_h * 24 * 30 / 1e3, "${:,.0f}K per month", f"Strategy {key.upper()} cost")
figure("ft_a_over_c", ga / gc, "{:.1f}x", "Dedicated over multiplexed")
figure("ft_catalogue_tb", n_ft * W8 / 1e12, "{:.0f} TB", "All fine-tune weights")
figure("ft_pool_dram_tb", gc / gpus_per_node * host_dram_gb * dram_weight_frac / 1e3, "{:.0f} TB",
       "DRAM weight cache across the multiplexed pool's nodes")

ns = np.unique(np.round(np.logspace(1, 4, 25)).astype(int))
rows = np.array([tail_gpus(int(n), ft_rps)[:4] for n in ns])
fig, ax = new_chart()
labels = ["A: one warm replica each", "B: quiet models packed 3 to a GPU",
          f"C: multiplexed from DRAM, {ttl_min:.0f}-min keep-alive", "D: LoRA adapters on one base"]
for i, lab in enumerate(labels):
    ax.plot(ns, rows[:, i], label=lab, linestyle=["-", "--", "-.", ":"][i], color=SERIES[i])
ax.axvline(n_ft, color="#010203", linestyle=":", linewidth=1)
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel(f"Fine-tuned models sharing the same {ft_rps:.0f} requests/s at peak")
ax.set_ylabel("H100s needed")
ax.legend(frameon=False, fontsize=8)
show(fig, alt="Log-log chart of GPUs needed against the number of fine-tuned models sharing a fixed 90 requests "
              "per second: one warm replica each grows in step with the catalogue to ten thousand GPUs, packing three "
              "to a GPU divides that by three, multiplexing from host memory with a two-minute keep-alive bends "
              "away to about six hundred, and LoRA adapters on one shared base stay flat at six GPUs")

# %% [markdown]
# ## 8. Keep-alive and the cold-start share
#
# With Poisson arrivals at rate r, a request finds its model cold if no request came in the
# previous TTL: probability exp(-r x TTL). The fleet-wide cold share weights that by traffic.

# %%
for t_min in (1, 2, 10, 60):
    lam = mean_ft[~hot_ft]
    cold_share = (lam * np.exp(-lam * t_min * 60)).sum() / mean_ft.sum()
    loads_h = (lam * np.exp(-lam * t_min * 60)).sum() * 3600
    figure(f"cold_share_{t_min}m", cold_share, "{:.2%}", f"Share of fine-tune requests that wake a model, TTL {t_min} min")
    figure(f"cold_loads_h_{t_min}m", loads_h, "{:,.0f} per hour", f"Model wakes per hour, TTL {t_min} min")
    figure(f"slots_{t_min}m", (1 - np.exp(-lam * t_min * 60)).sum(), "{:,.0f} models",
           f"Quiet models resident on average, TTL {t_min} min")
lam = mean_ft[~hot_ft]
wakes_s = (lam * np.exp(-lam * ttl)).sum()
figure("wake_bw_gbps", wakes_s * W8 / 1e9, "{:.1f} GB/s", "Average host-to-GPU traffic those wakes cause at the chosen TTL")
figure("quiet_cold_prob", math.exp(-d_ft[-1] / peak_to_mean * ttl), "{:.0%}",
       "Chance the quietest fine-tune is cold when a request arrives")
figure("quiet_gap_min", 1 / (d_ft[-1] / peak_to_mean) / 60, "{:.1f} min", "Mean gap between its requests")
# Ski-rental style: holding a packed slot for the TTL costs 1/k of a GPU for TTL seconds
figure("ttl_slot_cost", usd_gpu_h / k_pack * ttl_min / 60, "${:.2f}", "GPU cost of holding one packed slot for a TTL")

rates_h = np.logspace(-1, 3, 60)  # requests per hour
fig, ax = new_chart()
for i, t_min in enumerate((1, 2, 10, 60)):
    ax.plot(rates_h, np.exp(-rates_h / 3600 * t_min * 60) * 100, label=f"keep-alive {t_min} min",
            color=SERIES[i], linestyle=["-", "--", "-.", ":"][i])
for r_rank, lab in ((n_ft, f"rank {n_ft:,}"), (100, "rank 100"), (10, "rank 10")):
    r = mean_ft[r_rank - 1] * 3600
    ax.axvline(r, color="#010203", linestyle=":", linewidth=1)
    ax.annotate(lab, (r, 60), rotation=90, fontsize=8, ha="right")
ax.set_xscale("log")
ax.set_xlabel("Model's requests per hour (mean)")
ax.set_ylabel("Requests that find it cold (%)")
ax.set_ylim(0, 102)
ax.legend(frameon=False, fontsize=8)
show(fig, alt="Chart of the share of requests that find a model cold against the model's mean request rate, "
              "for keep-alives of one, two, ten and sixty minutes: each curve falls from nearly all requests cold to "
              "none over about two decades of rate, and a longer keep-alive shifts the fall to quieter models; the "
              "catalogue's quietest fine-tune, at about four requests an hour, is cold for most requests at two "
              "minutes and for about half at ten")

# %% [markdown]
# ## 9. Adapters per batch and adapter affinity
#
# Expected distinct adapters among n running sequences on one replica = sum(1 - (1 - p_i)^n),
# where p_i is adapter i's share of that replica's traffic.

# %%
p_ad = zipf_shares(n_ad8)
reps8 = lora8_gpus
conc = llm.little_concurrency(cap["l8"] * (1 - lora_overhead) * util,
                              prefill8 + out_tok * 0.03)  # stream time with an assumed ~30 ms per token
n_batch = int(round(conc))
figure("lora_batch_seqs", n_batch, "{:d} sequences", "Running sequences on one 8B LoRA replica at the target")
figure("lora_distinct_random", (1 - (1 - p_ad) ** n_batch).sum(), "{:.0f} adapters",
       "Distinct adapters in that batch with random routing")
# Affinity: adapters hashed to replicas (i mod R); a replica sees only its subset
subset = p_ad[::reps8]
ps = subset / subset.sum()
figure("lora_distinct_affinity", (1 - (1 - ps) ** n_batch).sum(), "{:.0f} adapters",
       "Distinct adapters in the batch of the replica holding the hottest adapters, with affinity")
figure("lora_subset", len(subset), "{:,d} adapters", "Adapters each replica owns under affinity")
figure("lora_top_reps", p_ad[0] * lora8_rps / (cap["l8"] * (1 - lora_overhead) * util), "{:.1f} replicas",
       "Replicas the hottest 8B adapter alone needs")
figure("ex_adapter_rph", p_ad[ex_adapter_rank - 1] * lora8_rps / peak_to_mean * 3600, "{:,.0f} requests/h",
       "Walk-through adapter's mean request rate")
assume("sglang_default_loras", 8, "{:d} adapters", "SGLang's default max_loras_per_batch",
       "SGLang docs, LoRA Serving, https://docs.sglang.io/advanced_features/lora.html (checked 2026-11-23)")

# %% [markdown]
# ## 10. Canaries and rollbacks
#
# Sample size per arm to detect a rise in a bad-output rate from p0 to p1 (one-sided test of
# two proportions, normal approximation):
# n = (z_(1-alpha) sqrt(2 pbar (1 - pbar)) + z_power sqrt(p0(1-p0) + p1(1-p1)))^2 / (p1 - p0)^2.

# %%
z = NormalDist()
za, zb = z.inv_cdf(1 - alpha), z.inv_cdf(power)
pbar = (p_base + p_bad) / 2
n_arm = math.ceil((za * math.sqrt(2 * pbar * (1 - pbar)) + zb * math.sqrt(p_base * (1 - p_base) + p_bad * (1 - p_bad))) ** 2
                  / (p_bad - p_base) ** 2)
figure("canary_n", n_arm, "{:,d} requests", "Canary requests needed to see the regression")
for key, rps in (("l70", peak_rps * sh70 / peak_to_mean), ("ft10", mean_ft[9]), ("ftlast", mean_ft[-1])):
    t = n_arm / (rps * canary_share)
    unit, scale = ("min", 60) if t < 3 * 3600 else (("h", 3600) if t < 3 * 86400 else ("days", 86400))
    figure(f"canary_t_{key}", t / scale, "{:,.0f} " + unit, f"Time to that sample at {canary_share:.0%} canary: {key}")
figure("canary_t_adapter_h", n_arm / (p_ad[ex_adapter_rank - 1] * lora8_rps / peak_to_mean * canary_share) / 3600,
       "{:,.0f} h", "Time to that sample at 5% canary for the walk-through adapter")
figure("canary_rps_70b", peak_rps * sh70 / peak_to_mean * canary_share, "{:,.0f} requests/s",
       "70B canary traffic in a mean hour")
figure("canary_full_ftlast", n_arm / mean_ft[-1] / 86400, "{:,.0f} days",
       "Even with all its traffic, the quietest model needs this long")
old_gpus = head_reps["l70"] * 8
figure("bake_cost_k", old_gpus * keep_old * bake_h * usd_gpu_h / 1e3, "${:,.1f}K", "Keeping 20% of the old 70B warm for the bake")
figure("bluegreen_cost_k", old_gpus * bake_h * usd_gpu_h / 1e3, "${:,.1f}K", "Keeping all of it warm (blue-green)")
figure("rollback_warm_share", keep_old / util, "{:.0%}",
       "Share of peak 70B demand the warm remnant carries at flat out, right after a rollback")
rollout_bytes = head_reps["l70"] * W70
figure("rollout_70b_tb", rollout_bytes / 1e12, "{:.1f} TB", "Bytes to roll a new 70B version to every replica")
figure("rollout_70b_store_s", max(rollout_bytes / (store_region_gbps * 1e9), W70 / (store_gbps * 1e9)), "{:.0f} s",
       "That rollout read from the object store (whichever of node or region binds)")

# %% [markdown]
# ## 11. Isolation

# %%
mig_slices = assume("mig_memory_slices", 8, "{:.0f}", "MIG memory slices per GPU (a 1g instance gets 1/8 of the memory, 1/7 of the SMs)",
                    "NVIDIA MIG User Guide, Supported MIG Profiles, "
                    "https://docs.nvidia.com/datacenter/tesla/mig-user-guide/supported-mig-profiles.html (checked 2026-11-23)")
figure("mig_slice_gb", ref.H100_SXM_HBM_GB / mig_slices, "{:.0f} GB", "Memory of the smallest MIG instance (1g) on an H100")
figure("l8_int4_gb", P8 * llm.int4_bytes_per_param() / 1e9, "{:.1f} GB", "8B weights in group-wise INT4")
ded_small = max(1, llm.replicas_needed(1.0, cap["l8"], util))
figure("dedicated_floor_month", gpus_per_node * usd_gpu_h * 24 * 30 / 1e3, "${:,.1f}K per month",
       "Floor price of a dedicated 8-GPU node for one tenant")
figure("dedicated_8b_month", ded_small * usd_gpu_h * 24 * 30, "${:,.0f} per month",
       "One dedicated 8B GPU for a tenant, always on")

# %% [markdown]
# ## 12. The MVP, the walk-through request and the scaled fleet

# %%
mvp_models = int(assume("mvp_models", 20, "{:d} models", "Models in the MVP catalogue", "assumption"))
mvp_rps = assume("mvp_rps", 150, "{:,.0f} requests/s", "Peak the MVP carries", "assumption")
mvp_d = zipf_shares(mvp_models) * mvp_rps
mvp_gpus = int(np.maximum(1, np.ceil(mvp_d / capu)).sum())
figure("mvp_gpus", mvp_gpus, "{:d} GPUs", "MVP: one or more dedicated 8B-class GPUs per model")
figure("mvp_util", mvp_rps / cap["l8"] / mvp_gpus, "{:.0%}", "MVP average compute utilisation")
figure("mvp_cost_k", mvp_gpus * usd_gpu_h * 24 * 30 / 1e3, "${:,.0f}K per month", "MVP GPU bill")

total_scaled = head_gpus + lora8_gpus + lora70_reps * 8 + gc
figure("total_gpus", total_scaled, "{:,d} GPUs", "Whole platform at peak (head + LoRA + multiplexed tail)")
figure("total_cost_day_k", total_scaled * usd_gpu_h * 24 / 1e3, "${:,.0f}K per day", "Its GPU bill, sized for peak")
figure("tail_share_gpus", (lora8_gpus + lora70_reps * 8 + gc) / total_scaled, "{:.0%}",
       "Share of GPUs serving adapters and fine-tunes")
figure("tail_share_traffic", sh_lora8 + sh_lora70 + sh_ft, "{:.0%}", "Share of traffic they carry")

# %% [markdown]
# ## 13. Scaling 10x, 100x, 1000x
#
# Traffic and catalogue grow together: ten times the requests, ten times the adapters and fine-tunes.

# %%
for m in (10, 100, 1000):
    rps_m = peak_rps * m
    hg = sum(llm.replicas_needed(rps_m * sh, cap[k], util) * placements[k][2] for k, sh in head.items())
    lg = llm.replicas_needed(rps_m * sh_lora8, cap["l8"] * (1 - lora_overhead), util) + \
        llm.replicas_needed(rps_m * sh_lora70, cap["l70"] * (1 - lora_overhead), util) * 8
    a_m, _, c_m, d_m, *_ = tail_gpus(n_ft * m, ft_rps * m)
    figure(f"x{m}_rps", rps_m, "{:,.0f} requests/s", f"{m}x: peak")
    figure(f"x{m}_gpus", hg + lg + c_m, "{:,d} GPUs", f"{m}x: GPUs (head + LoRA + multiplexed tail)")
    figure(f"x{m}_adapters", n_ad * m, "{:,.0f}", f"{m}x: adapters")
    figure(f"x{m}_adapter_tb", n_ad * m * (ad8_frac * ab8 + (1 - ad8_frac) * ab70) / 1e12, "{:,.1f} TB",
           f"{m}x: adapter storage")
    figure(f"x{m}_ft", n_ft * m, "{:,d}", f"{m}x: full-weight fine-tunes")
    figure(f"x{m}_ft_a", a_m, "{:,d} GPUs", f"{m}x: fine-tunes with one warm replica each")
    figure(f"x{m}_ft_c", c_m, "{:,d} GPUs", f"{m}x: fine-tunes multiplexed")
    reps70 = llm.replicas_needed(rps_m * sh70, cap["l70"], util)
    figure(f"x{m}_rollout_min", max(reps70 * W70 / (store_region_gbps * 1e9), W70 / (store_gbps * 1e9)) / 60,
           "{:,.1f} min", f"{m}x: 70B rollout read from the store")
    figure(f"x{m}_cost_day_m", (hg + lg + c_m) * usd_gpu_h * 24 / 1e6, "${:,.2f}M per day", f"{m}x: GPU bill")
figure("x1_rollout_min", max(head_reps["l70"] * W70 / (store_region_gbps * 1e9), W70 / (store_gbps * 1e9)) / 60,
       "{:,.1f} min", "1x: 70B rollout from the store")
# Peer-to-peer fan-out: each node that has the weights serves one more; doubling rounds
for m in (100, 1000):
    nodes = llm.replicas_needed(peak_rps * m * sh70, cap["l70"], util)
    rounds = math.ceil(math.log2(nodes))
    figure(f"x{m}_p2p_min", (W70 / (store_gbps * 1e9) + rounds * W70 / (peer_gbps * 1e9)) / 60, "{:,.1f} min",
           f"{m}x: same rollout by peer-to-peer doubling (unpipelined)")
    figure(f"x{m}_p2p_pipe_min", (W70 / (store_gbps * 1e9) + W70 / (peer_gbps * 1e9)) / 60, "{:,.1f} min",
           f"{m}x: chunked, pipelined fan-out (about one copy time after the first)")

# %% [markdown]
# ## 14. Interviewer twists

# %%
# A base-model upgrade strands every adapter trained on the old base
figure("strand_adapters", n_ad8, "{:,d} adapters", "Adapters tied to the old 8B base")
old_base_rps = lora8_rps
figure("old_base_gpus", llm.replicas_needed(old_base_rps, cap["l8"] * (1 - lora_overhead), util), "{:d} GPUs",
       "GPUs to keep the old base serving its adapters")
# A launch spike on one cold fine-tune: 20 requests/s out of nowhere
spike = int(assume("spike_rps", 20, "{:d} requests/s", "Sudden demand on a quiet fine-tune", "interviewer twist"))
figure("spike_reps", llm.replicas_needed(spike, cap["l8"], util), "{:d} GPUs", "Replicas that spike needs")
figure("spike_queue", spike * (cold[("l8", "nvme")] + init_s), "{:,.0f} requests",
       "Requests that arrive while a fresh replica starts from NVMe")
figure("spike_queue_wake", spike * (cold[("l8", "dram")] + wake_s), "{:,.0f} requests",
       "Requests that arrive while a sleeping engine wakes")
# One customer wants a dedicated, isolated 70B
figure("iso_70b_month_k", 8 * usd_gpu_h * 24 * 30 / 1e3, "${:,.1f}K per month", "One dedicated 70B replica")
figure("iso_70b_rps", cap["l70"] * util, "{:.1f} requests/s", "What it serves at the target")
