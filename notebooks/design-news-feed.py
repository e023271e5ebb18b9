# %% [markdown]
# # Design a news feed: the estimates
#
# Every number the walkthrough quotes is computed here. Inputs first, each declared once with
# `assume`; then the sections:
#
# 1. Inputs
# 2. Traffic: feed opens, pages, posts
# 3. The follower distribution (a truncated power law) and why the mean misleads
# 4. Push, pull and the ratio that decides between them
# 5. Celebrities: one post's fan-out, the threshold, the hybrid, and the chart
# 6. The timeline cache: what one entry holds and what memory it takes
# 7. Ranking: candidates, features, the latency budget, the ranker's GPUs
# 8. Pagination snapshots
# 9. Edits, deletes, unfollows, follows, returning users
# 10. Storage of posts and the follow graph
# 11. The MVP: pull on one relational database, and where it breaks
# 12. Scaling 10x, 100x, 1000x from the MVP
# 13. The AI angle: LLM reranking, "what you missed", embeddings, generated spam

# %% [markdown]
# ## 1. Inputs
#
# None of the sources gives traffic for a news feed; the Educative outline only lists the
# problem. Every input below is this walkthrough's assumption or a design choice, and GPU and
# model constants come from the reference module.

# %%
import math

from estimates import assume, assumptions_table, figure, restate
from estimates import llm
from estimates import reference as ref
from estimates.charts import SERIES, new_chart, show

H100 = ref.GPUS["h100-sxm"]
L8 = ref.MODELS["llama-3.1-8b"]
L70 = ref.MODELS["llama-3.1-70b"]


# Users and traffic at the design point (100x the MVP)
accounts = assume("accounts", 500_000_000, "{:,.0f}", "Accounts (any of them can be followed)", "assumption")
dau = assume("dau", 100_000_000, "{:,.0f}", "Daily active users at the design point", "assumption")
active30 = assume("active30", 0.4, "{:.0%}", "Share of accounts active in the last 30 days (these keep a materialised timeline)", "assumption")
opens_per_dau = assume("opens_per_dau", 10, "{:d}", "Feed opens per daily user per day", "assumption")
pages_per_open = assume("pages_per_open", 1.5, "{:.1f}", "Pages fetched per open (first page plus scrolling)", "assumption")
page_size = assume("page_size", 20, "{:d} posts", "Posts per page", "design choice")
posts_per_dau = assume("posts_per_dau", 1.0, "{:.1f}", "Posts per daily user per day (most post nothing, a few post a lot)", "assumption")
peak_factor = assume("peak_factor", 3.0, "{:.0f}x", "Peak-hour rate over the daily mean", "assumption")
post_b = assume("post_b", 1_000, "{:,d} B", "One post's text and metadata (media lives elsewhere)", "assumption")

# The follower distribution: truncated Pareto
alpha = assume("alpha", 1.1, "{:.1f}", "Power-law exponent of followers per account", "assumption")
fmin = assume("fmin", 20, "{:d}", "Smallest follower count in the model", "assumption")
fmax = assume("fmax", 100_000_000, "{:,.0f}", "Largest account's followers", "assumption")

# Push machinery
timeline_len = assume("timeline_len", 500, "{:d} entries", "Entries kept per materialised timeline", "design choice")
entry_packed_b = assume("entry_packed_b", 16, "{:d} B", "One packed timeline entry (post id 8 B, author id 8 B)", "design choice")
entry_zset_b = assume("entry_zset_b", 100, "{:d} B", "One entry as a member of a large sorted set (skiplist and dict overhead)", "assumption")
ram_node_gb = assume("ram_node_gb", 256, "{:d} GB", "Usable memory per cache node", "assumption")
cache_replicas = assume("cache_replicas", 2, "{:d}", "Copies of each timeline (primary and replica)", "design choice")
shard_ops = assume("shard_ops", 100_000, "{:,.0f} ops/s", "Pipelined timeline writes one cache primary sustains (planning budget)", "assumption")
fanout_headroom = assume("fanout_headroom", 2.0, "{:.0f}x", "Fan-out capacity provisioned over the peak need", "design choice")
post_share_cap = assume("post_share_cap", 0.10, "{:.0%}", "Most of the fan-out fleet one post may occupy", "design choice")
deliver_slo_s = assume("deliver_slo_s", 5, "{:d} s", "Post visible in followers' timelines within (p99)", "design choice")

