# %% [markdown]
# # Design observability for LLM latency and tokens
#
# The back-of-the-envelope notebook behind the walkthrough. Model shapes and GPU figures
# come only from `estimates.reference`; serving formulas (prefill, decode step, KV budget,
# end-to-end latency, downtime) come only from `estimates.llm`; storage from
# `estimates.capacity`. Everything else is an assumption, declared once with `assume`.
#
# The serving fleet being observed is a 70B-class model (Llama 3.1 70B in BF16 as the public
# stand-in) on tensor-parallel-8 H100 SXM replicas, plus smaller models. The notebook sizes
# the telemetry, not the fleet: metrics series, wide events, traces, logs, alerts.
#
# Sections:
#
# 1. Inputs
# 2. Hand-checked values
# 3. What a healthy stream looks like: TTFT parts, TPOT floor, stream length
# 4. Why averages lie (simulation, chart)
# 5. Merging percentiles across hosts (simulation)
# 6. Histogram and sketch resolution
# 7. A stall that TPOT averages hide
# 8. Cardinality arithmetic
# 9. Tenant concentration: who can have a per-tenant alert (chart)
# 10. Wide events, logs and content volume
# 11. Tracing volume and the tail-sampling buffer
# 12. SLOs and multiwindow burn-rate alerts
# 13. GPU-side metrics: KV occupancy, batch, MFU against MBU
# 14. Anomaly detection: false alarms at tenant scale
# 15. The MVP
# 16. Scaling 10x, 100x, 1000x
# 17. Interviewer twists

# %% [markdown]
# ## 1. Inputs

# %%
import math

import numpy as np

from estimates import assume, assumptions_table, figure, restate
from estimates import capacity
from estimates import llm
from estimates import reference as ref
from estimates.charts import SERIES, new_chart, show

L70 = ref.MODELS["llama-3.1-70b"]
H100 = ref.GPUS["h100-sxm"]


# Hardware and model, restated from the reference module so the page can cite them
restate("h100_hbm_tbps", "H100_SXM_HBM_TBPS", "{:.2f} TB/s", "H100 SXM memory bandwidth")
restate("h100_bf16_dense", "H100_SXM_BF16_DENSE_TFLOPS", "{:,.1f} TFLOP/s",
        "H100 SXM BF16 dense peak (datasheet 1,979 is with sparsity)")
restate("h100_hbm_gb", "H100_SXM_HBM_GB", "{:.0f} GB", "H100 SXM memory (decimal GB)")
chars_per_token = restate("chars_per_token", "CHARS_PER_TOKEN_EN", "{:.0f} characters/token",
                          "English characters per token (rule of thumb)")
slo_days = restate("slo_days", "DAYS_PER_MONTH_30", "{:.0f} days", "SLO window")

# Engine efficiency (same conventions as the inference-service notebook)
bw_eff = assume("bw_eff", 0.7, "{:.0%}", "Share of peak HBM bandwidth sustained in decode", "assumption")
mfu_prefill = assume("mfu_prefill", 0.5, "{:.0%}", "MFU sustained on prefill", "assumption")
reserve = assume("reserve", 0.10, "{:.0%}", "HBM held back for activations and fragmentation", "assumption")
n_tp = int(assume("tp", 8, "{:.0f} GPUs", "Tensor-parallel degree of a 70B replica", "design choice"))

# Workload
peak_rps = assume("peak_rps", 4_000, "{:,.0f} requests/s", "Peak request rate, all models and regions", "assumption")
peak_to_mean = assume("peak_to_mean", 2.0, "{:.1f}x", "Daily peak over daily mean", "assumption")
prompt_tok = assume("prompt_tokens", 1_600, "{:,.0f} tokens", "Mean prompt", "assumption")
cached_share = assume("cached_share", 0.4, "{:.0%}", "Share of prompt tokens served from the prefix cache", "assumption")
out_tok = assume("output_tokens", 320, "{:,.0f} tokens", "Mean answer", "assumption")
max_tokens = assume("max_tokens", 4_096, "{:,.0f} tokens", "Longest answer a request may ask for", "design choice")
batch = int(assume("batch", 64, "{:d} sequences", "Typical decode batch on a healthy replica", "assumption"))
gateway_ms = assume("gateway_ms", 15, "{:.0f} ms", "Gateway work before the engine: auth, limits, tokenise, route",
                    "assumption")
queue_ms = assume("queue_ms", 120, "{:.0f} ms", "Median queue wait on a healthy replica", "assumption")
tpot_obs_ms = assume("tpot_obs_ms", 30, "{:.0f} ms", "Measured mean gap between tokens on real kernels (above the roofline)",
                     "assumption")
fleet_gpus = assume("fleet_gpus", 6_000, "{:,.0f} GPUs", "GPUs in the serving fleet being observed", "assumption")

# Objectives (design choices)
ttft_slo_s = assume("ttft_slo_s", 1.0, "{:.1f} s", "TTFT threshold, prompts up to 8K tokens", "design choice")
ttft_target = assume("ttft_target", 0.99, "{:.0%}", "Share of requests that must meet the TTFT threshold", "design choice")
tpot_slo_ms = assume("tpot_slo_ms", 50, "{:.0f} ms", "TPOT threshold (mean gap per stream)", "design choice")
stall_s = assume("stall_s", 2.0, "{:.0f} s", "A gap between tokens this long counts as a stall", "design choice")
avail_target = assume("avail_target", 0.999, "{:.1%}", "Availability objective (streams without server error)",
                      "design choice")
hard_deadline_s = assume("hard_deadline_s", 10, "{:.0f} s", "No first token by then counts as an availability failure",
                         "design choice")

