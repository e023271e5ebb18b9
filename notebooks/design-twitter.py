# %% [markdown]
# # Design Twitter (a microblogging service): the estimates
#
# Every number the walkthrough quotes is computed here. Inputs first, each declared once with
# `assume`; then one section per part of the design:
#
# 1. Inputs
# 2. Traffic: posts, reads, the peak and the spike
# 3. Storage: post text against media
# 4. IDs: the Snowflake bit budget
# 5. The MVP and the number that breaks it
# 6. Home timeline in brief (fan-out)
# 7. Search over recent posts: index size, shards, ingestion lag (chart)
# 8. Trends: count-min sketch memory and error (chart)
# 9. Counters: likes on a hot post
# 10. Notifications and replies
# 11. Media and the CDN
# 12. The 10x event
# 13. The AI angle: moderation, bots, thread summaries, a live-post assistant
# 14. Scaling from the MVP: 10x, 100x, 1000x

# %% [markdown]
# ## 1. Inputs
#
# The sources give no traffic for this question. The scale below is this walkthrough's
# assumption, anchored where possible on Twitter's own public 2013 figures (500 million posts
# a day, a one-second record of 143,199 posts), quoted from Raffi Krikorian's engineering blog
# post as reported by Data Center Knowledge.

# %%
import math

from estimates import assume, assumptions_table, figure, restate
from estimates import llm
from estimates import reference as ref

L8 = ref.MODELS["llama-3.1-8b"]
L70 = ref.MODELS["llama-3.1-70b"]
M7 = ref.MODELS["mistral-7b"]
H100 = ref.GPUS["h100-sxm"]


TW2013 = ("Twitter engineering blog (R. Krikorian, Aug 2013) as reported by Data Center Knowledge, "
          "datacenterknowledge.com/archives/2013/08/19/twitters-new-infrastructure-weathers-massive-tweetstor "
          "(checked 2026-11-23)")

# Scale of the full design
dau = assume("dau", 250_000_000, "{:,.0f} users", "Daily active users at the design point", "assumption")
posts_day = assume("posts_day", 500_000_000, "{:,.0f} posts/day", "Posts per day (including replies and reposts)",
                   "Twitter's public 2013 figure; " + TW2013)
record_tps = assume("record_tps", 143_199, "{:,.0f} posts/s", "Twitter's one-second record (3 Aug 2013)", TW2013)
peak_to_mean = assume("peak_to_mean", 2.0, "{:.0f}x", "Daily peak over the daily mean", "assumption")
spike_x = assume("spike_x", 10.0, "{:.0f}x", "Write burst of a live event over the usual peak", "interview premise")
spike_s = assume("spike_s", 120, "{:d} s", "Length of that burst", "assumption")
timeline_loads = assume("timeline_loads", 20, "{:d} loads/day", "Home-timeline page loads per daily user", "assumption")
page_posts = assume("page_posts", 20, "{:d} posts", "Posts per timeline page", "design choice")
followers_mean = assume("followers_mean", 200, "{:d}", "Mean followers per posting account", "assumption")
celeb_followers = assume("celeb_followers", 100_000_000, "{:,.0f}", "Followers of the largest account", "assumption")
fanout_threshold = assume("fanout_threshold", 100_000, "{:,.0f}", "Follower count above which posts are pulled, not pushed", "design choice")
fanout_capacity_x = assume("fanout_capacity_x", 2.0, "{:.0f}x", "Fan-out fleet capacity over the usual peak", "design choice")

# Post record
text_b = assume("text_b", 140, "{:d} B", "Mean post text, UTF-8", "assumption")
meta_b = assume("meta_b", 160, "{:d} B", "Row overhead: ids, author, reply and conversation ids, flags, timestamps", "assumption")
max_chars = assume("max_chars", 280, "{:d} characters", "Longest post", "design choice")
utf8_max = assume("utf8_max", 4, "{:d} B", "Most bytes one character takes in UTF-8", "RFC 3629")
post_cache_hit = assume("post_cache_hit", 0.99, "{:.0%}", "Post lookups served by the post cache", "assumption")
replication = assume("replication", 3, "{:d}x", "Copies of every post row", "design choice")

# Snowflake
ts_bits = assume("ts_bits", 41, "{:d} bits", "Timestamp field (milliseconds since a custom epoch)",
                 "twitter-archive/snowflake README, github.com/twitter-archive/snowflake (checked 2026-11-23)")
worker_bits = assume("worker_bits", 10, "{:d} bits", "Worker id field", "same README")
seq_bits = assume("seq_bits", 12, "{:d} bits", "Per-millisecond sequence field", "same README")
epoch_year = assume("epoch_year", 2026, "{:d}", "Year of our custom epoch (launch)", "design choice")
id_generators = assume("id_generators", 200, "{:d}", "Processes minting post ids (one per post-service instance)", "assumption")
js_safe_bits = assume("js_safe_bits", 53, "{:d} bits", "Integer precision of a JavaScript number",
                      "X developer docs, 'X IDs', developer.x.com/en/docs/x-ids (checked 2026-11-23)")

# MVP
mvp_dau = assume("mvp_dau", 1_000_000, "{:,.0f} users", "Daily active users at launch", "assumption")
likes_per_dau = assume("likes_per_dau", 10, "{:d} likes/day", "Likes per daily user", "assumption")
writes_per_like = assume("writes_per_like", 2, "{:d} rows", "Row writes per like in the MVP (edge row + counter column)", "design choice")
writes_per_post = assume("writes_per_post", 4, "{:d} rows", "Row writes per post in the MVP (post, hashtags, mentions, notification)", "assumption")
primary_budget = assume("primary_budget", 5_000, "{:,.0f} rows/s", "Indexed row writes one relational primary sustains (planning budget)", "assumption")
followees_mean = assume("followees_mean", 200, "{:d}", "Accounts a reader follows (mean)", "assumption")
probe_budget = assume("probe_budget", 100_000, "{:,.0f} probes/s", "Index probes one relational replica sustains (planning budget)", "assumption")

