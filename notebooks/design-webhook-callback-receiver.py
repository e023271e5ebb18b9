# %% [markdown]
# # Design a webhook callback receiver
#
# The back-of-the-envelope notebook behind the walkthrough of the receiving side of
# webhooks: third-party providers call us, and we must acknowledge fast, verify, deduplicate
# and process. Inputs come first, each declared once with `assume` and its source; every
# number the page quotes is a `figure` computed below. Sections:
#
# 1. Inputs: the source's figures, providers' documented behavior, measured crypto costs,
#    and this walkthrough's assumptions
# 2. Ingress rate, bandwidth and the acknowledgement budget against providers' timeouts
# 3. Verification and TLS CPU per request, and what a junk flood costs
# 4. The dedupe store: events/s x TTL x entry size, for the replay window and the retry window
# 5. Raw-event storage and row writes
# 6. Processing workers by Little's law, and the provider API quota for refetching
# 7. Burst absorption: a provider's replay storm after its outage (simulation and chart)
# 8. Out-of-order and duplicate deliveries: a simulation of three processing strategies
# 9. What we lose when we are down, per provider
# 10. Scaling 10x, 100x, 1000x from the MVP
# 11. Twists and operations

# %% [markdown]
# ## 1. Inputs
#
# "Coditioning example" marks figures from the worked webhook example in the Coditioning
# guide, which describes the sending side; the receiver inherits its contract. Provider
# behavior comes from each provider's documentation, linked on the page and checked on
# 2026-11-23. The cryptography costs were measured on this guide's 2-core AMD EPYC build
# machine with OpenSSL 3.0 (`openssl speed`, SHA extensions present) and Python's `hmac`;
# treat them as order-of-magnitude figures for one modern server core.

# %%
import math
import random

from estimates import assume, assumptions_table, figure
from estimates import reference as ref

DAY = ref.SECONDS_PER_DAY
CHECKED = "checked 2026-11-23"

# From the source's worked example (sending side)
src_ack_s = assume("src_ack_s", 30, "{:d} s", "Time the source gives a receiver to answer 2xx", "Coditioning example")
src_first_retry_s = assume("src_first_retry_s", 1, "{:d} s", "First retry delay in the source's schedule", "Coditioning example")
src_retries = assume("src_retries", 5, "{:d}", "Retries in the source's schedule", "Coditioning example")
src_dlq_days = assume("src_dlq_days", 7, "{:d} days", "Dead-letter retention in the source", "Coditioning example")

# Providers' documented behavior
slack_ack_s = assume("slack_ack_s", 3, "{:d} s", "Slack: time to acknowledge a request",
                     f"Slack Bolt docs, {CHECKED}")
shopify_connect_s = assume("shopify_connect_s", 1, "{:d} s", "Shopify: time to accept the connection",
                           f"Shopify HTTPS delivery guide, {CHECKED}")
shopify_ack_s = assume("shopify_ack_s", 5, "{:d} s", "Shopify: time to answer",
                       f"Shopify staff reply, Shopify Community, {CHECKED}")
shopify_retries = assume("shopify_retries", 8, "{:d}", "Shopify: retries after a failed delivery",
                         f"Shopify changelog 2024-09-10, {CHECKED}")
shopify_window_h = assume("shopify_window_h", 4, "{:d} h", "Shopify: span of those retries",
                          f"Shopify changelog 2024-09-10, {CHECKED}")
github_ack_s = assume("github_ack_s", 10, "{:d} s", "GitHub.com: time to answer 2xx",
                      f"GitHub Docs, best practices for webhooks, {CHECKED}")
github_cap_mb = assume("github_cap_mb", 25, "{:d} MB", "GitHub: largest payload it sends",
                       f"GitHub Docs, webhook events and payloads, {CHECKED}")
github_api_per_h = assume("github_api_per_h", 5_000, "{:,d} requests/h", "GitHub App installation: minimum REST rate limit",
                          f"GitHub Docs, REST rate limits, {CHECKED}")
github_api_max_h = assume("github_api_max_h", 12_500, "{:,d} requests/h", "GitHub App installation: largest REST rate limit",
                          f"GitHub Docs, REST rate limits, {CHECKED}")
