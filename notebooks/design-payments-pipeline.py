# %% [markdown]
# # Payments pipeline: the estimates
#
# The back-of-the-envelope notebook behind the payments-pipeline walkthrough. Every input is
# declared once with `assume` and its source; every number the page quotes is a `figure`
# computed below. No source document gives traffic figures for this question, so the scale
# inputs are this walkthrough's assumptions, stated so that a reader can change them.
# Sections:
#
# 1. Inputs
# 2. Transaction rates and the processor call
# 3. Money representation: floats, integer minor units, rounding
# 4. One payment through the ledger (a worked double-entry example)
# 5. Ledger entry rates, storage and the hot-account limit
# 6. Authorisation holds and their expiry (with a chart)
# 7. The daily payout batch: size, duration, cut-off
# 8. Reconciliation: break rates and the cost of an unmatched item (with a chart)
# 9. Idempotency keys: storage and the processor's retention window
# 10. Crash simulation: idempotency keys plus an outbox give exactly-once effects
# 11. Scaling 10x, 100x, 1000x
# 12. Interviewer twists and fraud arithmetic

# %% [markdown]
# ## 1. Inputs
#
# "Stripe docs" marks the authorisation windows in Stripe's "Place a hold on a payment method"
# page (checked 2026-11-23); "NACHA format" marks the fixed-width ACH file layout. Everything
# else is an assumption or a design choice of this walkthrough.

# %%
import math
import random

from estimates import assume, assumptions_table, figure
from estimates import reference as ref

# Scale at the design point (the interviewer's target in this walkthrough)
peak_tps = assume("peak_tps", 1_000, "{:,d} payments/s", "Peak payment attempts at the design point", "assumption")
mvp_peak_tps = assume("mvp_peak_tps", 10, "{:,d} payments/s", "Peak payment attempts at launch (the MVP)", "assumption")
peak_to_mean = assume("peak_to_mean", 4.0, "{:.0f}x", "Peak-to-mean ratio of payment attempts", "assumption")
ticket = assume("ticket", 3_000, "{:,d} cents", "Mean payment amount (USD minor units; $30.00)", "assumption")
merchants = assume("merchants", 200_000, "{:,d} merchants", "Active merchants at the design point", "assumption")
payout_share = assume("payout_share", 0.6, "{:.0%}", "Share of merchants with a payout on a given day", "assumption")
approval = assume("approval", 0.90, "{:.0%}", "Share of attempts the issuer authorises", "assumption")
capture_rate = assume("capture_rate", 0.98, "{:.0%}", "Share of authorisations that are captured (the rest are voided)", "assumption")
later_share = assume("later_share", 0.30, "{:.0%}", "Share of payments authorised now and captured at fulfilment", "assumption")
refund_share = assume("refund_share", 0.03, "{:.0%}", "Captured payments later refunded", "assumption")
dispute_share = assume("dispute_share", 0.002, "{:.1%}", "Captured payments later disputed (chargebacks)", "assumption")

# The processor call
proc_latency_s = assume("proc_latency_s", 0.8, "{:.1f} s", "Mean processor authorisation latency", "assumption")
proc_timeout_s = assume("proc_timeout_s", 30, "{:d} s", "Our timeout on a processor call", "design choice")
unknown_share = assume("unknown_share", 0.0003, "{:.2%}", "Processor calls that time out or lose their response", "assumption")
query_resolves = assume("query_resolves", 0.97, "{:.0%}", "Unknown outcomes settled by a status query within minutes", "assumption")

# Pricing (illustrative, for the worked example and the rounding check)
fee_bp = assume("fee_bp", 290, "{:d} bp", "Our fee to the merchant, percentage part (2.9%)", "assumption")
fee_fixed = assume("fee_fixed", 30, "{:d} cents", "Our fee to the merchant, fixed part", "assumption")
cost_bp = assume("cost_bp", 200, "{:d} bp", "Processor's charge to us, percentage part (2.0%)", "assumption")
cost_fixed = assume("cost_fixed", 20, "{:d} cents", "Processor's charge to us, fixed part", "assumption")

# Ledger
lines_capture = assume("lines_capture", 3, "{:d} lines", "Posting lines per capture (processor receivable, merchant pending, fee revenue)", "design choice")
lines_refund = assume("lines_refund", 3, "{:d} lines", "Posting lines per refund", "design choice")
lines_dispute = assume("lines_dispute", 3, "{:d} lines", "Posting lines per dispute", "design choice")
lines_settle = assume("lines_settle", 3, "{:d} lines", "Posting lines to settle one payment from the processor, if posted per payment", "design choice")
lines_release = assume("lines_release", 2, "{:d} lines", "Posting lines to move one payment from pending to available, if posted per payment", "design choice")
lines_payout = assume("lines_payout", 4, "{:d} lines", "Posting lines per payout (sent, then confirmed)", "design choice")
posting_b = assume("posting_b", 250, "{:d} B", "Stored size of one posting line, with its share of indexes", "assumption")
entry_b = assume("entry_b", 150, "{:d} B", "Stored size of one journal entry header", "assumption")
retention_years = assume("retention_years", 7, "{:d} years", "Retention of ledger records (confirm with finance and counsel)", "assumption")
replication = assume("replication", 3, "{:d}x", "Storage replication factor", "assumption")
lock_ms = assume("lock_ms", 4, "{:d} ms", "Row lock held per balance-column update (synchronous commit)", "assumption")
hot_util = assume("hot_util", 0.5, "{:.0%}", "Target utilisation of one hot row", "design choice")
batch_window_h = assume("batch_window_h", 2, "{:d} h", "Window in which per-payment settlement postings would be written", "assumption")
db_budget = assume("db_budget", 10_000, "{:,d} rows/s", "Indexed row writes one relational primary sustains (planning budget)", "assumption")
big_merchant_share = assume("big_merchant_share", 0.01, "{:.0%}", "Volume share of the largest merchant", "assumption")
scan_rows_s = assume("scan_rows_s", 5_000_000, "{:,d} rows/s", "Rows a database sums per second in an index range scan", "assumption")