# Multiwindow burn-rate table of the Google SRE Workbook, "Alerting on SLOs", Table 5-8
_WB = "Google SRE Workbook, Alerting on SLOs, Table 5-8 (checked 2026-11-23)"
burn_fast = assume("burn_fast", 14.4, "{:.1f}x", "Page: burn rate over 1 h and 5 min", _WB)
burn_mid = assume("burn_mid", 6, "{:.0f}x", "Page: burn rate over 6 h and 30 min", _WB)
burn_slow = assume("burn_slow", 1, "{:.0f}x", "Ticket: burn rate over 3 days and 6 h", _WB)
win_fast_h, win_mid_h, win_slow_h = 1, 6, 72
short_fast_min = 5

# Simulation of latency distributions
tail_share = assume("tail_share", 0.04, "{:.0%}", "Share of requests caught behind a long queue (simulated)", "assumption")
tail_median_s = assume("tail_median_s", 3.0, "{:.1f} s", "Median TTFT of those requests (simulated)", "assumption")
hosts = int(assume("hosts", 10, "{:d}", "Replicas in the percentile-merging example", "assumption"))
bad_host_median_s = assume("bad_host_median_s", 2.5, "{:.1f} s", "Median TTFT on the one degraded replica", "assumption")
freeze_s = assume("freeze_s", 3.0, "{:.0f} s", "One freeze inside an otherwise steady stream (a preemption, say)",
                  "assumption")

# Cardinality
orgs = assume("orgs", 150_000, "{:,.0f}", "Organisations with traffic in a month", "assumption")
models = assume("models", 15, "{:.0f}", "Model versions served", "assumption")
regions = assume("regions", 4, "{:.0f}", "Serving regions", "assumption")
statuses = assume("statuses", 6, "{:.0f}", "Status classes (ok, client error, 429, server error, cancelled, timeout)",
                  "design choice")
tiers = assume("tiers", 3, "{:.0f}", "Tiers (free, paid, enterprise)", "design choice")
prompt_buckets = assume("prompt_buckets", 4, "{:.0f}", "Prompt-length buckets (to 1K, 8K, 32K, 128K)", "design choice")
buckets = assume("hist_buckets", 20, "{:.0f}", "Explicit buckets in a classic histogram", "assumption")
n_hist = assume("n_hist", 4, "{:.0f}", "Latency histograms per label set (TTFT, TPOT, end-to-end, queue)", "design choice")
n_counters = assume("n_counters", 5, "{:.0f}", "Counters per label set (requests; input, cached, output, reasoning tokens)",
                    "design choice")
combos_per_org = assume("combos_per_org", 7.5, "{:.1f}", "Model x region x status combinations an org actually produces",
                        "assumption")
bytes_per_series = assume("bytes_per_series", 4_000, "{:,.0f} B",
                          "Memory per active series in the metrics backend (planning figure)", "assumption")
usd_gb_month = assume("usd_gb_month", 4.0, "${:.0f} per GB-month", "Memory price for the metrics backend (not a quote)",
                      "assumption")
end_users = assume("end_users", 10_000_000, "{:,.0f}", "Twist: end users of the customers' apps", "interviewer twist")
small_window = assume("small_window", 20, "{:.0f} requests", "A small tenant's requests in an alert window", "assumption")
top_n = int(assume("top_n", 500, "{:,d}", "Tenants given their own org label", "design choice"))
zipf_s = assume("zipf_s", 1.0, "{:.1f}", "Zipf exponent of traffic across organisations", "assumption")
min_requests_h = assume("min_requests_h", 1_000, "{:,.0f} requests/h", "Traffic below which a per-tenant burn alert is noise",
                        "design choice")
engine_series = assume("engine_series", 300, "{:.0f}", "Series one engine replica exports (incl. histogram buckets)",
                       "assumption")
dcgm_fields = assume("dcgm_fields", 40, "{:.0f}", "DCGM fields exported per GPU", "assumption")
scrape_s = assume("scrape_s", 15, "{:.0f} s", "Scrape interval", "design choice")

# Events, logs, traces
event_kb = assume("event_kb", 1.0, "{:.1f} KB", "One wide event per request (about 40 fields, no content)", "assumption")
compression = assume("compression", 8, "{:.0f}x", "Columnar compression of wide events", "assumption")
hot_days = assume("hot_days", 30, "{:.0f} days", "Wide events kept queryable", "design choice")
token_line_b = assume("token_line_b", 150, "{:.0f} B", "A log line per generated token (the anti-pattern)", "assumption")
spans = assume("spans", 9, "{:.0f}", "Spans per request (gateway, auth, limits, tokenise, route, queue, prefill, decode, write)",
               "design choice")
span_b = assume("span_b", 400, "{:.0f} B", "Bytes per span", "assumption")
err_share = assume("err_share", 0.005, "{:.1%}", "Share of requests ending in a server error or timeout", "assumption")
slow_share = assume("slow_share", 0.02, "{:.0%}", "Share of requests over the TTFT threshold or stalled", "assumption")
base_keep = assume("base_keep", 0.01, "{:.0%}", "Baseline share of healthy traces kept", "design choice")
trace_days = assume("trace_days", 7, "{:.0f} days", "Trace retention", "design choice")
otel_wait_s = assume("otel_wait_s", 30, "{:.0f} s", "Tail sampler default decision_wait",
                     "OpenTelemetry Collector tail_sampling processor docs (checked 2026-11-23)")
otel_traces = assume("otel_traces", 50_000, "{:,.0f}", "Tail sampler default num_traces",
                     "OpenTelemetry Collector tail_sampling processor docs (checked 2026-11-23)")

