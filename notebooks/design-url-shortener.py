# %% [markdown]
# # Design a URL shortener: the estimates
#
# Every number the walkthrough quotes is computed here. Inputs first, each declared once with
# `assume`; then the sections:
#
# 1. Inputs
# 2. Traffic
# 3. Key space: the powers of 62, and how long each length lasts
# 4. Key generation: hash or random keys and their collisions, counter ranges, enumeration
# 5. Storage per year
# 6. Caching: a Zipf model of the hit ratio (chart), cache memory, database reads
# 7. 301 or 302: what browser caching does to analytics and takedowns
# 8. The clicks pipeline
# 9. Multi-region reads
# 10. Abuse: the error arithmetic of a scanning cascade
# 11. The AI angle: link summaries, a model as abuse judge, agents creating links
# 12. Scaling 10x, 100x, 1000x (chart of key-space fill)

# %% [markdown]
# ## 1. Inputs
#
# None of the four sources gives traffic for this question (the Educative outline only lists it
# among its classic designs), so every input is an assumption of this walkthrough. GPU and model
# constants come from `estimates.reference`, formulas from `estimates.llm`.

# %%
import math

import numpy as np

from estimates import assume, assumptions_table, figure, restate
from estimates import llm
from estimates import reference as ref
import matplotlib.pyplot as plt

from estimates.charts import SERIES, new_chart, show