# Ranking
cand_in = assume("cand_in", 500, "{:d}", "In-network candidates (the materialised timeline)", "design choice")
cand_out = assume("cand_out", 300, "{:d}", "Out-of-network candidates (embedding retrieval)", "design choice")
heavy_n = assume("heavy_n", 150, "{:d}", "Candidates the light ranker passes to the heavy ranker", "design choice")
features = assume("features", 300, "{:d}", "Features per candidate for the heavy ranker", "design choice")
feature_b = assume("feature_b", 4, "{:d} B", "Bytes per feature value", "assumption")
heavy_flop = assume("heavy_flop", 200e6, "{:,.0f} FLOP", "Dense FLOPs to score one candidate with the heavy ranker", "assumption")
ranker_mfu = assume("ranker_mfu", 0.3, "{:.0%}", "Share of dense peak the ranker's small batches sustain", "assumption")
b_cand = assume("b_cand", 25, "{:d} ms", "Budget: candidate fetch (timeline, celebrity lists, embedding retrieval, in parallel)", "design choice")
b_feat = assume("b_feat", 60, "{:d} ms", "Budget: feature hydration", "design choice")
b_light = assume("b_light", 15, "{:d} ms", "Budget: light ranker", "design choice")
b_heavy = assume("b_heavy", 60, "{:d} ms", "Budget: heavy ranker", "design choice")
b_filter = assume("b_filter", 15, "{:d} ms", "Budget: visibility filters, diversity, mixing", "design choice")
b_hydrate = assume("b_hydrate", 25, "{:d} ms", "Budget: hydrate 20 posts and authors", "design choice")
session_s = assume("session_s", 300, "{:d} s", "Lifetime of a ranked snapshot (one scrolling session)", "design choice")
snap_ids = assume("snap_ids", 200, "{:d}", "Ranked post ids kept per snapshot", "design choice")

# Mutations
delete_share = assume("delete_share", 0.01, "{:.0%}", "Share of posts deleted later", "assumption")
unfollows_per_dau = assume("unfollows_per_dau", 0.2, "{:.1f}", "Unfollows per daily user per day", "assumption")
follows_per_dau = assume("follows_per_dau", 0.5, "{:.1f}", "Follows per daily user per day", "assumption")
backfill_posts = assume("backfill_posts", 10, "{:d} posts", "Recent posts copied into a timeline on a new follow", "design choice")
returners = assume("returners", 1_000_000, "{:,.0f}", "Users per day returning after more than 30 days (no timeline kept)", "assumption")
rebuild_rate = assume("rebuild_rate", 2_000_000, "{:,.0f} reads/s", "Author-list reads per second available to rebuilds", "assumption")
heavy_follow = assume("heavy_follow", 2_000, "{:,d}", "Accounts followed by a heavy user", "assumption")

# Storage
store_replicas = assume("store_replicas", 3, "{:d}", "Copies of each post and edge in the durable stores", "design choice")
edge_b = assume("edge_b", 16, "{:d} B", "One follow edge (two 8-byte ids)", "assumption")

# The MVP
mvp_dau = assume("mvp_dau", 1_000_000, "{:,.0f}", "Daily active users at launch (the MVP)", "assumption")
lookup_ms = assume("lookup_ms", 0.05, "{:.2f} ms", "Database time for one index range read of an author's recent posts", "assumption")
replica_lookups = assume("replica_lookups", 50_000, "{:,.0f} lookups/s", "Index range reads one relational replica sustains", "assumption")

# The AI angle
usd_gpu_h = assume("usd_per_gpu_hour", 3.00, "${:.2f} per GPU-hour", "H100 price (an assumption, not a quote)", "assumption")
restate("h100_bf16_dense", "H100_SXM_BF16_DENSE_TFLOPS", "{:,.1f} TFLOP/s", "H100 SXM dense BF16 peak (datasheet's sparse figure / 2)")
restate("h100_hbm_tbps", "H100_SXM_HBM_TBPS", "{:.2f} TB/s", "H100 SXM memory bandwidth")
restate("h100_hbm_gb", "H100_SXM_HBM_GB", "{:.0f} GB", "H100 SXM memory (decimal GB)")
restate("l8_layers", "LLAMA31_8B_LAYERS", "{:.0f}", "Llama 3.1 8B layers")
restate("l8_kv_heads", "LLAMA31_8B_KV_HEADS", "{:.0f}", "Llama 3.1 8B KV heads (GQA)")
mfu = assume("mfu", 0.4, "{:.0%}", "Share of dense peak sustained in prefill (MFU)", "assumption")
bw_eff = assume("bw_eff", 0.7, "{:.0%}", "Share of peak HBM bandwidth sustained in decode", "assumption")
gpu_util = assume("gpu_util", 0.6, "{:.0%}", "Average utilisation of an LLM fleet sized for peak", "assumption")
tp70 = int(assume("tp70", 8, "{:d} GPUs", "Tensor-parallel degree of a 70B replica", "design choice"))
k_rerank = assume("k_rerank", 50, "{:d}", "Candidates an LLM reranks per feed open", "design choice")
tok_per_cand = assume("tok_per_cand", 60, "{:d} tokens", "Tokens per candidate in the reranking prompt (truncated text plus metadata)", "design choice")
profile_tok = assume("profile_tok", 500, "{:d} tokens", "User profile and instructions in the prompt", "design choice")
rerank_out = assume("rerank_out", 40, "{:d} tokens", "Output of the reranker (an ordering of ids)", "design choice")
distil_share = assume("distil_share", 0.01, "{:.0%}", "Share of opens an LLM reranks offline to label training data for the heavy ranker", "design choice")
decode_batch = int(assume("decode_batch", 32, "{:d} sequences", "Sequences decoding together on one replica", "assumption"))
summary_share = assume("summary_share", 0.3, "{:.0%}", "Daily users shown a 'what you missed' summary per day", "assumption")
summary_posts = assume("summary_posts", 30, "{:d}", "Posts summarised", "design choice")
summary_tok_post = assume("summary_tok_post", 80, "{:d} tokens", "Tokens per summarised post", "assumption")
summary_out = assume("summary_out", 120, "{:d} tokens", "Summary length", "design choice")
emb_params = assume("emb_params_b", 0.3, "{:.1f} billion parameters", "A text-embedding encoder (size is an assumption)", "assumption") * 1e9
post_tok = assume("post_tok", 80, "{:d} tokens", "Tokens in a mean post", "assumption")
emb_dim = assume("emb_dim", 256, "{:d}", "Embedding dimensions", "design choice")
emb_days = assume("emb_days", 2, "{:d} days", "Window of posts kept in the out-of-network index", "design choice")
ann_overhead = assume("ann_overhead", 1.5, "{:.1f}x", "ANN graph overhead over raw int8 vectors", "assumption")
ann_qps = assume("ann_qps", 2_000, "{:,d} queries/s", "ANN queries one index replica serves within 10 ms", "assumption")
spam_posts = assume("spam_posts", 10_000_000, "{:,.0f} posts/day", "Generated spam posts attempted per day in a flood", "interviewer twist")
spam_recall = assume("spam_recall", 0.98, "{:.0%}", "Share of spam the classifier catches", "assumption")
spam_fpr = assume("spam_fpr", 0.005, "{:.1%}", "Share of legitimate posts the classifier flags", "assumption")
spam_batch = int(assume("spam_batch", 64, "{:d} sequences", "Attacker's decode batch for bulk generation (latency does not matter to them)", "assumption"))
spam_ctx = int(assume("spam_ctx", 512, "{:d} tokens", "Context per generated post (prompt plus output)", "assumption"))
new_acct_cap = assume("new_acct_cap", 20, "{:d} posts/day", "Post limit of an account younger than 7 days", "design choice")
assumptions_table()

