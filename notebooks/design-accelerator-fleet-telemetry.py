# %% [markdown]
# # Design telemetry and serving for a custom AI accelerator fleet
#
# The back-of-the-envelope notebook behind the walkthrough. GPU specifications and model
# shapes come only from `estimates.reference`, formulas only from `estimates.llm`. The custom
# chip is hypothetical: every one of its numbers is a stated assumption, chosen to sit in the
# same range as the public GPUs it is compared with, and labelled as such.
#
# Sections:
#
# 1. Inputs
# 2. Hand-checked values
# 3. The chips side by side, and a 70B replica on each
# 4. Telemetry volume: devices x series x Hz x bytes
# 5. Failures at fleet scale and what they cost in serving capacity (chart)
# 6. Health automation guard rails
# 7. Silent data corruption: known-answer tests, canaries, exposure
# 8. Firmware and driver rollouts by wave (chart: can a wave's gate see a regression?)
# 9. Compiled artefacts per chip generation
# 10. Capacity accounting
# 11. Mixed fleet: capacity, cost and routing by model
# 12. Scaling 10x, 100x, 1000x
# 13. Interviewer twists

# %% [markdown]
# ## 1. Inputs
#
# "Assumption" marks a number this walkthrough chose. Reference constants carry their
# datasheet or config.json source. "Llama 3 report" marks figures from Meta's
# *The Llama 3 Herd of Models* (arXiv:2407.21783) as reported by DatacenterDynamics.

# %%
import math

import numpy as np

from estimates import assume, assumptions_table, figure, restate
from estimates import llm
from estimates import reference as ref
from estimates.charts import SERIES, new_chart, show

L70 = ref.MODELS["llama-3.1-70b"]
H100 = ref.GPUS["h100-sxm"]


# Public GPU and model, restated from the reference module
restate("h100_hbm_gb", "H100_SXM_HBM_GB", "{:.0f} GB", "H100 SXM memory (decimal GB)")
restate("h100_hbm_tbps", "H100_SXM_HBM_TBPS", "{:.2f} TB/s", "H100 SXM memory bandwidth")
restate("h100_bf16_sparse", "H100_SXM_BF16_SPARSE_TFLOPS", "{:,.0f} TFLOP/s",
        "H100 SXM BF16 peak as the datasheet prints it (with 2:4 sparsity)")
restate("l70_layers", "LLAMA31_70B_LAYERS", "{:.0f}", "Llama 3.1 70B layers")
restate("l70_kv_heads", "LLAMA31_70B_KV_HEADS", "{:.0f}", "Llama 3.1 70B KV heads (GQA)")
restate("l70_head_dim", "LLAMA31_70B_HEAD_DIM", "{:.0f}", "Llama 3.1 70B head_dim")

# The custom chip: two generations, every number an assumption (not a datasheet)
c1_hbm_gb = assume("c1_hbm_gb", 96, "{:.0f} GB", "Custom chip gen 1 (C1): HBM capacity", "assumption")
c1_tbps = assume("c1_tbps", 2.4, "{:.1f} TB/s", "C1: HBM bandwidth", "assumption")
c1_tflops = assume("c1_tflops", 600, "{:,.0f} TFLOP/s", "C1: BF16 peak, dense", "assumption")
c1_w = assume("c1_w", 500, "{:.0f} W", "C1: board power", "assumption")
c2_hbm_gb = assume("c2_hbm_gb", 192, "{:.0f} GB", "Custom chip gen 2 (C2): HBM capacity", "assumption")
c2_tbps = assume("c2_tbps", 5.0, "{:.1f} TB/s", "C2: HBM bandwidth", "assumption")
c2_tflops = assume("c2_tflops", 1_200, "{:,.0f} TFLOP/s", "C2: BF16 peak, dense", "assumption")
c2_w = assume("c2_w", 900, "{:.0f} W", "C2: board power", "assumption")
h100_w = assume("h100_w", 700, "{:.0f} W", "H100 SXM board power used for the power budget", "assumption")
host_w = assume("host_w", 1_500, "{:,.0f} W", "Host overhead per 8-device host (CPUs, NICs, fans)", "assumption")
per_host = int(assume("per_host", 8, "{:d} devices", "Accelerators per host, every type", "assumption"))
links = int(assume("links", 7, "{:d} links", "Chip-to-chip links per custom device (full mesh inside a host)",
                   "assumption"))
hbm_stacks = int(assume("hbm_stacks", 6, "{:d} stacks", "HBM stacks per custom device", "assumption"))

# The fleet
n_c1 = assume("n_c1", 48_000, "{:,.0f} devices", "C1 devices in the fleet", "assumption")
n_c2 = assume("n_c2", 16_000, "{:,.0f} devices", "C2 devices in the fleet", "assumption")
n_h100 = assume("n_h100", 16_000, "{:,.0f} devices", "H100 GPUs in the fleet", "assumption")
tp_c1 = int(assume("tp_c1", 4, "TP{:d}", "70B replica shape on C1", "design choice"))
tp_c2 = int(assume("tp_c2", 2, "TP{:d}", "70B replica shape on C2", "design choice"))
tp_h = int(assume("tp_h", 8, "TP{:d}", "70B replica shape on H100", "design choice"))

# Engine efficiency, request shape, price
bw_eff = assume("bw_eff", 0.7, "{:.0%}", "Share of peak HBM bandwidth sustained in decode", "assumption")
mfu = assume("mfu", 0.5, "{:.0%}", "Share of dense peak FLOP/s sustained on batched tokens", "assumption")
reserve = assume("reserve", 0.10, "{:.0%}", "HBM held back for activations and fragmentation", "assumption")
batch = int(assume("batch", 64, "{:d} sequences", "Decode batch per replica at the operating point", "assumption"))
ctx = int(assume("ctx", 2_000, "{:,d} tokens", "Mean tokens held per decoding sequence", "assumption"))
out_tok = assume("out_tok", 300, "{:,.0f} tokens", "Mean output tokens per request", "assumption")
util = assume("util", 0.7, "{:.0%}", "Target share of replica capacity used at peak", "design choice")
usd_c1 = assume("usd_c1", 1.20, "${:.2f}/device-hour", "C1 fully loaded cost (amortised capex + power)", "assumption")
usd_c2 = assume("usd_c2", 2.50, "${:.2f}/device-hour", "C2 fully loaded cost", "assumption")
usd_h = assume("usd_h", 3.00, "${:.2f}/device-hour", "H100 cost (an assumption, not a quote)", "assumption")
demand_share = assume("demand_share", 0.62, "{:.0%}",
                      "Peak demand as a share of the fleet's raw 70B-equivalent decode capacity", "assumption")

