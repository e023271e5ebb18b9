# %% [markdown]
# # Design abuse and fraud detection for API usage: the estimates
#
# Every number the walkthrough quotes is computed here. Inputs first, each declared once with
# `assume`; then the sections:
#
# 1. Inputs
# 2. Traffic, usage events and what storing them costs
# 3. Base rates: why a 99.9%-accurate classifier is wrong half the time it fires, and the chart
# 4. Aggregating to accounts, sign-ups and the review queue
# 5. Actions, wrongful suspensions and appeals
# 6. Measuring recall you cannot see
# 7. The inline latency budget and the cost of scanning content
# 8. Threats in money: stolen keys, free-tier farming, card fraud, distillation
# 9. Label delay, and the second chart
# 10. State of the streaming tier and the account graph
# 11. Scaling 10x, 100x, 1000x

# %% [markdown]
# ## 1. Inputs
#
# None of the four sources gives traffic, prevalence or cost figures for this question, so
# every input is an assumption of this walkthrough (or a reference constant), stated so that a
# reader can change it and watch the page follow.

# %%
import math

from estimates import assume, assumptions_table, figure, restate
from estimates import llm
from estimates import reference as ref

# Traffic
req_day = assume("req_day", 3e9, "{:,.0f} requests/day", "API requests per day, all regions", "assumption")
peak_to_mean = assume("peak_to_mean", 2.0, "{:.0f}x", "Peak-to-mean ratio of the request rate", "assumption")
active_orgs = assume("active_orgs", 1_000_000, "{:,.0f}", "Organisations that send at least one request a day", "assumption")
keys_per_org = assume("keys_per_org", 3, "{:d}", "Active API keys per active organisation (mean)", "assumption")
signups_day = assume("signups_day", 50_000, "{:,.0f} sign-ups/day", "New organisations created per day", "assumption")
prompt_tok = assume("prompt_tok", 1_500, "{:,d} tokens", "Mean prompt length", "assumption")
output_tok = assume("output_tok", 350, "{:,d} tokens", "Mean output length", "assumption")
event_b = assume("event_b", 400, "{:d} B", "One usage event (ids, counts, model, IP, ASN, country, timings, scores)", "assumption")
chars_per_tok = restate("chars_per_tok", "CHARS_PER_TOKEN_EN", "{:.0f} characters", "Characters per token, English (reference)")
compress_x = assume("compress_x", 4.0, "{:.0f}x", "Compression ratio of logged prompt and output text", "assumption")
retention_days = assume("retention_days", 30, "{:d} days", "Retention of abuse-monitoring logs (the default OpenAI documents for its API)", "OpenAI data-controls guide")
ttft_ms = assume("ttft_ms", 600, "{:d} ms", "Time to first token of a mean request, before any abuse check", "assumption")

# Base rates and detector quality
req_prev = assume("req_prev", 0.001, "{:.1%}", "Share of requests that violate the content policy", "assumption")
req_tpr = assume("req_tpr", 0.95, "{:.0%}", "Per-request content classifier: recall on violating requests", "assumption")
req_fpr = assume("req_fpr", 0.001, "{:.1%}", "Per-request content classifier: false-positive rate on benign requests", "assumption")
acct_prev = assume("acct_prev", 0.005, "{:.1%}", "Share of active organisations that are abusive on a given day", "assumption")
acct_tpr = assume("acct_tpr", 0.90, "{:.0%}", "Account-level detector: recall", "assumption")
acct_fpr_rules = assume("acct_fpr_rules", 0.005, "{:.1%}", "Account-level false-positive rate, hand-written rules only", "assumption")
acct_fpr_model = assume("acct_fpr_model", 0.0005, "{:.2%}", "Account-level false-positive rate, model plus graph features", "assumption")
auto_tpr = assume("auto_tpr", 0.50, "{:.0%}", "Share of abusive organisations in the top score band (automatic action)", "assumption")
auto_fpr = assume("auto_fpr", 0.00001, "{:.3%}", "Share of legitimate organisations in that top band", "assumption")
flag_rate_legit_org = assume("org_reqs", 1_000, "{:,d} requests", "Requests a day from a typical organisation, for the aggregation example", "assumption")
agg_threshold = assume("agg_threshold", 10, "{:d}", "Flagged requests in a day that raise an account-level signal", "design choice")
abusive_req_share = assume("abusive_req_share", 0.20, "{:.0%}", "Share of an abusive organisation's requests that violate the policy", "assumption")
signup_prev = assume("signup_prev", 0.05, "{:.0%}", "Share of sign-ups that are farmers or stolen-card fraud", "assumption")
signup_tpr = assume("signup_tpr", 0.80, "{:.0%}", "Sign-up risk check: recall", "assumption")
signup_fpr = assume("signup_fpr", 0.02, "{:.0%}", "Sign-up risk check: share of honest sign-ups sent to step-up verification", "assumption")
stepup_pass = assume("stepup_pass", 0.90, "{:.0%}", "Honest developers who complete a step-up verification", "assumption")