links_day = assume("links_day", 100_000_000, "{:,.0f} links/day", "New short links created per day", "assumption")
reads_per_link = assume("reads_per_link", 100, "{:d}", "Redirects per created link (read:write ratio)", "assumption")
peak_x = assume("peak_x", 3.0, "{:.0f}x", "Peak traffic over the daily mean", "assumption")
url_b = assume("url_b", 150, "{:d} B", "Mean long URL length", "assumption")
row_b = assume("row_b", 250, "{:d} B", "One link row: key, long URL, owner, timestamps, status, scan verdict", "assumption")
disk_overhead = assume("disk_overhead", 1.5, "{:.1f}x", "On-disk overhead over logical bytes (index, page fill, compaction headroom)", "assumption")
replicas = assume("replicas", 3, "{:d}", "Copies of each row within a region", "design choice")
key_len = assume("key_len", 7, "{:d} characters", "Generated key length", "design choice")
alphabet = assume("alphabet", 62, "{:d} symbols", "Key alphabet: 0-9, a-z, A-Z", "design choice")
max_fill = assume("max_fill", 0.10, "{:.0%}", "Most of the key space random keys may fill before keys get longer", "design choice")
block = assume("block", 10_000, "{:,d} ids", "Counter block handed to one create server at a time", "design choice")
create_servers = assume("create_servers", 40, "{:d}", "Create-API servers holding a block", "assumption")
scraper_rps = assume("scraper_rps", 1_000, "{:,d} probes/s", "Key guesses per second from one determined scraper", "interviewer twist")
cache_links = assume("cache_links", 400_000_000, "{:,.0f} links", "Links held in the regional cache", "design choice")
cache_entry_b = assume("cache_entry_b", 300, "{:d} B", "One cached entry including key and store overhead", "assumption")
zipf_s = assume("zipf_s", 1.1, "{:.1f}", "Zipf exponent of link popularity (clicks to the i-th most popular link ~ 1/i^s)", "assumption")
redis_node_gb = assume("redis_node_gb", 64, "{:d} GB", "Usable memory per cache node", "assumption")
redis_ops = assume("redis_ops", 100_000, "{:,d} GETs/s", "GETs one cache primary serves (planning budget)", "assumption")
edge_hit = assume("edge_hit", 0.50, "{:.0%}", "Share of redirects the CDN answers from its cache (60 s edge TTL)", "assumption")
repeat_share = assume("repeat_share", 0.15, "{:.0%}", "Share of clicks that repeat a click from the same browser", "assumption")
db_write_budget = assume("db_write_budget", 5_000, "{:,d} inserts/s", "Inserts one relational primary sustains with indexes and replication (planning budget)", "assumption")
db_node_tb = assume("db_node_tb", 4, "{:d} TB", "Data one relational primary holds comfortably (backups, vacuum, rebuild time)", "assumption")
kv_node_tb = assume("kv_node_tb", 4, "{:d} TB", "Usable SSD per key-value storage node", "assumption")
kv_reads_node = assume("kv_reads_node", 20_000, "{:,d} reads/s", "Point reads one key-value node serves (planning budget)", "assumption")
event_b = assume("event_b", 200, "{:d} B", "One click event on the wire (key, time, country, referrer host, agent class, hashed IP)", "assumption")
col_compress = assume("col_compress", 8, "{:d}x", "Compression of click events in a columnar store", "assumption")
partition_mb = assume("partition_mb", 10, "{:d} MB/s", "Write throughput per log partition (planning budget)", "assumption")
bot_share = assume("bot_share", 0.20, "{:.0%}", "Share of redirects from automated fetchers (chat unfurlers, mail scanners, crawlers)", "assumption")
hll_links = assume("hll_links", 1_000_000, "{:,.0f} links", "Links per day whose unique clickers are counted with a dense HyperLogLog", "design choice")
hll_kb = assume("hll_kb", 12, "{:d} KB", "Dense Redis HyperLogLog size (redis.io, PFCOUNT)", "Redis documentation")
hot_clicks_min = assume("hot_clicks_min", 1_000_000, "{:,.0f} clicks/min", "One link on a televised ad or a viral post", "interviewer twist")
flush_s = assume("flush_s", 10, "{:d} s", "Flush interval of the stream aggregator's per-link counts", "design choice")
regions = assume("regions", 3, "{:d}", "Regions serving redirects", "design choice")
edge_rtt_ms = assume("edge_rtt_ms", 20, "{:d} ms", "Round trip from a user to a nearby point of presence", "assumption")
wan_rtt_ms = restate("wan_rtt_ms", "CA_NETHERLANDS_RTT_MS", "{:.0f} ms", "California-Netherlands round trip (reference latency table)")
rtt_new_conn = assume("rtt_new_conn", 3, "{:d} round trips", "New HTTPS connection plus request: TCP, TLS 1.3, then GET", "protocol arithmetic")
repl_lag_s = assume("repl_lag_s", 1.0, "{:.0f} s", "Cross-region replication lag (p99, normal operation)", "assumption")
early_cross = assume("early_cross", 0.002, "{:.1%}", "Share of new links first clicked in another region inside the replication lag", "assumption")
bad_share = assume("bad_share", 0.01, "{:.0%}", "Share of creations that point at phishing or malware", "assumption")
listed_share = assume("listed_share", 0.60, "{:.0%}", "Share of bad destinations already on a threat list at creation", "assumption")
clf_recall = assume("clf_recall", 0.90, "{:.0%}", "URL classifier recall on unlisted bad links", "assumption")
clf_fpr = assume("clf_fpr", 0.005, "{:.1%}", "URL classifier false-positive rate on good links", "assumption")
judge_recall = assume("judge_recall", 0.95, "{:.0%}", "Model judge recall on flagged bad links (page fetched and read)", "assumption")
judge_fpr = assume("judge_fpr", 0.02, "{:.0%}", "Model judge false-positive rate on flagged good links", "assumption")
page_tok = assume("page_tok", 2_000, "{:,d} tokens", "Page text given to the model (truncated)", "design choice")
summary_tok = assume("summary_tok", 60, "{:d} tokens", "Length of a link summary", "design choice")
verdict_tok = assume("verdict_tok", 20, "{:d} tokens", "Length of a judge verdict (label and reason code)", "design choice")
mfu = assume("mfu", 0.40, "{:.0%}", "Prefill model FLOP utilisation", "assumption")
hbm_eff = assume("hbm_eff", 0.60, "{:.0%}", "Share of peak HBM bandwidth decode achieves", "assumption")
decode_batch = assume("decode_batch", 64, "{:d} sequences", "Decode batch on one GPU", "assumption")
gpu_util = assume("gpu_util", 0.60, "{:.0%}", "Target GPU utilisation of the summary pool", "assumption")
usd_gpu_h = assume("usd_gpu_h", 3.00, "${:.2f} per GPU-hour", "H100 price (rented)", "assumption")
fetch_ms = assume("fetch_ms", 800, "{:,d} ms", "Fetch and extract a destination page (p50)", "assumption")
create_budget_ms = assume("create_budget_ms", 100, "{:d} ms", "Create-API latency target (p99)", "design choice")
preview_share = assume("preview_share", 0.30, "{:.0%}", "Share of links whose preview is ever requested", "assumption")
chars_per_tok = restate("chars_per_tok", "CHARS_PER_TOKEN_EN", "{:.0f} characters", "Characters per token, English (reference)")
agent_x = assume("agent_x", 10, "{:d}x", "Agent-created links over today's human-created links", "interviewer twist")
agent_dup = assume("agent_dup", 0.50, "{:.0%}", "Share of agent creations that repeat an (owner, URL) pair", "assumption")
chat_links_day = assume("chat_links_day", 2_000_000_000, "{:,.0f} links/day", "Links a chat product would shorten in its answers", "interviewer twist")
sig_chars = assume("sig_chars", 22, "{:d} characters", "A 128-bit HMAC tag in base64url", "protocol arithmetic")
assumptions_table()