# Search
index_days = assume("index_days", 7, "{:d} days", "Window of the real-time search index",
                    "twitter/the-algorithm, src/java/com/twitter/search/README.md (checked 2026-11-23)")
terms_per_post = assume("terms_per_post", 25, "{:d}", "Indexed terms per post", "assumption")
posting_b = assume("posting_b", 6, "{:d} B", "Bytes per posting, compressed, with positions", "assumption")
docval_b = assume("docval_b", 40, "{:d} B", "Per-post ranking fields kept in memory (author, time, engagement)", "assumption")
node_ram_gb = assume("node_ram_gb", 200, "{:d} GB", "RAM usable for the index on one search node", "assumption")
searches_day = assume("searches_day", 1_000_000_000, "{:,.0f}", "Search queries per day", "assumption")
shard_qps = assume("shard_qps", 2_000, "{:,d} queries/s", "Queries one shard replica serves", "assumption")
index_rate_part = assume("index_rate_part", 5_000, "{:,d} posts/s", "Posts one index writer ingests", "assumption")
log_ms = assume("log_ms", 20, "{:d} ms", "Post commit to event-log append", "assumption")
poll_ms = assume("poll_ms", 100, "{:d} ms", "Indexer poll interval on the log", "design choice")
refresh_ms = assume("refresh_ms", 1_000, "{:,d} ms", "Segment refresh interval (Lucene-style near-real-time)",
                    "Elastic docs, 'Near real-time search', elastic.co/docs/manage-data/data-store/near-real-time-search (checked 2026-11-23)")

# Trends
cand_terms = assume("cand_terms", 3, "{:d}", "Trend candidates per post (hashtags, entities, phrases)", "assumption")
window_s = assume("window_s", 300, "{:d} s", "Trend counting window", "design choice")
cms_eps = assume("cms_eps", 1e-5, "{:.0e}", "Count-min error factor epsilon (error <= epsilon x N)", "design choice")
cms_delta = assume("cms_delta", 1e-3, "{:.0e}", "Count-min failure probability delta", "design choice")
counter_b = assume("counter_b", 4, "{:d} B", "Bytes per sketch counter", "design choice")
distinct_terms = assume("distinct_terms", 3_000_000, "{:,.0f}", "Distinct candidate terms in one window", "assumption")
map_entry_b = assume("map_entry_b", 64, "{:d} B", "Bytes per exact hash-map entry (key, count, overhead)", "assumption")
spam_terms = assume("spam_terms", 50_000_000, "{:,.0f}", "Distinct junk hashtags a spam run injects in a window", "interviewer twist")
trend_min = assume("trend_min", 1_000, "{:,d} mentions", "Least mentions in a window for a global trend", "design choice")
locations = assume("locations", 50, "{:d}", "Locations with their own trend list", "design choice")
windows_kept = assume("windows_kept", 12, "{:d}", "Windows kept for the baseline (one hour)", "design choice")

# Counters
hot_like_rate = assume("hot_like_rate", 5_000, "{:,d} likes/s", "Likes on one celebrity post in its first minute", "assumption")
row_lock_ms = assume("row_lock_ms", 2.0, "{:.0f} ms", "Row lock held per counter UPDATE", "assumption")
api_servers = assume("api_servers", 300, "{:d}", "API servers that accept likes", "assumption")
flush_s = assume("flush_s", 1.0, "{:.0f} s", "Counter batch flush interval", "design choice")

# Notifications and replies
push_per_dau = assume("push_per_dau", 8, "{:d}", "Push notifications per daily user per day", "assumption")
bell_subs = assume("bell_subs", 5_000_000, "{:,.0f}", "Users with notifications on for the largest account", "assumption")
push_rate = assume("push_rate", 200_000, "{:,d} pushes/s", "Send rate of the push fleet", "assumption")
notif_coalesce_s = assume("notif_coalesce_s", 30, "{:d} s", "Coalescing window of like notifications per post", "design choice")
viral_reply_rate = assume("viral_reply_rate", 500, "{:d} replies/s", "Replies to a viral post at its peak", "assumption")
thread_views = assume("thread_views", 50_000, "{:,d} views/s", "Opens of that thread at its peak", "assumption")
thread_ttl_s = assume("thread_ttl_s", 5, "{:d} s", "TTL of the cached first page of a thread", "design choice")
cache_nodes = assume("cache_nodes", 100, "{:d}", "Cache nodes that may each hold that page", "assumption")

# Media
img_share = assume("img_share", 0.15, "{:.0%}", "Posts with an image", "assumption")
img_stored_mb = assume("img_stored_mb", 0.6, "{:.1f} MB", "Stored bytes per image (original plus variants)", "assumption")
vid_share = assume("vid_share", 0.02, "{:.0%}", "Posts with a video", "assumption")
vid_stored_mb = assume("vid_stored_mb", 20, "{:d} MB", "Stored bytes per video (all renditions)", "assumption")
img_impr_share = assume("img_impr_share", 0.2, "{:.0%}", "Timeline impressions that load an image", "assumption")
img_view_kb = assume("img_view_kb", 150, "{:d} KB", "Bytes of the image variant a phone loads", "assumption")
cdn_hit = assume("cdn_hit", 0.95, "{:.0%}", "CDN hit ratio on image bytes", "assumption")
ec_overhead = assume("ec_overhead", 1.5, "{:.1f}x", "Storage overhead of erasure coding", "design choice")

# AI: shared
usd_gpu_h = assume("usd_gpu_h", 3.00, "${:.2f} per GPU-hour", "All-in cost of one H100", "assumption")
eff = assume("eff", 0.7, "{:.0%}", "Share of peak bandwidth and FLOP/s sustained in decode", "assumption")
mfu = assume("mfu", 0.5, "{:.0%}", "Model FLOP utilisation in prefill", "assumption")
restate("h100_bf16_sparse", "H100_SXM_BF16_SPARSE_TFLOPS", "{:,.0f} TFLOP/s",
        "H100 SXM BF16 peak as the datasheet prints it (with 2:4 sparsity)")
