# %% [markdown]
# # Retrieval over public forum data, when the top result may be harmful: the estimates
#
# The arithmetic behind the PM walkthrough. The prompt grows out of a follow-up question
# reported in Johnny Mai's PM article ("what if the top result contains violent extremist
# rhetoric?", asked of a design that retrieved from public Reddit data). The article gives
# almost no numbers, so nearly every input below is a planning assumption, declared once
# with `assume` so that a reader can change it and watch the page follow. The rates of
# harmful content are not measurements of any real forum: they are the numbers a team
# would have to measure with a labelled sample before launch. Sections:
#
# 1. Inputs
# 2. Traffic by topic risk tier
# 3. What the source's "99.5%" means here
# 4. Harmful answers shown per day, option by option
# 5. The recall a classifier would need, and how many examples prove it
# 6. False refusals
# 7. Latency of the safety passes
# 8. Cost per query and per day
# 9. Index size
# 10. Twists: takedown in 24 h, seeded posts, a user in crisis, citations on every claim
# 11. Measuring the guardrail metric
# 12. Chart: harmful answers per million queries against classifier recall

# %% [markdown]
# ## 1. Inputs
#
# "Johnny Mai article" marks a figure taken from the source; "PoisonedRAG paper" and
# "RFC 9309" mark facts checked against those documents; "assumption" is a planning number
# of this walkthrough; "design choice" is a parameter we pick.

# %%
import math

from estimates import assume, assumptions_table, figure
from estimates import reference as ref

# The source's figure
src_accuracy = assume("src_accuracy", 0.995, "{:.1%}", "Classifier 'accuracy' the weak candidate quotes",
                      "Johnny Mai article")

# Traffic and topic mix
queries_day = assume("queries_day", 5_000_000, "{:,d} queries/day", "Questions that reach the forum-retrieval feature",
                     "assumption")
share_low = assume("share_low", 0.68, "{:.0%}", "Tier 0 share: low-risk topics (cooking, games, software)",
                   "assumption")
share_med = assume("share_med", 0.22, "{:.0%}", "Tier 1 share: medium risk (money, non-hazardous DIY, legal info)",
                   "assumption")
share_high = assume("share_high", 0.095, "{:.1%}", "Tier 2 share: high risk (medication, mains electricity, gas, chemicals)",
                    "assumption")
share_crisis = assume("share_crisis", 0.005, "{:.1%}", "Tier 3 share: self-harm-adjacent and crisis", "assumption")
peak_ratio = assume("peak_ratio", 2.0, "{:.1f}x", "Peak-hour rate over the daily mean", "assumption")

# How often the top-voted result is harmful (dangerous, materially outdated, or a scam)
base_low = assume("base_low", 0.002, "{:.1%}", "Tier 0: top-voted result harmful", "assumption")
base_med = assume("base_med", 0.01, "{:.0%}", "Tier 1: top-voted result harmful", "assumption")
base_high = assume("base_high", 0.04, "{:.0%}", "Tier 2: top-voted result harmful", "assumption")
base_crisis = assume("base_crisis", 0.15, "{:.0%}", "Tier 3: top-voted result harmful", "assumption")
base_allow = assume("base_allow", 0.003, "{:.1%}", "Tier 2: harmful result among allow-listed sources (mostly outdated)",
                    "assumption")
p_use = assume("p_use", 0.5, "{:.0%}", "Harmful passage that the model carries into its answer as advice",
               "assumption")

# Safety components
clf_recall = assume("clf_recall", 0.95, "{:.0%}", "Passage harm classifier: share of harmful passages it removes",
                    "assumption")
clf_fpr = assume("clf_fpr", 0.02, "{:.0%}", "Passage harm classifier: share of benign passages it removes", "assumption")
judge_recall = assume("judge_recall", 0.80, "{:.0%}",
                      "Second-pass answer check: share of surviving harmful answers it blocks", "assumption")
judge_fpr = assume("judge_fpr", 0.01, "{:.0%}", "Second-pass answer check: share of benign answers it blocks",
                   "assumption")
router_high = assume("router_high", 0.93, "{:.0%}", "Risk router: tier 2 questions it recognises", "assumption")
router_crisis = assume("router_crisis", 0.97, "{:.0%}", "Risk router: tier 3 questions it recognises", "assumption")
crisis_backstop = assume("crisis_backstop", 0.90, "{:.0%}",
                         "Output-side crisis check: misrouted crisis turns it still catches", "assumption")
