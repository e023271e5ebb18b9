# %% [markdown]
# # Design token-usage metering and billing: the estimates
#
# Every number the walkthrough quotes is computed here. Inputs first, each declared once
# with `assume`; then the sections:
#
# 1. Inputs
# 2. Rates, tokens and money at the design point
# 3. Why you meter tokens and price late: rounding and integer range
# 4. The money at risk from a lost or double-counted fraction (chart)
# 5. The log: bytes, partitions, storage per year
# 6. Deduplication: window state, Bloom filter, the spool's replay horizon
# 7. Aggregation: rows per minute and hour, the reduction from events
# 8. Hot keys: the largest organisation on one partition, one row, one counter
# 9. Spend limits and prepaid credit: the race, reservations, overshoot (chart)
# 10. Late events, watermarks and the invoice close
# 11. Reconciliation against the inference logs
# 12. The MVP and what breaks it
# 13. Scaling: launch, 10x, 100x (the design point), 1000x

# %% [markdown]
# ## 1. Inputs
#
# None of the four sources gives traffic, prices or error rates for this question. Every
# input below is an assumption of this walkthrough (prices are illustrative, not a quote),
# stated so that a reader can change it and watch the page follow.

# %%
import math

from estimates import assume, assumptions_table, figure

# Traffic and request shape
peak_rps = assume("peak_rps", 100_000, "{:,.0f} requests/s", "Peak inference requests at the design point (all regions)", "assumption")
peak_to_mean = assume("peak_to_mean", 2.0, "{:.1f}x", "Peak-to-mean ratio of request rate", "assumption")
launch_rps = assume("launch_rps", 1_000, "{:,.0f} requests/s", "Peak requests at launch (the MVP)", "assumption")
input_tok = assume("input_tok", 1_500, "{:,d} tokens", "Mean input tokens per request (cached included)", "assumption")
cached_share = assume("cached_share", 0.40, "{:.0%}", "Share of input tokens served from the prompt cache", "assumption")
output_tok = assume("output_tok", 350, "{:,d} tokens", "Mean output tokens per request (reasoning included)", "assumption")
max_tok = assume("max_tok", 4_000, "{:,d} tokens", "Mean output cap reserved at admission (max_tokens or the default)", "assumption")
decode_tps = assume("decode_tps", 50, "{:d} tokens/s", "Decode speed one stream sees", "assumption")

# Prices (illustrative blended list prices, not a quote)
price_in = assume("price_in", 1.00, "${:.2f} per million", "Price of uncached input tokens", "illustrative")
price_cached = assume("price_cached", 0.25, "${:.2f} per million", "Price of cached input tokens", "illustrative")
price_out = assume("price_out", 4.00, "${:.2f} per million", "Price of output tokens", "illustrative")

# Events and storage
event_b = assume("event_b", 400, "{:,d} B", "One usage event on the wire (ids, dimensions, counts, timestamps)", "assumption")
columnar_ratio = assume("columnar_ratio", 8, "{:d}x", "Compression of events in a columnar store", "assumption")
log_days = assume("log_days", 7, "{:d} days", "Retention of the usage log itself", "design choice")
replication = assume("replication", 3, "{:d}x", "Replication of the log and the stores", "design choice")
partition_mb_s = assume("partition_mb_s", 10, "{:d} MB/s", "Planning budget for one log partition and its consumer", "assumption")
partitions = assume("partitions", 64, "{:d}", "Partitions of the usage topic at the design point", "design choice")

# Deduplication
dedup_h = assume("dedup_h", 24, "{:d} h", "Streaming deduplication window", "design choice")
dedup_entry_b = assume("dedup_entry_b", 40, "{:d} B", "One event id in the dedup store (16 B id, timestamp, overhead)", "assumption")
bloom_fpr = assume("bloom_fpr", 0.01, "{:.0%}", "False-positive rate of the Bloom filter in front of the dedup store", "design choice")
servers = assume("servers", 2_000, "{:,d}", "Model-server replicas emitting events at the design point", "assumption")
spool_gb = assume("spool_gb", 10, "{:d} GB", "Local disk spool per model server for unsent events", "design choice")