restate("h100_hbm_tbps", "H100_SXM_HBM_TBPS", "{:.2f} TB/s", "H100 SXM memory bandwidth")
restate("l70_kv_heads", "LLAMA31_70B_KV_HEADS", "{:.0f}", "Llama 3.1 70B KV heads (GQA)")
restate("l70_layers", "LLAMA31_70B_LAYERS", "{:.0f}", "Llama 3.1 70B layers")
restate("l70_head_dim", "LLAMA31_70B_HEAD_DIM", "{:.0f}", "Llama 3.1 70B head_dim")
chars_per_token = restate("chars_per_token", "CHARS_PER_TOKEN_EN", "{:.0f} characters", "Characters per token (English)")
tp = assume("tp", 8, "{:d} GPUs", "GPUs per 70B replica (tensor parallelism)", "design choice")

# AI: moderation
mod_prompt_tok = assume("mod_prompt_tok", 150, "{:d} tokens", "Classifier input per post (policy header + post + context)", "assumption")
small_clf_rate = assume("small_clf_rate", 5_000, "{:,d} posts/s", "Posts one GPU classifies with a distilled small classifier", "assumption")
harm_prev = assume("harm_prev", 0.005, "{:.1%}", "Share of posts that violate policy", "assumption")
recall = assume("recall", 0.95, "{:.0%}", "Classifier recall on violating posts", "assumption")
fpr = assume("fpr", 0.002, "{:.1%}", "Classifier false-positive rate on fine posts", "assumption")
flag_judge_tok = assume("flag_judge_tok", 1_200, "{:,d} tokens", "LLM judge input per flagged post (policy + post + thread)", "assumption")

# AI: bots
bot_accounts = assume("bot_accounts", 100_000, "{:,d}", "Accounts one bot operator runs", "interviewer twist")
bot_replies_acct = assume("bot_replies_acct", 50, "{:d} replies/day", "AI replies per bot account per day", "interviewer twist")
bot_prompt_tok = assume("bot_prompt_tok", 400, "{:d} tokens", "Bot prompt (persona + target post)", "assumption")
bot_out_tok = assume("bot_out_tok", 60, "{:d} tokens", "Bot reply length", "assumption")
batch8 = assume("batch8", 64, "{:d}", "Decode batch on one GPU for the 8B model", "assumption")

# AI: thread summaries
sum_share = assume("sum_share", 0.01, "{:.0%}", "Thread opens where the reader asks for a summary", "assumption")
thread_opens_day = assume("thread_opens_day", 2_000_000_000, "{:,.0f}", "Thread opens per day", "assumption")
sum_in_tok = assume("sum_in_tok", 8_000, "{:,d} tokens", "Summary input (root plus top-ranked replies, capped)", "design choice")
sum_out_tok = assume("sum_out_tok", 200, "{:d} tokens", "Summary length", "design choice")
sum_cache_hit = assume("sum_cache_hit", 0.8, "{:.0%}", "Summary requests served from the cache", "assumption")
batch70 = assume("batch70", 32, "{:d}", "Decode batch on one 70B replica", "assumption")

# AI: assistant over live posts
asst_q_day = assume("asst_q_day", 20_000_000, "{:,.0f}", "Assistant questions per day", "assumption")
asst_searches = assume("asst_searches", 3, "{:d}", "Searches per assistant question", "design choice")
asst_posts = assume("asst_posts", 30, "{:d}", "Posts placed in the assistant's prompt", "design choice")
post_tok = assume("post_tok", 60, "{:d} tokens", "Tokens per post in a prompt (text plus author and time)", "assumption")
asst_sys_tok = assume("asst_sys_tok", 1_000, "{:,d} tokens", "Assistant system prompt", "assumption")
asst_out_tok = assume("asst_out_tok", 300, "{:d} tokens", "Assistant answer length", "assumption")
embed_tok = assume("embed_tok", 40, "{:d} tokens", "Tokens embedded per post", "assumption")
embed_dims = assume("embed_dims", 1_024, "{:,d}", "Embedding dimensions kept", "design choice")
pq_b = assume("pq_b", 64, "{:d} B", "Bytes per vector after product quantisation", "design choice")
embed_batch_s = assume("embed_batch_s", 1.0, "{:.0f} s", "Embedding micro-batch interval", "design choice")
assumptions_table()

# %% [markdown]
# ## 2. Traffic

# %%
posts_s = figure("posts_s", posts_day / ref.SECONDS_PER_DAY, "{:,.0f} posts/s", "Mean post rate")
posts_peak = figure("posts_peak", posts_s * peak_to_mean, "{:,.0f} posts/s", "Usual daily peak")
posts_spike = figure("posts_spike", posts_peak * spike_x, "{:,.0f} posts/s", "Posts per second during the 10x event")
figure("record_over_mean", record_tps / posts_s, "{:.0f}x", "Twitter's 2013 record over its mean rate")
figure("record_over_peak", record_tps / posts_peak, "{:.0f}x", "The same record over a 2x daily peak")
tl_day = dau * timeline_loads
tl_s = figure("tl_s", tl_day / ref.SECONDS_PER_DAY, "{:,.0f} loads/s", "Mean home-timeline loads")
tl_peak = figure("tl_peak", tl_s * peak_to_mean, "{:,.0f} loads/s", "Peak home-timeline loads")
impr_day = figure("impr_day", tl_day * page_posts / 1e9, "{:,.0f} billion", "Post impressions per day from timelines")
figure("read_write_ratio", tl_day * page_posts / posts_day, "{:,.0f}:1", "Posts read per post written")
likes_day = dau * likes_per_dau
likes_s = figure("likes_s", likes_day / ref.SECONDS_PER_DAY, "{:,.0f} likes/s", "Mean like rate")
figure("likes_peak", likes_s * peak_to_mean, "{:,.0f} likes/s", "Peak like rate")

# %% [markdown]
# ## 3. Storage: text against media

