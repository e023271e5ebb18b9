# %% [markdown]
# # Design the rate limiter for a model API: the estimates
#
# Every number the walkthrough quotes is computed here. Inputs first, each declared once with
# `assume`; then the sections:
#
# 1. Inputs
# 2. Why tokens: the spread of one request's cost
# 3. Limiter decisions per second, Redis scripts per second and shards
# 4. Hot keys: the largest organisation on one shard
# 5. Reservations: what is held, what is refunded
# 6. Distributed enforcement: the error of each option, and the chart
# 7. What the client sees: Retry-After, jittered retries, header overhead
# 8. The limiter store is down
# 9. Abuse: many free accounts
# 10. Memory of the buckets
# 11. Scaling 10x, 100x, 1000x

# %% [markdown]
# ## 1. Inputs
#
# None of the four sources gives traffic figures for this question, so every input is an
# assumption of this walkthrough, stated so that a reader can change it.

# %%
import math

from estimates import assume, assumptions_table, figure, restate
from estimates import reference as ref

rps_peak = assume("rps_peak", 100_000, "{:,.0f} requests/s", "Peak API requests across all organisations (one region)", "assumption")
orgs = assume("orgs", 1_000_000, "{:,.0f}", "Organisations with an API key", "assumption")
active_share = assume("active_share", 0.05, "{:.0%}", "Share of organisations active in a given minute", "assumption")
models = assume("models", 8, "{:d}", "Models with their own limits", "assumption")
projects_per_org = assume("projects_per_org", 3, "{:d}", "Projects per active organisation (mean)", "assumption")
buckets_per_req = assume("buckets_per_req", 4, "{:d}", "Buckets one request touches (org-model RPM and TPM, project RPM and TPM)", "design choice")
scripts_per_req = assume("scripts_per_req", 2, "{:d}", "Limiter round trips per request (reserve at admission, settle at completion)", "design choice")
redis_script_budget = assume("redis_script_budget", 50_000, "{:,.0f} scripts/s",
                             "Multi-key Lua scripts one Redis primary sustains (planning budget, well under its simple-command peak)", "assumption")
