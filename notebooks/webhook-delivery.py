# %% [markdown]
# # Webhook delivery: the estimates
#
# The back-of-the-envelope notebook behind the walkthrough. Inputs come first, each
# declared once with `assume` and its source; every number the page quotes is a
# `figure` computed below. Sections:
#
# 1. Inputs
# 2. Rates and the source's worker arithmetic
# 3. In-flight requests by Little's law, split by endpoint response-time tier
# 4. Per-endpoint isolation and the chart of in-flight against the share of slow endpoints
# 5. Retry traffic and the retry schedule (with the source's schedule checked)
# 6. Availability arithmetic
# 7. Storage and write rates
# 8. Scaling 10x, 100x, 1000x
# 9. Interviewer twists
# 10. Operating it
# 11. Crash simulation: claim, send, record; fan-out and its marker
# 12. The SSRF address check

# %% [markdown]
# ## 1. Inputs
#
# "Coditioning example" marks the figures of the worked example in the Coditioning
# guide; everything else is an assumption of this walkthrough, stated so that a reader
# can change it and watch the page follow.

# %%
import math

from estimates import assume, assumptions_table, figure
from estimates import reference as ref

# From the source's worked example
events_peak = assume("events_peak", 100_000, "{:,.0f} events/s", "Peak publish rate", "Coditioning example")
fanout = assume("fanout", 5, "{:d}", "Subscriptions per event (average fan-out)", "Coditioning example")
call_s = assume("call_s", 0.2, "{:.1f} s", "Response time of a healthy endpoint (mean)", "Coditioning example")
slots_src = assume("slots_src", 100, "{:,d}", "Concurrent deliveries per worker in the source's estimate", "Coditioning example")
workers_sample = assume("workers_sample", 50, "{:,d}", "Worker instances named in the source's sample question", "Coditioning example")
subscriptions = assume("subscriptions", 10_000, "{:,d}", "Active subscriptions (endpoints)", "Coditioning example")
timeout_s = assume("timeout_s", 30, "{:d} s", "Per-attempt timeout", "Coditioning example")
breaker_n = assume("breaker_n", 10, "{:d}", "Consecutive failures that open an endpoint's circuit", "Coditioning example")
breaker_open_s = assume("breaker_open_s", 300, "{:d} s", "Time a circuit stays open before a half-open probe", "Coditioning example")
src_rate_limit = assume("src_rate_limit", 100, "{:d} deliveries/s", "Per-subscriber rate limit in the source", "Coditioning example")
src_first_retry_s = assume("src_first_retry_s", 1, "{:d} s", "First retry delay in the source's schedule", "Coditioning example")
src_retries = assume("src_retries", 5, "{:d}", "Retries in the source's schedule", "Coditioning example")
src_window_h = assume("src_window_h", 24, "{:d} h", "Window the source says the retries span", "Coditioning example")
availability = assume("availability", 0.999, "{:.1%}", "Availability target", "Coditioning example")
p99_target_s = assume("p99_target_s", 1, "{:d} s", "p99 from event creation to first attempt", "Coditioning example")
growth = assume("growth", 2, "{:d}x per year", "Growth rate", "Coditioning example")
shards = assume("shards", 8, "{:d}", "Shards in the source's scale-up", "Coditioning example")
dlq_days = assume("dlq_days", 7, "{:d} days", "Dead-letter retention", "Coditioning example")