router_fpr = assume("router_fpr", 0.01, "{:.0%}", "Risk router: tier 0-1 questions it wrongly sends to tier 2",
                    "assumption")
allow_cover = assume("allow_cover", 0.70, "{:.0%}", "Tier 2 questions the allow-listed sources can answer",
                     "assumption")
k_passages = assume("k_passages", 8, "{:d} passages", "Passages given to the model per answer", "design choice")

# Latency (ms) and generation
router_ms = assume("router_ms", 30, "{:d} ms", "Risk router (small classifier)", "assumption")
retrieve_ms = assume("retrieve_ms", 120, "{:d} ms", "Hybrid keyword and vector retrieval", "assumption")
rerank_ms = assume("rerank_ms", 80, "{:d} ms", "Rerank about 50 candidates", "assumption")
passage_ms = assume("passage_ms", 40, "{:d} ms", "Harm and injection check on the passages (batched)", "assumption")
ttft_ms = assume("ttft_ms", 450, "{:d} ms", "Model time to first token", "assumption")
decode_tps = assume("decode_tps", 60, "{:d} tokens/s", "Model decode speed", "assumption")
answer_tokens = assume("answer_tokens", 250, "{:d} tokens", "A cited answer", "assumption")
holdback_tokens = assume("holdback_tokens", 30, "{:d} tokens", "First chunk held back for the streaming output check",
                         "design choice")
judge_ms = assume("judge_ms", 600, "{:d} ms", "Second-pass check on the whole answer", "assumption")
card_ms = assume("card_ms", 50, "{:d} ms", "Fetch a reviewed answer card", "assumption")

# Tokens and prices (planning numbers, not list prices)
sys_tokens = assume("sys_tokens", 800, "{:,d} tokens", "System prompt with citation and safety rules", "assumption")
passage_tokens = assume("passage_tokens", 250, "{:d} tokens", "One retrieved passage", "assumption")
question_tokens = assume("question_tokens", 50, "{:d} tokens", "A user question", "assumption")
judge_out_tokens = assume("judge_out_tokens", 50, "{:d} tokens", "Verdict of the second-pass check", "assumption")
usd_in = assume("usd_in", 0.50, "${:.2f}/M tokens", "Answer model, input", "assumption (planning price)")
usd_out = assume("usd_out", 2.00, "${:.2f}/M tokens", "Answer model, output", "assumption (planning price)")
usd_small = assume("usd_small", 0.05, "${:.2f}/M tokens", "Small self-hosted classifier", "assumption (planning price)")

# Index
posts_seen = assume("posts_seen", 3e9, "{:,.0f} posts", "Forum posts crawled or licensed", "assumption")
keep_share = assume("keep_share", 0.25, "{:.0%}",
                    "Posts kept after licence, robots, quality and personal-data filters", "assumption")
chunks_post = assume("chunks_post", 1.3, "{:.1f}", "Chunks per kept post", "assumption")
dim = assume("dim", 768, "{:d} dimensions", "Embedding size", "assumption")
bytes_dim = assume("bytes_dim", 2, "{:d} bytes", "Bytes per dimension (float16)", "design choice")
pq_bytes = assume("pq_bytes", 64, "{:d} bytes", "Compressed vector for the in-memory index", "design choice")
text_bytes = assume("text_bytes", 600, "{:d} bytes", "Stored text per chunk", "assumption")
meta_bytes = assume("meta_bytes", 200, "{:d} bytes", "Metadata per chunk (source, licence, date, votes, author hash)",
                    "assumption")
allow_docs = assume("allow_docs", 2_000_000, "{:,d} documents", "Allow-listed documents for tier 2 topics", "assumption")
allow_chunks_doc = assume("allow_chunks_doc", 4, "{:d}", "Chunks per allow-listed document", "assumption")
cards = assume("cards", 500, "{:,d} cards", "Reviewed answer cards for tier 3", "assumption")

# Twists
forum_share = assume("forum_share", 0.08, "{:.0%}", "Share of the index from the forum that changes its licence",
                     "assumption")
