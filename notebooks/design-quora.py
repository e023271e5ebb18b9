# %% [markdown]
# # Design Quora: the estimates
#
# Every number the walkthrough quotes is computed here. Inputs first, each declared once with
# `assume`; then the sections:
#
# 1. Inputs
# 2. Traffic and the read/write ratio (three ways to count writes)
# 3. Storage
# 4. Logged-out readers: the CDN, a TTL-cache model over a Zipf corpus, and crawlers
# 5. Counters: votes and views
# 6. Answer ranking: the Wilson lower bound, time decay, author credibility (and the first chart)
# 7. Duplicate questions: embeddings, the ANN index, thresholds and the merge queue
# 8. Search: the inverted index and the semantic side
# 9. Home feed and notifications
# 10. Moderation and spam
# 11. The MVP, and what breaks at 10x, 100x, 1000x
# 12. The AI angle: an answer written from existing answers, cost per answered question
#     (and the second chart), AI-written answers, the incentive problem, training licences

# %% [markdown]
# ## 1. Inputs
#
# No source gives traffic for this problem; the Educative outline only lists "Design Quora" as
# a chapter. Every input below is this walkthrough's assumption or a design choice, except the
# GPU and model constants (from the reference module) and the detector error rates that
# OpenAI published for its own withdrawn classifier.

# %%
import math
from statistics import NormalDist

from estimates import assume, assumptions_table, figure, restate
from estimates import llm
from estimates import reference as ref
from estimates.charts import SERIES, new_chart, show

H100 = ref.GPUS["h100-sxm"]
L8 = ref.MODELS["llama-3.1-8b"]
L70 = ref.MODELS["llama-3.1-70b"]
DAY = ref.SECONDS_PER_DAY


# Traffic at the design point (100x the launch)
page_views_day = assume("page_views_day", 1.5e9, "{:,.0f}", "Question-page views per day", "assumption")
logged_out_share = assume("logged_out_share", 0.65, "{:.0%}", "Share of page views by logged-out readers (mostly arriving from search engines)", "assumption")
dau = assume("dau", 40e6, "{:,.0f}", "Logged-in daily users", "assumption")
feed_opens_per_dau = assume("feed_opens_per_dau", 4, "{:d}", "Home-feed opens per logged-in user per day", "assumption")
searches_per_dau = assume("searches_per_dau", 1.0, "{:.1f}", "On-site searches per logged-in user per day", "assumption")
lo_search_share = assume("lo_search_share", 0.02, "{:.0%}", "Logged-out page views followed by an on-site search", "assumption")
peak_factor = assume("peak_factor", 2.5, "{:.1f}x", "Peak-hour rate over the daily mean (a global audience flattens the peak)", "assumption")
questions_day = assume("questions_day", 1.0e6, "{:,.0f}", "New questions per day", "assumption")
answers_day = assume("answers_day", 3.0e6, "{:,.0f}", "New answers per day", "assumption")
comments_day = assume("comments_day", 6.0e6, "{:,.0f}", "New comments per day", "assumption")
votes_day = assume("votes_day", 60e6, "{:,.0f}", "Votes (up and down) per day", "assumption")
follows_day = assume("follows_day", 8e6, "{:,.0f}", "Follows of questions, topics and people per day", "assumption")
edits_day = assume("edits_day", 1.0e6, "{:,.0f}", "Edits of questions and answers per day", "assumption")
answers_rendered = assume("answers_rendered", 4, "{:d}", "Answers rendered per page view (their view counters tick)", "design choice")
upvote_share = assume("upvote_share", 0.85, "{:.0%}", "Share of votes that are upvotes", "assumption")

# Corpus and storage
questions_total = assume("questions_total", 500e6, "{:,.0f}", "Questions in the corpus at the design point", "assumption")
answers_total = assume("answers_total", 1.5e9, "{:,.0f}", "Answers in the corpus at the design point", "assumption")
question_b = assume("question_b", 1_000, "{:,d} B", "One question: title, details, metadata", "assumption")
answer_b = assume("answer_b", 4_000, "{:,d} B", "One answer: formatted text and metadata (images stored elsewhere)", "assumption")
comment_b = assume("comment_b", 500, "{:,d} B", "One comment", "assumption")
edge_b = assume("edge_b", 64, "{:d} B", "One vote or follow row with its indexes", "assumption")
store_replicas = assume("store_replicas", 3, "{:d}", "Copies of each durable row", "design choice")

# Logged-out serving
zipf_s = assume("zipf_s", 0.9, "{:.1f}", "Zipf exponent of question-page popularity", "assumption")
ttl_short_s = assume("ttl_short_s", 600, "{:,d} s", "Cache lifetime of a logged-out page without purge-on-change", "design choice")
ttl_long_s = assume("ttl_long_s", 86_400, "{:,d} s", "Cache lifetime with purge-on-change (a day)", "design choice")
render_ms = assume("render_ms", 40, "{:d} ms", "CPU time to render one question page at the origin", "assumption")
crawl_day = assume("crawl_day", 150e6, "{:,.0f}", "Page fetches per day by all crawlers together (search and AI)", "assumption")
html_kb = assume("html_kb", 20, "{:d} KB", "A pre-rendered logged-out page, compressed", "assumption")
core_util = assume("core_util", 0.6, "{:.0%}", "Target CPU utilisation of the render fleet", "design choice")

# Counters
viral_views_s = assume("viral_views_s", 3_000, "{:,d} views/s", "Views per second of one question that goes viral", "assumption")
app_servers = assume("app_servers", 300, "{:d}", "Web/API servers that batch counter increments", "assumption")
flush_s = assume("flush_s", 5, "{:d} s", "Counter batch flush interval", "design choice")

# Answer ranking
conf = assume("confidence", 0.95, "{:.0%}", "Two-sided confidence level of the Wilson interval", "design choice")
half_life_evergreen = assume("half_life_evergreen", 730, "{:d} days", "Vote half-life for evergreen topics", "design choice")
half_life_news = assume("half_life_news", 14, "{:d} days", "Vote half-life for time-sensitive topics", "design choice")
prior_votes = assume("prior_votes", 4, "{:d}", "Pseudo-votes added from the author's topic credibility", "design choice")
new_voter_weight = assume("new_voter_weight", 0.2, "{:.1f}", "Weight of a vote from an account under 7 days old or with no history", "design choice")