# %% [markdown]
# ## 2. Traffic

# %%
opens_day = dau * opens_per_dau
figure("opens_day", opens_day / 1e9, "{:.0f} billion opens/day", "Feed opens per day")
opens_peak = figure("opens_peak", opens_day / ref.SECONDS_PER_DAY * peak_factor, "{:,.0f} opens/s", "Feed opens per second at peak")
pages_peak = figure("pages_peak", opens_peak * pages_per_open, "{:,.0f} pages/s", "Feed page requests per second at peak")
posts_day = dau * posts_per_dau
figure("posts_day", posts_day / 1e6, "{:,.0f} million posts/day", "Posts per day")
posts_peak = figure("posts_peak", posts_day / ref.SECONDS_PER_DAY * peak_factor, "{:,.0f} posts/s", "Posts per second at peak")
figure("read_write_ratio", pages_peak / posts_peak, "{:.0f}:1", "Feed page requests per post")
figure("hydrate_peak", pages_peak * page_size / 1e6, "{:.1f} million posts/s", "Post hydrations per second at peak (20 per page)")

# %% [markdown]
# ## 3. The follower distribution
#
# Followers per account follow a truncated Pareto on [fmin, fmax] with exponent a:
#
# * share of accounts above T: ((fmin/T)^a - (fmin/fmax)^a) / (1 - (fmin/fmax)^a)
# * mean: a fmin^a / (1 - (fmin/fmax)^a) x (fmax^(1-a) - fmin^(1-a)) / (1 - a)
# * share of all follow edges that point at accounts above T: (fmax^(1-a) - T^(1-a)) / (fmax^(1-a) - fmin^(1-a))
#
# Every edge has one follower and one followee, so the mean number of accounts a user follows
# equals the mean number of followers an account has.

# %%
c_trunc = 1 - (fmin / fmax) ** alpha


def share_accounts_above(t):
    return ((fmin / t) ** alpha - (fmin / fmax) ** alpha) / c_trunc


def share_edges_above(t):
    return (fmax ** (1 - alpha) - t ** (1 - alpha)) / (fmax ** (1 - alpha) - fmin ** (1 - alpha))


mean_f = alpha * fmin ** alpha / c_trunc * (fmax ** (1 - alpha) - fmin ** (1 - alpha)) / (1 - alpha)
figure("mean_followers", mean_f, "{:.0f}", "Mean followers per account (= mean accounts followed)")
median_f = fmin * (1 - 0.5 * c_trunc) ** (-1 / alpha)
figure("median_followers", median_f, "{:.0f}", "Median followers per account")
figure("mean_over_median", mean_f / median_f, "{:.1f}x", "Mean over median")
edges = accounts * mean_f
figure("edges", edges / 1e9, "{:.0f} billion", "Follow edges")
figure("accts_over_1m", accounts * share_accounts_above(1e6), "{:,.0f}", "Accounts with more than 1 million followers")
figure("accts_over_10k", accounts * share_accounts_above(1e4), "{:,.0f}", "Accounts with more than 10,000 followers")
figure("edges_over_10k", share_edges_above(1e4), "{:.0%}", "Share of edges pointing at accounts with more than 10,000 followers")

# %% [markdown]
# ## 4. Push against pull
#
# Push (fan-out on write): each post is inserted into every active follower's timeline.
# Pull (fan-out on read): each feed open reads the recent posts of every followed account.
# With posting independent of follower count, the mean fan-out of a post is the mean
# follower count, and the ratio of pull reads to push writes is opens / (posts x active share).

