# %% [markdown]
# # Homework help for schools: the estimates
#
# The arithmetic behind the PM walkthrough. Every input is declared once with `assume`
# and its source; every number the page quotes is a `figure` computed here. The prompt
# comes from Johnny Mai's PM article; no figure in it is a measurement of a real
# product, so almost everything below is an assumption, stated so that a reader can
# change it and watch the page follow. Sections:
#
# 1. Inputs
# 2. Usage: turns per student and per day
# 3. What "99.5% accurate" means: base rate, precision, the source's 1 in 200
# 4. Harmful answers that reach students: one classifier, three layers, correlated layers
# 5. False refusals and escalations
# 6. Proving a safety rate: how many turns and red-team prompts it takes
# 7. Cost per student per month, by design option
# 8. Latency budget with the safety passes
# 9. Twists: teachers reading everything, a viral jailbreak, 10x growth
# 10. Charts

# %% [markdown]
# ## 1. Inputs
#
# "Johnny Mai article" marks a figure taken from the source; "assumption" is this
# walkthrough's planning number; "design choice" is a parameter we pick.

# %%
from estimates import assume, assumptions_table, figure
from estimates import reference as ref

# The source's figures
src_accuracy = assume("src_accuracy", 0.995, "{:.1%}", "Classifier 'accuracy' quoted by the weak candidate",
                      "Johnny Mai article")
src_wait_s = assume("src_wait_s", 3, "{:d} s", "Wait the strong candidate accepted for safer answers",
                    "Johnny Mai article")

# Scale and usage
students = assume("students", 1_000_000, "{:,d} students", "Students enrolled on the platform in year one", "assumption")
active_share = assume("active_share", 0.40, "{:.0%}", "Share of enrolled students who use it in a month", "assumption")
sessions_wk = assume("sessions_wk", 3, "{:d} sessions/week", "Homework sessions per active student", "assumption")
turns_session = assume("turns_session", 6, "{:d} turns", "Question-and-answer turns per session", "assumption")
use_days = assume("use_days", 22, "{:d} days", "Days a month with homework use", "assumption")
school_months = assume("school_months", 10, "{:d} months", "Months of use in a school year", "assumption")
peak_hour_share = assume("peak_hour_share", 0.15, "{:.0%}", "Share of a day's turns in the busiest evening hour",
                         "assumption")

# Safety layers
harmful_share = assume("harmful_share", 0.002, "{:.1%}", "Share of turns asking for content disallowed for minors",
                       "assumption")
input_recall = assume("input_recall", 0.995, "{:.1%}", "Input classifier: share of harmful requests it flags (recall)",
                      "assumption (the source's 99.5%, read as recall)")
input_fpr = assume("input_fpr", 0.01, "{:.1%}", "Input classifier: share of benign requests it flags", "assumption")
model_refuse = assume("model_refuse", 0.90, "{:.0%}", "Share of harmful requests the safety-tuned model refuses",
                      "assumption")
output_recall = assume("output_recall", 0.98, "{:.0%}", "Output classifier: share of harmful answers it blocks",
                       "assumption")
output_fpr = assume("output_fpr", 0.005, "{:.1%}", "Output classifier: share of benign answers it blocks", "assumption")
model_miss_corr = assume("model_miss_corr", 0.5, "{:.0%}",
                         "Model complies, given the request already evaded the input classifier", "assumption")
output_miss_corr = assume("output_miss_corr", 0.3, "{:.0%}",
                          "Output classifier misses, given the request evaded both earlier layers", "assumption")
scope_miss = assume("scope_miss", 0.2, "{:.0%}",
                    "Harmful requests that pass the curriculum scope gate (look like homework)", "assumption")
scope_fpr = assume("scope_fpr", 0.03, "{:.0%}", "Legitimate homework questions the scope gate calls off-curriculum",
                   "assumption")
benign_harm = assume("benign_harm", 5e-6, "{:.4%}",
                     "Benign requests where the model still produces unsuitable content", "assumption")

# Escalations and review
distress_share = assume("distress_share", 1e-4, "{:.2%}", "Turns carrying a self-harm or abuse disclosure",
                        "assumption")
esc_recall = assume("esc_recall", 0.90, "{:.0%}", "Share of disclosures the escalation classifier flags", "assumption")
esc_precision = assume("esc_precision", 0.30, "{:.0%}", "Share of escalations a school reviewer confirms",
                       "assumption")