# Authorisation holds
window_cit_days = assume("window_cit_days", 7, "{:d} days", "Authorisation window, customer-initiated online card payment (Visa, Mastercard)", "Stripe docs")
window_mit_h = assume("window_mit_h", 4 * 24 + 18, "{:d} h", "Visa merchant-initiated online authorisation window (4 days 18 hours)", "Stripe docs")
window_ext_days = assume("window_ext_days", 30, "{:d} days", "Longest extended authorisation window", "Stripe docs")
fulfil_median_days = assume("fulfil_median_days", 1.5, "{:.1f} days", "Median time from authorisation to capture (fulfilment)", "assumption")
fulfil_p90_days = assume("fulfil_p90_days", 5.0, "{:.0f} days", "90th percentile time from authorisation to capture", "assumption")
reauth_day = assume("reauth_day", 6, "{:d} days", "Age at which an uncaptured authorisation is renewed", "design choice")
reauth_decline = assume("reauth_decline", 0.05, "{:.0%}", "Share of renewal authorisations the issuer declines", "assumption")
merchant_hold_days = assume("merchant_hold_days", 2, "{:d} days", "Days captured funds stay pending before they become available", "design choice")

# The daily payout batch
report_ready_h = assume("report_ready_h", 6, "{:02d}:00 UTC", "Processor settlement report available", "assumption")
payout_start_h = assume("payout_start_h", 12, "{:02d}:00 UTC", "Payout batch start", "design choice")
cutoff_h = assume("cutoff_h", 15, "{:02d}:00 UTC", "Bank cut-off for next-day payouts", "assumption")
payout_ms = assume("payout_ms", 15, "{:d} ms", "Work per payout (balance read, payout row, postings, commit)", "assumption")
batch_workers = assume("batch_workers", 8, "{:d} workers", "Payout batch workers", "design choice")
ach_record = assume("ach_record", 94, "{:d} characters", "Length of every record in an ACH file", "NACHA format")
ach_blocking = assume("ach_blocking", 10, "{:d} records", "ACH blocking factor (file padded to a multiple of it)", "NACHA format")
payout_return = assume("payout_return", 0.003, "{:.1%}", "Payouts returned by the receiving bank (closed or wrong account)", "assumption")

# Reconciliation
break_rate = assume("break_rate", 0.002, "{:.1%}", "Items unmatched after the first automatic pass", "assumption")
timing_share = assume("timing_share", 0.80, "{:.0%}", "Breaks that clear on the next day's files (timing)", "assumption")
rule_share = assume("rule_share", 0.15, "{:.0%}", "Breaks cleared by matching rules (rounding, partial capture, fees)", "assumption")
manual_min = assume("manual_min", 12, "{:d} min", "Analyst time per manual break", "assumption")
analyst_h = assume("analyst_h", 6, "{:d} h", "Productive analyst hours per day", "assumption")
analyst_cost_h = assume("analyst_cost_h", 60, "${:d}/h", "Loaded analyst cost", "assumption")
match_rows_s = assume("match_rows_s", 50_000, "{:,d} rows/s", "Rows one matcher worker compares per second", "assumption")

# Idempotency
calls_per_payment = assume("calls_per_payment", 2.2, "{:.1f}", "Keyed API calls per payment (create, capture, some refunds and cancels)", "assumption")
idem_b = assume("idem_b", 1_024, "{:,d} B", "Stored idempotency record (key, request hash, response)", "assumption")
idem_ttl_h = assume("idem_ttl_h", 24, "{:d} h", "Retention of our idempotency records", "design choice")
proc_key_ttl_h = assume("proc_key_ttl_h", 24, "{:d} h", "Processor's retention of idempotency keys (Stripe: at least 24 h; Checkout.com default 24 h)", "processor docs")

# Twists and fraud
outage_min = assume("outage_min", 60, "{:d} min", "Length of a processor outage", "interviewer twist")
card_test_tps = assume("card_test_tps", 50, "{:d} attempts/s", "Card-testing attack rate against one merchant", "interviewer twist")
attempt_fee = assume("attempt_fee", 0.05, "${:.2f}", "Processor fee per authorisation attempt, approved or not (illustrative)", "assumption")
bustout_daily = assume("bustout_daily", 50_000, "${:,d}/day", "Fraudulent volume of a bust-out merchant", "assumption")
detect_days = assume("detect_days", 10, "{:d} days", "Days until the first chargebacks reveal a bust-out merchant", "assumption")
reserve_days = assume("reserve_days", 10, "{:d} days", "Pending period for new, unproven merchants", "design choice")
instant_share = assume("instant_share", 0.2, "{:.0%}", "Share of volume whose merchants choose instant payouts", "interviewer twist")
settle_lag_days = assume("settle_lag_days", 2, "{:d} days", "Days from capture until the processor pays us", "assumption")
idr_per_usd = assume("idr_per_usd", 16_000, "{:,d} IDR", "Rupiah per US dollar (order of magnitude, for the range check)", "assumption")
assumptions_table()