shard_headroom = assume("shard_headroom", 2.0, "{:.0f}x", "Provisioned shard capacity over peak need", "design choice")
gateways = assume("gateways", 400, "{:,d}", "API gateway instances in the region", "assumption")
prompt_tok = assume("prompt_tok", 1_500, "{:,d} tokens", "Mean prompt length", "assumption")
output_tok = assume("output_tok", 350, "{:,d} tokens", "Mean output length", "assumption")
max_tok_mean = assume("max_tok_mean", 4_000, "{:,d} tokens", "Mean max_tokens reserved (explicit value, or the default cap when unset)", "assumption")
small_req_tok = assume("small_req_tok", 100, "{:,d} tokens", "A small request (short prompt, short answer)", "assumption")
large_req_tok = assume("large_req_tok", 128_000, "{:,d} tokens", "A large request (a full long-context prompt)", "assumption")
decode_tps = assume("decode_tps", 50, "{:d} tokens/s", "Decode speed one stream sees", "assumption")
big_org_share = assume("big_org_share", 0.05, "{:.0%}", "Share of peak traffic from the largest organisation", "assumption")
big_tpm = assume("big_tpm", 600_000_000, "{:,.0f} tokens/min", "Token limit of a large organisation on one model", "assumption")
big_rpm = assume("big_rpm", 400_000, "{:,.0f} requests/min", "Request limit of the same organisation", "assumption")
offered_x = assume("offered_x", 3.0, "{:.0f}x", "Offered load over the limit for an organisation that is being limited", "assumption")
sync_s = assume("sync_s", 1.0, "{:.0f} s", "Sync interval of local buckets in the chosen design", "design choice")
lease_s = assume("lease_s", 2.0, "{:.0f} s", "A lease's size, in seconds of the gateway's share of the limit", "design choice")
gw_per_org = assume("gw_per_org", 100, "{:d}", "Gateways a large organisation's traffic reaches", "assumption")
header_count = assume("header_count", 6, "{:d}", "x-ratelimit-* headers on every response", "design choice")
header_b = assume("header_b", 38, "{:d} B", "Mean bytes per header line (name, value, CRLF) before compression", "assumption")
resp_b = assume("resp_b", 2_500, "{:,d} B", "Mean response body (JSON or SSE for the mean output)", "assumption")
rejected_burst = assume("rejected_burst", 2_000, "{:,d} requests", "Requests of one organisation rejected in the same second", "assumption")
jitter_window_s = assume("jitter_window_s", 4.0, "{:.0f} s", "Full-jitter window of the second retry (base 1 s, doubled)", "design choice")
outage_s = assume("outage_s", 60, "{:d} s", "Limiter store outage length", "assumption")
gpu_headroom = assume("gpu_headroom", 0.3, "{:.0%}", "Serving capacity kept above the sum of expected admitted load", "assumption")
free_tpm = assume("free_tpm", 40_000, "{:,.0f} tokens/min", "Token limit of a free-tier organisation", "assumption")
sybils = assume("sybils", 5_000, "{:,d}", "Free accounts one abuser controls", "interviewer twist")
usd_per_mtok = assume("usd_per_mtok", 0.50, "${:.2f}", "Serving cost per million tokens (blended, small model)", "assumption")
bucket_b = assume("bucket_b", 64, "{:d} B", "One token bucket in Redis (key, two numbers, TTL, overhead)", "assumption")
log_ts_b = assume("log_ts_b", 16, "{:d} B", "One timestamp in a sorted-set log (member and score)", "assumption")
limited_share = assume("limited_share", 0.10, "{:.0%}", "Share of traffic from organisations pressing their limit at a given moment", "assumption")
skew = assume("split_skew", 2.0, "{:.0f}x", "Traffic skew: a hot gateway's share of an org over the even share", "assumption")
deficit = assume("retry_deficit", 5_000, "{:,d} tokens", "Shortfall of a rejected request in the Retry-After example", "assumption")
rtt_ms = assume("rtt_ms", ref.SAME_DC_ROUND_TRIP_US / 1000, "{:.1f} ms", "Round trip within one data centre (reference latency table)", "reference")
wan_rtt_ms = restate("wan_rtt_ms", "CA_NETHERLANDS_RTT_MS", "{:.0f} ms", "California-Netherlands round trip (reference latency table)")
assumptions_table()

# %% [markdown]
# ## 2. Why tokens: the spread of one request's cost

# %%
figure("cost_spread", large_req_tok / small_req_tok, "{:,.0f}x", "Token cost of a large request over a small one")
mean_req_tok = prompt_tok + output_tok
figure("mean_req_tok", mean_req_tok, "{:,d} tokens", "Tokens in a mean request (prompt + output)")
figure("rpm_at_big_tpm", big_tpm / mean_req_tok, "{:,.0f} requests/min", "Mean requests the large organisation's token limit allows")
figure("large_req_per_min", big_tpm / large_req_tok, "{:,.0f} requests/min", "Full long-context requests the same limit allows")
figure("small_req_per_min", big_tpm / small_req_tok, "{:,.0f} requests/min", "Small requests the same limit allows")

# %% [markdown]
# ## 3. Decisions, Redis scripts and shards

# %%
decisions = figure("decisions", rps_peak * buckets_per_req, "{:,.0f} bucket checks/s", "Bucket checks per second at peak")
scripts = figure("scripts", rps_peak * scripts_per_req, "{:,.0f} scripts/s", "Limiter scripts per second (reserve + settle)")
shards_min = figure("shards_min", math.ceil(scripts / redis_script_budget), "{:d} shards", "Redis primaries at the planning budget, no headroom")
shards = figure("shards", math.ceil(scripts * shard_headroom / redis_script_budget), "{:d} shards", "Redis primaries with headroom")
figure("shard_nodes", shards * 2, "{:d} nodes", "Redis nodes with one replica per primary")
figure("tokens_per_s", rps_peak * mean_req_tok / 1e6, "{:,.0f} million tokens/s", "Tokens per second through the API at peak")
figure("added_latency", rtt_ms, "{:.1f} ms", "Latency the central check adds per request (one round trip)")
figure("one_shard_share", redis_script_budget / scripts, "{:.0%}", "Share of peak limiter load one primary can carry")
figure("wan_over_local", wan_rtt_ms / rtt_ms, "{:,.0f}x", "A cross-continent round trip over an in-region one")
active_orgs = figure("active_orgs", orgs * active_share, "{:,.0f}", "Active organisations in a minute")