# Telemetry
series_mix = {
    "temperatures (die hot spots, HBM stacks, inlet)": 10,
    "power (board, core rail, HBM rail, limit)": 4,
    "clocks (core, memory, link)": 3,
    "utilisation (matrix, vector, HBM bandwidth, link tx/rx, busy)": 6,
    "throttle (reason bitmask + 5 cumulative time counters)": 6,
    "HBM ECC (correctable, uncorrectable per stack)": 2 * hbm_stacks,
    "on-chip SRAM ECC": 4,
    "memory repair (rows remapped, remap pending)": 2,
    "chip-to-chip links (CRC, replay, retrain, down, tx, rx per link)": 6 * links,
    "host PCIe link": 6,
    "versions and state (firmware, driver, health state)": 3,
}
fast_keys = list(series_mix)[:5]
series_dev = sum(series_mix.values())
series_fast = sum(series_mix[k] for k in fast_keys)
fast_hz = assume("fast_hz", 1.0, "{:.0f} Hz", "Export rate of the fast tier (thermal, power, clocks, utilisation)",
                 "design choice")
slow_hz = assume("slow_hz", 0.1, "{:.1f} Hz", "Export rate of the slow tier (counters: ECC, links, PCIe)",
                 "design choice")
local_hz = assume("local_hz", 10, "{:.0f} Hz", "Local sampling rate of the host agent (flight recorder)",
                  "design choice")
naive_hz = assume("naive_hz", 10, "{:.0f} Hz", "Naive design: export every series at this rate", "assumption")
raw_bytes = assume("raw_bytes", 16, "{:.0f} bytes", "Raw sample: 8-byte timestamp + 8-byte value", "assumption")
wire_bytes = assume("wire_bytes", 4, "{:.0f} bytes", "Bytes per sample on the wire after batching and compression",
                    "assumption")
tsdb_bytes = assume("tsdb_bytes", 1.5, "{:.1f} bytes",
                    "Bytes per stored sample in a compressed TSDB (Prometheus docs: 1-2 bytes)",
                    "Prometheus docs, Storage, https://prometheus.io/docs/prometheus/latest/storage/ (checked 2026-11-23)")
ret_days = assume("ret_days", 15, "{:.0f} days", "Full-resolution retention", "design choice")
ds_s = assume("ds_s", 300, "{:.0f} s", "Downsampled resolution for long retention", "design choice")
ds_days = assume("ds_days", 400, "{:.0f} days", "Downsampled retention (a year plus a quarter, for seasonality)",
                 "design choice")
ring_s = assume("ring_s", 600, "{:.0f} s", "Flight-recorder window kept on each host", "design choice")
shard_series = assume("shard_series", 2_000_000, "{:,.0f} series", "Active series one TSDB shard holds comfortably",
                      "assumption")
shard_sps = assume("shard_sps", 500_000, "{:,.0f} samples/s", "Ingest one TSDB shard sustains comfortably",
                   "assumption")
events_dev_day = assume("events_dev_day", 20, "{:.0f} events", "Routine events per device per day (throttle "
                        "transitions, correctable-error bursts, link retrains)", "assumption")
event_bytes = assume("event_bytes", 500, "{:.0f} bytes", "Size of one structured event", "assumption")

# Failures (the same rates for every device type; an assumption)
lam_soft = assume("lam_soft", 0.30, "{:.2f} per device-year", "Device faults fixed by a reset (hang, "
                  "uncorrectable ECC with pending repair, link retrain failure)", "assumption")
soft_h = assume("soft_h", 1.0, "{:.1f} h", "Out of service per reset-fixable fault (drain, reset, burn-in)",
                "assumption")
lam_hard = assume("lam_hard", 0.05, "{:.2f} per device-year", "Device faults that need a board swap", "assumption")
hard_days = assume("hard_days", 5, "{:.0f} days", "Out of service per board swap (diagnose, swap, burn-in)",
                   "assumption")
lam_host = assume("lam_host", 0.5, "{:.1f} per host-year", "Host faults (NIC, PSU, CPU, OS) that take all 8 "
                  "devices", "assumption")
host_h = assume("host_h", 4, "{:.0f} h", "Out of service per host fault", "assumption")
l3_unexp = assume("l3_unexp", 419, "{:,.0f}", "Unexpected interruptions in a 54-day Llama 3 405B snapshot",
                  "Llama 3 report")
l3_days = assume("l3_days", 54, "{:.0f} days", "Length of that snapshot", "Llama 3 report")
l3_gpus = assume("l3_gpus", 16_384, "{:,.0f} GPUs", "H100 GPUs in that job", "Llama 3 report")
l3_gpu_n = assume("l3_gpu_n", 148, "{:,.0f}", "Of those, faulty GPU", "Llama 3 report")
l3_hbm_n = assume("l3_hbm_n", 72, "{:,.0f}", "Of those, GPU HBM3 memory", "Llama 3 report")
drain_cap = assume("drain_cap", 0.01, "{:.0%}", "Most of a pool that automation may drain in one hour",
                   "design choice")
grace_s = assume("grace_s", 120, "{:.0f} s", "Drain grace for in-flight streams on a suspect device", "design choice")

# Silent data corruption
sdc_rate = assume("sdc_rate", 0.001, "{:.1%}", "Share of devices with a latent silent-corruption defect at any "
                  "time (assumption; of the order published for server CPUs)", "assumption")
