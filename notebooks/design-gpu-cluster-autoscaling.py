# %% [markdown]
# # Design autoscaling for a GPU cluster serving LLMs
#
# The back-of-the-envelope notebook behind the walkthrough. Hardware and model shapes come
# only from `estimates.reference` (each constant carries its datasheet or config.json
# source); formulas come only from `estimates.llm`. Everything else is an assumption,
# declared once with `assume` and labelled as such, so a reader can change it and watch the
# page follow.
#
# The fleet serves Llama 3.1 70B in BF16 (a public stand-in for "a large model") as TP8
# replicas on 8-GPU H100 SXM nodes, in one region; smaller models appear in the bin-packing
# section.
#
# Sections:
#
# 1. Inputs
# 2. Hand-checked values
# 3. A replica's capacity, and why GPU utilisation is the wrong signal
# 4. How late a reactive signal is: queue growth against lead time
# 5. Cold starts: bytes over bandwidth, path by path (chart)
# 6. The diurnal curve, and what tracking it is worth
# 7. Warm pools against SLO misses: a day simulated minute by minute (chart)
# 8. Scale-down safety: draining long streams
# 9. Reserved, on-demand and spot
# 10. Bin-packing replicas onto 8-GPU nodes
# 11. Scaling 10x, 100x, 1000x
# 12. Interviewer twists

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
L405 = ref.MODELS["llama-3.1-405b"]
MX = ref.MODELS["mixtral-8x7b"]
H100 = ref.GPUS["h100-sxm"]
H200 = ref.GPUS["h200-sxm"]


# Hardware and model shapes restated from the reference module, so the page can cite them
restate("h100_hbm_gb", "H100_SXM_HBM_GB", "{:.0f} GB", "H100 SXM memory (decimal GB)")
restate("h100_hbm_tbps", "H100_SXM_HBM_TBPS", "{:.2f} TB/s", "H100 SXM memory bandwidth")
restate("h100_bf16_sparse", "H100_SXM_BF16_SPARSE_TFLOPS", "{:,.0f} TFLOP/s",
        "H100 SXM BF16 tensor-core peak as the datasheet prints it (with 2:4 sparsity)")
restate("pcie5_gbps", "PCIE_GEN5_X16_GBPS_BIDIR", "{:.0f} GB/s", "PCIe Gen5 x16 host link, both directions")
restate("h100_nvlink_gbps", "H100_NVLINK_GBPS_BIDIR", "{:.0f} GB/s", "H100 SXM NVLink per GPU, both directions")
restate("h200_hbm_gb", "H200_SXM_HBM_GB", "{:.0f} GB", "H200 SXM memory (decimal GB)")
restate("l70_kv_heads", "LLAMA31_70B_KV_HEADS", "{:.0f}", "Llama 3.1 70B KV heads (GQA)")
restate("l70_layers", "LLAMA31_70B_LAYERS", "{:.0f}", "Llama 3.1 70B layers")

# Engine efficiency and memory reserve
bw_eff = assume("bw_eff", 0.7, "{:.0%}", "Share of peak HBM bandwidth sustained in decode", "assumption")
mfu = assume("mfu", 0.5, "{:.0%}", "Share of dense peak FLOP/s sustained on prefill and batched tokens (MFU)",
             "assumption")
reserve = assume("reserve", 0.10, "{:.0%}", "HBM held back for activations, CUDA graphs and fragmentation",
                 "assumption")

# Workload of the 70B pool in one region
peak_rps = assume("peak_rps", 600, "{:,.0f} requests/s", "Diurnal peak of the 70B pool in one region", "assumption")
prompt_tok = assume("prompt_tokens", 2_000, "{:,.0f} tokens", "Mean prompt", "assumption")
out_tok = assume("output_tokens", 400, "{:,.0f} tokens", "Mean answer", "assumption")
hit = assume("prefix_hit", 0.5, "{:.0%}", "Share of prompt tokens served from the prefix cache", "assumption")
max_tokens = assume("max_tokens", 4_096, "{:,.0f} tokens", "Longest answer allowed", "design choice")
long_share = assume("long_share", 0.03, "{:.0%}", "Share of answers longer than 2,000 tokens", "assumption")
long_tok = assume("long_tokens", 3_000, "{:,.0f} tokens", "Mean length of those long answers", "assumption")

# Objectives and controller settings
ttft_slo = assume("ttft_slo_s", 1.5, "{:.1f} s", "TTFT objective, p95", "design choice")
tpot_slo = assume("tpot_slo_ms", 50, "{:.0f} ms", "TPOT objective, p95", "design choice") / 1e3
util = assume("target_util", 0.7, "{:.0%}", "Target share of a replica's measured capacity (the autoscaler's set point)",
              "design choice")
util_hot = assume("util_hot", 0.8, "{:.0%}", "The cheaper set point compared on the chart", "design choice")
util_max = assume("util_max", 0.9, "{:.0%}", "Load above which queueing pushes TTFT past its objective", "assumption")
stab_min = int(assume("stab_min", 10, "{:.0f} min", "Scale-down stabilisation window", "design choice"))
drain_s = assume("drain_s", 300, "{:.0f} s", "Drain window a replica gets before it is stopped", "design choice")
min_reps = int(assume("min_replicas", 4, "{:.0f} replicas", "Floor the autoscaler never goes below", "design choice"))
metric_window_s = assume("metric_window_s", 60, "{:.0f} s", "Window of the TTFT p95 an alert or scaler reads",
                         "design choice")
tolerance = assume("tolerance", 0.1, "{:.0%}", "Dead band: scale in only when the fleet is this far above need",
                   "Kubernetes HPA default tolerance (checked 2026-11-23)")

# Money (assumptions, not quotes: prices vary by provider, region and contract)
usd_od = assume("usd_on_demand", 4.00, "${:.2f} per GPU-hour", "On-demand H100 price (an assumption, not a quote)",
                "assumption")
res_disc = assume("reserved_discount", 0.40, "{:.0%}", "Discount of a one-year reservation against on-demand",
                  "assumption")
spot_disc = assume("spot_discount", 0.60, "{:.0%}", "Discount of spot capacity against on-demand", "assumption")
batch_value = assume("batch_value", 0.5, "{:.0%}",
                     "Share of its cost a pool node earns back running preemptible batch work", "assumption")

# Cold-start path (every bandwidth here is an assumption about a typical cloud GPU node)
provision_s = assume("provision_s", 420, "{:.0f} s",
                     "Obtain an on-demand 8-GPU node, boot it, pass GPU and NCCL health checks", "assumption")