# %% [markdown]
# ## 4. Hot keys
#
# All of one organisation's buckets share a Redis hash tag so the reserve script is one
# round trip. That puts the whole organisation on one shard.

# %%
big_rps = figure("big_rps", rps_peak * big_org_share, "{:,.0f} requests/s", "Largest organisation's peak request rate")
big_scripts = figure("big_scripts", big_rps * scripts_per_req, "{:,.0f} scripts/s", "Scripts per second on that organisation's shard")
figure("big_shard_load", big_scripts / redis_script_budget, "{:.0%}", "Share of one shard's budget the largest organisation takes")
figure("big_rps_10x", big_rps * 10, "{:,.0f} requests/s", "Largest organisation's rate at 10x")
figure("big_shard_load_10x", big_scripts * 10 / redis_script_budget, "{:.0%}", "Its share of one shard at 10x")
figure("big_rpm_per_s", big_rpm / 60, "{:,.0f} requests/s", "The large organisation's request limit per second")

# %% [markdown]
# ## 5. Reservations and refunds
#
# At admission the limiter charges prompt + max_tokens (the output is not known yet); at
# completion it refunds max_tokens - actual output. The reservation is held for the length
# of the generation.

# %%
reserved_per_req = prompt_tok + max_tok_mean
figure("reserved_per_req", reserved_per_req, "{:,d} tokens", "Tokens reserved per mean request")
figure("refund_per_req", max_tok_mean - output_tok, "{:,d} tokens", "Tokens refunded per mean request")
figure("refund_share", (max_tok_mean - output_tok) / reserved_per_req, "{:.0%}", "Share of the reservation refunded")
figure("over_reserve_x", reserved_per_req / mean_req_tok, "{:.1f}x", "Reservation over actual use, mean request")
figure("refund_rate", rps_peak * (max_tok_mean - output_tok) / 1e6, "{:,.0f} million tokens/s", "Tokens refunded per second at peak")
gen_s = figure("gen_s", output_tok / decode_tps, "{:.0f} s", "Time a mean reservation is held (output at the decode speed)")
# Without refunds the org can start this many mean requests per minute
figure("no_refund_rpm", big_tpm / reserved_per_req, "{:,.0f} requests/min", "Mean requests per minute the large org gets if reservations are never refunded")
figure("no_refund_loss", 1 - mean_req_tok / reserved_per_req, "{:.0%}", "Throughput an organisation loses if reservations are never refunded")
# With refunds, the steady-state capacity held in reservations
big_tok_rate = big_tpm / 60
req_rate_at_limit = big_tok_rate / mean_req_tok
held = figure("held_tokens", req_rate_at_limit * gen_s * (max_tok_mean - output_tok), "{:,.0f} tokens",
              "Over-reserved tokens held at any moment by the large org at its limit")
figure("held_share", held / big_tpm, "{:.1%}", "That hold as a share of its per-minute limit")

# %% [markdown]
# ## 6. Distributed enforcement: the error each option allows
#
# * Central store: exact up to in-flight scripts.
# * Local buckets synced every T seconds: each gateway spends against a stale view of the
#   global count. Once the org crosses its limit, the other gateways keep admitting until
#   the next sync, so the over-admission per minute is about (offered rate) x T / 2 on
#   average and (offered rate) x T at worst, against a limit of L per minute.
# * Static split (limit / N on each gateway, no sync): exact only if traffic is spread evenly.
# * Leases: gateways take allowances from the quota service. Nothing is admitted without a
#   lease, so there is no over-admission; the error is stranded allowance (under-admission),
#   at most one lease per gateway.