review_min = assume("review_min", 10, "{:d} min", "School staff time per escalation", "assumption")
school_size = assume("school_size", 1_000, "{:,d} students", "Students in one school", "assumption")
audit_sample = assume("audit_sample", 0.001, "{:.1%}", "Share of turns sampled for vendor safety review",
                      "design choice")
reviews_per_h = assume("reviews_per_h", 60, "{:d} turns/h", "Turns one safety reviewer audits per hour", "assumption")
review_usd_h = assume("review_usd_h", 40, "${:d}/h", "Loaded cost of a safety reviewer hour", "assumption")
review_h_day = assume("review_h_day", 7, "{:d} h", "Productive review hours per reviewer per day", "assumption")

# Tokens per turn
sys_tokens = assume("sys_tokens", 1_200, "{:,d} tokens", "System prompt (policy, age band, tutoring style)",
                    "assumption")
retrieved_tokens = assume("retrieved_tokens", 1_500, "{:,d} tokens", "Approved-material passages per turn",
                          "assumption")
session_hist = assume("session_hist", 800, "{:,d} tokens", "Earlier turns of the same session carried in",
                      "assumption")
question_tokens = assume("question_tokens", 60, "{:d} tokens", "A student's question", "assumption")
answer_tokens = assume("answer_tokens", 180, "{:d} tokens", "A tutor answer", "assumption")
hint_tokens = assume("hint_tokens", 90, "{:d} tokens", "A hint-only answer", "assumption")
chat_hist = assume("chat_hist", 3_000, "{:,d} tokens", "History a general chatbot carries (long chats, memory)",
                   "assumption")
chat_answer = assume("chat_answer", 400, "{:d} tokens", "A general chatbot answer", "assumption")
hint_turn_factor = assume("hint_turn_factor", 1.5, "{:.1f}x", "Turns a hint-only mode takes per solved problem",
                          "assumption")
check_tokens = assume("check_tokens", 300, "{:d} tokens", "Tokens each classifier pass reads", "assumption")
cache_share = assume("cache_share", 0.15, "{:.0%}", "Turns answered from the pre-vetted answer store", "assumption")

# Prices (planning numbers, not quoted list prices)
usd_in = assume("usd_in", 0.50, "${:.2f}/M tokens", "Mid-size model, input", "assumption (planning price)")
usd_out = assume("usd_out", 2.00, "${:.2f}/M tokens", "Mid-size model, output", "assumption (planning price)")
usd_check = assume("usd_check", 0.05, "${:.2f}/M tokens", "Small self-hosted classifier", "assumption (planning price)")
usd_platform = assume("usd_platform", 0.10, "${:.2f}", "Platform cost per active student-month (storage, logs, support)",
                      "assumption")
price_year = assume("price_year", 12, "${:d}", "Price a district pays per enrolled student per year", "assumption")

# Latency
net_ms = assume("net_ms", 100, "{:d} ms", "Network round trip from a school or home device", "assumption")
auth_ms = assume("auth_ms", 20, "{:d} ms", "Session check and roster lookup (age band)", "assumption")
classify_ms = assume("classify_ms", 120, "{:d} ms", "One classifier pass", "assumption")
retrieval_ms = assume("retrieval_ms", 120, "{:d} ms", "Embed, search and rerank approved materials", "assumption")
ttft_ms = assume("ttft_ms", 350, "{:d} ms", "Model time to first token on a ~3,500-token prompt", "assumption")
decode_tps = assume("decode_tps", 70, "{:d} tokens/s", "Model decode speed per answer", "assumption")
first_chunk = assume("first_chunk", 40, "{:d} tokens", "First chunk held back for the output check", "design choice")

# Twists
teacher_students = assume("teacher_students", 150, "{:d} students", "Students of one secondary teacher (5 classes of 30)",
                          "assumption")
read_s = assume("read_s", 15, "{:d} s", "Teacher time to read one turn", "assumption")
viral_try = assume("viral_try", 0.02, "{:.0%}", "Active students who try a viral jailbreak", "assumption")
viral_attempts = assume("viral_tries_each", 3, "{:d}", "Attempts per student who tries it", "assumption")
viral_days = assume("viral_days", 2, "{:d} days", "Days over which the attempts arrive", "assumption")
viral_pass = assume("viral_pass", 0.5, "{:.0%}", "Share of attempts the jailbreak gets past every layer", "assumption")
kill_h_fast = assume("kill_h_fast", 1, "{:d} h", "Time to switch the category to static answers (with a runbook)",
                     "design choice")