# Aggregation
active_keys_min = assume("active_keys_min", 300_000, "{:,.0f}", "Active (org, project, model, tier) keys in a minute", "assumption")
active_keys_hour = assume("active_keys_hour", 900_000, "{:,.0f}", "Active keys in an hour", "assumption")
agg_row_b = assume("agg_row_b", 120, "{:d} B", "One aggregate row (key, window, five counters, checksum)", "assumption")
minute_days = assume("minute_days", 35, "{:d} days", "Retention of minute rows", "design choice")
hour_years = assume("hour_years", 3, "{:d} years", "Retention of hour rows", "design choice")

# Hot keys and stores
big_share = assume("big_share", 0.05, "{:.0%}", "Largest organisation's share of traffic at the design point", "assumption")
launch_big_share = assume("launch_big_share", 0.10, "{:.0%}", "Largest organisation's share at launch", "assumption")
row_lock_ms = assume("row_lock_ms", 1.0, "{:.1f} ms", "Row-lock hold per UPDATE of one balance row", "assumption")
db_rows_budget = assume("db_rows_budget", 10_000, "{:,d} rows/s", "Planning budget of inserts one relational primary sustains with indexes", "assumption")
redis_budget = assume("redis_budget", 100_000, "{:,d} ops/s", "Planning budget of simple increments on one in-memory shard", "assumption")
flush_s = assume("flush_s", 1, "{:d} s", "Stream pre-aggregation flush interval for spend counters", "design choice")
salts = assume("salts", 8, "{:d}", "Sub-partitions (salts) for a hot organisation", "design choice")

# Error, lateness and enforcement
loss_frac = assume("loss_frac", 1e-4, "{:.2%}", "Fraction of usage lost or double-counted in the error example", "assumption")
late_1m = assume("late_1m", 1e-3, "{:.1%}", "Share of events arriving more than 1 min after they happened", "assumption")
late_1h = assume("late_1h", 1e-4, "{:.2%}", "Share arriving more than 1 h late", "assumption")
late_48h = assume("late_48h", 1e-7, "{:.5%}", "Share arriving more than 48 h late (region cut off, spool replayed)", "assumption")
close_grace_h = assume("close_grace_h", 48, "{:d} h", "Wait after the period ends before invoices finalise", "design choice")
lag_rt_s = assume("lag_rt_s", 2, "{:d} s", "Lag of the real-time spend counter (flush plus propagation)", "design choice")
lag_min_s = assume("lag_min_s", 60, "{:d} s", "Lag if limits read the minute aggregates", "assumption")
lag_hour_s = assume("lag_hour_s", 3600, "{:,d} s", "Lag if limits read an hourly rollup", "assumption")
small_balance = assume("small_balance", 5.00, "${:.2f}", "Prepaid balance left in the race example", "assumption")
burst = assume("burst", 1_000, "{:,d} requests", "Parallel requests a client fires at that moment", "assumption")
recon_tol = assume("recon_tol", 1e-4, "{:.2%}", "Tolerance between metered and server-counted tokens per model-hour", "design choice")
watermark_s = assume("watermark_s", 10, "{:d} s", "Bounded out-of-orderness the watermark allows for minute windows", "design choice")
cache_ttl_s = assume("cache_ttl_s", 15, "{:d} s", "Dashboard query cache lifetime", "design choice")
cancel_out_tok = assume("cancel_out_tok", 120, "{:d} tokens", "Output generated before a client disconnect in the walk-through", "assumption")
ex_balance = assume("ex_balance", 20.00, "${:.2f}", "Prepaid balance of the walk-through's organisation", "assumption")
twist_double = assume("twist_double", 0.003, "{:.1%}", "Double-counted share of one customer's requests in the twist", "interviewer twist")
assumptions_table()

# %% [markdown]
# ## 2. Rates, tokens and money at the design point