cite_share = assume("cite_share", 0.10, "{:.0%}", "Share of answers that cite that forum", "assumption")
build_rate = assume("build_rate", 20e6, "{:,.0f} chunks/h", "Index rebuild speed per builder", "assumption")
builders = assume("builders", 10, "{:d}", "Builders run in parallel for a purge", "design choice")
robots_cache_h = assume("robots_cache_h", 24, "{:d} h", "Longest a crawler should reuse a cached robots.txt",
                        "RFC 9309, section 2.4")
poison_per_q = assume("poison_per_q", 5, "{:d} posts", "Planted texts per target question in the published attack",
                      "PoisonedRAG paper")
poison_asr = assume("poison_asr", 0.90, "{:.0%}", "Attack success the paper reports with that many texts",
                    "PoisonedRAG paper")
target_qs = assume("target_qs", 200, "{:d} questions", "Finance questions an attacker targets (wallet 'recovery')",
                   "assumption")
target_share = assume("target_share", 0.002, "{:.1%}", "Share of tier 1 traffic those questions make up",
                      "assumption")
quarantine_days = assume("quarantine_days", 14, "{:d} days", "Age before a post may be cited in tiers 1-2",
                         "design choice")
fresh_need = assume("fresh_need", 0.03, "{:.0%}", "Tier 1-2 questions that need content newer than the quarantine",
                    "assumption")
claims = assume("claims", 6, "{:d} claims", "Factual claims in a typical answer", "assumption")
claim_support = assume("claim_support", 0.92, "{:.0%}", "Claims a cited passage actually supports", "assumption")
nli_ms = assume("nli_ms", 60, "{:d} ms", "Claim-against-passage check, batched", "assumption")
claim_tokens = assume("claim_tokens", 30, "{:d} tokens", "One claim", "assumption")

# Measuring
review_per_h = assume("review_per_h", 40, "{:d} answers/h", "Answers an expert reviewer grades per hour", "assumption")
review_h_day = assume("review_h_day", 6, "{:d} h", "Productive review hours per reviewer per day", "assumption")
review_sample = assume("review_sample", 5_000, "{:,d} answers/day", "Answers graded per day (risk-weighted sample)",
                       "design choice")
assumptions_table()

# %% [markdown]
# ## 2. Traffic by topic risk tier

# %%
q_low = figure("q_low", queries_day * share_low, "{:,.0f} queries/day", "Tier 0 queries")
q_med = figure("q_med", queries_day * share_med, "{:,.0f} queries/day", "Tier 1 queries")
q_high = figure("q_high", queries_day * share_high, "{:,.0f} queries/day", "Tier 2 queries")
q_crisis = figure("q_crisis", queries_day * share_crisis, "{:,.0f} queries/day", "Tier 3 queries")
assert abs(share_low + share_med + share_high + share_crisis - 1) < 1e-9
qps_peak = figure("qps_peak", queries_day / ref.SECONDS_PER_DAY * peak_ratio, "{:,.0f} queries/s", "Peak query rate")
base_blend = figure("base_blend", (q_low * base_low + q_med * base_med + q_high * base_high + q_crisis * base_crisis)
                    / queries_day, "{:.2%}", "Blended rate of harmful top results over all traffic")
harmful_top_day = figure("harmful_top_day", queries_day * base_blend, "{:,.0f} queries/day",
                         "Queries whose top-voted result is harmful")
harmful_top_high = figure("harmful_top_high", q_high * base_high + q_crisis * base_crisis, "{:,.0f} queries/day",
                          "Of those, in tiers 2 and 3")

# %% [markdown]
# ## 3. What the source's "99.5%" means here
#
# Accuracy counts correct calls over all passages. A filter that removes nothing is right on
# every benign passage, so its accuracy equals one minus the harmful share.

# %%
null_accuracy = figure("null_accuracy", 1 - base_blend, "{:.2%}", "Accuracy of a filter that removes nothing")
src_one_in = figure("src_one_in", 1 / (1 - src_accuracy), "1 in {:,.0f}",
                    "The interviewer's reading of 99.5%: misses per harmful item")
src_through_day = figure("src_through_day", harmful_top_day * (1 - src_accuracy) * p_use, "{:,.0f} answers/day",
                         "Harmful answers a day if 99.5% were recall on harmful passages")