# This walkthrough's assumptions
peak_to_mean = assume("peak_to_mean", 2.5, "{:.1f}x", "Peak-to-mean ratio of the publish rate", "assumption")
slow_share = assume("slow_share", 0.04, "{:.0%}", "Share of deliveries to slow endpoints", "assumption")
slow_s = assume("slow_s", 5, "{:d} s", "Response time of a slow endpoint", "assumption")
dead_share = assume("dead_share", 0.01, "{:.0%}", "Share of deliveries to endpoints that time out", "assumption")
transient_fail = assume("transient_fail", 0.02, "{:.0%}", "Chance an attempt to a healthy endpoint fails transiently", "assumption")
slots_per_worker = assume("slots_per_worker", 500, "{:,d}", "Connection slots per async delivery worker", "assumption")
headroom = assume("headroom", 1.5, "{:.1f}x", "Provisioned slots over peak need (67% target utilisation)", "assumption")
endpoint_cap = assume("endpoint_cap", 20, "{:d}", "Starting concurrency limit per endpoint", "design choice")
max_cap = assume("max_cap", 500, "{:d}", "Ceiling an endpoint's adaptive limit can grow to", "design choice")
payload_kb = assume("payload_kb", 1.0, "{:.0f} KB", "Mean event payload", "assumption")
delivery_row_b = assume("delivery_row_b", 200, "{:d} B", "Delivery state row (ids, status, timers)", "assumption")
attempt_row_b = assume("attempt_row_b", 300, "{:d} B", "Attempt record (timings, status, 256 B response excerpt)", "assumption")
retention_days = assume("retention_days", 30, "{:d} days", "Retention of events, deliveries and attempts (replay window)", "assumption")
replication = assume("replication", 3, "{:d}x", "Storage replication factor", "assumption")
retry_base_s = assume("retry_base_s", 15, "{:d} s", "First retry delay", "design choice")
retry_factor = assume("retry_factor", 3, "{:d}x", "Backoff multiplier", "design choice")
retry_cap_h = assume("retry_cap_h", 12, "{:d} h", "Longest single backoff", "design choice")
retries = assume("retries", 12, "{:d}", "Retries after the first attempt", "design choice")
objective_h = assume("objective_h", 72, "{:d} h", "Every delivery reaches a terminal state within", "design choice")
mvp_events_peak = assume("mvp_events_peak", 100, "{:,d} events/s", "Peak publish rate of the MVP", "assumption")
db_write_budget = assume("db_write_budget", 10_000, "{:,d} rows/s", "Indexed row writes one relational primary sustains (planning budget)", "assumption")
tenant_share = assume("tenant_share", 0.01, "{:.0%}", "A large tenant's usual share of peak events", "assumption")
tenant_burst = assume("tenant_burst", 5, "{:d}x", "Burst a tenant may send above its usual rate before 429s", "design choice")
major_share = assume("major_share", 0.05, "{:.0%}", "Share of deliveries addressed to the major subscriber", "assumption")
outage_h = assume("outage_h", 6, "{:d} h", "Length of the major subscriber's outage", "interviewer twist")
drain_multiple = assume("drain_multiple", 2, "{:d}x", "Rate the recovered subscriber absorbs, over its usual rate", "assumption")
dedupe_key_b = assume("dedupe_key_b", 64, "{:d} B", "Receiver's dedupe row per event id", "assumption")
deploy_batch = assume("deploy_batch", 0.1, "{:.0%}", "Share of workers replaced per deploy step", "design choice")
worker_start_s = assume("worker_start_s", 15, "{:d} s", "Worker start-up until it claims work", "assumption")
assumptions_table()

# %% [markdown]
# ## 2. Rates and the source's worker arithmetic

# %%
DAY = ref.SECONDS_PER_DAY


def ceil_(x):
    """Ceiling that ignores floating-point dust (10.000000000000002 -> 10)."""
    return math.ceil(round(x, 6))


events_mean = figure("events_mean", events_peak / peak_to_mean, "{:,.0f} events/s", "Mean publish rate")
deliveries_peak = figure("deliveries_peak", events_peak * fanout, "{:,.0f} deliveries/s", "Peak delivery rate")
deliveries_mean = figure("deliveries_mean", events_mean * fanout, "{:,.0f} deliveries/s", "Mean delivery rate")
events_day = figure("events_day", events_mean * DAY / 1e9, "{:.2f} billion events/day", "Events per day")
deliveries_day = figure("deliveries_day", deliveries_mean * DAY / 1e9, "{:.1f} billion deliveries/day", "Deliveries per day")

# The source: every call takes the mean 200 ms
in_flight_naive = figure("in_flight_peak", deliveries_peak * call_s, "{:,.0f} requests", "In-flight requests if every call took 200 ms (the source)")
src_workers = figure("src_workers", in_flight_naive / slots_src, "{:,.0f} workers", "Workers at 100 concurrent deliveries each (the source)")
src_sample_per_worker = figure("src_sample_per_worker", in_flight_naive / workers_sample, "{:,.0f} concurrent requests",
                               "Concurrency per instance that 50 instances would need")
src_sample_ratio = figure("src_sample_ratio", (in_flight_naive / workers_sample) / slots_src, "{:.0f}x",
                          "How far 50 instances are from the source's own 100-per-worker figure")

# %% [markdown]
# ## 3. In-flight requests by Little's law, by response-time tier
#
# In-flight = arrival rate x time in the system. A delivery to an endpoint that times out
# holds its slot for the whole timeout, so the mean response time is the wrong input.

# %%
healthy_share = 1 - slow_share - dead_share
figure("healthy_share", healthy_share, "{:.0%}", "Share of deliveries to healthy endpoints")
inflight_healthy = figure("inflight_healthy", deliveries_peak * healthy_share * call_s, "{:,.0f} requests", "In flight to healthy endpoints")
inflight_slow = figure("inflight_slow", deliveries_peak * slow_share * slow_s, "{:,.0f} requests", "In flight to slow endpoints")
inflight_dead = figure("inflight_dead", deliveries_peak * dead_share * timeout_s, "{:,.0f} requests", "In flight to endpoints that time out")
inflight_tiered = figure("inflight_tiered", inflight_healthy + inflight_slow + inflight_dead, "{:,.0f} requests", "In flight, all tiers")
figure("tiered_vs_naive", inflight_tiered / in_flight_naive, "{:.2f}x", "Tiered in-flight over the source's figure")
figure("mean_hold_s", inflight_tiered / deliveries_peak, "{:.2f} s", "Mean slot hold time across tiers")
figure("unhealthy_share", slow_share + dead_share, "{:.0%}", "Share of deliveries to slow or timing-out endpoints")
figure("unhealthy_inflight_share", (inflight_slow + inflight_dead) / inflight_tiered, "{:.1%}",
       "Share of in-flight requests held by slow or timing-out endpoints")