# Duplicate questions
dup_share = assume("dup_share", 0.30, "{:.0%}", "Share of new questions that duplicate an existing one", "assumption")
typing_queries = assume("typing_queries", 4, "{:d}", "Debounced similar-question lookups while one question is typed", "design choice")
emb_dim = assume("emb_dim", 384, "{:d}", "Embedding dimensions kept in the index", "design choice")
hnsw_links = assume("hnsw_links", 64, "{:d}", "Neighbour ids per vector in the bottom HNSW layer (2 x M, M = 32)", "design choice")
shard_gb = assume("shard_gb", 64, "{:d} GB", "Index memory per ANN shard", "design choice")
ann_qps = assume("ann_qps", 1_500, "{:,d} queries/s", "Queries one ANN shard replica serves within 20 ms", "assumption")
enc_params_b = assume("enc_params_b", 0.3, "{:.1f} billion parameters", "Text-embedding encoder size", "assumption")
q_tokens = assume("q_tokens", 30, "{:d} tokens", "Tokens in a question title", "assumption")
recall_interstitial = assume("recall_interstitial", 0.55, "{:.0%}", "Share of true duplicates scoring above the interstitial threshold", "assumption")
precision_interstitial = assume("precision_interstitial", 0.85, "{:.0%}", "Share of interstitials that point at a true duplicate", "assumption")
recall_merge = assume("recall_merge", 0.40, "{:.0%}", "Share of true duplicates the pair classifier proposes for merging", "assumption")
precision_merge = assume("precision_merge", 0.97, "{:.0%}", "Share of merge proposals that are true duplicates", "assumption")
review_s = assume("review_s", 20, "{:d} s", "Human time to confirm or reject one merge proposal", "assumption")

# Search
q_terms = assume("q_terms", 12, "{:d}", "Distinct terms per question", "assumption")
a_terms = assume("a_terms", 150, "{:d}", "Distinct terms per answer", "assumption")
posting_b = assume("posting_b", 3, "{:d} B", "One compressed posting with positions", "assumption")
search_shard_gb = assume("search_shard_gb", 50, "{:d} GB", "Inverted-index shard size", "design choice")
search_replica_qps = assume("search_replica_qps", 400, "{:d} queries/s", "Queries one search shard replica serves", "assumption")

# Feed and notifications
q_followers = assume("q_followers", 6, "{:d}", "Mean followers of a question (asker included)", "assumption")
topic_max = assume("topic_max", 50e6, "{:,.0f}", "Followers of the largest topic", "assumption")
digest_users = assume("digest_users", 25e6, "{:,.0f}", "Users sent a daily digest email", "assumption")
tz_share = assume("tz_share", 0.25, "{:.0%}", "Share of digest users in the busiest one-hour send window", "assumption")
push_cap = assume("push_cap", 3, "{:d} per day", "Push notifications per user per day, at most", "design choice")
top_writer_up = assume("top_writer_up", 5_000, "{:,d} upvotes/day", "Upvotes a top writer's answers receive per day", "assumption")
rollup_h = assume("rollup_h", 4, "{:d} h", "Roll-up window for vote notifications", "design choice")

# Moderation
item_tokens = assume("item_tokens", 300, "{:d} tokens", "Tokens per new item the moderation model reads (mean, answers truncated)", "assumption")
flag_rate = assume("flag_rate", 0.01, "{:.0%}", "Share of new items sent to human review", "assumption")
mod_review_s = assume("mod_review_s", 45, "{:d} s", "Human time per moderation review", "assumption")

# The MVP
mvp_scale = assume("mvp_scale", 0.01, "{:.0%}", "Launch scale as a share of the design point", "assumption")
pg_writes = assume("pg_writes", 3_000, "{:,d} writes/s", "Sustained writes one relational primary handles (planning budget)", "assumption")

# The AI angle
usd_gpu_h = assume("usd_per_gpu_hour", 3.00, "${:.2f} per GPU-hour", "H100 price (an assumption, not a quote)", "assumption")
restate("h100_bf16_dense", "H100_SXM_BF16_DENSE_TFLOPS", "{:,.1f} TFLOP/s", "H100 SXM dense BF16 peak (datasheet's sparse figure / 2)")
restate("h100_hbm_tbps", "H100_SXM_HBM_TBPS", "{:.2f} TB/s", "H100 SXM memory bandwidth")
restate("l70_layers", "LLAMA31_70B_LAYERS", "{:.0f}", "Llama 3.1 70B layers")
restate("l70_heads", "LLAMA31_70B_HEADS", "{:.0f}", "Llama 3.1 70B query heads")
restate("l70_kv_heads", "LLAMA31_70B_KV_HEADS", "{:.0f}", "Llama 3.1 70B KV heads (GQA)")
restate("l70_head_dim", "LLAMA31_70B_HEAD_DIM", "{:.0f}", "Llama 3.1 70B head dimension")
chars_tok = restate("chars_per_token", "CHARS_PER_TOKEN_EN", "{:.0f} characters", "Characters per token, English")
mfu = assume("mfu", 0.4, "{:.0%}", "Share of dense peak sustained in prefill (MFU)", "assumption")
bw_eff = assume("bw_eff", 0.7, "{:.0%}", "Share of peak HBM bandwidth sustained in decode", "assumption")
gpu_util = assume("gpu_util", 0.6, "{:.0%}", "Average utilisation of an LLM fleet sized for peak", "assumption")
tp70 = int(assume("tp70", 8, "{:d} GPUs", "Tensor-parallel degree of a 70B replica", "design choice"))
decode_batch = int(assume("decode_batch", 32, "{:d} sequences", "Sequences decoding together on one replica", "assumption"))
k_answers = assume("k_answers", 8, "{:d}", "Human answers placed in the prompt", "design choice")
ans_tok = assume("ans_tok", 350, "{:d} tokens", "Tokens per answer in the prompt (truncated)", "design choice")
instr_tok = assume("instr_tok", 400, "{:d} tokens", "Instructions, citation format and the question", "design choice")
out_tok = assume("out_tok", 300, "{:d} tokens", "Length of the written answer", "design choice")
eligible_share = assume("eligible_share", 0.6, "{:.0%}", "New questions that reach two human answers (eligible for an AI answer)", "assumption")
regen_share = assume("regen_share", 0.3, "{:.0%}", "New answers and edits that change the top answers enough to regenerate", "assumption")
backfill_q = assume("backfill_q", 50e6, "{:,.0f}", "Most-viewed existing questions given an AI answer at launch", "design choice")
deflect = assume("deflect", 0.35, "{:.0%}", "Askers who take an instant AI draft and do not post", "interviewer twist")
ai_answer_share = assume("ai_answer_share", 0.20, "{:.0%}", "Share of new answers written by a model", "interviewer twist")
det_tpr = assume("det_tpr", 0.26, "{:.0%}", "Detector: share of AI-written text flagged", "OpenAI blog, New AI classifier for indicating AI-written text (2023; withdrawn July 2023)")
det_fpr = assume("det_fpr", 0.09, "{:.0%}", "Detector: share of human text wrongly flagged", "OpenAI blog, New AI classifier for indicating AI-written text (2023; withdrawn July 2023)")
text_share = assume("text_share", 0.75, "{:.0%}", "Share of an answer's stored bytes that is prose", "assumption")
assumptions_table()