# %%
mean_rps = figure("mean_rps", peak_rps / peak_to_mean, "{:,.0f} requests/s", "Mean request rate")
events_day = figure("events_day", mean_rps * 86_400 / 1e9, "{:.2f} billion events/day", "Usage events per day (one per request)") * 1e9
figure("events_year", events_day * 365 / 1e12, "{:.2f} trillion events/year", "Usage events per year")
cached_tok = input_tok * cached_share
uncached_tok = input_tok - cached_tok
figure("cached_tok", cached_tok, "{:,.0f} tokens", "Cached input tokens in a mean request")
figure("uncached_tok", uncached_tok, "{:,.0f} tokens", "Uncached input tokens in a mean request")
tok_per_req = input_tok + output_tok
figure("tok_per_req", tok_per_req, "{:,d} tokens", "Tokens in a mean request")
figure("tokens_peak", peak_rps * tok_per_req / 1e6, "{:,.0f} million tokens/s", "Tokens metered per second at peak")
figure("tokens_day", mean_rps * 86_400 * tok_per_req / 1e12, "{:.1f} trillion tokens/day", "Tokens metered per day")

cost_req = (uncached_tok * price_in + cached_tok * price_cached + output_tok * price_out) / 1e6
figure("cost_req", cost_req, "${:.5f}", "List price of a mean request")
figure("cost_req_micro", cost_req * 1e6, "{:,.0f} micro-dollars", "The same in micro-dollars")
figure("out_share_cost", output_tok * price_out / 1e6 / cost_req, "{:.0%}", "Share of a mean request's price that is output")
figure("cached_saving", cached_tok * (price_in - price_cached) / 1e6 / (cost_req + cached_tok * (price_in - price_cached) / 1e6), "{:.0%}",
       "Saving on a mean request from cached input, against pricing it all as uncached")
figure("ex_uncached_micro", uncached_tok * price_in, "{:,.0f} micro-dollars", "Walk-through: uncached input at its price")
figure("ex_cached_micro", cached_tok * price_cached, "{:,.0f} micro-dollars", "Walk-through: cached input at its price")
figure("ex_out_micro", output_tok * price_out, "{:,.0f} micro-dollars", "Walk-through: output at its price")
figure("ex_cancel_micro", uncached_tok * price_in + cached_tok * price_cached + cancel_out_tok * price_out, "{:,.0f} micro-dollars",
       "Walk-through: the same request cut off by a disconnect")
usd_day = mean_rps * 86_400 * cost_req
figure("usd_day", usd_day / 1e6, "${:.1f} million/day", "Usage billed per day")
usd_year = usd_day * 365
figure("usd_year", usd_year / 1e9, "${:.2f} billion/year", "Usage billed per year")
usd_month = usd_day * 30
figure("usd_month", usd_month / 1e6, "${:,.0f} million", "Usage billed in a 30-day month")
usd_peak_s = peak_rps * cost_req
figure("usd_peak_s", usd_peak_s, "${:,.0f}/s", "Spend per second across all customers at peak")

# %% [markdown]
# ## 3. Meter tokens, price late
#
# Rounding each request to cents, or storing fractional prices in coarse integer units,
# destroys the bill. Token counts are integers; multiply by the price once per invoice line.

# %%
figure("round_down_loss", 1 - math.floor(cost_req * 100) / 100 / cost_req, "{:.0%}", "Revenue lost if each mean request is rounded down to whole cents")
figure("round_up_x", 0.01 / cost_req, "{:.1f}x", "Overcharge if each mean request is rounded up to one cent")
figure("cached_micro_per_tok", price_cached, "{:.2f} micro-dollars", "Price of one cached token (not a whole micro-dollar)")
INT64_MAX = 2**63 - 1
figure("int64_nano_usd", INT64_MAX / 1e9 / 1e9, "${:.1f} billion", "Largest amount an int64 of nano-dollars holds")
figure("year_nano_share", usd_year * 1e9 / INT64_MAX, "{:.0%}", "A year of billed usage in nano-dollars, as a share of int64")
figure("year_nano_10x", usd_year * 10 * 1e9 / INT64_MAX, "{:.1f}x", "The same at 10x: past the int64 range by this factor")

# %% [markdown]
# ## 4. Money at risk
#
# A fraction f of usage lost is revenue we never bill; the same fraction double-counted
# is money we take that we must give back, with a customer who now checks every invoice.