# Sketch rollups for the customer dashboard
pairs_min = assume("pairs_min", 20_000, "{:,.0f}", "Active (org, model) pairs in a minute", "assumption")
sketch_b = assume("sketch_b", 400, "{:.0f} B", "One rollup row: counters plus a TTFT sketch", "assumption")
rollup_keep_d = assume("rollup_keep_d", 7, "{:.0f} days", "Minute rollups kept before hourly", "design choice")
pairs_hour = assume("pairs_hour", 40_000, "{:,.0f}", "Active (org, model) pairs in an hour", "assumption")
hourly_keep_d = assume("hourly_keep_d", 395, "{:.0f} days", "Hourly rollups kept (13 months)", "design choice")

# Anomaly detection
signals = assume("signals", 6, "{:.0f}", "Signals per tenant checked for anomalies", "design choice")
eval_min = assume("eval_min", 5, "{:.0f} min", "Anomaly evaluation interval", "design choice")
fp_rate = assume("fp_rate", 0.001, "{:.1%}", "False-positive rate of one check", "assumption")
persist = int(assume("persist", 3, "{:d}", "Consecutive windows an anomaly must persist", "design choice"))

# MVP and twists
mvp_peak_rps = assume("mvp_peak_rps", 200, "{:,.0f} requests/s", "MVP peak (one region, two models)", "assumption")
mvp_models = assume("mvp_models", 2, "{:.0f}", "MVP models", "assumption")
olap_rows_s = assume("olap_rows_s", 100_000, "{:,.0f} rows/s", "Inserts one columnar node sustains in batches (benchmark it)",
                     "assumption")
proxy_answer_s = assume("proxy_answer_s", 12, "{:.0f} s", "Twist: stream length a customer's buffering proxy hides",
                        "interviewer twist")
spec_k = int(assume("spec_k", 4, "{:d}", "Twist: draft tokens per speculative step", "interviewer twist"))
spec_step_x = assume("spec_step_x", 1.2, "{:.1f}x", "Twist: a speculative step's time over a plain decode step",
                     "interviewer twist")
mvp_gpus = int(assume("mvp_gpus", 64, "{:d} GPUs", "MVP fleet (eight 8-GPU nodes)", "assumption"))
reason_tokens = assume("reason_tokens", 1_500, "{:,.0f} tokens", "Twist: hidden reasoning tokens before the visible answer",
                       "interviewer twist")
assumptions_table()

# %% [markdown]
# ## 2. Hand-checked values
#
# Each assertion compares a helper with arithmetic done on paper, so a wrong helper or a
# mistyped constant fails the build.

# %%
P70 = llm.param_count(L70)
W70 = llm.weights_bytes(L70)
KV70 = llm.kv_cache_bytes_per_token(L70)
checks = [
    # 2 x 80 layers x 8 KV heads x 128 x 2 bytes = 327,680 bytes per token
    ("kv per token", KV70, 327_680, 0),
    # Prefill of 960 uncached tokens on TP8 at 50% MFU: 2 x 70.554e9 x 960 / (7.916e15 x 0.5) = 34.22 ms
    ("prefill 960 tokens", llm.prefill_time_s(P70, 960, 8 * H100.bf16_dense_flops, 0.5), 34.22e-3, 1e-5),
    # 1 s TTFT then 319 gaps of 30 ms = 1 + 9.57 = 10.57 s
    ("request latency", llm.request_latency_s(1.0, 0.030, 320), 10.57, 1e-9),
    # 99.9% over 30 days: 0.001 x 30 x 86,400 s = 2,592 s = 43.2 min
    ("downtime 30 d", llm.downtime_per_period(3, "month30"), 43.2, 1e-9),
    # Burn 14.4 for 1 h of a 720 h window = 2% of the budget
    ("budget in 1 h at 14.4", 14.4 * 1 / 720, 0.02, 1e-12),
    # 1,000 requests/s x 1 KB x 1 day = 86.4 GB
    ("storage", capacity.storage_bytes(1_000, 1_000, 1), 86.4e9, 0),
]
for name, got, hand, tol in checks:
    assert abs(got - hand) <= tol, (name, got, hand)
figure("hand_checks", len(checks), "{:d} assertions", "Helper values checked against hand arithmetic")

# %% [markdown]
# ## 3. What a healthy stream looks like
#
# TTFT as the gateway measures it: gateway work + queue wait + prefill of the uncached part
# of the prompt (network to the client is outside it). TPOT floor from the decode roofline
# at the typical batch; the measured gap is an assumption above it.

# %%
mean_rps = peak_rps / peak_to_mean
figure("mean_rps", mean_rps, "{:,.0f} requests/s", "Mean request rate")
req_day = mean_rps * ref.SECONDS_PER_DAY
figure("req_day_m", req_day / 1e6, "{:,.1f} million", "Requests per day")
uncached = prompt_tok * (1 - cached_share)
figure("uncached_tokens", uncached, "{:,.0f} tokens", "Uncached prompt tokens per mean request")
prefill_s = llm.prefill_time_s(P70, uncached, n_tp * H100.bf16_dense_flops, mfu_prefill)
figure("prefill_ms", prefill_s * 1e3, "{:.0f} ms", "Prefill of the uncached part on one TP8 replica")
healthy_ttft = gateway_ms / 1e3 + queue_ms / 1e3 + prefill_s
figure("healthy_ttft_ms", healthy_ttft * 1e3, "{:.0f} ms", "Healthy median TTFT at the gateway")
figure("queue_share", (queue_ms / 1e3) / healthy_ttft, "{:.0%}", "Share of healthy TTFT that is queue wait")

ctx_mean = prompt_tok + out_tok / 2
figure("ctx_mean", ctx_mean, "{:,.0f} tokens", "Mean context a decoding sequence holds")
step = llm.decode_step_time_s(W70, KV70, batch, int(ctx_mean), P70, n_tp * H100.hbm_bytes_per_s,
                              n_tp * H100.bf16_dense_flops, bw_eff)
