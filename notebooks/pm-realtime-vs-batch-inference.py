# %% [markdown]
# # Is real-time inference worth much more per month than batch?
#
# The back-of-the-envelope notebook behind the PM walkthrough. It answers one question with
# numbers: what does serving a share of traffic in real time cost per month, compared with
# letting it wait for a batch lane, and what does the user get for the difference?
#
# Hardware and model shapes come only from `estimates.reference`; serving formulas come only
# from `estimates.llm`. Prices, traffic shape and every product number are assumptions,
# declared once with `assume` and labelled as such. The model is Llama 3.1 70B in BF16 on a
# tensor-parallel replica of eight H100 SXM GPUs: a public stand-in for "a large model".
#
# Sections:
#
# 1. Inputs
# 2. Hand-checked values
# 3. The replica: weights, KV cache and the batch ceiling
# 4. Cost per million tokens against batch size, and the latency each batch implies (chart)
# 5. The use cases and what "real time" means for each
# 6. A day of traffic: real time provisioned for the peak, batch in the troughs (chart)
# 7. Monthly cost against the share of traffic that must be real time (chart)
# 8. The four options side by side
# 9. The source's "$2M a month", recomputed
# 10. The experience side: break-even for a slower real-time tier
# 11. A public batch discount against our own cost ratio
# 12. Failure arithmetic: late and partial batches
# 13. Interviewer twists

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
restate("h100_hbm_tbps", "H100_SXM_HBM_TBPS", "{:.2f} TB/s", "H100 SXM memory bandwidth")
restate("l70_kv_heads", "LLAMA31_70B_KV_HEADS", "{:.0f}", "Llama 3.1 70B KV heads (grouped-query attention)")
restate("l70_layers", "LLAMA31_70B_LAYERS", "{:.0f}", "Llama 3.1 70B layers")
restate("l70_head_dim", "LLAMA31_70B_HEAD_DIM", "{:.0f}", "Llama 3.1 70B head_dim")
days_month = restate("days_month", "DAYS_PER_MONTH_AVG", "{:.2f} days", "Days in an average month")
hours_month = 24 * days_month

# Engine efficiency (assumptions, as on the inference-service walkthrough)
bw_eff = assume("bw_eff", 0.7, "{:.0%}", "Share of peak HBM bandwidth a serving engine sustains in decode", "assumption")
mfu = assume("mfu", 0.5, "{:.0%}", "Share of dense peak FLOP/s sustained in prefill (MFU)", "assumption")
reserve = assume("reserve", 0.10, "{:.0%}", "HBM held back for activations, CUDA graphs and fragmentation", "assumption")
n_tp = int(assume("tp", 8, "{:.0f} GPUs", "GPUs per replica (tensor parallelism within one node)", "design choice"))

# The request and the traffic
prompt_tok = int(assume("prompt_tokens", 2_000, "{:,.0f} tokens", "Mean prompt per request (all lanes)", "assumption"))
out_tok = int(assume("output_tokens", 400, "{:,.0f} tokens", "Mean generated answer per request", "assumption"))
req_day = assume("requests_day", 30e6, "{:,.0f} requests/day", "Requests per day across every use case", "assumption")
ptm = assume("peak_to_mean", 1.7, "{:.1f}x", "Daily peak over the daily mean (real-time traffic)", "assumption")

# Use-case mix (share of requests)
mix = {
    "chat": assume("mix_chat", 0.25, "{:.0%}", "Share of requests: interactive chat", "assumption"),
    "agents": assume("mix_agents", 0.10, "{:.0%}", "Share of requests: agent steps (a model call inside a loop)",
                     "assumption"),
    "docs": assume("mix_docs", 0.30, "{:.0%}", "Share of requests: nightly document processing", "assumption"),
    "evals": assume("mix_evals", 0.10, "{:.0%}", "Share of requests: evaluation runs", "assumption"),
    "backfill": assume("mix_backfill", 0.25, "{:.0%}",
                       "Share of requests: backfills (re-summarise or re-tag stored records)", "assumption"),
}

# Operating choices
rt_batch = int(assume("rt_batch", 64, "{:.0f} sequences", "Batch cap on a real-time replica", "design choice"))
util_rt = assume("util_rt", 0.6, "{:.0%}", "Utilisation of real-time capacity at the daily peak (headroom)",
                 "design choice")