# %% [markdown]
# ## 2. Traffic

# %%
DAY = ref.SECONDS_PER_DAY
YEAR_DAYS = ref.DAYS_PER_YEAR
creates_avg = figure("creates_avg", links_day / DAY, "{:,.0f} creates/s", "Mean create rate")
creates_peak = figure("creates_peak", links_day / DAY * peak_x, "{:,.0f} creates/s", "Peak create rate")
clicks_day = figure("clicks_day", links_day * reads_per_link / 1e9, "{:,.0f} billion redirects/day", "Redirects per day") * 1e9
redirects_avg = figure("redirects_avg", clicks_day / DAY, "{:,.0f} redirects/s", "Mean redirect rate")
redirects_peak = figure("redirects_peak", clicks_day / DAY * peak_x, "{:,.0f} redirects/s", "Peak redirect rate")
links_year = figure("links_year", links_day * YEAR_DAYS / 1e9, "{:,.1f} billion links", "Links created per year") * 1e9
figure("downtime_9999_min", llm.downtime_per_period(4, "month30"), "{:.1f} min", "Downtime allowed by 99.99% over 30 days")
figure("downtime_999_min", llm.downtime_per_period(3, "month30"), "{:.1f} min", "Downtime allowed by 99.9% over 30 days")
figure("failed_redirects_9999", clicks_day * ref.DAYS_PER_MONTH_30 * 1e-4 / 1e6, "{:.0f} million", "Redirects that may fail in 30 days at 99.99%")

# %% [markdown]
# ## 3. Key space
#
# A key of L characters over 62 symbols has 62^L values. The common slip is to read 62^7 as
# "3.5 billion": it is 3.5 trillion. Another: a 64-bit Snowflake id does not fit in 7 base-62
# characters; it needs 11.

# %%
space = {n: alphabet ** n for n in (6, 7, 8)}
figure("space_6", space[6], "{:,.0f}", "62^6")
figure("space_7", space[7], "{:,.0f}", "62^7")
figure("space_8", space[8], "{:,.0f}", "62^8")
figure("space_6_short", space[6] / 1e9, "{:.1f} billion", "62^6, rounded")
figure("space_7_short", space[7] / 1e12, "{:.2f} trillion", "62^7, rounded")
figure("space_8_short", space[8] / 1e12, "{:,.0f} trillion", "62^8, rounded")
figure("space_7_misread", space[7] / 3.5e9, "{:,.0f}x", "How far off '62^7 is about 3.5 billion' is")
figure("bits_7", key_len * math.log2(alphabet), "{:.1f} bits", "Information in 7 base-62 characters")
figure("bits_per_char", math.log2(alphabet), "{:.2f} bits", "Information per base-62 character")
figure("snowflake_chars", math.ceil(63 / math.log2(alphabet)), "{:d} characters", "Base-62 characters needed for a 63-bit Snowflake id")
figure("uuid_chars", math.ceil(122 / math.log2(alphabet)), "{:d} characters", "Base-62 characters for the 122 random bits of a UUIDv4")
figure("years_6_full", space[6] / links_year, "{:.1f} years", "Years until 62^6 is used up at the assumed rate")
figure("years_7_full", space[7] / links_year, "{:,.0f} years", "Years until 62^7 is used up (counter keys, no gaps)")
figure("years_7_fill", space[7] * max_fill / links_year, "{:.1f} years", "Years until random 7-character keys reach the fill limit")
figure("years_8_fill", space[8] * max_fill / links_year, "{:,.0f} years", "Years until random 8-character keys reach the fill limit")

# %% [markdown]
# ## 4. Key generation
#
# **Hash or random keys.** A new key collides with an existing one with probability n / N, where n
# keys exist in a space of N. Summed over a year's inserts, the expected number of collisions is
# about n^2 / 2N (the birthday arithmetic). Truncating a hash of the URL behaves exactly like a
# random key here: the collision is just deterministic for the same input.
#
# **Counter ranges.** A counter never collides; the cost is a range service and, without a
# scramble, guessable keys.