# %%
offered_per_s = big_tok_rate * offered_x


def over_admission(t_sync, x=offered_x, worst=False):
    """Extra tokens admitted per minute, as a share of the limit, with local buckets synced every t_sync s."""
    extra = big_tok_rate * x * t_sync * (1.0 if worst else 0.5)
    return extra / big_tpm


figure("local_over_avg", over_admission(sync_s), "{:.1%}", "Over-admission per minute, local buckets, chosen sync interval (mean)")
figure("local_over_worst", over_admission(sync_s, worst=True), "{:.1%}", "Same, worst case")
figure("local_over_10s", over_admission(10, worst=True), "{:.0%}", "Worst case with a 10 s sync")
figure("local_over_10s_tok", over_admission(10, worst=True) * big_tpm / 1e6, "{:.1f} million tokens", "Extra tokens per minute with a 10 s sync, worst case")
figure("sync_msgs", gateways / sync_s, "{:,.0f} syncs/s", "Sync messages per second per hot key (one per gateway per interval)")
lease_tok = big_tok_rate / gw_per_org * lease_s
figure("lease_tok", lease_tok, "{:,.0f} tokens", "One lease for the large org (its share per gateway times the lease length)")
figure("lease_stranded", gw_per_org * lease_tok / big_tpm, "{:.1%}", "Most of the limit stranded in unspent leases (all gateways hold one)")
figure("lease_ops", gw_per_org / lease_s, "{:,.0f} lease calls/s", "Lease calls per second for the large org")
figure("lease_vs_central", big_rps * scripts_per_req / (gw_per_org / lease_s), "{:,.0f}x", "Central scripts over lease calls for the large org")
figure("split_under", 1 - 1 / skew, "{:.0%}", "Share of its limit an org can lose on a hot gateway with a static split at that skew")
figure("gw_share_tpm", big_tpm / gw_per_org, "{:,.0f} tokens/min", "Static split: the large org's limit on each gateway")
figure("gw_small_share", free_tpm / gateways, "{:,.0f} tokens/min", "Static split of a free-tier limit across every gateway")
figure("gw_small_share_ratio", (free_tpm / gateways) / mean_req_tok, "{:.2f}", "That share in mean requests: under one, so a static split refuses small orgs")

from estimates.charts import SERIES, new_chart, show  # noqa: E402

ts = [0.1 * i for i in range(1, 101)]
fig, ax = new_chart()
for i, x in enumerate((2.0, offered_x, 10.0)):
    ax.plot(ts, [over_admission(t, x, worst=True) * 100 for t in ts], color=SERIES[i], label=f"offered {x:.0f}x the limit, worst")
ax.plot(ts, [over_admission(t, offered_x) * 100 for t in ts], color=SERIES[1], linestyle="--", label=f"offered {offered_x:.0f}x, mean")
ax.axhline(5, color=SERIES[3], linestyle=":", linewidth=1.2, label="5% tolerance")
ax.set_xlabel("sync interval of local buckets (s)")
ax.set_ylabel("over-admission (% of the per-minute limit)")
ax.set_ylim(0, 100)
ax.set_title("Local buckets: tokens admitted past the limit per minute")
ax.legend(frameon=False, fontsize=9)
show(fig, alt="Line chart: with local buckets, the share of the per-minute limit admitted past it grows linearly with the "
              "sync interval and with the offered load; at 3x the limit a 1 second sync costs 5 percent in the worst case "
              "and a 10 second sync 50 percent.")

tol = 0.05
figure("sync_for_5pct", tol * big_tpm / (big_tok_rate * offered_x), "{:.1f} s", "Longest sync interval that keeps worst-case over-admission under 5% at the assumed offered load")
figure("sync_for_5pct_10x", tol * big_tpm / (big_tok_rate * 10), "{:.1f} s", "The same at 10x offered load")

# %% [markdown]
# ## 7. What the client sees