# %%
figure("risk_day", usd_day * loss_frac, "${:,.0f}/day", "Money misbilled per day at the example error fraction")
figure("risk_year", usd_year * loss_frac / 1e3, "${:,.0f} thousand/year", "The same per year")
figure("risk_year_01", usd_year * 1e-3 / 1e6, "${:.1f} million/year", "Per year at 0.1%")
figure("risk_year_1000x", usd_year * 10 * loss_frac / 1e6, "${:.1f} million/year", "Per year at the example fraction, at 1000x launch (10x the design point)")
figure("risk_events_day", events_day * loss_frac / 1e3, "{:,.0f} thousand events/day", "Events misbilled per day at the example fraction")
figure("big_org_month", usd_month * big_share / 1e6, "${:.1f} million", "The largest organisation's monthly bill")
figure("big_org_err_month", usd_month * big_share * twist_double, "${:,.0f}", "A 0.3% double count on that bill, for one month")

from estimates.charts import SERIES, new_chart, show  # noqa: E402

fracs = [10 ** (-7 + 0.05 * i) for i in range(0, 101)]
fig, ax = new_chart()
for i, (mult, label) in enumerate(((0.01, "launch (1,000 requests/s peak)"), (1.0, "design point (100,000/s)"), (10.0, "1000x launch (1,000,000/s)"))):
    ax.plot(fracs, [usd_year * mult * f for f in fracs], color=SERIES[i], label=label)
ax.axhline(1e6, color=SERIES[3], linestyle=":", linewidth=1.2, label="$1 million a year")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("fraction of usage lost or double-counted")
ax.set_ylabel("money misbilled per year ($)")
ax.set_title("Money at risk from a metering error")
ax.legend(frameon=False, fontsize=9)
show(fig, alt="Log-log chart: money misbilled per year grows in proportion to the fraction of usage lost or double-counted; "
              "at the design point a fraction of one in ten thousand is about 400 thousand dollars a year and one in a "
              "thousand crosses a million dollars, while at launch even one percent stays near 400 thousand.")
figure("frac_for_1m", 1e6 / usd_year, "{:.3%}", "Error fraction that costs $1 million a year at the design point")

# %% [markdown]
# ## 5. The log: bytes, partitions and storage

# %%
ingest_mb = peak_rps * event_b / 1e6
figure("ingest_mb_s", ingest_mb, "{:,.0f} MB/s", "Usage-log ingest at peak")
figure("partitions_by_bytes", math.ceil(ingest_mb / partition_mb_s), "{:d} partitions", "Partitions bytes alone would need at peak")
raw_tb_day = events_day * event_b / 1e12
figure("raw_tb_day", raw_tb_day, "{:.2f} TB/day", "Raw events per day")
figure("raw_tb_year", raw_tb_day * 365, "{:,.0f} TB/year", "Raw events per year")
figure("col_tb_year", raw_tb_day * 365 / columnar_ratio, "{:,.0f} TB/year", "Events per year in a columnar store")
figure("col_tb_year_repl", raw_tb_day * 365 / columnar_ratio * replication, "{:,.0f} TB/year", "The same, replicated")
figure("log_tb", raw_tb_day * log_days * replication, "{:,.0f} TB", "Usage log on disk (retention times replication)")

# %% [markdown]
# ## 6. Deduplication
#
# Exactly-once effect = at-least-once delivery + an idempotent consumer keyed by event id.
# The streaming dedup keeps ids for a window; the invoice close dedups exactly over the
# whole period.