# %% [markdown]
# ## 2. Transaction rates and the processor call

# %%
DAY = ref.SECONDS_PER_DAY


def ceil_(x):
    """Ceiling that ignores floating-point dust (10.000000000000002 -> 10)."""
    return math.ceil(round(x, 6))


mean_tps = figure("mean_tps", peak_tps / peak_to_mean, "{:,.0f} payments/s", "Mean payment attempts")
attempts_day = figure("attempts_day", mean_tps * DAY / 1e6, "{:.1f} million attempts/day", "Payment attempts per day")
authorised_day = attempts_day * approval
captured_day = figure("captured_day", authorised_day * capture_rate, "{:.1f} million captures/day", "Captured payments per day")
figure("declined_day", attempts_day * (1 - approval), "{:.1f} million declines/day", "Declined attempts per day")
gmv_day = figure("gmv_day", captured_day * 1e6 * ticket / 100 / 1e6, "${:,.0f} million/day", "Captured volume per day")
figure("gmv_year", gmv_day * ref.DAYS_PER_YEAR / 1e3, "${:,.0f} billion/year", "Captured volume per year")
later_day = figure("later_day", authorised_day * later_share, "{:.1f} million/day", "Authorisations captured later (at fulfilment)")
figure("captures_peak", peak_tps * approval * capture_rate, "{:,.0f} captures/s", "Captures per second at peak (immediate capture assumed for the peak)")
refunds_day = figure("refunds_day", captured_day * refund_share * 1e3, "{:,.0f} thousand refunds/day", "Refunds per day")
disputes_day = figure("disputes_day", captured_day * dispute_share * 1e6, "{:,.0f} disputes/day", "Disputes per day")

# Calls to the processor: every attempt is an authorisation; later captures are a second call
proc_calls_day = attempts_day + later_day * capture_rate + refunds_day / 1e3
figure("proc_calls_day", proc_calls_day, "{:.1f} million calls/day", "Processor calls per day (authorisations, separate captures, refunds)")
inflight = figure("inflight", peak_tps * proc_latency_s, "{:,.0f} calls", "Processor calls in flight at peak (Little's law)")
inflight_timeout = figure("inflight_timeout", peak_tps * proc_timeout_s, "{:,.0f} calls",
                          "Calls in flight at peak if the processor hangs until our timeout")
figure("inflight_ratio", inflight_timeout / inflight, "{:.0f}x", "How much a hanging processor inflates in-flight calls")
unknown_day = figure("unknown_day", proc_calls_day * 1e6 * unknown_share, "{:,.0f} calls/day", "Calls with an unknown outcome per day")
unknown_left = figure("unknown_left", unknown_day * (1 - query_resolves), "{:,.0f} calls/day",
                      "Unknown outcomes left for reconciliation after the status query")
figure("unknown_peak_min", peak_tps * unknown_share * 60, "{:,.0f} per minute", "Unknown outcomes per minute at peak")

# %% [markdown]
# ## 3. Money representation
#
# Three checks. Converting a price held as a binary float to cents by truncation corrupts some
# prices; a sum of floats drifts; and two parties that round a percentage fee differently
# disagree on a predictable share of payments.

# %%
bad_prices = [p for p in range(1, 10_001) if int(p / 100 * 100) != p]
figure("float_bad_prices", len(bad_prices), "{:,d} of 10,000", "Prices from $0.01 to $100.00 that int(price * 100) gets wrong")
figure("float_bad_example", bad_prices[0], "{:d} cents", "Smallest such price, in cents")
figure("float_bad_result", int(bad_prices[0] / 100 * 100), "{:d} cents", "What int(price * 100) makes of it")
assert int(19.99 * 100) == 1998
assert all(round(p / 100 * 100) == p for p in range(1, 10_001)), "rounding instead of truncating repairs every price"
figure("float_tenths", sum([0.1] * 10), "{!r}", "Ten float dimes added up")

INT64_MAX = 2**63 - 1
JS_SAFE = 2**53 - 1
figure("int64_max_usd", INT64_MAX / 100 / 1e15, "${:,.0f} quadrillion", "Largest USD amount an int64 of cents holds")
figure("js_safe_usd", JS_SAFE / 100 / 1e12, "${:,.0f} trillion", "Largest USD amount a JavaScript number holds exactly, in cents")

# Fee rounding. A fee of bp basis points is amount * bp / 10,000 cents; it lands exactly on half
# a cent for one residue class of amounts, and there half-up and half-even rounding disagree
# whenever the rounded-down value is even.


def fee(amount, bp, fixed, mode="half_even"):
    q, r = divmod(amount * bp, 10_000)
    if r > 5_000 or (r == 5_000 and (mode == "half_up" or q % 2 == 1)):
        q += 1
    return q + fixed


def tie_and_differ(bp, n=100_000):
    ties = sum(1 for a in range(1, n + 1) if (a * bp) % 10_000 == 5_000)
    differ = sum(1 for a in range(1, n + 1) if fee(a, bp, 0, "half_up") != fee(a, bp, 0))
    return ties / n, differ / n


tie_ours, differ_ours = tie_and_differ(fee_bp)
tie_proc, differ_proc = tie_and_differ(cost_bp)
figure("tie_share", tie_ours, "{:.1%}", "Amounts whose 2.9% fee falls exactly on half a cent")
figure("tie_share_proc", tie_proc, "{:.0%}", "Amounts whose 2.0% processor charge falls exactly on half a cent")
figure("differ_share_proc", differ_proc, "{:.0%}", "Amounts where half-up and half-even give different processor charges")
rounding_breaks = figure("rounding_breaks_day", captured_day * 1e6 * differ_proc, "{:,.0f} one-cent breaks/day",
                         "Processor-charge breaks per day if we round half-even and the processor rounds half-up")
