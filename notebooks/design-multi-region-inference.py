# %% [markdown]
# # Design multi-region LLM inference with failover
#
# The back-of-the-envelope notebook behind the walkthrough. Hardware and model shapes come
# only from `estimates.reference`; formulas come only from `estimates.llm`. Everything else
# is an assumption, declared once with `assume` and labelled as such, so that a reader can
# replace it with the interviewer's number and watch the page follow.
#
# The flagship model is Llama 3.1 70B in BF16, served as tensor-parallel replicas of eight
# H100 SXM GPUs: a public stand-in for "a large model", not a claim about any provider's fleet.
#
# Sections:
#
# 1. Inputs
# 2. Hand-checked values
# 3. What one replica serves, with a warm and a cold prefix cache
# 4. Headroom: N regions that survive the loss of one (chart)
# 5. State: what is replicated, what is recomputed
# 6. Traffic steering: how long the dead region keeps receiving requests (chart)
# 7. A region dies at peak: in-flight streams and the survivors' load
# 8. Resuming a cut stream: regenerate against continue
# 9. Brownouts
# 10. Failback
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
H100 = ref.GPUS["h100-sxm"]


# Hardware and model shapes, restated from the reference module so the page can show them
restate("h100_hbm_gb", "H100_SXM_HBM_GB", "{:.0f} GB", "H100 SXM memory (decimal GB)")
restate("h100_bf16_dense", "H100_SXM_BF16_DENSE_TFLOPS", "{:.1f} TFLOP/s",
        "H100 SXM BF16 tensor-core peak, dense (datasheet's sparse 1,979 halved)")
restate("l70_layers", "LLAMA31_70B_LAYERS", "{:.0f}", "Llama 3.1 70B layers")
restate("l70_kv_heads", "LLAMA31_70B_KV_HEADS", "{:.0f}", "Llama 3.1 70B KV heads (GQA)")
restate("l70_head_dim", "LLAMA31_70B_HEAD_DIM", "{:.0f}", "Llama 3.1 70B head_dim")
rtt_x = restate("rtt_cross_region_ms", "CA_NETHERLANDS_RTT_MS", "{:.0f} ms", "Cross-region round trip (transatlantic)") / 1e3
chars_per_token = restate("chars_per_token", "CHARS_PER_TOKEN_EN", "{:.0f} characters",
                          "Characters per token of English text")

# Engine and fleet
mfu = assume("mfu", 0.5, "{:.0%}", "Share of dense peak FLOP/s sustained on prefill and batched tokens (MFU)",
             "assumption")
n_tp = int(assume("tp", 8, "{:.0f} GPUs", "Tensor-parallel degree of a 70B replica", "design choice"))
usd_gpu_h = assume("usd_per_gpu_hour", 3.00, "${:.2f} per GPU-hour",
                   "H100 price (an assumption, not a quote: prices vary by provider and commitment)", "assumption")
util_n = assume("util_normal", 0.7, "{:.0%}", "Planned utilisation of a region at the daily peak, all regions up",
                "design choice")
util_e = assume("util_emergency", 0.9, "{:.0%}", "Highest utilisation accepted while one region is down",
                "design choice")

# Workload
peak_rps = assume("peak_rps", 3_000, "{:,.0f} requests/s", "Design peak for the flagship model, all regions",
                  "assumption")
regions = int(assume("regions", 4, "{:d}", "Serving regions (two in the US, two in the EU)", "design choice"))
prompt_tok = assume("prompt_tokens", 1_500, "{:,.0f} tokens", "Mean prompt (system prompt, history, user turn)",
                    "assumption")
out_tok = assume("output_tokens", 300, "{:,.0f} tokens", "Mean generated answer", "assumption")
hit_warm = assume("hit_warm", 0.5, "{:.0%}", "Share of prompt tokens served from the prefix cache, steady state",
                  "assumption")
hit_cold = assume("hit_cold", 0.15, "{:.0%}",
                  "Same share for traffic that just moved region (only shared system prompts are warm there)",
                  "assumption")
ttft_s = assume("ttft_mean_s", 0.6, "{:.1f} s", "Mean time to first token at peak", "assumption")
tpot_s = assume("tpot_mean_ms", 40, "{:.0f} ms", "Mean time between streamed tokens at peak", "assumption") / 1e3
free_share = assume("free_share", 0.3, "{:.0%}", "Share of requests from the free tier", "assumption")
eu_share = assume("eu_share", 0.35, "{:.0%}", "Share of traffic whose nearest regions are the EU pair", "assumption")
pinned_share = assume("pinned_share", 0.4, "{:.0%}",
                      "Share of EU traffic from projects pinned to the EU (data residency)", "assumption")
largest_share = assume("largest_share", 0.4, "{:.0%}",
                       "Share of global traffic the busiest region serves (unequal regions)", "assumption")
user_turn = assume("user_turn_tokens", 150, "{:,.0f} tokens", "New user text per turn (the rest of the prompt is history)",
                   "assumption")
turn_gap_min = assume("turn_gap_min", 2, "{:.0f} min", "Mean time between turns of an active conversation",
                      "assumption")