src_through_high = figure("src_through_high", harmful_top_high * (1 - src_accuracy) * p_use, "{:,.0f} answers/day",
                          "Of those, in tiers 2 and 3")

# %% [markdown]
# ## 4. Harmful answers shown per day, option by option
#
# A harmful answer is shown when the top result is harmful, the filters miss it, and the
# model carries it into the answer. Counts are kept per tier: a bad recipe and a lethal
# dose are not the same event, so the page never adds them up without saying so.

# %%
def shown(q, base, miss=1.0):
    return q * base * p_use * miss


# Option A: rank by votes, summarise the top results
a_low = figure("a_low", shown(q_low, base_low), "{:,.0f}/day", "Option A, tier 0 harmful answers")
a_med = figure("a_med", shown(q_med, base_med), "{:,.0f}/day", "Option A, tier 1 harmful answers")
a_high = figure("a_high", shown(q_high, base_high), "{:,.0f}/day", "Option A, tier 2 harmful answers")
a_crisis = figure("a_crisis", shown(q_crisis, base_crisis), "{:,.0f}/day", "Option A, tier 3 harmful answers")
a_total = figure("a_total", a_low + a_med + a_high + a_crisis, "{:,.0f}/day", "Option A, all tiers")
a_per_m = figure("a_per_m", a_total / queries_day * 1e6, "{:,.0f} per million queries", "Option A, per million queries")

# Option B: votes plus a passage harm classifier on every tier
miss_b = 1 - clf_recall
b_high = figure("b_high", shown(q_high, base_high, miss_b), "{:,.0f}/day", "Option B, tier 2 harmful answers")
b_crisis = figure("b_crisis", shown(q_crisis, base_crisis, miss_b), "{:,.0f}/day", "Option B, tier 3 harmful answers")
b_total = figure("b_total", a_total * miss_b, "{:,.0f}/day", "Option B, all tiers")
b_per_m = figure("b_per_m", b_total / queries_day * 1e6, "{:,.0f} per million queries", "Option B, per million queries")

# Option C: allow-listed sources for tiers 2 and 3, classifier on top
c_high = figure("c_high", shown(q_high, base_allow, miss_b), "{:.1f}/day", "Option C, tier 2 harmful answers")
c_high_unanswered = figure("c_high_unanswered", q_high * (1 - allow_cover), "{:,.0f} queries/day",
                           "Option C, tier 2 questions the allow-list cannot answer")

# Option D: no retrieval for tiers 2 and 3
d_unanswered = figure("d_unanswered", q_high + q_crisis, "{:,.0f} queries/day",
                      "Option D, questions answered from reviewed cards or declined instead of from forums")

# Recommended: tier 0 = B; tier 1 = B + second pass; tier 2 = C + second pass; tier 3 = D.
# Router misses send tier 2 and tier 3 questions down the tier 1 path.
miss_judged = miss_b * (1 - judge_recall)
r_low = figure("r_low", shown(q_low, base_low, miss_b), "{:,.0f}/day", "Recommended, tier 0 harmful answers")
r_med = figure("r_med", shown(q_med, base_med, miss_judged), "{:,.0f}/day", "Recommended, tier 1 harmful answers")
r_high_routed = shown(q_high * router_high, base_allow, miss_judged)
r_high_missed = shown(q_high * (1 - router_high), base_high, miss_judged)
r_high = figure("r_high", r_high_routed + r_high_missed, "{:.1f}/day", "Recommended, tier 2 harmful answers")
r_high_missed_share = figure("r_high_missed_share", r_high_missed / (r_high_routed + r_high_missed), "{:.0%}",
                             "Share of tier 2 harm that comes from router misses")
crisis_misrouted = figure("crisis_misrouted", q_crisis * (1 - router_crisis), "{:,.0f} queries/day",
                          "Tier 3 questions the router misses")
r_crisis = figure("r_crisis", shown(crisis_misrouted, base_crisis, miss_judged), "{:.1f}/day",
                  "Recommended, tier 3 harmful answers (from misrouted questions)")
crisis_no_help = figure("crisis_no_help", crisis_misrouted * (1 - crisis_backstop), "{:,.0f} people/day",
                        "People in crisis who get an ordinary answer without crisis resources")