kill_h_slow = assume("kill_h_slow", 24, "{:d} h", "Time to ship a fix without a switch (retrain or redeploy)",
                     "assumption")
growth = assume("growth", 10, "{:d}x", "Growth in students over the next years", "assumption")
assumptions_table()

# %% [markdown]
# ## 2. Usage: turns per student and per day

# %%
WEEKS_MONTH = ref.DAYS_PER_MONTH_AVG / 7
active = figure("active", students * active_share, "{:,.0f} students", "Monthly active students")
turns_student_month = figure("turns_student_month", sessions_wk * turns_session * WEEKS_MONTH, "{:.0f} turns",
                             "Turns per active student per month")
turns_month = figure("turns_month", active * turns_student_month / 1e6, "{:.1f} million turns", "Turns per month")
turns_day_n = active * turns_student_month / use_days
turns_day = figure("turns_day", turns_day_n / 1e6, "{:.2f} million turns", "Turns on a homework day")
turns_peak_s = figure("turns_peak_s", turns_day_n * peak_hour_share / 3600, "{:.0f} turns/s", "Turns per second at the evening peak")

# %% [markdown]
# ## 3. What "99.5% accurate" means
#
# Accuracy counts every correct call, benign or harmful. When only a small share of turns
# is harmful, a classifier that waves everything through already scores high, so the
# number says nothing about how many harmful requests get past. The source's "1 in 200
# gets through" is right only if 99.5% is the recall on harmful requests.

# %%
harmful_day_n = turns_day_n * harmful_share
harmful_day = figure("harmful_day", harmful_day_n, "{:,.0f} requests", "Harmful requests on a homework day")
figure("do_nothing_accuracy", 1 - harmful_share, "{:.1%}", "Accuracy of a classifier that flags nothing")
figure("src_miss_rate", 1 - src_accuracy, "{:.1%}", "The source's miss rate (1 - 99.5%)")
figure("src_one_in", 1 / (1 - src_accuracy), "1 in {:.0f}", "The source's miss rate as 1 in N")
tp = harmful_share * input_recall
fp = (1 - harmful_share) * input_fpr
input_precision = figure("input_precision", tp / (tp + fp), "{:.0%}", "Input classifier precision at this base rate")
figure("flags_per_true", (tp + fp) / tp, "{:.1f}", "Flags raised per truly harmful request")
figure("input_accuracy", tp + (1 - harmful_share) * (1 - input_fpr), "{:.2%}",
       "Overall accuracy of the input classifier at these rates")

# %% [markdown]
# ## 4. Harmful answers that reach students
#
# Three stacks, each a product of miss rates:
#
# - one classifier with 99.5% recall, nothing else (the weak answer);
# - input classifier, safety-tuned model and output classifier, misses independent;
# - the same three layers when a crafted prompt fools them together (conditional misses);
# - the recommended design: a curriculum scope gate in front of the correlated stack.
#
# Unsuitable content produced for a benign request is a separate stream that only the
# output classifier can stop.

# %%
DAYS_YEAR_SCHOOL = use_days * school_months
leak_single = 1 - input_recall
leak_indep = (1 - input_recall) * (1 - model_refuse) * (1 - output_recall)
leak_corr = (1 - input_recall) * model_miss_corr * output_miss_corr
leak_rec = scope_miss * leak_corr
benign_leak_day = turns_day_n * (1 - harmful_share) * benign_harm * (1 - output_recall)

figure("leak_single", leak_single, "{:.2%}", "Harmful requests answered, one classifier")
figure("leak_indep", leak_indep, "{:.4%}", "Harmful requests answered, three independent layers")
figure("leak_corr", leak_corr, "{:.3%}", "Harmful requests answered, three correlated layers")
figure("leak_rec", leak_rec, "{:.3%}", "Harmful requests answered, scope gate plus correlated layers")
figure("corr_vs_indep", leak_corr / leak_indep, "{:.0f}x", "Correlated leak over the independent estimate")

single_day = figure("single_day", harmful_day_n * leak_single, "{:,.0f} answers", "Harmful answers a day, one classifier")
figure("single_year", harmful_day_n * leak_single * DAYS_YEAR_SCHOOL, "{:,.0f} answers",
       "Harmful answers a school year, one classifier")