kat_h = assume("kat_h", 6, "{:.0f} h", "Known-answer test interval per replica", "design choice")
kat_s = assume("kat_s", 30, "{:.0f} s", "Known-answer test duration (replica out of rotation)", "design choice")
p_kat = assume("p_kat", 0.3, "{:.0%}", "Chance one KAT pass trips on a defective device", "assumption")
canary_s = assume("canary_s", 60, "{:.0f} s", "Production canary interval per replica", "design choice")
canary_tok = assume("canary_tok", 32, "{:.0f} tokens", "Greedy tokens generated per canary", "design choice")
p_canary = assume("p_canary", 0.005, "{:.1%}", "Chance one canary trips on a defective device", "assumption")
prov_bytes = assume("prov_bytes", 80, "{:.0f} bytes", "Provenance record per request (request id, replica, "
                    "device set, artefact, times)", "design choice")
prov_days = assume("prov_days", 90, "{:.0f} days", "Provenance retention", "design choice")

# Rollouts
waves = [0.001, 0.01, 0.10, 0.50, 1.0]
assume("wave1", waves[0], "{:.1%}", "Wave 1: cumulative share of hosts", "design choice")
assume("wave2", waves[1], "{:.0%}", "Wave 2: cumulative share of hosts", "design choice")
assume("wave3", waves[2], "{:.0%}", "Wave 3: cumulative share of hosts", "design choice")
assume("wave4", waves[3], "{:.0%}", "Wave 4: cumulative share of hosts", "design choice")
bake_days = [1, 2, 2, 2]
assume("bake_total", sum(bake_days), "{:.0f} days", "Bake time between waves, in total (1, 2, 2, 2 days)",
       "design choice")
cycle_min = assume("cycle_min", 45, "{:.0f} min", "Per-host upgrade cycle: drain, flash, reboot, burn-in KAT",
                   "assumption")
par_share = assume("par_share", 0.02, "{:.0%}", "Share of a pool's hosts that may be upgrading at once",
                   "design choice")
alpha = assume("alpha", 0.05, "{:.0%}", "False-alarm rate accepted by a wave's gate", "design choice")
regress = assume("regress", 3.0, "{:.0f}x", "Fault-rate regression the gate must catch", "design choice")
rollouts_month = assume("rollouts_month", 2, "{:.0f}", "Firmware, driver or runtime rollouts per month",
                        "assumption")

# Compiled artefacts
n_models = int(assume("n_models", 10, "{:d} models", "Models in production", "assumption"))
n_targets = int(assume("n_targets", 3, "{:d} targets", "Hardware targets (C1, C2, H100)", "assumption"))
n_compilers = int(assume("n_compilers", 2, "{:d} versions", "Compiler versions live at once (N and N-1)",
                         "design choice"))
n_shapes = int(assume("n_shapes", 2, "{:d} shapes", "Parallel shapes per model and target", "assumption"))
compile_h = assume("compile_h", 1.5, "{:.1f} h", "Compile time of one artefact on a build machine", "assumption")
artifact_gb = assume("artifact_gb", 60, "{:.0f} GB", "Mean artefact size, weights laid out for the target",
                     "assumption")
assumptions_table()

# %% [markdown]
# ## 2. Hand-checked values

# %%
W70 = llm.weights_bytes(L70)
KV70 = llm.kv_cache_bytes_per_token(L70)
checks = [
    # 2 x 80 x 8 x 128 x 2 bytes = 327,680
    ("kv per token", KV70, 327_680, 0),
    # 70,553,706,496 params x 2 bytes
    ("70B BF16 bytes", W70, 141_107_412_992, 0),
    # Dense BF16 = 1,979 / 2
    ("H100 dense BF16", H100.bf16_dense_flops, 989.5e12, 0),
    # C1 TP4 KV budget: 4 x 96e9 x 0.9 - 141,107,412,992 = 204,492,587,008
    ("C1 TP4 KV budget", llm.kv_budget_bytes(4 * 96e9, W70, 0.1), 204_492_587_008, 0),
    # Step bytes at batch 64, 2,000 tokens: 141,107,412,992 + 64 x 2,000 x 327,680 = 183,050,452,992
    ("step bytes", llm.decode_bytes_per_step(W70, KV70, 64, 2000), 183_050_452_992, 0),
    # $1.20 x 4 devices = $4.80/h; 2,000 tokens/s = 7.2M tokens/h -> $0.6667 per million
    ("cost per million", llm.cost_per_million_tokens(1.2, 4, 2000), 0.6667, 1e-4),
]
for name, got, hand, tol in checks:
    assert abs(got - hand) <= tol, (name, got, hand)
assert series_dev == 98, series_dev
assert series_fast == 29, series_fast
figure("hand_checks", len(checks) + 2, "{:d} assertions", "Values checked against hand arithmetic")

# %% [markdown]
# ## 3. The chips side by side, and a 70B replica on each
#
# The custom chips are `GPUSpec` records built from the assumptions above, so the same
# `estimates.llm` formulas apply to all three.

# %%
C1 = ref.GPUSpec("C1 (assumed)", c1_hbm_gb * 1e9, c1_tbps * 1e12, c1_tflops * 1e12, None, 0)
C2 = ref.GPUSpec("C2 (assumed)", c2_hbm_gb * 1e9, c2_tbps * 1e12, c2_tflops * 1e12, None, 0)
chips = {"c1": (C1, tp_c1, usd_c1, c1_w, n_c1), "c2": (C2, tp_c2, usd_c2, c2_w, n_c2),
         "h": (H100, tp_h, usd_h, h100_w, n_h100)}

figure("h100_bf16_dense", H100.bf16_dense_flops / 1e12, "{:.1f} TFLOP/s", "H100 BF16 dense peak (half the printed figure)")
figure("ridge_c1", llm.ridge_point_flops_per_byte(C1), "{:.0f} FLOP/byte", "C1 ridge point")
figure("ridge_c2", llm.ridge_point_flops_per_byte(C2), "{:.0f} FLOP/byte", "C2 ridge point")
figure("ridge_h", llm.ridge_point_flops_per_byte(H100), "{:.0f} FLOP/byte", "H100 ridge point")
figure("l70_weights_gb", W70 / 1e9, "{:.1f} GB", "70B weights in BF16")
figure("kv_tok_kib", KV70 / 1024, "{:.0f} KiB", "70B KV per token in BF16")
figure("min_c1", llm.gpus_to_hold(W70, C1, 1 - reserve), "{:d} devices", "Fewest C1s whose usable HBM holds the weights")