# %% [markdown]
# ## 2. Traffic and the read/write ratio

# %%
pv_s = page_views_day / DAY
pv_peak = figure("pv_peak", pv_s * peak_factor, "{:,.0f} views/s", "Question-page views per second at peak")
lo_peak = figure("lo_peak", pv_s * peak_factor * logged_out_share, "{:,.0f} views/s", "Logged-out page views per second at peak")
li_peak = figure("li_peak", pv_s * peak_factor * (1 - logged_out_share), "{:,.0f} views/s", "Logged-in page views per second at peak")
feed_day = dau * feed_opens_per_dau
feed_peak = figure("feed_peak", feed_day / DAY * peak_factor, "{:,.0f} opens/s", "Feed opens per second at peak")
search_day = dau * searches_per_dau + page_views_day * logged_out_share * lo_search_share
figure("search_day", search_day / 1e6, "{:,.0f} million/day", "On-site searches per day")
search_peak = figure("search_peak", search_day / DAY * peak_factor, "{:,.0f} queries/s", "Searches per second at peak")
reads_day = page_views_day + feed_day + search_day
figure("reads_day", reads_day / 1e9, "{:.2f} billion/day", "Reads per day (page views, feed opens, searches)")

content_day = questions_day + answers_day + comments_day
figure("content_day", content_day / 1e6, "{:.0f} million/day", "Content writes per day (questions, answers, comments)")
all_writes_day = content_day + votes_day + follows_day + edits_day
figure("all_writes_day", all_writes_day / 1e6, "{:.0f} million/day", "All user writes per day (content, votes, follows, edits)")
views_inc_day = page_views_day * answers_rendered
figure("view_inc_day", views_inc_day / 1e9, "{:.0f} billion/day", "View-counter increments per day")
figure("rw_content", reads_day / content_day, "{:,.0f}:1", "Reads per content write")
figure("rw_all", reads_day / all_writes_day, "{:.0f}:1", "Reads per user write of any kind")
figure("rw_counters", reads_day / (all_writes_day + views_inc_day), "{:.2f}:1", "Reads per write once view counters are counted as writes")
figure("votes_share_writes", votes_day / all_writes_day, "{:.0%}", "Votes as a share of user writes")
votes_peak = figure("votes_peak", votes_day / DAY * peak_factor, "{:,.0f} votes/s", "Votes per second at peak")
figure("answers_peak", answers_day / DAY * peak_factor, "{:,.0f} answers/s", "Answers per second at peak")
q_peak = figure("questions_peak", questions_day / DAY * peak_factor, "{:,.0f} questions/s", "Questions per second at peak")
figure("content_peak", content_day / DAY * peak_factor, "{:,.0f} writes/s", "Content writes per second at peak")
writes_peak = figure("writes_peak", all_writes_day / DAY * peak_factor, "{:,.0f} writes/s", "User writes per second at peak")
view_inc_peak = figure("view_inc_peak", views_inc_day / DAY * peak_factor, "{:,.0f} increments/s", "View-counter increments per second at peak")
figure("answers_per_q", answers_total / questions_total, "{:.0f}", "Answers per question in the corpus (mean)")

# %% [markdown]
# ## 3. Storage

# %%
content_b_year = (questions_day * question_b + answers_day * answer_b + comments_day * comment_b) * 365
figure("content_tb_year", content_b_year * store_replicas / 1e12, "{:.0f} TB", "Text content added per year, with replicas")
edges_b_year = (votes_day + follows_day) * edge_b * 365
figure("edges_tb_year", edges_b_year * store_replicas / 1e12, "{:.1f} TB", "Vote and follow rows added per year, with replicas")
corpus_b = questions_total * question_b + answers_total * answer_b
figure("corpus_tb", corpus_b / 1e12, "{:.1f} TB", "The whole question and answer corpus, one copy")
figure("corpus_tb_rep", corpus_b * store_replicas / 1e12, "{:.0f} TB", "The corpus with replicas")

# %% [markdown]
# ## 4. Logged-out readers, the CDN and crawlers
#
# Model: page i (1..N, by popularity) gets requests at rate lambda_i = R x i^-s / H_N, where
# H_N = sum of i^-s. A cache that keeps a page for a fixed time T after each miss (Poisson
# arrivals) serves lambda T hits per miss, so its hit ratio on that page is
# lambda T / (1 + lambda T). The request-weighted average over pages is the tier's hit
# ratio; the unweighted average is what a crawler sees, since it visits pages evenly.
# Sums are integrals over log-spaced buckets (fast, and exact enough).

# %%
_BUCKETS = {}


def zipf_buckets(n, s, pts=1500):
    """Log-spaced buckets (i_mid, count) covering ranks 1..n, plus the normaliser H_n."""
    if (n, s) in _BUCKETS:
        return _BUCKETS[(n, s)]
    edges = [1.0] + [n ** (k / pts) for k in range(1, pts + 1)]
    buckets = []
    h = 0.0
    for a, b in zip(edges[:-1], edges[1:]):
        cnt = b - a if b > a else 0.0
        if cnt <= 0:
            continue
        mid = math.sqrt(a * b)
        buckets.append((mid, cnt))
        h += cnt * mid ** (-s)
    _BUCKETS[(n, s)] = (buckets, h)
    return buckets, h