# %%
figure("p_collide_y1", links_year / space[7], "{:.2%}", "Chance a new random 7-char key collides, after one year")
figure("p_collide_y10", 10 * links_year / space[7], "{:.1%}", "The same after ten years")
exp_coll_y1 = links_year ** 2 / (2 * space[7])
figure("collisions_y1", exp_coll_y1 / 1e6, "{:,.0f} million", "Collisions (retries) in the first year")
figure("collisions_y1_share", exp_coll_y1 / links_year, "{:.2%}", "Retries as a share of the first year's inserts")
birthday_50 = math.sqrt(2 * math.log(2) * space[7])
figure("birthday_50", birthday_50 / 1e6, "{:.1f} million keys", "Keys at which a first collision is more likely than not")
figure("birthday_50_min", birthday_50 / creates_avg / 60, "{:.0f} minutes", "Time to reach that many keys at the mean create rate")
figure("attempts_at_fill", 1 / (1 - max_fill), "{:.2f}", "Mean insert attempts per key at the fill limit")
figure("block_rps", creates_peak / block, "{:.2f} blocks/s", "Block requests per second to the range service at peak")
figure("block_life_s", block / (creates_peak / create_servers), "{:.0f} s", "How long one server's block lasts at peak")
figure("restart_waste", create_servers * block, "{:,.0f} ids", "Ids abandoned if every server restarts holding a full block")
figure("restart_waste_frac", space[7] / (create_servers * block), "one in {:,.0f}", "That as a fraction of 62^7")
probes_y1 = space[7] / links_year
figure("probes_per_hit_y1", probes_y1, "{:.0f} guesses", "Random guesses per live link found, after one year")
figure("probes_per_hit_y5", space[7] / (5 * links_year), "{:.0f} guesses", "The same after five years")
figure("guess_rejected_y1", 1 - links_year / space[7], "{:.0%}", "Random guesses that decode to a counter value never issued, after one year")
figure("scraped_day", scraper_rps * DAY / probes_y1, "{:,.0f} links/day", "Links one scraper finds per day by guessing, after one year")

# %% [markdown]
# ## 5. Storage per year
#
# Bytes held = links x row size x disk overhead x replicas. The common slip is to stop at the
# logical bytes: that forgets the index, page fill and replication.

# %%
logical_tb = figure("logical_tb_y", links_year * row_b / 1e12, "{:.1f} TB", "Logical link data per year")
disk_tb = figure("disk_tb_y", links_year * row_b * disk_overhead / 1e12, "{:.1f} TB", "On disk, one copy, per year")
all_tb = figure("all_tb_y", links_year * row_b * disk_overhead * replicas / 1e12, "{:.0f} TB", "On disk, all replicas in a region, per year")
figure("all_tb_5y", 5 * all_tb, "{:,.0f} TB", "The same after five years")
figure("storage_slip_x", disk_overhead * replicas, "{:.1f}x", "How much the logical figure understates the disk bill")
figure("db_months_full", db_node_tb / disk_tb * 12, "{:.1f} months", "Months until one relational primary holds its comfortable maximum")
figure("db_write_share", creates_peak / db_write_budget, "{:.0%}", "Peak creates as a share of one primary's insert budget")
kv_nodes_y1 = figure("kv_nodes_y1", math.ceil(all_tb / kv_node_tb), "{:d} nodes", "Key-value storage nodes after one year")
figure("kv_nodes_y5", math.ceil(5 * all_tb / kv_node_tb), "{:d} nodes", "Key-value storage nodes after five years")
figure("url_share_of_row", url_b / row_b, "{:.0%}", "Share of a row that is the long URL")

# %% [markdown]
# ## 6. Caching
#
# A static Zipf model: the i-th most popular of N live links gets clicks proportional to 1/i^s.
# Caching the top k gives a hit ratio of H(k, s) / H(N, s), with H the generalised harmonic
# number. H is summed exactly for the first 10^5 terms and by the Euler-Maclaurin tail beyond.
# Real traffic also has recency (most clicks land in a link's first days), which helps an LRU
# cache beyond this model; the exponent matters more than anything else, so measure it.

# %%
M = 100_000
_i = np.arange(1, M + 1, dtype=float)


def harmonic(n, s):
    """Generalised harmonic number H(n, s) = sum_{i<=n} i^-s (exact to 1e5, Euler-Maclaurin beyond)."""
    head = float(np.sum(_i[: int(min(n, M))] ** -s))
    if n <= M:
        return head
    integral = math.log(n / M) if s == 1 else (n ** (1 - s) - M ** (1 - s)) / (1 - s)
    return head + integral + (n ** -s - M ** -s) / 2 + s / 12 * (M ** (-s - 1) - n ** (-s - 1))


def zipf_hit(k, n, s):
    return harmonic(k, s) / harmonic(n, s)