figure("rounding_vs_breaks", captured_day * 1e6 * differ_proc / (captured_day * 1e6 * break_rate), "{:.0f}x",
       "Those breaks as a multiple of the assumed first-pass break count")

# Per-payment fees versus one fee on the day's total, for the largest merchant
rng = random.Random(7)
big_day = int(captured_day * 1e6 * big_merchant_share)
amounts = [max(50, int(rng.lognormvariate(math.log(ticket), 0.8))) for _ in range(big_day)]
per_txn = sum(fee(a, fee_bp, 0) for a in amounts)
aggregate = fee(sum(amounts), fee_bp, 0)
figure("big_day", big_day, "{:,d} payments/day", "Payments per day of the largest merchant")
figure("fee_agg_gap", abs(per_txn - aggregate) / 100, "${:,.2f}", "Gap between per-payment fees and one fee on the day's total (largest merchant, one day)")

# %% [markdown]
# ## 4. One payment through the ledger
#
# A $30.00 payment, captured, settled by the processor, released to the merchant, paid out.
# Each journal entry must sum to zero (debits positive, credits negative); balances are sums.

# %%
amount = ticket
our_fee = fee(amount, fee_bp, fee_fixed)
proc_cost = fee(amount, cost_bp, cost_fixed)
net_to_merchant = amount - our_fee
journal = [
    ("capture", [("processor_receivable", +amount), ("merchant_pending", -net_to_merchant), ("fee_revenue", -our_fee)]),
    ("processor settles", [("bank_cash", +(amount - proc_cost)), ("processing_cost", +proc_cost), ("processor_receivable", -amount)]),
    ("release after hold", [("merchant_pending", +net_to_merchant), ("merchant_available", -net_to_merchant)]),
    ("payout sent", [("merchant_available", +net_to_merchant), ("payouts_in_transit", -net_to_merchant)]),
    ("payout confirmed", [("payouts_in_transit", +net_to_merchant), ("bank_cash", -net_to_merchant)]),
]
balances = {}
for name, lines in journal:
    assert sum(v for _, v in lines) == 0, f"entry {name} does not balance"
    for acct, v in lines:
        balances[acct] = balances.get(acct, 0) + v
assert sum(balances.values()) == 0
figure("ex_fee", our_fee, "{:d} cents", "Our fee on the $30.00 payment")
figure("ex_net", net_to_merchant, "{:,d} cents", "Net to the merchant")
figure("ex_cost", proc_cost, "{:d} cents", "Processor's charge to us")
figure("ex_bank_in", amount - proc_cost, "{:,d} cents", "Cash the processor sends us for the payment")
figure("ex_margin", balances["bank_cash"], "{:d} cents", "Cash left with us after payout (our margin)")
figure("ex_lines", sum(len(lines) for _, lines in journal), "{:d} lines", "Posting lines for one payment, end to end")
figure("ex_entries", len(journal), "{:d} journal entries", "Journal entries for one payment, end to end")
for acct, v in sorted(balances.items()):
    print(f"{acct:22} {v:+6d}")

# %% [markdown]
# ## 5. Ledger entry rates, storage and the hot-account limit

# %%
cap_peak = peak_tps * approval * capture_rate
online_lines_peak = figure("online_lines_peak", cap_peak * lines_capture, "{:,.0f} lines/s",
                           "Posting lines per second at peak from captures")
online_lines_day = captured_day * 1e6 * lines_capture + refunds_day * 1e3 * lines_refund + disputes_day * lines_dispute
granular_batch_lines = captured_day * 1e6 * (lines_settle + lines_release)
figure("granular_batch_lines", granular_batch_lines / 1e6, "{:,.0f} million lines", "Settlement and release lines per day if posted per payment")
granular_batch_rate = figure("granular_batch_rate", granular_batch_lines / (batch_window_h * 3600), "{:,.0f} lines/s",
                             "Their write rate inside the batch window")
figure("granular_vs_online", granular_batch_rate / online_lines_peak, "{:.1f}x", "Batch write rate over the online peak")
payouts_day = merchants * payout_share
agg_batch_lines = merchants * lines_release + payouts_day * lines_payout + 2 * lines_settle
figure("agg_batch_lines", agg_batch_lines / 1e6, "{:.2f} million lines", "Settlement, release and payout lines per day, aggregated per merchant-day")
figure("agg_saving", granular_batch_lines / agg_batch_lines, "{:,.0f}x", "Fewer batch lines with per-merchant-day aggregation")
lines_day = online_lines_day + agg_batch_lines
figure("lines_day", lines_day / 1e6, "{:,.0f} million lines/day", "Posting lines per day")
entries_day = captured_day * 1e6 + refunds_day * 1e3 + disputes_day + merchants + payouts_day * 2
ledger_gb_day = figure("ledger_gb_day", (lines_day * posting_b + entries_day * entry_b) / 1e9, "{:,.1f} GB/day", "Ledger storage per day")
ledger_tb_year = figure("ledger_tb_year", ledger_gb_day * ref.DAYS_PER_YEAR / 1e3, "{:,.1f} TB/year", "Ledger storage per year")
figure("ledger_tb_retained", ledger_tb_year * retention_years * replication, "{:,.0f} TB", "Ledger storage over the retention period, replicated")