figure("dead_inflight_share", inflight_dead / inflight_tiered, "{:.1%}", "Share of in-flight requests held by timing-out endpoints")
workers_src_slots = figure("workers_src_slots", inflight_tiered / slots_src, "{:,.0f} workers", "Workers at 100 slots each, tiered load")
slots_provisioned = inflight_tiered * headroom
workers_needed = figure("workers_needed", ceil_(slots_provisioned / slots_per_worker), "{:,d} workers",
                        "Async workers at 500 slots each with 1.5x headroom")
figure("slots_provisioned", workers_needed * slots_per_worker, "{:,.0f} slots", "Connection slots provisioned")

# %% [markdown]
# ## 4. Per-endpoint isolation
#
# Assume deliveries spread evenly over the active endpoints (a simplification: real traffic
# is skewed, which makes isolation matter more, not less).

# %%
per_endpoint_rate = figure("per_endpoint_rate", deliveries_peak / subscriptions, "{:,.0f} deliveries/s", "Mean peak rate per endpoint")
figure("per_endpoint_inflight", deliveries_peak / subscriptions * call_s, "{:,.0f} requests", "In flight to one healthy endpoint")
figure("src_limit_over_mean", src_rate_limit / per_endpoint_rate, "{:.0f}x", "The source's per-subscriber limit over the mean endpoint rate")
dead_endpoints = figure("dead_endpoints", round(dead_share * subscriptions), "{:,d} endpoints", "Endpoints timing out")
inflight_dead_capped = figure("inflight_dead_capped", dead_endpoints * endpoint_cap, "{:,.0f} requests",
                              "In flight to timing-out endpoints with the per-endpoint cap")
figure("dead_cap_saving", inflight_dead / inflight_dead_capped, "{:.0f}x", "Reduction the cap gives on the timing-out tier")
slow_need = figure("slow_need", per_endpoint_rate * slow_s, "{:,.0f} requests", "Concurrency one slow endpoint needs to keep up")
slow_capped_rate = figure("slow_capped_rate", endpoint_cap / slow_s, "{:.0f} deliveries/s", "Throughput of a slow endpoint under the cap")
figure("slow_backlog_growth", per_endpoint_rate - endpoint_cap / slow_s, "{:.0f} deliveries/s", "Backlog growth of a capped slow endpoint")
figure("slow_backlog_hour", (per_endpoint_rate - endpoint_cap / slow_s) * 3600, "{:,.0f} deliveries", "That backlog after one hour")

# Circuit breaker: the first failure only reveals itself after the timeout
breaker_detect_s = figure("breaker_detect_s", timeout_s + breaker_n / per_endpoint_rate, "{:.1f} s",
                          "Time from an endpoint going dark to its circuit opening")
figure("breaker_uncapped_inflight", per_endpoint_rate * timeout_s, "{:,.0f} requests",
       "Slots one dark endpoint takes before its circuit opens, without a cap")
probes_per_s = figure("probes_per_s", dead_endpoints / breaker_open_s, "{:.2f} probes/s", "Half-open probes to the open circuits")


# Chart: in-flight against the share of deliveries going to endpoints that time out.
def inflight_uncapped(x):
    return deliveries_peak * ((1 - slow_share - x) * call_s + slow_share * slow_s + x * timeout_s)


def inflight_capped(x):
    # Slow endpoints that keep succeeding grow their adaptive limit to what they need (up to
    # the ceiling); endpoints that time out are held at the starting limit until the circuit opens.
    return deliveries_peak * ((1 - slow_share - x) * call_s) + subscriptions * slow_share * min(slow_need, max_cap) \
        + x * subscriptions * endpoint_cap


provisioned = workers_needed * slots_per_worker
# Share at which the uncapped fleet runs out of slots (in-flight is linear in x)
a, b = inflight_uncapped(0.0), inflight_uncapped(1.0) - inflight_uncapped(0.0)
saturation_share = figure("saturation_share", (provisioned - a) / b, "{:.1%}",
                          "Share of deliveries to timing-out endpoints that exhausts every slot without isolation")

from estimates.charts import SERIES, new_chart, show  # noqa: E402

xs = [i / 1000 for i in range(0, 101)]
fig, ax = new_chart()
ax.plot([x * 100 for x in xs], [inflight_uncapped(x) / 1000 for x in xs], label="no isolation")
ax.plot([x * 100 for x in xs], [inflight_capped(x) / 1000 for x in xs], label="per-endpoint limits")
ax.axhline(provisioned / 1000, color=SERIES[2], linestyle="--", linewidth=1.4, label="slots provisioned")
ax.axvline(saturation_share * 100, color=SERIES[2], linestyle=":", linewidth=1.2)
ax.set_ylim(bottom=0)
ax.set_xlabel("share of deliveries to endpoints that time out (%)")
ax.set_ylabel("requests in flight (thousands)")
ax.set_title(f"{deliveries_peak:,.0f} deliveries/s at peak, {timeout_s} s timeout")
ax.legend(frameon=False)
show(fig, alt="Line chart: without isolation, requests in flight grow steeply as the share of deliveries to endpoints "
              "that time out rises and cross the provisioned slots near 2 percent; with per-endpoint concurrency limits "
              "they stay nearly flat.")