figure("indep_year", harmful_day_n * leak_indep * DAYS_YEAR_SCHOOL, "{:.0f} answers",
       "Harmful answers a school year, independent layers")
corr_day = figure("corr_day", harmful_day_n * leak_corr, "{:.1f} answers", "Harmful answers a day, correlated layers")
figure("corr_year", harmful_day_n * leak_corr * DAYS_YEAR_SCHOOL, "{:,.0f} answers",
       "Harmful answers a school year, correlated layers")
rec_day_n = harmful_day_n * leak_rec + benign_leak_day
rec_day = figure("rec_day", rec_day_n, "{:.2f} answers", "Unsuitable answers a day, recommended design (both streams)")
figure("rec_year", rec_day_n * DAYS_YEAR_SCHOOL, "{:,.0f} answers", "Unsuitable answers a school year, recommended design")
figure("rec_per_m", rec_day_n / turns_day_n * 1e6, "{:.2f}", "Unsuitable answers per million turns, recommended design")
figure("model_only_year", harmful_day_n * (1 - model_refuse) * DAYS_YEAR_SCHOOL, "{:,.0f} answers",
       "Harmful answers a school year with the classifiers removed (the model's own refusals only)")
figure("benign_leak_year", benign_leak_day * DAYS_YEAR_SCHOOL, "{:.0f} answers",
       "Unsuitable answers to benign requests a school year")
figure("rec_school_years", 1 / (rec_day_n * DAYS_YEAR_SCHOOL * school_size / students), "{:.1f} school years",
       "Mean time between incidents for one school")

# %% [markdown]
# ## 5. False refusals and escalations

# %%
fr_general = input_fpr + (1 - input_fpr) * output_fpr
fr_rec = 1 - (1 - scope_fpr) * (1 - input_fpr) * (1 - output_fpr)
figure("fr_general", fr_general, "{:.1%}", "Benign turns refused, filters only")
figure("fr_rec", fr_rec, "{:.1%}", "Benign turns refused, with the scope gate")
figure("fr_student_month", fr_rec * turns_student_month, "{:.1f} refusals", "False refusals per active student per month")
figure("fr_day", fr_rec * turns_day_n * (1 - harmful_share), "{:,.0f} refusals", "False refusals on a homework day")

esc_day_n = turns_day_n * distress_share * esc_recall / esc_precision
figure("distress_day", turns_day_n * distress_share, "{:,.0f} turns", "Turns with a disclosure on a homework day")
figure("esc_day", esc_day_n, "{:,.0f} escalations", "Escalations raised on a homework day")
figure("esc_missed_day", turns_day_n * distress_share * (1 - esc_recall), "{:.0f} disclosures",
       "Disclosures not escalated on a homework day")
esc_school_wk = esc_day_n * school_size / students * use_days / WEEKS_MONTH
figure("esc_school_wk", esc_school_wk, "{:.1f} escalations", "Escalations per 1,000-student school per week")
figure("esc_school_min_wk", esc_school_wk * review_min, "{:.0f} min", "School staff time on escalations per week")

audits_day = turns_day_n * audit_sample
figure("audits_day", audits_day, "{:,.0f} turns", "Turns audited by the vendor a day")
figure("reviewers", audits_day / reviews_per_h / review_h_day, "{:.1f} reviewers", "Safety reviewers needed")
# A random audit sample almost never meets a rare leak: expected leaks it sees in a school year
figure("audit_catch_year", rec_day_n * DAYS_YEAR_SCHOOL * audit_sample, "{:.2f} leaks",
       "Leaks a random 0.1% audit sample would see in a school year")

# %% [markdown]
# ## 6. Proving a safety rate
#
# With zero incidents observed in n independent trials, the 95% upper bound on the rate is
# about 3/n (the rule of three). Turned round: to claim a rate below p you need about 3/p
# trials with none failing.

# %%
target_per_m = 1
turns_needed = 3 / (target_per_m / 1e6)
figure("target_per_m", target_per_m, "{:d} per million turns", "Target rate to demonstrate")
figure("turns_needed", turns_needed / 1e6, "{:.0f} million turns", "Clean turns needed to show under 1 per million")
figure("days_needed", turns_needed / turns_day_n, "{:.1f} homework days", "Homework days of platform traffic that takes")
figure("redteam_99", 3 / 0.01, "{:,.0f} prompts", "Clean red-team prompts to show a miss rate under 1%")
figure("redteam_999", 3 / 0.001, "{:,.0f} prompts", "Clean red-team prompts to show a miss rate under 0.1%")
figure("pilot_turns", 20_000 * active_share * turns_student_month * 2 / 1e6, "{:.1f} million turns",
       "Turns a two-month pilot of 20,000 students produces")