# %%
post_b = text_b + meta_b
figure("post_b", post_b, "{:d} B", "Stored bytes per post row")
figure("max_text_b", max_chars * utf8_max, "{:,d} B", "Largest post text in UTF-8 (all 4-byte characters)")
text_gb_day = figure("text_gb_day", posts_day * post_b / 1e9, "{:,.0f} GB/day", "Post rows per day, one copy")
figure("text_gb_day_rep", posts_day * post_b * replication / 1e9, "{:,.0f} GB/day", "Post rows per day, replicated")
figure("text_tb_year_rep", posts_day * post_b * replication * ref.DAYS_PER_YEAR / 1e12, "{:,.0f} TB/year", "Post rows per year, replicated")
img_tb_day = figure("img_tb_day", posts_day * img_share * img_stored_mb / 1e6, "{:,.0f} TB/day", "Image bytes per day, one copy")
vid_tb_day = figure("vid_tb_day", posts_day * vid_share * vid_stored_mb / 1e6, "{:,.0f} TB/day", "Video bytes per day, one copy")
media_tb_day = img_tb_day + vid_tb_day
figure("media_tb_day", media_tb_day, "{:,.0f} TB/day", "Media bytes per day, one copy")
figure("media_over_text", media_tb_day * 1e3 / text_gb_day, "{:,.0f}x", "Media bytes over post-row bytes")
figure("media_pb_year", media_tb_day * ec_overhead * ref.DAYS_PER_YEAR / 1e3, "{:,.0f} PB/year", "Media per year with erasure coding")
figure("media_pb_year_3x", media_tb_day * 3 * ref.DAYS_PER_YEAR / 1e3, "{:,.0f} PB/year", "The same with three full copies")

# %% [markdown]
# ## 4. IDs: the Snowflake bit budget

# %%
ms_per_year = ref.DAYS_PER_YEAR * ref.SECONDS_PER_DAY * 1000
id_years = figure("id_years", 2**ts_bits / ms_per_year, "{:.1f} years", "Span of a 41-bit millisecond timestamp")
figure("id_total_bits", 1 + ts_bits + worker_bits + seq_bits, "{:d} bits", "Sign bit plus the three fields")
figure("id_end_year", int(epoch_year + id_years), "{:d}", "Year our ids run out")
figure("id_end_1970", int(1970 + id_years), "{:d}", "Year they would run out counting from 1970")
workers = figure("id_workers", 2**worker_bits, "{:,d} workers", "Worker ids the 10-bit field names")
per_ms = figure("id_per_ms", 2**seq_bits, "{:,d} ids/ms", "Ids one worker mints per millisecond")
figure("id_worker_s", per_ms * 1000 / 1e6, "{:.3f} million ids/s", "Ids one worker mints per second")
figure("id_fleet_s", workers * per_ms * 1000 / 1e9, "{:.1f} billion ids/s", "Ceiling of the whole id space")
figure("id_spike_per_ms", posts_spike / 1000 / id_generators, "{:.2f} ids/ms", "Ids each generator mints per millisecond in the 10x event")
figure("id_record_per_ms", record_tps / 1000 / id_generators, "{:.2f} ids/ms", "The same at the 2013 record")
figure("id_seq_use", record_tps / 1000 / id_generators / per_ms, "{:.3%}", "Share of the sequence used at the record")
js_days = 2 ** (js_safe_bits - worker_bits - seq_bits) / 1000 / ref.SECONDS_PER_DAY
figure("id_js_days", js_days, "{:.1f} days", "Days after the epoch when ids pass 2^53 (JavaScript loses precision)")

# %% [markdown]
# ## 5. The MVP and where it breaks
#
# One relational primary holds posts, follows and likes. Likes are the densest write: an edge
# row and a counter update per like.

# %%
def mvp_writes(users):
    posts = users / dau * posts_day / ref.SECONDS_PER_DAY * peak_to_mean
    likes = users * likes_per_dau / ref.SECONDS_PER_DAY * peak_to_mean
    return posts * writes_per_post + likes * writes_per_like


mvp_posts_peak = figure("mvp_posts_peak", mvp_dau / dau * posts_peak, "{:,.0f} posts/s", "MVP peak post rate")
figure("mvp_likes_peak", mvp_dau * likes_per_dau / ref.SECONDS_PER_DAY * peak_to_mean, "{:,.0f} likes/s", "MVP peak like rate")
w1 = figure("mvp_writes", mvp_writes(mvp_dau), "{:,.0f} rows/s", "MVP peak row writes")
figure("mvp_primary_load", w1 / primary_budget, "{:.0%}", "MVP share of one primary's write budget")
w10 = figure("mvp_writes_10x", mvp_writes(mvp_dau * 10), "{:,.0f} rows/s", "Row writes at 10x the MVP")
figure("mvp_primary_load_10x", w10 / primary_budget, "{:.0%}", "Share of the primary's budget at 10x")
figure("mvp_like_share", (mvp_writes(mvp_dau) - mvp_dau / dau * posts_peak * writes_per_post) / w1, "{:.0%}", "Share of MVP writes that likes cause")
figure("mvp_break_dau", mvp_dau * primary_budget / w1 / 1e6, "{:.1f} million users", "Daily users at which the primary's budget is spent")

mvp_tl_peak = figure("mvp_tl_peak", mvp_dau * timeline_loads / ref.SECONDS_PER_DAY * peak_to_mean, "{:,.0f} loads/s", "MVP peak timeline loads")
probes1 = figure("mvp_probes", mvp_tl_peak * followees_mean, "{:,.0f} probes/s", "Index probes for pull timelines at MVP peak")
figure("mvp_probe_load", probes1 / probe_budget, "{:.0%}", "Share of one replica's probe budget")
figure("mvp_replicas_10x", math.ceil(probes1 * 10 / probe_budget), "{:d} replicas", "Read replicas pull timelines need at 10x")
figure("mvp_replicas_100x", math.ceil(probes1 * 100 / probe_budget), "{:,d} replicas", "Read replicas pull timelines need at 100x")

# %% [markdown]
# ## 6. Home timeline in brief (fan-out on write)