rep = {}
for k, (spec, tp, usd, watts, n) in chips.items():
    budget = llm.kv_budget_bytes(tp * spec.hbm_bytes, W70, reserve)
    fits = llm.max_batch_by_kv_memory(budget, KV70, ctx)
    step = llm.decode_step_time_s(W70, KV70, batch, ctx, llm.param_count(L70), tp * spec.hbm_bytes_per_s,
                                  tp * spec.bf16_dense_flops, 1.0)
    mem = llm.decode_bytes_per_step(W70, KV70, batch, ctx) / (tp * spec.hbm_bytes_per_s * bw_eff)
    comp = batch * 2 * llm.param_count(L70) / (tp * spec.bf16_dense_flops * mfu)
    step = max(mem, comp)
    tps = batch / step
    rep[k] = dict(tp=tp, budget=budget, fits=fits, step=step, comp=comp, tps=tps, tps_dev=tps / tp,
                  cost=llm.cost_per_million_tokens(usd, tp, tps), n=n, replicas=n // tp, watts=watts, usd=usd)
    figure(f"{k}_kv_gb", budget / 1e9, "{:.0f} GB", f"KV budget of a 70B replica on {spec.name}")
    figure(f"{k}_fits", fits, "{:,d} sequences", f"Sequences of {ctx} tokens that fit, {spec.name}")
    figure(f"{k}_step_ms", step * 1e3, "{:.1f} ms", f"Decode step at batch {batch}, {spec.name}")
    figure(f"{k}_comp_ms", comp * 1e3, "{:.1f} ms", f"Compute part of that step, {spec.name}")
    figure(f"{k}_tps_rep", tps, "{:,.0f} tokens/s", f"Decode tokens/s per replica, {spec.name}")
    figure(f"{k}_tps_dev", tps / tp, "{:,.0f} tokens/s", f"Decode tokens/s per device, {spec.name}")
    figure(f"{k}_cost", rep[k]["cost"], "${:.2f}", f"Cost per million output tokens, {spec.name}")
    figure(f"{k}_tok_j", tps / (tp * watts), "{:.2f} tokens/J", f"Output tokens per joule of board power, {spec.name}")
    figure(f"{k}_replicas", n // tp, "{:,.0f} replicas", f"70B replicas the pool holds, {spec.name}")
figure("c1_vs_h_cost", rep["h"]["cost"] / rep["c1"]["cost"], "{:.1f}x", "H100 cost per token over C1's")
figure("c1_vs_h_dev", rep["h"]["tps_dev"] / rep["c1"]["tps_dev"], "{:.1f}x", "H100 tokens/s per device over C1's")

# %% [markdown]
# ## 4. Telemetry volume: devices x series x Hz x bytes

# %%
n_dev = n_c1 + n_c2 + n_h100
hosts = n_dev / per_host
figure("n_dev", n_dev, "{:,.0f} devices", "Devices in the fleet")
figure("hosts", hosts, "{:,.0f} hosts", "Hosts in the fleet")
figure("series_dev", series_dev, "{:,d} series", "Time series per device")
figure("series_fast", series_fast, "{:,d} series", "Series in the fast tier")
figure("series_slow", series_dev - series_fast, "{:,d} series", "Series in the slow tier")
figure("link_series", series_mix["chip-to-chip links (CRC, replay, retrain, down, tx, rx per link)"], "{:,d} series",
       "Series for the chip-to-chip links alone")
active = n_dev * series_dev
figure("active_series", active / 1e6, "{:.1f} million series", "Active series in the fleet")
figure("host_series", series_dev * per_host, "{:,.0f} series", "Series per host")

naive_sps = active * naive_hz
naive_bps = naive_sps * raw_bytes
figure("naive_sps", naive_sps / 1e6, "{:.0f} million samples/s", "Naive: every series at 10 Hz")
figure("naive_gbps", naive_bps / 1e9, "{:.1f} GB/s", "Naive raw volume")
figure("naive_tb_day", naive_bps * 86400 / 1e12, "{:,.0f} TB/day", "Naive raw volume per day")

sps_dev = series_fast * fast_hz + (series_dev - series_fast) * slow_hz
sps = n_dev * sps_dev
figure("sps_dev", sps_dev, "{:.1f} samples/s", "Tiered: samples per device per second")
figure("sps", sps / 1e6, "{:.2f} million samples/s", "Tiered: fleet samples per second")
figure("naive_over_tiered", naive_sps / sps, "{:.0f}x", "Naive over tiered sample rate")
wire = sps * wire_bytes
figure("wire_mbps", wire / 1e6, "{:.1f} MB/s", "Tiered: fleet volume on the wire")
figure("host_wire_kbps", wire / hosts / 1e3, "{:.1f} kB/s", "Tiered: volume per host on the wire")
store_day = sps * tsdb_bytes * 86400
figure("tsdb_gb_day", store_day / 1e9, "{:,.0f} GB/day", "Stored per day at full resolution")
figure("tsdb_full_tb", store_day * ret_days / 1e12, "{:.1f} TB", "Full-resolution store over the retention")
# Downsampled: 4 aggregates (min, max, mean, last) per series per 5 minutes
ds_store = active * 4 / ds_s * tsdb_bytes * 86400 * ds_days
figure("tsdb_ds_tb", ds_store / 1e12, "{:.1f} TB", "Downsampled store (4 aggregates per 5 min) over its retention")
shards_series = math.ceil(active / shard_series)
shards_ingest = math.ceil(sps / shard_sps)
figure("shards_series", shards_series, "{:d} shards", "TSDB shards needed for the active series")
figure("shards_ingest", shards_ingest, "{:d} shards", "TSDB shards needed for the ingest rate")
ring_bytes = series_dev * per_host * local_hz * raw_bytes * ring_s
figure("ring_mb", ring_bytes / 1e6, "{:.0f} MB", "Flight recorder per host (all series, 10 Hz, 10 minutes, raw)")
ev_s = n_dev * events_dev_day / 86400
figure("events_s", ev_s, "{:,.0f} events/s", "Routine events per second, fleet")
figure("events_gb_day", n_dev * events_dev_day * event_bytes / 1e9, "{:.1f} GB/day", "Event volume per day")
# Scrape-based detection delay versus edge evaluation
figure("scrape_detect_s", 15 + 15 + 60, "{:.0f} s", "Worst case: 15 s scrape + 15 s rule evaluation + 1 min 'for' clause")
# A 50 ms power excursion sampled at 1 Hz
figure("p_catch_spike", 0.05 * fast_hz, "{:.0%}", "Chance a 1 Hz gauge sample lands inside a 50 ms spike")

# %% [markdown]
# ### The MVP and the numbers that end it

# %%
mvp_hosts = assume("mvp_hosts", 500, "{:,.0f} hosts", "MVP: C1 hosts in one region", "assumption")
scrape_s = assume("scrape_s", 15, "{:.0f} s", "MVP: Prometheus scrape interval", "design choice")
oncall_faults = assume("oncall_faults", 5, "{:.0f} per day", "Faults a human on-call can triage by hand per day",
                       "assumption")
mvp_dev = mvp_hosts * per_host
figure("mvp_dev", mvp_dev, "{:,.0f} devices", "MVP devices")
figure("mvp_series", mvp_dev * series_dev / 1e3, "{:,.0f}K series", "MVP active series")
figure("mvp_sps", mvp_dev * series_dev / scrape_s / 1e3, "{:,.0f}K samples/s", "MVP samples/s at a 15 s scrape")
mvp_faults = mvp_dev * (lam_soft + lam_hard) / ref.DAYS_PER_YEAR + mvp_hosts * lam_host / ref.DAYS_PER_YEAR
figure("mvp_faults_day", mvp_faults, "{:.1f} per day", "MVP faults per day")
figure("mvp_fault_every_h", 24 / mvp_faults, "{:.0f} h", "MVP hours between faults")
figure("one_shard_devices", shard_series / series_dev, "{:,.0f} devices", "Devices one TSDB shard can hold (series)")
per_dev_day = (lam_soft + lam_hard) / ref.DAYS_PER_YEAR + lam_host / per_host / ref.DAYS_PER_YEAR
figure("manual_limit_devices", oncall_faults / per_dev_day, "{:,.0f} devices",
       "Devices at which faults outrun one on-call's manual triage")

# %% [markdown]
# ## 5. Failures at fleet scale and what they cost in serving capacity

# %%
year_h = ref.DAYS_PER_YEAR * 24
l3_gpu_h = l3_gpus * l3_days * 24
l3_rate = l3_unexp / l3_gpu_h * year_h
figure("l3_rate", l3_rate, "{:.2f} per GPU-year", "Llama 3: unexpected interruptions per GPU-year, all causes")
l3_gpu_share = (l3_gpu_n + l3_hbm_n) / l3_unexp
figure("l3_gpu_share", l3_gpu_share, "{:.1%}", "Llama 3: share of unexpected interruptions from GPUs and their HBM3")
figure("l3_gpu_rate", l3_rate * l3_gpu_share, "{:.2f} per GPU-year", "Llama 3: the GPU and HBM3 part")
figure("l3_every_h", l3_days * 24 / l3_unexp, "{:.1f} h", "Llama 3: hours between unexpected interruptions")
lam_dev = lam_soft + lam_hard
figure("lam_dev", lam_dev, "{:.2f} per device-year", "Our device fault rate, both kinds")

ev_day_dev = n_dev * lam_dev / ref.DAYS_PER_YEAR
ev_day_host = hosts * lam_host / ref.DAYS_PER_YEAR
figure("dev_faults_day", ev_day_dev, "{:.0f} per day", "Device faults per day, fleet")
figure("host_faults_day", ev_day_host, "{:.0f} per day", "Host faults per day, fleet")
figure("fault_every_min", 24 * 60 / (ev_day_dev + ev_day_host), "{:.0f} min", "Minutes between faults, fleet")
# Little's law: devices out of service = arrival rate x time out
out_soft = n_dev * lam_soft / year_h * soft_h
out_hard = n_dev * lam_hard / year_h * (hard_days * 24)
out_host = hosts * lam_host / year_h * host_h * per_host
figure("out_soft", out_soft, "{:.1f} devices", "Devices out at any moment: reset-fixable faults")
figure("out_hard", out_hard, "{:.0f} devices", "Devices out at any moment: board swaps")
figure("out_host", out_host, "{:.0f} devices", "Devices out at any moment: host faults")
faulty = out_soft + out_hard + out_host
figure("out_total", faulty, "{:.0f} devices", "Devices out at any moment, all causes")
figure("out_share", faulty / n_dev, "{:.2%}", "Share of the fleet out at any moment")


small = {"c1": 2, "c2": 1, "h": 4}  # smallest replica shape that still holds the weights with some KV
assume("small_c1", small["c1"], "TP{:d}", "Degraded 70B shape on C1 (re-pack)", "design choice")
assume("small_h", small["h"], "TP{:d}", "Degraded 70B shape on H100 (re-pack)", "design choice")
figure("c1_small_kv_gb", llm.kv_budget_bytes(small["c1"] * C1.hbm_bytes, W70, reserve) / 1e9, "{:.0f} GB",
       "KV budget of a degraded TP2 replica on C1")
figure("c1_small_fits", llm.max_batch_by_kv_memory(llm.kv_budget_bytes(small["c1"] * C1.hbm_bytes, W70, reserve),
                                                   KV70, ctx), "{:d} sequences", "Sequences that fit in it")


def lost_per_fault(policy, k):
    """Devices removed from serving per faulty device in pool k, by blast-radius policy."""
    tp = rep[k]["tp"]
    if policy == "host":
        return per_host
    if policy == "replica":
        return tp
    # re-pack: the faulty replica's healthy devices re-form as many degraded replicas as fit
    return tp - ((tp - 1) // small[k]) * small[k]


def lost_devices(policy, dev_fault_rate_scale=1.0):
    """Devices not serving across the fleet: device faults by policy, plus whole hosts in host faults."""
    total = 0.0
    for k, r in rep.items():
        d_out = r["n"] * (lam_soft * soft_h + lam_hard * hard_days * 24) / year_h * dev_fault_rate_scale
        total += d_out * lost_per_fault(policy, k)
    return total + out_host


for policy in ("host", "replica", "repack"):
    lost = lost_devices(policy)
    figure(f"lost_{policy}", lost, "{:,.0f} devices", f"Devices not serving, policy '{policy}'")
    figure(f"lost_{policy}_share", lost / n_dev, "{:.2%}", f"Share of the fleet not serving, policy '{policy}'")
for k in rep:
    figure(f"repack_{k}", lost_per_fault("repack", k), "{:d}", f"Devices lost per fault with re-pack, pool {k}")
figure("stranded_per_fault_tp8", per_host - 1, "{:d} devices", "Healthy devices idled by one fault in a TP8 host")
figure("stranded_per_fault_tp4", tp_c1 - 1, "{:d} devices", "Healthy devices idled by one fault in a TP4 replica")

# Streams cut per day: each fault kills the in-flight streams of the replica(s) it touches
inflight_rep = batch * util
figure("inflight_rep", inflight_rep, "{:.0f} streams", "Streams in flight per replica at the operating point")
cut_day = ev_day_dev * inflight_rep + ev_day_host * inflight_rep * (per_host / tp_c1)
figure("cut_day", cut_day, "{:,.0f} streams/day", "Streams cut by faults per day (fault on a C1 TP4 replica)")
fleet_tps = sum(r["replicas"] * r["tps"] for r in rep.values())
demand_tps = fleet_tps * demand_share
req_s = demand_tps / out_tok
figure("req_s", req_s, "{:,.0f} requests/s", "Fleet requests per second at peak")
figure("cut_per_million", cut_day / (req_s * 86400) * 1e6, "{:.1f}", "Streams cut by faults per million requests (at peak rates)")

# Chart: share of the fleet not serving against the device fault rate, per policy
rates = np.linspace(0.05, 1.5, 40)
fig, ax = new_chart()
for policy, label, style in (("host", "drain the whole host", "-"), ("replica", "drain the replica", "--"),
                             ("repack", "drain the replica, re-pack its healthy devices", ":")):
    ax.plot(rates, [lost_devices(policy, r / lam_dev) / n_dev * 100 for r in rates], linestyle=style, label=label)
ax.axvline(lam_dev, color=SERIES[3], linestyle="-.", linewidth=1.2, label=f"assumed rate, {lam_dev:.2f}/device-year")
ax.set_xlabel("Device faults per device-year (same mix of reset-fixable and board swaps)")
ax.set_ylabel("Fleet not serving (%)")
ax.set_ylim(bottom=0)
ax.legend(frameon=False, fontsize=9)
show(fig, alt="Line chart: the share of the fleet not serving grows linearly with the device fault rate; draining "
              "the whole host loses almost twice as much as draining only the faulty replica, and re-packing the "
              "replica's healthy devices into smaller replicas loses the least; at the assumed 0.35 faults per device-year the three "
              "policies keep about 0.6%, 0.34% and 0.18% of the fleet from serving")

# %% [markdown]
# ## 6. Health automation guard rails

# %%
c1_hosts = n_c1 / per_host
figure("drain_cap_hosts", c1_hosts * drain_cap, "{:.0f} hosts", "C1 hosts automation may drain per hour")
normal_drains_h = (n_c1 * lam_dev / ref.DAYS_PER_YEAR + c1_hosts * lam_host / ref.DAYS_PER_YEAR) / 24
figure("normal_drains_h", normal_drains_h, "{:.1f} per hour", "Drains per hour the C1 pool needs normally")
figure("drain_cap_ratio", c1_hosts * drain_cap / normal_drains_h, "{:.0f}x", "Cap over the normal drain rate")
figure("grace_tokens", grace_s / rep["c1"]["step"], "{:,.0f} tokens", "Tokens a stream can still emit in the drain grace at the C1 decode step")

# %% [markdown]
# ## 7. Silent data corruption: known-answer tests, canaries, exposure

# %%
latent = n_dev * sdc_rate
figure("sdc_latent", latent, "{:.0f} devices", "Devices with a latent corruption defect at any time")
p_rep = 1 - (1 - sdc_rate) ** tp_c1
figure("p_rep_sdc", p_rep, "{:.2%}", "Chance a C1 TP4 replica contains one")
figure("reps_sdc", rep["c1"]["replicas"] * p_rep, "{:.0f} replicas", "C1 replicas containing one, expected")
kat_cost = kat_s / (kat_h * 3600)
figure("kat_cost", kat_cost, "{:.2%}", "Capacity spent on known-answer tests")
canary_cost = canary_tok / canary_s / rep["c1"]["tps"]
figure("canary_cost", canary_cost, "{:.3%}", "Capacity spent on canaries (share of a C1 replica's decode tokens)")
rate_kat = p_kat / kat_h  # detections per hour
rate_can = p_canary * 3600 / canary_s
figure("mttd_kat_h", 1 / rate_kat, "{:.0f} h", "Mean time to detection, KATs alone")
figure("mttd_can_h", 1 / rate_can, "{:.1f} h", "Mean time to detection, canaries alone")
mttd = 1 / (rate_kat + rate_can)
figure("mttd_h", mttd, "{:.1f} h", "Mean time to detection, both")
rps_rep = rep["c1"]["tps"] * util / out_tok
figure("rps_rep", rps_rep, "{:.1f} requests/s", "Requests per second a C1 replica serves at the operating point")
figure("exposed_req", rps_rep * mttd * 3600, "{:,.0f} requests", "Requests served by a defective replica before detection (mean)")
figure("exposed_day", rep["c1"]["replicas"] * p_rep * rps_rep * 86400, "{:,.0f} requests/day",
       "Requests per day that pass through a replica with a latent defect (upper bound on exposure)")
figure("exposed_share", p_rep, "{:.2%}", "Share of C1 traffic that passes through such replicas")
prov_day = req_s * 86400 * prov_bytes
figure("prov_gb_day", prov_day / 1e9, "{:,.0f} GB/day", "Provenance log per day")
figure("prov_tb", prov_day * prov_days / 1e12, "{:.0f} TB", "Provenance log over its retention")

# %% [markdown]
# ## 8. Firmware and driver rollouts by wave


# %%
def pois_sf(k, lam):
    """P(X >= k) for X ~ Poisson(lam)."""
    if k <= 0:
        return 1.0
    term, cdf = math.exp(-lam), 0.0
    for i in range(k):
        cdf += term
        term *= lam / (i + 1)
    return max(0.0, 1 - cdf)


def gate_power(cohort_devices, days, mult=regress):
    """Power of a one-sided Poisson test at level alpha to see a `mult`x rise in device faults."""
    lam0 = cohort_devices * lam_dev * days / ref.DAYS_PER_YEAR
    k = 0
    while pois_sf(k, lam0) > alpha:
        k += 1
    return pois_sf(k, lam0 * mult), lam0, k


wave_hosts = [w * hosts for w in waves]
figure("w1_hosts", wave_hosts[0], "{:.0f} hosts", "Wave 1 hosts")
figure("w2_hosts", wave_hosts[1], "{:.0f} hosts", "Wave 2 hosts (cumulative)")
figure("w3_hosts", wave_hosts[2], "{:,.0f} hosts", "Wave 3 hosts (cumulative)")
par_hosts = par_share * hosts
figure("par_hosts", par_hosts, "{:.0f} hosts", "Hosts upgrading at once")
rate_hosts_h = par_hosts * 60 / cycle_min
figure("upgrade_rate", rate_hosts_h, "{:.0f} hosts/h", "Upgrade throughput")
work_h = hosts / rate_hosts_h
figure("work_h", work_h, "{:.1f} h", "Hours of upgrade work for the whole fleet")
total_days = sum(bake_days) + work_h / 24
figure("rollout_days", total_days, "{:.1f} days", "Calendar time of one rollout, bake included")
drain_share_avg = rollouts_month * work_h / (30 * 24) * par_share
figure("rollout_drain_avg", drain_share_avg, "{:.3%}", "Average share of hosts drained by rollouts")
for name, share, days in (("w2", waves[1], 1), ("w2", waves[1], 2), ("w3", waves[2], 2)):
    pw, lam0, k = gate_power(share * n_dev, days)
    figure(f"gate_{name}_{days}d", pw, "{:.0%}", f"Chance the gate sees a {regress:.0f}x fault regression: {share:.0%} "
                                                  f"of devices, {days} days")
    figure(f"gate_{name}_{days}d_lam", lam0, "{:.1f} faults", f"Faults expected in that cohort without regression, "
                                                             f"{days} days")
    figure(f"gate_{name}_{days}d_k", k, "{:d} faults", f"Threshold the gate alarms at, {share:.0%} cohort, {days} days")
# Leading indicator: correctable ECC events are ~ events_dev_day; a 3x rise is visible in hours
lam_ecc_h = waves[1] * n_dev * 2 / 24  # 2 correctable-error events per device-day (a subset of routine events)
pw_ecc = pois_sf(next(k for k in range(10_000) if pois_sf(k, lam_ecc_h) <= alpha), lam_ecc_h * regress)
figure("gate_ecc_1h", pw_ecc, "{:.0%}", "Chance a 1-hour window of correctable-error counts sees a 3x rise (1% cohort)")

days_axis = np.arange(1, 15)
fig, ax = new_chart()
for share, label in ((waves[0], "0.1% of the fleet"), (waves[1], "1% of the fleet"), (waves[2], "10% of the fleet")):
    ax.plot(days_axis, [gate_power(share * n_dev, int(d))[0] * 100 for d in days_axis], marker="o", label=label)
ax.axhline(80, color=SERIES[3], linestyle=":", linewidth=1.2, label="80% power")
ax.set_xlabel("Days the wave bakes before the gate decides")
ax.set_ylabel("Chance of catching a 3x fault-rate rise (%)")
ax.set_ylim(0, 102)
ax.legend(frameon=False, fontsize=9, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2)
show(fig, alt="Line chart of the chance that a wave's gate catches a tripling of device faults against bake days: "
              "a 0.1% cohort stays at or below about 40% even after two weeks, a 1% cohort needs about four days "
              "to pass 80%, and a 10% cohort catches it within a day")

# %% [markdown]
# ## 9. Compiled artefacts per chip generation

# %%
builds = n_models * n_targets * n_compilers * n_shapes
figure("builds", builds, "{:d} artefacts", "Artefacts live at once")
figure("build_h", builds * compile_h, "{:.0f} build-hours", "Build time to recompile everything")
figure("artifact_tb", builds * artifact_gb / 1e3, "{:.1f} TB", "Artefact store")
figure("builds_no_n1", n_models * n_targets * n_shapes, "{:d} artefacts", "Artefacts with one compiler version")

# %% [markdown]
# ## 10. Capacity accounting
#
# From installed C1 devices to the 70B-equivalent tokens/s the router may promise.

# %%
inst = n_c1
steps = []
share_out = (n_c1 * (lam_soft * soft_h + lam_hard * hard_days * 24) / year_h * lost_per_fault("repack", "c1")
             + n_c1 / per_host * lam_host / year_h * host_h * per_host) / n_c1
steps.append(("not serving after faults (re-pack policy)", share_out))
steps.append(("drained for rollouts (average)", drain_share_avg))
steps.append(("known-answer tests", kat_cost))
steps.append(("canaries", canary_cost))
avail = 1.0
for label, s in steps:
    avail *= (1 - s)
figure("acct_avail", avail, "{:.2%}", "C1 devices available to serve after faults, rollouts and tests")
figure("acct_devices", inst * avail, "{:,.0f} devices", "C1 devices available to serve")
sellable = inst * avail * util
figure("acct_sellable", sellable, "{:,.0f} device-equivalents", "C1 capacity at the utilisation target")
figure("acct_sellable_share", avail * util, "{:.1%}", "Sellable share of installed C1 capacity")
figure("acct_tps", sellable * rep["c1"]["tps_dev"] / 1e6, "{:.1f} million tokens/s",
       "C1 pool: promisable 70B-equivalent output tokens/s")
figure("acct_headroom_devices", inst * avail * (1 - util), "{:,.0f} devices", "C1 devices held as headroom")

# %% [markdown]
# ## 11. Mixed fleet: capacity, cost and routing by model

# %%
for k, r in rep.items():
    figure(f"{k}_pool_mtps", r["replicas"] * r["tps"] / 1e6, "{:.1f} million tokens/s", f"Raw decode capacity, pool {k}")
figure("fleet_mtps", fleet_tps / 1e6, "{:.1f} million tokens/s", "Raw decode capacity, fleet (70B-equivalent)")
figure("demand_mtps", demand_tps / 1e6, "{:.1f} million tokens/s", "Peak demand")
# Cheapest-first fill at the utilisation target
order = sorted(rep, key=lambda k: rep[k]["cost"])
left, hourly = demand_tps, 0.0
fill = {}
for k in order:
    cap = rep[k]["replicas"] * rep[k]["tps"] * util
    take = min(cap, left)
    fill[k] = take / cap
    hourly += take / rep[k]["tps"] * rep[k]["tp"] * rep[k]["usd"]
    left -= take
assert left <= 1e-6
for k in rep:
    figure(f"fill_{k}", fill[k], "{:.0%}", f"Pool {k}: share of its target capacity used at peak, cheapest first")
figure("blend_cost", hourly / (demand_tps * 3600 / 1e6), "${:.2f}", "Blended cost per million tokens at peak, cheapest first")
figure("all_h_cost", rep["h"]["cost"], "${:.2f}", "Cost per million tokens if the H100 pool served everything")
# Losing the C2 pool to a bad firmware wave: can the rest absorb it at 90% utilisation?
short = demand_tps - sum(rep[k]["replicas"] * rep[k]["tps"] for k in ("c1", "h")) * 0.9
figure("c2_loss_short", short / 1e6, "{:.1f} million tokens/s", "Shortfall at peak after losing the whole C2 pool, "
       "others at 90%")
figure("c2_loss_short_share", short / demand_tps, "{:.1%}", "Share of peak demand that must be shed")
# A model compiled only for the H100 (new operator the custom compiler lacks)
figure("h_only_share", rep["h"]["replicas"] * rep["h"]["tps"] / fleet_tps, "{:.0%}",
       "Share of raw capacity a model compiled only for H100 can use")

# Power
fleet_w = n_c1 * c1_w + n_c2 * c2_w + n_h100 * h100_w + hosts * host_w
figure("fleet_mw", fleet_w / 1e6, "{:.0f} MW", "Fleet power (boards + hosts, before cooling)")

# %% [markdown]
# ## 12. Scaling 10x, 100x, 1000x

# %%
for m in (10, 100, 1000):
    figure(f"s{m}_dev", n_dev * m / 1e6, "{:,.1f} million devices", f"Devices at {m}x")
    figure(f"s{m}_series", active * m / 1e6, "{:,.0f} million series", f"Active series at {m}x")
    figure(f"s{m}_sps", sps * m / 1e6, "{:,.0f} million samples/s", f"Samples/s at {m}x")
    figure(f"s{m}_shards", math.ceil(active * m / shard_series), "{:,d} shards", f"TSDB shards at {m}x")
    figure(f"s{m}_faults", (ev_day_dev + ev_day_host) * m, "{:,.0f} per day", f"Faults per day at {m}x")
    figure(f"s{m}_fault_s", 86400 / ((ev_day_dev + ev_day_host) * m), "{:,.0f} s", f"Seconds between faults at {m}x")
    figure(f"s{m}_gw", fleet_w * m / 1e9, "{:,.2f} GW", f"Fleet power at {m}x")
    figure(f"s{m}_sdc", latent * m, "{:,.0f} devices", f"Latent corruption defects at {m}x")
    figure(f"s{m}_par_hosts", par_share * hosts * m, "{:,.0f} hosts", f"Hosts upgrading at once at {m}x")
# Pre-aggregation at 10x: health evaluated on the host, only summaries shipped for healthy devices
summary_series = 12
figure("s10_sps_summary", n_dev * 10 * (summary_series * fast_hz * 0.1 + (series_dev - series_fast) * slow_hz * 0.1)
       / 1e6, "{:.1f} million samples/s", "10x with healthy devices shipping summaries every 10 s")

# %% [markdown]
# ## 13. Interviewer twists

# %%
# Twist: "temperatures run hot every afternoon" - a 1.5% throughput dip across the fleet
dip = 0.015
figure("dip_tps", fleet_tps * dip / 1e6, "{:.2f} million tokens/s", "Fleet decode capacity lost to a 1.5% thermal dip")
figure("dip_devices", n_dev * dip, "{:,.0f} devices", "Device-equivalents lost to that dip")
# Twist: the SDC rate is 10x our assumption
figure("sdc10_reps", rep["c1"]["replicas"] * (1 - (1 - sdc_rate * 10) ** tp_c1), "{:.0f} replicas",
       "C1 replicas with a latent defect if the rate is 10x")
figure("sdc10_share", 1 - (1 - sdc_rate * 10) ** tp_c1, "{:.1%}", "Share of C1 traffic through them")
kat_h_fast = 1
figure("mttd_kat_1h", 1 / (p_kat / kat_h_fast + rate_can), "{:.1f} h", "Mean time to detection with hourly KATs")
figure("kat_cost_1h", kat_s / (kat_h_fast * 3600), "{:.2%}", "Capacity spent on hourly KATs")
# Twist: a new model needs an operator the C1 compiler lacks for 6 weeks
figure("weeks_h_only", 6, "{:d} weeks", "Time the new model runs on H100 only")