# Review and appeals
review_min = assume("review_min", 6, "{:d} min", "Analyst time per flagged organisation", "assumption")
shift_h = assume("shift_h", 6, "{:d} h", "Productive review hours per analyst per day", "assumption")
reviewer_fp_err = assume("reviewer_fp_err", 0.05, "{:.0%}", "Share of legitimate organisations a reviewer wrongly confirms", "assumption")
appeal_legit = assume("appeal_legit", 0.5, "{:.0%}", "Wrongly actioned organisations that appeal", "assumption")
appeal_abuser = assume("appeal_abuser", 0.2, "{:.0%}", "Correctly actioned organisations that appeal anyway", "assumption")
appeal_min = assume("appeal_min", 20, "{:d} min", "Analyst time per appeal", "assumption")
recall_margin = assume("recall_margin", 0.05, "±{:.0%}", "Margin wanted on the recall estimate (95% confidence)", "design choice")
nearmiss_prev = assume("nearmiss_prev", 0.05, "{:.0%}", "Prevalence of abuse in the 'near-miss' score band below the threshold", "assumption")

# Latency and scanning
rtt_ms = assume("rtt_ms", ref.SAME_DC_ROUND_TRIP_US / 1000, "{:.1f} ms", "Round trip within one data centre (reference latency table)", "reference")
rules_ms = assume("rules_ms", 0.2, "{:.1f} ms", "Evaluating the inline rule set in process", "assumption")
gbdt_ms = assume("gbdt_ms", 0.3, "{:.1f} ms", "Scoring a few-hundred-tree boosted model in process", "assumption")
p99_over_p50 = assume("p99_over_p50", 3.0, "{:.0f}x", "p99 over p50 of the inline check", "assumption")
inline_budget_ms = assume("inline_budget_ms", 10, "{:d} ms", "Budget for the whole inline check at p99", "design choice")
mfu = assume("mfu", 0.4, "{:.0%}", "Model FLOP utilisation of the classifier fleet (prefill-only work)", "assumption")
small_params = assume("small_params", 100e6, "{:,.0f} parameters", "A small first-pass content classifier", "assumption")
escalate_share = assume("escalate_share", 0.02, "{:.0%}", "Share of traffic the first pass escalates to the large guard model", "design choice")
gpu_usd_h = assume("gpu_usd_h", 2.5, "${:.2f}", "Cost of one H100 per hour", "assumption")