stripe_retry_days = assume("stripe_retry_days", 3, "{:d} days", "Stripe (live mode): span of automatic retries",
                           f"Stripe docs, process undelivered events, {CHECKED}")
stripe_tolerance_s = assume("stripe_tolerance_s", 300, "{:d} s", "Stripe library: default timestamp tolerance",
                            f"stripe-python _webhook.py, {CHECKED}")
sw_dedupe_s = assume("sw_dedupe_s", 300, "{:d} s", "Standard Webhooks: example dedupe window for webhook-id",
                     f"Standard Webhooks spec 1.0.0, {CHECKED}")

# Measured on the build machine (one core)
sha256_gbs = assume("sha256_gbs", 1.4, "{:.1f} GB/s", "SHA-256 throughput per core (1 KB blocks)",
                    "measured: openssl speed -evp sha256, build machine")
sha256_bps = sha256_gbs * 1e9
hmac_fixed_us = assume("hmac_fixed_us", 3.0, "{:.0f} µs", "Fixed cost of one HMAC call incl. compare (Python)",
                       "measured: Python hmac, build machine")
x25519_us = assume("x25519_us", 34.5, "{:.1f} µs", "One X25519 operation", "measured: openssl speed ecdhx25519")
ecdsa_sign_us = assume("ecdsa_sign_us", 21.6, "{:.1f} µs", "One ECDSA P-256 signature", "measured: openssl speed ecdsap256")
rsa_sign_us = assume("rsa_sign_us", 281, "{:d} µs", "One RSA-2048 signature", "measured: openssl speed rsa2048")
ed25519_verify_us = assume("ed25519_verify_us", 121, "{:d} µs", "One Ed25519 verification", "measured: openssl speed ed25519")