# A mutable balance row serialises every posting to its account.
hot_cap = figure("hot_cap", 1000 / lock_ms, "{:,.0f} updates/s", "Most updates one balance row takes at the lock hold time")
figure("hot_util_target", cap_peak / hot_cap, "{:.1f}x", "Load on the fee-revenue balance row at the design peak, over its capacity")
figure("hot_shards", ceil_(cap_peak / (hot_cap * hot_util)), "{:d} sub-accounts", "Sub-accounts that keep the fee account at the target utilisation")
# Balance as a sum: how many rows a read has to add up
big_lines_day = captured_day * 1e6 * big_merchant_share * lines_capture
figure("big_lines_year", big_lines_day * ref.DAYS_PER_YEAR / 1e6, "{:,.0f} million lines", "Lines on the largest merchant's pending account in a year")
figure("big_sum_s", big_lines_day * ref.DAYS_PER_YEAR / scan_rows_s, "{:,.0f} s", "Time to sum a year of them on every balance read")
figure("big_sum_hour_ms", big_lines_day / 24 / scan_rows_s * 1000, "{:,.0f} ms", "Time to sum one hour of them (hourly checkpoints)")

# %% [markdown]
# ## 6. Authorisation holds and their expiry
#
# Time from authorisation to capture is modelled as log-normal, fitted to the assumed median
# and 90th percentile. Little's law gives the money held on payers' cards at any moment.

# %%
Z90 = 1.2815515655446004


def norm_cdf(z):
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


sigma = math.log(fulfil_p90_days / fulfil_median_days) / Z90
mu = math.log(fulfil_median_days)


def share_after(days):
    return 1 - norm_cdf((math.log(days) - mu) / sigma)


figure("fulfil_sigma", sigma, "{:.2f}", "Log-normal shape of time to capture")
mean_hold_days = figure("mean_hold_days", math.exp(mu + sigma**2 / 2), "{:.1f} days", "Mean time from authorisation to capture")
exp_cit = figure("expire_cit", share_after(window_cit_days), "{:.1%}", "Later captures that would outlive a 7-day window")
exp_mit = figure("expire_mit", share_after(window_mit_h / 24), "{:.1%}", "... a 4 day 18 hour window (Visa merchant-initiated)")
exp_ext = figure("expire_ext", share_after(window_ext_days), "{:.2%}", "... a 30-day extended window")
figure("expire_day", later_day * 1e6 * exp_cit, "{:,.0f} payments/day", "Authorisations per day that would lapse before capture at 7 days")
reauth_share = share_after(reauth_day)
figure("reauth_share", reauth_share, "{:.1%}", "Later captures that reach the renewal age")
figure("reauth_day_n", later_day * 1e6 * reauth_share, "{:,.0f} renewals/day", "Renewal authorisations per day")
figure("reauth_lost", later_day * 1e6 * reauth_share * reauth_decline, "{:,.0f} orders/day", "Orders per day whose renewal is declined")
held_usd = figure("held_usd", later_day * 1e6 * mean_hold_days * ticket / 100 / 1e6, "${:,.0f} million",
                  "Money held on payers' cards at any moment (Little's law)")
pending_usd = figure("pending_usd", gmv_day * merchant_hold_days, "${:,.0f} million", "Merchant funds pending with us at any moment (the hold period)")

# Chart: share of later captures that outlive the window, by window length
from estimates.charts import SERIES, new_chart, show  # noqa: E402

xs = [d / 4 for d in range(8, 4 * 31)]
fig, ax = new_chart()
ax.plot(xs, [100 * share_after(x) for x in xs], color=SERIES[0], label="captures after the window")
for days, label in ((window_mit_h / 24, "Visa MIT 4 d 18 h"), (window_cit_days, "7 days"), (window_ext_days, "extended 30 days")):
    ax.axvline(days, color=SERIES[1], linestyle="--", linewidth=1.2)
    ax.text(days + 0.3, 100 * share_after(2) * 0.95, label, rotation=90, va="top", fontsize=9)
ax.set_xlabel("authorisation window (days)")
ax.set_ylabel("later captures that arrive too late (%)")
ax.set_ylim(0, None)
show(fig, alt="Line chart: the share of capture-later payments that arrive after the authorisation window falls from "
              "about 38 percent at two days to 11 percent at 4 days 18 hours, 5 percent at seven days and under 0.1 percent "
              "at thirty days, with those three windows marked.")

# %% [markdown]
# ## 7. The daily payout batch

# %%
figure("payouts_day", payouts_day, "{:,.0f} payouts/day", "Payouts in the daily batch")
batch_s = payouts_day * payout_ms / 1000 / batch_workers
figure("batch_min", batch_s / 60, "{:.1f} min", "Payout batch duration")
budget_h = cutoff_h - payout_start_h
figure("batch_budget_h", budget_h, "{:d} h", "Time from batch start to the bank cut-off")
figure("batch_margin", budget_h * 3600 / batch_s, "{:.0f}x", "Cut-off budget over batch duration")
figure("batch_rerun_margin", budget_h * 3600 / (batch_s * 1.5), "{:.0f}x", "Margin if the batch dies halfway and reruns what is left")
records = payouts_day + 4  # file header and control, one batch header and control
records_padded = ceil_(records / ach_blocking) * ach_blocking
figure("ach_records", records_padded, "{:,d} records", "Records in the ACH file (padded to the blocking factor)")
figure("ach_mb", records_padded * (ach_record + 1) / 1e6, "{:.1f} MB", "ACH file size with line endings")
figure("payout_usd_mean", gmv_day * 1e6 / payouts_day * (1 - fee_bp / 10_000) , "${:,.0f}", "Mean payout")
figure("returns_day", payouts_day * payout_return, "{:,.0f} payouts/day", "Payouts returned by the receiving bank")
settle_rows = captured_day * 1e6 + refunds_day * 1e3 + disputes_day
figure("settle_rows", settle_rows / 1e6, "{:.1f} million rows", "Rows in the processor's daily settlement report")
figure("match_min_1", settle_rows / match_rows_s / 60, "{:.0f} min", "Matching them with one worker")
figure("match_min_16", settle_rows / match_rows_s / 16 / 60, "{:.1f} min", "Matching them with 16 workers, partitioned by merchant")
figure("recon_window_h", payout_start_h - report_ready_h, "{:d} h", "Time from settlement report to payout batch")