# %%
push_peak = figure("push_peak", posts_peak * mean_f * active30, "{:,.0f} inserts/s", "Fan-out inserts per second at peak, active followers only")
push_all_peak = figure("push_all_peak", posts_peak * mean_f, "{:,.0f} inserts/s", "The same if inactive followers were written too")
figure("inactive_saved", 1 - active30, "{:.0%}", "Fan-out writes saved by skipping inactive followers")
pull_peak = figure("pull_peak", opens_peak * mean_f / 1e6, "{:.1f} million reads/s", "Author-list reads per second at peak in pure pull")
figure("pull_over_push", opens_peak * mean_f / push_peak, "{:.0f}x", "Pull reads over push writes at peak")
figure("fanout_per_post", mean_f * active30, "{:.0f} inserts", "Mean timeline inserts per post")
fanout_cap = figure("fanout_cap", push_peak * fanout_headroom, "{:,.0f} inserts/s", "Fan-out fleet capacity (peak x headroom)")
figure("fanout_shards", math.ceil(fanout_cap * cache_replicas / shard_ops), "{:d} primaries", "Cache primaries the write load alone needs (replica writes included)")

# %% [markdown]
# ## 5. Celebrities and the threshold
#
# The largest account's post, pushed to its active followers, on the whole fan-out fleet.
# The threshold T: a post may use at most `post_share_cap` of the fleet and must finish
# within the delivery SLO, so T x active share <= cap x share x SLO.

# %%
figure("celeb_over_mean", fmax / mean_f, "{:,.0f}x", "The largest account's fan-out over the mean post's")
figure("median_under", mean_f / median_f, "{:.1f}x", "How far sizing fan-out by the median follower count undershoots")
celeb_inserts = figure("celeb_inserts", fmax * active30 / 1e6, "{:.0f} million inserts", "Inserts for one post by the largest account")
figure("celeb_fleet_s", fmax * active30 / fanout_cap, "{:.0f} s", "Time that post takes on the whole fan-out fleet")
figure("celeb_capped_min", fmax * active30 / (fanout_cap * post_share_cap) / 60, "{:.0f} min", "Time it takes at the per-post share cap")
t_raw = fanout_cap * post_share_cap * deliver_slo_s / active30
figure("threshold_raw", t_raw, "{:,.0f} followers", "Largest follower count pushable within the SLO at the share cap")
t_sel = float(10 ** math.floor(math.log10(t_raw)) * math.floor(t_raw / 10 ** math.floor(math.log10(t_raw))))
threshold = figure("threshold", t_sel, "{:,.0f} followers", "Threshold chosen (rounded down)")
celeb_accounts = figure("celeb_accounts", accounts * share_accounts_above(threshold), "{:,.0f}", "Accounts above the threshold (pulled, not pushed)")
celeb_edge_share = figure("celeb_edge_share", share_edges_above(threshold), "{:.0%}", "Share of follow edges pointing at them")
celeb_per_read = figure("celeb_per_read", mean_f * celeb_edge_share, "{:.0f} authors", "Pulled authors merged per feed open (mean)")
hybrid_push = figure("hybrid_push", push_peak * (1 - celeb_edge_share), "{:,.0f} inserts/s", "Fan-out inserts per second at peak in the hybrid")
figure("max_pushed_inserts", threshold * active30, "{:,.0f} inserts", "Inserts for one post by an account just under the threshold")
figure("hybrid_max_post_s", threshold * active30 / (fanout_cap * post_share_cap), "{:.1f} s", "Worst single-post fan-out time in the hybrid")
celeb_list_b = celeb_accounts * 50 * entry_packed_b
figure("celeb_lists_mb", celeb_list_b / 1e6, "{:.1f} MB", "Recent-post lists of every pulled author (50 entries each)")
figure("celeb_reads_peak", opens_peak * celeb_per_read / 1e6, "{:.1f} million reads/s", "Pulled-author list reads per second at peak")

ts = [10 ** (3 + 0.05 * i) for i in range(0, 101)]
fig, ax = new_chart()
ax.plot(ts, [push_peak * (1 - share_edges_above(t)) / 1e3 for t in ts], color=SERIES[0], label="fan-out inserts at peak (thousand/s)")
ax.plot(ts, [t * active30 / (fanout_cap * post_share_cap) for t in ts], color=SERIES[1], label="worst single-post fan-out (s)")
ax.set_xscale("log")
ax.set_yscale("log")
ax2 = ax.twinx()
ax2.plot(ts, [mean_f * share_edges_above(t) for t in ts], color=SERIES[2], linestyle="--", label="pulled authors per open (right axis)")
ax2.set_ylabel("authors merged per open")
ax2.set_ylim(0, mean_f)
ax.axvline(threshold, color=SERIES[3], linestyle=":", linewidth=1.2, label="chosen threshold")
ax.axhline(deliver_slo_s, color=SERIES[1], linestyle=":", linewidth=1.0)
ax.set_xlabel("celebrity threshold (followers, log scale)")
ax.set_ylabel("thousand inserts/s, or seconds (log)")
ax.set_title("Hybrid fan-out: what the threshold trades")
h1, l1 = ax.get_legend_handles_labels()
h2, l2 = ax2.get_legend_handles_labels()
ax.legend(h1 + h2, l1 + l2, frameon=False, fontsize=8, loc="upper left")
show(fig, alt="Log-scale chart against the celebrity threshold: total fan-out inserts per second change only modestly, "
              "the worst single post's fan-out time grows in proportion to the threshold and crosses the 5 second "
              "delivery target near the chosen threshold, and the number of pulled authors each feed open must merge "
              "falls as the threshold rises.")