# %%
fanout_s = figure("fanout_s", posts_s * followers_mean / 1e6, "{:.1f} million inserts/s", "Mean timeline inserts with push fan-out")
fanout_peak = figure("fanout_peak", posts_peak * followers_mean / 1e6, "{:.1f} million inserts/s", "Peak timeline inserts")
figure("fanout_day", posts_day * followers_mean / 1e9, "{:,.0f} billion inserts/day", "Timeline inserts per day")
fan_cap = fanout_peak * fanout_capacity_x
figure("fanout_cap", fan_cap, "{:.1f} million inserts/s", "Fan-out fleet capacity")
figure("celeb_fanout_s", celeb_followers / (fan_cap * 1e6), "{:.0f} s", "Seconds of the whole fan-out fleet one post by the largest account would take")
figure("fanout_spike", posts_spike * followers_mean / 1e6, "{:.0f} million inserts/s", "Timeline inserts the 10x event asks for")
hydrate = figure("hydrate_peak", tl_peak * page_posts / 1e6, "{:.1f} million lookups/s", "Post lookups to fill timeline pages at peak")
figure("store_reads_peak", tl_peak * page_posts * (1 - post_cache_hit), "{:,.0f} reads/s", "Post-store reads behind the post cache")
figure("celeb_pull_probes", tl_peak * 0.5, "{:,.0f} merges/s", "Read-time merges if half of peak loads follow one pulled account")

# %% [markdown]
# ## 7. Search over recent posts

# %%
idx_posts = posts_day * index_days
figure("idx_posts", idx_posts / 1e9, "{:.1f} billion posts", "Posts in the real-time index")
idx_postings_gb = idx_posts * terms_per_post * posting_b / 1e9
figure("idx_postings_gb", idx_postings_gb, "{:,.0f} GB", "Posting lists")
idx_gb = idx_postings_gb + idx_posts * docval_b / 1e9
figure("idx_gb", idx_gb, "{:,.0f} GB", "Whole index in memory")
idx_shards = figure("idx_shards", math.ceil(idx_gb / node_ram_gb), "{:d} shards", "Shards by memory")
search_peak = figure("search_peak", searches_day / ref.SECONDS_PER_DAY * peak_to_mean, "{:,.0f} queries/s", "Peak search queries")
reps = figure("idx_replicas", math.ceil(search_peak / shard_qps) + 1, "{:d} replicas", "Replicas per shard (all shards see every query, plus one spare)")
figure("idx_nodes", idx_shards * reps, "{:d} nodes", "Search nodes")
figure("idx_shard_calls", search_peak * idx_shards, "{:,.0f} shard calls/s", "Shard requests per second with scatter-gather")
writers = figure("idx_writers", math.ceil(posts_peak * 2 / index_rate_part), "{:d} writers", "Index writers at 2x the usual peak")
idx_cap = writers * index_rate_part
figure("idx_cap", idx_cap, "{:,.0f} posts/s", "Indexing capacity")
fresh_p50 = (log_ms + poll_ms / 2 + refresh_ms / 2) / 1000
fresh_worst = (log_ms + poll_ms + refresh_ms) / 1000
figure("fresh_p50", fresh_p50, "{:.2f} s", "Typical post-to-searchable delay (commit, log, poll, half a refresh)")
figure("fresh_worst", fresh_worst, "{:.2f} s", "Worst case without backlog")


def backlog_lag(cap, t, rate=posts_spike, base=posts_peak, burst=spike_s):
    """Seconds of indexing lag at time t for a burst of `rate` lasting `burst` s, capacity `cap`."""
    if t <= burst:
        backlog = max(0.0, (rate - cap) * t)
    else:
        peak_backlog = max(0.0, (rate - cap) * burst)
        backlog = max(0.0, peak_backlog - (cap - base) * (t - burst))
    return backlog / cap


lag_end = figure("idx_lag_spike", backlog_lag(idx_cap, spike_s), "{:.0f} s", "Indexing lag at the end of the 10x burst")
backlog = (posts_spike - idx_cap) * spike_s
figure("idx_backlog", backlog / 1e6, "{:.1f} million posts", "Backlog at the end of the burst")
figure("idx_drain_s", backlog / (idx_cap - posts_peak), "{:.0f} s", "Time to drain it at the usual peak")
figure("idx_writers_spike", math.ceil(posts_spike / index_rate_part), "{:d} writers", "Writers that keep up with the burst")

from estimates.charts import SERIES, new_chart, show  # noqa: E402

ts = list(range(0, 1201, 10))
fig, ax = new_chart()
for i, (x, name) in enumerate(((2.0, "capacity 2x usual peak"), (5.0, "capacity 5x"), (10.5, "capacity 10.5x (keeps up)"))):
    cap = math.ceil(posts_peak * x / index_rate_part) * index_rate_part
    ax.plot(ts, [backlog_lag(cap, t) + fresh_p50 for t in ts], color=SERIES[i], label=name)
ax.axvline(spike_s, color=SERIES[3], linestyle=":", linewidth=1.2, label="burst ends")
ax.set_xlabel("seconds since the 10x burst began")
ax.set_ylabel("post-to-searchable delay (s)")
ax.set_title("Search freshness during a 10x write burst of 2 minutes")
ax.legend(frameon=False, fontsize=9)
show(fig, alt="Line chart: with indexing capacity at twice the usual peak, search freshness falls from about half a second to "
              "over seven minutes by the end of a two-minute 10x burst and takes about another thirteen minutes to recover; "
              "at 5x capacity it peaks near two minutes; capacity above 10x keeps freshness under a second.")
figure("idx_lag_5x", backlog_lag(math.ceil(posts_peak * 5 / index_rate_part) * index_rate_part, spike_s), "{:.0f} s", "Lag at the end of the burst with 5x capacity")

# %% [markdown]
# ## 8. Trends: count-min sketch
#
# Width w = ceil(e / epsilon), depth d = ceil(ln(1 / delta)); a point estimate exceeds the
# true count by at most epsilon x N with probability 1 - delta, where N is the total of all
# increments in the sketch (Cormode and Muthukrishnan, 2005).