# %% [markdown]
# ## 8. Reconciliation: break rates and the cost of an unmatched item

# %%
items_day = settle_rows
breaks = figure("breaks_day", items_day * break_rate, "{:,.0f} breaks/day", "Items unmatched after the first pass")
figure("breaks_timing", breaks * timing_share, "{:,.0f}/day", "... cleared by the next day's files")
figure("breaks_rules", breaks * rule_share, "{:,.0f}/day", "... cleared by matching rules")
manual = figure("breaks_manual", breaks * (1 - timing_share - rule_share), "{:,.0f}/day", "... left for an analyst")
analysts = figure("analysts", manual * manual_min / 60 / analyst_h, "{:.0f} analysts", "Analysts the manual queue needs")
figure("manual_cost_item", manual_min / 60 * analyst_cost_h, "${:.0f}", "Analyst cost of one manual break")
figure("manual_cost_year", manual * manual_min / 60 * analyst_cost_h * ref.DAYS_PER_YEAR / 1e6, "${:.1f} million/year", "Analyst cost per year")
figure("break_usd_day", manual * ticket / 100 / 1e3, "${:,.0f} thousand/day", "Money in manually worked breaks each day, at the mean ticket")
target_analysts = 2
figure("break_rate_for_2", target_analysts * analyst_h * 60 / manual_min / (items_day * (1 - timing_share - rule_share)),
       "{:.3%}", "First-pass break rate that two analysts can keep up with")

fig, ax = new_chart()
rates = [r / 10_000 for r in range(1, 41)]
for i, (label, scale) in enumerate((("10x MVP", 0.1), ("design point", 1.0), ("1000x MVP", 10.0))):
    ax.plot([100 * r for r in rates],
            [items_day * scale * r * (1 - timing_share - rule_share) * manual_min / 60 / analyst_h for r in rates],
            color=SERIES[i], label=label)
ax.set_yscale("log")
ax.set_xlabel("items unmatched after the first pass (%)")
ax.set_ylabel("analysts needed")
ax.legend(frameon=False)
show(fig, alt="Log-scale line chart: analysts needed for manual reconciliation rise in proportion to the first-pass break "
              "rate; at the design point a 0.2 percent break rate needs about 66 analysts, and at 1000 times the MVP "
              "over 600, so the break rate has to fall as volume grows.")

# %% [markdown]
# ## 9. Idempotency keys

# %%
keys_day = figure("keys_day", attempts_day * calls_per_payment, "{:.0f} million keys/day",
                  "Idempotency records written per day")
figure("idem_gb", keys_day * 1e6 * idem_b * idem_ttl_h / 24 / 1e9, "{:,.0f} GB", "Idempotency records held at once (24 h retention)")
figure("idem_peak", peak_tps * calls_per_payment, "{:,.0f} keys/s", "Idempotency writes per second at peak")
figure("retry_horizon_h", proc_key_ttl_h, "{:d} h", "Longest time a blind retry to the processor is safe")

# %% [markdown]
# ## 10. Crash simulation: idempotency keys plus an outbox
#
# A model of the payment path. The client sends `POST /payments` with its own key and retries
# with the same key until it gets an answer. The API, in one transaction, stores the key, the
# payment and an outbox command. A worker takes the command (at least once: an unacknowledged
# command becomes visible again), calls the processor with the payment id as the processor's
# idempotency key, then in one transaction marks the payment captured and writes its ledger
# entry, then acknowledges. The processor keeps one charge per key.
#
# A run crashes the process before its k-th durable step, restarts, and runs to quiescence. We
# try every single crash point and every pair, and check: each payment intent is charged
# exactly once, every charge has a captured payment with exactly one ledger entry, and nothing
# is left unfinished. Then five wrong variants, each of which the checks must catch.

# %%
import itertools  # noqa: E402


class Crash(Exception):
    pass


INTENTS = ["i1", "i2", "i3"]
VIS = 60  # seconds before an unacknowledged outbox command is visible again


class World:
    def __init__(self, crash_points):
        self.payments = {}      # durable: payment id -> (intent, state)
        self.idem = {}          # durable: client key -> payment id
        self.outbox = []        # durable: [command id, payment id, visible_at]
        self.ledger = []        # durable: (payment id, kind)
        self.charges = []       # processor side: (processor key, intent)
        self.proc_keys = {}     # processor side: key -> charge index
        self.answered = set()   # client side: intents that got a response
        self.clock, self.steps, self.crashes, self.seq = 0, 0, list(crash_points), 0

    def step(self):
        n = self.steps
        self.steps += 1
        if self.crashes and n == self.crashes[0]:
            self.crashes.pop(0)
            raise Crash

    def charge(self, key, intent):
        if key is not None and key in self.proc_keys:
            return self.proc_keys[key]
        self.charges.append((key, intent))
        if key is not None:
            self.proc_keys[key] = len(self.charges) - 1
        return len(self.charges) - 1

    def receive(self):
        for m in self.outbox:
            if m[2] <= self.clock:
                m[2] = self.clock + VIS
                return m
        return None