# This walkthrough's assumptions
mvp_peak = assume("mvp_peak", 100, "{:,d} requests/s", "Peak webhook requests/s of the MVP", "assumption")
target_mult = assume("target_mult", 100, "{:d}x", "Design point, as a multiple of the MVP", "assumption")
peak_to_mean = assume("peak_to_mean", 3.0, "{:.1f}x", "Peak-to-mean ratio of webhook arrivals", "assumption")
body_kb = assume("body_kb", 4, "{:d} KB", "Mean request body", "assumption")
providers = assume("providers", 20, "{:d}", "Providers integrated", "assumption")
tenants = assume("tenants", 50_000, "{:,d}", "Connected customer accounts (tenants x providers)", "assumption")
big_share = assume("big_share", 0.40, "{:.0%}", "Share of traffic from the largest provider", "assumption")
dup_share = assume("dup_share", 0.02, "{:.0%}", "Share of arrivals that are duplicates of an earlier arrival", "assumption")
entry_b = assume("entry_b", 100, "{:d} B", "Dedupe entry: provider, tenant, event id, time, status, index overhead", "assumption")
dedupe_ttl_days = assume("dedupe_ttl_days", 7, "{:d} days", "Dedupe window (covers Stripe's 3 days plus manual redelivery)", "design choice")
raw_days = assume("raw_days", 14, "{:d} days", "Raw bodies kept hot for replay and debugging", "design choice")
replication = assume("replication", 3, "{:d}x", "Storage replication factor", "assumption")
rows_per_event = assume("rows_per_event", 4, "{:d} rows", "Row writes per event in the MVP (inbox insert, status, 2 business rows)", "assumption")
db_write_budget = assume("db_write_budget", 10_000, "{:,d} rows/s", "Indexed row writes one relational primary sustains (planning budget)", "assumption")
http_us = assume("http_us", 150, "{:d} µs", "Per-request CPU for HTTP parsing, routing, logging and the log client", "assumption")
node_cores = assume("node_cores", 8, "{:d} cores", "Cores per ingress node", "assumption")
node_util = assume("node_util", 0.5, "{:.0%}", "Planned CPU utilization of an ingress node", "design choice")
append_p99_ms = assume("append_p99_ms", 25, "{:d} ms", "p99 of a replicated, acknowledged log append", "assumption")
ack_target_ms = assume("ack_target_ms", 250, "{:d} ms", "Our p99 target from request received to 2xx sent", "design choice")
spool_after_ms = assume("spool_after_ms", 1000, "{:,d} ms", "Append wait before the ingress spools to local disk", "design choice")
proc_ms = assume("proc_ms", 80, "{:d} ms", "Mean processing time of an event (our own writes)", "assumption")
refetch_share = assume("refetch_share", 0.30, "{:.0%}", "Share of events whose handler refetches state from the provider", "assumption")
refetch_ms = assume("refetch_ms", 300, "{:d} ms", "Provider API call to refetch an object", "assumption")
slots_per_worker = assume("slots_per_worker", 100, "{:d}", "Concurrent events per async processing worker", "assumption")
proc_headroom = assume("proc_headroom", 1.2, "{:.1f}x", "Processing capacity over peak arrival rate", "design choice")
outage_h = assume("outage_h", 2, "{:d} h", "Length of the largest provider's outage", "interviewer twist")
catchup_mult = assume("catchup_mult", 10, "{:d}x", "Rate the provider replays at, over its mean", "assumption")
our_outage_min = assume("our_outage_min", 20, "{:d} min", "Length of our own ingress outage", "interviewer twist")
hot_tenant_rate = assume("hot_tenant_rate", 10, "{:d} events/s", "A busy GitHub installation's event rate", "assumption")
coalesce_s = assume("coalesce_s", 10, "{:d} s", "Refetch coalescing window per object", "design choice")
poison_share = assume("poison_share", 1e-4, "{:.2%}", "Share of events that fail processing deterministically", "assumption")
spool_min = assume("spool_min", 15, "{:d} min", "Log outage the ingress spool must cover", "design choice")
sim_updates = assume("sim_updates", 4, "{:d}", "Simulation: updates per object", "assumption")
sim_gap_s = assume("sim_gap_s", 5.0, "{:.0f} s", "Simulation: mean time between updates of one object", "assumption")
sim_fail = assume("sim_fail", 0.03, "{:.0%}", "Simulation: first attempts that fail and are retried", "assumption")
sim_retry_s = assume("sim_retry_s", 60, "{:d} s", "Simulation: longest retry delay (drawn between half and all of it)", "assumption")
sim_dup = assume("sim_dup", 0.01, "{:.0%}", "Simulation: events delivered twice", "assumption")
junk_gbps = assume("junk_gbps", 10, "{:d} Gbit/s", "Unsigned junk traffic an attacker can aim at the endpoint", "assumption")
slow_conns = assume("slow_conns", 10_000, "{:,d}", "Slow connections an attacker holds open at once", "assumption")
github_share = assume("github_share", 0.25, "{:.0%}", "Share of traffic from GitHub", "assumption")
assumptions_table()

# %% [markdown]
# ## 2. Ingress rate, bandwidth and the acknowledgement budget

# %%
peak = figure("peak_rps", mvp_peak * target_mult, "{:,.0f} requests/s", "Peak webhook requests at the design point")
mean = figure("mean_rps", peak / peak_to_mean, "{:,.0f} requests/s", "Mean webhook requests")
figure("per_day", mean * DAY / 1e6, "{:,.0f} million requests/day", "Requests per day")
figure("ingress_gbps", peak * body_kb * 1e3 * 8 / 1e9, "{:.2f} Gbit/s", "Body bandwidth at peak")
figure("per_tenant_mean", mean / tenants * 3600, "{:.0f} events/h", "Mean events per connected account per hour")
figure("big_mean", mean * big_share, "{:,.0f} requests/s", "Mean rate of the largest provider")
unique_mean = figure("unique_mean", mean * (1 - dup_share), "{:,.0f} events/s", "Distinct events per second (mean)")
figure("dups_day", mean * dup_share * DAY / 1e6, "{:.1f} million", "Duplicate arrivals per day")