util_b = assume("util_batch", 0.9, "{:.0%}", "Utilisation of a batch replica while it runs", "design choice")
util_async = assume("util_async", 0.85, "{:.0%}", "Utilisation of the 1-hour async pool at its peak", "design choice")
harvest = assume("harvest", 0.7, "{:.0%}",
                 "Share of idle real-time capacity the batch scheduler can safely borrow (recall, drain, margin)",
                 "assumption")
ttft_slo = assume("ttft_slo_s", 1.0, "{:.1f} s", "Real-time TTFT objective, p95", "design choice")

# Prices (assumptions, not quotes)
usd_h = assume("usd_per_gpu_hour", 3.00, "${:.2f} per GPU-hour",
               "H100 price for reserved, always-available capacity (an assumption, not a quote)", "assumption")
spot_disc = assume("spot_discount", 0.6, "{:.0%}",
                   "Discount of preemptible (spot) GPU-hours below reserved (assumption; varies by provider and hour)",
                   "assumption")
spot_redo = assume("spot_redo", 0.05, "{:.0%}", "Share of preemptible work redone after reclaims", "assumption")
public_batch_disc = assume("public_batch_discount", 0.5, "{:.0%}",
                           "OpenAI Batch API price discount against the synchronous API",
                           "OpenAI Help Center, Batch API FAQ, https://help.openai.com/en/articles/9197833-batch-api-faq "
                           "(checked 2026-11-23)")
window_h = assume("batch_window_h", 24, "{:.0f} h", "Batch completion window", "design choice (matches the public API)")
async_window_h = assume("async_window_h", 1, "{:.0f} h", "Async lane completion window", "design choice")

# Experience
agent_steps = int(assume("agent_steps", 10, "{:.0f} calls", "Sequential model calls in one agent task", "assumption"))
req_per_session = assume("req_per_session", 5, "{:.0f} requests", "Chat requests per interactive session", "assumption")
abandon_delta = assume("abandon_delta", 0.02, "{:.0%}",
                       "Extra sessions abandoned on the slower real-time tier (illustrative; measure it with an A/B test)",
                       "assumption")

# Twists
cust_share = assume("cust_share", 0.10, "{:.0%}", "Batch volume of the customer who needs 1 hour, share of all batch",
                    "interviewer twist")
rt_growth = assume("rt_growth", 0.20, "{:.0%}", "Real-time traffic growth before the fleet is resized",
                   "failure scenario")
spot_outage_h = assume("spot_outage_h", 6, "{:.0f} h", "Hours of the window with the preemptible pool reclaimed",
                       "failure scenario")
spot_need_h = assume("spot_need_h", 20, "{:.0f} h", "Hours of preemptible capacity a job was planned to use",
                     "failure scenario")
reg_outputs_day = assume("reg_outputs_day", 50_000, "{:,.0f} outputs/day",
                         "Outputs per day in the regulated flow that need human review", "interviewer twist")
review_min = assume("review_min", 2.0, "{:.1f} min", "Reviewer time per output", "assumption")
reviewer_h_day = assume("reviewer_h_day", 6.0, "{:.1f} h", "Productive review hours per reviewer per day", "assumption")
reviewer_usd_h = assume("reviewer_usd_h", 60, "${:.0f} per hour", "Loaded cost of a reviewer hour", "assumption")
source_gap = assume("source_gap", 2e6, "${:,.0f} per month",
                    "Extra monthly cloud spend for real time in the PM article's example", "johnny-mai-pm")
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
bw_rep = n_tp * H100.hbm_bytes_per_s
fl_rep = n_tp * H100.bf16_dense_flops
ctx = prompt_tok + out_tok // 2  # mean tokens held while a sequence decodes