# %%
n_window = posts_peak * cand_terms * window_s
figure("cms_n", n_window / 1e6, "{:.1f} million", "Increments in one window at the usual peak")
w = math.ceil(math.e / cms_eps)
d = math.ceil(math.log(1 / cms_delta))
figure("cms_w", w, "{:,d}", "Sketch width")
figure("cms_d", d, "{:d}", "Sketch depth (rows)")
cms_mb = w * d * counter_b / 1e6
figure("cms_mb", cms_mb, "{:.1f} MB", "Sketch memory")
err = n_window * cms_eps
figure("cms_err", err, "{:,.0f} mentions", "Worst additive error at the usual peak")
figure("cms_err_share", err / trend_min, "{:.0%}", "That error as a share of the trend threshold")
figure("cms_err_spike", err * spike_x, "{:,.0f} mentions", "Worst additive error in a window of the 10x event")
figure("cms_err_spike_share", err * spike_x / trend_min, "{:.0%}", "That error against the threshold")
exact_mb = distinct_terms * map_entry_b / 1e6
figure("exact_mb", exact_mb, "{:,.0f} MB", "Exact hash map for one window")
figure("exact_over_cms", exact_mb / cms_mb, "{:.0f}x", "Exact map over the sketch")
figure("spam_map_gb", (distinct_terms + spam_terms) * map_entry_b / 1e9, "{:.1f} GB", "Exact map during a junk-hashtag run")
figure("cms_all_gb", cms_mb * (locations + 1) * windows_kept / 1e3, "{:.1f} GB", "Sketches for every location and window kept")
figure("exact_all_gb", exact_mb * (locations + 1) * windows_kept / 1e3, "{:.0f} GB", "Exact maps for the same (upper bound)")
figure("cms_updates", posts_peak * cand_terms * d * 2, "{:,.0f} counter updates/s", "Counter updates at peak (global plus one location each)")

fig, ax = new_chart()
mem = [0.5 * 1.25**i for i in range(0, 40)]
for i, (n, name) in enumerate(((n_window, "usual peak"), (n_window * spike_x, "10x event"))):
    errs = []
    for m in mem:
        width = m * 1e6 / (d * counter_b)
        errs.append(math.e / width * n)
    ax.plot(mem, errs, color=SERIES[i], label=f"worst error, {name}")
ax.axhline(trend_min * 0.1, color=SERIES[3], linestyle=":", linewidth=1.2, label="10% of the trend threshold")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("sketch memory (MB, depth 7, 4-byte counters)")
ax.set_ylabel("additive error bound (mentions)")
ax.set_title("Count-min: error falls with memory and grows with the stream")
ax.legend(frameon=False, fontsize=9)
show(fig, alt="Log-log chart: the count-min sketch's worst-case additive error falls in proportion to memory; at 7.6 MB it is "
              "about 100 mentions at the usual peak and about 1,000 during a 10x event, when the same sketch needs ten "
              "times the memory to keep the error at 10 percent of the trend threshold.")
figure("cms_mb_spike", cms_mb * spike_x, "{:.0f} MB", "Sketch memory that keeps the error at the same level in the 10x event")

# %% [markdown]
# ## 9. Counters: likes on a hot post

# %%
row_ceiling = figure("row_ceiling", 1000 / row_lock_ms, "{:,.0f} updates/s", "Ceiling of one counter row")
figure("hot_over_row", hot_like_rate / row_ceiling, "{:.0f}x", "Hot post's like rate over one row's ceiling")
figure("hot_shards", math.ceil(hot_like_rate * 2 / row_ceiling), "{:d} shards", "Counter shards with 2x headroom")
figure("hot_shards_spike", math.ceil(hot_like_rate * spike_x * 2 / row_ceiling), "{:d} shards", "Shards if the hot post sees the 10x event too")
figure("batched_writes", api_servers / flush_s, "{:,.0f} writes/s", "Writes to the hot counter with per-server batching (at most one per server per flush)")
figure("batched_load", api_servers / flush_s / row_ceiling, "{:.0%}", "That load against one row's ceiling")
figure("hot_likes_min", hot_like_rate * 60 / 1e3, "{:,.0f} thousand likes", "Likes in the first minute")

# %% [markdown]
# ## 10. Notifications and replies

# %%
push_s = figure("push_s", dau * push_per_dau / ref.SECONDS_PER_DAY, "{:,.0f} pushes/s", "Mean push rate")
figure("push_peak", push_s * peak_to_mean, "{:,.0f} pushes/s", "Peak push rate")
figure("bell_drain_s", bell_subs / push_rate, "{:.0f} s", "Time to push one post to every subscriber of the largest account")
figure("notif_raw", hot_like_rate, "{:,d} rows/s", "Like notifications to one inbox without coalescing")
figure("notif_coalesced", 1 / notif_coalesce_s * 60, "{:.0f} updates/min", "Updates to that inbox entry with coalescing")
figure("thread_db_reads", cache_nodes / thread_ttl_s, "{:.0f} reads/s", "Store reads for a viral thread's first page with cached pages")
figure("thread_hit", 1 - cache_nodes / thread_ttl_s / thread_views, "{:.2%}", "Share of thread opens served by cache")
figure("thread_replies_min", viral_reply_rate * 60 / 1e3, "{:.0f} thousand replies", "Replies to the viral post per minute at its peak")

# %% [markdown]
# ## 11. Media and the CDN

# %%
img_loads_day = tl_day * page_posts * img_impr_share
figure("img_loads_day", img_loads_day / 1e9, "{:,.0f} billion", "Image loads per day from timelines")
egress_gbps = img_loads_day * img_view_kb * 1e3 * 8 / ref.SECONDS_PER_DAY / 1e9
figure("img_egress_gbps", egress_gbps, "{:,.0f} Gbit/s", "Mean image egress")
figure("img_egress_peak", egress_gbps * peak_to_mean, "{:,.0f} Gbit/s", "Peak image egress")
figure("origin_gbps", egress_gbps * peak_to_mean * (1 - cdn_hit), "{:,.0f} Gbit/s", "Peak egress the origin serves behind the CDN")
figure("img_uploads_s", posts_peak * img_share, "{:,.0f} uploads/s", "Peak image uploads")