# Acknowledgement budget: our p99 against each provider's window
figure("append_share", append_p99_ms / ack_target_ms, "{:.0%}", "Share of our p99 target taken by the log append's p99")
figure("ack_margin_slack", slack_ack_s * 1000 / ack_target_ms, "{:.0f}x", "Slack's 3 s over our p99 target")
figure("ack_margin_shopify", shopify_ack_s * 1000 / ack_target_ms, "{:.0f}x", "Shopify's 5 s over our p99 target")
figure("ack_margin_github", github_ack_s * 1000 / ack_target_ms, "{:.0f}x", "GitHub's 10 s over our p99 target")
figure("src_vs_slack", src_ack_s / slack_ack_s, "{:.0f}x", "The source's 30 s window over Slack's 3 s")
figure("src_vs_shopify", src_ack_s / shopify_ack_s, "{:.0f}x", "The source's 30 s window over Shopify's 5 s")
figure("spool_share_slack", spool_after_ms / (slack_ack_s * 1000), "{:.0%}", "Share of Slack's window spent before spooling to disk")

# %% [markdown]
# ## 3. Verification and TLS CPU
#
# HMAC-SHA256 cost = fixed call cost + bytes / throughput (the measured 4 KB HMAC took about
# 5-6 us, matching this model). A TLS 1.3 full handshake costs the server roughly one X25519
# key generation, one X25519 shared-secret computation and one signature with its
# certificate key; symmetric crypto and I/O are ignored. Assume, pessimistically, that every
# delivery opens a new connection.

# %%
hmac_us = figure("hmac_us", hmac_fixed_us + body_kb * 1e3 / sha256_bps * 1e6, "{:.1f} µs", "HMAC verify of a mean body")
figure("hmac_cores", peak * hmac_us / 1e6, "{:.2f} cores", "Cores spent on HMAC at peak")
tls_ecdsa_us = figure("tls_ecdsa_us", 2 * x25519_us + ecdsa_sign_us, "{:.0f} µs", "Server CPU per TLS 1.3 handshake, ECDSA P-256 certificate")
tls_rsa_us = figure("tls_rsa_us", 2 * x25519_us + rsa_sign_us, "{:.0f} µs", "Server CPU per TLS 1.3 handshake, RSA-2048 certificate")
figure("tls_ecdsa_cores", peak * tls_ecdsa_us / 1e6, "{:.1f} cores", "Cores for handshakes at peak, ECDSA")
figure("tls_rsa_cores", peak * tls_rsa_us / 1e6, "{:.1f} cores", "Cores for handshakes at peak, RSA")
figure("tls_over_hmac", tls_rsa_us / hmac_us, "{:.0f}x", "An RSA handshake over one HMAC verification")
figure("ed_over_hmac", ed25519_verify_us / hmac_us, "{:.0f}x", "An Ed25519 verification over one HMAC verification")
req_us = figure("req_us", tls_ecdsa_us + http_us + hmac_us, "{:.0f} µs", "CPU per request at the ingress (new connection, ECDSA)")
per_node = figure("per_node_rps", node_cores * node_util / (req_us / 1e6), "{:,.0f} requests/s", "Requests one ingress node handles at planned utilization")
figure("nodes_needed", peak / per_node, "{:.1f} nodes", "Ingress nodes the design peak needs on CPU")

# Worst body: GitHub's 25 MB cap
big_hash_ms = figure("cap_hash_ms", github_cap_mb * 1e6 / sha256_bps * 1e3, "{:.0f} ms", "CPU to hash one 25 MB body")
figure("junk_cores", junk_gbps * 1e9 / 8 / sha256_bps, "{:.1f} cores", "Cores to hash a 10 Gbit/s junk flood")
figure("slow_buffers_gb", slow_conns * github_cap_mb / 1e3, "{:,.0f} GB", "Memory if 10,000 slow 25 MB requests were buffered")

# %% [markdown]
# ## 4. The dedupe store
#
# Size = distinct events per second x TTL x entry size. Two windows matter: replay
# protection only needs to cover the timestamp tolerance (a captured request older than that
# fails the timestamp check anyway), while idempotent processing must cover every legitimate
# resend: the provider's retry horizon plus manual redeliveries.