checks = [
    # 2 (K and V) x 80 layers x 8 KV heads x 128 x 2 bytes = 327,680 bytes per token
    ("kv per token", KV70, 327_680, 0),
    ("70B BF16 bytes", W70, 141_107_412_992, 0),
    # Dense BF16 is half the datasheet's sparse 1,979 TFLOP/s
    ("H100 dense BF16", H100.bf16_dense_flops, 989.5e12, 0),
    # KV budget: 640e9 x 0.9 - 141,107,412,992 = 434,892,587,008 bytes
    ("TP8 KV budget", llm.kv_budget_bytes(n_tp * H100.hbm_bytes, W70, reserve), 434_892_587_008, 0),
    # 434,892,587,008 / (327,680 x 2,200 = 720,896,000) = 603.3 -> 603 sequences
    ("sequences of 2,200 tokens", llm.max_batch_by_kv_memory(434_892_587_008, KV70, 2200), 603, 0),
    # Batch 1: (141.107e9 + 720.9e6) / (26.8e12 x 0.7 = 18.76e12) = 7.560 ms
    ("batch-1 step", llm.decode_step_time_s(W70, KV70, 1, 2200, P70, bw_rep, fl_rep, bw_eff), 7.560e-3, 1e-6),
    # Prefill 2,000 tokens: 2 x 70.554e9 x 2000 / (7,916e12 x 0.5) = 71.30 ms
    ("prefill 2,000", llm.prefill_time_s(P70, 2000, fl_rep, mfu), 71.30e-3, 1e-5),
    # $3 x 8 GPUs = $24/h; 10,000 tokens/s = 36M tokens/h -> $0.6667 per million
    ("cost per million", llm.cost_per_million_tokens(3.0, 8, 10_000), 0.6667, 1e-4),
    # 400 tokens at 10 ms after a 0.2 s first token: 0.2 + 0.01 x 399 = 4.19 s
    ("request latency", llm.request_latency_s(0.2, 0.01, 400), 4.19, 1e-9),
]
for name, got, hand, tol in checks:
    assert abs(got - hand) <= tol, (name, got, hand)
figure("hand_checks", len(checks), "{:d} assertions", "Helper values checked against hand arithmetic")

# %% [markdown]
# ## 3. The replica: weights, KV cache and the batch ceiling
#
# KV bytes per token = 2 × layers × KV heads × head_dim × 2 bytes (BF16). The KV budget is
# the replica's HBM less a reserve less the weights; dividing by one sequence's KV gives the
# most sequences a replica can decode at once.

# %%
figure("l70_weights_gb", W70 / 1e9, "{:.0f} GB", "70B weights in BF16")
figure("kv_tok_kib", KV70 / 1024, "{:.0f} KiB", "KV cache per token")
figure("ctx_tokens", ctx, "{:,.0f} tokens", "Mean tokens held per decoding sequence (prompt + half the answer)")
kv_seq = KV70 * ctx
figure("kv_seq_mb", kv_seq / 1e6, "{:.0f} MB", "KV cache per decoding sequence")
budget = llm.kv_budget_bytes(n_tp * H100.hbm_bytes, W70, reserve)
figure("kv_budget_gb", budget / 1e9, "{:.0f} GB", "KV budget of one 8-GPU replica")
kv_cap = llm.max_batch_by_kv_memory(budget, KV70, ctx)
figure("kv_cap", kv_cap, "{:,d} sequences", "Most sequences one replica can decode at once (KV-bound)")
prefill_s = llm.prefill_time_s(P70, prompt_tok, fl_rep, mfu)
figure("prefill_ms", prefill_s * 1e3, "{:.0f} ms", "Prefill of the mean prompt on one replica")

# %% [markdown]
# ## 4. Cost per million tokens against batch size
#
# A replica is modelled as taking turns between prefill (compute-bound) and decode steps
# (memory-bound at these batches). Replica-seconds per request = prefill + output tokens ×
# step time / batch. Counting prefill and decode as if they never overlap is pessimistic for
# both, equally for every lane, so it does not move the comparison.

# %%
def step_s(batch):
    return llm.decode_step_time_s(W70, KV70, batch, ctx, P70, bw_rep, fl_rep, bw_eff)


def rps_at(batch):
    """Requests per second one replica completes at this decode batch."""
    return 1 / (prefill_s + out_tok * step_s(batch) / batch)


def usd_per_m_tokens(batch, price=usd_h):
    """GPU cost per million tokens (prompt plus output) at full use of the replica."""
    return llm.cost_per_million_tokens(price, n_tp, rps_at(batch) * (prompt_tok + out_tok))


def e2e_s(batch):
    return llm.request_latency_s(prefill_s, step_s(batch), out_tok)


rows = {1: "b1", 8: "b8", rt_batch: "brt", 256: "b256", kv_cap: "bcap"}
for b, k in rows.items():
    figure(f"tpot_{k}_ms", step_s(b) * 1e3, "{:.1f} ms", f"Time per output token at batch {b}")
    figure(f"cost_{k}", usd_per_m_tokens(b), "${:.2f} per 1M tokens", f"GPU cost per 1M tokens at batch {b}")
    figure(f"e2e_{k}_s", e2e_s(b), "{:.1f} s", f"Time to the last token of a mean answer at batch {b}")
    figure(f"rps_{k}", rps_at(b), "{:.1f} requests/s", f"Requests per second per replica at batch {b}")