figure("tpot_floor_ms", step * 1e3, "{:.1f} ms", "Roofline decode step (TPOT floor) at the typical batch")
e2e = llm.request_latency_s(healthy_ttft, tpot_obs_ms / 1e3, int(out_tok))
figure("e2e_mean_s", e2e, "{:.1f} s", "End-to-end time of a mean stream")
figure("decode_share", 1 - healthy_ttft / e2e, "{:.0%}", "Share of a mean stream spent decoding")
longest_s = llm.request_latency_s(healthy_ttft, tpot_slo_ms / 1e3, int(max_tokens))
figure("longest_stream_s", longest_s, "{:.0f} s", "Longest legitimate stream at the TPOT threshold")
streams_open = llm.little_concurrency(peak_rps, e2e)
figure("streams_open", streams_open, "{:,.0f}", "Streams open at peak (Little's law)")
out_tps = mean_rps * out_tok
figure("out_tps", out_tps, "{:,.0f} tokens/s", "Output tokens per second, mean")
figure("in_tps", mean_rps * prompt_tok, "{:,.0f} tokens/s", "Input tokens per second, mean")

# %% [markdown]
# ## 4. Why averages lie
#
# A simulated day of TTFT: most requests log-normal around the healthy median, a few caught
# behind a long queue. The mean sits under the threshold while the objective is missed.

# %%
rng = np.random.default_rng(7)
N = 200_000
n_tail = int(N * tail_share)
body = rng.lognormal(math.log(healthy_ttft), 0.45, N - n_tail)
tail = rng.lognormal(math.log(tail_median_s), 0.5, n_tail)
ttft = np.concatenate([body, tail])
t_mean, t_p50, t_p95, t_p99 = ttft.mean(), *np.percentile(ttft, [50, 95, 99])
figure("sim_mean_ms", t_mean * 1e3, "{:.0f} ms", "Simulated TTFT: mean")
figure("sim_p50_ms", t_p50 * 1e3, "{:.0f} ms", "Simulated TTFT: median")
figure("sim_p95_s", t_p95, "{:.2f} s", "Simulated TTFT: p95")
figure("sim_p99_s", t_p99, "{:.1f} s", "Simulated TTFT: p99")
over = (ttft > ttft_slo_s).mean()
figure("sim_over_share", over, "{:.1%}", "Simulated share over the TTFT threshold")
figure("sim_budget_x", over / (1 - ttft_target), "{:.1f}x", "That share as a multiple of the 1% allowance")
assert t_mean < ttft_slo_s and over > (1 - ttft_target)

fig, ax = new_chart()
edges = np.logspace(-1.3, 1.3, 90)
ax.hist(ttft, bins=edges, color=SERIES[0], alpha=0.8)
ax.set_xscale("log")
for x, lab, c, ls in [(t_mean, "mean", SERIES[1], "-"), (t_p50, "median", SERIES[2], "--"),
                      (t_p99, "p99", SERIES[3], "-."), (ttft_slo_s, "1 s threshold", "#010203", ":")]:
    ax.axvline(x, color=c, linestyle=ls, linewidth=1.6, label=f"{lab}: {x:.2f} s")
ax.set_xlabel("Time to first token, seconds (log scale), 200,000 simulated requests")
ax.set_ylabel("Requests")
ax.legend(frameon=False, fontsize=9)
show(fig, alt="Histogram of simulated time to first token on a log scale: a tall peak around 0.17 seconds and a "
              "second small hump around 3 seconds; the mean line sits near 0.3 seconds, well under the 1 second "
              "threshold, while the p99 line sits above 4 seconds, so the objective is missed although the mean "
              "looks healthy")

# %% [markdown]
# ## 5. Merging percentiles across hosts
#
# Ten replicas with equal traffic; one is degraded. Averaging the per-replica p99s (what a
# dashboard does when each host exports a summary quantile) against the p99 of the pooled
# requests (what a mergeable histogram gives).

# %%
per_host = 20_000
samples = []
for h in range(hosts):
    med = bad_host_median_s if h == 0 else healthy_ttft
    samples.append(rng.lognormal(math.log(med), 0.45, per_host))
host_p99 = [np.percentile(s, 99) for s in samples]
avg_p99 = float(np.mean(host_p99))
pooled_p99 = float(np.percentile(np.concatenate(samples), 99))
healthy_p99 = float(np.median(host_p99[1:]))
figure("healthy_host_p99_s", healthy_p99, "{:.2f} s", "p99 of a healthy replica")
figure("bad_host_p99_s", host_p99[0], "{:.1f} s", "p99 of the degraded replica")
figure("avg_p99_s", avg_p99, "{:.2f} s", "Average of the ten per-replica p99s")
figure("pooled_p99_s", pooled_p99, "{:.1f} s", "True p99 of all requests pooled")
figure("avg_p99_error", 1 - avg_p99 / pooled_p99, "{:.0%}", "How far the average of p99s understates the truth")
figure("bad_host_share", 1 / hosts, "{:.0%}", "Traffic share of the degraded replica")
max_p99 = max(host_p99)
# A second case: the max of per-host p99s overstates when the bad host is tiny
tiny = [rng.lognormal(math.log(bad_host_median_s), 0.45, 200)] + samples[1:]
figure("tiny_pooled_p99_s", float(np.percentile(np.concatenate(tiny), 99)), "{:.2f} s",
       "Pooled p99 when the degraded replica serves 1% of the traffic")
figure("tiny_max_p99_s", max(np.percentile(s, 99) for s in tiny), "{:.1f} s",
       "Max of per-replica p99s in that case")