# %% [markdown]
# ## 7. Cost per student per month, by design option
#
# Each option's turn reads a prompt and writes an answer; classifier passes read
# `check_tokens` each. The curriculum tutor answers a share of turns from the pre-vetted
# store (classifier pass only). The hint-only mode writes shorter answers but needs more
# turns per solved problem.

# %%
def model_usd(tokens_in, tokens_out):
    return tokens_in * usd_in / 1e6 + tokens_out * usd_out / 1e6


check_usd = check_tokens * usd_check / 1e6
figure("check_usd_per_m", check_usd * 1e6, "${:.0f} per million passes", "Cost of a million classifier passes")

# A: general chatbot with input and output filters
a_turn_model = model_usd(sys_tokens + chat_hist + question_tokens, chat_answer)
a_turn = a_turn_model + 2 * check_usd
# B: curriculum-grounded tutor, retrieval, scope gate, cache
b_model = model_usd(sys_tokens + retrieved_tokens + session_hist + question_tokens, answer_tokens)
b_turn_model = (1 - cache_share) * b_model
b_turn = b_turn_model + (1 - cache_share) * 3 * check_usd + cache_share * 2 * check_usd
# C: Socratic hint-only, same grounding, shorter answers, more turns
c_model = model_usd(sys_tokens + retrieved_tokens + session_hist + question_tokens, hint_tokens)
c_turn = (1 - cache_share) * (c_model + 3 * check_usd) + cache_share * 2 * check_usd
review_turn = audit_sample * review_usd_h / reviews_per_h

figure("a_turn", a_turn * 100, "{:.3f} cents", "Cost per turn, general chatbot")
figure("b_turn", b_turn * 100, "{:.3f} cents", "Cost per turn, curriculum tutor")
figure("c_turn", c_turn * 100, "{:.3f} cents", "Cost per turn, hint-only")
figure("check_share_b", (b_turn - b_turn_model) / b_turn, "{:.0%}", "Share of the tutor's turn cost spent on classifiers")

def per_student_month(turn_cost, turn_factor=1.0):
    return turns_student_month * turn_factor * (turn_cost + review_turn) + usd_platform


a_sm = figure("a_sm", per_student_month(a_turn), "${:.2f}", "Per active student per month, general chatbot")
b_sm = figure("b_sm", per_student_month(b_turn), "${:.2f}", "Per active student per month, curriculum tutor")
c_sm = figure("c_sm", per_student_month(c_turn, hint_turn_factor), "${:.2f}", "Per active student per month, hint-only")
figure("review_sm", turns_student_month * review_turn, "${:.2f}", "Vendor safety review per active student per month")
figure("review_share_b", turns_student_month * review_turn / b_sm, "{:.0%}", "Safety review's share of the tutor's cost")
figure("check_sm_b", turns_student_month * (b_turn - b_turn_model), "${:.3f}",
       "Classifier passes per active student per month, curriculum tutor")
b_year = figure("b_year", b_sm * active_share * school_months, "${:.2f}", "Curriculum tutor cost per enrolled student per year")
figure("b_margin", 1 - b_year / price_year, "{:.0%}", "Gross margin at the district price")
figure("b_total_year", b_year * students / 1e6, "${:.1f} million", "Platform cost per school year, curriculum tutor")
figure("heavy_sm", per_student_month(b_turn, 5), "${:.2f}", "A student using it five times as much, per month")
figure("big_model_sm", turns_student_month * ((1 - cache_share) * 10 * b_model + (b_turn - b_turn_model) + review_turn)
       + usd_platform, "${:.2f}", "Curriculum tutor on a model ten times the price, per active student per month")

# %% [markdown]
# ## 8. Latency budget with the safety passes
#
# Serial: input check, scope check and retrieval one after another. Parallel: all three
# start together on the question alone, so the slowest sets the wait. Nothing reaches the
# screen before the output check passes.