cap_rt = rps_at(rt_batch)
cap_b = rps_at(kv_cap)
figure("batch_vs_rt_tput", cap_b / cap_rt, "{:.2f}x", "Batch replica throughput over real-time replica throughput")
figure("b1_vs_cap_cost", usd_per_m_tokens(1) / usd_per_m_tokens(kv_cap), "{:.0f}x",
       "Cost per token at batch 1 over cost at the KV limit")
figure("prefill_share_cap", prefill_s / (1 / cap_b), "{:.0%}", "Share of replica time spent in prefill at the KV limit")

batches = np.unique(np.round(np.logspace(0, math.log10(kv_cap), 40)).astype(int))
fig, ax = new_chart()
ax.plot(batches, [usd_per_m_tokens(int(b)) for b in batches], color=SERIES[0], label="GPU cost per 1M tokens")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("Decode batch per replica (70B, 8x H100)")
ax.set_ylabel("USD per 1M tokens (prompt + output)", color=SERIES[0])
ax2 = ax.twinx()
ax2.plot(batches, [e2e_s(int(b)) for b in batches], color=SERIES[1], linestyle="--",
         label="seconds to the last token of a 400-token answer")
ax2.set_ylabel("Seconds to last token", color=SERIES[1])
ax2.grid(False)
ax2.spines["right"].set_visible(True)
for b, lab in ((rt_batch, "real-time cap"), (kv_cap, "KV limit")):
    ax.axvline(b, color=SERIES[2], linestyle=":", linewidth=1.2)
    ax.annotate(lab, (b, usd_per_m_tokens(1) * 0.9), rotation=90, fontsize=9, ha="right", va="top",
                xytext=(-3, 0), textcoords="offset points")
lines = ax.get_lines()[:1] + ax2.get_lines()
ax.legend(lines, [ln.get_label() for ln in lines], frameon=False, fontsize=9, loc="upper center",
          bbox_to_anchor=(0.5, -0.2), ncol=2)
show(fig, alt=f"Chart with a log batch-size axis from 1 to the KV limit of {kv_cap} sequences: GPU cost per million "
              f"tokens falls steeply from {usd_per_m_tokens(1):.2f} dollars at batch 1 to {usd_per_m_tokens(rt_batch):.2f} "
              f"at the real-time cap of {rt_batch} and flattens near {usd_per_m_tokens(kv_cap):.2f} at the KV limit, "
              f"while the time to the last token of a {out_tok}-token answer rises from {e2e_s(1):.1f} to "
              f"{e2e_s(kv_cap):.1f} seconds.")

# %% [markdown]
# ## 5. The use cases and what "real time" means for each
#
# An agent task makes its model calls one after another, so its wait is the sum of the
# calls. The same ten calls through a 24-hour batch lane could each wait a full window.

# %%
rt_share = mix["chat"] + mix["agents"]
figure("rt_share", rt_share, "{:.0%}", "Share of requests that must be real time (chat + agents)")
figure("batchable_share", 1 - rt_share, "{:.0%}", "Share of requests that can wait")
figure("agent_task_rt_s", agent_steps * e2e_s(rt_batch), "{:.0f} s", "Agent task of ten calls at the real-time batch")
figure("agent_task_cap_s", agent_steps * e2e_s(kv_cap), "{:.0f} s", "Same task with every call at the KV-limit batch")
figure("agent_task_async_h", agent_steps * async_window_h, "{:.0f} h", "Same task, worst case, on the 1-hour lane")
figure("agent_task_batch_d", agent_steps * window_h / 24, "{:.0f} days", "Same task, worst case, on the 24-hour lane")

# %% [markdown]
# ## 6. A day of traffic
#
# Real-time load follows a daily cosine: mean × (1 + a cos(2π(h − 14)/24)) with
# a = peak-to-mean − 1, so the peak sits at 14:00. The real-time fleet is sized for the peak
# at `util_rt`; whatever it does not use in an hour, the batch scheduler may borrow at the
# batch throughput, times `harvest`. Work the trough cannot hold goes to preemptible GPUs.

# %%
hours = np.arange(24)


def profile(p2m):
    return 1 + (p2m - 1) * np.cos(2 * np.pi * (hours - 14) / 24)