# %% [markdown]
# ## 5. Retry traffic and the retry schedule

# %%
transient_retries = figure("transient_retries", deliveries_peak * (1 - dead_share) * transient_fail / (1 - transient_fail),
                           "{:,.0f} attempts/s", "Retries from transient failures at peak")
dead_rate = deliveries_peak * dead_share
figure("dead_rate", dead_rate, "{:,.0f} deliveries/s", "Deliveries addressed to timing-out endpoints at peak")
nobreaker_retries = figure("nobreaker_retries", dead_rate * retries, "{:,.0f} attempts/s",
                           "Retries to dead endpoints in steady state without a circuit breaker")
figure("nobreaker_inflight", (dead_rate * (retries + 1)) * timeout_s / 1e6, "{:.2f} million requests",
       "Slots those attempts hold at the 30 s timeout")
figure("nobreaker_vs_fleet", dead_rate * (retries + 1) * timeout_s / (workers_needed * slots_per_worker), "{:.1f}x",
       "Those slots over the whole provisioned fleet")
figure("parked_per_hour", dead_rate * 3600 / 1e6, "{:.0f} million deliveries", "Deliveries parked per hour behind open circuits")

# Our schedule: delay_k = min(cap, base * factor^(k-1)), with "equal jitter": the wait is
# uniform in [delay/2, delay], so the worst case is the nominal delay and the mean is 3/4 of it.
delays = [min(retry_cap_h * 3600, retry_base_s * retry_factor ** (k - 1)) for k in range(1, retries + 1)]
cumulative = [sum(delays[:k]) for k in range(1, retries + 1)]


def _human(seconds):
    if seconds < 90:
        return seconds, "{:.0f} s"
    if seconds < 3600:
        return seconds / 60, "{:.1f} min"
    return seconds / 3600, "{:.1f} h"


rows = []
for k, (d, c) in enumerate(zip(delays, cumulative), start=1):
    dv, dfmt = _human(d)
    cv, cfmt = _human(c)
    figure(f"retry_{k}_delay", dv, dfmt, f"Backoff before retry {k} (worst case)")
    figure(f"retry_{k}_at", cv, cfmt, f"Retry {k} at most this long after the first attempt")
    rows.append((k + 1, d, c))

worst_s = cumulative[-1] + (retries + 1) * timeout_s
figure("attempts_total", retries + 1, "{:d} attempts", "Attempts per delivery at most")
figure("schedule_worst_h", worst_s / 3600, "{:.1f} h", "Worst case from first attempt to dead letter, timeouts included")
figure("schedule_mean_h", (0.75 * cumulative[-1] + (retries + 1) * timeout_s) / 3600, "{:.1f} h", "Same, with the mean jitter")
figure("schedule_slack_h", objective_h - worst_s / 3600, "{:.1f} h", "Slack left against the 72 h objective")
assert worst_s <= objective_h * 3600, "the retry schedule overruns the delivery objective"
figure("first_five_min", sum(1 for c in cumulative if c <= 300), "{:d} retries", "Retries within the first five minutes")

# The source's schedule: 1, 2, 4, 8, 16 s
src_delays = [src_first_retry_s * 2 ** k for k in range(src_retries)]
src_total = figure("src_retry_total_s", sum(src_delays), "{:d} s", "What 1 s + 2 s + 4 s + 8 s + 16 s adds up to")
figure("src_window_ratio", src_window_h * 3600 / src_total, "{:,.0f}x", "How far 31 s falls short of 24 h")
figure("src_base_needed_min", src_window_h * 3600 / sum(2 ** k for k in range(src_retries)) / 60, "{:.0f} min",
       "First delay that five doublings would need to span 24 h")
lo, hi = 1.0, 100.0
for _ in range(200):  # bisection for the factor r with 1 + r + r^2 + r^3 + r^4 = 86,400
    mid = (lo + hi) / 2
    lo, hi = (mid, hi) if sum(mid ** k for k in range(src_retries)) < src_window_h * 3600 else (lo, mid)
figure("src_factor_needed", lo, "{:.1f}x", "Multiplier five retries starting at 1 s would need to span 24 h")

# %% [markdown]
# ## 6. Availability arithmetic: "99.9% is about 43 minutes a month" depends on the month