# %%
keys_week = figure("dedupe_keys", unique_mean * dedupe_ttl_days * DAY / 1e9, "{:.2f} billion entries", "Entries over the 7-day window")
dedupe_gb = figure("dedupe_gb", unique_mean * dedupe_ttl_days * DAY * entry_b / 1e9, "{:,.0f} GB", "Dedupe store, 7-day window, one copy")
figure("dedupe_gb_repl", dedupe_gb * replication, "{:,.0f} GB", "Dedupe store, replicated")
figure("replay_mb", unique_mean * sw_dedupe_s * entry_b / 1e6, "{:,.0f} MB", "Dedupe store for a 5-minute replay window")
figure("window_ratio", dedupe_ttl_days * DAY / sw_dedupe_s, "{:,.0f}x", "7 days over 5 minutes")
figure("stripe_window_gb", unique_mean * stripe_retry_days * DAY * entry_b / 1e9, "{:,.0f} GB", "Dedupe store sized to Stripe's 3 days alone")
figure("expiries_per_s", unique_mean, "{:,.0f} deletes/s", "Row deletes per second if entries expire one by one")
figure("rows_per_day_m", unique_mean * DAY / 1e6, "{:,.0f} million", "Entries created per day (one daily partition)")

# %% [markdown]
# ## 5. Raw-event storage and row writes

# %%
raw_tb_day = figure("raw_tb_day", mean * body_kb * 1e3 * DAY / 1e12, "{:.2f} TB/day", "Raw bodies per day")
figure("raw_hot_tb", raw_tb_day * raw_days, "{:.0f} TB", "Raw bodies kept hot, one copy")
figure("raw_hot_tb_repl", raw_tb_day * raw_days * replication, "{:.0f} TB", "Raw bodies kept hot, replicated")
figure("target_rows", peak * rows_per_event, "{:,.0f} rows/s", "Row writes at the design point if nothing changes")
figure("target_primaries", peak * rows_per_event / db_write_budget, "{:.0f} primaries", "Relational primaries that would take")

# %% [markdown]
# ## 6. Processing workers and the provider API quota

# %%
mean_proc_s = (proc_ms + refetch_share * refetch_ms) / 1e3
figure("mean_proc_ms", mean_proc_s * 1e3, "{:.0f} ms", "Mean processing time including refetches")
capacity = figure("proc_capacity", peak * proc_headroom, "{:,.0f} events/s", "Processing capacity provisioned")
inflight = figure("proc_inflight", capacity * mean_proc_s, "{:,.0f} events", "Events in flight at full capacity")
figure("proc_workers", math.ceil(inflight / slots_per_worker), "{:d} workers", "Processing workers at 100 events each")
figure("refetch_rps", peak * refetch_share, "{:,.0f} calls/s", "Refetch calls to providers at peak")
quota_rps = figure("github_quota_rps", github_api_per_h / 3600, "{:.2f} calls/s", "Refetches a GitHub installation affords on the minimum limit")
figure("github_quota_max_rps", github_api_max_h / 3600, "{:.1f} calls/s", "The same on the largest installation limit")
figure("hot_tenant_calls_h", hot_tenant_rate * 3600, "{:,.0f} calls/h", "Calls/h if a busy installation refetched on every event")
figure("hot_tenant_over", hot_tenant_rate * 3600 / github_api_per_h, "{:.1f}x", "That over the minimum limit")
figure("coalesced_per_object_h", 3600 / coalesce_s, "{:,.0f} calls/h", "Most refetches one object can cost with a 10 s coalescing window")
figure("poison_day", mean * poison_share * DAY, "{:,.0f} events/day", "Events parked as poison per day")

# %% [markdown]
# ## 7. Burst absorption: the largest provider replays after its outage
#
# The provider stops sending for two hours, then sends its backlog plus its new events at
# `catchup_mult` times its mean rate until the backlog is gone. Our processing capacity is
# fixed at `proc_capacity`; the ingress accepts everything (it is cheap) and the queue
# absorbs the difference. Simulated in one-second steps, once on top of our mean traffic
# and once on top of our peak.

# %%
big = mean * big_share
backlog = figure("storm_backlog_m", big * outage_h * 3600 / 1e6, "{:.1f} million events", "Events held at the provider during its outage") * 1e6
catchup = big * catchup_mult
catchup_s = backlog / (catchup - big)
figure("storm_catchup_min", catchup_s / 60, "{:.0f} min", "Time the provider spends catching up")