def plan(s, R=req_day, p2m=ptm, price=usd_h, async_lane=False, trough=True):
    """Monthly cost of serving share s in real time and the rest in a batch (or 1-hour async) lane."""
    mean = R / 86400
    rt_mean = s * mean
    n_rt = math.ceil(rt_mean * p2m / (cap_rt * util_rt)) if s > 0 else 0
    rt_cost = n_rt * n_tp * price * hours_month
    load = rt_mean * profile(p2m)
    idle = np.clip(n_rt - load / cap_rt, 0, None)
    trough_req = harvest * idle.sum() * cap_b * 3600 if trough else 0.0
    waiting = (1 - s) * R
    if async_lane:
        n_async = math.ceil((1 - s) * mean * p2m / (cap_b * util_async)) if s < 1 else 0
        return {"total": rt_cost + n_async * n_tp * price * hours_month, "n_rt": n_rt, "n_async": n_async,
                "rt_cost": rt_cost, "trough_req": trough_req}
    spill = max(0.0, waiting - trough_req)
    spot_replica_h = spill * (1 + spot_redo) / (cap_b * util_b * 3600)
    spot_cost = spot_replica_h * n_tp * price * (1 - spot_disc) * days_month
    return {"total": rt_cost + spot_cost, "n_rt": n_rt, "rt_cost": rt_cost, "spot_cost": spot_cost,
            "trough_req": trough_req, "waiting": waiting, "spill": spill, "load": load, "idle": idle}


base = plan(rt_share)
figure("mean_rps", req_day / 86400, "{:,.0f} requests/s", "Mean request rate, all use cases")
figure("rt_peak_rps", rt_share * req_day / 86400 * ptm, "{:,.0f} requests/s", "Real-time peak")
figure("rt_trough_rps", rt_share * req_day / 86400 * (2 - ptm), "{:,.0f} requests/s", "Real-time trough")
figure("n_rt", base["n_rt"], "{:,d} replicas", "Real-time replicas sized for the peak (tiered plan)")
figure("gpus_rt", base["n_rt"] * n_tp, "{:,d} GPUs", "Real-time GPUs (tiered plan)")
figure("rt_mean_util", rt_share * req_day / 86400 / (base["n_rt"] * cap_rt), "{:.0%}",
       "Average use of the real-time fleet by real-time traffic over a day")
figure("trough_req_day", base["trough_req"] / 1e6, "{:.1f}M requests/day", "Batch requests the troughs can absorb")
figure("waiting_req_day", base["waiting"] / 1e6, "{:.1f}M requests/day", "Requests that can wait")
figure("trough_cover", base["trough_req"] / base["waiting"], "{:.0%}", "Troughs as a share of the waiting work")
figure("autoscale_max_saving", base["rt_cost"] * (1 - 1 / ptm), "${:,.0f} per month",
       "Most that autoscaling the real-time fleet to follow the mean could save (before headroom and cold starts)")

fig, ax = new_chart()
load_rep = base["load"] / cap_rt
ax.fill_between(hours, 0, load_rep, step="mid", alpha=0.5, color=SERIES[0], label="real-time load (replicas busy)")
ax.fill_between(hours, load_rep, load_rep + harvest * base["idle"], step="mid", alpha=0.4, color=SERIES[2],
                label="lent to batch")
ax.axhline(base["n_rt"], color=SERIES[1], linestyle="--", linewidth=1.4, label=f"fleet: {base['n_rt']} replicas")
ax.set_xlabel("Hour of day")
ax.set_ylabel("Replicas")
ax.set_xlim(-0.5, 23.5)
ax.legend(frameon=False, fontsize=9, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=3)
show(fig, alt="Area chart over 24 hours: real-time load on the replica fleet peaks mid-afternoon and falls to a "
              "trough overnight; the fleet line is flat at the peak-sized count, and the band between load and "
              "fleet, most of it overnight, is capacity lent to batch work.")

# %% [markdown]
# ## 7. Monthly cost against the share of traffic that must be real time