# %%
ids_window = mean_rps * 3600 * dedup_h
figure("ids_window", ids_window / 1e9, "{:.2f} billion ids", "Event ids inside the dedup window")
dedup_gb = ids_window * dedup_entry_b / 1e9
figure("dedup_gb", dedup_gb, "{:,.0f} GB", "Dedup state for the window")
figure("dedup_gb_part", dedup_gb / partitions, "{:.1f} GB", "Dedup state per partition")
bits_per_id = -math.log(bloom_fpr) / math.log(2) ** 2
figure("bloom_bits", bits_per_id, "{:.1f} bits", "Bloom filter bits per id at that false-positive rate")
figure("bloom_gb", ids_window * bits_per_id / 8 / 1e9, "{:.1f} GB", "Bloom filter for the window")
figure("bloom_lookups_saved", 1 - bloom_fpr, "{:.0%}", "New events the filter clears without an exact lookup")
figure("bloom_false_day", events_day * bloom_fpr / 1e6, "{:.1f} million/day", "New events a Bloom filter alone would drop as duplicates")
figure("bloom_false_usd", events_day * bloom_fpr * cost_req / 1e3, "${:,.0f} thousand/day", "Revenue those false positives would lose")
per_server_eps = peak_rps / servers
figure("server_eps", per_server_eps, "{:.0f} events/s", "Events per model server at peak")
spool_s = spool_gb * 1e9 / (per_server_eps * event_b)
figure("spool_days", spool_s / 86_400, "{:.1f} days", "How long a server's spool holds events if the log is unreachable")
figure("spool_vs_window", spool_s / 3600 / dedup_h, "{:.1f}x", "Spool horizon over the dedup window")

# %% [markdown]
# ## 7. Aggregation

# %%
events_min = mean_rps * 60
figure("events_per_key_min", events_min / active_keys_min, "{:.0f} events", "Events per key per minute (mean)")
min_rows_day = active_keys_min * 1440
figure("min_rows_day", min_rows_day / 1e6, "{:,.0f} million rows/day", "Minute rows written per day")
figure("min_rows_s", active_keys_min / 60, "{:,.0f} rows/s", "Minute rows written per second (one per key per minute)")
figure("agg_reduction", mean_rps / (active_keys_min / 60), "{:.0f}x", "Events per second over minute rows per second")
figure("min_gb", min_rows_day * agg_row_b * minute_days / 1e9, "{:,.0f} GB", "Minute rows kept for the retention period")
hour_rows_day = active_keys_hour * 24
figure("hour_rows_day", hour_rows_day / 1e6, "{:.1f} million rows/day", "Hour rows per day")
figure("hour_gb", hour_rows_day * 365 * hour_years * agg_row_b / 1e9, "{:,.0f} GB", "Hour rows kept for the retention period")
figure("hour_vs_events", events_day / hour_rows_day, "{:,.0f}x", "Events per hour row")

# %% [markdown]
# ## 8. Hot keys
#
# Partitioning the log by organisation keeps one organisation's events in order on one
# partition, which makes the largest customer the hottest partition, the hottest balance
# row and the hottest counter.

# %%
big_eps = peak_rps * big_share
figure("big_eps", big_eps, "{:,.0f} events/s", "Largest organisation's peak event rate")
big_mb = big_eps * event_b / 1e6
figure("big_mb_s", big_mb, "{:.0f} MB/s", "Its bytes on one partition")
figure("big_part_load", big_mb / partition_mb_s, "{:.0%}", "Share of one partition's budget it takes")
figure("big_part_load_10x", big_mb * 10 / partition_mb_s, "{:.0%}", "The same at 10x the design point")
figure("big_salted_load_10x", big_mb * 10 / salts / partition_mb_s, "{:.0%}", "At 10x, split over the salts")
row_cap = 1000 / row_lock_ms
figure("row_cap", row_cap, "{:,.0f} updates/s", "Ceiling of one balance row (one over the lock hold)")
figure("big_row_need", big_eps * 2, "{:,.0f} updates/s", "Updates the largest organisation's balance row would need (reserve and settle)")
figure("big_row_x", big_eps * 2 / row_cap, "{:.0f}x", "That over the row's ceiling")
figure("big_redis_load", big_eps * 2 / redis_budget, "{:.0%}", "The same traffic on one in-memory counter, share of its budget")
figure("big_redis_load_10x", big_eps * 2 * 10 / redis_budget, "{:.0%}", "At 10x the design point")
figure("preagg_writes", salts / flush_s, "{:.0f} writes/s", "Counter writes for the largest org after per-salt pre-aggregation each flush")
figure("preagg_factor", big_eps / (salts / flush_s), "{:,.0f}x", "Reduction in counter writes from pre-aggregation")

# %% [markdown]
# ## 9. Spend limits and prepaid credit
#
# The cost of a request is known only when it ends. A limit checked against a spend
# counter that lags by L seconds lets a customer overshoot by its spend rate times
# (L + the generation time of requests already admitted).