# Threats in money
key_tpm = assume("key_tpm", 2_000_000, "{:,.0f} tokens/min", "Token limit of the organisation whose key leaks", "assumption")
usd_per_mtok = assume("usd_per_mtok", 5.0, "${:.2f}", "Blended list price per million tokens", "assumption")
stream_detect_min = assume("stream_detect_min", 2, "{:d} min", "Streaming tier: time from first stolen request to a throttle", "design choice")
batch_run_min = assume("batch_run_min", 15, "{:d} min", "Run time of a batch detection job after its window closes", "assumption")
free_credit = assume("free_credit", 5.0, "${:.2f}", "Trial credit per verified account, at list price", "assumption")
cost_ratio = assume("cost_ratio", 0.4, "{:.0%}", "Serving cost as a share of list price", "assumption")
resale_frac = assume("resale_frac", 0.3, "{:.0%}", "Share of list price a farmer recovers by reselling farmed credit", "assumption")
acct_cost_phone = assume("acct_cost_phone", 0.50, "${:.2f}", "Farmer's cost of one phone number that passes SMS verification", "assumption")
small_credit = assume("small_credit", 1.0, "${:.2f}", "Trial credit after the change: small models only", "design choice")
farm_accounts = assume("farm_accounts", 2_000, "{:,d}", "Accounts in one farming operation", "assumption")
topups_day = assume("topups_day", 20_000, "{:,d}", "Prepaid credit purchases per day", "assumption")
topup_usd = assume("topup_usd", 50, "${:d}", "Mean prepaid purchase", "assumption")
card_fraud_rate = assume("card_fraud_rate", 0.01, "{:.0%}", "Share of purchases made with stolen cards, before any control", "assumption")
chargeback_fee = assume("chargeback_fee", 15, "${:d}", "Fee per chargeback", "assumption")
cb_mean_days = assume("cb_mean_days", 25, "{:d} days", "Mean delay from payment to a fraud chargeback (exponential model)", "assumption")
cb_max_days = assume("cb_max_days", 120, "{:d} days", "Latest a fraud chargeback arrives (a card scheme's fraud window)", "Adyen issuing docs")
distill_prompts = assume("distill_prompts", 1_000_000, "{:,d} prompts", "Prompts a distiller collects answers to", "assumption")
distill_out = assume("distill_out", 800, "{:,d} tokens", "Output tokens per collected answer", "assumption")
usd_per_mtok_out = assume("usd_per_mtok_out", 10.0, "${:.2f}", "List price per million output tokens", "assumption")
distill_accounts = assume("distill_accounts", 200, "{:,d}", "Accounts the distiller spreads the work over", "assumption")
distill_days = assume("distill_days", 30, "{:d} days", "Days the collection runs", "assumption")

# Streaming state and the graph
windows = assume("windows", 4, "{:d}", "Sliding windows per organisation (1 min, 10 min, 1 h, 24 h)", "design choice")
feats_per_window = assume("feats_per_window", 16, "{:d}", "Counters per window (requests, tokens, errors, models, countries...)", "design choice")
counter_b = assume("counter_b", 8, "{:d} B", "One counter", "assumption")
hll_p = assume("hll_p", 11, "{:d}", "HyperLogLog precision (2^p registers) for distinct IPs per key", "design choice")
partition_mb_s = assume("partition_mb_s", 10, "{:d} MB/s", "Planning throughput of one log partition", "assumption")
total_accounts = assume("total_accounts", 20_000_000, "{:,.0f}", "Organisations ever created", "assumption")
ids_per_account = assume("ids_per_account", 5, "{:d}", "Identifiers linked per account (card, phone, device, email domain, IP range)", "assumption")
edge_b = assume("edge_b", 32, "{:d} B", "One account-identifier edge in memory", "assumption")
nat_accounts = assume("nat_accounts", 2_000, "{:,d}", "Accounts behind one university or carrier NAT address range", "assumption")
degree_cap = assume("degree_cap", 50, "{:d}", "Identifiers shared by more accounts than this are ignored for linking", "design choice")
assumptions_table()

# %% [markdown]
# ## 2. Traffic, usage events and storage