# %% [markdown]
# ## 6. Histogram and sketch resolution
#
# A coarse classic layout (…, 0.5, 1, 2.5, 5, 10 s) with linear interpolation inside the
# bucket, as `histogram_quantile` does, against the true p99. Then the bucket counts of
# relative-error layouts: DDSketch with accuracy alpha uses gamma = (1 + a) / (1 - a), and a
# Prometheus native histogram of schema s uses growth factor 2^(2^-s).

# %%
coarse = np.array([0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, np.inf])


def interp_quantile(values, bounds, q):
    """Cumulative buckets, then linear interpolation inside the bucket holding rank q (histogram_quantile)."""
    counts = np.array([(values <= b).sum() for b in bounds], dtype=float)
    rank = q * len(values)
    i = int(np.searchsorted(counts, rank))
    lo = 0.0 if i == 0 else bounds[i - 1]
    hi = bounds[i]
    if not np.isfinite(hi):
        return lo
    c_lo = 0.0 if i == 0 else counts[i - 1]
    return lo + (hi - lo) * (rank - c_lo) / (counts[i] - c_lo)


est_p99 = interp_quantile(ttft, coarse, 0.99)
figure("coarse_p99_s", est_p99, "{:.1f} s", "p99 estimated from coarse buckets by interpolation")
figure("coarse_p99_err", abs(est_p99 / t_p99 - 1), "{:.0%}", "Error of that estimate against the simulated p99")
figure("coarse_worst", 5 / 2.5 - 1, "{:.0%}", "Worst-case relative error inside the 2.5-5 s bucket")
# The SLO ratio needs no quantile at all: count requests at or under a bucket boundary at 1 s
good_exact = (ttft <= 1.0).mean()
assert abs(good_exact - (1 - over)) < 1e-12
figure("good_ratio", good_exact, "{:.2%}", "Share of requests with TTFT at or under 1 s, read exactly from the 1 s bucket")

lo_s, hi_s = 1e-3, 600.0
for alpha, key in ((0.01, "dd1"), (0.02, "dd2")):
    gamma = (1 + alpha) / (1 - alpha)
    figure(f"{key}_buckets", math.ceil(math.log(hi_s / lo_s) / math.log(gamma)), "{:,d} buckets",
           f"DDSketch buckets to cover 1 ms-600 s at {alpha:.0%} relative error")
for schema in (3, 5):
    f = 2 ** (2 ** -schema)
    figure(f"nh{schema}_factor", f, "{:.3f}", f"Native histogram schema {schema}: bucket growth factor")
    figure(f"nh{schema}_err", (f - 1) / (f + 1), "{:.1%}", f"Schema {schema}: error bound at the bucket's centre")
    figure(f"nh{schema}_buckets", math.ceil(math.log(hi_s / lo_s) / math.log(f)), "{:,d} buckets",
           f"Schema {schema}: buckets spanning 1 ms-600 s")
figure("hdr_err", 1e-3, "{:.1%}", "HdrHistogram quantisation at 3 significant digits")
figure("classic_series", buckets + 3, "{:.0f} series", "Series per classic histogram (buckets, +Inf, _sum, _count)")

# %% [markdown]
# ## 7. A stall that TPOT averages hide
#
# One stream of the mean length with a steady 30 ms gap and a single 3 s freeze (a
# preemption and recompute, say). What three candidate TPOT metrics show.

# %%
gaps = np.full(int(out_tok) - 1, tpot_obs_ms / 1e3)
gaps[150] = freeze_s
req_mean_tpot = gaps.mean()
figure("stall_mean_tpot_ms", req_mean_tpot * 1e3, "{:.0f} ms", "That stream's mean TPOT")
figure("stall_gap_share", 1 / len(gaps), "{:.2%}", "Share of its gaps that is the freeze")
figure("stall_itl_p99_ms", float(np.percentile(gaps, 99)) * 1e3, "{:.0f} ms", "p99 of its inter-token gaps")
figure("stall_max_gap_s", gaps.max(), "{:.0f} s", "Its longest gap")
assert req_mean_tpot * 1e3 < tpot_slo_ms
figure("gaps_per_s_fleet", out_tps, "{:,.0f} gaps/s", "Inter-token gaps observed per second, fleet-wide")

# %% [markdown]
# ## 8. Cardinality arithmetic

# %%
per_set = n_hist * (buckets + 3) + n_counters
figure("series_per_set", per_set, "{:.0f} series", "Series per label set (4 classic histograms + 5 counters)")
naive = orgs * models * regions * statuses * per_set
figure("naive_series_b", naive / 1e9, "{:,.1f} billion", "Full cross product org x model x region x status")
sparse = orgs * combos_per_org * per_set
figure("sparse_series_m", sparse / 1e6, "{:,.0f} million", "Combinations that actually occur")
sparse_ram = sparse * bytes_per_series * 2
figure("sparse_ram_gb", sparse_ram / 1e9, "{:,.0f} GB", "Memory for them, two replicas")
figure("sparse_usd_month", sparse_ram / 1e9 * usd_gb_month, "${:,.0f}", "Memory alone, per month (a floor)")
figure("sparse_samples_s_m", sparse / scrape_s / 1e6, "{:,.1f} million samples/s", "Samples ingested per second for them")
platform = models * regions * statuses * tiers * prompt_buckets * per_set
figure("platform_series", platform, "{:,.0f}", "Platform series: model x region x status x tier x prompt bucket")
top_series = top_n * combos_per_org * (2 * (buckets + 3) + n_counters)
figure("top_series", top_series, "{:,.0f}", "Series for the top tenants (TTFT and TPOT histograms + counters)")
replicas = fleet_gpus / n_tp
figure("replicas", replicas, "{:,.0f}", "Engine replicas in the fleet")
eng = replicas * engine_series
figure("engine_series_total", eng, "{:,.0f}", "Engine series, all replicas")
gpu_series = fleet_gpus * dcgm_fields
figure("gpu_series", gpu_series, "{:,.0f}", "DCGM series, all GPUs")
design_total = platform + top_series + eng + gpu_series
figure("design_series", design_total, "{:,.0f}", "Series in the design")
figure("design_ram_gb", design_total * bytes_per_series * 2 / 1e9, "{:,.1f} GB", "Memory for them, two replicas")
figure("design_vs_sparse", sparse / design_total, "{:,.0f}x", "Sparse per-tenant design over this design")
figure("design_samples_s", design_total / scrape_s, "{:,.0f} samples/s", "Samples ingested per second")
# Native histograms: one series per histogram instead of buckets + 3
nh_platform = models * regions * statuses * tiers * prompt_buckets * (n_hist + n_counters)
figure("nh_platform_series", nh_platform, "{:,.0f}", "Platform series with native histograms")
user_label = end_users * per_set
figure("user_label_b", user_label / 1e9, "{:,.1f} billion", "Series if 10 million end users became a label")