# %%
down = 1 - availability
figure("down_30d_min", down * ref.DAYS_PER_MONTH_30 * 1440, "{:.1f} min", "Allowed downtime, 30-day month")
figure("down_avg_month_min", down * ref.DAYS_PER_MONTH_AVG * 1440, "{:.1f} min", "Allowed downtime, average month (30.44 days)")
figure("down_31d_min", down * 31 * 1440, "{:.1f} min", "Allowed downtime, 31-day month")
figure("down_28d_min", down * 28 * 1440, "{:.1f} min", "Allowed downtime, 28-day month")
figure("down_year_h", down * ref.DAYS_PER_YEAR * 24, "{:.2f} h", "Allowed downtime per year")
figure("dispatch_budget_s", p99_target_s - call_s, "{:.1f} s", "Time left for accept, fan-out and queueing if the objective included the call")

# %% [markdown]
# ## 7. Storage and write rates

# %%
attempts_per_delivery = (1 - dead_share) / (1 - transient_fail) + dead_share * (retries + 1)
figure("attempts_per_delivery", attempts_per_delivery, "{:.2f}", "Attempts per delivery (dead endpoints exhaust the schedule)")
events_tb_day = figure("events_tb_day", events_mean * DAY * payload_kb * 1e3 / 1e12, "{:.2f} TB/day", "Event payloads per day")
figure("payload_per_delivery_tb_day", deliveries_mean * DAY * payload_kb * 1e3 / 1e12, "{:.1f} TB/day",
       "Payloads per day if copied into every delivery")
deliveries_tb_day = figure("deliveries_tb_day", deliveries_mean * DAY * delivery_row_b / 1e12, "{:.2f} TB/day", "Delivery rows per day")
attempts_tb_day = figure("attempts_tb_day", deliveries_mean * attempts_per_delivery * DAY * attempt_row_b / 1e12, "{:.2f} TB/day",
                         "Attempt records per day")
total_tb_day = events_tb_day + deliveries_tb_day + attempts_tb_day
figure("total_tb_day", total_tb_day, "{:.1f} TB/day", "All records per day")
figure("retained_tb", total_tb_day * retention_days, "{:,.0f} TB", "Retained over the 30-day window, one copy")
figure("retained_pb_replicated", total_tb_day * retention_days * replication / 1000, "{:.2f} PB", "Retained, replicated")
figure("egress_gbps", deliveries_peak * payload_kb * 1e3 * 8 / 1e9, "{:.0f} Gbit/s", "Payload egress at peak")

# Row writes on the hot path if every delivery is a row with status updates and an attempt row
rows_per_delivery = 3  # insert delivery, update status, insert attempt
naive_rows = figure("naive_rows", events_peak + deliveries_peak * rows_per_delivery, "{:,.0f} rows/s",
                    "Row writes per second at peak, one row per state change")
figure("naive_primaries", (events_peak + deliveries_peak * rows_per_delivery) / db_write_budget, "{:,.0f} primaries",
       "Relational primaries that load needs at the planning budget")
first_fail = (1 - dead_share) * transient_fail + dead_share
exception_rows = figure("exception_rows", deliveries_peak * first_fail, "{:,.0f} rows/s",
                        "Retry-state rows per second when only failed first attempts get a row")
figure("exception_rows_per_shard", deliveries_peak * first_fail / shards, "{:,.0f} rows/s", "The same, per shard across 8 shards")
figure("attempt_records_peak", deliveries_peak * attempts_per_delivery, "{:,.0f} records/s", "Attempt records appended per second at peak")
figure("years_to_10x", math.log(10) / math.log(growth), "{:.1f} years", "Years until 10x at the stated growth")
figure("first_fail_share", first_fail, "{:.1%}", "Share of first attempts that fail")

# %% [markdown]
# ## 8. Scaling 10x, 100x, 1000x from the MVP
#
# The MVP peak times 1000 is the source's 100,000 events/s.

# %%
assert mvp_events_peak * 1000 == events_peak
per_delivery_hold = inflight_tiered / deliveries_peak
for label, mult in (("mvp", 1), ("x10", 10), ("x100", 100), ("x1000", 1000)):
    ev = mvp_events_peak * mult
    dl = ev * fanout
    infl = dl * per_delivery_hold
    figure(f"{label}_events", ev, "{:,.0f} events/s", f"Peak events/s at {label}")
    figure(f"{label}_deliveries", dl, "{:,.0f} deliveries/s", f"Peak deliveries/s at {label}")
    figure(f"{label}_inflight", infl, "{:,.0f} requests", f"In flight at {label}")
    figure(f"{label}_workers", max(2, ceil_(infl * headroom / slots_per_worker)), "{:,d} workers", f"Workers at {label} (2 minimum)")
    figure(f"{label}_rows", ev + dl * rows_per_delivery, "{:,.0f} rows/s", f"Naive row writes at {label}")
    figure(f"{label}_tb_day", total_tb_day * mult / 1000, "{:.2f} TB/day", f"Records per day at {label}")

# %% [markdown]
# ## 9. Interviewer twists