def api_outbox(w, intent, key):
    """Correct API: key, payment and outbox command in one transaction."""
    w.step()
    if key in w.idem:
        return w.idem[key]
    w.seq += 1
    pid = f"p{w.seq}"
    w.payments[pid] = [intent, "created"]
    w.idem[key] = pid
    w.outbox.append([f"c{w.seq}", pid, w.clock])
    return pid


def worker_correct(w, m, key_of=lambda w, pid: pid, split_ledger=False):
    pid = m[1]
    intent, state = w.payments[pid]
    if state != "captured":
        w.step()
        w.charge(key_of(w, pid), intent)          # processor call, keyed
        if split_ledger:                          # WRONG variant: two transactions
            w.step()
            w.payments[pid][1] = "captured"
            w.step()
            w.ledger.append((pid, "capture"))
        else:
            w.step()                              # one transaction: state + ledger (+ event)
            w.payments[pid][1] = "captured"
            w.ledger.append((pid, "capture"))
    w.step()
    w.outbox.remove(m)                            # acknowledge last


def run(variant, crash_points=(), client_retries=True):
    w = World(crash_points)
    keys = {i: f"k-{i}" for i in INTENTS}
    for _ in range(300):
        try:
            for i in INTENTS:
                if i in w.answered:
                    continue
                if variant == "new_client_key":       # WRONG: client mints a key per try
                    keys[i] = f"k-{i}-{w.steps}"
                if variant == "dual_write":           # WRONG: call processor in the request, then write
                    w.step()
                    w.charge(keys[i], i)
                    w.step()
                    w.seq += 1
                    pid = f"p{w.seq}"
                    w.payments[pid] = [i, "captured"]
                    w.ledger.append((pid, "capture"))
                    w.step()                          # the response reaches the client
                    w.answered.add(i)
                    continue
                api_outbox(w, i, keys[i])
                w.step()                              # the response reaches the client
                w.answered.add(i)
            while (m := w.receive()) is not None:
                if variant == "no_proc_key":
                    worker_correct(w, m, key_of=lambda w, pid: None)
                elif variant == "attempt_key":
                    worker_correct(w, m, key_of=lambda w, pid: f"{pid}@{w.steps}")
                elif variant == "split_ledger":
                    worker_correct(w, m, split_ledger=True)
                else:
                    worker_correct(w, m)
            if not w.outbox and (w.answered == set(INTENTS) or not client_retries):
                break
        except Crash:
            if not client_retries:                    # the payer closes the tab: no retry
                w.answered.update(INTENTS)
        w.clock += VIS
    else:
        raise RuntimeError("run did not settle")
    per_intent = {i: 0 for i in INTENTS}
    for _, intent in w.charges:
        per_intent[intent] += 1
    recorded = {}
    for pid, (intent, state) in w.payments.items():
        if state == "captured" and sum(1 for p, _ in w.ledger if p == pid) == 1:
            recorded[intent] = recorded.get(intent, 0) + 1
    return {
        "double": sum(1 for c in per_intent.values() if c > 1),
        "orphan": sum(max(0, per_intent[i] - recorded.get(i, 0)) for i in INTENTS),
        "ledger_bad": sum(1 for pid, (_, s) in w.payments.items()
                          if (s == "captured") != (sum(1 for p, _ in w.ledger if p == pid) == 1)),
        "stuck": sum(1 for _, s in w.payments.values() if s != "captured"),
        "steps": w.steps,
    }


def sweep(variant, double=False, client_retries=True):
    n = run(variant)["steps"]
    points = [(k,) for k in range(n)]
    if double:
        points += list(itertools.combinations(range(n + 4), 2))
    results = [run(variant, p, client_retries) for p in points]
    return {
        "runs": len(results),
        "steps": n,
        "bad": sum(1 for r in results if r["double"] or r["orphan"] or r["ledger_bad"] or r["stuck"]),
        "double": sum(1 for r in results if r["double"]),
        "orphan": sum(1 for r in results if r["orphan"]),
        "ledger_bad": sum(1 for r in results if r["ledger_bad"]),
    }


good = sweep("correct", double=True)
good_abandon = sweep("correct", double=True, client_retries=False)
wrong = {v: sweep(v) for v in ("no_proc_key", "attempt_key", "split_ledger", "new_client_key")}
dual_abandon = sweep("dual_write", client_retries=False)

assert good["bad"] == 0 and good_abandon["bad"] == 0, (good, good_abandon)
assert wrong["no_proc_key"]["double"] > 0 and wrong["attempt_key"]["double"] > 0
assert wrong["split_ledger"]["ledger_bad"] > 0
assert wrong["new_client_key"]["double"] > 0
assert dual_abandon["orphan"] > 0

figure("sim_intents", len(INTENTS), "{:d} payments", "Payment intents in the simulated workload")
figure("sim_steps", good["steps"], "{:d} durable steps", "Durable steps in a crash-free run")
figure("sim_runs", good["runs"] + good_abandon["runs"], "{:,d} runs", "Crash runs of the correct design (single and double crash points, with and without client retries)")
figure("sim_bad", good["bad"] + good_abandon["bad"], "{:d} runs", "Runs of the correct design with a double charge, orphan or ledger error")


def of(r, key):
    return f"{r[key]} of {r['runs']} runs"