hit = figure("cache_hit", zipf_hit(cache_links, links_year, zipf_s), "{:.1%}", "Hit ratio of the cache at the assumed exponent (one year of links live)")
figure("cache_hit_s10", zipf_hit(cache_links, links_year, 1.0), "{:.1%}", "The same cache if the exponent is 1.0")
figure("cache_hit_s09", zipf_hit(cache_links, links_year, 0.9), "{:.1%}", "The same cache if the exponent is 0.9")
figure("cache_share_links", cache_links / links_year, "{:.1%}", "Share of live links the cache holds")
figure("cache_gb", cache_links * cache_entry_b / 1e9, "{:,.0f} GB", "Cache memory for those links")
origin_peak = figure("origin_peak", redirects_peak * (1 - edge_hit), "{:,.0f} requests/s", "Redirects reaching the regions at peak, after the CDN")
db_reads = figure("db_reads_peak", redirects_peak * (1 - hit), "{:,.0f} reads/s", "Store reads at peak (misses of the whole cache hierarchy)")
figure("db_reads_no_cache", redirects_peak, "{:,.0f} reads/s", "Store reads at peak with no cache at all")
figure("cache_primaries_mem", math.ceil(cache_links * cache_entry_b / 1e9 / redis_node_gb), "{:d} primaries", "Cache primaries for memory")
figure("cache_primaries_ops", math.ceil(origin_peak / redis_ops), "{:d} primaries", "Cache primaries for GETs at peak")
figure("kv_reads_share", db_reads / kv_reads_node, "{:.0%}", "Peak store reads as a share of one key-value node's read budget")
figure("kv_reads_per_node", db_reads / (kv_nodes_y1 * kv_reads_node), "{:.0%}", "Read load per node once one year of data is spread over the storage nodes")
figure("cold_cache_x", redirects_peak * (1 - edge_hit) / db_reads, "{:.0f}x", "Store read load if the regional cache is emptied, over normal")

ks = np.logspace(6, math.log10(links_year), 40)
fig, ax = new_chart()
for j, s in enumerate((0.9, 1.0, 1.1, 1.2)):
    ax.plot(ks, [zipf_hit(k, links_year, s) * 100 for k in ks], color=SERIES[j], label=f"Zipf exponent {s:.1f}")
ax.axvline(cache_links, color=plt.rcParams["axes.edgecolor"], linestyle=":", linewidth=1.2, label="this design's cache")
ax.set_xscale("log")
ax.set_xlabel("links in cache (one year of links live)")
ax.set_ylabel("hit ratio (%)")
ax.set_ylim(0, 100)
ax.set_title("Cache hit ratio under Zipf popularity")
ax.legend(frameon=False, fontsize=9, loc="lower right")
show(fig, alt="Line chart of cache hit ratio against the number of links cached, on a log scale, for Zipf exponents "
              "0.9 to 1.2: with 400 million of 36.5 billion links cached, the hit ratio is about 95 percent at "
              "exponent 1.1 but about 82 percent at 1.0 and 60 percent at 0.9, so the skew matters more than the size.")

# %% [markdown]
# ## 7. 301 or 302
#
# RFC 9110 lists 301 and 308 as heuristically cacheable and 302 and 307 not. A browser that has
# cached a 301 never asks again, so its repeat clicks vanish from analytics, and a takedown does
# not reach it.

# %%
figure("lost_clicks_day", clicks_day * repeat_share / 1e9, "{:.1f} billion clicks/day", "Clicks analytics never sees if browsers cache a 301")
figure("lost_clicks_peak", redirects_peak * repeat_share, "{:,.0f} redirects/s", "Origin load a cached 301 saves at peak")
figure("edge_saved_peak", redirects_peak * edge_hit, "{:,.0f} redirects/s", "Redirects the CDN answers at peak with a 60 s edge TTL")

# %% [markdown]
# ## 8. The clicks pipeline