# %%
mean_rps = req_day / ref.SECONDS_PER_DAY
figure("mean_rps", mean_rps, "{:,.0f} requests/s", "Mean request rate")
peak_rps = figure("peak_rps", mean_rps * peak_to_mean, "{:,.0f} requests/s", "Peak request rate")
figure("events_mb_s", peak_rps * event_b / 1e6, "{:.0f} MB/s", "Usage-event bytes per second at peak")
figure("partitions_min", math.ceil(peak_rps * event_b / 1e6 / partition_mb_s), "{:d} partitions", "Log partitions the peak byte rate needs, before parallelism")
meta_tb_day = figure("meta_tb_day", req_day * event_b / 1e12, "{:.1f} TB/day", "Usage-event metadata per day")
figure("meta_tb_ret", req_day * event_b * retention_days / 1e12, "{:,.0f} TB", "Metadata over the retention window")
figure("meta_tb_year", req_day * event_b * ref.DAYS_PER_YEAR / 1e12, "{:,.0f} TB", "Metadata kept for a year (for models and investigations)")
req_tok = prompt_tok + output_tok
figure("req_tok", req_tok, "{:,d} tokens", "Tokens in a mean request")
content_b = req_tok * chars_per_tok
figure("content_kb", content_b / 1e3, "{:.1f} KB", "Prompt and output text of a mean request")
content_tb_day = figure("content_tb_day", req_day * content_b / 1e12, "{:,.1f} TB/day", "Prompt and output text per day, uncompressed")
figure("content_tb_ret", req_day * content_b * retention_days / compress_x / 1e12, "{:,.0f} TB", "Compressed text over the retention window")
figure("content_over_meta", content_b / event_b, "{:.0f}x", "Text over metadata, per request")

# %% [markdown]
# ## 3. Base rates
#
# Precision = TPR x p / (TPR x p + FPR x (1 - p)). At a low prevalence p the false positives
# from the large benign population swamp the true positives, however "accurate" the classifier.

# %%
def precision(p, tpr, fpr):
    return tpr * p / (tpr * p + fpr * (1 - p))


tp_req = req_day * req_prev * req_tpr
fp_req = req_day * (1 - req_prev) * req_fpr
figure("req_accuracy", 1 - (req_prev * (1 - req_tpr) + (1 - req_prev) * req_fpr), "{:.2%}", "Accuracy of the per-request classifier")
figure("req_precision", precision(req_prev, req_tpr, req_fpr), "{:.0%}", "Its precision at the assumed prevalence")
figure("req_tp_day", tp_req, "{:,.0f}", "Violating requests it catches per day")
figure("req_fp_day", fp_req, "{:,.0f}", "Benign requests it flags per day")
figure("req_fp_s", fp_req / ref.SECONDS_PER_DAY, "{:,.0f} per second", "Benign requests flagged per second")
figure("req_fp_per_org", fp_req / active_orgs, "{:.1f}", "Benign requests flagged per active organisation per day, on average")
figure("req_precision_1e4", precision(1e-4, req_tpr, req_fpr), "{:.1%}", "Precision if prevalence is 1 in 10,000 instead")
fpr_90 = figure("req_fpr_for_90", req_tpr * req_prev * (1 - 0.9) / (0.9 * (1 - req_prev)), "{:.4%}", "False-positive rate needed for 90% precision at the assumed prevalence")
figure("req_fpr_cut_90", req_fpr / fpr_90, "{:.1f}x", "How much lower that is than the classifier's rate")

from estimates.charts import SERIES, new_chart, show  # noqa: E402

prevs = [10 ** (-5 + 0.05 * i) for i in range(0, 81)]
fig, ax = new_chart()
for i, fpr in enumerate((1e-2, 1e-3, 1e-4)):
    ax.plot(prevs, [precision(p, 0.9, fpr) * 100 for p in prevs], color=SERIES[i], label=f"false-positive rate {fpr:.2%}")
ax.axvline(req_prev, color=SERIES[3], linestyle=":", linewidth=1.2, label="assumed request-level prevalence")
ax.axvline(acct_prev, color=SERIES[3], linestyle="--", linewidth=1.2, label="assumed account-level prevalence")
ax.set_xscale("log")
ax.set_xlabel("prevalence of abuse (share of items that are abusive)")
ax.set_ylabel("precision (% of flags that are right)")
ax.set_ylim(0, 100)
ax.set_title("Precision of a detector with 90% recall")
ax.legend(frameon=False, fontsize=8)
show(fig, alt="Line chart: the precision of a detector with 90 percent recall falls steeply as the prevalence of abuse falls; "
              "at one abusive item in a thousand, a 0.1 percent false-positive rate gives under 50 percent precision, "
              "and only a 0.01 percent rate keeps precision near 90 percent.")