# %%
# A tenant sends 100x its usual volume
tenant_usual = figure("tenant_usual", events_peak * tenant_share, "{:,.0f} events/s", "The large tenant's usual peak")
tenant_spike = figure("tenant_spike", events_peak * tenant_share * 100, "{:,.0f} events/s", "The same tenant at 100x")
figure("tenant_spike_deliveries", events_peak * tenant_share * 100 * fanout, "{:,.0f} deliveries/s", "Deliveries that spike would fan out to")
tenant_admit = figure("tenant_admit", tenant_usual * tenant_burst, "{:,.0f} events/s", "What the tenant's quota admits")
figure("tenant_rejected", tenant_spike - tenant_admit, "{:,.0f} events/s", "What gets 429 with Retry-After")
figure("tenant_spike_gb_hour", (tenant_spike - tenant_admit) * 3600 * payload_kb * 1e3 / 1e9, "{:,.0f} GB",
       "Payload per hour if the excess were accepted and queued instead")

# A major subscriber is down for six hours
major_rate = figure("major_rate", deliveries_mean * major_share, "{:,.0f} deliveries/s", "Mean rate to the major subscriber")
backlog = figure("outage_backlog", major_rate * outage_h * 3600 / 1e6, "{:,.0f} million deliveries", "Backlog after the outage") * 1e6
figure("outage_backlog_gb", backlog * delivery_row_b / 1e9, "{:,.0f} GB", "Delivery rows that backlog holds (payloads stored once per event)")
figure("outage_probes", outage_h * 3600 / breaker_open_s, "{:,.0f} probes", "Half-open probes sent during the outage")
drain_s = backlog / (major_rate * (drain_multiple - 1))
figure("outage_drain_h", drain_s / 3600, "{:.1f} h", "Time to drain at 2x the usual rate while new events keep arriving")
# A delivery that failed at the start of the outage: when is its next scheduled retry after recovery?
next_after = next(c for c in cumulative if c > outage_h * 3600)
figure("outage_next_retry_h", next_after / 3600, "{:.1f} h", "First scheduled retry after the outage for the oldest delivery")
figure("outage_idle_wait_h", (next_after - outage_h * 3600) / 3600, "{:.1f} h", "Wait after recovery if parked deliveries keep their timers")

# Ordering becomes a requirement
ordered_lane_rate = figure("ordered_lane_rate", 1 / call_s, "{:.0f} deliveries/s", "Throughput of one strictly ordered lane (one request in flight)")
figure("ordered_lanes", ceil_(per_endpoint_rate * call_s), "{:d} lanes", "Ordered lanes a mean endpoint needs at peak")
figure("ordered_lane_timeout_rate", 60 / timeout_s, "{:.0f} deliveries/min", "Throughput of a lane whose head times out every attempt")
figure("ordered_block_h", worst_s / 3600, "{:.1f} h", "Longest a failing head delivery can block its lane")

# Exactly-once for one event type: the receiver's dedupe table over the retry-plus-replay window
dedupe_keys = figure("dedupe_keys", per_endpoint_rate / peak_to_mean * objective_h * 3600 / 1e6, "{:.1f} million keys",
                     "Event ids a mean endpoint must remember for 72 h")
figure("dedupe_mb", per_endpoint_rate / peak_to_mean * objective_h * 3600 * dedupe_key_b / 1e6, "{:,.0f} MB", "Size of that dedupe table")

# %% [markdown]
# ## 10. Operating it

# %%
drain_wait = figure("drain_wait_s", timeout_s, "{:d} s", "Longest a stopping worker waits for its in-flight sends")
lease_s = figure("lease_s", timeout_s + retry_base_s, "{:d} s", "Claim lease: timeout plus one base backoff")
steps = ceil_(1 / deploy_batch)
figure("deploy_steps", steps, "{:d} steps", "Steps in a rolling deploy")
figure("deploy_min", steps * (drain_wait + worker_start_s) / 60, "{:.1f} min", "Rolling deploy of the whole fleet")
figure("deploy_util", (inflight_tiered / (provisioned * (1 - deploy_batch))), "{:.0%}", "Slot utilisation at peak with one step out")
figure("src_reaper_vs_lease", 300 / lease_s, "{:.1f}x", "The source's 5-minute stale-claim sweep over our lease")

# %% [markdown]
# ## 11. Crash simulation: claim, send, record; fan-out and its marker
#
# A deterministic model of the two places where the order of durable steps decides
# correctness. The fan-out worker turns an event into delivery rows and queue messages and
# then sets the event's `fanned_out` marker; the delivery worker claims a delivery, sends
# it, records the result and acknowledges the queue message. The queue is at-least-once: an
# unacknowledged message becomes visible again after its visibility timeout.
#
# A run crashes the process before its k-th durable step (the step does not happen, nothing
# in memory survives), restarts it, and runs to quiescence. We try every k, and every pair of
# crash points, and check two invariants: every (event, endpoint) pair reaches the
# subscriber at least once, and every copy a subscriber receives for a pair carries the same
# id. Then we run three deliberately wrong variants and check that the invariants catch them.

# %%
import itertools  # noqa: E402


class Crash(Exception):
    pass