# %% [markdown]
# ## 6. The timeline cache
#
# Materialised timelines for 30-day active users only. Three ways to store an entry.

# %%
tl_users = accounts * active30
figure("tl_users", tl_users / 1e6, "{:,.0f} million", "Users with a materialised timeline")
packed = tl_users * timeline_len * entry_packed_b
figure("tl_packed_tb", packed / 1e12, "{:.1f} TB", "Timeline memory, packed entries, one copy")
figure("tl_packed_nodes", math.ceil(packed * cache_replicas / (ram_node_gb * 1e9)), "{:d} nodes", "Cache nodes for packed timelines with replicas")
zset = tl_users * timeline_len * entry_zset_b
figure("tl_zset_tb", zset / 1e12, "{:.0f} TB", "Timeline memory as large sorted sets, one copy")
figure("tl_zset_nodes", math.ceil(zset * cache_replicas / (ram_node_gb * 1e9)), "{:d} nodes", "Cache nodes for sorted-set timelines with replicas")
bodies = tl_users * timeline_len * post_b
figure("tl_bodies_tb", bodies / 1e12, "{:,.0f} TB", "Timeline memory if every entry copied the post body")
figure("bodies_over_packed", post_b / entry_packed_b, "{:.1f}x", "Body copies over packed ids")
figure("tl_per_user_kb", timeline_len * entry_packed_b / 1e3, "{:.0f} KB", "One user's packed timeline")
figure("zset_over_packed", entry_zset_b / entry_packed_b, "{:.2f}x", "Sorted-set entry over packed entry")
full_rebuild = tl_users * mean_f
figure("full_rebuild_b", full_rebuild / 1e9, "{:.1f} billion reads", "Author-list reads to rebuild every timeline from scratch")
figure("full_rebuild_h", full_rebuild / rebuild_rate / 3600, "{:.1f} h", "Time to rebuild every timeline at the rebuild rate")
figure("node_loss_users", tl_users / math.ceil(packed * cache_replicas / (ram_node_gb * 1e9)) * cache_replicas / 1e6, "{:.0f} million", "Users whose timeline copy sits on one cache node")
figure("push_write_mb_s", push_peak * entry_packed_b * cache_replicas / 1e6, "{:.1f} MB/s", "Fan-out write bandwidth at peak")
post_cache_b = posts_day * 2 * post_b
figure("post_cache_gb", post_cache_b / 1e9, "{:,.0f} GB", "Post cache for the last two days of posts")

# %% [markdown]
# ## 7. Ranking

# %%
figure("cands", cand_in + cand_out, "{:,d}", "Candidates per ranked feed open")
feat_b = heavy_n * features * feature_b
figure("feat_kb", feat_b / 1e3, "{:.0f} KB", "Feature bytes hydrated per ranked open (heavy ranker only)")
figure("feat_gb_s", feat_b * opens_peak / 1e9, "{:.1f} GB/s", "Feature bytes per second at peak")
heavy_req_flop = heavy_n * heavy_flop
figure("heavy_gflop", heavy_req_flop / 1e9, "{:.0f} GFLOP", "Heavy-ranker FLOPs per ranked open")
ranker_gpus = heavy_req_flop * opens_peak / (H100.bf16_dense_flops * ranker_mfu)
figure("ranker_gpus", ranker_gpus, "{:.1f} GPUs", "H100s of heavy-ranker compute at peak, before headroom")
figure("ranker_ms", heavy_req_flop / (H100.bf16_dense_flops * ranker_mfu) * 1e3, "{:.2f} ms", "GPU time of one open's heavy ranking")
budget = b_cand + b_feat + b_light + b_heavy + b_filter + b_hydrate
figure("server_budget_ms", budget, "{:d} ms", "Server-side budget of a ranked first page")
ranker_usd_view = heavy_req_flop / (H100.bf16_dense_flops * ranker_mfu) * usd_gpu_h / 3600
figure("ranker_usd_1k", ranker_usd_view * 1000, "${:.5f}", "Heavy-ranker GPU cost per 1,000 opens")

# %% [markdown]
# ## 8. Pagination snapshots
#
# A ranked feed is paged from a snapshot of ranked ids kept for the session, so a cursor is
# (snapshot id, position). Little's law gives the number of live snapshots.

# %%
live_snaps = opens_peak * session_s
figure("live_snaps", live_snaps / 1e6, "{:.1f} million", "Live snapshots at peak (opens/s x lifetime)")
figure("snap_gb", live_snaps * (snap_ids * 8 + 200) / 1e9, "{:.0f} GB", "Memory of the live snapshots")