# Steering and health
dns_interval = assume("dns_check_s", 10, "{:.0f} s", "DNS health-check interval (Route 53 offers 10 or 30 s)",
                      "Amazon Route 53 Developer Guide, 'How Amazon Route 53 determines whether a health check is "
                      "healthy' (checked 2026-11-23)")
dns_fails = assume("dns_failures", 3, "{:.0f}", "Consecutive failed checks before a region is withdrawn",
                   "design choice (Route 53's usual threshold)")
dns_ttl = assume("dns_ttl_s", 60, "{:.0f} s", "TTL of the regional DNS answers", "design choice")
dns_ttl_long = assume("dns_ttl_long_s", 300, "{:.0f} s", "A common longer TTL, for comparison", "assumption")
sticky_share = assume("sticky_share", 0.05, "{:.0%}",
                      "Clients that keep a cached address well past its TTL (long-lived connections, app caches)",
                      "assumption")
sticky_hold = assume("sticky_hold_s", 900, "{:.0f} s", "How long those clients keep it", "assumption")
glb_probe = assume("glb_probe_s", 1, "{:.0f} s", "Probe interval from the global load balancer's edge", "design choice")
glb_fails = assume("glb_failures", 3, "{:.0f}", "Failed probes before the edge stops sending to a region",
                   "design choice")
glb_push = assume("glb_push_s", 2, "{:.0f} s", "Time to push a routing change to every edge site", "assumption")

# State and replication
repl_lag = assume("repl_lag_s", 1.0, "{:.1f} s", "Cross-region replication lag of the conversation store, p99",
                  "assumption")
usage_lag = assume("usage_lag_s", 5, "{:.0f} s", "Lag of shipping usage events from a region to global billing",
                   "assumption")
usd_per_m = assume("usd_per_m_tokens", 5.0, "${:.2f} per million tokens",
                   "Blended list price, prompt and output (an assumption)", "assumption")
link_gbps = assume("link_gbps", 10, "{:.0f} Gb/s", "Cross-region bandwidth one transfer can use", "assumption")
rebalance_s = assume("rebalance_s", 10, "{:.0f} s", "Period of rate-limit share rebalancing across regions",
                     "design choice")
weights_link_gbps = assume("weights_link_gbps", 40, "{:.0f} Gb/s",
                           "Bulk copy rate for model weights into a region", "assumption")

# Brownout and failback
detect_client = assume("stall_s", 3.0, "{:.0f} s", "Silence after which a client treats a stream as cut",
                       "design choice")
brown_cap = assume("brownout_capacity", 0.6, "{:.0%}",
                   "Capacity a browned-out region still has (a rack of GPUs lost, or slow storage)", "assumption")
queue_deadline = assume("queue_deadline_s", 2.0, "{:.1f} s", "Queue deadline, paid tiers", "design choice")
ramp_steps = assume("failback_steps", 4, "{:d}", "Steps in the failback ramp (10%, 25%, 50%, 100% of share)",
                    "design choice")
soak_min = assume("failback_soak_min", 15, "{:.0f} min", "Soak time at each failback step", "design choice")
region_gpu_cap = assume("region_gpu_cap", 8_000, "{:,.0f} GPUs",
                        "GPUs one region can give this model (power and supply; an assumption)", "assumption")
assumptions_table()

# %% [markdown]
# ## 2. Hand-checked values
#
# Each assertion compares a helper from `estimates.llm` with a number worked out on paper.

# %%
P70 = llm.param_count(L70)
W70 = llm.weights_bytes(L70)
KV70 = llm.kv_cache_bytes_per_token(L70)
F_rep = n_tp * H100.bf16_dense_flops


def tokens_per_request(hit):
    """Tokens a replica pushes through the model per request: uncached prompt + answer."""
    return prompt_tok * (1 - hit) + out_tok


def replica_rps(hit):
    """Compute ceiling of one TP8 replica: 1 / prefill_time_s(tokens per request) (prefill and decode both 2P FLOPs/token)."""
    return 1 / llm.prefill_time_s(P70, tokens_per_request(hit), F_rep, mfu)


checks = [
    # 2 (K and V) x 80 layers x 8 KV heads x 128 x 2 bytes = 327,680 bytes per token
    ("kv per token", KV70, 327_680, 0),
    # 70,553,706,496 parameters x 2 bytes
    ("70B BF16 bytes", W70, 141_107_412_992, 0),
    # 1,500 x 0.5 + 300 = 1,050 tokens; 2 x 70.554e9 x 1,050 = 1.4816e14 FLOPs; 8 x 989.5e12 x 0.5 = 3.958e15 FLOP/s
    # -> 37.434 ms per request -> 26.714 requests/s
    ("replica requests/s, warm", replica_rps(0.5), 26.714, 1e-3),
    # N = 4: each survivor carries 1/3 of the peak instead of 1/4: 4/3 = 1.333
    ("N/(N-1) for N=4", 4 / 3, 1.3333, 1e-4),
    # Little's law: 750 requests/s x 12.56 s = 9,420 streams
    ("Little's law", llm.little_concurrency(750, 12.56), 9_420, 0),
    # 1,650 tokens x 327,680 bytes = 540,672,000 bytes
    ("kv of 1,650 tokens", llm.kv_cache_bytes_per_sequence(L70, 1650), 540_672_000, 0),
]
for name, got, hand, tol in checks:
    assert abs(got - hand) <= tol, (name, got, hand)