SUBS = {"e1": ["s1", "s2"], "e2": ["s1"], "e3": ["s2", "s3"]}
VISIBILITY = 45  # queue visibility timeout, seconds (the lease)


class World:
    def __init__(self, crash_points):
        self.fanned_out = {e: False for e in SUBS}          # durable event marker
        self.deliveries = {}                                 # durable: delivery id -> status
        self.queue = []                                      # durable: [message id, delivery id, visible_at]
        self.received = []                                   # subscriber side: (pair, id header)
        self.clock, self.steps, self.crashes = 0, 0, list(crash_points)

    def step(self):
        """Called before each durable action; crashes the process at the chosen step numbers."""
        n = self.steps
        self.steps += 1
        if self.crashes and n == self.crashes[0]:
            self.crashes.pop(0)
            raise Crash

    def enqueue(self, did):
        self.queue.append([len(self.queue) + 1000 * self.steps, did, self.clock])

    def receive(self):
        for m in self.queue:
            if m[2] <= self.clock:
                m[2] = self.clock + VISIBILITY
                return m
        return None

    def ack(self, m):
        self.queue.remove(m)


def fanout_correct(w, e):
    if w.fanned_out[e]:
        return
    for s in SUBS[e]:
        did = f"{e}/{s}"                     # deterministic id: same on every pass
        w.step()
        w.deliveries.setdefault(did, "pending")
        w.step()
        w.enqueue(did)
    w.step()
    w.fanned_out[e] = True                   # marker last


def fanout_marker_first(w, e):               # WRONG: marker before the deliveries exist
    if w.fanned_out[e]:
        return
    w.step()
    w.fanned_out[e] = True
    for s in SUBS[e]:
        did = f"{e}/{s}"
        w.step()
        w.deliveries.setdefault(did, "pending")
        w.step()
        w.enqueue(did)


def deliver_correct(w, m):
    did = m[1]
    if w.deliveries[did] == "done":          # already recorded: only the ack was lost
        w.step()
        w.ack(m)
        return
    w.step()
    w.deliveries[did] = "claimed"            # claim (a lease; the message's visibility is the lease here)
    w.step()
    w.received.append((did, did))            # send: the id header is the stable delivery id
    w.step()
    w.deliveries[did] = "done"               # record
    w.step()
    w.ack(m)                                 # ack last


def deliver_done_first(w, m):                # WRONG: record "done" before sending
    did = m[1]
    if w.deliveries[did] == "done":
        w.step()
        w.ack(m)
        return
    w.step()
    w.deliveries[did] = "claimed"
    w.step()
    w.deliveries[did] = "done"
    w.step()
    w.received.append((did, did))
    w.step()
    w.ack(m)


def deliver_attempt_id(w, m):                # WRONG: a fresh id per attempt instead of per delivery
    did = m[1]
    if w.deliveries[did] == "done":
        w.step()
        w.ack(m)
        return
    w.step()
    w.deliveries[did] = "claimed"
    w.step()
    w.received.append((did, f"attempt-{w.steps}"))
    w.step()
    w.deliveries[did] = "done"
    w.step()
    w.ack(m)


def run(fanout, deliver, crash_points=()):
    w = World(crash_points)
    for _ in range(200):                     # bounded: every run below finishes in far fewer rounds
        try:
            for e in SUBS:                   # the fan-out sweep re-reads events whose marker is unset
                fanout(w, e)
            while (m := w.receive()) is not None:
                deliver(w, m)
            if not w.queue:
                break
        except Crash:
            pass                             # process restarts; in-memory state is gone
        w.clock += VISIBILITY                # time passes; unacked messages become visible again
    else:
        raise RuntimeError("run did not settle")
    pairs = {f"{e}/{s}" for e in SUBS for s in SUBS[e]}
    got = {}
    for pair, header in w.received:
        got.setdefault(pair, []).append(header)
    lost = len(pairs - got.keys())
    dup = sum(len(v) - 1 for v in got.values())
    mixed_ids = sum(1 for v in got.values() if len(set(v)) > 1)
    return lost, dup, mixed_ids, w.steps


def sweep(fanout, deliver, double=False):
    _, _, _, n = run(fanout, deliver)
    points = [(k,) for k in range(n)]
    if double:
        points += [(i, j) for i, j in itertools.combinations(range(n + 6), 2)]
    results = [run(fanout, deliver, p) for p in points]
    return {
        "runs": len(results),
        "steps": n,
        "lost_runs": sum(1 for r in results if r[0] > 0),
        "dup_runs": sum(1 for r in results if r[1] > 0),
        "mixed_runs": sum(1 for r in results if r[2] > 0),
        "max_dup": max(r[1] for r in results),
    }


good = sweep(fanout_correct, deliver_correct, double=True)
marker_first = sweep(fanout_marker_first, deliver_correct)
done_first = sweep(fanout_correct, deliver_done_first)
attempt_id = sweep(fanout_correct, deliver_attempt_id)