r_serious = figure("r_serious", r_high + r_crisis, "{:.0f}/day", "Recommended, tiers 2 and 3 together")
r_total = figure("r_total", r_low + r_med + r_high + r_crisis, "{:,.0f}/day", "Recommended, all tiers")
r_per_m = figure("r_per_m", r_total / queries_day * 1e6, "{:.0f} per million queries", "Recommended, per million queries")
serious_cut = figure("serious_cut", (a_high + a_crisis) / r_serious, "{:,.0f}x",
                     "Reduction in tier 2-3 harmful answers, option A to recommended")

# %% [markdown]
# ## 5. The recall a classifier would need, and how many examples prove it

# %%
target_high_per_m = assume("target_high_per_m", 1, "{:d} per million", "A tolerable rate of dangerous answers in tier 2",
                           "assumption")
need_miss = target_high_per_m / 1e6 / (base_high * p_use)
need_recall = figure("need_recall", 1 - need_miss, "{:.3%}", "Recall a classifier alone would need in tier 2")
# Rule of three: zero misses in n trials bounds the miss rate below 3/n at 95% confidence.
prove_n = figure("prove_n", 3 / need_miss, "{:,.0f} harmful examples",
                 "Labelled harmful passages needed to show that recall (zero misses allowed)")
prove_review_h = figure("prove_review_h", 3 / need_miss / base_high / review_per_h, "{:,.0f} reviewer-hours",
                        "Expert hours to find that many by reviewing tier 2 passages at random")

# %% [markdown]
# ## 6. False refusals
#
# The passage filter drops benign passages; an answer fails only when too few good passages
# survive, so the answer-level cost is the second-pass check and router mistakes.

# %%
passages_lost = figure("passages_lost", clf_fpr * k_passages, "{:.2f} passages",
                       "Benign passages dropped per answer on average")
judge_blocked = figure("judge_blocked", (q_med + q_high * router_high) * judge_fpr, "{:,.0f} answers/day",
                       "Benign tier 1-2 answers the second pass blocks")
router_overcall = figure("router_overcall", (q_low + q_med) * router_fpr, "{:,.0f} queries/day",
                         "Tier 0-1 questions wrongly sent to the narrow tier 2 path")

# %% [markdown]
# ## 7. Latency of the safety passes

# %%
decode_full_ms = answer_tokens / decode_tps * 1000
holdback_ms = holdback_tokens / decode_tps * 1000
pre_ms = router_ms + retrieve_ms + rerank_ms + passage_ms
figure("pre_ms", pre_ms, "{:,.0f} ms", "Router, retrieval, rerank and passage check before the model starts")
first_text_stream = figure("first_text_stream", pre_ms + ttft_ms + holdback_ms, "{:,.0f} ms",
                           "Tier 0-1: first visible text when streaming with a held-back chunk")
full_stream = figure("full_stream_s", (pre_ms + ttft_ms + decode_full_ms) / 1000, "{:.1f} s",
                     "Tier 0-1: whole answer on screen")
first_text_judged = figure("first_text_judged_s", (pre_ms + ttft_ms + decode_full_ms + judge_ms) / 1000, "{:.1f} s",
                           "Tier 2: first visible text when the whole answer is checked before display")
judge_share = figure("judge_share", judge_ms / (pre_ms + ttft_ms + decode_full_ms + judge_ms), "{:.0%}",
                     "Share of the tier 2 wait spent on the second pass")
crisis_ms = figure("crisis_ms", router_ms + card_ms, "{:,.0f} ms", "Tier 3: reviewed card on screen")

# %% [markdown]
# ## 8. Cost per query and per day

# %%
in_tokens = sys_tokens + k_passages * passage_tokens + question_tokens
figure("in_tokens", in_tokens, "{:,d} tokens", "Input tokens per answer")
gen_usd = figure("gen_usd", (in_tokens * usd_in + answer_tokens * usd_out) / 1e6, "${:.4f}", "Generation cost per answer")
passage_usd = figure("passage_usd", (k_passages * passage_tokens + question_tokens) * usd_small / 1e6, "${:.5f}",
                     "Passage check cost per answer")
judge_usd = figure("judge_usd", ((in_tokens + answer_tokens) * usd_in + judge_out_tokens * usd_out) / 1e6, "${:.4f}",
                   "Second-pass check cost per answer")