figure("hand_checks", len(checks), "{:d} assertions", "Helper values checked against hand arithmetic")

# %% [markdown]
# ## 3. What one replica serves, warm and cold
#
# A request costs 2 FLOPs per parameter per token for the uncached part of its prompt and for
# every generated token. The prefix cache lives in the HBM of the replicas of one region, so
# traffic that moves region arrives with a cold cache.

# %%
cap_warm = replica_rps(hit_warm)
cap_cold = replica_rps(hit_cold)
figure("tok_req_warm", tokens_per_request(hit_warm), "{:,.0f} tokens", "Tokens computed per request, warm cache")
figure("tok_req_cold", tokens_per_request(hit_cold), "{:,.0f} tokens", "Tokens computed per request, cold cache")
figure("cap_warm", cap_warm, "{:.1f} requests/s", "One TP8 replica's ceiling, warm cache")
figure("cap_cold", cap_cold, "{:.1f} requests/s", "One TP8 replica's ceiling, cold cache")
cold_factor = cap_warm / cap_cold
figure("cold_factor", cold_factor, "{:.2f}x", "Compute per moved request over a warm request")
figure("cold_penalty", cold_factor - 1, "{:.0%}", "Extra compute per request that arrives cold")
share = 1 / regions
region_rps = peak_rps * share
figure("region_share", share, "{:.0%}", "One region's share of traffic (equal regions)")
figure("region_rps", region_rps, "{:,.0f} requests/s", "One region's share of the peak (equal regions)")
usd_h_rep = usd_gpu_h * n_tp
figure("usd_h_replica", usd_h_rep, "${:.0f} per hour", "One TP8 replica")
hours_year = ref.DAYS_PER_YEAR * 24

# %% [markdown]
# ## 4. Headroom: N regions that survive the loss of one
#
# With N equal regions each carries D/N. When one dies, each survivor carries D/(N-1): N/(N-1)
# times its normal share. Against a fleet run hot (every region sized for its share at the
# emergency ceiling, nothing reserved for a regional loss) the reserve is exactly
# N/(N-1) - 1 = 1/(N-1), give or take rounding to whole replicas. A fleet that already plans a
# lower utilisation at peak (for surges and autoscaling lead time) has part of it already.

# %%


def reps_for(rps, u):
    """Whole replicas that carry `rps` at utilisation `u`, warm cache (llm.replicas_needed)."""
    return llm.replicas_needed(rps, cap_warm, u)


def fleet_gpus(n, demand=peak_rps, mode="n1"):
    """GPUs of n equal regions. hot: share at the emergency ceiling; steady: share at the normal
    target; n1: also carry D/(N-1) at the emergency ceiling; shed: carry D/(N-1) less the free tier."""
    hot = demand / n / (cap_warm * util_e)
    steady = demand / n / (cap_warm * util_n)
    need = {"hot": hot, "steady": steady,
            "n1": max(steady, demand / (n - 1) / (cap_warm * util_e)),
            "n1_hot": max(hot, demand / (n - 1) / (cap_warm * util_e)),
            "shed": max(steady, demand * (1 - free_share) / (n - 1) / (cap_warm * util_e))}[mode]
    return math.ceil(need) * n * n_tp