# %% [markdown]
# ## 9. Mutations: edits, deletes, unfollows, follows, returning users

# %%
deletes_day = posts_day * delete_share
figure("deletes_day", deletes_day / 1e6, "{:.0f} million deletes/day", "Posts deleted per day")
figure("delete_fanout_day", deletes_day * mean_f * active30 / 1e6, "{:,.0f} million removals/day", "Timeline removals per day if deletes were fanned out")
unf_day = dau * unfollows_per_dau
figure("unfollows_day", unf_day / 1e6, "{:.0f} million unfollows/day", "Unfollows per day")
figure("unfollow_scan", timeline_len, "{:d} entries", "Entries scanned to purge one author from a timeline")
fol_day = dau * follows_per_dau
figure("follows_day", fol_day / 1e6, "{:.0f} million follows/day", "Follows per day")
backfill_s = fol_day * backfill_posts / ref.SECONDS_PER_DAY
figure("backfill_s", backfill_s, "{:,.0f} inserts/s", "Backfill inserts per second (daily mean)")
figure("backfill_share", backfill_s * peak_factor / push_peak, "{:.1%}", "Backfill as a share of peak fan-out")
figure("rebuild_reads", mean_f, "{:.0f} reads", "Author-list reads to rebuild a returning user's timeline (mean)")
figure("rebuild_day", returners * mean_f / 1e6, "{:.0f} million reads/day", "Rebuild reads per day for returning users")
figure("heavy_rebuild_ms", heavy_follow * lookup_ms, "{:.0f} ms", "Serial database time to rebuild a heavy user's timeline")

# %% [markdown]
# ## 10. Storage

# %%
figure("posts_tb_year", posts_day * post_b * 365 * store_replicas / 1e12, "{:.0f} TB", "Post store growth per year with replicas")
figure("graph_tb", edges * 2 * edge_b * store_replicas / 1e12, "{:.0f} TB", "Follow graph stored both ways with replicas")

# %% [markdown]
# ## 11. The MVP: pull from one relational database
#
# At launch every open runs one query: the recent posts of everyone the user follows,
# merged, newest first. Each followed author costs one index range read.

# %%
mvp_opens = figure("mvp_opens_peak", mvp_dau * opens_per_dau / ref.SECONDS_PER_DAY * peak_factor, "{:,.0f} opens/s", "Feed opens per second at peak, MVP")
mvp_lookups = figure("mvp_lookups", mvp_opens * mean_f, "{:,.0f} lookups/s", "Index range reads per second at peak, MVP")
figure("mvp_replicas", math.ceil(mvp_lookups / replica_lookups), "{:d} replicas", "Read replicas the MVP needs")
figure("mvp_posts_peak", mvp_dau * posts_per_dau / ref.SECONDS_PER_DAY * peak_factor, "{:.0f} posts/s", "Posts per second at peak, MVP")
figure("mvp_open_ms", mean_f * lookup_ms, "{:.1f} ms", "Database time of a mean user's feed query")
figure("mvp_heavy_ms", heavy_follow * lookup_ms, "{:.0f} ms", "Database time of a heavy user's feed query")
mvp_tl = mvp_dau * 5 * active30 * timeline_len * entry_packed_b
figure("mvp_push_gb", mvp_tl / 1e9, "{:.0f} GB", "Packed timelines at MVP scale, had we pushed from day one")

# %% [markdown]
# ## 12. Scaling from the MVP
#
# Accounts scale with daily users (the same 5:1 ratio) and the follower distribution is kept.

# %%
for mult in (10, 100, 1000):
    d = mvp_dau * mult
    o = d * opens_per_dau / ref.SECONDS_PER_DAY * peak_factor
    p = d * posts_per_dau / ref.SECONDS_PER_DAY * peak_factor
    figure(f"threshold_{mult}x", float(f"{t_raw * mult / 100:.2g}"), "{:,.0f} followers", f"Threshold the SLO criterion allows at {mult}x (fleet scales with load)")
    figure(f"opens_{mult}x", o, "{:,.0f} opens/s", f"Feed opens per second at peak, {mult}x the MVP")
    figure(f"pull_lookups_{mult}x", o * mean_f / 1e6, "{:,.1f} million reads/s", f"Pull reads per second at {mult}x")
    figure(f"pull_replicas_{mult}x", math.ceil(o * mean_f / replica_lookups), "{:,d} replicas", f"Relational replicas pure pull needs at {mult}x")
    pp = p * mean_f * active30
    figure(f"push_{mult}x", pp / 1e3, "{:,.0f} thousand inserts/s", f"Fan-out inserts per second at {mult}x")
    figure(f"tl_tb_{mult}x", d * 5 * active30 * timeline_len * entry_packed_b * cache_replicas / 1e12, "{:,.2f} TB", f"Packed timelines with replicas at {mult}x")
    figure(f"cache_nodes_{mult}x", max(math.ceil(d * 5 * active30 * timeline_len * entry_packed_b * cache_replicas / (ram_node_gb * 1e9)),
                                       math.ceil(pp * fanout_headroom * cache_replicas / shard_ops)), "{:,d} nodes", f"Timeline cache nodes at {mult}x (memory or writes, whichever binds)")