judge_vs_gen = figure("judge_vs_gen", judge_usd / gen_usd, "{:.0%}", "Second pass as a share of generation cost")
judged_q = q_med + q_high * router_high * allow_cover
figure("judged_q", judged_q, "{:,.0f} answers/day", "Answers that get the second pass")
answered_q = queries_day - q_crisis * router_crisis - q_high * router_high * (1 - allow_cover)
day_base = figure("day_base", answered_q * (gen_usd + passage_usd), "${:,.0f}/day",
                  "Generation plus passage checks per day")
day_judge = figure("day_judge", judged_q * judge_usd, "${:,.0f}/day", "Second pass per day")
judge_uplift = figure("judge_uplift", day_judge / day_base, "{:.0%}", "Second pass as a share of the daily bill")
judge_all_uplift = figure("judge_all_uplift", answered_q * judge_usd / day_base, "{:.0%}",
                          "The same check on every answer, as a share of the bill")
month_total = figure("month_total", (day_base + day_judge) * ref.DAYS_PER_MONTH_AVG / 1e6, "${:.2f} million/month",
                     "Model and check spend per month")
per_query_usd = figure("per_query_usd", (day_base + day_judge) / queries_day, "${:.4f}", "Blended cost per query")

# %% [markdown]
# ## 9. Index size

# %%
chunks = figure("chunks", posts_seen * keep_share * chunks_post / 1e6, "{:,.0f} million chunks", "Chunks in the forum index")
n_chunks = posts_seen * keep_share * chunks_post
vec_full_tb = figure("vec_full_tb", n_chunks * dim * bytes_dim / 1e12, "{:.1f} TB", "Full-precision vectors (float16)")
vec_pq_gb = figure("vec_pq_gb", n_chunks * pq_bytes / 1e9, "{:,.0f} GB", "Compressed vectors held in memory")
text_gb = figure("text_gb", n_chunks * text_bytes / 1e9, "{:,.0f} GB", "Chunk text")
meta_gb = figure("meta_gb", n_chunks * meta_bytes / 1e9, "{:,.0f} GB", "Chunk metadata")
allow_chunks = allow_docs * allow_chunks_doc
allow_gb = figure("allow_gb", allow_chunks * (dim * bytes_dim + text_bytes + meta_bytes) / 1e9, "{:.0f} GB",
                  "Tier 2 allow-list index, vectors and text together")
allow_ratio = figure("allow_ratio", n_chunks / allow_chunks, "{:,.0f}x", "Forum index over the allow-list index, in chunks")

# %% [markdown]
# ## 10. Twists
#
# ### A forum changes its licence and demands removal within 24 hours

# %%
forum_chunks = figure("forum_chunks", n_chunks * forum_share / 1e6, "{:,.0f} million chunks", "Chunks from that forum")
rebuild_h = figure("rebuild_h", n_chunks / (build_rate * builders), "{:.1f} h",
                   "Rebuild the whole forum index without them")
cited_answers = figure("cited_answers", queries_day * cite_share, "{:,.0f} answers/day", "Answers that cited that forum")
tomb_mb = figure("tomb_mb", n_chunks * forum_share / 8 / 1e6, "{:.0f} MB",
                 "A one-bit-per-chunk tombstone set for that forum's chunks")
robots_share = figure("robots_share", robots_cache_h / 24, "{:.0%}",
                      "Share of the 24 h window a compliant crawler may spend on a cached robots.txt")

# %% [markdown]
# ### An attacker seeds posts to steer answers

# %%
poison_posts = figure("poison_posts", target_qs * poison_per_q, "{:,d} posts", "Posts to plant for every target question")
poison_exposed = figure("poison_exposed", q_med * target_share * poison_asr, "{:,.0f} answers/day",
                        "Steered answers a day if nothing stops the planted posts")
fresh_lost = figure("fresh_lost", (q_med + q_high) * fresh_need, "{:,.0f} queries/day",
                    "Tier 1-2 questions that lose their freshest sources to the quarantine")

# %% [markdown]
# ### A user in crisis asks

# %%
crisis_caught = figure("crisis_caught", crisis_misrouted * crisis_backstop, "{:,.0f} people/day",
                       "Misrouted crisis turns the output-side check still catches")