# %%
figure("events_tb_day", clicks_day * event_b / 1e12, "{:.1f} TB/day", "Click events per day, uncompressed")
ev_mb_s = figure("events_mb_s", redirects_peak * event_b / 1e6, "{:.0f} MB/s", "Click events at peak")
figure("events_gbit", redirects_peak * event_b * 8 / 1e9, "{:.2f} Gbit/s", "The same in Gbit/s")
figure("partitions", math.ceil(ev_mb_s * 2 / partition_mb), "{:d} partitions", "Log partitions at 2x headroom")
figure("warehouse_tb_y", clicks_day * event_b * YEAR_DAYS / col_compress / 1e12, "{:,.0f} TB/year", "Click history per year, compressed")
figure("warehouse_vs_links", event_b * reads_per_link / col_compress / row_b, "{:.0f}x", "Compressed click history per year over the logical link data per year")
figure("human_clicks_day", clicks_day * (1 - bot_share) / 1e9, "{:.0f} billion/day", "Redirects after removing automated fetchers")
figure("bot_clicks_day", clicks_day * bot_share / 1e9, "{:.0f} billion/day", "Redirects from automated fetchers")
hot_rps = figure("hot_rps", hot_clicks_min / 60, "{:,.0f} clicks/s", "One viral link's click rate")
figure("hot_writes_naive", hot_rps, "{:,.0f} updates/s", "Counter updates to one row if each click increments it")
figure("hot_writes_agg", 1 / flush_s, "{:.1f} writes/s", "Writes to that row when the aggregator flushes per interval")
figure("hll_gb", hll_links * hll_kb * 1e3 / 1e9, "{:.0f} GB", "Memory of a day's dense HyperLogLogs")

# %% [markdown]
# ## 9. Multi-region reads

# %%
far_ms = figure("far_new_conn_ms", rtt_new_conn * wan_rtt_ms, "{:,.0f} ms", "Redirect on a new connection to an origin across the Atlantic")
near_ms = figure("near_new_conn_ms", rtt_new_conn * edge_rtt_ms, "{:,.0f} ms", "The same to a nearby point of presence")
figure("edge_saving_ms", far_ms - near_ms, "{:,.0f} ms", "Time a nearby edge saves on every first click")
figure("fallback_rps", creates_avg * early_cross, "{:.1f} lookups/s", "Cross-region fallbacks for links clicked before they replicate")
figure("region_all_tb_y", regions * all_tb, "{:,.0f} TB", "Link data per year across all regions")

# %% [markdown]
# ## 10. Abuse: a cascade of a list, a classifier and a judge

# %%
bad_day = links_day * bad_share
good_day = links_day - bad_day
figure("bad_day", bad_day, "{:,.0f} links/day", "Bad links submitted per day")
listed = bad_day * listed_share
unlisted = bad_day - listed
figure("listed_day", listed, "{:,.0f} links/day", "Caught by the threat list at creation")
clf_tp = unlisted * clf_recall
clf_fp = good_day * clf_fpr
figure("clf_missed_day", unlisted - clf_tp, "{:,.0f} links/day", "Bad links the classifier passes")
figure("clf_fp_day", clf_fp, "{:,.0f} links/day", "Good links the classifier flags")
figure("clf_precision", clf_tp / (clf_tp + clf_fp), "{:.0%}", "Share of classifier flags that are really bad")
flagged = clf_tp + clf_fp
figure("flagged_day", flagged, "{:,.0f} links/day", "Links sent to the model judge")
judge_missed = clf_tp * (1 - judge_recall)
figure("judge_fp_day", clf_fp * judge_fpr, "{:,.0f} links/day", "Good links blocked after the judge (appeals)")
figure("missed_day", unlisted - clf_tp + judge_missed, "{:,.0f} links/day", "Bad links that go live per day")
figure("missed_share", (unlisted - clf_tp + judge_missed) / bad_day, "{:.1%}", "Share of bad links that go live")

# %% [markdown]
# ## 11. The AI angle
#
# The model is a stand-in for a small model: Llama 3.1 8B shapes on an H100 SXM. Prefill is
# compute-bound (2 x params x tokens / (peak x MFU)); decode is a memory-bound roofline step shared
# by the batch. GPU time per request = prefill + (output tokens / aggregate decode tokens/s).

# %%
model = ref.MODELS["llama-3.1-8b"]
gpu = ref.GPUS["h100-sxm"]
params = llm.param_count(model)
weights = llm.weights_bytes(model)
kv_tok = llm.kv_cache_bytes_per_token(model)
figure("ai_layers", model.layers, "{:d} layers", "Llama 3.1 8B layers (config.json)")
figure("ai_kv_heads", model.kv_heads, "{:d} KV heads", "Llama 3.1 8B key-value heads (GQA)")
figure("ai_head_dim", model.head_dim, "{:d}", "Llama 3.1 8B head dimension")
figure("ai_heads", model.heads, "{:d} query heads", "Llama 3.1 8B attention (query) heads")
figure("ai_mha_x", llm.kv_cache_bytes_per_token_if_mha(model) / llm.kv_cache_bytes_per_token(model), "{:.0f}x", "KV cache overstatement if the query heads are used (no GQA)")
figure("ai_params_b", params / 1e9, "{:.2f} billion", "Parameters from the model's shapes")
figure("ai_weights_gb", weights / 1e9, "{:.1f} GB", "BF16 weights")
figure("ai_kv_kib", kv_tok / 1024, "{:.0f} KiB", "KV cache per token, BF16 (2 x layers x KV heads x head_dim x 2 B)")
prefill_s = figure("ai_prefill_ms", llm.prefill_time_s(params, page_tok, gpu.bf16_dense_flops, mfu) * 1000, "{:.0f} ms",
                   "Prefill of the page on one H100") / 1000