# %% [markdown]
# ## 13. The AI angle
#
# ### LLM reranking of the top K candidates, per ranked open
#
# Prefill is compute-bound: `llm.prefill_time_s` = 2 x parameters x prompt tokens / (peak x MFU).
# Decode is memory-bound at these batch sizes: `llm.decode_tokens_per_s` on the roofline.
# The 8B model runs on one H100; the 70B on an 8-GPU tensor-parallel replica.

# %%
P8 = llm.param_count(L8)
P70 = llm.param_count(L70)
W8 = llm.weights_bytes(L8)
W70 = llm.weights_bytes(L70)
KV8 = llm.kv_cache_bytes_per_token(L8)
KV70 = llm.kv_cache_bytes_per_token(L70)
figure("p8_b", P8 / 1e9, "{:.2f} billion", "Llama 3.1 8B parameters from its shapes")
figure("kv8_kib", KV8 / 1024, "{:.0f} KiB", "Llama 3.1 8B KV cache per token (2 x layers x KV heads x head_dim x 2 B)")
F1 = H100.bf16_dense_flops
BW1 = H100.hbm_bytes_per_s


def rerank_prompt(k):
    return profile_tok + k * tok_per_cand


def view_gpu_s(k, model="8b"):
    """GPU-seconds of one LLM rerank: prefill plus decode share of the replica."""
    prompt = rerank_prompt(k)
    ctx = prompt + rerank_out
    if model == "8b":
        pre = llm.prefill_time_s(P8, prompt, F1, mfu)
        agg = llm.decode_tokens_per_s(W8, KV8, decode_batch, ctx, P8, BW1, F1, bw_eff)
        return pre + rerank_out / agg
    pre = llm.prefill_time_s(P70, prompt, F1 * tp70, mfu) * tp70
    agg = llm.decode_tokens_per_s(W70, KV70, decode_batch, ctx, P70, BW1 * tp70, F1 * tp70, bw_eff)
    return pre + rerank_out / agg * tp70


prompt_k = figure("rerank_prompt", rerank_prompt(k_rerank), "{:,d} tokens", "Reranking prompt at K candidates")
pre8 = figure("rerank_prefill_ms", llm.prefill_time_s(P8, prompt_k, F1, mfu) * 1e3, "{:.0f} ms", "Prefill time of that prompt, 8B on one H100")
agg8 = llm.decode_tokens_per_s(W8, KV8, decode_batch, prompt_k + rerank_out, P8, BW1, F1, bw_eff)
step8 = decode_batch / agg8
figure("decode_step_ms", step8 * 1e3, "{:.1f} ms", "One decode step of the 8B model at the assumed batch")
figure("rerank_latency_ms", pre8 + rerank_out * step8 * 1e3, "{:.0f} ms", "Prefill plus decode of the rerank output, 8B, no queueing")
figure("rerank_over_budget", (pre8 + rerank_out * step8 * 1e3) / budget, "{:.1f}x", "That over the whole server budget of a ranked page")
g8 = view_gpu_s(k_rerank, "8b")
g70 = view_gpu_s(k_rerank, "70b")
figure("rerank_gpu_s_8b", g8, "{:.3f} GPU-s", "GPU-seconds per reranked open, 8B")
figure("rerank_gpu_s_70b", g70, "{:.2f} GPU-s", "GPU-seconds per reranked open, 70B")
usd8 = g8 * usd_gpu_h / 3600
usd70 = g70 * usd_gpu_h / 3600
figure("rerank_usd_1k_8b", usd8 * 1000, "${:.3f}", "LLM rerank cost per 1,000 opens, 8B")
figure("rerank_usd_1k_70b", usd70 * 1000, "${:.2f}", "LLM rerank cost per 1,000 opens, 70B")
figure("rerank_usd_day_8b", usd8 * opens_day / 1e3, "${:,.0f} thousand/day", "Per day if every open is reranked, 8B")
figure("rerank_usd_day_70b", usd70 * opens_day / 1e6, "${:,.1f} million/day", "Per day if every open is reranked, 70B")
figure("rerank_gpus_8b", opens_peak * g8 / gpu_util, "{:,.0f} GPUs", "H100s at peak for the 8B reranker")
figure("rerank_gpus_70b", opens_peak * g70 / gpu_util, "{:,.0f} GPUs", "H100s at peak for the 70B reranker")
figure("rerank_70_over_8", g70 / g8, "{:.1f}x", "70B rerank cost over 8B per open")
figure("distil_usd_day", usd8 * opens_day * distil_share, "${:,.0f}/day", "8B reranking of 1% of opens, as offline labels for the heavy ranker")
figure("rerank_over_ranker", usd8 / ranker_usd_view, "{:,.0f}x", "8B rerank cost over heavy-ranker cost per open")
all_cands_tok = profile_tok + (cand_in + cand_out) * tok_per_cand
figure("all_cands_tok", all_cands_tok, "{:,d} tokens", "Prompt if the LLM read every candidate")
figure("all_cands_gpus", opens_peak * llm.prefill_time_s(P8, all_cands_tok, F1, mfu) / gpu_util, "{:,.0f} GPUs", "H100s at peak for 8B prefill over every candidate")