def storm(other_rate, horizon_s=4 * 3600, step=1.0):
    """Queue depth over time: provider silent for outage_h, then catches up at catchup_mult."""
    t, depth, held = 0.0, 0.0, 0.0
    xs, ds, arr = [], [], []
    peak_depth, peak_arrival, drained_at = 0.0, 0.0, None
    for i in range(int(horizon_s / step)):
        t = i * step
        if t < outage_h * 3600:
            sent, held = 0.0, held + big * step
        elif held > 0:
            extra = min(held, (catchup - big) * step)
            held -= extra
            sent = big * step + extra
        else:
            sent = big * step
        arrival = other_rate * step + sent
        depth = max(0.0, depth + arrival - capacity * step)
        if depth > peak_depth:
            peak_depth = depth
        peak_arrival = max(peak_arrival, arrival / step)
        if t > outage_h * 3600 and held == 0 and depth == 0 and drained_at is None:
            drained_at = t
        xs.append(t / 3600)
        ds.append(depth)
        arr.append(arrival / step)
    return xs, ds, arr, peak_depth, peak_arrival, drained_at


other_mean = mean * (1 - big_share)
other_peak = peak * (1 - big_share)
xs, d_mean, a_mean, pd_mean, pa_mean, done_mean = storm(other_mean)
xs2, d_peak, a_peak, pd_peak, pa_peak, done_peak = storm(other_peak, horizon_s=5 * 3600)

figure("storm_arrival", pa_mean, "{:,.0f} requests/s", "Arrival rate during the catch-up, on mean traffic")
figure("storm_arrival_peak", pa_peak, "{:,.0f} requests/s", "Arrival rate during the catch-up, on peak traffic")
figure("storm_vs_peak", pa_peak / peak, "{:.1f}x", "That peak-hour arrival over our design peak")
figure("storm_depth_m", pd_mean / 1e6, "{:.1f} million events", "Largest queue depth, on mean traffic")
figure("storm_depth_gb", pd_mean * body_kb * 1e3 / 1e9, "{:.0f} GB", "Bodies that queue holds")
figure("storm_lag_min", pd_mean / capacity / 60, "{:.1f} min", "Worst processing lag under FIFO, on mean traffic")
figure("storm_drain_min", (done_mean - outage_h * 3600) / 60, "{:.0f} min", "From the provider's return to an empty queue, on mean traffic")
figure("storm_depth_peak_m", pd_peak / 1e6, "{:.1f} million events", "Largest queue depth, on peak traffic")
figure("storm_lag_peak_min", pd_peak / capacity / 60, "{:.1f} min", "Worst processing lag under FIFO, on peak traffic")
figure("storm_drain_peak_min", (done_peak - outage_h * 3600) / 60, "{:.0f} min", "From the provider's return to an empty queue, on peak traffic")
# With fair queuing per provider, the other providers only need their own rate served
figure("fair_share_left", (capacity - other_peak), "{:,.0f} events/s", "Capacity left for the storming provider while others are served in full at peak")
figure("other_need_share", other_peak / capacity, "{:.0%}", "Share of capacity the other providers need at peak")

from estimates.charts import SERIES, new_chart, show  # noqa: E402

fig, ax = new_chart()
window = [(i, x) for i, x in enumerate(xs2) if -10 <= (x - outage_h) * 60 <= 60]
ax.plot([(x - outage_h) * 60 for _, x in window], [d_mean[i] / 1e6 if i < len(d_mean) else 0 for i, _ in window],
        label="storm on mean traffic")
ax.plot([(x - outage_h) * 60 for _, x in window], [d_peak[i] / 1e6 for i, _ in window], label="storm on peak traffic")
ax.axvline(0, color=SERIES[2], linestyle=":", linewidth=1.2, label="provider returns")
ax.set_xlabel("minutes since the provider came back")
ax.set_ylabel("events waiting (millions)")
ax.set_title(f"Largest provider replays {outage_h} h of events at {catchup_mult}x its mean rate")
ax.set_ylim(bottom=0)
ax.legend(frameon=False)
show(fig, alt=f"Line chart of queue depth over time: flat at zero during the provider's {outage_h}-hour outage, then "
              f"a ramp while the provider replays at {catchup_mult} times its usual rate, peaking near {pd_mean / 1e6:.1f} "
              f"million events on mean traffic and near {pd_peak / 1e6:.1f} million on peak traffic, then a linear "
              "drain back to zero.")