crisis_peak_h = figure("crisis_peak_h", q_crisis / 24 * peak_ratio, "{:,.0f} per hour", "Tier 3 questions in the peak hour")
crisis_miss_year = figure("crisis_miss_year", crisis_no_help * 365, "{:,.0f} people/year",
                          "People a year who get no crisis resources, at these rates")

# %% [markdown]
# ### Legal asks for citations on every claim

# %%
all_supported = figure("all_supported", claim_support ** claims, "{:.0%}", "Answers whose every claim is supported")
needs_fix = figure("needs_fix", 1 - claim_support ** claims, "{:.0%}", "Answers with at least one unsupported claim")
kept_claims = figure("kept_claims", claims * claim_support, "{:.1f} claims", "Claims left after dropping unsupported ones")
nli_usd = figure("nli_usd", claims * (passage_tokens + claim_tokens) * usd_small / 1e6, "${:.6f}",
                 "Claim check cost per answer")
nli_day = figure("nli_day", answered_q * claims * (passage_tokens + claim_tokens) * usd_small / 1e6, "${:,.0f}/day",
                 "Claim checks per day")
cited_first_s = figure("cited_first_s", (pre_ms + ttft_ms + decode_full_ms + nli_ms) / 1000, "{:.1f} s",
                       "First text when every claim is checked before display")

# %% [markdown]
# ## 11. Measuring the guardrail metric
#
# A random sample cannot see a rate of a few per million: the expected count in the sample
# is tiny. Risk-weighted sampling (every flagged answer, plus a random slice) is the way out.

# %%
r_high_rate = (r_high_routed + r_high_missed) / q_high
high_rate_pm = figure("high_rate_pm", r_high_rate * 1e6, "{:.0f} per million", "Tier 2 harmful answers per million tier 2 queries")
random_needed = figure("random_needed", 10 / r_high_rate, "{:,.0f} answers",
                       "Random tier 2 answers to review to expect 10 harmful ones")
reviewers = figure("reviewers", review_sample / (review_per_h * review_h_day), "{:.0f} reviewers",
                   "Reviewers for the daily risk-weighted sample")

# %% [markdown]
# ## 12. Chart: harmful answers per million queries against classifier recall
#
# Two base rates: the blended rate over all traffic, and the tier 2 rate. The x axis is
# the classifier's miss rate on a log scale, labelled as recall.

# %%
from estimates.charts import SERIES, new_chart, show  # noqa: E402

misses = [10 ** (-5 + i * 0.02) for i in range(0, 201)]  # miss rate 1e-5 .. 1e-1 (recall 99.999% .. 90%)
fig, ax = new_chart()
for base, label, colour in ((base_blend, f"all traffic, {base_blend:.2%} harmful", SERIES[0]),
                            (base_high, f"tier 2 topics, {base_high:.0%} harmful", SERIES[1])):
    ax.plot(misses, [base * p_use * m * 1e6 for m in misses], label=label, color=colour)
ax.set_xscale("log")
ax.set_yscale("log")
ax.invert_xaxis()
ticks = [0.1, 0.01, 1 - src_accuracy, 0.001, 0.0001, 0.00001]


def _pct(r):
    text = f"{r * 100:.3f}".rstrip("0").rstrip(".")
    return text + "%"


ax.set_xticks(ticks)
ax.set_xticks([], minor=True)
ax.set_xticklabels([_pct(1 - t) for t in ticks], fontsize=9)
ax.axvline(1 - src_accuracy, color=SERIES[2], linestyle=":", linewidth=1.3, label="the source's 99.5%")
ax.axhline(target_high_per_m, color=SERIES[3], linestyle="--", linewidth=1.3, label=f"{target_high_per_m} per million")
ax.set_xlabel("classifier recall on harmful passages (log scale of misses)")
ax.set_ylabel("harmful answers per million queries")
ax.set_title(f"{p_use:.0%} of missed harmful passages reach the answer")
ax.legend(frameon=False, fontsize=9)
show(fig, alt="Log-log line chart: harmful answers per million queries fall in proportion to the classifier's miss rate; "
              "at the source's 99.5 percent recall the tier 2 line sits near 100 per million and the all-traffic line "
              "near 20, and only around 99.995 percent recall does the tier 2 line reach 1 per million.")