image_gb = assume("image_gb", 12, "{:.0f} GB", "Serving container image (CUDA, engine, Python)", "assumption")
registry_gbps = assume("registry_gbps", 1.5, "{:.1f} GB/s", "Image pull rate from the regional registry", "assumption")
store_naive_gbps = assume("store_naive_gbps", 1.0, "{:.1f} GB/s",
                          "Object-store read, one stream per file (naive download)", "assumption")
store_par_gbps = assume("store_par_gbps", 10.0, "{:.0f} GB/s",
                        "Object-store read, many parallel ranged reads per node", "assumption")
nvme_gbps = assume("nvme_gbps", 12.0, "{:.0f} GB/s", "Local NVMe array read into GPU memory", "assumption")
pcie_eff = assume("pcie_eff", 0.8, "{:.0%}", "Share of PCIe one-way bandwidth a host-to-GPU copy achieves",
                  "assumption")
rdma_gbit = assume("rdma_gbit", 400, "{:.0f} Gbit/s", "GPU-attached RDMA NIC per GPU (back-end network)",
                   "assumption")
rdma_eff = assume("rdma_eff", 0.7, "{:.0%}", "Share of the RDMA line rate a peer-to-peer weight copy achieves",
                  "assumption")
warmup_s = assume("warmup_s", 45, "{:.0f} s",
                  "Engine warm-up: KV pool allocation, CUDA graph capture, compile, warm-up requests", "assumption")
warmup_cached_s = assume("warmup_cached_s", 15, "{:.0f} s", "Same with compile and graph artefacts cached on the node",
                         "assumption")
register_s = assume("register_s", 5, "{:.0f} s", "Readiness probe and router registration", "assumption")

# Spot notices (provider documentation)
aws_notice_s = assume("aws_notice_s", 120, "{:.0f} s", "AWS spot interruption notice",
                      "AWS EC2 docs, Spot Instance interruption notices (checked 2026-11-23)")
gcp_notice_s = assume("gcp_notice_s", 30, "{:.0f} s", "Google Cloud Spot VM shutdown time before hard stop",
                      "Compute Engine API reference, Scheduling.skipGuestOsShutdown (checked 2026-11-23)")
k8s_grace_s = assume("k8s_grace_s", 30, "{:.0f} s", "Kubernetes default terminationGracePeriodSeconds",
                     "Kubernetes docs, Termination of Pods (checked 2026-11-23)")
ca_grace_s = assume("ca_grace_s", 600, "{:.0f} s",
                    "Cluster autoscaler max-graceful-termination-sec default (AKS autoscaler profile)",
                    "Azure AKS API reference, ManagedClusterPropertiesAutoScalerProfile (checked 2026-11-23)")

# Scaling and twists
regions = int(assume("regions", 3, "{:.0f}", "Regions the pool runs in at 10x and beyond", "design choice"))
surge_x = assume("launch_surge", 5.0, "{:.0f}x", "Launch-day demand over a normal peak (twist)", "interviewer twist")
rare_rph = assume("rare_model_rph", 2, "{:.0f} requests/hour", "Traffic of a rarely used fine-tuned 8B model (twist)",
                  "interviewer twist")
assumptions_table()

# %% [markdown]
# ## 2. Hand-checked values
#
# Each assertion compares a helper from `estimates.llm` (or a reference constant) with a
# number worked out on paper, so a wrong helper or a mistyped constant fails the build.

# %%
P70 = llm.param_count(L70)
W70 = llm.weights_bytes(L70)
KV70 = llm.kv_cache_bytes_per_token(L70)
P8 = llm.param_count(L8)
W8 = llm.weights_bytes(L8)
F1, BW1, HBM1 = H100.bf16_dense_flops, H100.hbm_bytes_per_s, H100.hbm_bytes
TP = 8
pcie_one_way = ref.PCIE_GEN5_X16_GBPS_BIDIR * 1e9 / 2

checks = [
    # 2 (K and V) x 80 layers x 8 KV heads x 128 head_dim x 2 bytes = 327,680 bytes per token
    ("kv per token", KV70, 327_680, 0),
    # 70,553,706,496 parameters x 2 bytes (see the inference-service notebook for the sum)
    ("70B BF16 bytes", W70, 141_107_412_992, 0),
    # dense BF16 = 1,979 / 2 TFLOP/s
    ("H100 dense BF16", F1, 989.5e12, 0),
    # 141.107e9 bytes / 10e9 bytes/s = 14.11 s
    ("load at 10 GB/s", W70 / 10e9, 14.1107, 1e-3),
    # one GPU's shard 141.107e9 / 8 = 17.638e9 bytes over 64e9 x 0.8 = 51.2e9 bytes/s = 0.3445 s
    ("shard over PCIe", W70 / 8 / (pcie_one_way * 0.8), 0.3445, 1e-3),
    # 400 Gbit/s = 50 GB/s; x 0.7 = 35 GB/s; 17.638e9 / 35e9 = 0.504 s
    ("shard over RDMA", W70 / 8 / (400e9 / 8 * 0.7), 0.5039, 1e-3),
    # TP8 compute ceiling: 8 x 989.5e12 x 0.5 / (2 x 70.554e9 x 1,400 tokens) = 20.04 requests/s
    ("TP8 ceiling", 1 / llm.prefill_time_s(P70, 1400, 8 * F1, 0.5), 20.04, 0.01),
    # HPA rule: ceil(10 x 0.91 / 0.7) = ceil(13.0) = 13
    ("HPA rule", math.ceil(10 * 0.91 / 0.7), 13, 0),
    # Reserved at 40% off breaks even at 60% of the day = 14.4 h
    ("break-even hours", 24 * (1 - 0.4), 14.4, 1e-9),
]
for name, got, hand, tol in checks:
    assert abs(got - hand) <= tol, (name, got, hand)
figure("hand_checks", len(checks), "{:d} assertions", "Helper values checked against hand arithmetic")

# %% [markdown]
# ## 3. A replica's capacity, and why GPU utilisation is the wrong signal
#
# Per request the replica pushes the uncached prompt and the answer through the model at
# 2 x parameters FLOPs per token; that caps requests/s whatever the batch. Little's law then
# gives the decode batch at the operating point, and the roofline gives its step time.

# %%
figure("l70_weights_gb", W70 / 1e9, "{:.1f} GB", "70B weights in BF16")
figure("l70_weights_gib", llm.to_gib(W70), "{:.1f} GiB", "Same in GiB")
figure("shard_gb", W70 / TP / 1e9, "{:.1f} GB", "One GPU's shard at TP8")
figure("kv_tok_kib", KV70 / 1024, "{:.0f} KiB", "70B KV cache per token, BF16")
figure("h100_bf16_dense", F1 / 1e12, "{:.1f} TFLOP/s", "H100 BF16 dense peak")