def hit_ratios(rate, n, s, ttl):
    """(request-weighted hit ratio, page-weighted hit ratio) of a TTL cache."""
    buckets, h = zipf_buckets(n, s)
    num = 0.0
    pages = 0.0
    for mid, cnt in buckets:
        lam = rate * mid ** (-s) / h
        p = lam * ttl / (1 + lam * ttl)
        num += cnt * lam * p
        pages += cnt * p
    return num / rate, pages / n


lo_mean = pv_s * logged_out_share
hit_short, crawl_hit_short = hit_ratios(lo_mean, questions_total, zipf_s, ttl_short_s)
hit_long, crawl_hit_long = hit_ratios(lo_mean, questions_total, zipf_s, ttl_long_s)
figure("hit_short", hit_short, "{:.0%}", "Shield hit ratio for logged-out views, 10-minute TTL (daily mean)")
figure("hit_long", hit_long, "{:.0%}", "Shield hit ratio with purge-on-change and a one-day TTL")
figure("crawl_hit_short", crawl_hit_short, "{:.1%}", "Share of crawler fetches that hit the cache, 10-minute TTL")
figure("crawl_hit_long", crawl_hit_long, "{:.0%}", "Share of crawler fetches that hit the cache, one-day TTL")
_buckets, _h = zipf_buckets(questions_total, zipf_s)
top1m = sum(cnt * mid ** (-zipf_s) for mid, cnt in _buckets if mid <= 1e6) / _h
figure("top1m_share", top1m, "{:.0%}", "Share of views that go to the 1 million most-viewed questions")

human_miss_short = lo_mean * (1 - hit_short)
human_miss_long = lo_mean * (1 - hit_long)
crawl_s = crawl_day / DAY
crawl_miss_short = crawl_s * (1 - crawl_hit_short)
crawl_miss_long = crawl_s * (1 - crawl_hit_long)
figure("crawl_s", crawl_s, "{:,.0f} fetches/s", "Crawler fetches per second (flat through the day)")
figure("origin_short", human_miss_short + crawl_miss_short, "{:,.0f} renders/s", "Origin renders per second, 10-minute TTL (daily mean)")
figure("origin_long", human_miss_long + crawl_miss_long, "{:,.0f} renders/s", "Origin renders per second, one-day TTL with purges (daily mean)")
figure("crawl_origin_share_short", crawl_miss_short / (human_miss_short + crawl_miss_short), "{:.0%}", "Crawlers' share of origin renders, 10-minute TTL")
figure("crawl_origin_share_long", crawl_miss_long / (human_miss_long + crawl_miss_long), "{:.0%}", "Crawlers' share of origin renders, one-day TTL")
figure("crawl_vs_lo", crawl_s / lo_mean, "{:.0%}", "Crawler fetches as a share of logged-out human views")
lo_renders_if_uncached = lo_mean * peak_factor
figure("cores_uncached", lo_renders_if_uncached * render_ms / 1e3 / core_util, "{:,.0f} cores", "Render cores at peak if no logged-out view were cached")
peak_origin_long = human_miss_long * peak_factor + crawl_miss_long
figure("cores_long", peak_origin_long * render_ms / 1e3 / core_util, "{:,.0f} cores", "Render cores at peak with the one-day TTL")
li_render_cores = li_peak * render_ms / 1e3 / core_util
figure("cores_logged_in", li_render_cores, "{:,.0f} cores", "Render cores at peak for logged-in pages (personalised, not shared-cached)")

purges_day = answers_day + edits_day + questions_day * 0.02
figure("purges_s", purges_day / DAY, "{:,.0f} purges/s", "Cache purges per second (new answers, edits, moderation)")
prerender_s = (answers_day + edits_day + questions_day) / DAY
figure("prerender_s", prerender_s, "{:,.0f} renders/s", "Pre-renders per second if pages are rendered on change, not on read")
figure("snapshot_tb", questions_total * html_kb * 1e3 / 1e12, "{:.0f} TB", "Pre-rendered logged-out pages for the whole corpus")

ttls = [60 * 2 ** (k / 4) for k in range(0, 53)]
fig, ax = new_chart()
curve = [hit_ratios(lo_mean, questions_total, zipf_s, t) for t in ttls]
ax.plot([t / 3600 for t in ttls], [c[0] * 100 for c in curve], color=SERIES[0], label="logged-out humans (request-weighted)")
ax.plot([t / 3600 for t in ttls], [c[1] * 100 for c in curve], color=SERIES[1], label="crawlers (page-weighted)")
ax.set_xscale("log")
ax.set_xlabel("cache lifetime of a logged-out page (hours, log scale)")
ax.set_ylabel("hit ratio at the shield (%)")
ax.set_ylim(0, 100)
ax.set_title("Who the cache helps: readers of popular pages, not crawlers")
ax.legend(frameon=False, fontsize=9)
show(fig, alt="Line chart of cache hit ratio against cache lifetime on a log scale from one minute to about six days: "
              "the hit ratio for logged-out human readers climbs from under a third at one minute to about four fifths "
              "at a day, while the hit ratio for crawlers, which visit pages evenly, stays under five percent up to an "
              "hour and reaches only about a third at a day.")

# %% [markdown]
# ## 5. Counters: votes and views
#
# Views of cached pages never reach the origin, so they are counted from a beacon (or the CDN
# log stream). Increments are batched per server before they touch a counter row.

# %%
figure("viral_inc_s", viral_views_s * answers_rendered, "{:,.0f} increments/s", "Counter increments per second on a viral question's answers")
figure("batched_writes", app_servers / flush_s, "{:.0f} writes/s", "Most writes one counter row sees with per-server batching")
figure("beacon_peak", lo_peak, "{:,.0f} beacons/s", "View beacons per second at peak from cached logged-out pages")
figure("batch_cut", viral_views_s * answers_rendered / (app_servers / flush_s), "{:.0f}x", "Reduction in writes to a viral answer's counter row from batching")