gpus_hot = fleet_gpus(regions, mode="hot")
gpus_steady = fleet_gpus(regions, mode="steady")
gpus_n1 = fleet_gpus(regions, mode="n1")
reps_n1 = gpus_n1 // (regions * n_tp)
figure("n_over_n1", regions / (regions - 1), "{:.3f}x", "N/(N-1): a survivor's load over its normal share")
figure("n1_load_share", 1 / (regions - 1), "{:.0%}", "Share of the global peak each survivor carries")
figure("reserve_rule", 1 / (regions - 1), "{:.0%}", "Reserve the rule asks for: 1/(N-1)")
figure("gpus_hot", gpus_hot, "{:,d} GPUs", "Fleet run hot: each region's share at 90%, no regional reserve")
figure("reps_hot", gpus_hot // (regions * n_tp), "{:,d} replicas", "Replicas per region in that fleet")
figure("gpus_n1", gpus_n1, "{:,d} GPUs", "Fleet that carries the peak on three regions at 90%")
figure("reps_n1", reps_n1, "{:,d} replicas", "Replicas per region in that fleet")
figure("n1_extra_gpus", gpus_n1 - gpus_hot, "{:,d} GPUs", "GPUs the regional reserve adds to the hot fleet")
figure("n1_extra_pct", gpus_n1 / gpus_hot - 1, "{:.0%}", "Same as a share of the hot fleet")
figure("n1_cost_year_m", (gpus_n1 - gpus_hot) * usd_gpu_h * hours_year / 1e6, "${:,.1f}M",
       "Yearly cost of the reserve at the assumed price")
figure("fleet_cost_year_m", gpus_n1 * usd_gpu_h * hours_year / 1e6, "${:,.0f}M", "Yearly cost of the whole fleet")
figure("gpus_steady", gpus_steady, "{:,d} GPUs", "Fleet at the 70% peak target, reserve not considered")
figure("steady_headroom", util_e / util_n - 1, "{:.0%}", "Headroom the 70% target already holds against 90%")
figure("n1_over_steady", gpus_n1 / gpus_steady - 1, "{:.0%}", "What the N+1 rule adds on top of the 70% fleet")
naive = reps_for(peak_rps / (regions - 1), util_n) * regions * n_tp
figure("naive_gpus", naive, "{:,d} GPUs", "Fleet if the failover load must also fit at 70%")
figure("naive_over_n1", naive / gpus_n1 - 1, "{:.0%}", "Its excess over the N+1 fleet")
n_cross = math.ceil(util_e / (util_e - util_n))
figure("n_cross", n_cross, "{:d} regions", "Regions from which the 70% target alone absorbs a loss at 90%")
for n in (2, 3, 4, 6, 8):
    figure(f"nn1_n{n}", n / (n - 1), "{:.2f}x", f"N/(N-1) with {n} regions")
    figure(f"reserve_n{n}", fleet_gpus(n, mode="n1_hot") / fleet_gpus(n, mode="hot") - 1, "{:.0%}",
           f"Reserve over the hot fleet with {n} regions")
    figure(f"reserve_cost_n{n}", (fleet_gpus(n, mode="n1_hot") - fleet_gpus(n, mode="hot")) * usd_gpu_h
           * hours_year / 1e6, "${:,.1f}M", f"Yearly cost of that reserve with {n} regions")
gpus_shed = fleet_gpus(regions, mode="shed")
figure("gpus_shed", gpus_shed, "{:,d} GPUs", "Fleet that survives a loss by shedding the free tier (70% target kept)")
figure("shed_saving_gpus", gpus_n1 - gpus_shed, "{:,d} GPUs", "GPUs that plan saves against carrying everything")
figure("shed_saving_year_m", (gpus_n1 - gpus_shed) * usd_gpu_h * hours_year / 1e6, "${:,.1f}M",
       "Yearly saving from that plan")
figure("active_passive_extra", 1.0, "{:.0%}", "Reserve of an active-passive pair (a full idle copy)")
# What the reserve does the rest of the time: preemptible batch work
reserve_gpus = gpus_n1 - gpus_hot
figure("reserve_gpu_h_day", reserve_gpus * 24, "{:,.0f} GPU-hours", "Reserve GPU-hours a day available to batch work")

# Unequal regions: the busiest region's loss sets the survivors' headroom
figure("big_rps", peak_rps * largest_share, "{:,.0f} requests/s", "Busiest region's peak")
figure("uneq_factor", 1 / (1 - largest_share), "{:.2f}x",
       "Load over normal share on the survivors when the busiest region dies (capacity-aware spread)")
figure("eq_factor", regions / (regions - 1), "{:.2f}x", "The same when regions are equal")

# Residency: pinned EU traffic may only fail over to the other EU region (a zone of two)
eu_rps = peak_rps * eu_share
pinned_rps = eu_rps * pinned_share
figure("eu_rps", eu_rps, "{:,.0f} requests/s", "EU traffic at peak")
figure("pinned_rps", pinned_rps, "{:,.0f} requests/s", "EU-pinned traffic at peak")
figure("pinned_zone_factor", 2 / (2 - 1), "{:.0f}x", "A two-region residency zone: survivor load over normal")
figure("pinned_zone3_factor", 3 / 2, "{:.1f}x", "The same for a three-region zone")
p_norm = reps_for(pinned_rps / 2, util_e)
p_surv = reps_for(pinned_rps, util_e)
figure("pinned_reps_normal", p_norm, "{:,d} replicas", "Replicas for one EU region's pinned half, at 90%")
figure("pinned_reps_survivor", p_surv, "{:,d} replicas", "Replicas the surviving EU region needs for all pinned traffic")

ns = np.arange(2, 11)
fig, ax = new_chart()
ax.plot(ns, [(n / (n - 1) - 1) * 100 for n in ns], marker="o", label="N/(N-1) - 1: carry everything on N-1 regions")
ax.plot(ns, [(max(1, (1 - free_share) * n / (n - 1)) - 1) * 100 for n in ns], marker="^", linestyle="--",
        label="shed the free tier during the loss")
ax.axhline((util_e / util_n - 1) * 100, color=SERIES[2], linestyle=":", linewidth=1.4,
           label="headroom a 70% peak target already holds")
ax.axvline(regions, color=SERIES[3], linestyle=":", linewidth=1.2, label=f"this design, {regions} regions")
ax.set_xlabel("Regions serving the model (N)")
ax.set_ylabel("Reserve over a fleet run at 90% (%)")
ax.set_ylim(bottom=-2)
ax.legend(frameon=False, fontsize=9)
show(fig, alt="Chart of the GPU reserve needed to survive the loss of one region against the number of regions: "
              "carrying all traffic needs 100 percent at two regions, 50 at three, 33 at four and 11 at ten; "
              "shedding the free tier needs 40 percent at two, 5 at three and nothing from four; a 70 percent peak "
              "target already holds 29 percent, which covers the full rule from five regions")

# %% [markdown]
# ## 5. State: what is replicated, what is recomputed
#
# The prefix (KV) cache of a conversation is five orders of magnitude larger than its text.
# Shipping it across regions is slower than recomputing it, so it is never replicated.

# %%
ctx = prompt_tok + out_tok / 2  # tokens a conversation holds mid-answer
kv_conv = llm.kv_cache_bytes_per_sequence(L70, int(ctx))
text_conv = ctx * chars_per_token  # bytes of UTF-8 text, English
figure("ctx_mean", ctx, "{:,.0f} tokens", "Tokens a conversation holds mid-answer")
figure("kv_tok_kib", KV70 / 1024, "{:.0f} KiB", "KV cache per token (GQA, BF16)")
figure("kv_conv_mb", kv_conv / 1e6, "{:.0f} MB", "KV cache of one mean conversation")
figure("text_conv_kb", text_conv / 1e3, "{:.1f} KB", "Its text")
figure("kv_over_text", kv_conv / text_conv, "{:,.0f}x", "KV bytes over text bytes")
t_ship = kv_conv * 8 / (link_gbps * 1e9)
t_recompute = llm.prefill_time_s(P70, ctx, F_rep, mfu)
figure("kv_ship_s", t_ship, "{:.2f} s", "Time to ship that KV cache across regions at the assumed bandwidth")
figure("kv_ship_rtt_s", t_ship + rtt_x, "{:.2f} s", "Same plus one cross-region round trip")
figure("kv_recompute_ms", t_recompute * 1e3, "{:.0f} ms", "Time to recompute it by prefill on a TP8 replica")
figure("kv_ship_over_recompute", (t_ship + rtt_x) / t_recompute, "{:.0f}x", "Shipping over recomputing")
# Replicating every request's KV continuously
kv_repl_tbps = region_rps * kv_conv * 8 / 1e12
figure("kv_repl_tbps", kv_repl_tbps, "{:.1f} Tb/s", "Cross-region bandwidth to mirror each region's new KV caches")
text_repl_mbps = region_rps * (out_tok + user_turn) * chars_per_token * 8 / 1e6
figure("text_repl_mbps", text_repl_mbps, "{:.0f} Mb/s",
       "Cross-region bandwidth to replicate one region's conversation writes (new user turn and answer text)")
# Conversation store: writes at risk in the replication window
conv_writes = peak_rps * 2  # user message and assistant message per turn
figure("conv_writes", conv_writes, "{:,.0f} writes/s", "Conversation-store writes at peak (two per turn)")
figure("conv_at_risk", conv_writes * share * repl_lag, "{:,.0f} messages",
       "Messages in one region's replication window when it dies (RPO)")
# Usage events: tokens and money in the shipping window
tok_s_region = region_rps * (prompt_tok + out_tok)
figure("tok_s_region", tok_s_region, "{:,.0f} tokens/s", "Billable tokens per second in one region")
figure("usage_at_risk_usd", tok_s_region * usage_lag * usd_per_m / 1e6, "${:,.0f}",
       "Revenue in one region's unshipped usage window")
figure("usage_per_day_usd_k", tok_s_region * usd_per_m / 1e6 * ref.SECONDS_PER_DAY / 1e3, "${:,.0f}K",
       "One region's billable tokens per day at peak rate, for scale")
# Rate limits: each region enforces a share of an organisation's global limit
figure("rl_share", 1 / regions, "{:.0%}", "Share of an organisation's limit each region holds")
figure("rl_left", 1 - 1 / regions, "{:.0%}", "Share of its limit a moved tenant gets until the rebalance")
figure("rl_lost_share", 1 / regions, "{:.0%}",
       "Share of that limit stranded in the dead region until the next rebalance")
figure("rl_overshoot", regions, "{:d}x", "Worst-case overshoot if every region enforced the full limit locally")
# Weights: a new model version copied into every region
figure("weights_gb", W70 / 1e9, "{:.0f} GB", "70B weights in BF16")
figure("weights_copy_s", W70 * 8 / (weights_link_gbps * 1e9), "{:.0f} s", "Copying them into one region")

# %% [markdown]
# ## 6. Traffic steering: how long the dead region keeps receiving requests
#
# DNS: nothing moves until the health checks withdraw the region, then cached answers expire
# over one TTL, and a few clients hold on for much longer. A global load balancer behind an
# anycast edge: the edge stops sending after a few failed probes and a config push.

# %%
t_detect_dns = dns_interval * dns_fails
t_detect_glb = glb_probe * glb_fails + glb_push


def dns_stale(t, ttl):
    """Share of the dead region's clients still sent there t seconds after it dies (DNS steering)."""
    if t < t_detect_dns:
        return 1.0
    drained = min(1.0, (t - t_detect_dns) / ttl)
    normal = (1 - sticky_share) * (1 - drained)
    sticky = sticky_share if t < t_detect_dns + sticky_hold else 0.0
    return normal + sticky


def glb_stale(t):
    return 1.0 if t < t_detect_glb else 0.0


def failed_seconds(fn, horizon=3_600, step=0.5):
    """Integral of the stale share over time: seconds' worth of the region's requests that fail."""
    ts = np.arange(0, horizon, step)
    return float(sum(fn(t) for t in ts) * step)


fs_dns = failed_seconds(lambda t: dns_stale(t, dns_ttl))
fs_dns_long = failed_seconds(lambda t: dns_stale(t, dns_ttl_long))
fs_glb = failed_seconds(glb_stale)
# Closed form for the 60 s TTL: detect + (1 - s) x TTL / 2 + s x hold
closed = t_detect_dns + (1 - sticky_share) * dns_ttl / 2 + sticky_share * sticky_hold
assert abs(fs_dns - closed) < 1.0, (fs_dns, closed)
figure("dns_detect_s", t_detect_dns, "{:.0f} s", "DNS: time to withdraw a dead region")
figure("dns_drain_s", t_detect_dns + dns_ttl, "{:.0f} s", "DNS: time until clients that honour the TTL have moved")
figure("dns_failed_s", fs_dns, "{:.0f} s", "DNS, 60 s TTL: the region's traffic that fails, in seconds of its rate")
figure("dns_long_failed_s", fs_dns_long, "{:.0f} s", "Same with a 300 s TTL")
figure("dns_failed_req", fs_dns * region_rps, "{:,.0f} requests", "Requests that fail with DNS steering, 60 s TTL")
figure("dns_sticky_failed_req", sticky_share * sticky_hold * region_rps, "{:,.0f} requests",
       "Of which from clients that ignore the TTL")
figure("glb_detect_s", t_detect_glb, "{:.0f} s", "Global load balancer: time to stop sending to a dead region")
figure("glb_failed_req", fs_glb * region_rps, "{:,.0f} requests", "Requests that fail with the global load balancer")
figure("dns_over_glb", fs_dns / fs_glb, "{:.0f}x", "DNS failures over global-load-balancer failures")

ts = np.arange(0, 1_000, 1.0)
fig, ax = new_chart()
ax.plot(ts, [dns_stale(t, dns_ttl) * 100 for t in ts], label=f"GeoDNS, {dns_ttl:.0f} s TTL")
ax.plot(ts, [dns_stale(t, dns_ttl_long) * 100 for t in ts], linestyle="--", label=f"GeoDNS, {dns_ttl_long:.0f} s TTL")
ax.plot(ts, [glb_stale(t) * 100 for t in ts], label="anycast edge + global load balancer")
ax.set_xlabel("Seconds after the region dies")
ax.set_ylabel("Dead region's clients still sent there (%)")
ax.set_ylim(-2, 102)
ax.legend(frameon=False)
show(fig, alt="Chart of the share of a dead region's clients still routed to it over time: with a global load "
              "balancer behind an anycast edge it drops to zero after 5 seconds; with GeoDNS it stays at 100 "
              "percent for 30 seconds of health checks, then falls over one TTL (60 or 300 seconds) to a 5 percent "
              "tail of clients that ignore the TTL, which lingers until 930 seconds")

# %% [markdown]
# ## 7. A region dies at peak
#
# Streams in flight by Little's law; the survivors' load in the first minutes, when moved
# traffic arrives with a cold prefix cache; what shedding the free tier buys.

# %%
stream_s = ttft_s + tpot_s * (out_tok - 1)
figure("stream_s", stream_s, "{:.1f} s", "Mean stream duration (TTFT + TPOT x (tokens - 1))")
streams_region = llm.little_concurrency(region_rps, stream_s)
figure("streams_region", streams_region, "{:,.0f} streams", "Streams in flight in one region at peak")
figure("tokens_shown_lost", streams_region * out_tok / 2, "{:,.0f} tokens",
       "Tokens already on users' screens in those streams (half an answer each)")
# Capacity of a survivor in the N+1 fleet
cap_region = reps_n1 * cap_warm
figure("cap_region", cap_region, "{:,.0f} requests/s", "One region's ceiling, warm")
util_before = region_rps / cap_region
figure("util_before", util_before, "{:.0%}", "A region's utilisation at peak, all regions up")
moved = region_rps / (regions - 1)  # each survivor's extra requests/s
util_warm = (region_rps + moved) / cap_region
util_cold = (region_rps + moved * cold_factor) / cap_region
figure("moved_rps", moved, "{:,.0f} requests/s", "Extra requests each survivor receives")
figure("util_after_warm", util_warm, "{:.0%}", "Survivor utilisation once moved caches are warm")
figure("util_after_cold", util_cold, "{:.0%}", "Survivor utilisation in the first minutes (moved traffic cold)")
util_cold_shed = (region_rps * (1 - free_share) + moved * (1 - free_share) * cold_factor) / cap_region
figure("util_after_cold_shed", util_cold_shed, "{:.0%}", "Same after shedding the free tier")
# How long the cold-cache surge lasts: every moved conversation needs one cold turn
figure("cold_window_min", turn_gap_min, "{:.0f} min",
       "Time for most moved conversations to take one turn (then they are warm)")
# If only the hot fleet had been bought
cap_hot_region = gpus_hot // (regions * n_tp) * cap_warm
figure("util_after_hot", (region_rps + moved * cold_factor) / cap_hot_region, "{:.0%}",
       "Survivor utilisation in the first minutes if only the hot fleet was bought")
# Nearest-healthy steering: an EU region's whole share lands on the other EU region
figure("nearest_only_util", 2 * region_rps / cap_region, "{:.0%}",
       "The other EU region's utilisation if steering sends it all of the dead region's traffic")
moved_pinned = pinned_rps / 2  # the dead EU region's half of the pinned traffic: only the other EU region may take it
figure("moved_pinned", moved_pinned, "{:,.0f} requests/s", "Pinned requests the other EU region must absorb")
eu2_cold = (region_rps + moved_pinned * cold_factor) / cap_region
figure("eu2_pinned_util_cold", eu2_cold, "{:.0%}",
       "The other EU region in the first minutes: its own share plus the moved pinned part, cold")
# Shed the free tier (never pinned) from its own share: 30% of all traffic, all of it unpinned
free_rps_region = region_rps * free_share
figure("eu2_after_shed", (region_rps - free_rps_region + moved_pinned * cold_factor) / cap_region, "{:.0%}",
       "Same after it sheds its own free-tier requests")
figure("eu_unpinned_moved", region_rps - moved_pinned, "{:,.0f} requests/s",
       "Unpinned EU traffic a capacity-aware balancer spreads to the US pair")

# %% [markdown]
# ## 8. Resuming a cut stream: regenerate against continue
#
# A cut stream can be regenerated from the start (a new sample, the shown text replaced) or
# continued: a new region prefills prompt + the text already shown and generates the rest.

# %%
shown = out_tok / 2
regen_tokens = prompt_tok * (1 - hit_cold) + out_tok
cont_tokens = (prompt_tok + shown) * (1 - hit_cold) + (out_tok - shown)
figure("shown_tokens", shown, "{:.0f} tokens", "Tokens a cut stream had shown (mean)")
figure("regen_tokens", regen_tokens, "{:,.0f} tokens", "Tokens computed to regenerate a cut answer")
figure("cont_tokens", cont_tokens, "{:,.0f} tokens", "Tokens computed to continue it")
gpu_s_regen = llm.prefill_time_s(P70, regen_tokens, F_rep, mfu) * n_tp
gpu_s_cont = llm.prefill_time_s(P70, cont_tokens, F_rep, mfu) * n_tp
figure("regen_over_cont", regen_tokens / cont_tokens, "{:.2f}x", "Regenerating over continuing, in compute")
figure("regen_replay_s", shown * tpot_s, "{:.1f} s",
       "Extra time before a regenerated answer passes the point the cut one had reached")
figure("resume_cost_usd", streams_region * gpu_s_cont * usd_gpu_h / 3600, "${:,.2f}",
       "GPU cost of continuing every cut stream of a region")
figure("regen_cost_usd", streams_region * gpu_s_regen * usd_gpu_h / 3600, "${:,.2f}",
       "GPU cost of regenerating them instead")
cont_prefill = llm.prefill_time_s(P70, (prompt_tok + shown) * (1 - hit_cold), F_rep, mfu)
figure("cont_prefill_ms", cont_prefill * 1e3, "{:.0f} ms", "Prefill before the first continued token, one replica")
gap_resume = detect_client + rtt_x * 2 + cont_prefill + ttft_s
figure("resume_gap_s", gap_resume, "{:.1f} s",
       "Gap the user sees: 3 s stall detection, new TLS/HTTP round trips far away, queue and prefill")
# Billing: bill only tokens delivered; the re-prefill is the provider's cost
figure("reprefill_tokens_region", streams_region * (prompt_tok + shown) * (1 - hit_cold), "{:,.0f} tokens",
       "Prompt tokens re-prefilled after a region loss (not billed)")
figure("double_bill_usd", streams_region * (prompt_tok + shown) * usd_per_m / 1e6, "${:,.0f}",
       "What billing those re-prefilled tokens to customers would overcharge")

# %% [markdown]
# ## 9. Brownouts
#
# A region that answers health checks but has lost part of its capacity. Without weight
# changes it keeps its full share; the queue grows at the difference.

# %%
brown_cap_rps = cap_region * brown_cap
excess = region_rps - brown_cap_rps
figure("brown_lost", 1 - brown_cap, "{:.0%}", "Capacity the browned-out region lost")
figure("brown_cap_rps", brown_cap_rps, "{:,.0f} requests/s", "Browned-out region's remaining ceiling")
figure("brown_excess", max(excess, 0), "{:,.0f} requests/s", "Arrivals above what it can serve")
figure("brown_queue_s", queue_deadline * brown_cap_rps / max(excess, 1e-9), "{:.1f} s",
       "Time until queued work waits longer than the deadline (queue grows at the excess)")
figure("brown_refused_share", max(excess, 0) / region_rps, "{:.0%}",
       "Share of the region's requests refused once the queue is full")
# weight that keeps the browned-out region at its normal utilisation of the capacity it has left
w_target = brown_cap
figure("brown_weight", w_target, "{:.0%}", "Weight to give the region: its share scaled by capacity left")
shifted = region_rps * (1 - w_target) / (regions - 1)
figure("brown_shift_util", (region_rps + shifted * cold_factor) / cap_region, "{:.0%}",
       "Each other region's utilisation in the first minutes after that shift")

# %% [markdown]
# ## 10. Failback
#
# The recovered region has an empty prefix cache. Sending its full share back at once makes
# every returning request cold; a ramp lets caches warm while most traffic stays where it is warm.

# %%
cap_returning = reps_n1 * cap_cold
figure("failback_util_snap", region_rps / cap_returning, "{:.0%}",
       "Recovered region's utilisation if its full share returns at once (all cold)")
figure("failback_util_first_step", region_rps * 0.10 / cap_returning, "{:.0%}",
       "Same at the first 10% step")
figure("failback_min", ramp_steps * soak_min, "{:.0f} min", "Failback ramp duration")
figure("failback_moves", streams_region, "{:,.0f} streams",
       "Streams a snap failback would risk cutting if it moved live connections")

# %% [markdown]
# ## 11. Scaling 10x, 100x, 1000x

# %%
def regions_for(d):
    """Fewest regions (at least `regions`) whose fleet, reserve included, fits each region's GPU supply."""
    n = regions
    while fleet_gpus(n, demand=d, mode="n1_hot") / n > region_gpu_cap:
        n += 1
    return n


for mult, tag in ((1, "x1"), (10, "x10"), (100, "x100"), (1000, "x1000")):
    d = peak_rps * mult
    n_needed = regions_for(d)
    g_n1 = fleet_gpus(n_needed, demand=d, mode="n1_hot")
    g_hot = fleet_gpus(n_needed, demand=d, mode="hot")
    figure(f"{tag}_rps", d, "{:,.0f} requests/s", f"Peak at {tag}")
    figure(f"{tag}_regions", n_needed, "{:,d} regions", f"Regions needed by GPU supply at {tag}")
    figure(f"{tag}_gpus", g_n1, "{:,d} GPUs", f"GPUs with the regional reserve at {tag}")
    figure(f"{tag}_reserve", g_n1 / g_hot - 1, "{:.0%}", f"Regional reserve at {tag}")
    figure(f"{tag}_reserve_cost_m", (g_n1 - g_hot) * usd_gpu_h * hours_year / 1e6, "${:,.0f}M",
           f"Yearly cost of the reserve at {tag}")
    figure(f"{tag}_streams_region", llm.little_concurrency(d / n_needed, stream_s), "{:,.0f} streams",
           f"Streams cut by one region's loss at {tag}")
    figure(f"{tag}_cost_year_b", g_n1 * usd_gpu_h * hours_year / 1e9, "${:,.2f}B", f"Yearly GPU cost at {tag}")
figure("x10_hot_gpus", fleet_gpus(regions, demand=peak_rps * 10, mode="hot"), "{:,d} GPUs",
       "Hot fleet at 10x, before any regional reserve")
# Cells: a region split into independent cells; the failure unit shrinks
cells = int(assume("cells_per_region", 8, "{:d}", "Independent cells per region at 100x", "design choice"))
n100 = regions_for(peak_rps * 100)
figure("cell_streams_x100", llm.little_concurrency(peak_rps * 100 / n100 / cells, stream_s), "{:,.0f} streams",
       "Streams cut by one cell's loss at 100x")
figure("cell_nn1", cells / (cells - 1), "{:.2f}x", "N/(N-1) for cells inside a region")
figure("x100_wan_streams_gbps", llm.little_concurrency(peak_rps * 100, stream_s) / tpot_s * 40 * 8 / 1e9,
       "{:.1f} Gb/s", "Token-stream egress at 100x, about 40 bytes per token event")

# %% [markdown]
# ## 12. Interviewer twists

# %%
# "Replicate the token stream synchronously so a region loss is invisible"
events_s = streams_region / tpot_s  # one event per token per stream
figure("sync_events_s", events_s, "{:,.0f} events/s", "Token events per second in one region")
figure("sync_added_ms", rtt_x * 1e3, "{:.0f} ms", "Latency each event would wait for a cross-region acknowledgement")
figure("sync_tpot_ratio", rtt_x / tpot_s, "{:.1f}x", "That wait over the time between tokens")
# "Send EU-pinned traffic to the US while the EU is down"
figure("eu_both_down_pinned", pinned_rps, "{:,.0f} requests/s",
       "Pinned requests refused while both EU regions are down")
# "Finance: cut the reserve" -> what is idle at peak, and what batch work can use
figure("idle_at_peak_gpus", gpus_n1 * (1 - util_before), "{:,.0f} GPUs",
       "GPU-equivalents idle at the daily peak in the N+1 fleet")