# %% [markdown]
# ## 9. Tenant concentration
#
# Traffic across organisations modelled as Zipf (an assumption: real mixes are usually at
# least this concentrated). A per-tenant burn alert needs enough requests per hour to be
# more than noise; how many tenants clear that, and what share of traffic they carry.

# %%
ranks = np.arange(1, int(orgs) + 1)
w = 1 / ranks ** zipf_s
w /= w.sum()
req_hour = mean_rps * 3600
per_org_h = w * req_hour
eligible = int((per_org_h >= min_requests_h).sum())
figure("req_hour_m", req_hour / 1e6, "{:,.1f} million", "Requests per hour at the mean")
figure("eligible_orgs", eligible, "{:,d}", "Organisations above the per-tenant alert floor")
figure("eligible_org_share", eligible / orgs, "{:.2%}", "Their share of organisations")
figure("eligible_traffic", w[:eligible].sum(), "{:.0%}", "Their share of traffic")
figure("topn_traffic", w[:top_n].sum(), "{:.0%}", "Traffic share of the top 500 tenants")
figure("top1_rps", w[0] * mean_rps, "{:,.0f} requests/s", "Largest tenant's mean rate")
median_org_h = float(np.median(per_org_h))
figure("median_org_h", median_org_h, "{:.1f} requests/h", "Median organisation's traffic")
figure("one_bad_median", 1 / max(median_org_h, 1), "{:.0%}", "One slow request as a share of that hour")

cum = np.cumsum(w)
xs = np.unique(np.round(np.logspace(0, math.log10(orgs), 200)).astype(int))
fig, ax = new_chart()
ax.plot(xs, cum[xs - 1] * 100, label="share of requests from the top N tenants")
ax.axvline(top_n, color=SERIES[1], linestyle="--", linewidth=1.4, label=f"top {top_n:,} get their own label")
ax.axvline(eligible, color=SERIES[2], linestyle=":", linewidth=1.4,
           label=f"{eligible:,} tenants send {min_requests_h:,.0f}+ requests/h")
ax.set_xscale("log")
ax.set_xlabel("Tenants tracked individually (ranked by traffic, log scale)")
ax.set_ylabel("Share of all requests (%)")
ax.set_ylim(0, 100)
ax.legend(frameon=False, fontsize=9)
show(fig, alt="Cumulative share of requests against the number of tenants tracked individually, on a log axis: the "
              "curve climbs steadily from about 8 percent for the largest tenant, so the top 500 of 150,000 tenants carry a little over half of all requests, and "
              "only about 500 tenants send enough requests per hour for a per-tenant burn-rate alert to be meaningful")

# %% [markdown]
# ## 10. Wide events, logs and content volume

# %%
ev_raw = capacity.storage_bytes(mean_rps, event_kb * 1e3, 1)
figure("events_gb_day", ev_raw / 1e9, "{:,.0f} GB", "Wide events per day, raw")
figure("events_stored_gb_day", ev_raw / compression / 1e9, "{:,.0f} GB", "Wide events per day, compressed")
figure("events_hot_tb", ev_raw / compression * hot_days / 1e12, "{:,.1f} TB", "Wide events held hot")
figure("events_peak_rows", peak_rps, "{:,.0f} rows/s", "Wide-event insert rate at peak")
token_logs = capacity.storage_bytes(out_tps, token_line_b, 1)
figure("token_log_tb_day", token_logs / 1e12, "{:,.1f} TB", "A log line per generated token, per day")
figure("token_log_x", token_logs / ev_raw, "{:,.0f}x", "That over one wide event per request")
content_b = (prompt_tok + out_tok) * chars_per_token
figure("content_kb", content_b / 1e3, "{:.1f} KB", "Prompt and answer text of a mean request")
figure("content_tb_day", capacity.storage_bytes(mean_rps, content_b, 1) / 1e12, "{:,.2f} TB",
       "Logging all prompt and answer text, per day")
figure("content_x", content_b / (event_kb * 1e3), "{:.1f}x", "Content over the wide event, per request")
roll_min = capacity.storage_bytes(pairs_min / 60, sketch_b, rollup_keep_d)
figure("rollup_min_gb", roll_min / 1e9, "{:,.0f} GB", "Minute rollups with sketches, 7 days")
roll_h = capacity.storage_bytes(pairs_hour / 3600, sketch_b, hourly_keep_d)
figure("rollup_hour_gb", roll_h / 1e9, "{:,.0f} GB", "Hourly rollups, 13 months")

# %% [markdown]
# ## 11. Tracing volume and the tail-sampling buffer