# %% [markdown]
# ## 6. Answer ranking
#
# Wilson score interval, lower bound, for u positive of n votes at confidence 1 - alpha:
#
#     p = u / n,  z = Phi^-1(1 - alpha/2)
#     lower = (p + z^2/(2n) - z sqrt(p(1-p)/n + z^2/(4n^2))) / (1 + z^2/n)
#
# Time decay: each vote counts 2^(-age/H). Credibility: add `prior_votes` pseudo-votes split
# c : (1 - c) by the author's topic credibility c. Voter weight: votes from new accounts count
# `new_voter_weight`. Decayed sums are stored against a fixed epoch t0 and rescaled at read:
# U(t) = U_stored x 2^(-(t - t0)/H), which scales up and down votes alike.

# %%
z = NormalDist().inv_cdf(1 - (1 - conf) / 2)
figure("z", z, "{:.2f}", "z for the chosen confidence")


def wilson_lb(u, n):
    if n <= 0:
        return 0.0
    p = u / n
    return (p + z * z / (2 * n) - z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))) / (1 + z * z / n)


# The two classic pairs that break "net votes" and "share positive"
figure("lb_2_0", wilson_lb(2, 2), "{:.2f}", "Wilson lower bound, 2 up and 0 down")
figure("lb_100_1", wilson_lb(100, 101), "{:.2f}", "Wilson lower bound, 100 up and 1 down")
figure("lb_600_400", wilson_lb(600, 1000), "{:.3f}", "Wilson lower bound, 600 up and 400 down")
figure("lb_5500_4500", wilson_lb(5500, 10000), "{:.3f}", "Wilson lower bound, 5,500 up and 4,500 down")
figure("lb_1_0", wilson_lb(1, 1), "{:.2f}", "Wilson lower bound, 1 up and 0 down")

# Four answers to one evergreen question
answers = {
    "a": dict(up=40, down=2, age=900, cred=0.60),
    "b": dict(up=6, down=0, age=3, cred=0.90),
    "c": dict(up=250, down=110, age=400, cred=0.50),
    "d": dict(up=1, down=0, age=1, cred=0.50),
}
for k, a in answers.items():
    figure(f"ans_{k}_up", a["up"], "{:d}", f"Answer {k.upper()}: upvotes")
    figure(f"ans_{k}_down", a["down"], "{:d}", f"Answer {k.upper()}: downvotes")
    figure(f"ans_{k}_age", a["age"], "{:,d} days", f"Answer {k.upper()}: age")
    figure(f"ans_{k}_cred", a["cred"], "{:.2f}", f"Answer {k.upper()}: author topic credibility")
    a["net"] = a["up"] - a["down"]
    a["share"] = a["up"] / (a["up"] + a["down"])
    a["lb"] = wilson_lb(a["up"], a["up"] + a["down"])
    # Votes assumed spread evenly over the answer's life: mean decay factor over the age
    hl = half_life_evergreen
    decay = (1 - 2 ** (-a["age"] / hl)) / (a["age"] / hl * math.log(2)) if a["age"] > 0 else 1.0
    u = a["up"] * decay + prior_votes * a["cred"]
    d = a["down"] * decay + prior_votes * (1 - a["cred"])
    a["lb_full"] = wilson_lb(u, u + d)
    figure(f"ans_{k}_net", a["net"], "{:d}", f"Answer {k.upper()}: net votes")
    figure(f"ans_{k}_share", a["share"], "{:.0%}", f"Answer {k.upper()}: share positive")
    figure(f"ans_{k}_lb", a["lb"], "{:.2f}", f"Answer {k.upper()}: Wilson lower bound")
    figure(f"ans_{k}_lbfull", a["lb_full"], "{:.2f}", f"Answer {k.upper()}: Wilson lower bound with decay and credibility prior")


def order(key):
    return "".join(k.upper() for k, _ in sorted(answers.items(), key=lambda kv: -kv[1][key]))


figure("order_net", order("net"), "{}", "Order by net votes")
figure("order_share", order("share"), "{}", "Order by share positive")
figure("order_lb", order("lb"), "{}", "Order by Wilson lower bound")
figure("order_full", order("lb_full"), "{}", "Order by Wilson lower bound with decay and credibility")

# Time-sensitive topic: the same answer C, but a 14-day half-life
hl = half_life_news
a = answers["c"]
decay_news = (1 - 2 ** (-a["age"] / hl)) / (a["age"] / hl * math.log(2))
figure("c_news_eff_votes", (a["up"] + a["down"]) * decay_news, "{:.0f}", "Answer C's effective votes under a 14-day half-life")
figure("overflow_years", 1023 * half_life_news / 365.25, "{:.0f} years", "Years before the 14-day-half-life epoch factor overflows a float64 (rebase well before)")

# Vote ring
ring = 30
figure("ring_votes", ring, "{:d}", "Upvotes from a ring of new accounts")
figure("ring_effective", ring * new_voter_weight, "{:.0f}", "Their effective weight")
figure("ring_lb_raw", wilson_lb(ring, ring), "{:.2f}", "Wilson lower bound of a spam answer with the ring's votes at full weight")
figure("ring_lb_weighted", wilson_lb(ring * new_voter_weight + prior_votes * 0.2, ring * new_voter_weight + prior_votes), "{:.2f}", "The same with new-account weight and a low-credibility prior")

figure("score_updates_peak", votes_peak, "{:,.0f} updates/s", "Answer score updates per second at peak (one per vote)")

ns = list(range(1, 501))
fig, ax = new_chart()
for i, p in enumerate((1.0, 0.9, 0.7)):
    ax.plot(ns, [wilson_lb(p * n, n) for n in ns], color=SERIES[i], label=f"{p:.0%} of votes positive")
ax.set_xscale("log")
ax.set_xlabel("votes on the answer (log scale)")
ax.set_ylabel("Wilson lower bound (95%)")
ax.set_ylim(0, 1)
ax.set_title("The lower bound rewards evidence, not just a high share")
ax.legend(frameon=False, fontsize=9)
show(fig, alt="Line chart of the 95 percent Wilson lower bound against the number of votes on a log scale, for answers "
              "with 100, 90 and 70 percent positive votes: each curve starts low with few votes and rises towards its "
              "share as votes accumulate, so an answer with one upvote scores far below one with a hundred.")

# %% [markdown]
# ## 7. Duplicate questions