# %%
pre_serial = net_ms + auth_ms + 2 * classify_ms + retrieval_ms
pre_parallel = net_ms + auth_ms + max(classify_ms, retrieval_ms)
figure("pre_serial_ms", pre_serial, "{:,.0f} ms", "Before the model starts, checks in series")
figure("pre_parallel_ms", pre_parallel, "{:,.0f} ms", "Before the model starts, checks in parallel")
figure("parallel_saving_ms", pre_serial - pre_parallel, "{:,.0f} ms", "Saved by running the checks in parallel")

hint_gen_ms = hint_tokens / decode_tps * 1000
answer_gen_ms = answer_tokens / decode_tps * 1000
chunk_gen_ms = first_chunk / decode_tps * 1000
figure("hint_gen_ms", hint_gen_ms, "{:,.0f} ms", "Generating a hint")
figure("answer_gen_ms", answer_gen_ms, "{:,.0f} ms", "Generating a tutor answer")

hint_buffered = pre_parallel + ttft_ms + hint_gen_ms + classify_ms
answer_buffered = pre_parallel + ttft_ms + answer_gen_ms + classify_ms
answer_buffered_serial = pre_serial + ttft_ms + answer_gen_ms + classify_ms
chunked_first = pre_parallel + ttft_ms + chunk_gen_ms + classify_ms
unchecked_first = net_ms + auth_ms + classify_ms + ttft_ms
figure("hint_buffered_s", hint_buffered / 1000, "{:.1f} s", "Whole hint shown at once, checks in parallel")
figure("answer_buffered_s", answer_buffered / 1000, "{:.1f} s", "Whole tutor answer shown at once, checks in parallel")
figure("answer_buffered_serial_s", answer_buffered_serial / 1000, "{:.1f} s", "Whole tutor answer shown at once, checks in series")
figure("chunked_first_s", chunked_first / 1000, "{:.1f} s", "First checked chunk of a streamed answer")
figure("unchecked_first_s", unchecked_first / 1000, "{:.2f} s", "First token of a chatbot streaming unchecked output")
figure("safety_ms", (chunked_first - unchecked_first) + 0, "{:,.0f} ms", "Wait the checked stream adds over an unchecked one")
figure("chunk_gen_ms", chunk_gen_ms, "{:,.0f} ms", "Generating one later chunk")
figure("hint_under_src", src_wait_s - hint_buffered / 1000, "{:.1f} s", "Headroom of the buffered hint under the source's 3 s")
figure("answer_over_src", answer_buffered_serial / 1000 - src_wait_s, "{:.1f} s",
       "How far a serial, buffered full answer overshoots 3 s")
figure("peak_inflight", turns_peak_s * answer_buffered / 1000, "{:.0f} turns", "Turns in flight at the evening peak (Little's law)")

# %% [markdown]
# ## 9. Twists

# %%
teacher_turns_wk = teacher_students * active_share * sessions_wk * turns_session
figure("teacher_turns_wk", teacher_turns_wk, "{:,.0f} turns", "Turns a week for one teacher's students")
figure("teacher_h_wk", teacher_turns_wk * read_s / 3600, "{:.1f} h", "Teacher hours a week to read them all")
figure("teacher_h_wk_all", teacher_students * sessions_wk * turns_session * read_s / 3600, "{:.1f} h",
       "The same if every student uses it (assigned work)")
flags_teacher_wk = teacher_turns_wk * (harmful_share * input_recall + (1 - harmful_share) * input_fpr)
figure("teacher_flags_wk", flags_teacher_wk, "{:.0f} turns", "Flagged turns a week for one teacher")

viral_attempts_n = active * viral_try * viral_attempts
viral_per_h = viral_attempts_n / (viral_days * 24)
figure("viral_attempts", viral_attempts_n, "{:,.0f} attempts", "Attempts at the viral jailbreak")
figure("viral_per_h", viral_per_h, "{:,.0f} attempts/h", "Attempts per hour while it spreads")
figure("viral_fast", viral_per_h * kill_h_fast * viral_pass, "{:,.0f} answers", "Harmful answers before a 1 h switch")
figure("viral_slow", viral_per_h * kill_h_slow * viral_pass, "{:,.0f} answers", "Harmful answers before a 24 h fix")
figure("viral_ratio", kill_h_slow / kill_h_fast, "{:.0f}x", "Exposure ratio, slow fix over switch")

figure("students_10x", students * growth / 1e6, "{:.0f} million students", "Students after 10x growth")
figure("rec_year_10x", rec_day_n * DAYS_YEAR_SCHOOL * growth, "{:,.0f} answers",
       "Unsuitable answers a school year at 10x, same rates")