# %% [markdown]
# ## 4. Aggregating to accounts, sign-ups and the review queue
#
# A legitimate organisation with n requests and independent per-request false positives at
# rate FPR gets Poisson(n x FPR) flags. An abusive one with a share s of violating requests
# gets about n x s x TPR.

# %%
lam = flag_rate_legit_org * req_fpr
tail = 1 - sum(math.exp(-lam) * lam ** k / math.factorial(k) for k in range(int(agg_threshold)))
figure("agg_legit_mean", lam, "{:.0f}", "Flags expected per day on a typical legitimate organisation")
figure("agg_legit_tail", tail, "{:.1e}", "Chance that organisation crosses the account-level threshold")
figure("agg_legit_orgs", tail * active_orgs, "{:.2f}", "Legitimate organisations crossing it per day, if flags were independent")
figure("agg_abuser_flags", flag_rate_legit_org * abusive_req_share * req_tpr, "{:,.0f}", "Flags a day on an abusive organisation of the same size")

bad_orgs = active_orgs * acct_prev
good_orgs = active_orgs - bad_orgs
figure("bad_orgs", bad_orgs, "{:,.0f}", "Abusive organisations active on a given day")
tp_acct = bad_orgs * acct_tpr
fp_rules = good_orgs * acct_fpr_rules
fp_model = good_orgs * acct_fpr_model
figure("acct_tp", tp_acct, "{:,.0f}", "Abusive organisations flagged per day")
figure("acct_fp_rules", fp_rules, "{:,.0f}", "Legitimate organisations flagged per day, rules only")
figure("acct_fp_model", fp_model, "{:,.0f}", "Legitimate organisations flagged per day, model and graph")
figure("acct_prec_rules", precision(acct_prev, acct_tpr, acct_fpr_rules), "{:.0%}", "Account-level precision, rules only")
figure("acct_prec_model", precision(acct_prev, acct_tpr, acct_fpr_model), "{:.0%}", "Account-level precision, model and graph")
per_analyst_day = shift_h * 60 / review_min
figure("per_analyst_day", per_analyst_day, "{:.0f} cases", "Cases one analyst clears per day")
figure("analysts_rules", math.ceil((tp_acct + fp_rules) / per_analyst_day), "{:,d} analysts", "Analysts to review every rules flag")
figure("analysts_model_all", math.ceil((tp_acct + fp_model) / per_analyst_day), "{:,d} analysts", "Analysts to review every model flag")

auto_tp = bad_orgs * auto_tpr
auto_fp = good_orgs * auto_fpr
figure("auto_tp", auto_tp, "{:,.0f}", "Organisations actioned automatically per day (top band), abusive")
figure("auto_fp", auto_fp, "{:,.0f}", "Legitimate organisations in the top band per day")
figure("auto_prec", auto_tp / (auto_tp + auto_fp), "{:.1%}", "Precision of the top band")
queue = (tp_acct - auto_tp) + (fp_model - auto_fp)
figure("review_queue", queue, "{:,.0f} cases/day", "Cases left for human review after the top band")
figure("analysts_queue", math.ceil(queue / per_analyst_day), "{:,d} analysts", "Analysts for that queue")

signup_bad = signups_day * signup_prev
signup_good = signups_day - signup_bad
figure("signup_bad", signup_bad, "{:,.0f}", "Fraudulent sign-ups per day")
figure("signup_caught", signup_bad * signup_tpr, "{:,.0f}", "Of those, sent to step-up or blocked")
stepped_good = signup_good * signup_fpr
figure("signup_stepup_legit", stepped_good, "{:,.0f}", "Honest developers asked to step up per day")
figure("signup_lost_legit", stepped_good * (1 - stepup_pass), "{:,.0f}", "Honest developers lost at step-up per day")
figure("signup_prec", precision(signup_prev, signup_tpr, signup_fpr), "{:.0%}", "Precision of the sign-up check")

# %% [markdown]
# ## 5. Actions, wrongful suspensions and appeals