# %%
ask_lookups_day = questions_day * (typing_queries + 1)
figure("ask_lookups_peak", ask_lookups_day / DAY * peak_factor, "{:,.0f} queries/s", "Similar-question lookups per second at peak while asking")
sem_search_peak = search_peak
ann_peak = ask_lookups_day / DAY * peak_factor + sem_search_peak
figure("ann_peak", ann_peak, "{:,.0f} queries/s", "ANN queries per second at peak (asking plus semantic search)")
vec_b = emb_dim * 1 + hnsw_links * 4
ann_b = questions_total * vec_b
figure("vec_b", vec_b, "{:d} B", "Bytes per question in the index (int8 vector plus graph links)")
figure("ann_gb", ann_b / 1e9, "{:.0f} GB", "ANN index over every question")
figure("ann_f32_gb", questions_total * emb_dim * 4 / 1e9, "{:.0f} GB", "The same vectors in float32, without the graph")
ann_shards = math.ceil(ann_b / (shard_gb * 1e9))
figure("ann_shards", ann_shards, "{:d} shards", "ANN shards by memory")
ann_repl = math.ceil(ann_peak / ann_qps) + 1
figure("ann_replicas", ann_repl, "{:d} replicas", "Replicas per shard at peak (every query visits every shard), plus one spare")
figure("ann_nodes", ann_shards * ann_repl, "{:d} nodes", "ANN nodes in all")
emb_flops_day = (questions_day * (typing_queries + 1) + search_day) * q_tokens * 2 * enc_params_b * 1e9
figure("emb_gpus", emb_flops_day / (H100.bf16_dense_flops * mfu * DAY), "{:.2f} GPUs", "H100s (daily mean) to embed every question, typed draft and search query")
backfill_flops = questions_total * q_tokens * 2 * enc_params_b * 1e9
figure("emb_backfill_gpu_h", backfill_flops / (H100.bf16_dense_flops * mfu) / 3600, "{:.1f} GPU-hours", "GPU-hours to embed the whole corpus once (re-embedding on a model change)")

dups_day = questions_day * dup_share
figure("dups_day", dups_day / 1e3, "{:,.0f} thousand", "Duplicate questions submitted per day")
inter_true = dups_day * recall_interstitial
inter_shown = inter_true / precision_interstitial
figure("inter_shown", inter_shown / 1e3, "{:,.0f} thousand", "Askers shown 'this may already be answered'")
figure("inter_wrong", (inter_shown - inter_true) / 1e3, "{:,.0f} thousand", "Of them, shown a question that is not the same")
posted_dups = dups_day * (1 - recall_interstitial)
figure("posted_dups", posted_dups / 1e3, "{:,.0f} thousand", "Duplicates posted anyway (missed by the interstitial), upper bound")
merge_true = posted_dups * recall_merge
merge_props = merge_true / precision_merge
figure("merge_props", merge_props / 1e3, "{:,.0f} thousand", "Merge proposals per day from the pair classifier")
wrong_merges = merge_props - merge_true
figure("wrong_merges", wrong_merges / 1e3, "{:,.1f} thousand", "Wrong merges per day if proposals were applied automatically")
figure("review_h", merge_props * review_s / 3600, "{:,.0f} reviewer-hours/day", "Human time to confirm every proposal")
figure("review_fte", merge_props * review_s / 3600 / 6, "{:,.0f} people", "People at 6 productive hours a day")

# %% [markdown]
# ## 8. Search

# %%
postings = questions_total * q_terms + answers_total * a_terms
idx_b = postings * posting_b
figure("postings", postings / 1e9, "{:,.0f} billion", "Postings in the inverted index")
figure("idx_tb", idx_b / 1e12, "{:.2f} TB", "Inverted index size, one copy")
idx_shards = math.ceil(idx_b / (search_shard_gb * 1e9))
figure("idx_shards", idx_shards, "{:d} shards", "Search shards")
idx_repl = math.ceil(search_peak / search_replica_qps) + 1
figure("idx_replicas", idx_repl, "{:d} replicas", "Replicas per search shard at peak, plus one spare")
figure("idx_nodes", idx_shards * idx_repl, "{:,d} nodes", "Search nodes in all")
figure("idx_calls_peak", search_peak * idx_shards, "{:,.0f} shard calls/s", "Shard calls per second at peak (scatter-gather)")

# %% [markdown]
# ## 9. Home feed and notifications

# %%
figure("topic_max_pull", topic_max / 1e6, "{:.0f} million", "Followers of the largest topic")
notif_raw = answers_day * q_followers + votes_day * upvote_share + comments_day + follows_day
figure("notif_raw", notif_raw / 1e6, "{:.0f} million/day", "Notification events per day before coalescing")
figure("notif_per_dau", notif_raw / dau, "{:.1f}", "Notification events per logged-in user per day")
figure("push_max_day", dau * push_cap / 1e6, "{:.0f} million/day", "Push notifications per day at most (the per-user cap)")
figure("top_writer_raw_h", top_writer_up / 24, "{:,.0f} events/hour", "Upvote notifications per hour for a top writer, uncoalesced")
figure("top_writer_coalesced", 24 / rollup_h, "{:.0f} per day", "Vote notifications a top writer gets per day after the roll-up")
figure("digest_peak", digest_users * tz_share / 3600, "{:,.0f} emails/s", "Digest emails per second in the busiest send hour")

# %% [markdown]
# ## 10. Moderation and spam

# %%
mod_items = content_day
mod_flops = mod_items * item_tokens * 2 * llm.param_count(L8)
figure("mod_gpus", mod_flops / (H100.bf16_dense_flops * mfu * DAY), "{:.1f} GPUs", "H100s (daily mean) to run an 8B moderation model over every new item")
figure("mod_reviews", mod_items * flag_rate / 1e3, "{:,.0f} thousand", "Items sent to human review per day")
figure("mod_fte", mod_items * flag_rate * mod_review_s / 3600 / 6, "{:,.0f} people", "Reviewers at 6 productive hours a day")

# %% [markdown]
# ## 11. The MVP and the scaling steps