# %%
gen_s = output_tok / decode_tps
figure("gen_s", gen_s, "{:.0f} s", "Generation time of a mean request")
big_usd_s = usd_peak_s * big_share
figure("big_usd_s", big_usd_s, "${:.2f}/s", "Largest organisation's spend rate at peak")


def overshoot(rate_usd_s, lag_s):
    return rate_usd_s * (lag_s + gen_s)


figure("over_rt", overshoot(big_usd_s, lag_rt_s), "${:,.0f}", "Its overshoot past a limit with the real-time counter")
figure("over_min", overshoot(big_usd_s, lag_min_s), "${:,.0f}", "Its overshoot if limits read minute aggregates")
figure("over_hour", overshoot(big_usd_s, lag_hour_s), "${:,.0f}", "Its overshoot if limits read an hourly rollup")

max_cost = (input_tok * price_in + max_tok * price_out) / 1e6
figure("max_cost", max_cost, "${:.4f}", "Worst-case price of a mean request (prompt at the uncached price plus max_tokens of output)")
figure("reserve_x", max_cost / cost_req, "{:.1f}x", "Reservation over the mean actual price")
figure("race_worst", burst * max_cost, "${:.2f}", "Worst-case spend of the burst if every request passes a balance > 0 check")
figure("race_over", burst * max_cost - small_balance, "${:.2f}", "Overshoot past the balance in that worst case")
figure("race_mean", burst * cost_req, "${:.2f}", "Expected spend of the burst at the mean price")
admitted = math.floor(small_balance / max_cost)
figure("race_admitted", admitted, "{:,d} requests", "Requests a reservation admits against the balance")
figure("race_admitted_share", admitted / burst, "{:.0%}", "Share of the burst admitted with reservations")
figure("race_held_usd", admitted * (max_cost - cost_req), "${:.2f}", "Balance held but not spent while those requests run")
figure("ex_after_reserve", ex_balance - max_cost, "${:.4f}", "Walk-through: available balance while the request runs")
figure("ex_after_settle", ex_balance - cost_req, "${:.5f}", "Walk-through: balance after settlement")
figure("held_big", big_eps * gen_s * (max_cost - cost_req), "${:,.0f}", "Over-reservation the largest organisation holds at any moment at peak")

# chart: overshoot against enforcement lag for three customer sizes
lags = [10 ** (0 + 0.04 * i) for i in range(0, 101)]  # 1 s .. 10,000 s
fig, ax = new_chart()
for i, (rate, label) in enumerate(((big_usd_s, "largest organisation"), (big_usd_s / 100, "a 1%-of-largest customer"),
                                   (big_usd_s / 10_000, "a small team"))):
    ax.plot(lags, [overshoot(rate, t) for t in lags], color=SERIES[i], label=f"{label} (${rate:.4g}/s)")
for t, name in ((lag_rt_s, "real-time counter"), (lag_min_s, "minute aggregates"), (lag_hour_s, "hourly rollup")):
    ax.axvline(t, color=SERIES[3], linestyle=":", linewidth=1.0)
    ax.text(t * 1.1, 2e4, name, fontsize=8, rotation=90, va="top")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("lag of the spend counter the limit reads (s)")
ax.set_ylabel("spend past the limit ($)")
ax.set_title("Spend-limit overshoot against enforcement lag")
ax.legend(frameon=False, fontsize=9, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=1)
show(fig, alt="Log-log chart: the money a customer spends past its limit grows with the lag of the counter the limit reads; "
              "for the largest organisation it is about a hundred dollars with a real-time counter, around eight hundred with "
              "minute aggregates and over forty thousand with an hourly rollup, and a hundred times less for each smaller customer.")

# %% [markdown]
# ## 10. Late events, watermarks and the close