# %%
wrong_reviewed = (fp_model - auto_fp) * reviewer_fp_err
wrong_total = auto_fp + wrong_reviewed
right_total = auto_tp + (tp_acct - auto_tp)
figure("wrong_actions", wrong_total, "{:,.0f} per day", "Legitimate organisations wrongly actioned per day")
figure("wrong_per_m_orgs", wrong_total / active_orgs * 1e6, "{:,.0f}", "Per million active organisations per day")
figure("right_actions", right_total, "{:,.0f} per day", "Abusive organisations actioned per day")
appeals = wrong_total * appeal_legit + right_total * appeal_abuser
figure("appeals_day", appeals, "{:,.0f} per day", "Appeals filed per day")
figure("appeals_legit_share", wrong_total * appeal_legit / appeals, "{:.1%}", "Share of appeals that are from legitimate organisations")
figure("analysts_appeals", math.ceil(appeals * appeal_min / 60 / shift_h), "{:,d} analysts", "Analysts for the appeal queue")

# %% [markdown]
# ## 6. Measuring recall you cannot see
#
# Recall needs the abusive cases the detector missed. A random sample of all accounts
# (flagged or not) finds abusers only at the base rate. Positives needed for a margin m at
# 95% confidence: n = 1.96^2 x r(1 - r) / m^2.

# %%
z = 1.96
n_pos = z ** 2 * acct_tpr * (1 - acct_tpr) / recall_margin ** 2
figure("recall_pos_needed", n_pos, "{:,.0f}", "Abusive organisations needed in the sample")
random_reviews = n_pos / acct_prev
figure("recall_random_reviews", random_reviews, "{:,.0f} reviews", "Random reviews to find them")
figure("recall_random_h", random_reviews * review_min / 60, "{:,.0f} analyst-hours", "Analyst time for that")
figure("recall_strat_reviews", n_pos / nearmiss_prev, "{:,.0f} reviews", "Reviews in the near-miss band")
figure("recall_strat_x", nearmiss_prev / acct_prev, "{:.0f}x", "Fewer reviews, stratified by score")

# %% [markdown]
# ## 7. Inline latency and the cost of scanning content
#
# Prefill of a classifier is compute-bound: time = 2 x params x tokens / (peak FLOP/s x MFU),
# from `estimates.llm.prefill_time_s`. The large guard model has the Llama 3.1 8B shape.

# %%
inline_p50 = rtt_ms + rules_ms + gbdt_ms
figure("inline_p50", inline_p50, "{:.1f} ms", "Inline check at p50 (one batched feature read, rules, a boosted model)")
inline_p99 = figure("inline_p99", inline_p50 * p99_over_p50, "{:.1f} ms", "Inline check at p99")
figure("inline_headroom", inline_budget_ms / inline_p99, "{:.1f}x", "Budget over the p99")
figure("inline_share_ttft", inline_p99 / ttft_ms, "{:.1%}", "p99 inline check as a share of time to first token")

gpu = ref.GPUS["h100-sxm"]
guard = ref.MODELS["llama-3.1-8b"]
guard_params = llm.param_count(guard)
figure("guard_params_b", guard_params / 1e9, "{:.1f} billion", "Parameters of the large guard model (Llama 3.1 8B shape)")
guard_ms = llm.prefill_time_s(guard_params, prompt_tok, gpu.bf16_dense_flops, mfu) * 1000
figure("guard_ms", guard_ms, "{:.0f} ms", "Large guard model over a mean prompt on one H100 (compute only)")
figure("guard_share_ttft", guard_ms / ttft_ms, "{:.0%}", "That as a share of time to first token")
small_ms = llm.prefill_time_s(small_params, prompt_tok, gpu.bf16_dense_flops, mfu) * 1000
figure("small_ms", small_ms, "{:.2f} ms", "Small classifier over a mean prompt (compute only)")

tok_day = req_day * req_tok
figure("scan_tok_day", tok_day / 1e12, "{:.2f} trillion tokens/day", "Prompt and output tokens to scan per day")


def gpus_for(params, share=1.0):
    gpu_s = llm.prefill_time_s(params, tok_day * share, gpu.bf16_dense_flops, mfu)
    return gpu_s / ref.SECONDS_PER_DAY