# %%
trace_kb = spans * span_b / 1e3
figure("trace_kb", trace_kb, "{:.1f} KB", "One trace")
all_traces = capacity.storage_bytes(mean_rps, trace_kb * 1e3, 1)
figure("traces_all_gb_day", all_traces / 1e9, "{:,.0f} GB", "Every trace, per day")
keep = err_share + slow_share + base_keep * (1 - err_share - slow_share)
figure("keep_share", keep, "{:.1%}", "Share of traces kept by the tail policy")
kept = all_traces * keep
figure("traces_kept_gb_day", kept / 1e9, "{:,.0f} GB", "Kept traces per day")
figure("traces_kept_tb", kept * trace_days / 1e12, "{:,.2f} TB", "Kept traces, 7 days")
head_errors = err_share * base_keep * req_day
figure("head_err_traces_day", head_errors, "{:,.0f}", "Error traces per day a 1% head sample keeps")
figure("tail_err_traces_day", err_share * req_day, "{:,.0f}", "Error traces per day the tail policy keeps")
# The buffer: spans wait until the stream ends (the gateway's root span closes)
buf_traces = peak_rps * (longest_s + 30)
figure("buffer_wait_s", longest_s + 30, "{:.0f} s", "Decision wait: longest stream plus slack")
figure("buffer_traces", buf_traces, "{:,.0f}", "Traces held at peak")
figure("buffer_gb", buf_traces * trace_kb * 1e3 / 1e9, "{:.1f} GB", "Buffer memory at peak, all collectors")
figure("default_buffer_need", peak_rps * otel_wait_s, "{:,.0f}", "Traces the default 30 s wait holds at peak")
figure("default_buffer_x", peak_rps * otel_wait_s / otel_traces, "{:.1f}x", "That over the default num_traces")
figure("cut_before_end_tokens", (otel_wait_s - healthy_ttft) / (tpot_obs_ms / 1e3), "{:,.0f} tokens",
       "Answers longer than this are still streaming when a 30 s decision is made")

# %% [markdown]
# ## 12. SLOs and multiwindow burn-rate alerts
#
# Budget consumed by a burn rate b over a window w of a 30-day SLO = b x w / 720 h. An alert
# fires when the error ratio in both its windows exceeds b x (1 - target).

# %%
win_h = slo_days * 24
figure("slo_hours", win_h, "{:.0f} h", "Hours in the SLO window")
figure("budget_fast", burn_fast * win_fast_h / win_h, "{:.0%}", "Budget spent before the 1 h page fires")
figure("budget_mid", burn_mid * win_mid_h / win_h, "{:.0%}", "Budget spent before the 6 h page fires")
figure("budget_slow", burn_slow * win_slow_h / win_h, "{:.0%}", "Budget spent before the 3-day ticket fires")
figure("exhaust_fast_h", win_h / burn_fast, "{:.0f} h", "Time to exhaust the budget at 14.4x")
figure("exhaust_mid_d", win_h / burn_mid / 24, "{:.0f} days", "Time to exhaust at 6x")
figure("avail_downtime_min", llm.downtime_per_period_s(avail_target, slo_days) / 60, "{:.1f} min",
       "Full-outage minutes the availability budget allows in 30 days")
figure("avail_downtime_avg_min", llm.downtime_per_period(-math.log10(1 - avail_target), "month_avg"), "{:.1f} min",
       "Same over an average month (30.44 days)")
for key, target in (("avail", avail_target), ("ttft", ttft_target)):
    budget = 1 - target
    figure(f"{key}_thr_fast", burn_fast * budget, "{:.2%}", f"{key}: bad-request ratio that fires the 1 h page")
    figure(f"{key}_thr_mid", burn_mid * budget, "{:.2%}", f"{key}: bad-request ratio that fires the 6 h page")
    figure(f"{key}_thr_slow", burn_slow * budget, "{:.2%}", f"{key}: bad-request ratio that fires the ticket")
    # Total failure (every request bad): the long window's average crosses the threshold after b x budget x window
    figure(f"{key}_detect_s", burn_fast * budget * win_fast_h * 3600, "{:,.0f} s",
           f"{key}: time for a total failure to fire the 1 h page")
figure("ttft_detect_min", burn_fast * (1 - ttft_target) * 60, "{:.1f} min", "Same for TTFT, in minutes")
req_5m = mean_rps * short_fast_min * 60
figure("req_5m", req_5m, "{:,.0f}", "Requests in the 5-minute window at the mean")
# A tenant at the floor: bad requests needed in an hour to cross the fast threshold
figure("tenant_bad_needed", math.ceil(min_requests_h * burn_fast * (1 - avail_target)), "{:d}",
       "Server errors that page for a tenant at 1,000 requests/h")
figure("tenant_small_burn", (1 / small_window) / (1 - avail_target), "{:.0f}x",
       "Burn rate one error makes for a tenant with 20 requests in the window")

# %% [markdown]
# ## 13. GPU-side metrics
#
# KV occupancy of running sequences, decode MFU and memory-bandwidth utilisation (MBU) at
# the typical batch: the roofline step at that batch and at the measured TPOT.

# %%
kv_budget = llm.kv_budget_bytes(n_tp * H100.hbm_bytes, W70, reserve)
figure("kv_budget_gb", kv_budget / 1e9, "{:.0f} GB", "KV budget of a TP8 replica")
kv_run = batch * ctx_mean * KV70
figure("kv_running_share", kv_run / kv_budget, "{:.0%}", "KV held by running sequences at the typical batch")
figure("kv_cap_seqs", llm.max_batch_by_kv_memory(kv_budget, KV70, int(ctx_mean)), "{:,d} sequences",
       "KV-limited batch at the mean context")