figure("sim_noproc", wrong["no_proc_key"]["double"], "{:d} of " + str(wrong["no_proc_key"]["runs"]) + " runs",
       "Single-crash runs that double-charge when the processor call carries no key")
figure("sim_attempt", wrong["attempt_key"]["double"], "{:d} of " + str(wrong["attempt_key"]["runs"]) + " runs",
       "... when the processor key is minted per attempt")
figure("sim_split", wrong["split_ledger"]["ledger_bad"], "{:d} of " + str(wrong["split_ledger"]["runs"]) + " runs",
       "... that leave a captured payment without its ledger entry when state and ledger are two transactions")
figure("sim_clientkey", wrong["new_client_key"]["double"], "{:d} of " + str(wrong["new_client_key"]["runs"]) + " runs",
       "... that double-charge when the client mints a new key per retry")
figure("sim_dual", dual_abandon["orphan"], "{:d} of " + str(dual_abandon["runs"]) + " runs",
       "... that leave an orphan charge when the request calls the processor before writing (payer gives up)")
print({"correct": good, "correct_abandon": good_abandon, **wrong, "dual_write_abandon": dual_abandon})

# %% [markdown]
# ## 11. Scaling 10x, 100x, 1000x (from the MVP)

# %%
for label, mult in (("mvp", 1), ("x10", 10), ("x100", 100), ("x1000", 1000)):
    p = mvp_peak_tps * mult
    scale = p / peak_tps
    caps = p * approval * capture_rate
    figure(f"{label}_peak", p, "{:,d} payments/s", f"Peak attempts, {label}")
    figure(f"{label}_day", attempts_day * scale, "{:,.2f} million/day", f"Attempts per day, {label}")
    figure(f"{label}_lines_peak", caps * lines_capture, "{:,.0f} lines/s", f"Ledger lines per second at peak, {label}")
    figure(f"{label}_hot", caps / hot_cap, "{:.0%}", f"Utilisation of one balance row for the fee account, {label}")
    figure(f"{label}_inflight", p * proc_latency_s, "{:,.0f} calls", f"Processor calls in flight at peak, {label}")
    figure(f"{label}_gb_day", ledger_gb_day * scale, "{:,.1f} GB/day", f"Ledger storage per day, {label}")
    figure(f"{label}_merchants", merchants * scale, "{:,.0f}", f"Active merchants, {label}")
    figure(f"{label}_batch_s", batch_s * scale, "{:,.0f} s", f"Payout batch duration at {batch_workers} workers, {label}")
    figure(f"{label}_manual", manual * scale, "{:,.0f}/day", f"Manual reconciliation breaks at a 0.2% first-pass rate, {label}")
    figure(f"{label}_unknown", unknown_day * scale, "{:,.0f}/day", f"Unknown processor outcomes per day, {label}")
    figure(f"{label}_sum_s", big_lines_day * scale * ref.DAYS_PER_YEAR / scan_rows_s, "{:,.1f} s",
           f"Summing a year of the largest merchant's lines on each balance read, {label}")
    figure(f"{label}_analysts", manual * scale * manual_min / 60 / analyst_h, "{:,.0f}", f"Analysts at a 0.2% first-pass rate, {label}")
    figure(f"{label}_db", (caps * lines_capture + p * (1 + calls_per_payment + 1)) / db_budget, "{:.0%}",
           f"Row writes at peak over one primary's budget (ledger lines, payment rows, keys, outbox), {label}")

# %% [markdown]
# ## 12. Interviewer twists and fraud arithmetic

# %%
figure("outage_attempts", peak_tps * outage_min * 60 / 1e6, "{:.1f} million attempts", "Attempts during a one-hour processor outage at peak")
figure("outage_usd", peak_tps * approval * outage_min * 60 * ticket / 100 / 1e6, "${:,.0f} million", "Volume that would have been authorised in that hour")
figure("card_test_ratio", card_test_tps / (peak_tps / merchants), "{:,.0f}x", "Card-testing rate over a mean merchant's peak rate")
figure("card_test_hour", card_test_tps * 3600, "{:,d} attempts/hour", "Card-testing attempts per hour")
figure("card_test_cost", card_test_tps * 3600 * attempt_fee, "${:,.0f}/hour", "Processor fees those attempts cost per hour")
figure("bustout_loss", bustout_daily * max(0, detect_days - merchant_hold_days), "${:,.0f}", "Loss to a bust-out merchant with the standard hold")
figure("bustout_loss_reserve", bustout_daily * max(0, detect_days - reserve_days), "${:,.0f}", "Loss with the new-merchant pending period")
figure("instant_float", gmv_day * instant_share * settle_lag_days, "${:,.0f} million", "Money we advance to fund instant payouts before the processor pays us")
figure("instant_payouts_day", payouts_day * instant_share * 24, "{:,.0f}/day", "Payouts per day if those merchants cash out hourly")
x1000_over_design = mvp_peak_tps * 1000 / peak_tps
idr_year_minor = gmv_day * 1e6 * ref.DAYS_PER_YEAR * x1000_over_design * idr_per_usd * 100
figure("idr_year_vs_int64", idr_year_minor / INT64_MAX, "{:.0%}", "A year of 1000x volume in rupiah minor units, as a share of the int64 maximum")
figure("idr_bp_overflow", idr_year_minor * fee_bp / INT64_MAX, "{:.0f}x", "... times a rate in basis points before dividing, over the int64 maximum")
figure("idr_year_vs_js", idr_year_minor / JS_SAFE, "{:,.0f}x", "... and as a multiple of JavaScript's largest exact integer")