# %% [markdown]
# ## 12. The 10x event

# %%
figure("spike_fanout_backlog", (posts_spike * followers_mean - fan_cap * 1e6) * spike_s / 1e9, "{:.1f} billion inserts",
       "Fan-out backlog after the burst at 2x capacity")
figure("spike_fanout_drain", (posts_spike * followers_mean - fan_cap * 1e6) * spike_s / (fan_cap * 1e6 - fanout_peak * 1e6),
       "{:,.0f} s", "Time to drain it")
figure("spike_posts_total", posts_spike * spike_s / 1e6, "{:.0f} million posts", "Posts written during the burst")
figure("spike_rows_s", posts_spike * replication, "{:,.0f} row writes/s", "Post-store row writes during the burst (all copies)")

# %% [markdown]
# ## 13. The AI angle
#
# Shapes and hardware from `estimates.reference`; formulas from `estimates.llm`.

# %%
P8 = llm.param_count(L8)
W8 = llm.weights_bytes(L8)
KV8 = llm.kv_cache_bytes_per_token(L8)
P70 = llm.param_count(L70)
W70 = llm.weights_bytes(L70)
KV70 = llm.kv_cache_bytes_per_token(L70)
F1 = H100.bf16_dense_flops
BW1 = H100.hbm_bytes_per_s
usd_s = usd_gpu_h / 3600

figure("h100_bf16_dense", F1 / 1e12, "{:,.1f} TFLOP/s", "H100 dense BF16 peak (datasheet sparse figure / 2)")
figure("p8_b", P8 / 1e9, "{:.2f} billion", "Llama 3.1 8B parameters from its shapes")
figure("p70_b", P70 / 1e9, "{:.1f} billion", "Llama 3.1 70B parameters from its shapes")
figure("w70_gb", W70 / 1e9, "{:.0f} GB", "Llama 3.1 70B weights in BF16")
figure("kv70_kib", KV70 / 1024, "{:.0f} KiB", "70B KV cache per token (2 x layers x KV heads x head_dim x 2 B)")
figure("kv70_mha_kib", llm.kv_cache_bytes_per_token_if_mha(L70) / 1024, "{:,.0f} KiB", "The same if you wrongly use the 64 query heads")

# Moderation: 8B judge as prefill-only classification
t_mod = llm.prefill_time_s(P8, mod_prompt_tok, F1, mfu)
judge_rate = figure("judge_rate", 1 / t_mod, "{:,.0f} posts/s", "Posts one H100 classifies with an 8B model (prefill only)")
figure("judge_gpus_peak", math.ceil(posts_peak / judge_rate), "{:,d} GPUs", "H100s to run the 8B judge on every post at the usual peak")
figure("judge_gpus_spike", math.ceil(posts_spike / judge_rate), "{:,d} GPUs", "The same in the 10x event")
figure("small_gpus_peak", math.ceil(posts_peak / small_clf_rate), "{:d} GPUs", "GPUs for the distilled classifier at the usual peak")
figure("small_gpus_spike", math.ceil(posts_spike / small_clf_rate), "{:d} GPUs", "The same in the 10x event")
figure("judge_ms", t_mod * 1000, "{:.2f} ms", "GPU time per post for the 8B judge")
harm_day = posts_day * harm_prev
tp_day = harm_day * recall
fp_day = (posts_day - harm_day) * fpr
figure("harm_day", harm_day / 1e6, "{:.1f} million posts", "Violating posts per day")
figure("missed_day", (harm_day - tp_day) / 1e3, "{:,.0f} thousand posts", "Violating posts the classifier misses per day")
figure("fp_day", fp_day / 1e3, "{:,.0f} thousand posts", "Fine posts flagged per day")
figure("precision", tp_day / (tp_day + fp_day), "{:.0%}", "Share of flags that are right")
flagged = tp_day + fp_day
figure("flagged_day", flagged / 1e6, "{:.1f} million posts", "Posts flagged per day")
t_flag = llm.prefill_time_s(P8, flag_judge_tok, F1, mfu)
figure("flag_judge_gpu_h_day", flagged * t_flag / 3600, "{:,.0f} GPU-hours/day", "8B judge time for every flagged post")
figure("flag_judge_usd_day", flagged * t_flag * usd_s, "${:,.0f}/day", "Its cost")

# Bots: one operator generating replies with an 8B model
tps8 = llm.decode_tokens_per_s(W8, KV8, batch8, bot_prompt_tok + bot_out_tok, P8, BW1, F1, eff)
figure("tps8", tps8, "{:,.0f} tokens/s", "8B decode throughput on one H100 at batch 64")
usd_mtok8 = llm.cost_per_million_tokens(usd_gpu_h, 1, tps8)
figure("usd_mtok8", usd_mtok8, "${:.2f}", "8B output cost per million tokens")
bot_per_day = bot_accounts * bot_replies_acct
figure("bot_replies_day", bot_per_day / 1e6, "{:.0f} million replies/day", "AI replies the operator posts per day")
figure("bot_share", bot_per_day / posts_day, "{:.0%}", "Their share of all posts")
bot_gpu_s = bot_per_day * (llm.prefill_time_s(P8, bot_prompt_tok, F1, mfu) + bot_out_tok / tps8)
figure("bot_usd_day", bot_gpu_s * usd_s, "${:,.0f}/day", "Operator's GPU cost per day")
figure("bot_usd_per_k", bot_gpu_s * usd_s / bot_per_day * 1000, "${:.3f}", "Operator's cost per thousand replies")
figure("bot_gpus", math.ceil(bot_gpu_s / ref.SECONDS_PER_DAY), "{:d} GPUs", "H100s the operator keeps busy")