# %%
all_rt = plan(1.0)
all_batch = plan(0.0)
async_plan = plan(rt_share, async_lane=True)
no_trough = plan(rt_share, trough=False)
figure("cost_all_rt", all_rt["total"], "${:,.0f} per month", "Everything real time")
figure("n_all_rt", all_rt["n_rt"], "{:,d} replicas", "Replicas when everything is real time")
figure("gpus_all_rt", all_rt["n_rt"] * n_tp, "{:,d} GPUs", "GPUs when everything is real time")
figure("cost_all_batch", all_batch["total"], "${:,.0f} per month", "Everything in the 24-hour lane on preemptible GPUs")
figure("cost_tiered", base["total"], "${:,.0f} per month", "Tiered: real time for chat and agents, 24-hour batch for the rest")
figure("cost_tiered_spot", base["spot_cost"], "${:,.0f} per month", "Preemptible spend in the tiered plan")
figure("cost_tiered_notrough", no_trough["total"], "${:,.0f} per month", "Tiered, batch on preemptible GPUs only (no trough)")
figure("cost_async", async_plan["total"], "${:,.0f} per month", "Real time plus a 1-hour async lane for the rest")
figure("n_async", async_plan["n_async"], "{:,d} replicas", "Async-lane replicas (reserved, sized for its peak)")
figure("gap_rt_tiered", all_rt["total"] - base["total"], "${:,.0f} per month", "All real time minus tiered")
figure("ratio_rt_tiered", all_rt["total"] / base["total"], "{:.1f}x", "All real time over tiered")
figure("gap_tiered_batch", base["total"] - all_batch["total"], "${:,.0f} per month",
       "Tiered minus all batch: the monthly price of real time for chat and agents")
figure("gap_async_tiered", async_plan["total"] - base["total"], "${:,.0f} per month",
       "1-hour lane instead of 24-hour lane for all waiting work")
figure("trough_value", no_trough["total"] - base["total"], "${:,.0f} per month", "What filling the troughs saves")
# Handing the trough back instead: rent real-time GPUs by the hour, following the load exactly
# (an idealised bound: no cold starts, no minimum, capacity always available), and run all
# waiting work on preemptible GPUs. Break-even hourly price, as a multiple of the reserved price:
follow_cost_at_reserved = base["rt_cost"] / ptm
od_breakeven = (base["total"] - no_trough["spot_cost"]) / follow_cost_at_reserved
figure("od_breakeven", od_breakeven, "{:.2f}x",
       "Hourly (on-demand) GPU price, over the reserved price, above which reserving for the peak and filling the troughs is cheaper")

shares = np.linspace(0, 1, 41)
fig, ax = new_chart()
ax.plot(shares * 100, [all_rt["total"] / 1e6] * len(shares), color=SERIES[1], label="everything real time")
ax.plot(shares * 100, [plan(s)["total"] / 1e6 for s in shares], color=SERIES[0],
        label="tiered: real time + 24-hour batch")
ax.plot(shares * 100, [plan(s, async_lane=True)["total"] / 1e6 for s in shares], color=SERIES[3], linestyle="-.",
        label="real time + 1-hour async lane")
ax.plot(shares * 100, [plan(s, trough=False)["total"] / 1e6 for s in shares], color=SERIES[2], linestyle=":",
        label="tiered, batch on spot only")
ax.axvline(rt_share * 100, color="#010203", linestyle="--", linewidth=1)
ax.annotate(f"our mix: {rt_share:.0%}", (rt_share * 100, all_rt["total"] / 1e6 * 0.55), fontsize=9, ha="left",
            xytext=(4, 0), textcoords="offset points")
ax.set_xlabel("Share of requests that must be real time (%)")
ax.set_ylabel("GPU cost, $M per month")
ax.set_ylim(0, all_rt["total"] / 1e6 * 1.1)
ax.legend(frameon=False, fontsize=9, loc="lower right")
show(fig, alt="Line chart of monthly GPU cost against the share of requests that must be real time: serving "
              f"everything in real time is flat at {all_rt['total'] / 1e6:.1f} million dollars; the tiered plan rises from "
              f"{all_batch['total'] / 1e6:.2f} million at zero real-time share to meet it at 100 percent, bending where the real-time fleet's "
              "troughs start to absorb all batch work; a 1-hour async lane costs more than the 24-hour lane at every "
              "share below 100 percent.")

# %% [markdown]
# ## 8. Per-lane unit costs

# %%
tok_req = prompt_tok + out_tok
rt_tokens_month = rt_share * req_day * days_month * tok_req
figure("usd_m_rt_lane", base["rt_cost"] / (rt_tokens_month / 1e6), "${:.2f} per 1M tokens",
       "Real-time lane, fleet cost over real-time tokens")
figure("usd_m_all_rt", all_rt["total"] / (req_day * days_month * tok_req / 1e6), "${:.2f} per 1M tokens",
       "Everything real time, per token")