ctx = page_tok + summary_tok
step_s = llm.decode_step_time_s(weights, kv_tok, decode_batch, ctx, params, gpu.hbm_bytes_per_s, gpu.bf16_dense_flops, hbm_eff)
figure("ai_step_ms", step_s * 1000, "{:.1f} ms", "Decode step at the assumed batch (memory-bound)")
agg_tps = figure("ai_agg_tps", decode_batch / step_s, "{:,.0f} tokens/s", "Aggregate decode tokens/s per GPU")
gpu_s_summary = figure("ai_gpu_ms_summary", (prefill_s + summary_tok / agg_tps) * 1000, "{:.0f} ms", "GPU time per summary") / 1000
gpu_s_verdict = figure("ai_gpu_ms_verdict", (prefill_s + verdict_tok / agg_tps) * 1000, "{:.0f} ms", "GPU time per judge verdict") / 1000
figure("ai_prefill_share", prefill_s / gpu_s_summary, "{:.0%}", "Share of a summary's GPU time spent reading the page")

usd_per_gpu_s = usd_gpu_h / 3600
eager_usd_day = figure("ai_eager_usd_day", links_day * gpu_s_summary * usd_per_gpu_s, "${:,.0f}/day", "Summaries for every link at creation")
figure("ai_usd_per_1k", 1000 * gpu_s_summary * usd_per_gpu_s, "${:.3f}", "Summary cost per 1,000 links")
figure("ai_gpus_avg", math.ceil(creates_avg * gpu_s_summary / gpu_util), "{:d} GPUs", "GPUs for eager summaries at the mean create rate")
figure("ai_gpus_peak", math.ceil(creates_peak * gpu_s_summary / gpu_util), "{:d} GPUs", "The same at peak")
figure("ai_lazy_usd_day", eager_usd_day * preview_share, "${:,.0f}/day", "Summaries only when a preview is first requested")
sync_ms = fetch_ms + prefill_s * 1000 + summary_tok * step_s * 1000
figure("ai_sync_ms", sync_ms, "{:,.0f} ms", "A summary made inside the create call (fetch, prefill, decode)")
figure("ai_sync_over_budget", sync_ms / create_budget_ms, "{:.0f}x", "That over the create-API latency target")
figure("ai_decode_ms", summary_tok * step_s * 1000, "{:,.0f} ms", "Decoding the summary at the batch's step time")
summary_b = summary_tok * chars_per_tok
figure("ai_summary_b", summary_b, "{:.0f} B", "Bytes of one stored summary")
figure("ai_row_growth", summary_b / row_b, "{:.0%}", "Row growth from storing the summary")
figure("ai_all_tb_y", links_year * (row_b + summary_b) * disk_overhead * replicas / 1e12, "{:.0f} TB", "Storage per year with summaries, all replicas")

figure("ai_judge_usd_day", flagged * gpu_s_verdict * usd_per_gpu_s, "${:,.0f}/day", "Model judge on the classifier's flags")
figure("ai_judge_all_usd_day", links_day * gpu_s_verdict * usd_per_gpu_s, "${:,.0f}/day", "Model judge on every link")
figure("ai_judge_latency_ms", fetch_ms + prefill_s * 1000 + verdict_tok * step_s * 1000, "{:,.0f} ms", "Time to a judge verdict (fetch, prefill, decode)")
figure("ai_judge_cascade_x", links_day / flagged, "{:.0f}x", "How much the cascade cuts judge calls")
figure("ai_judge_gpus", math.ceil(flagged / DAY * peak_x * gpu_s_verdict / gpu_util), "{:d} GPUs", "GPUs for the judge at peak")