g_guard_all = figure("gpus_guard_all", gpus_for(guard_params), "{:,.0f} GPUs", "H100s to run the large guard model on every token")
g_small = gpus_for(small_params)
g_casc = g_small + gpus_for(guard_params, escalate_share)
figure("gpus_small_all", g_small, "{:,.0f} GPUs", "H100s to run the small classifier on every token")
figure("gpus_cascade", g_casc, "{:,.0f} GPUs", "Cascade: small classifier on all, guard model on the escalated share")
figure("usd_guard_all_day", g_guard_all * 24 * gpu_usd_h, "${:,.0f}", "Cost per day, guard model on everything")
figure("usd_cascade_day", g_casc * 24 * gpu_usd_h, "${:,.0f}", "Cost per day, cascade")
figure("cascade_saving", g_guard_all / g_casc, "{:.0f}x", "Cascade saving")

# %% [markdown]
# ## 8. Threats in money

# %%
usd_min = key_tpm * usd_per_mtok / 1e6
figure("key_usd_min", usd_min, "${:,.0f}/min", "Spend of a stolen key running at its organisation's limit")
figure("key_usd_day", usd_min * 60 * 24, "${:,.0f}/day", "The same per day")
figure("key_loss_stream", usd_min * stream_detect_min, "${:,.0f}", "Loss before the streaming tier throttles it")
figure("key_loss_hourly", usd_min * (60 + batch_run_min), "${:,.0f}", "Worst-case loss with an hourly batch job")
figure("key_loss_daily", usd_min * (24 * 60 + batch_run_min), "${:,.0f}", "Worst-case loss with a daily batch job")
figure("key_daily_over_stream", (24 * 60 + batch_run_min) / stream_detect_min, "{:,.0f}x", "Daily batch loss over streaming loss")

farm_rev = free_credit * resale_frac
figure("farm_rev", farm_rev, "${:.2f}", "Farmer's revenue per farmed account")
figure("farm_margin", farm_rev / acct_cost_phone, "{:.1f}x", "Farmer's revenue over the cost of an account")
figure("farm_our_cost", free_credit * cost_ratio, "${:.2f}", "Our serving cost per farmed account")
figure("farm_op_cost", farm_accounts * free_credit * cost_ratio, "${:,.0f}", "Our cost for one farming operation")
figure("farm_margin_after", small_credit * resale_frac / acct_cost_phone, "{:.1f}x", "Farmer's margin after cutting the credit to small models")

fraud_n = topups_day * card_fraud_rate
figure("fraud_n_day", fraud_n, "{:,.0f}", "Stolen-card purchases per day")
figure("fraud_face_day", fraud_n * topup_usd, "${:,.0f}", "Their face value per day")
loss_day = fraud_n * (chargeback_fee + topup_usd * cost_ratio)
figure("fraud_loss_day", loss_day, "${:,.0f}", "Daily loss: chargeback fees plus compute served")
figure("fraud_loss_year", loss_day * ref.DAYS_PER_YEAR / 1e6, "${:.1f} million", "The same per year")

distill_tok = distill_prompts * distill_out
figure("distill_tok", distill_tok / 1e9, "{:.1f} billion tokens", "Output tokens a distiller collects")
figure("distill_usd", distill_tok * usd_per_mtok_out / 1e6, "${:,.0f}", "What it costs at list price")
figure("distill_req_acct_day", distill_prompts / distill_accounts / distill_days, "{:,.0f} requests/day", "Requests per account per day when spread")
figure("distill_vs_typical", (distill_prompts / distill_accounts / distill_days) / flag_rate_legit_org, "{:.2f}x", "That against a typical organisation's daily requests")

# %% [markdown]
# ## 9. Label delay
#
# Chargeback arrival modelled as exponential with mean cb_mean_days, truncated at the scheme's
# window: share known by day d = (1 - e^(-d/mean)) / (1 - e^(-max/mean)).

# %%
norm = 1 - math.exp(-cb_max_days / cb_mean_days)


def known(d):
    return min(1.0, (1 - math.exp(-min(d, cb_max_days) / cb_mean_days)) / norm)