spot_unit = usd_per_m_tokens(kv_cap, usd_h * (1 - spot_disc)) * (1 + spot_redo) / util_b
figure("usd_m_spot_lane", spot_unit, "${:.2f} per 1M tokens", "Batch on preemptible GPUs, per token")
async_unit = async_plan["n_async"] * n_tp * usd_h * hours_month / ((1 - rt_share) * req_day * days_month * tok_req / 1e6)
figure("usd_m_async_lane", async_unit, "${:.2f} per 1M tokens", "1-hour async lane, per token")
figure("rt_over_spot", (base["rt_cost"] / (rt_tokens_month / 1e6)) / spot_unit, "{:.0f}x",
       "Real-time lane per token over spot batch per token")
# Where the per-token gap comes from (the product is close to rt_over_spot; rounding up to
# whole replicas accounts for the rest).
figure("f_peak", ptm, "{:.1f}x", "Factor from sizing for the peak")
figure("f_headroom", util_b / util_rt, "{:.1f}x", "Factor from headroom (batch utilisation over real-time)")
figure("f_price", 1 / ((1 - spot_disc) * (1 + spot_redo)), "{:.1f}x", "Factor from preemptible pricing, net of rework")
figure("f_product", ptm * util_b / util_rt * cap_b / cap_rt / ((1 - spot_disc) * (1 + spot_redo)), "{:.1f}x",
       "Product of the four factors")
figure("usd_per_chat_req", base["rt_cost"] / (rt_share * req_day * days_month), "${:.4f}",
       "Real-time GPU cost per request")

# %% [markdown]
# ## 9. The source's "$2M a month", recomputed
#
# The article gives the figure without a workload. What it implies at our price, and the
# volume at which our model produces that gap (the gap grows almost linearly with volume).

# %%
figure("gpus_for_source_gap", source_gap / (usd_h * hours_month), "{:,.0f} GPUs",
       "H100s running all month that $2M buys at our price")
gap_per_req_day = (all_rt["total"] - base["total"]) / req_day
vol_2m = source_gap / gap_per_req_day
check = plan(rt_share, R=vol_2m)
gap_check = plan(1.0, R=vol_2m)["total"] - check["total"]
assert abs(gap_check - source_gap) / source_gap < 0.02, gap_check
figure("vol_for_source_gap", vol_2m / 1e6, "{:.0f}M requests/day", "Daily volume at which our gap reaches $2M a month")

# %% [markdown]
# ## 10. The experience side
#
# Option "squeeze real time": run chat and agents at the KV-limit batch and 85% utilisation.
# It saves GPUs; it costs latency. Queueing grows as ρ/(1 − ρ) in an M/M/1 approximation,
# which is enough to show the direction. Instead of inventing an abandonment curve, compute
# the session value at which the faster tier pays for itself, for an assumed abandonment gap.

# %%
squeeze_util = util_async  # same 85% as the async pool
n_squeeze = math.ceil(rt_share * req_day / 86400 * ptm / (cap_b * squeeze_util))
sq_cost = n_squeeze * n_tp * usd_h * hours_month
figure("n_squeeze", n_squeeze, "{:,d} replicas", "Real-time replicas when squeezed")
figure("squeeze_saving", base["rt_cost"] - sq_cost, "${:,.0f} per month", "Monthly saving from squeezing real time")
figure("queue_factor_rt", util_rt / (1 - util_rt), "{:.1f}", "M/M/1 wait factor at the real-time utilisation")
figure("queue_factor_sq", squeeze_util / (1 - squeeze_util), "{:.1f}", "M/M/1 wait factor when squeezed")
figure("queue_growth", (squeeze_util / (1 - squeeze_util)) / (util_rt / (1 - util_rt)), "{:.1f}x",
       "Growth in mean queueing delay when squeezed")
sessions_month = mix["chat"] * req_day * days_month / req_per_session
figure("sessions_month", sessions_month / 1e6, "{:.0f}M sessions/month", "Chat sessions per month")
breakeven_value = (base["rt_cost"] - sq_cost) / (sessions_month * abandon_delta)
figure("breakeven_session_value", breakeven_value, "${:.2f}",
       "Value a lost session must have for the faster tier to pay for itself")
figure("premium_per_session", (base["rt_cost"] - sq_cost) / sessions_month, "${:.4f}",
       "Squeeze saving per chat session")

# %% [markdown]
# ## 11. A public batch discount against our own cost ratio

# %%
figure("our_batch_discount", 1 - spot_unit / (base["rt_cost"] / (rt_tokens_month / 1e6)), "{:.0%}",
       "Our spot batch lane's cost below our real-time lane, per token")

# %% [markdown]
# ## 12. Failure arithmetic: late and partial batches