# %% [markdown]
# ## 8. Out-of-order and duplicate deliveries
#
# A deterministic model. Each object gets four updates (versions 1 to 4), a few seconds
# apart. Each event is delivered after a random dispatch delay; a small share of first
# attempts fail and arrive again after a retry delay, and a small share are delivered twice.
# We process arrivals in order with three strategies and count objects whose final state is
# not the latest version, and side effects executed more than once.

# %%
def simulate(n_objects=5_000, updates=sim_updates, gap_mean_s=sim_gap_s, fail_p=sim_fail, retry_s=sim_retry_s,
             dup_p=sim_dup, seed=7):
    rng = random.Random(seed)
    arrivals = []  # (arrival time, object, version, event id)
    for obj in range(n_objects):
        t = 0.0
        for v in range(1, updates + 1):
            t += rng.expovariate(1 / gap_mean_s)
            eid = (obj, v)
            first = t + rng.uniform(0.05, 1.5)
            if rng.random() < fail_p:
                first += retry_s * rng.uniform(0.5, 1.0)
            arrivals.append((first, obj, v, eid))
            if rng.random() < dup_p:
                arrivals.append((first + rng.uniform(0.0, 30.0), obj, v, eid))
    arrivals.sort()
    results = {}
    for name in ("naive", "dedupe", "versioned"):
        state, seen, effects = {}, set(), {}
        for _, obj, v, eid in arrivals:
            if name != "naive":
                if eid in seen:
                    continue
                seen.add(eid)
            effects[eid] = effects.get(eid, 0) + 1  # side effect keyed on the event
            if name == "versioned":
                if v > state.get(obj, 0):
                    state[obj] = v
            else:
                state[obj] = v
        wrong = sum(1 for obj in range(n_objects) if state.get(obj) != updates)
        doubled = sum(1 for c in effects.values() if c > 1)
        results[name] = (wrong / n_objects, doubled)
    late, maxv = 0, {}
    for _, obj, v, _ in arrivals:
        if v < maxv.get(obj, 0):
            late += 1
        maxv[obj] = max(v, maxv.get(obj, 0))
    return results, len(arrivals), late


res, n_arrivals, late = simulate()
figure("sim_objects", 5_000, "{:,d} objects", "Objects in the ordering simulation")
figure("sim_arrivals", n_arrivals, "{:,d} arrivals", "Deliveries in the simulation")
figure("sim_naive_wrong", res["naive"][0], "{:.1%}", "Objects left in a stale state, apply in arrival order")
figure("sim_naive_doubled", res["naive"][1], "{:,d} events", "Events whose side effect ran twice, no dedupe")
figure("sim_dedupe_wrong", res["dedupe"][0], "{:.1%}", "Objects left in a stale state, dedupe only")
figure("sim_dedupe_doubled", res["dedupe"][1], "{:,d} events", "Events whose side effect ran twice, dedupe only")
figure("sim_versioned_wrong", res["versioned"][0], "{:.1%}", "Objects left in a stale state, dedupe and version check")
figure("sim_late", late, "{:,d} arrivals", "Arrivals older than an update already seen for the same object")
assert res["versioned"][0] == 0 and res["versioned"][1] == 0

# The same model with no failed first attempts: reordering from dispatch jitter alone
res_nofail, _, _ = simulate(fail_p=0.0)
figure("sim_jitter_wrong", res_nofail["dedupe"][0], "{:.1%}", "Objects left stale by dispatch jitter alone, dedupe only")

# Chart: stale share against how quickly an object changes
gaps = [0.5, 1, 2, 5, 10, 20, 60, 120, 300]  # seconds
stale = [simulate(n_objects=2_000, gap_mean_s=g)[0]["dedupe"][0] * 100 for g in gaps]
fig, ax = new_chart()
ax.plot(gaps, stale, marker="o", label="dedupe only (arrival order wins)")
ax.plot(gaps, [0 for _ in gaps], label="dedupe and version check")
ax.set_xscale("log")
ax.set_xticks(gaps)
ax.set_xticklabels([f"{g:g}" for g in gaps])
ax.minorticks_off()
ax.set_xlabel("mean seconds between updates of one object (log scale)")
ax.set_ylabel("objects left stale (%)")
ax.set_title(f"{sim_fail:.0%} of first attempts retried after {sim_retry_s // 2}-{sim_retry_s} s, {sim_dup:.0%} duplicated")
ax.set_ylim(bottom=0)
ax.legend(frameon=False)
show(fig, alt="Line chart: with deduplication alone, the share of objects left in a stale state is highest when an "
              "object changes every second or two and falls as updates spread out; with a version check it stays at "
              "zero everywhere.")