# %%
def at_scale(m):
    pv = page_views_day * m
    lo = pv * logged_out_share / DAY
    n = questions_total * m
    hs, _ = hit_ratios(lo, n, zipf_s, ttl_short_s)
    return dict(
        pv_peak=pv / DAY * peak_factor,
        origin=(lo * (1 - hs)) * peak_factor + pv / DAY * peak_factor * (1 - logged_out_share),
        writes=all_writes_day * m / DAY * peak_factor,
        votes=votes_day * m / DAY * peak_factor,
        views=page_views_day * m * answers_rendered / DAY * peak_factor,
        storage=(content_b_year + edges_b_year) * m * store_replicas / 1e12,
        ann=n * vec_b / 1e9,
        hit=hs,
    )


mvp = at_scale(mvp_scale)
figure("mvp_pv_day", page_views_day * mvp_scale / 1e6, "{:.0f} million", "Page views per day at launch")
figure("mvp_dau", dau * mvp_scale, "{:,.0f}", "Logged-in daily users at launch")
figure("mvp_pv_peak", mvp["pv_peak"], "{:,.0f} views/s", "Page views per second at peak, launch")
figure("mvp_hit", mvp["hit"], "{:.0%}", "CDN hit ratio for logged-out views at launch, 10-minute TTL")
figure("mvp_origin", mvp["origin"], "{:,.0f} pages/s", "Origin page renders per second at peak, launch")
figure("mvp_writes", mvp["writes"], "{:,.0f} writes/s", "User writes per second at peak, launch")
figure("mvp_views_inc", mvp["views"], "{:,.0f} writes/s", "View-counter writes per second at peak if each view were one UPDATE, launch")
figure("mvp_views_share", mvp["views"] / pg_writes, "{:.0%}", "Those view-counter writes as a share of one primary's budget")
figure("mvp_writes_share", mvp["writes"] / pg_writes, "{:.0%}", "User writes alone as a share of the primary's budget")
figure("storage_launch", mvp["storage"] * 1e3, "{:,.0f} GB/year", "Durable text, votes and follows added per year with replicas, launch")
figure("mvp_questions", questions_total * mvp_scale / 1e6, "{:.0f} million", "Questions in the corpus at launch")
figure("mvp_ann_gb", mvp["ann"], "{:.1f} GB", "Question vectors and graph at launch")
figure("mvp_corpus_gb", corpus_b * mvp_scale / 1e9, "{:.0f} GB", "Question and answer text at launch, one copy")

for m, tag in ((0.1, "10x"), (1.0, "100x"), (10.0, "1000x")):
    s = at_scale(m)
    figure(f"pv_peak_{tag}", s["pv_peak"], "{:,.0f} views/s", f"Page views per second at peak, {tag} the launch")
    figure(f"origin_{tag}", s["origin"], "{:,.0f} pages/s", f"Origin renders per second at peak, 10-minute TTL, {tag}")
    figure(f"writes_{tag}", s["writes"], "{:,.0f} writes/s", f"User writes per second at peak, {tag}")
    figure(f"writes_over_{tag}", s["writes"] / pg_writes, "{:.1f}x", f"User writes over one primary's budget, {tag}")
    figure(f"views_{tag}", s["views"] / 1e3, "{:,.0f} thousand/s", f"View-counter increments per second at peak, {tag}")
    figure(f"views_over_{tag}", s["views"] / pg_writes, "{:,.0f}x", f"Naive one-UPDATE-per-view counters over one primary's budget, {tag}")
    figure(f"storage_{tag}", s["storage"], "{:,.1f} TB/year", f"Durable text, votes and follows added per year with replicas, {tag}")
    figure(f"ann_{tag}", s["ann"], "{:,.0f} GB", f"ANN index over all questions, {tag}")

# %% [markdown]
# ## 12. The AI angle
#
# ### An answer written from the existing human answers
#
# Prompt = instructions and question + k answers. Prefill is compute-bound:
# 2 x parameters x prompt tokens / (peak x MFU). Decode is memory-bound at these batch sizes:
# every step reads the weights once plus every sequence's KV cache
# (2 x layers x KV heads x head_dim x 2 bytes per token, with grouped-query attention).
# The 8B model runs on one H100; the 70B model on an 8-GPU tensor-parallel replica.

# %%
P8 = llm.param_count(L8)
P70 = llm.param_count(L70)
W8 = llm.weights_bytes(L8)
W70 = llm.weights_bytes(L70)
KV8 = llm.kv_cache_bytes_per_token(L8)
KV70 = llm.kv_cache_bytes_per_token(L70)
F1 = H100.bf16_dense_flops
BW1 = H100.hbm_bytes_per_s
figure("p70_b", P70 / 1e9, "{:.1f} billion", "Llama 3.1 70B parameters from its shapes")
figure("kv70_kib", KV70 / 1024, "{:.0f} KiB", "Llama 3.1 70B KV cache per token (2 x 80 x 8 x 128 x 2 B)")
figure("kv70_mha_kib", llm.kv_cache_bytes_per_token_if_mha(L70) / 1024, "{:,.0f} KiB", "The same if one forgot GQA and used the 64 query heads")
prompt = instr_tok + k_answers * ans_tok
figure("prompt_tok", prompt, "{:,d} tokens", "Prompt of the written answer")
ctx = prompt + out_tok


def gen(model):
    """(GPU-seconds, time to first token, time per output token, total latency) of one written answer."""
    if model == "8b":
        pre = llm.prefill_time_s(P8, prompt, F1, mfu)
        agg = llm.decode_tokens_per_s(W8, KV8, decode_batch, ctx, P8, BW1, F1, bw_eff)
        tpot = decode_batch / agg
        return pre + out_tok / agg, pre, tpot, llm.request_latency_s(pre, tpot, out_tok)
    pre = llm.prefill_time_s(P70, prompt, F1 * tp70, mfu)
    agg = llm.decode_tokens_per_s(W70, KV70, decode_batch, ctx, P70, BW1 * tp70, F1 * tp70, bw_eff)
    tpot = decode_batch / agg
    return (pre + out_tok / agg) * tp70, pre, tpot, llm.request_latency_s(pre, tpot, out_tok)