figure("esc_day_10x", esc_day_n * growth, "{:,.0f} escalations", "Escalations a homework day at 10x")
figure("b_total_10x", b_year * students * growth / 1e6, "${:.0f} million", "Platform cost per school year at 10x")

# %% [markdown]
# ## 10. Charts

# %%
import numpy as np  # noqa: E402

from estimates.charts import SERIES, new_chart, show  # noqa: E402

names = ["one classifier\n(99.5% recall)", "three layers,\ncorrelated", "scope gate +\nthree layers",
         "three layers,\nindependent"]
per_year = [harmful_day_n * x * DAYS_YEAR_SCHOOL for x in (leak_single, leak_corr, leak_rec, leak_indep)]
fig, ax = new_chart()
bars = ax.bar(names, per_year, color=[SERIES[1], SERIES[0], SERIES[2], SERIES[3]])
ax.set_yscale("log")
ax.set_ylabel("answers to harmful requests\nper school year")
for b, v in zip(bars, per_year):
    ax.annotate(f"{v:,.0f}", (b.get_x() + b.get_width() / 2, v), ha="center", va="bottom", fontsize=9)
show(fig, alt="Bar chart on a log scale of harmful answers reaching students in a school year: several thousand with "
              "one classifier, a few hundred with three correlated layers, under a hundred with a scope gate in front, "
              "and a handful if the three layers were independent, which real jailbreaks make them not")

# %%
modes = ["unchecked stream\n(first token)", "checked stream\n(first chunk)", "hint, buffered",
         "full answer,\nbuffered", "full answer,\nbuffered, serial"]
pre = [net_ms + auth_ms + classify_ms, pre_parallel, pre_parallel, pre_parallel, pre_serial]
gen = [0, chunk_gen_ms, hint_gen_ms, answer_gen_ms, answer_gen_ms]
post = [0, classify_ms, classify_ms, classify_ms, classify_ms]
ttft = [ttft_ms] * 5
y = np.arange(len(modes))
fig, ax = new_chart()
left = np.zeros(len(modes))
for part, label, c in ((pre, "network, auth, input checks, retrieval", SERIES[0]), (ttft, "time to first token", SERIES[3]),
                       (gen, "generation", SERIES[1]), (post, "output check", SERIES[2])):
    ax.barh(y, [p / 1000 for p in part], left=left, label=label, color=c)
    left += np.array(part) / 1000
ax.axvline(src_wait_s, color=SERIES[1], linestyle=":", linewidth=1.2)
ax.annotate("3 s", (src_wait_s + 0.05, -0.3), fontsize=9)
ax.set_yticks(y, modes)
ax.invert_yaxis()
ax.set_xlabel("seconds until text is on screen")
ax.legend(frameon=False, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=2)
show(fig, alt="Stacked horizontal bars of the wait before text appears: an unchecked stream shows its first token in "
              "well under a second, a checked stream shows its first chunk in about 1.3 seconds, a buffered hint fits "
              "under the 3-second line, and a buffered full answer goes past it, further when the checks run in series")

# %%
opts = ["general chatbot", "curriculum tutor", "hint-only"]
model_part = [turns_student_month * a_turn_model,
              turns_student_month * b_turn_model,
              turns_student_month * hint_turn_factor * (1 - cache_share) * c_model]
check_part = [turns_student_month * (a_turn - a_turn_model),
              turns_student_month * (b_turn - b_turn_model),
              turns_student_month * hint_turn_factor * (c_turn - (1 - cache_share) * c_model)]
review_part = [turns_student_month * review_turn, turns_student_month * review_turn,
               turns_student_month * hint_turn_factor * review_turn]
plat = [usd_platform] * 3
fig, ax = new_chart()
bottom = np.zeros(3)
for part, label, c in ((model_part, "model tokens", SERIES[0]), (check_part, "classifier passes", SERIES[2]),
                       (review_part, "safety review", SERIES[3]), (plat, "platform", SERIES[1])):
    ax.bar(opts, part, bottom=bottom, label=label, color=c)
    bottom += np.array(part)
ax.set_ylabel("USD per active student per month")
ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
show(fig, alt="Stacked bars of cost per active student per month: the general chatbot costs the most because it carries "
              "long histories and long answers, the curriculum tutor and the hint-only mode cost less, and in every "
              "option the classifier passes are a thin slice next to the model tokens")