# %% [markdown]
# ## 9. What we lose when we are down
#
# A delivery that fails during our outage is retried by the provider on its schedule, or not
# at all. The source's schedule (1, 2, 4, 8, 16 s) is checked too.

# %%
src_span = figure("src_span_s", sum(src_first_retry_s * 2 ** k for k in range(src_retries)), "{:d} s",
                  "Span of the source's five retries")
figure("our_outage_s", our_outage_min * 60, "{:,d} s", "Our outage in seconds")
figure("src_outage_ratio", our_outage_min * 60 / src_span, "{:.0f}x", "Our outage over the source's whole retry span")
figure("lost_github", mean * github_share * our_outage_min * 60 / 1e6, "{:.1f} million events",
       "GitHub deliveries that fail during our outage")
figure("shopify_horizon_ratio", shopify_window_h * 60 / our_outage_min, "{:.0f}x", "Shopify's 4 h retry span over our outage")
figure("stripe_horizon_ratio", stripe_retry_days * 24 * 60 / our_outage_min, "{:,.0f}x", "Stripe's 3-day retry span over our outage")
figure("spool_gb", peak * spool_min * 60 * body_kb * 1e3 / 1e9, "{:.0f} GB", "Local spool for the chosen log outage at peak traffic")

# %% [markdown]
# ## 10. Scaling 10x, 100x, 1000x from the MVP

# %%
def fmt_sig(value, unit):
    """A format string with sensible decimals for values spanning orders of magnitude."""
    if value < 1:
        return "{:,.2f} " + unit
    if value < 100:
        return "{:,.1f} " + unit
    return "{:,.0f} " + unit


for label, mult in (("mvp", 1), ("x10", 10), ("x100", 100), ("x1000", 1000)):
    p = mvp_peak * mult
    m = p / peak_to_mean
    figure(f"{label}_rps", p, "{:,.0f} requests/s", f"Peak at {label}")
    cores = p * req_us / 1e6
    figure(f"{label}_cores", cores, fmt_sig(cores, "cores"), f"Ingress CPU at {label}")
    figure(f"{label}_rows", p * rows_per_event, "{:,.0f} rows/s", f"Row writes at {label} if one database does everything")
    dgb = m * (1 - dup_share) * dedupe_ttl_days * DAY * entry_b / 1e9
    figure(f"{label}_dedupe_gb", dgb, fmt_sig(dgb, "GB"), f"Dedupe store at {label}")
    figure(f"{label}_raw_gb_day", m * body_kb * 1e3 * DAY / 1e9, "{:,.0f} GB/day", f"Raw bodies per day at {label}")
    mbps = p * body_kb * 1e3 * 8 / 1e6
    figure(f"{label}_mbps", mbps, fmt_sig(mbps, "Mbit/s"), f"Ingress bandwidth at {label}")
figure("x10_inbox_rows_day", mvp_peak * 10 / peak_to_mean * DAY / 1e6, "{:,.0f} million rows/day", "Inbox rows per day at 10x")
figure("x1000_log_mbps", mvp_peak * 1000 * body_kb * 1e3 / 1e6, "{:,.0f} MB/s", "Log append throughput at 1000x peak")

# %% [markdown]
# ## 11. Twists and operations

# %%
# Poison events held in a dead-letter store with the source's retention
figure("poison_held", mean * poison_share * DAY * src_dlq_days, "{:,.0f} events", "Poison events held at the source's 7-day retention")
# Duplicates that reach processing if the fast filter (a cache) loses its contents
figure("dups_per_s", mean * dup_share, "{:.0f} per second", "Duplicate arrivals per second (mean)")