peak_flops = n_tp * H100.bf16_dense_flops
for key, t in (("roof", step), ("obs", tpot_obs_ms / 1e3)):
    tps = batch / t
    figure(f"mfu_decode_{key}", tps * 2 * P70 / peak_flops, "{:.1%}", f"Decode MFU at batch {batch} ({key})")
    mbu = llm.decode_bytes_per_step(W70, KV70, batch, int(ctx_mean)) / t / (n_tp * H100.hbm_bytes_per_s)
    figure(f"mbu_decode_{key}", mbu, "{:.0%}", f"Decode MBU at batch {batch} ({key})")
    figure(f"tps_replica_{key}", tps, "{:,.0f} tokens/s", f"Decode tokens/s per replica ({key})")
figure("steps_s_fleet", replicas / (tpot_obs_ms / 1e3), "{:,.0f} steps/s", "Engine steps per second across the fleet")
figure("dcgm_samples_s", gpu_series / scrape_s, "{:,.0f} samples/s", "DCGM samples per second")

# %% [markdown]
# ## 14. Anomaly detection at tenant scale

# %%
checks_day = orgs * signals * (24 * 60 / eval_min)
figure("anom_checks_day_m", checks_day / 1e6, "{:,.0f} million", "Tenant anomaly checks per day")
figure("anom_fp_day", checks_day * fp_rate, "{:,.0f}", "False alarms per day at one window")
figure("anom_fp_round", orgs * signals * fp_rate, "{:,.0f}", "False alarms per evaluation round")
fp_persist = checks_day * fp_rate ** persist
figure("anom_fp_persist", fp_persist, "{:.2g}", "False alarms per day with 3 consecutive windows (if independent)")
figure("anom_fp_eligible", eligible * signals * (24 * 60 / eval_min) * fp_rate, "{:,.0f}",
       "False alarms per day at one window, eligible tenants only")

# %% [markdown]
# ## 15. The MVP

# %%
mvp_mean = mvp_peak_rps / peak_to_mean
figure("mvp_events_gb_day", capacity.storage_bytes(mvp_mean, event_kb * 1e3, 1) / 1e9, "{:.1f} GB",
       "MVP wide events per day, raw")
figure("mvp_events_30d_gb", capacity.storage_bytes(mvp_mean, event_kb * 1e3, hot_days) / compression / 1e9,
       "{:.0f} GB", "MVP wide events, 30 days compressed")
mvp_platform = mvp_models * 1 * statuses * tiers * prompt_buckets * per_set
figure("mvp_platform_series", mvp_platform, "{:,.0f}", "MVP platform series")
figure("mvp_series", mvp_platform + mvp_gpus / n_tp * engine_series + mvp_gpus * dcgm_fields, "{:,.0f}",
       "MVP series in total")
figure("mvp_traces_gb_day", capacity.storage_bytes(mvp_mean, trace_kb * 1e3 * keep, 1) / 1e9, "{:.1f} GB",
       "MVP kept traces per day")
figure("olap_headroom", olap_rows_s / peak_rps, "{:.0f}x", "One columnar node's inserts over the design peak")

# %% [markdown]
# ## 16. Scaling 10x, 100x, 1000x

# %%
for k, tag in ((1, "x1"), (10, "x10"), (100, "x100"), (1000, "x1000")):
    rps = peak_rps * k
    figure(f"{tag}_rps", rps, "{:,.0f} requests/s", f"Peak at {k}x")
    figure(f"{tag}_events_day_b", req_day * k / 1e9, "{:,.2f} billion", f"Wide events per day at {k}x")
    figure(f"{tag}_events_tb_day", ev_raw * k / compression / 1e12, "{:,.2f} TB", f"Compressed events per day at {k}x")
    figure(f"{tag}_traces_gb_day", kept * k / 1e9, "{:,.0f} GB", f"Kept traces per day at {k}x")
    figure(f"{tag}_series", platform + top_series + (eng + gpu_series) * k, "{:,.0f}", f"Metric series at {k}x")
    figure(f"{tag}_olap_nodes", math.ceil(rps / olap_rows_s), "{:,d}", f"Columnar nodes for inserts at {k}x")
    figure(f"{tag}_buffer_gb", rps * (longest_s + 30) * trace_kb * 1e3 / 1e9, "{:,.0f} GB",
           f"Tail-sampling buffer at {k}x")
# At 1000x, sample healthy wide events for the on-call at 1% and keep 100% of bad ones
x1000_sampled = ev_raw * 1000 * (err_share + slow_share + 0.01) / compression
figure("x1000_sampled_tb_day", x1000_sampled / 1e12, "{:,.1f} TB", "1000x: sampled wide events per day, compressed")

# %% [markdown]
# ## 17. Interviewer twists

# %%
figure("proxy_gateway_ttft_ms", healthy_ttft * 1e3, "{:.0f} ms", "Twist: TTFT the gateway records")
figure("proxy_client_ttft_s", proxy_answer_s, "{:.0f} s", "Twist: TTFT the customer sees behind a buffering proxy")
figure("spec_burst_gap_ms", tpot_obs_ms * spec_step_x, "{:.0f} ms", "Twist: gap between speculative bursts")
spec_full_step = llm.speculative_expected_tokens(1.0, spec_k)  # k drafted + 1 from the target = k + 1 tokens
figure("spec_zero_gaps", (spec_full_step - 1) / spec_full_step, "{:.0%}",
       "Twist: share of gaps near zero when every step is fully accepted (k + 1 tokens per step)")
reason_s = reason_tokens * tpot_obs_ms / 1e3
figure("reason_s", reason_s, "{:.0f} s", "Twist: time to generate the hidden reasoning before the first visible token")
figure("reason_ttfvt_s", healthy_ttft + reason_s, "{:.1f} s", "Twist: time to first visible token")