# %%
# Real-time traffic grows; the fleet and the waiting work stay as they were.
mean_g = rt_share * (1 + rt_growth) * req_day / 86400
load_g = mean_g * profile(ptm)
idle_g = np.clip(base["n_rt"] - load_g / cap_rt, 0, None)
trough_g = harvest * idle_g.sum() * cap_b * 3600
waiting_g = base["waiting"]
figure("peak_util_grown", load_g.max() / (base["n_rt"] * cap_rt), "{:.0%}",
       "Peak utilisation of the unchanged real-time fleet after growth")
figure("trough_cover_grown", trough_g / waiting_g, "{:.0%}", "Troughs as a share of waiting work after growth")
figure("spill_grown", (waiting_g - trough_g) / 1e6, "{:.1f}M requests/day", "Waiting work that must spill to spot")
spill_cost = (waiting_g - trough_g) * (1 + spot_redo) / (cap_b * util_b * 3600) * n_tp * usd_h * (1 - spot_disc) * days_month
figure("spill_cost_grown", spill_cost, "${:,.0f} per month", "Spot cost of that spill")
figure("partial_done", min(1, (window_h - spot_outage_h) / spot_need_h), "{:.0%}",
       "Share of a job done at the deadline if spot disappears for 6 h")
figure("slack_h", window_h - spot_need_h, "{:.0f} h", "Slack in that job's plan")

# %% [markdown]
# ## 13. Interviewer twists

# %%
# (a) A customer needs 1 hour, not 24: move their share of waiting work to the async lane.
cust_req_day = cust_share * (1 - rt_share) * req_day
n_cust = math.ceil(cust_req_day / 86400 * ptm / (cap_b * util_async))
cust_async_cost = n_cust * n_tp * usd_h * hours_month
cust_tokens_m = cust_req_day * days_month * tok_req / 1e6
figure("cust_req_day", cust_req_day / 1e6, "{:.2f}M requests/day", "The customer's volume")
figure("cust_async_cost", cust_async_cost, "${:,.0f} per month", "Their volume on a reserved 1-hour pool")
figure("cust_async_unit", cust_async_cost / cust_tokens_m, "${:.2f} per 1M tokens", "Their 1-hour cost per token")
figure("cust_async_over_spot", cust_async_cost / cust_tokens_m / spot_unit, "{:.1f}x",
       "1-hour lane per token over the spot batch lane")

# (b) GPU prices halve.
half = {k: plan(s, price=usd_h / 2)["total"] for k, s in (("rt", 1.0), ("tiered", rt_share))}
figure("half_gap", half["rt"] - half["tiered"], "${:,.0f} per month", "All real time minus tiered at half price")
figure("half_all_rt", half["rt"], "${:,.0f} per month", "Everything real time at half price")
figure("half_breakeven", breakeven_value / 2, "${:.2f}", "Break-even session value at half price")

# (c) Traffic becomes flat.
flat_rt = plan(1.0, p2m=1.0)
flat_tiered = plan(rt_share, p2m=1.0)
figure("flat_all_rt", flat_rt["total"], "${:,.0f} per month", "Everything real time, flat traffic")
figure("flat_tiered", flat_tiered["total"], "${:,.0f} per month", "Tiered, flat traffic")
figure("flat_gap", flat_rt["total"] - flat_tiered["total"], "${:,.0f} per month", "Gap with flat traffic")
figure("flat_ratio", flat_rt["total"] / flat_tiered["total"], "{:.1f}x", "All real time over tiered, flat traffic")
figure("flat_trough_cover", flat_tiered["trough_req"] / flat_tiered["waiting"], "{:.0%}",
       "Headroom as a share of waiting work, flat traffic")

# (d) A regulator requires human review before any output is used.
review_h_day = reg_outputs_day * review_min / 60
reviewers = math.ceil(review_h_day / reviewer_h_day)
review_cost_month = review_h_day * reviewer_usd_h * days_month
gpu_cost_reg = reg_outputs_day * days_month * (base["rt_cost"] / (rt_share * req_day * days_month))
figure("review_h_day", review_h_day, "{:,.0f} reviewer-hours/day", "Review work per day")
figure("reviewers", reviewers, "{:,d} reviewers", "Reviewers needed")
figure("review_cost_month", review_cost_month, "${:,.0f} per month", "Review cost per month")
figure("reg_gpu_rt_month", gpu_cost_reg, "${:,.0f} per month", "Real-time GPU cost of the same outputs")
figure("review_over_gpu", review_cost_month / gpu_cost_reg, "{:,.0f}x", "Review cost over real-time GPU cost")