ks = list(range(10, 205, 5))
fig, ax = new_chart()
ax.plot(ks, [view_gpu_s(k, "8b") * usd_gpu_h / 3600 * 1000 for k in ks], color=SERIES[0], label="Llama 3.1 8B, 1 H100")
ax.plot(ks, [view_gpu_s(k, "70b") * usd_gpu_h / 3600 * 1000 for k in ks], color=SERIES[1], label="Llama 3.1 70B, 8 H100s")
ax.axhline(ranker_usd_view * 1000, color=SERIES[2], linestyle="--", label="heavy ranker (150 candidates)")
ax.set_yscale("log")
ax.set_xlabel("candidates reranked by the LLM per open")
ax.set_ylabel("GPU cost per 1,000 opens (USD, log)")
ax.set_title("Cost of putting an LLM in the ranking path")
ax.legend(frameon=False, fontsize=9)
show(fig, alt="Log-scale line chart: GPU cost per thousand feed opens rises linearly with the number of candidates an LLM "
              "reranks; the 70B model costs 8 to 9 times the 8B model, and both sit three to four orders of magnitude "
              "above a conventional heavy ranker scoring 150 candidates.")

# %% [markdown]
# ### "What you missed": one summary per returning user

# %%
sum_prompt = profile_tok + summary_posts * summary_tok_post
figure("summary_prompt", sum_prompt, "{:,d} tokens", "Summary prompt")
sum_pre = llm.prefill_time_s(P8, sum_prompt, F1, mfu)
agg_s = llm.decode_tokens_per_s(W8, KV8, decode_batch, sum_prompt + summary_out, P8, BW1, F1, bw_eff)
figure("summary_ttft_ms", sum_pre * 1e3, "{:.0f} ms", "Time to first token of the summary, before queueing")
figure("summary_stream_tps", agg_s / decode_batch, "{:.0f} tokens/s", "Tokens per second one summary stream sees")
figure("summary_total_s", sum_pre + summary_out * decode_batch / agg_s, "{:.1f} s", "Time to the last token of the summary")
sum_gpu_s = sum_pre + summary_out / agg_s
sum_usd = sum_gpu_s * usd_gpu_h / 3600
figure("summary_usd_1k", sum_usd * 1000, "${:.3f}", "Cost per 1,000 summaries, 8B")
sums_day = dau * summary_share
figure("summaries_day", sums_day / 1e6, "{:.0f} million summaries/day", "Summaries per day")
figure("summary_usd_day", sum_usd * sums_day, "${:,.0f}/day", "Summary cost per day")
figure("summary_usd_dau_month", sum_usd * summary_share * 30, "${:.4f}", "Summary cost per daily user per 30 days")
figure("summary_gpus", sums_day / ref.SECONDS_PER_DAY * peak_factor * sum_gpu_s / gpu_util, "{:,.0f} GPUs", "H100s at peak for summaries")
figure("cost_per_mtok_8b", llm.cost_per_million_tokens(usd_gpu_h, 1, agg_s), "${:.2f}", "8B decode cost per million output tokens at the assumed batch")

# %% [markdown]
# ### Embeddings for out-of-network candidates

# %%
emb_flop_day = posts_day * post_tok * 2 * emb_params
figure("emb_gpus", emb_flop_day / (F1 * mfu * ref.SECONDS_PER_DAY), "{:.2f} GPUs", "H100s (daily mean) to embed every new post")
emb_index_b = posts_day * emb_days * emb_dim * 1 * ann_overhead
figure("emb_index_gb", emb_index_b / 1e9, "{:.0f} GB", "ANN index over the window, int8 vectors plus graph")
figure("emb_replicas", math.ceil(opens_peak / ann_qps), "{:d} replicas", "Index replicas for one query per ranked open at peak")

# %% [markdown]
# ### Generated content flooding the feed

# %%
usd_per_mtok = llm.cost_per_million_tokens(usd_gpu_h, 1, llm.decode_tokens_per_s(W8, KV8, spam_batch, spam_ctx, P8, BW1, F1, bw_eff))
figure("spam_usd_mtok", usd_per_mtok, "${:.2f}", "Cost per million tokens to generate with an 8B model on a rented H100 at the attacker's batch")
figure("spam_usd_million_posts", usd_per_mtok * post_tok, "${:,.0f}", "Generation cost of one million posts")
figure("spam_share", spam_posts / (spam_posts + posts_day), "{:.0%}", "Spam share of all posts during the flood")
figure("spam_through", spam_posts * (1 - spam_recall) / 1e3, "{:,.0f} thousand spam posts/day", "Spam posts the classifier misses per day")
figure("legit_flagged", posts_day * spam_fpr / 1e3, "{:,.0f} thousand legitimate posts/day", "Legitimate posts flagged per day")
figure("spam_accounts_needed", spam_posts / new_acct_cap, "{:,.0f} accounts", "New accounts the flood needs at the new-account post limit")
cls_flop_day = (spam_posts + posts_day) * post_tok * 2 * P8
figure("cls_gpus", cls_flop_day / (F1 * mfu * ref.SECONDS_PER_DAY), "{:.1f} GPUs", "H100s (daily mean) to classify every post with the 8B model")