tok_req = prompt_tok * (1 - hit) + out_tok
figure("tok_per_req", tok_req, "{:,.0f} tokens", "Tokens through the model per request (uncached prompt + answer)")
cap_rps = 1 / llm.prefill_time_s(P70, tok_req, TP * F1, mfu)
figure("replica_cap_rps", cap_rps, "{:.1f} requests/s", "TP8 replica: compute ceiling on requests/s for the mix")
figure("replica_cap_out_tps", cap_rps * out_tok, "{:,.0f} tokens/s", "Same in output tokens/s")
op_rps = util * cap_rps
figure("op_rps", op_rps, "{:.1f} requests/s", "Replica load at the 70% set point")
figure("op_out_tps", op_rps * out_tok, "{:,.0f} tokens/s", "Output tokens/s per replica at the set point")

ctx_mean = prompt_tok + out_tok / 2
seq_kv = llm.kv_cache_bytes_per_sequence(L70, int(ctx_mean))
budget = llm.kv_budget_bytes(TP * HBM1, W70, reserve)
kv_cap = llm.max_batch_by_kv_memory(budget, KV70, int(ctx_mean))
figure("ctx_mean", ctx_mean, "{:,.0f} tokens", "Mean tokens a decoding sequence holds")
figure("kv_seq_mb", seq_kv / 1e6, "{:.0f} MB", "KV of one mean sequence")
figure("kv_budget_gb", budget / 1e9, "{:.0f} GB", "KV budget of a TP8 replica")
figure("kv_cap", kv_cap, "{:,d} sequences", "Mean sequences that fit in the KV budget")


def mem_time(batch, ctx=ctx_mean):
    """Decode memory time: weights once + every sequence's KV, at bw_eff of peak."""
    return llm.decode_bytes_per_step(W70, KV70, batch, ctx) / (TP * BW1 * bw_eff)


def step_time(batch, chunk=0.0):
    """One engine step: the slower of memory traffic and compute (decodes + prefill chunk)."""
    return max(mem_time(batch), llm.prefill_time_s(P70, batch + chunk, TP * F1, mfu))


def operating_point(rps):
    """Fixed point of step time s and decode batch b = rps x output x s (Little's law)."""
    s = mem_time(1)
    for _ in range(200):
        b = rps * out_tok * s
        chunk = rps * (tok_req - out_tok) * s
        s_new = step_time(b, chunk)
        if abs(s_new - s) < 1e-9:
            break
        s = s_new
    return s, rps * out_tok * s


op_s, op_b = operating_point(op_rps)
figure("op_tpot_ms", op_s * 1e3, "{:.0f} ms", "Roofline TPOT at the set point")
figure("op_batch", op_b, "{:.0f} sequences", "Decode batch at the set point (Little's law)")
figure("op_kv_share", op_b * seq_kv / budget, "{:.0%}", "KV budget the running sequences use at the set point")
prefill_mean = llm.prefill_time_s(P70, prompt_tok * (1 - hit), TP * F1, mfu)
stream_s = prefill_mean + (out_tok - 1) * op_s
figure("stream_s", stream_s, "{:.0f} s", "Mean stream duration at the set point")
streams_rep = llm.little_concurrency(op_rps, stream_s)
figure("streams_per_replica", streams_rep, "{:.0f} streams", "Streams open on one replica (Little's law)")

# GPU utilisation (NVML: share of time any kernel runs) reads ~100% whenever a batch exists.
b_small = 8
tps_small = b_small / step_time(b_small)
figure("small_batch", b_small, "{:d} sequences", "A nearly idle replica's batch")
figure("tps_small", tps_small, "{:,.0f} tokens/s", "Decode tokens/s at batch 8")
figure("tps_op", op_b / op_s, "{:,.0f} tokens/s", "Decode tokens/s at the set point's batch")
figure("tps_ratio", (op_b / op_s) / tps_small, "{:.0f}x", "Set point over batch 8, both reading ~100% utilisation")
figure("mfu_small", b_small * 2 * P70 / (step_time(b_small) * TP * F1), "{:.1%}",
       "Share of dense FLOP/s used by decode at batch 8")

# %% [markdown]
# ## 4. How late a reactive signal is
#
# A replica pushed 20% beyond its flat-out capacity queues the excess. How long until the
# queue alone breaks the TTFT objective, and how deep is it when new capacity arrives?

# %%
over = 0.2
growth = over * cap_rps  # requests/s added to the queue per replica
figure("overload", over, "{:.0%}", "Overload used in the example")
figure("queue_growth", growth, "{:.1f} requests/s", "Queue growth per replica at that overload")
t_break = ttft_slo * cap_rps / growth  # queue wait = queued / cap_rps; exceeds ttft when queued > ttft x cap
figure("t_break_s", t_break, "{:.1f} s", "Time until queue wait alone exceeds the TTFT objective")
figure("metric_lag_wait_s", growth * metric_window_s / cap_rps, "{:.0f} s",
       "Queue wait after one TTFT metric window of overload")

# %% [markdown]
# ## 5. Cold starts: bytes over bandwidth, path by path
#
# time to ready = (node) + (image) + weight bytes / effective bandwidth + engine warm-up +
# registration. Each path is the same formula with a different bandwidth.

# %%
image_s = image_gb / registry_gbps
t_store_naive = W70 / (store_naive_gbps * 1e9)
t_store_par = W70 / (store_par_gbps * 1e9)
t_nvme = W70 / (nvme_gbps * 1e9)
t_dram = (W70 / TP) / (pcie_one_way * pcie_eff)  # every GPU copies its shard in parallel
rdma_bps = rdma_gbit * 1e9 / 8 * rdma_eff
t_peer = (W70 / TP) / rdma_bps
figure("image_s", image_s, "{:.0f} s", "Container image pull")
figure("load_naive_s", t_store_naive, "{:.0f} s", "Weights from the object store, one stream")
figure("load_naive_min", t_store_naive / 60, "{:.1f} min", "Same in minutes")
figure("load_par_s", t_store_par, "{:.0f} s", "Weights from the object store, parallel ranged reads")
figure("load_nvme_s", t_nvme, "{:.0f} s", "Weights from local NVMe")
figure("load_dram_s", t_dram, "{:.2f} s", "Weights from host memory, each GPU its shard over PCIe")
figure("load_peer_s", t_peer, "{:.2f} s", "Weights from a peer replica's GPUs over RDMA, shard by shard")
figure("rdma_gbps_eff", rdma_bps / 1e9, "{:.0f} GB/s", "Effective RDMA rate per GPU")
figure("node_store_gbps_par", store_par_gbps, "{:.0f} GB/s", "Parallel object-store rate per node")