g8, ttft8, tpot8, lat8 = gen("8b")
g70, ttft70, tpot70, lat70 = gen("70b")
usd8 = g8 * usd_gpu_h / 3600
usd70 = g70 * usd_gpu_h / 3600
figure("gpu_s_8b", g8, "{:.3f} GPU-s", "GPU-seconds per written answer, 8B")
figure("gpu_s_70b", g70, "{:.2f} GPU-s", "GPU-seconds per written answer, 70B on 8 GPUs")
figure("ttft_70b_ms", ttft70 * 1e3, "{:.0f} ms", "Time to first token, 70B, before queueing")
figure("tpot_70b_ms", tpot70 * 1e3, "{:.0f} ms", "Time per output token, 70B, at the assumed batch")
figure("lat_70b_s", lat70, "{:.1f} s", "Time to the last token, 70B")
figure("lat_8b_s", lat8, "{:.1f} s", "Time to the last token, 8B")
figure("usd_q_8b", usd8 * 1000, "${:.2f}", "Cost per 1,000 answered questions, 8B")
figure("usd_q_70b", usd70 * 1000, "${:.2f}", "Cost per 1,000 answered questions, 70B")
figure("usd_q_70b_cents", usd70 * 100, "{:.2f} cents", "Cost per answered question, 70B")
figure("mha_over_gqa", llm.kv_cache_bytes_per_token_if_mha(L70) / KV70, "{:.0f}x", "Overstatement of the KV cache without GQA (query heads / KV heads)")
figure("kv_seq_gb", llm.kv_cache_bytes_per_sequence(L70, ctx) / 1e9, "{:.2f} GB", "KV cache of one written answer's context, 70B")
figure("kv_batch_gb", llm.kv_cache_bytes_per_sequence(L70, ctx) * decode_batch / 1e9, "{:.0f} GB", "KV cache of the whole decode batch, 70B")
figure("ratio_70_8", g70 / g8, "{:.1f}x", "70B cost over 8B per written answer")

# Per view (no cache) against per question version (cached, purged on change)
figure("per_view_usd_day_70b", usd70 * page_views_day / 1e6, "${:,.1f} million/day", "70B, generating on every page view")
gens_day = questions_day * eligible_share + (answers_day + edits_day) * regen_share
figure("gens_day", gens_day / 1e6, "{:.1f} million", "Written answers generated per day (new eligible questions plus regenerations)")
figure("cached_usd_day_70b", usd70 * gens_day, "${:,.0f}/day", "70B, generating once per question version")
figure("cached_usd_day_8b", usd8 * gens_day, "${:,.0f}/day", "8B, generating once per question version")
figure("per_view_over_cached", page_views_day / gens_day, "{:,.0f}x", "Per-view generation over per-version generation")
figure("cached_usd_per_kview", usd70 * gens_day / page_views_day * 1000, "${:.3f}", "70B cost per 1,000 page views when cached")
figure("backfill_usd_70b", usd70 * backfill_q / 1e3, "${:,.0f} thousand", "One-off 70B cost to write answers for the most-viewed questions")
gens_repl = math.ceil(gens_day / DAY * g70 / gpu_util / tp70)
figure("gens_gpus_70b", gens_repl * tp70, "{:,.0f} GPUs", "H100s for per-version generation, 70B, run as a steady background queue (whole replicas)")
figure("gens_replicas", gens_repl, "{:d} replicas", "70B replicas (8 GPUs each) for that queue")
figure("per_view_gpus_70b", page_views_day / DAY * peak_factor * g70 / gpu_util, "{:,.0f} GPUs", "H100s at peak if generated on every view, 70B")

# The ask box: an instant draft for every question being asked
figure("ask_usd_day_70b", usd70 * questions_day, "${:,.0f}/day", "70B draft for every question asked")
novel_deflected = questions_day * deflect * (1 - dup_share)
figure("dup_deflected", questions_day * deflect * dup_share / 1e3, "{:,.0f} thousand", "Duplicate questions the instant draft deflects (good)")
figure("novel_deflected", novel_deflected / 1e3, "{:,.0f} thousand", "Novel questions the instant draft deflects (never posted)")
figure("answers_lost", novel_deflected * answers_total / questions_total / 1e3, "{:,.0f} thousand", "Human answers those novel questions would have drawn")
figure("answers_lost_share", novel_deflected * answers_total / questions_total / answers_day, "{:.0%}", "As a share of new human answers")

# AI-written answers and a weak detector
ai_ans = answers_day * ai_answer_share
human_ans = answers_day - ai_ans
caught = ai_ans * det_tpr
false_flags = human_ans * det_fpr
figure("ai_answers_day", ai_ans / 1e3, "{:,.0f} thousand", "Model-written answers per day")
figure("det_caught", caught / 1e3, "{:,.0f} thousand", "Of them, flagged by the detector")
figure("det_false", false_flags / 1e3, "{:,.0f} thousand", "Human answers wrongly flagged per day")
figure("det_precision", caught / (caught + false_flags), "{:.0%}", "Share of flags that are really model-written")
figure("det_missed", (ai_ans - caught) / 1e3, "{:,.0f} thousand", "Model-written answers not flagged per day")

# Training licences: how big is the corpus in tokens?
ans_tokens = answer_b * text_share / chars_tok
figure("ans_tokens", ans_tokens, "{:,.0f} tokens", "Tokens in a mean answer")
figure("corpus_tokens_b", answers_total * ans_tokens / 1e9, "{:,.0f} billion tokens", "Tokens in every answer in the corpus")

views = [10 ** (k / 10) for k in range(0, 61)]
fig, ax = new_chart()
ax.plot(views, [usd8 * 1000 for _ in views], color=SERIES[0], linestyle="--", label="8B, generated on every view")
ax.plot(views, [usd70 * 1000 for _ in views], color=SERIES[1], linestyle="--", label="70B, generated on every view")
ax.plot(views, [usd8 * 1000 / v for v in views], color=SERIES[0], label="8B, generated once per version and cached")
ax.plot(views, [usd70 * 1000 / v for v in views], color=SERIES[1], label="70B, generated once per version and cached")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("page views per version of the question's answers (log scale)")
ax.set_ylabel("USD per 1,000 page views (log)")
ax.set_title("Written answers: pay per question, not per view")
ax.legend(frameon=False, fontsize=8)
show(fig, alt="Log-log chart of the cost per thousand page views of an AI-written answer against how many views each "
              "version of a question gets: generating on every view is a flat line, with the 70B model about seven times "
              "the 8B model; generating once per version and caching falls in proportion to the views, so popular "
              "questions cost almost nothing per view.")