# Thread summaries on a 70B model, TP8
F8, BW8 = F1 * tp, BW1 * tp
t_pre = llm.prefill_time_s(P70, sum_in_tok, F8, mfu)
figure("sum_prefill_s", t_pre, "{:.2f} s", "Prefill of a summary's input on one TP8 replica")
tps70 = llm.decode_tokens_per_s(W70, KV70, batch70, sum_in_tok + sum_out_tok, P70, BW8, F8, eff)
figure("tps70", tps70, "{:,.0f} tokens/s", "70B decode throughput per TP8 replica at batch 32, 8K context")
figure("tpot70_ms", batch70 / tps70 * 1000, "{:.0f} ms", "Time per output token a reader sees")
sum_latency = t_pre + sum_out_tok * batch70 / tps70
figure("sum_latency_s", sum_latency, "{:.1f} s", "Summary end to end (prefill plus decode, no queueing)")
kv_sum_gb = KV70 * (sum_in_tok + sum_out_tok) / 1e9
figure("sum_kv_gb", kv_sum_gb, "{:.1f} GB", "KV cache of one summary")
figure("sum_kv_batch_gb", kv_sum_gb * batch70, "{:.0f} GB", "KV cache of a batch of 32")
kv_budget = llm.kv_budget_bytes(H100.hbm_bytes * tp, W70)
figure("kv_budget_gb", kv_budget / 1e9, "{:.0f} GB", "HBM left for KV on a TP8 replica after weights and 10% reserve")
figure("sum_max_batch", llm.max_batch_by_kv_memory(kv_budget, KV70, sum_in_tok + sum_out_tok), "{:d}", "Summaries that fit at once by KV memory")
sum_gpu_s = t_pre * tp + sum_out_tok * tp / tps70
sum_usd = sum_gpu_s * usd_s
figure("sum_usd", sum_usd * 1000, "${:.2f}", "Cost per thousand summaries generated")
sum_calls = thread_opens_day * sum_share * (1 - sum_cache_hit)
figure("sum_requests_day", thread_opens_day * sum_share / 1e6, "{:.0f} million", "Summary requests per day")
figure("sum_calls_day", sum_calls / 1e6, "{:.0f} million", "Summaries generated per day after the cache")
figure("sum_usd_day", sum_calls * sum_usd, "${:,.0f}/day", "Summary cost per day")
figure("sum_gpus", math.ceil(sum_calls * sum_gpu_s / ref.SECONDS_PER_DAY * peak_to_mean), "{:d} GPUs", "H100s at peak for summaries")
figure("sum_input_chars", sum_in_tok * chars_per_token, "{:,.0f} characters", "Characters of thread that fit the input cap")
figure("sum_input_posts", sum_in_tok / post_tok, "{:.0f} posts", "Posts that fit the input cap")

# Assistant over live posts
asst_prompt = asst_sys_tok + asst_posts * post_tok + 50
figure("asst_prompt_tok", asst_prompt, "{:,d} tokens", "Assistant prompt")
t_pre_a = llm.prefill_time_s(P70, asst_prompt, F8, mfu)
tps70a = llm.decode_tokens_per_s(W70, KV70, batch70, asst_prompt + asst_out_tok, P70, BW8, F8, eff)
asst_gpu_s = t_pre_a * tp + asst_out_tok * tp / tps70a
figure("asst_ttft_ms", t_pre_a * 1000, "{:.0f} ms", "Assistant prefill (time to first token without queueing or retrieval)")
figure("asst_usd_k", asst_gpu_s * usd_s * 1000, "${:.2f}", "Assistant cost per thousand answers")
figure("asst_usd_day", asst_q_day * asst_gpu_s * usd_s, "${:,.0f}/day", "Assistant cost per day")
figure("asst_gpus", math.ceil(asst_q_day * asst_gpu_s / ref.SECONDS_PER_DAY * peak_to_mean), "{:d} GPUs", "H100s at peak for the assistant")
asst_search_peak = asst_q_day * asst_searches / ref.SECONDS_PER_DAY * peak_to_mean
figure("asst_search_peak", asst_search_peak, "{:,.0f} queries/s", "Search queries the assistant adds at peak")
figure("asst_search_share", asst_search_peak / search_peak, "{:.0%}", "That load over human search")
P7 = llm.param_count(M7)
embed_rate = 1 / llm.prefill_time_s(P7, 1, F1, mfu)
figure("embed_rate", embed_rate, "{:,.0f} tokens/s", "Tokens one H100 embeds with a 7B-class encoder")
embed_need = posts_peak * embed_tok
figure("embed_need", embed_need, "{:,.0f} tokens/s", "Embedding tokens at the usual peak")
figure("embed_gpus", math.ceil(embed_need / embed_rate), "{:d} GPUs", "H100s that keep up at the usual peak")
figure("embed_gpus_spike", math.ceil(embed_need * spike_x / embed_rate), "{:d} GPUs", "H100s that keep up in the 10x event")
figure("vec_f32_tb", idx_posts * embed_dims * 4 / 1e12, "{:.1f} TB", "Seven days of float32 vectors")
figure("vec_pq_gb", idx_posts * pq_b / 1e9, "{:,.0f} GB", "The same after product quantisation")
figure("vec_fresh_s", embed_batch_s + fresh_p50, "{:.1f} s", "Typical post-to-retrievable delay for vectors (batch plus index refresh)")
figure("asst_stale_spike", backlog_lag(idx_cap, spike_s) / 60, "{:.0f} min", "How stale keyword retrieval is at the end of the burst at 2x capacity")

# %% [markdown]
# ## 14. Scaling from the MVP

# %%
for k, mult in (("10x", 10), ("100x", 100), ("1000x", 1000)):
    users = mvp_dau * mult
    figure(f"scale_dau_{k}", users / 1e6, "{:,.0f} million users", f"Daily users at {k}")
    figure(f"scale_posts_{k}", users / dau * posts_peak, "{:,.0f} posts/s", f"Peak posts at {k}")
    figure(f"scale_writes_{k}", mvp_writes(users), "{:,.0f} rows/s", f"Peak row writes at {k}")
    figure(f"scale_fanout_{k}", users / dau * fanout_peak, "{:.2f} million inserts/s", f"Peak fan-out at {k}")
    figure(f"scale_primaries_{k}", math.ceil(mvp_writes(users) * 2 / primary_budget), "{:,d}", f"Primaries with 2x headroom at {k}")