# %%
figure("retry_after_s", deficit / (free_tpm / 60), "{:.1f} s", "Retry-After for that shortfall at a free-tier org's refill rate")
figure("refill_rate", free_tpm / 60, "{:,.0f} tokens/s", "Refill rate of a free-tier token bucket")
figure("retry_after_big_s", deficit / big_tok_rate * 1000, "{:.1f} ms", "The same shortfall at the large org's refill rate")
figure("sync_retry_peak", rejected_burst, "{:,d} requests/s", "Retry spike if every rejected request retries after exactly 1 s")
figure("jitter_retry_peak", rejected_burst / jitter_window_s, "{:,.0f} requests/s", "Mean retry rate with full jitter over the window")
hdr = header_count * header_b
figure("header_bytes", hdr, "{:d} B", "Rate-limit header bytes per response (uncompressed)")
figure("header_share", hdr / (resp_b + hdr), "{:.1%}", "Share of response bytes the headers take")
figure("header_mb_s", hdr * rps_peak / 1e6, "{:.0f} MB/s", "Header bytes per second at peak")
figure("header_gbit", hdr * rps_peak * 8 / 1e9, "{:.2f} Gbit/s", "The same in Gbit/s")

# %% [markdown]
# ## 8. The limiter store is down
#
# Fail open on inference (local fallback buckets at limit / N), fail closed on key creation
# and free-tier sign-up. Capacity is protected separately by concurrency limits at the model tier.

# %%
figure("outage_decisions", rps_peak * outage_s * big_org_share, "{:,.0f} requests", "Requests of the largest org during the outage")
figure("outage_open_excess", offered_x - 1, "{:.0f}x its limit", "Excess admitted for an org offering 3x its limit with no limiter at all")
# demand of all orgs over their limits is small vs total; fail-open capacity check
figure("failopen_surge", limited_share * (offered_x - 1), "{:.0%}", "Extra load on the model tier if the limiter fails open with nothing behind it")
figure("failopen_vs_headroom", limited_share * (offered_x - 1) / gpu_headroom, "{:.1f}x", "That surge over the spare serving capacity")

# %% [markdown]
# ## 9. Abuse: many free accounts

# %%
sybil_tpm = figure("sybil_tpm", sybils * free_tpm / 1e6, "{:,.0f} million tokens/min", "Tokens per minute from the abuser's free accounts")
figure("sybil_vs_big", sybils * free_tpm / big_tpm, "{:.1f}x", "That over one large organisation's limit")
sybil_day_usd = sybils * free_tpm * 60 * 24 / 1e6 * usd_per_mtok
figure("sybil_day_usd", sybil_day_usd, "${:,.0f}", "Serving cost per day if every account runs at its limit")

# %% [markdown]
# ## 10. Memory of the buckets

# %%
keys = active_orgs * (models * 2 + projects_per_org * 2)
figure("bucket_keys", keys, "{:,.0f} buckets", "Live buckets (active orgs x (models x 2 + projects x 2))")
figure("bucket_mb", keys * bucket_b / 1e6, "{:,.0f} MB", "Memory of every live bucket")
figure("log_gb_big", big_rpm * log_ts_b / 1e6, "{:.2f} MB", "A sliding-window log of the large org's requests for one minute")
figure("log_tpm_gb", big_tpm * log_ts_b / 1e9, "{:.2f} GB", "A log with one entry per token of its token limit (why a token limit cannot use a log)")

# %% [markdown]
# ## 11. Scaling

# %%
for mult in (10, 100, 1000):
    s = rps_peak * mult * scripts_per_req
    figure(f"scripts_{mult}x", s, "{:,.0f} scripts/s", f"Limiter scripts per second at {mult}x")
    figure(f"shards_{mult}x", math.ceil(s * shard_headroom / redis_script_budget), "{:,d} shards", f"Redis primaries at {mult}x")
    figure(f"header_gbit_{mult}x", hdr * rps_peak * mult * 8 / 1e9, "{:,.1f} Gbit/s", f"Header bytes at {mult}x")