assert good["lost_runs"] == 0 and good["mixed_runs"] == 0, good
assert good["dup_runs"] > 0, "a crash between send and record must produce a duplicate"
assert marker_first["lost_runs"] > 0, "marker-first fan-out must lose a delivery under some crash"
assert done_first["lost_runs"] > 0, "recording done before sending must lose a delivery under some crash"
assert attempt_id["lost_runs"] == 0 and attempt_id["mixed_runs"] > 0, "per-attempt ids must show up as mixed ids"

figure("sim_pairs", sum(len(v) for v in SUBS.values()), "{:d} deliveries", "Deliveries in the simulated workload")
figure("sim_steps", good["steps"], "{:d} durable steps", "Durable steps in a crash-free run")
figure("sim_runs", good["runs"], "{:,d} runs", "Crash runs of the correct ordering (every single and double crash point)")
figure("sim_lost", good["lost_runs"], "{:d} runs", "Runs of the correct ordering that lost a delivery")
figure("sim_dup_runs", good["dup_runs"], "{:,d} runs", "Runs of the correct ordering with a duplicate (same id)")
figure("sim_max_dup", good["max_dup"], "{:d}", "Most extra copies in one run of the correct ordering")
figure("sim_marker_lost", marker_first["lost_runs"], "{:d} of {runs} runs".replace("{runs}", str(marker_first["runs"])),
       "Single-crash runs where marker-first fan-out lost a delivery")
figure("sim_done_lost", done_first["lost_runs"], "{:d} of {runs} runs".replace("{runs}", str(done_first["runs"])),
       "Single-crash runs where done-before-send lost a delivery")
figure("sim_attempt_mixed", attempt_id["mixed_runs"], "{:d} of {runs} runs".replace("{runs}", str(attempt_id["runs"])),
       "Single-crash runs where per-attempt ids gave one delivery two different ids")
print({"correct": good, "marker_first": marker_first, "done_first": done_first, "attempt_id": attempt_id})

# %% [markdown]
# ## 12. The SSRF address check
#
# A worker must refuse to connect to any address that is not public, checked on the
# *resolved* address it is about to connect to. Python's `is_global` alone is not enough:
# it does not look inside IPv6 forms that carry an IPv4 address (NAT64 `64:ff9b::/96`,
# 6to4 `2002::/16`), and its loopback and link-local tests do not see through IPv4-mapped
# addresses (`::ffff:0:0/96`). The strict check unwraps those forms first.

# %%
import ipaddress  # noqa: E402

BLOCK_V4 = [ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
    "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
    "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4")]
BLOCK_V6 = [ipaddress.ip_network(n) for n in (
    "::/128", "::1/128", "100::/64", "2001:db8::/32", "fc00::/7", "fe80::/10", "ff00::/8")]
EMBEDS_V4 = {"::ffff:0:0/96": "mapped", "64:ff9b::/96": "nat64", "2002::/16": "6to4"}


def embedded_v4(addr):
    if addr.version != 6:
        return None
    if addr.ipv4_mapped:
        return addr.ipv4_mapped
    if addr in ipaddress.ip_network("64:ff9b::/96"):
        return ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
    if addr.sixtofour:
        return addr.sixtofour
    return None


def allowed_strict(text):
    addr = ipaddress.ip_address(text)
    inner = embedded_v4(addr)
    if inner is not None:
        addr = inner
    blocks = BLOCK_V4 if addr.version == 4 else BLOCK_V6
    return addr.is_global and not any(addr in n for n in blocks)


def allowed_naive(text):
    addr = ipaddress.ip_address(text)
    return not (addr.is_loopback or addr.is_link_local or addr.is_private)


def allowed_is_global(text):
    return ipaddress.ip_address(text).is_global


probes = {
    "169.254.169.254": False, "fd00:ec2::254": False, "::ffff:169.254.169.254": False, "::ffff:127.0.0.1": False,
    "64:ff9b::a9fe:a9fe": False, "2002:a9fe:a9fe::1": False, "100.64.0.1": False, "10.1.2.3": False,
    "fe80::1": False, "::1": False, "198.18.0.1": False, "8.8.8.8": True, "2606:4700:4700::1111": True,
}
for text, expected in probes.items():
    assert allowed_strict(text) is expected, text
figure("ssrf_probes", len(probes), "{:d} addresses", "Addresses in the SSRF test table")
figure("ssrf_naive_misses", sum(1 for t, ok in probes.items() if not ok and allowed_naive(t)), "{:d}",
       "Blocked addresses a loopback/link-local/private test lets through")
figure("ssrf_is_global_misses", sum(1 for t, ok in probes.items() if not ok and allowed_is_global(t)), "{:d}",
       "Blocked addresses Python's is_global alone lets through")
figure("ssrf_blocked_ranges", len(BLOCK_V4) + len(BLOCK_V6) + len(EMBEDS_V4), "{:d} prefixes",
       "Prefixes the strict check blocks or unwraps")
for t in probes:
    print(f"{t:26} strict={allowed_strict(t)!s:5} naive={allowed_naive(t)!s:5} is_global={allowed_is_global(t)}")