paths = [
    # label, provision, image, load, warm-up, register
    ("New node,\nstore (1 stream)", provision_s, image_s, t_store_naive, warmup_s, register_s),
    ("New node,\nstore (parallel)", provision_s, image_s, t_store_par, warmup_s, register_s),
    ("Booted node,\nstore (parallel)", 0, image_s, t_store_par, warmup_s, register_s),
    ("Booted node,\nlocal NVMe", 0, 0, t_nvme, warmup_s, register_s),
    ("Booted node,\npeer GPUs (RDMA)", 0, 0, t_peer, warmup_s, register_s),
    ("Booted node, peer GPUs,\ncached warm-up", 0, 0, t_peer, warmup_cached_s, register_s),
    ("Hot standby\n(weights in HBM)", 0, 0, 0, 0, register_s),
]
totals = [sum(p[1:]) for p in paths]
keys = ["cold_naive", "cold_par", "booted_store", "booted_nvme", "booted_peer", "booted_peer_cached", "hot"]
for key, total in zip(keys, totals):
    figure(f"ready_{key}_s", total, "{:,.0f} s", f"Time to ready: {key.replace('_', ' ')}")
figure("ready_cold_naive_min", totals[0] / 60, "{:.1f} min", "Slowest path in minutes")
figure("ready_cold_par_min", totals[1] / 60, "{:.1f} min", "New node with parallel store reads, minutes")
figure("warmup_share_nvme", warmup_s / totals[3], "{:.0%}", "Share of the NVMe path spent in engine warm-up")
figure("cold_vs_hot", totals[0] / totals[-1], "{:.0f}x", "Slowest path over hot standby")

fig, ax = new_chart()
fig.set_size_inches(7.6, 3.9)
labels = [p[0] for p in paths]
y = np.arange(len(paths))[::-1]
left = np.zeros(len(paths))
parts = [("node: provision, boot, health checks", 1), ("container image", 2), ("weights", 3),
         ("engine warm-up", 4), ("register", 5)]
colors = [SERIES[1], "#868e96", SERIES[0], SERIES[2], SERIES[3]]
for (name, idx), color in zip(parts, colors):
    vals = np.array([p[idx] for p in paths], dtype=float)
    ax.barh(y, vals, left=left, color=color, label=name, height=0.62)
    left += vals
for yi, tot in zip(y, totals):
    ax.text(tot + 8, yi, f"{tot:,.0f} s", va="center", fontsize=9)
ax.set_yticks(y)
ax.set_yticklabels(labels, fontsize=8.5)
ax.set_xlabel("Seconds until a new 70B TP8 replica serves its first request")
ax.set_xlim(0, max(totals) * 1.15)
ax.legend(frameon=False, fontsize=8, loc="lower right")
show(fig, alt="Stacked bar chart of time to ready for a new 70B replica on seven paths: a new node reading weights "
              "from the object store in one stream takes about ten minutes, dominated by node provisioning and the "
              "download; a new node with parallel reads about eight minutes; a booted node with weights on local "
              "NVMe about a minute, mostly engine warm-up; peer GPU loading with cached warm-up about twenty "
              "seconds; a hot standby about five seconds")

# %% [markdown]
# ## 6. The diurnal curve, and what tracking it is worth
#
# Demand over one day as a share of the peak, piecewise linear through hourly anchor points
# (an assumption about a consumer-heavy chat product in one region), with five surges on
# top and 3% minute-to-minute noise.

# %%
anchors_h = [0, 4, 6, 9, 12, 15, 18, 21, 24]
anchors_v = [0.45, 0.33, 0.40, 0.85, 0.95, 1.00, 0.90, 0.75, 0.45]
assume("trough_share", min(anchors_v), "{:.0%}", "Overnight trough as a share of the peak", "assumption")
figure("ramp_share_h", (anchors_v[3] - anchors_v[2]) / (anchors_h[3] - anchors_h[2]), "{:.0%}",
       "Morning ramp: share of peak added per hour, 06:00-09:00")
minutes = np.arange(1440)
base = np.interp(minutes / 60, anchors_h, anchors_v) * peak_rps
# Surges: (start minute, added share of current demand, length in minutes)
surges = [(8 * 60 + 10, 0.30, 25), (11 * 60 + 40, 0.45, 20), (15 * 60 + 20, 0.60, 15),
          (19 * 60 + 30, 0.35, 30), (22 * 60 + 15, 0.50, 20)]
assume("surge_count", len(surges), "{:d} surges/day", "Unforecast surges in the simulated day", "assumption")
assume("surge_max", max(s[1] for s in surges), "+{:.0%}", "Largest surge over the demand of the moment",
       "assumption")
assume("surge_min", min(s[1] for s in surges), "+{:.0%}", "Smallest surge", "assumption")
rng = np.random.default_rng(7)
demand = base * np.exp(rng.normal(0, 0.03, size=1440))
for start, size, length in surges:
    demand[start:start + length] *= 1 + size
figure("day_requests_m", demand.sum() * 60 / 1e6, "{:.0f}M requests", "Requests in the simulated day")
mean_rps = demand.mean()
figure("mean_rps", mean_rps, "{:,.0f} requests/s", "Mean demand over the day")
figure("peak_to_mean", peak_rps / base.mean(), "{:.1f}x", "Diurnal peak over the diurnal mean")

usd_rep_h = usd_od * TP
figure("usd_replica_h", usd_rep_h, "${:.0f}/h", "One replica (8 GPUs) per hour on demand")
reps_peak = llm.replicas_needed(peak_rps, cap_rps, util)
figure("reps_peak", reps_peak, "{:d} replicas", "Replicas at the diurnal peak at the 70% set point")
figure("gpus_peak", reps_peak * TP, "{:,d} GPUs", "GPUs at the diurnal peak")
reps_trough = llm.replicas_needed(min(anchors_v) * peak_rps, cap_rps, util)
figure("reps_trough", reps_trough, "{:d} replicas", "Replicas at the overnight trough")
desired_base = np.array([llm.replicas_needed(d, cap_rps, util) for d in base])
cost_static = reps_peak * usd_rep_h * 24
cost_ideal = desired_base.sum() / 60 * usd_rep_h
figure("cost_static_day", cost_static, "${:,.0f}", "Per day, sized for the diurnal peak around the clock")
figure("cost_ideal_day", cost_ideal, "${:,.0f}", "Per day, following the diurnal curve perfectly (on demand)")
figure("ideal_saving", 1 - cost_ideal / cost_static, "{:.0%}", "Saving of perfect tracking over static peak sizing")
figure("hpa_example", math.ceil(10 * 0.91 / util), "{:d} replicas",
       "HPA rule: 10 replicas at 91% of measured capacity with a 70% target")