figure("cb_known_7", known(7), "{:.0%}", "Share of eventual fraud chargebacks known 7 days after payment")
figure("cb_known_30", known(30), "{:.0%}", "Known after 30 days")
figure("cb_known_60", known(60), "{:.0%}", "Known after 60 days")
figure("cb_undercount_7", 1 / known(7), "{:.1f}x", "Undercount of fraud in the last week's labels")

days = list(range(0, cb_max_days + 1))
fig, ax = new_chart()
ax.plot(days, [known(d) * 100 for d in days], color=SERIES[0], label="fraud chargebacks received")
for d, c in ((7, SERIES[1]), (30, SERIES[2])):
    ax.axvline(d, color=c, linestyle=":", linewidth=1.2, label=f"day {d}: {known(d):.0%} known")
ax.set_xlabel("days since the payment")
ax.set_ylabel("share of eventual fraud labels known (%)")
ax.set_ylim(0, 100)
ax.set_title("Card-fraud labels arrive late")
ax.legend(frameon=False, fontsize=9)
show(fig, alt="Line chart: the share of eventual fraud chargebacks received rises from zero on the day of payment to about a quarter "
              "after a week, about seven in ten after a month and all of them by day 120, so a model trained on last week's "
              "payments sees only a quarter of the fraud.")

# %% [markdown]
# ## 10. Streaming state and the account graph
#
# HyperLogLog with 2^p registers of 6 bits has a standard error of about 1.04 / sqrt(2^p).

# %%
state_b = active_orgs * windows * feats_per_window * counter_b
figure("window_state_mb", state_b / 1e6, "{:,.0f} MB", "Windowed counters for every active organisation")
regs = 2 ** hll_p
hll_b = regs * 6 / 8
figure("hll_kb", hll_b / 1e3, "{:.1f} KB", "One HyperLogLog sketch")
figure("hll_err", 1.04 / math.sqrt(regs), "{:.1%}", "Its standard error")
figure("hll_gb", active_orgs * keys_per_org * hll_b / 1e9, "{:.1f} GB", "Distinct-IP sketches for every active key")
edges = total_accounts * ids_per_account
figure("graph_edges", edges / 1e6, "{:,.0f} million edges", "Account-identifier edges")
figure("graph_gb", edges * edge_b / 1e9, "{:.1f} GB", "The graph in memory")
figure("nat_over_cap", nat_accounts / degree_cap, "{:.0f}x", "Accounts behind one NAT range over the degree cap")

# %% [markdown]
# ## 11. Scaling
#
# Organisations are assumed to grow with traffic, so false positives grow linearly at a fixed
# false-positive rate.

# %%
for mult in (10, 100, 1000):
    figure(f"peak_rps_{mult}x", peak_rps * mult, "{:,.0f} requests/s", f"Peak request rate at {mult}x")
    figure(f"events_mb_s_{mult}x", peak_rps * mult * event_b / 1e6, "{:,.0f} MB/s", f"Usage-event bytes per second at {mult}x")
    figure(f"meta_tb_day_{mult}x", meta_tb_day * mult, "{:,.0f} TB/day", f"Metadata per day at {mult}x")
    figure(f"queue_{mult}x", queue * mult, "{:,.0f} cases/day", f"Review queue at {mult}x with the same detector")
    figure(f"analysts_{mult}x", math.ceil(queue * mult / per_analyst_day), "{:,d} analysts", f"Analysts for it at {mult}x")
    figure(f"wrong_{mult}x", wrong_total * mult, "{:,.0f} per day", f"Wrongful actions per day at {mult}x")
    figure(f"gpus_cascade_{mult}x", g_casc * mult, "{:,.0f} GPUs", f"Scanning GPUs at {mult}x (cascade)")
figure("queue_abuser_share", (tp_acct - auto_tp) / queue, "{:.0%}", "Share of the review queue that is abusers the top band missed")
figure("fpr_needed_100x", acct_fpr_model / 100, "{:.5%}", "Account false-positive rate that holds the legitimate part of the queue flat at 100x")