agent_day = links_day * agent_x
agent_new = agent_day * (1 - agent_dup)
total_new = links_day + agent_new
figure("agent_day", agent_day / 1e9, "{:.0f} billion links/day", "Agent create requests per day")
figure("agent_peak", (links_day + agent_day) / DAY * peak_x, "{:,.0f} creates/s", "Peak create rate with agents")
figure("agent_new_day", total_new / 1e6, "{:,.0f} million keys/day", "New keys per day with agents after de-duplication")
figure("agent_years_7", space[7] * max_fill / (total_new * YEAR_DAYS), "{:.1f} years", "Years until random 7-char keys hit the fill limit with agents")
figure("agent_years_7_counter", space[7] / (total_new * YEAR_DAYS), "{:.0f} years", "Years until a gap-free counter uses up 62^7 with agents")
figure("agent_years_8", space[8] * max_fill / (total_new * YEAR_DAYS), "{:.0f} years", "The same with 8 characters")
figure("agent_eager_usd_day", total_new * gpu_s_summary * usd_per_gpu_s, "${:,.0f}/day", "Eager summaries for every new key with agents")
figure("agent_tb_y", total_new * YEAR_DAYS * row_b * disk_overhead * replicas / 1e12, "{:,.0f} TB", "Storage per year with agents, all replicas")

figure("chat_tb_y", chat_links_day * YEAR_DAYS * row_b * disk_overhead * replicas / 1e12, "{:,.0f} TB", "Storage per year if a chat product stored every link it emits")
figure("chat_signed_chars", url_b + sig_chars, "{:d} characters", "Path of a signed redirect (URL plus tag), before the host")

# %% [markdown]
# ## 12. Scaling 10x, 100x, 1000x
#
# The chart shows the share of the 7- and 8-character spaces used over the years, at 1x, 10x
# and 100x today's create rate, against the fill limit for random keys. (At 100x, 7 characters
# are used up within the first year even by a counter, so that line is left out.)

# %%
for mult in (10, 100, 1000):
    figure(f"creates_peak_{mult}x", creates_peak * mult, "{:,.0f} creates/s", f"Peak creates at {mult}x")
    figure(f"redirects_peak_{mult}x", redirects_peak * mult / 1e6, "{:,.1f} million/s", f"Peak redirects at {mult}x")
    figure(f"all_tb_y_{mult}x", all_tb * mult / 1000, "{:,.1f} PB", f"Link storage per year at {mult}x, all replicas")
    figure(f"years_7_fill_{mult}x", space[7] * max_fill / (links_year * mult), "{:.2f} years", f"Years to the fill limit, 7 chars, {mult}x")
    figure(f"years_7_full_{mult}x", space[7] / (links_year * mult), "{:.1f} years", f"Years until a gap-free counter uses up 62^7 at {mult}x")
    figure(f"days_7_full_{mult}x", space[7] / (links_year * mult) * YEAR_DAYS, "{:,.0f} days", f"Days until a gap-free counter uses up 62^7 at {mult}x")
    figure(f"years_8_full_{mult}x", space[8] / (links_year * mult), "{:,.1f} years", f"Years until a gap-free counter uses up 62^8 at {mult}x")
    figure(f"days_7_fill_{mult}x", space[7] * max_fill / (links_year * mult) * YEAR_DAYS, "{:,.0f} days", f"Days to the fill limit, 7 chars, {mult}x")
    figure(f"years_8_fill_{mult}x", space[8] * max_fill / (links_year * mult), "{:,.1f} years", f"Years to the fill limit, 8 chars, {mult}x")
    figure(f"db_reads_peak_{mult}x", db_reads * mult, "{:,.0f} reads/s", f"Store reads at peak at {mult}x (same hit ratio)")
    figure(f"events_gbit_{mult}x", redirects_peak * event_b * 8 * mult / 1e9, "{:,.1f} Gbit/s", f"Click events at {mult}x")
    figure(f"db_primaries_{mult}x", math.ceil(creates_peak * mult / db_write_budget), "{:,d}", f"Relational primaries for inserts alone at {mult}x")

years = np.linspace(0.25, 20, 80)
INK = plt.rcParams["axes.edgecolor"]
fig, ax = new_chart()
for j, (mult, n) in enumerate(((1, 7), (10, 7), (10, 8), (100, 8))):
    ax.plot(years, [min(100.0, links_year * mult * y / space[n] * 100) for y in years], color=SERIES[j],
            label=f"{mult}x today's rate, {n} characters", linestyle="--" if n == 8 else "-")
ax.axhline(max_fill * 100, color=INK, linestyle=":", linewidth=1.2, label=f"fill limit for random keys ({max_fill:.0%})")
ax.set_yscale("log")
ax.set_xlabel("years of operation")
ax.set_ylabel("key space used (%)")
ax.set_title("Key space used over time")
ax.legend(frameon=False, fontsize=9, loc="lower right")
show(fig, alt="Line chart on a log scale of the share of the key space used over 20 years: at today's rate 7 characters "
              "reach the 10 percent fill limit for random keys after about 10 years and at 10x after about one year, "
              "while 8 characters stay far below it at 10x and reach it after about 6 years at 100x.")