# %% [markdown]
# ## 7. Warm pools against SLO misses: a day simulated minute by minute
#
# A reactive controller reads demand one minute late and asks for
# ceil(demand / (capacity x set point)) replicas. Extra replicas come first from a pool of
# hot standbys (ready within a minute) and otherwise from new nodes (ready after the cold
# lead time); every replica taken from the pool is replaced through the cold path. Scale-down
# waits out a stabilisation window, drains for the drain window, and parks drained replicas
# in the pool until it is full. A minute counts as an SLO miss when demand exceeds `util_max`
# of the capacity actually serving. Billing covers serving, pool, draining and booting nodes.

# %%
lead_cold_min = math.ceil(totals[1] / 60)
lead_pool_min = 1
drain_min = math.ceil(drain_s / 60)
figure("lead_cold_min", lead_cold_min, "{:d} min", "Cold lead time in the simulation (rounded up)")
figure("lead_pool_min", lead_pool_min, "{:d} min", "Pool lead time in the simulation")


def simulate(pool_size, setpoint, dem=demand, days=2):
    """Return (mean billed replicas, SLO-miss minutes, share of requests in missed minutes, scale-downs, series)."""
    active = llm.replicas_needed(dem[0], cap_rps, setpoint)
    pool = pool_size
    pend_act = []   # minute a pool replica becomes active
    pend_cold = []  # (minute, destination) for new nodes
    draining = []   # minute a draining replica finishes
    history = []
    billed = misses = removed = colds = 0
    missed_req = 0.0
    series = {"cap": [], "pool": []}
    for day in range(days):
        for m in range(1440):
            t = day * 1440 + m
            # arrivals
            arrived = [x for x in pend_act if x <= t]
            active += len(arrived)
            pend_act = [x for x in pend_act if x > t]
            for when, dest in [x for x in pend_cold if x[0] <= t]:
                if dest == "active":
                    active += 1
                else:
                    pool += 1
            pend_cold = [x for x in pend_cold if x[0] > t]
            done = [x for x in draining if x <= t]
            draining = [x for x in draining if x > t]
            for _ in done:
                pool_target = pool + sum(1 for x in pend_cold if x[1] == "pool")
                if pool_target < pool_size:
                    pool += 1
            # decide on the demand seen one minute ago
            seen = dem[m - 1] if m > 0 else dem[-1]
            want = max(min_reps, llm.replicas_needed(seen, cap_rps, setpoint))
            history.append(want)
            supply = active + len(pend_act) + sum(1 for x in pend_cold if x[1] == "active")
            if want > supply:
                need = want - supply
                k = min(need, pool)
                pool -= k
                pend_act += [t + lead_pool_min] * k
                pend_cold += [(t + lead_cold_min, "active")] * (need - k)
                pend_cold += [(t + lead_cold_min, "pool")] * k
                if day == days - 1:
                    colds += need
            else:
                keep = max(history[-stab_min:])
                if keep < active * (1 - tolerance) and not pend_act:
                    r = min(active - keep, max(1, active // 10))
                    active -= r
                    draining += [t + drain_min] * r
                    if day == days - 1:
                        removed += r
            if day == days - 1:
                capacity = active * cap_rps
                if dem[m] > util_max * capacity:
                    misses += 1
                    missed_req += dem[m]
                billed += active + pool + len(pend_act) + len(pend_cold) + len(draining)
                series["cap"].append(capacity)
                series["pool"].append(pool)
    return billed / 1440, misses, missed_req / dem.sum(), removed, series, colds


pool_sizes = list(range(0, 13))
runs = {u: [simulate(w, u) for w in pool_sizes] for u in (util, util_hot)}
r70, r80 = runs[util], runs[util_hot]
choice = 7
assume("pool_choice", choice, "{:d} replicas", "Warm-pool size chosen from the chart", "design choice")
for tag, res in (("70", r70), ("80", r80)):
    figure(f"sim{tag}_cost_h_w0", res[0][0] * usd_rep_h, "${:,.0f}/h", f"Set point {tag}%: mean cost with no pool")
    figure(f"sim{tag}_miss_w0", res[0][1], "{:d} min", f"Set point {tag}%: SLO-miss minutes per day, no pool")
    figure(f"sim{tag}_cost_h_pick", res[choice][0] * usd_rep_h, "${:,.0f}/h",
           f"Set point {tag}%: mean cost with the chosen pool")
    figure(f"sim{tag}_miss_pick", res[choice][1], "{:d} min", f"Set point {tag}%: SLO-miss minutes with the pool")
    figure(f"sim{tag}_missreq_w0", res[0][2], "{:.1%}", f"Set point {tag}%: share of requests in missed minutes, no pool")
    figure(f"sim{tag}_missreq_pick", res[choice][2], "{:.2%}",
           f"Set point {tag}%: share of requests in missed minutes, chosen pool")
    figure(f"sim{tag}_cost_day_pick", res[choice][0] * usd_rep_h * 24, "${:,.0f}",
           f"Set point {tag}%: cost per day with the chosen pool")
    figure(f"sim{tag}_miss_max_pool", res[-1][1], "{:d} min", f"Set point {tag}%: misses with a pool of 12")
static_miss = int((demand > util_max * reps_peak * cap_rps).sum())
figure("static_miss", static_miss, "{:d} min", "SLO-miss minutes per day with a static fleet sized for the diurnal peak")
figure("static_missreq", demand[demand > util_max * reps_peak * cap_rps].sum() / demand.sum(), "{:.1%}",
       "Share of requests in those minutes")
figure("static_cost_h", cost_static / 24, "${:,.0f}/h", "Static fleet per hour")
r60 = simulate(0, 0.6)
figure("sim60_cost_h_w0", r60[0] * usd_rep_h, "${:,.0f}/h", "Set point 60%, no pool: mean cost")
figure("sim60_miss_w0", r60[1], "{:d} min", "Set point 60%, no pool: SLO-miss minutes")
figure("cold_starts_day", r70[choice][5], "{:d} nodes", "New nodes started per day (70% set point, chosen pool)")
figure("reactive_floor_min", 1 + lead_pool_min, "{:d} min",
       "Least a surge above the headroom costs: one minute to see it plus the pool's lead")
pool_cost_h = choice * usd_rep_h
figure("pool_cost_h", pool_cost_h, "${:,.0f}/h", "The chosen pool's cost per hour if idle")
figure("pool_cost_day", pool_cost_h * 24, "${:,.0f}", "Same per day")
figure("pool_cost_day_batch", pool_cost_h * 24 * (1 - batch_value), "${:,.0f}",
       "Same per day when batch work earns back part of it")
figure("pool_share_peak", choice / reps_peak, "{:.0%}", "Pool as a share of the peak fleet")
figure("pool_gpus", choice * TP, "{:d} GPUs", "GPUs in the chosen pool")
figure("sim70_vs_static", 1 - r70[choice][0] * usd_rep_h * 24 / cost_static, "{:.0%}",
       "Saving of the 70% policy with its pool against static peak sizing")
figure("sim80_vs_70", 1 - r80[choice][0] / r70[choice][0], "{:.0%}", "Saving of the 80% set point over 70%, same pool")
figure("scale_downs_day", r70[choice][3], "{:d} replicas", "Replicas drained per day (70% set point, chosen pool)")
surge_need = max(s[1] for s in surges)
figure("biggest_surge_reps", math.ceil(peak_rps * (1 + surge_need) / (cap_rps * util_max)) - reps_peak, "{:d} replicas",
       "Replicas the largest surge at peak needs beyond the peak fleet")
figure("headroom_absorbs", util_max / util - 1, "{:.0%}", "Surge the 70% set point absorbs before missing")
figure("headroom_absorbs_80", util_max / util_hot - 1, "{:.0%}", "Surge the 80% set point absorbs before missing")

net = [(r[0] - w * batch_value) * usd_rep_h for w, r in zip(pool_sizes, r70)]
figure("sim70_net_h_pick", net[choice], "${:,.0f}/h", "Set point 70%, chosen pool running batch work: net cost")
fig, ax = new_chart()
fig.set_size_inches(7.6, 4.0)
ax.plot(pool_sizes, [r[0] * usd_rep_h for r in r70], marker="o", color=SERIES[0], label="cost, 70% set point")
ax.plot(pool_sizes, [r[0] * usd_rep_h for r in r80], marker="o", linestyle="--", color=SERIES[0],
        label="cost, 80% set point")
ax.plot(pool_sizes, net, linestyle=":", color=SERIES[0], label="cost, 70%, pool serving batch work (net)")
ax.axhline(cost_static / 24, color="#868e96", linestyle="-.", linewidth=1.4, label="cost, static fleet sized for peak")
ax.plot([0], [r60[0] * usd_rep_h], marker="*", markersize=13, linestyle="none", color=SERIES[0],
        label="cost, 60% set point, no pool")
ax.set_xlabel("Hot-standby pool (70B TP8 replicas)")
ax.set_ylabel("Mean cost, USD per hour (blue)")
ax.set_ylim(0, cost_static / 24 * 1.25)
ax2 = ax.twinx()
ax2.plot(pool_sizes, [r[1] for r in r70], marker="s", color=SERIES[1], label="SLO-miss minutes, 70% set point")
ax2.plot(pool_sizes, [r[1] for r in r80], marker="s", linestyle="--", color=SERIES[1],
         label="SLO-miss minutes, 80% set point")
ax2.plot([0], [r60[1]], marker="*", markersize=13, linestyle="none", color=SERIES[1],
         label="SLO-miss minutes, 60% set point, no pool")
ax2.set_ylabel("Minutes per day above 90% of serving capacity (orange)")
ax2.set_ylim(0, max(r[1] for r in r80) * 1.25)
ax2.grid(False)
ax.axvline(choice, color=SERIES[2], linestyle=":", linewidth=1.2)
lines = ax.get_lines()[:5] + ax2.get_lines()
ax.legend(lines, [ln.get_label() for ln in lines], frameon=False, fontsize=8, loc="upper center",
          bbox_to_anchor=(0.5, -0.16), ncol=2)
show(fig, alt="Chart with two axes over a simulated day with five surges: mean fleet cost per hour rises in a "
              "straight line with each hot-standby replica and reaches the cost of a static fleet at about eight; "
              "minutes of SLO misses fall steeply over the first seven pool replicas and then flatten at a few "
              "minutes; the 80 percent set point is cheaper but misses more at every pool size; a 60 percent set "
              "point with no pool costs less than the 70 percent policy with seven standbys and misses fewer "
              "minutes; a pool that runs batch work between surges costs about half as much")

# %% [markdown]
# ## 8. Scale-down safety: draining long streams

# %%
longest_s = prefill_mean + max_tokens * tpot_slo
figure("longest_stream_s", longest_s, "{:.0f} s", "Longest answer at the TPOT objective")
figure("k8s_cut_tokens", k8s_grace_s / tpot_slo, "{:,.0f} tokens", "Answer length a 30 s grace period can finish")
figure("aws_notice_tokens", aws_notice_s / tpot_slo, "{:,.0f} tokens", "Answer length a 120 s notice can finish")
figure("gcp_notice_tokens", gcp_notice_s / tpot_slo, "{:,.0f} tokens", "Answer length a 30 s notice can finish")
# In-flight long streams on a replica: Little's law on the long class alone
long_dur = prefill_mean + long_tok * op_s
figure("long_dur_s", long_dur, "{:.0f} s", "Duration of a long answer at the set point")
figure("long_inflight", llm.little_concurrency(op_rps * long_share, long_dur), "{:.1f} streams",
       "Long streams in flight on one replica")
figure("long_inflight_share", op_rps * long_share * long_dur / streams_rep, "{:.0%}",
       "Their share of the replica's open streams")
drain_cost = drain_s / 3600 * usd_rep_h
figure("drain_cost", drain_cost, "${:.2f}", "Billed time of one drain window")
figure("drain_cost_day", drain_cost * r70[choice][3], "${:,.0f}", "Drain windows per day, billed")
# Resume elsewhere instead of waiting: re-prefill prompt + tokens already sent, on another replica
resume_tokens = prompt_tok + long_tok
figure("resume_prefill_ms", llm.prefill_time_s(P70, resume_tokens, TP * F1, mfu) * 1e3, "{:.0f} ms",
       "Re-prefill of a long stream near its end on another replica")
figure("resume_kv_mb", llm.kv_cache_bytes_per_sequence(L70, int(resume_tokens)) / 1e6, "{:,.0f} MB",
       "KV that a live migration would copy instead")
figure("resume_kv_copy_ms", llm.kv_cache_bytes_per_sequence(L70, int(resume_tokens)) / (rdma_bps * TP) * 1e3,
       "{:.0f} ms", "Copying that KV across 8 RDMA NICs")

# %% [markdown]
# ## 9. Reserved, on-demand and spot
#
# A reservation costs (1 - discount) x on-demand for every hour of the term whether used or
# not; on-demand costs full price only while running. So a replica-slot is worth reserving
# when it is busy more than (1 - discount) of the day. The duration curve of the diurnal
# demand says how many slots clear that bar.

# %%
usd_res = usd_od * (1 - res_disc)
usd_spot = usd_od * (1 - spot_disc)
figure("usd_reserved", usd_res, "${:.2f} per GPU-hour", "Reserved price")
figure("usd_spot", usd_spot, "${:.2f} per GPU-hour", "Spot price")
breakeven_h = 24 * (1 - res_disc)
figure("breakeven_h", breakeven_h, "{:.1f} h/day", "Hours a day a slot must be busy to be worth reserving")
levels = np.arange(1, reps_peak + 1)
hours_at = np.array([(desired_base >= k).sum() / 60 for k in levels])
k_res = int((hours_at >= breakeven_h).sum())
figure("reps_reserved", k_res, "{:d} replicas", "Replicas worth reserving")
figure("reps_reserved_share", k_res / reps_peak, "{:.0%}", "Reserved share of the peak fleet")
figure("reps_on_demand_peak", reps_peak - k_res, "{:d} replicas", "On-demand replicas at the peak")
cost_all_res = reps_peak * TP * usd_res * 24
cost_mix = k_res * TP * usd_res * 24 + hours_at[k_res:].sum() * TP * usd_od
cost_all_od = hours_at.sum() * TP * usd_od
figure("cost_all_reserved_day", cost_all_res, "${:,.0f}", "Per day: reserve the whole peak fleet")
figure("cost_all_od_day", cost_all_od, "${:,.0f}", "Per day: track the curve with on-demand only")
figure("cost_mix_day", cost_mix, "${:,.0f}", "Per day: reserved base plus on-demand hump")
figure("mix_vs_all_res", 1 - cost_mix / cost_all_res, "{:.0%}", "Mix saving over reserving the peak")
figure("mix_vs_all_od", 1 - cost_mix / cost_all_od, "{:.0%}", "Mix saving over on-demand only")
figure("insurance_day", cost_all_res - cost_mix, "${:,.0f}",
       "Extra per day to reserve the whole peak (insurance against on-demand shortfalls)")
figure("pool_spot_day", choice * TP * usd_spot * 24, "${:,.0f}", "The chosen pool per day on spot")

# %% [markdown]
# ## 10. Bin-packing replicas onto 8-GPU nodes
#
# Replica shapes first: the GPUs each model needs for weights plus KV headroom. Then a
# small placement experiment: a mixed fleet placed by spreading (fewest GPUs used first, the
# scheduler's default scoring) or by best fit, then half of every model's replicas
# removed at night, by a node-blind autoscaler or by one that drains the emptiest nodes
# first. Only an empty node can be released.

# %%
W8b = llm.weights_bytes(L8)
Wmx = llm.weights_bytes(MX)
W70f8 = llm.weights_bytes(L70, llm.FP8_BYTES)
W405 = llm.weights_bytes(L405)
W405f8 = llm.weights_bytes(L405, llm.FP8_BYTES)
figure("l8_weights_gb", W8b / 1e9, "{:.1f} GB", "8B in BF16")
figure("mx_weights_gb", Wmx / 1e9, "{:.1f} GB", "Mixtral 8x7B in BF16")
figure("l70_fp8_gb", W70f8 / 1e9, "{:.1f} GB", "70B in FP8")
figure("l405_weights_gb", W405 / 1e9, "{:.0f} GB", "405B in BF16")
figure("l405_fp8_gb", W405f8 / 1e9, "{:.0f} GB", "405B in FP8")
figure("l8_min_gpus", llm.gpus_to_hold(W8b, H100, 1 - reserve), "{:d}", "Fewest H100s that hold 8B")
figure("l70_min_gpus", llm.gpus_to_hold(W70, H100, 1 - reserve), "{:d}", "Fewest H100s that hold 70B BF16")
figure("mx_min_gpus", llm.gpus_to_hold(Wmx, H100, 1 - reserve), "{:d}", "Fewest H100s that hold Mixtral")
figure("l70f8_min_gpus", llm.gpus_to_hold(W70f8, H100, 1 - reserve), "{:d}", "Fewest H100s that hold 70B FP8")
figure("l405_min_gpus", llm.gpus_to_hold(W405, H100, 1 - reserve), "{:d}", "Fewest H100s that hold 405B BF16")
figure("l405f8_min_gpus", llm.gpus_to_hold(W405f8, H100, 1 - reserve), "{:d}", "Fewest H100s that hold 405B FP8")
node_usable = TP * HBM1 * (1 - reserve)
figure("node_usable_gb", node_usable / 1e9, "{:.0f} GB", "Usable HBM of one 8-GPU node")
figure("l405_nodes", math.ceil(W405 / node_usable), "{:d} nodes", "Nodes one 405B BF16 replica spans")
figure("l405f8_kv_gb", llm.kv_budget_bytes(TP * HBM1, W405f8, reserve) / 1e9, "{:.0f} GB",
       "KV budget of 405B FP8 on one node")
figure("mx_tp2_kv_gb", llm.kv_budget_bytes(2 * HBM1, Wmx, reserve) / 1e9, "{:.0f} GB", "KV budget of Mixtral at TP2")
figure("l70f8_tp4_kv_gb", llm.kv_budget_bytes(4 * HBM1, W70f8, reserve) / 1e9, "{:.0f} GB",
       "KV budget of 70B FP8 at TP4")
figure("l8_tp1_kv_gb", llm.kv_budget_bytes(HBM1, W8b, reserve) / 1e9, "{:.0f} GB", "KV budget of 8B on one GPU")
# H200 fallback for the twist: 70B BF16 on H200s
figure("h200_tp2_kv_gb", llm.kv_budget_bytes(2 * H200.hbm_bytes, W70, reserve) / 1e9, "{:.0f} GB",
       "KV budget of 70B BF16 on two H200s")
figure("h200_tp4_kv_gb", llm.kv_budget_bytes(4 * H200.hbm_bytes, W70, reserve) / 1e9, "{:.0f} GB",
       "KV budget of 70B BF16 on four H200s")
figure("h200_tp4_seqs", llm.max_batch_by_kv_memory(llm.kv_budget_bytes(4 * H200.hbm_bytes, W70, reserve), KV70,
                                                   int(ctx_mean)), "{:,d} sequences",
       "Mean sequences on four H200s")
figure("h100_tp8_seqs", kv_cap, "{:,d} sequences", "Mean sequences on eight H100s (for comparison)")

fleet = [1] * 30 + [2] * 12 + [4] * 6  # 8B TP1, Mixtral TP2, 70B FP8 TP4
figure("mix_replicas", len(fleet), "{:d} replicas", "Replicas in the mixed small-model fleet at peak")
figure("mix_gpus", sum(fleet), "{:d} GPUs", "GPUs they use")
figure("mix_min_nodes", math.ceil(sum(fleet) / TP), "{:d} nodes", "Nodes if perfectly packed")


def place(order, policy):
    """Place replicas (GPU counts) on 8-GPU nodes; add a node only when nothing fits."""
    free, where = [], []
    for g in order:
        fits = [i for i, f in enumerate(free) if f >= g]
        if not fits:
            free.append(TP)
            fits = [len(free) - 1]
        i = max(fits, key=lambda j: free[j]) if policy == "spread" else min(fits, key=lambda j: free[j])
        free[i] -= g
        where.append(i)
    return free, where


def night(order, where, n_nodes, policy, rng):
    """Remove half of each shape's replicas; return nodes left completely empty."""
    used = [0] * n_nodes
    for g, i in zip(order, where):
        used[i] += g
    alive = list(range(len(order)))
    for shape in (1, 2, 4):
        mine = [r for r in alive if order[r] == shape]
        drop = len(mine) // 2
        if policy == "blind":
            victims = list(rng.choice(mine, size=drop, replace=False))
        else:  # drain the emptiest nodes first
            victims = sorted(mine, key=lambda r: used[where[r]])[:drop]
        for r in victims:
            used[where[r]] -= order[r]
            alive.remove(r)
    return sum(1 for u in used if u == 0), sum(order[r] for r in alive)


prng = np.random.default_rng(11)
order = list(prng.permutation(fleet))
free_s, where_s = place(order, "spread")
free_p, where_p = place(order, "pack")
empty_blind, left_gpus = night(order, where_s, len(free_s), "blind", np.random.default_rng(3))
empty_aware, _ = night(order, where_p, len(free_p), "aware", None)
figure("nodes_spread", len(free_s), "{:d} nodes", "Nodes used at peak, spread placement")
figure("nodes_pack", len(free_p), "{:d} nodes", "Nodes used at peak, best-fit placement")
figure("night_gpus", left_gpus, "{:d} GPUs", "GPUs still needed after the night-time halving")
figure("night_min_nodes", math.ceil(left_gpus / TP), "{:d} nodes", "Nodes that would hold them if packed")
figure("empty_blind", empty_blind, "{:d} nodes", "Nodes released: spread placement, node-blind scale-down")
figure("empty_aware", empty_aware, "{:d} nodes", "Nodes released: best fit, emptiest-node-first scale-down")
night_h = int(assume("night_h", 8, "{:d} h", "Hours a night the halved fleet runs", "assumption"))
figure("pack_saving_night", (empty_aware - empty_blind) * TP * usd_od * night_h, "${:,.0f}",
       "On-demand cost saved per night by packing-aware scale-down")
figure("stranded_blind", len(free_s) * TP - left_gpus - empty_blind * TP, "{:d} GPUs",
       "Idle GPUs on partly used nodes, spread and node-blind")

# %% [markdown]
# ## 11. Scaling 10x, 100x, 1000x

# %%
ramp_per_h = (anchors_v[3] - anchors_v[2]) / (anchors_h[3] - anchors_h[2])
for mult, tag in ((1, "x1"), (10, "x10"), (100, "x100"), (1000, "x1000")):
    reps = llm.replicas_needed(peak_rps * mult, cap_rps, util)
    figure(f"{tag}_reps", reps, "{:,d} replicas", f"Peak replicas at {tag}")
    figure(f"{tag}_gpus", reps * TP, "{:,d} GPUs", f"Peak GPUs at {tag}")
    per_min = reps * ramp_per_h / 60
    figure(f"{tag}_ramp_reps_min", per_min, "{:,.1f} replicas/min", f"Replicas started per minute on the ramp at {tag}")
    figure(f"{tag}_ramp_store_gbps", per_min * W70 / 60 / 1e9, "{:,.1f} GB/s",
           f"Object-store read rate if every ramp start loads from the store at {tag}")
    figure(f"{tag}_cost_day_m", reps * usd_rep_h * 24 / 1e6, "${:,.2f}M", f"Per day sized for peak at {tag}")
    # If surges come from many independent tenants, their relative size shrinks as 1/sqrt(scale)
    figure(f"{tag}_pool_share", choice / reps_peak / math.sqrt(mult), "{:.1%}",
           f"Pool share of the fleet at {tag} if surges are independent tenant bursts")
figure("x1000_rollout_pb", llm.replicas_needed(peak_rps * 1000, cap_rps, util) * W70 / 1e15, "{:.1f} PB",
       "Weight bytes a full model rollout moves at 1000x")
figure("x1000_rollout_peer_s", W70 / TP / rdma_bps * math.ceil(math.log2(llm.replicas_needed(peak_rps * 1000, cap_rps, util))),
       "{:.0f} s", "Rollout by peer-to-peer doubling (each loaded replica seeds another), at 1000x")

# %% [markdown]
# ## 12. Interviewer twists

# %%
# Launch day: 5x a normal peak for the first hour
launch_reps = llm.replicas_needed(peak_rps * surge_x, cap_rps, util)
figure("launch_reps", launch_reps, "{:,d} replicas", "Replicas for a launch-day peak")
figure("launch_extra_gpus", (launch_reps - reps_peak) * TP, "{:,d} GPUs", "GPUs beyond the normal peak fleet")
figure("launch_stage_tb", (launch_reps - reps_peak) * W70 / 1e12, "{:.1f} TB", "Weights to stage for them")
# Scale to zero for a rarely used 8B fine-tune
t8_store = W8b / (store_par_gbps * 1e9)
t8_nvme = W8b / (nvme_gbps * 1e9)
t8_nvlink = W8b / (ref.H100_NVLINK_GBPS_BIDIR * 1e9 / 2 * rdma_eff)
figure("l8_load_store_s", t8_store, "{:.1f} s", "8B from the object store (parallel)")
figure("l8_load_nvme_s", t8_nvme, "{:.1f} s", "8B from local NVMe")
figure("l8_load_nvlink_s", t8_nvlink, "{:.2f} s", "8B copied from a sibling GPU over NVLink")
figure("l8_first_ttft_s", t8_nvme + warmup_cached_s + register_s, "{:.0f} s",
       "First request's wait when scaled to zero, weights on NVMe, cached warm-up")
figure("l8_always_on_day", usd_od * 24, "${:.0f}", "Keeping one GPU warm for it per day")
figure("l8_always_on_per_req", usd_od * 24 / (rare_rph * 24), "${:.2f}", "Per request, if always on")
# Spot for serving: streams a reclaim notice cannot finish