# %%
figure("late_1m_day", events_day * late_1m / 1e6, "{:.1f} million/day", "Events a day arriving after their minute closed")
figure("late_1h_day", events_day * late_1h / 1e3, "{:,.0f} thousand/day", "Events a day more than an hour late")
figure("late_48h_month", events_day * 30 * late_48h, "{:,.0f} events", "Events a month arriving after the invoice close")
figure("late_48h_usd", usd_month * late_48h, "${:,.0f}", "Their value in a month")
figure("late_1h_usd_day", usd_day * late_1h, "${:,.0f}/day", "Value of events more than an hour late, per day")
dash_lag = 1 + watermark_s + cache_ttl_s
figure("dash_lag_s", dash_lag, "{:d} s", "Worst lag from a minute's end to its row on the dashboard (emit, watermark, cache)")
figure("dash_pending_usd", usd_peak_s * big_share * (dash_lag + 60), "${:,.0f}", "Largest organisation's spend not yet on its dashboard at peak (partial minute plus lag)")

# %% [markdown]
# ## 11. Reconciliation

# %%
figure("recon_rows_day", events_day * 2 / 1e9, "{:.1f} billion rows/day", "Rows in the daily join (usage events plus gateway request log)")
model_hour_tok = mean_rps * 3600 * tok_per_req
figure("model_hour_tok", model_hour_tok / 1e9, "{:,.0f} billion tokens", "Tokens per hour across models (the reconciliation grain's total)")
figure("recon_tol_tok", model_hour_tok * recon_tol / 1e6, "{:.1f} million tokens", "The tolerance in tokens for that hour")
figure("recon_tol_usd", usd_day / 24 * recon_tol, "${:,.0f}", "The tolerance in dollars per hour")

# %% [markdown]
# ## 12. The MVP and what breaks it
#
# One relational primary: usage rows inserted with a unique event id, a balance row per
# organisation updated on reserve and settle, a rollup job, a monthly invoice job.

# %%
mvp_big = launch_rps * launch_big_share
figure("mvp_inserts_load", launch_rps / db_rows_budget, "{:.0%}", "Launch peak inserts over one primary's budget")
figure("mvp_big_rps", mvp_big, "{:,.0f} requests/s", "Largest launch customer's peak")
figure("mvp_row_load", mvp_big * 2 / row_cap, "{:.0%}", "Its balance row's load at launch")
figure("mvp_break_x", row_cap / (mvp_big * 2), "{:.0f}x", "Growth at which that row saturates")
figure("mvp_insert_break_x", db_rows_budget / launch_rps, "{:.0f}x", "Growth at which usage inserts reach the primary's budget")
figure("mvp_gb_day", launch_rps / peak_to_mean * 86_400 * event_b / 1e9, "{:.1f} GB/day", "Usage rows per day at launch (raw)")

# %% [markdown]
# ## 13. Scaling
#
# Stages relative to launch: 1x (launch), 10x, 100x (the design point) and 1000x.

# %%
for name, mult in (("s1", 0.01), ("s10", 0.1), ("s100", 1.0), ("s1000", 10.0)):
    p = peak_rps * mult
    figure(f"{name}_peak", p, "{:,.0f}/s", f"Peak events at stage {name}")
    figure(f"{name}_day", p / peak_to_mean * 86_400 / 1e6, "{:,.0f} million", f"Events per day at stage {name}")
    figure(f"{name}_raw_tb_year", p / peak_to_mean * 86_400 * 365 * event_b / 1e12, "{:,.0f} TB", f"Raw events per year at stage {name}")
    figure(f"{name}_dedup_gb", p / peak_to_mean * 3600 * dedup_h * dedup_entry_b / 1e9, "{:,.0f} GB", f"Dedup state at stage {name}")
    share = launch_big_share if name == "s1" else big_share
    figure(f"{name}_big_eps", p * share, "{:,.0f}/s", f"Largest organisation's events per second at stage {name}")
    figure(f"{name}_row_x", p * share * 2 / row_cap, "{:.1f}x", f"Its balance-row need over one row's ceiling at stage {name}")
    figure(f"{name}_db_x", p / db_rows_budget, "{:.1f}x", f"Event inserts over one relational primary at stage {name}")
    figure(f"{name}_usd_year", usd_year * mult / 1e6, "${:,.0f} million", f"Usage billed per year at stage {name}")
    figure(f"{name}_risk", usd_year * mult * loss_frac, "${:,.0f}", f"Money at risk per year at the example fraction at stage {name}")
