# %% [markdown]
# # Design typeahead suggestions, and code completion in a developer tool: the estimates
#
# Every number the walkthrough quotes is computed here. Inputs first, each declared once with
# `assume`; then the sections:
#
# 1. Inputs
# 2. Typeahead traffic: from searches to requests per second
# 3. The typeahead latency budget
# 4. The prefix index: naive estimate, trie with top-k per node, sorted table with heavy prefixes
# 5. Building top-k from the query logs: volume and decay
# 6. Caching per prefix: hit rate by prefix length (chart), the table shipped to the browser
# 7. Personalisation and filtering
# 8. Code completion: model shapes, prefill, decode, the per-keystroke budget
# 9. Prefix caching across keystrokes: what is recomputed, where the KV cache lives
# 10. Batch size against latency and cost (chart)
# 11. One developer's day, the fleet, and cost per accepted suggestion
# 12. Small against large model
# 13. Repository context and request bytes
# 14. The AI angle: a model behind the search box
# 15. Scaling 10x, 100x, 1000x

# %% [markdown]
# ## 1. Inputs
#
# None of the four sources gives traffic for this question (the Educative outline lists
# "Typeahead Suggestions in OpenAI Tools" among its classic designs, without figures), so every
# input is an assumption of this walkthrough. GPU and model constants come from
# `estimates.reference`, formulas from `estimates.llm`.

# %%
import math

from estimates import assume, assumptions_table, figure, restate
from estimates import llm
from estimates import reference as ref
from estimates.charts import SERIES, new_chart, show

# Typeahead: traffic
dau = assume("dau", 20_000_000, "{:,.0f} users/day", "Daily users of the developer platform's search box", "assumption")
searches_per_user = assume("searches_per_user", 5, "{:d} searches", "Searches per user per day", "assumption")
chars_per_query = assume("chars_per_query", 18, "{:d} characters", "Characters typed per search before it is submitted or a suggestion is picked", "assumption")
local_chars = assume("local_chars", 2, "{:d} characters", "Leading characters answered from the table shipped to the browser", "design choice")
fire_share = assume("fire_share", 0.45, "{:.0%}", "Share of the remaining keystrokes that send a request after the debounce", "assumption")
peak_x = assume("peak_x", 3.0, "{:.0f}x", "Peak traffic over the daily mean", "assumption")

# Typeahead: latency
debounce_ms = assume("debounce_ms", 30, "{:d} ms", "Typeahead debounce (fire when no key for this long)", "design choice")
edge_rtt_ms = assume("edge_rtt_ms", 30, "{:d} ms", "Round trip from a user to the nearest edge site", "assumption")
edge_origin_ms = assume("edge_origin_ms", 20, "{:d} ms", "Round trip from an edge site to the origin region on the same continent", "assumption")
server_ms = assume("server_ms", 3, "{:d} ms", "Origin time: lookup, merge, serialise", "assumption")
render_ms = assume("render_ms", 8, "{:d} ms", "Browser time to paint the dropdown", "assumption")
edge_lookup_ms = assume("edge_lookup_ms", 1, "{:d} ms", "Edge cache lookup", "assumption")
wan_rtt_ms = restate("wan_rtt_ms", "CA_NETHERLANDS_RTT_MS", "{:.0f} ms", "California-Netherlands round trip (reference latency table)")
budget_ms = assume("budget_ms", 100, "{:d} ms", "Typeahead budget from keystroke to painted suggestions", "design choice")

# Typeahead: index
n_indexed = assume("n_indexed", 20_000_000, "{:,.0f} queries", "Distinct queries that pass the frequency and privacy thresholds", "assumption")
index_chars = assume("index_chars", 20, "{:d} characters", "Mean length of an indexed query", "assumption")
max_chars = assume("max_chars", 40, "{:d} characters", "Longest query kept in the index", "design choice")
new_nodes = assume("new_nodes", 10, "{:d} nodes", "Trie nodes one indexed query adds (its other characters share a prefix with another query)", "assumption")
node_b = assume("node_b", 64, "{:d} B", "One pointer-based trie node: character, child map, parent, object header", "assumption")
topk = assume("topk", 10, "{:d}", "Suggestions kept per prefix", "design choice")
topk_entry_b = assume("topk_entry_b", 8, "{:d} B", "One top-k entry: 4-byte query id and 4-byte score", "design choice")
heavy_m = assume("heavy_m", 1_000, "{:,d} completions", "A prefix with more completions than this gets a precomputed top-k list", "design choice")
prefix_key_b = assume("prefix_key_b", 16, "{:d} B", "Mean key of the heavy-prefix table (prefix bytes and length)", "assumption")
offset_b = assume("offset_b", 4, "{:d} B", "Offset of one query string in the sorted array", "design choice")
scan_ns = assume("scan_ns", 5, "{:d} ns", "Time to score one entry while scanning a short range", "assumption")
server_rps = assume("server_rps", 20_000, "{:,d} requests/s", "Typeahead requests one origin server answers from memory (planning budget)", "assumption")
nic_gbps = assume("nic_gbps", 10, "{:d} Gbit/s", "Network link of an origin server when it downloads a new index", "assumption")

# Typeahead: logs and pipeline
log_b = assume("log_b", 200, "{:d} B", "One search log record (query, locale, picked suggestion, timestamp, user hash)", "assumption")
tracked = assume("tracked", 150_000_000, "{:,.0f} queries", "Distinct queries whose decayed score the pipeline tracks", "assumption")
score_row_b = assume("score_row_b", 40, "{:d} B", "One row of the score table (query hash, score, distinct-user sketch)", "assumption")
half_life_d = assume("half_life_d", 7, "{:d} days", "Half-life of a query's score", "design choice")
min_users = assume("min_users", 20, "{:d} users", "Distinct users who must have typed a query before it can be suggested", "design choice")

# Typeahead: caching per prefix
branching = assume("branching", 12, "{:d}", "Effective branching per character of observed prefixes (first-order model)", "assumption")
d_max = assume("d_max", 200_000_000, "{:,.0f} prefixes", "Most distinct prefixes of one length seen in a day", "assumption")
edge_cache_n = assume("edge_cache_n", 1_000_000, "{:,.0f} prefixes", "Prefix lists one edge site caches", "design choice")
zipf_s = assume("zipf_s", 0.9, "{:.1f}", "Zipf exponent of prefix popularity within one length", "assumption")
sugg_b = assume("sugg_b", 30, "{:d} B", "One suggestion on the wire or in a cache (text and flags)", "assumption")
alphabet = assume("alphabet", 36, "{:d} symbols", "Leading symbols of one locale's table (letters and digits)", "assumption")
gzip_ratio = assume("gzip_ratio", 0.3, "{:.0%}", "Compressed size of the shipped table over its raw size", "assumption")
review_prefixes = assume("review_prefixes", 10_000, "{:,d} prefixes", "Most popular prefixes whose lists a person reviews", "design choice")

# Typeahead: personalisation and filtering
history_n = assume("history_n", 50, "{:d} queries", "Recent searches kept per user", "design choice")
history_q_b = assume("history_q_b", 30, "{:d} B", "One stored recent search", "assumption")
users_month = assume("users_month", 60_000_000, "{:,.0f} users", "Users with a search history (monthly active)", "assumption")
offensive_share = assume("offensive_share", 0.003, "{:.1%}", "Share of candidate queries that must never be suggested (abusive, secrets, personal data)", "assumption")
clf_recall = assume("clf_recall", 0.97, "{:.0%}", "Build-time classifier recall on those queries", "assumption")
clf_precision = assume("clf_precision", 0.85, "{:.0%}", "Build-time classifier precision", "assumption")

# Code completion: model and hardware (reference constants)
H100 = ref.GPUS["h100-sxm"]
small = ref.MODELS["llama-3.1-8b"]
large = ref.MODELS["llama-3.1-70b"]
mfu = assume("mfu", 0.5, "{:.0%}", "Share of dense peak FLOP/s sustained in prefill (MFU)", "assumption")
decode_eff = assume("decode_eff", 0.7, "{:.0%}", "Share of peak HBM bandwidth sustained in decode", "assumption")
tp_large = assume("tp_large", 4, "{:d} GPUs", "Tensor-parallel GPUs for the large model", "design choice")
usd_gpu_h = assume("usd_per_gpu_hour", 3.00, "${:.2f} per GPU-hour", "H100 price (an assumption, not a quote)", "assumption")
util = assume("util", 0.6, "{:.0%}", "Average utilisation the fleet is run at (latency headroom)", "design choice")
hbm_reserve = assume("hbm_reserve", 0.1, "{:.0%}", "HBM kept back for activations and fragmentation", "assumption")

# Code completion: prompt and output
ctx_tok = assume("ctx_tok", 4_000, "{:,d} tokens", "Prompt per completion: repository snippets, suffix and prefix", "design choice")
repo_tok = assume("repo_tok", 1_200, "{:,d} tokens", "Of which retrieved repository snippets", "design choice")
suffix_tok = assume("suffix_tok", 600, "{:,d} tokens", "Of which code after the cursor (suffix)", "design choice")
new_tok = assume("new_tok", 8, "{:d} tokens", "Tokens to prefill on a cache hit (new characters plus a re-tokenised tail)", "assumption")
first_line_tok = assume("first_line_tok", 15, "{:d} tokens", "Tokens in the first line of a suggestion", "assumption")
out_tok = assume("out_tok", 24, "{:d} tokens", "Mean tokens generated by a request that runs to completion", "assumption")
batch = assume("batch", 8, "{:d} sequences", "Decode batch per replica in the chosen design", "design choice")
cache_hit = assume("cache_hit", 0.8, "{:.0%}", "Share of requests that find their prefix in the KV cache", "assumption")

# Code completion: latency
ide_debounce_ms = assume("ide_debounce_ms", 50, "{:d} ms", "Editor debounce before a completion request", "design choice")
ide_rtt_ms = assume("ide_rtt_ms", 30, "{:d} ms", "Round trip from the editor to the serving region", "assumption")
gateway_ms = assume("gateway_ms", 5, "{:d} ms", "Gateway: auth, routing, context assembly", "assumption")
queue_ms = assume("queue_ms", 10, "{:d} ms", "Queue wait at the replica at target utilisation", "assumption")
ide_render_ms = assume("ide_render_ms", 5, "{:d} ms", "Editor time to draw ghost text", "assumption")
ide_budget_ms = assume("ide_budget_ms", 250, "{:d} ms", "Budget from the last keystroke to the first line of ghost text (p50)", "design choice")

# Code completion: one developer's day
devs = assume("devs", 5_000_000, "{:,.0f} developers", "Developers who use completion on a given working day", "assumption")
active_h = assume("active_h", 2, "{:d} h", "Hours of active typing per developer-day", "assumption")
keys_per_h = assume("keys_per_h", 2_400, "{:,d} keystrokes", "Keystrokes per active hour", "assumption")
req_share = assume("req_share", 0.20, "{:.0%}", "Share of keystrokes that send a request (debounce, trigger rules, typing through a shown suggestion)", "assumption")
superseded = assume("superseded", 0.65, "{:.0%}", "Share of requests superseded by a newer keystroke before they finish", "assumption")
cancel_spend = assume("cancel_spend", 0.3, "{:.0%}", "Share of a full request's GPU time a cancelled request has used when the server aborts it", "assumption")
shown_share = assume("shown_share", 0.5, "{:.0%}", "Share of finished requests that are shown (non-empty, above the confidence bar, cursor unchanged)", "assumption")
accept_rate = assume("accept_rate", 0.25, "{:.0%}", "Acceptance rate: accepted over shown", "assumption")
peak_active = assume("peak_active", 0.25, "{:.0%}", "Share of the day's developers typing in the peak hour", "assumption")
work_days = assume("work_days", 21, "{:d} days", "Working days per month", "assumption")
host_ram_gb = assume("host_ram_gb", 2_000, "{:,d} GB", "Host memory of one 8-GPU server", "assumption")
gpus_per_node = assume("gpus_per_node", 8, "{:d} GPUs", "GPUs per server", "assumption")

# Code completion: repository context
repo_lines = assume("repo_lines", 1_000_000, "{:,.0f} lines", "Lines of code in a large repository", "assumption")
chunk_lines = assume("chunk_lines", 20, "{:d} lines", "Lines per retrievable chunk", "design choice")
embed_dim = assume("embed_dim", 768, "{:d}", "Embedding dimensions per chunk", "assumption")
code_chars_per_tok = assume("code_chars_per_tok", 3.0, "{:.0f} characters", "Characters per token for source code (fewer than English's 4)", "assumption")
diff_b = assume("diff_b", 200, "{:d} B", "Bytes per request when the client sends only the edit since the last request", "assumption")

# AI angle: a model behind the search box
sb_prompt_tok = assume("sb_prompt_tok", 60, "{:d} tokens", "Prompt for a generated search suggestion", "assumption")
sb_out_tok = assume("sb_out_tok", 30, "{:d} tokens", "Output: three suggestions of about ten tokens", "assumption")
sb_batch = assume("sb_batch", 64, "{:d} sequences", "Decode batch for the search-box model", "assumption")
edge_sites = assume("edge_sites", 100, "{:d} sites", "Edge sites serving typeahead at 1000x", "assumption")
assumptions_table()

# %% [markdown]
# ## 2. Typeahead traffic
#
# Every keystroke is a potential request. The browser answers the first characters itself from
# a shipped table; of the rest, the debounce lets a share through.

# %%
searches_day = figure("searches_day", dau * searches_per_user, "{:,.0f} searches/day", "Searches per day")
req_per_query = figure("req_per_query", (chars_per_query - local_chars) * fire_share, "{:.1f} requests", "Requests per search")
req_day = figure("req_day", searches_day * req_per_query, "{:,.0f} requests/day", "Typeahead requests per day")
mean_rps = figure("mean_rps", req_day / ref.SECONDS_PER_DAY, "{:,.0f} requests/s", "Mean typeahead requests per second")
peak_rps = figure("peak_rps", mean_rps * peak_x, "{:,.0f} requests/s", "Peak typeahead requests per second")
naive_rps = figure("naive_rps", searches_day / ref.SECONDS_PER_DAY, "{:,.0f} requests/s", "The common mistake: searches per day / 86,400")
figure("naive_under_x", peak_rps / naive_rps, "{:.0f}x", "How far that mistake undercounts peak requests")
figure("keystrokes_query", chars_per_query, "{:d} keystrokes", "Keystrokes per search without any debounce")

# %% [markdown]
# ## 3. The typeahead latency budget

# %%
hit_path = figure("hit_path_ms", debounce_ms + edge_rtt_ms + edge_lookup_ms + render_ms, "{:.0f} ms",
                  "Keystroke to paint, edge cache hit")
miss_path = figure("miss_path_ms", debounce_ms + edge_rtt_ms + edge_lookup_ms + edge_origin_ms + server_ms + render_ms,
                   "{:.0f} ms", "Keystroke to paint, edge miss served by the origin")
far_path = figure("far_path_ms", debounce_ms + wan_rtt_ms + server_ms + render_ms, "{:.0f} ms",
                  "Keystroke to paint from one origin across an ocean, no edge")
figure("far_over_budget", far_path / budget_ms, "{:.1f}x", "That path over the budget")
figure("cold_conn_ms", 2 * edge_rtt_ms, "{:.0f} ms", "Extra time for a new TCP and TLS 1.3 connection (two round trips)")
figure("miss_slack_ms", budget_ms - miss_path, "{:.0f} ms", "Slack left on the miss path")

# %% [markdown]
# ## 4. The prefix index
#
# Three estimates: the naive one (one byte per character), a pointer trie with a top-k list at
# every node, and a sorted array of queries with precomputed top-k lists only for heavy prefixes.
#
# Bound on heavy prefixes: at one depth, prefixes with more than M completions cover disjoint
# sets of queries, so there are at most N / M of them per depth, and at most max_len x N / M
# over all depths.

# %%
naive_b = figure("naive_gb", n_indexed * index_chars / 1e9, "{:.1f} GB", "Naive index size: one byte per character")
nodes = figure("trie_nodes", n_indexed * new_nodes, "{:,.0f} nodes", "Trie nodes")
node_total_b = node_b + topk * topk_entry_b
figure("node_total_b", node_total_b, "{:d} B", "One trie node with its top-k list")
trie_b = figure("trie_gb", nodes * node_total_b / 1e9, "{:.1f} GB", "Trie with top-k ids at every node")
figure("trie_over_naive", trie_b / naive_b, "{:.0f}x", "Trie over the naive estimate")
topk_str_b = figure("topk_strings_gb", nodes * topk * index_chars / 1e9, "{:.0f} GB",
                    "Extra memory if each node stores its top-k as strings instead of ids")
strings_b = n_indexed * (index_chars + offset_b)
scores_b = n_indexed * 4
heavy = figure("heavy_prefixes", max_chars * n_indexed / heavy_m, "{:,.0f} prefixes", "Upper bound on heavy prefixes")
heavy_b = heavy * (prefix_key_b + topk * topk_entry_b)
figure("heavy_table_mb", heavy_b / 1e6, "{:.0f} MB", "Heavy-prefix table")
figure("sorted_strings_mb", (strings_b + scores_b) / 1e6, "{:.0f} MB", "Sorted query array with offsets and scores")
compact_b = figure("compact_gb", (strings_b + scores_b + heavy_b) / 1e9, "{:.2f} GB", "Compact index: sorted array plus heavy-prefix table")
figure("compact_vs_trie", trie_b / compact_b, "{:.0f}x", "Trie over the compact index")
figure("bsearch_steps", math.log2(n_indexed), "{:.0f} comparisons", "Binary search over the sorted array")
figure("scan_us", heavy_m * scan_ns / 1e3, "{:.0f} us", "Worst-case scan of a light prefix's range")
figure("index_ship_s", compact_b * 8 / nic_gbps, "{:.1f} s", "Time to download the compact index to one server")
figure("trie_ship_s", trie_b * 8 / nic_gbps, "{:.0f} s", "Time to download the trie if it were shipped as built")

# %% [markdown]
# ## 5. Building top-k from the logs
#
# An exponentially decayed score needs only yesterday's scores and today's counts:
# score_today = score_yesterday x d + count_today, with d = 0.5^(1 / half-life).

# %%
figure("log_gb_day", searches_day * log_b / 1e9, "{:.0f} GB/day", "Search logs per day")
d = figure("decay_per_day", 0.5 ** (1 / half_life_d), "{:.3f}", "Daily decay factor")
figure("effective_days", 1 / (1 - d), "{:.1f} days", "Effective window of the decayed score (1 / (1 - d))")
figure("score_table_gb", tracked * score_row_b / 1e9, "{:.0f} GB", "Score table the daily job rewrites")
figure("job_read_gb", tracked * score_row_b / 1e9 + searches_day * log_b / 1e9, "{:.0f} GB", "Data the daily job reads")
figure("month_old_weight", d ** 30, "{:.1%}", "Weight left on a count from 30 days ago")

# %% [markdown]
# ## 6. Caching per prefix
#
# Model: at prefix length L there are D(L) = min(b^L, D_max) distinct prefixes, with Zipf
# popularity of exponent s. A cache of the C most popular prefixes hits
# H(min(C, D), s) / H(D, s), with H(n, s) ~ (n^(1-s) - 1) / (1 - s) + (1 + n^-s) / 2.
# Requests are spread evenly over lengths 3..18 (the browser answers 1 and 2 itself).

# %%
def harmonic(n, s):
    return (n ** (1 - s) - 1) / (1 - s) + (1 + n ** (-s)) / 2


def hit_rate(length):
    distinct = min(branching ** length, d_max)
    return harmonic(min(edge_cache_n, distinct), zipf_s) / harmonic(distinct, zipf_s)


lengths = list(range(local_chars + 1, chars_per_query + 1))
hits = [hit_rate(L) for L in lengths]
figure("hit_len3", hit_rate(3), "{:.0%}", "Edge hit rate at prefix length 3")
figure("hit_len6", hit_rate(6), "{:.0%}", "Edge hit rate at prefix length 6")
figure("hit_len8", hit_rate(8), "{:.0%}", "Edge hit rate at prefix length 8")
figure("hit_len7", hit_rate(7), "{:.0%}", "Edge hit rate at prefix length 7")
hit_mean = figure("hit_mean", sum(hits) / len(hits), "{:.0%}", "Edge hit rate over all server-side requests")
origin_rps = figure("origin_rps", peak_rps * (1 - hit_mean), "{:,.0f} requests/s", "Peak requests reaching the origin")
origin_servers = figure("origin_servers", max(2, math.ceil(origin_rps / server_rps)), "{:d} servers",
                        "Origin servers per region for capacity (at least two)")
figure("edge_cache_mb", edge_cache_n * (topk * sugg_b + prefix_key_b) / 1e6, "{:.0f} MB", "Memory of one edge site's prefix cache")
local_prefixes = alphabet + alphabet ** 2
figure("local_prefixes", local_prefixes, "{:,d} prefixes", "One- and two-character prefixes in the shipped table")
figure("local_table_kb", local_prefixes * topk * sugg_b * gzip_ratio / 1e3, "{:.0f} KB", "Shipped table, compressed")
figure("local_share", local_chars / chars_per_query, "{:.0%}", "Share of keystrokes the browser answers itself")
avg_miss = (1 - hit_mean) * miss_path + hit_mean * hit_path
figure("avg_path_ms", avg_miss, "{:.0f} ms", "Mean keystroke-to-paint time over hits and misses")

fig, ax = new_chart()
ax.plot(lengths, [h * 100 for h in hits], marker="o", color=SERIES[0], label="edge cache of 1M prefixes")
ax.axhline(hit_mean * 100, color=SERIES[1], linestyle="--", label=f"mean over lengths {lengths[0]}-{lengths[-1]}")
ax.set_xlabel("prefix length (characters)")
ax.set_ylabel("edge hit rate (%)")
ax.set_ylim(0, 105)
ax.legend(frameon=False)
show(fig, alt="Line chart of the edge cache hit rate against prefix length: every prefix of up to six characters is "
              "cached, the hit rate falls from seven characters and levels off near half for long prefixes, "
              "with the mean across lengths shown as a dashed line.")

# %% [markdown]
# ## 7. Personalisation and filtering

# %%
figure("history_kb", history_n * history_q_b / 1e3, "{:.1f} KB", "One user's search history")
figure("history_gb", users_month * history_n * history_q_b / 1e9, "{:.0f} GB", "All users' histories")
bad = figure("bad_candidates", n_indexed * offensive_share, "{:,.0f} queries", "Candidate queries that must not be suggested")
figure("bad_missed", bad * (1 - clf_recall), "{:,.0f} queries", "Of which the classifier misses")
caught = bad * clf_recall
figure("good_removed", caught / clf_precision - caught, "{:,.0f} queries", "Harmless queries the classifier removes")
D_all = nodes
figure("review_cover", harmonic(review_prefixes, zipf_s) / harmonic(D_all, zipf_s), "{:.0%}",
       "Share of typeahead impressions covered by the reviewed prefixes")
figure("review_items", review_prefixes * topk, "{:,d} suggestions", "Suggestions in the reviewed lists")

# %% [markdown]
# ## 8. Code completion: shapes, prefill, decode
#
# Llama 3.1 8B and 70B stand in for a small and a large code model. KV cache per token
# = 2 x layers x KV heads x head_dim x 2 bytes (GQA: the KV heads, not the query heads).
# Prefill is compute-bound: 2 x params x tokens / (dense peak x MFU). Decode is memory-bound:
# each step reads the weights once plus every sequence's KV cache.

# %%
p_small = llm.param_count(small)
p_large = llm.param_count(large)
w_small = llm.weights_bytes(small)
w_large = llm.weights_bytes(large)
kv_small = llm.kv_cache_bytes_per_token(small)
kv_large = llm.kv_cache_bytes_per_token(large)
figure("small_params_b", p_small / 1e9, "{:.2f}B parameters", "Small model parameters")
figure("large_params_b", p_large / 1e9, "{:.1f}B parameters", "Large model parameters")
figure("small_weights_gb", w_small / 1e9, "{:.1f} GB", "Small model BF16 weights")
figure("large_weights_gb", w_large / 1e9, "{:.0f} GB", "Large model BF16 weights")
figure("small_kv_kib", kv_small / 1024, "{:.0f} KiB", "Small model KV cache per token")
figure("large_kv_kib", kv_large / 1024, "{:.0f} KiB", "Large model KV cache per token")
figure("small_layers", small.layers, "{:d}", "Small model layers")
figure("small_kv_heads", small.kv_heads, "{:d}", "Small model KV heads")
figure("small_heads", small.heads, "{:d}", "Small model query heads")
figure("small_head_dim", small.head_dim, "{:d}", "Small model head dimension")
figure("mha_x", llm.kv_cache_bytes_per_token_if_mha(small) / kv_small, "{:.0f}x",
       "Overstatement if the KV cache is counted with query heads")
figure("h100_tflops", H100.bf16_dense_flops / 1e12, "{:,.1f} TFLOP/s", "H100 SXM dense BF16 peak")
figure("h100_tbps", H100.hbm_bytes_per_s / 1e12, "{:.2f} TB/s", "H100 SXM HBM bandwidth")
figure("h100_gb", H100.hbm_bytes / 1e9, "{:.0f} GB", "H100 SXM HBM")
peak = H100.bf16_dense_flops
bw = H100.hbm_bytes_per_s

prefill_small = figure("prefill_small_ms", llm.prefill_time_s(p_small, ctx_tok, peak, mfu) * 1e3, "{:.0f} ms",
                       "Small model: full prefill of the prompt on one GPU")
prefill_large = figure("prefill_large_ms", llm.prefill_time_s(p_large, ctx_tok, peak * tp_large, mfu) * 1e3, "{:.0f} ms",
                       "Large model: full prefill across its tensor-parallel GPUs")


def step_small(b, ctx=ctx_tok):
    return llm.decode_step_time_s(w_small, kv_small, b, ctx, p_small, bw, peak, decode_eff)


def step_large(b, ctx=ctx_tok):
    return llm.decode_step_time_s(w_large, kv_large, b, ctx, p_large, bw * tp_large, peak * tp_large, decode_eff)


s_small = figure("step_small_ms", step_small(batch) * 1e3, "{:.1f} ms", "Small model decode step at the chosen batch")
s_large = figure("step_large_ms", step_large(batch) * 1e3, "{:.1f} ms", "Large model decode step at the chosen batch")
kv_read_share = batch * kv_small * ctx_tok / llm.decode_bytes_per_step(w_small, kv_small, batch, ctx_tok)
figure("kv_read_share", kv_read_share, "{:.0%}", "Share of a small-model step spent reading KV cache")
figure("step_small_b1_ms", step_small(1) * 1e3, "{:.1f} ms", "Small model decode step at batch 1")
# On a cache hit the few new tokens ride one forward pass; treat it as one decode step.
line_small = figure("line_small_ms", first_line_tok * s_small, "{:.0f} ms", "Small model: first line (hit path, prefill of new tokens included)")
line_large = figure("line_large_ms", first_line_tok * s_large, "{:.0f} ms", "Large model: first line (hit path)")
fixed = ide_debounce_ms + ide_rtt_ms + gateway_ms + queue_ms + ide_render_ms
figure("ide_fixed_ms", fixed, "{:.0f} ms", "Fixed part of the code-completion path (debounce, network, gateway, queue, render)")
figure("model_share_ms", ide_budget_ms - fixed, "{:.0f} ms", "What the budget leaves for the model")
e2e_hit_small = figure("e2e_hit_small_ms", fixed + line_small, "{:.0f} ms", "Small model, cache hit: keystroke to first line")
e2e_miss_small = figure("e2e_miss_small_ms", fixed + prefill_small + line_small, "{:.0f} ms", "Small model, cache miss")
e2e_hit_large = figure("e2e_hit_large_ms", fixed + line_large, "{:.0f} ms", "Large model, cache hit")
e2e_miss_large = figure("e2e_miss_large_ms", fixed + prefill_large + line_large, "{:.0f} ms", "Large model, cache miss")
figure("e2e_p50_small_ms", cache_hit * e2e_hit_small + (1 - cache_hit) * e2e_miss_small, "{:.0f} ms",
       "Small model: mean keystroke to first line over hits and misses")

# %% [markdown]
# ## 9. Prefix caching across keystrokes
#
# Prompt order decides what one keystroke invalidates. With the suffix placed after the prefix
# (prefix-suffix-middle), an edit at the cursor changes the end of the prefix, so the whole
# suffix is recomputed. With repository snippets and suffix first and the prefix last
# (suffix-prefix-middle), only the new tokens are.

# %%
psm_recompute = figure("psm_recompute_tok", suffix_tok + new_tok, "{:,d} tokens", "Recomputed per keystroke with the suffix after the prefix")
figure("spm_recompute_tok", new_tok, "{:d} tokens", "Recomputed per keystroke with the suffix before the prefix")
figure("psm_prefill_ms", llm.prefill_time_s(p_small, psm_recompute, peak, mfu) * 1e3, "{:.0f} ms",
       "Small model: prefill of that suffix per keystroke")
figure("prefix_tok", ctx_tok - repo_tok - suffix_tok, "{:,d} tokens", "Code before the cursor (prefix) in the prompt")
sess_small = figure("session_kv_gb", kv_small * ctx_tok / 1e9, "{:.2f} GB", "Small model: KV cache of one session's prompt")
figure("session_kv_fp8_gb", llm.kv_cache_bytes_per_token(small, llm.FP8_BYTES) * ctx_tok / 1e9, "{:.2f} GB",
       "The same in FP8")
budget_small = llm.kv_budget_bytes(H100.hbm_bytes, w_small, hbm_reserve)
figure("kv_budget_gb", budget_small / 1e9, "{:.0f} GB", "HBM left for KV cache on one GPU with the small model")
figure("sessions_in_hbm", budget_small / (kv_small * ctx_tok), "{:.0f} sessions", "Warm sessions that fit in one GPU's HBM")
pcie_one_way = ref.PCIE_GEN5_X16_GBPS_BIDIR / 2
figure("pcie_gbps", pcie_one_way, "{:.0f} GB/s", "PCIe Gen5 x16, one direction")
figure("page_in_ms", sess_small / pcie_one_way * 1e3, "{:.0f} ms", "Time to page one session's KV cache in from host memory")

# %% [markdown]
# ## 10. Batch size against latency and cost (chart)

# %%
batches = [1, 2, 4, 8, 16, 32, 64]
line_ms = [first_line_tok * step_small(b) * 1e3 for b in batches]
gpu_ms_per_req = [out_tok * step_small(b) * 1e3 / b + (1 - cache_hit) * prefill_small for b in batches]
figure("line_b32_ms", first_line_tok * step_small(32) * 1e3, "{:.0f} ms", "Small model: first line at batch 32")
figure("e2e_hit_b32_ms", fixed + first_line_tok * step_small(32) * 1e3, "{:.0f} ms", "Small model, cache hit, batch 32: keystroke to first line")
figure("gpu_ms_b32", out_tok * step_small(32) * 1e3 / 32 + (1 - cache_hit) * prefill_small, "{:.0f} ms", "GPU time per finished request at batch 32")
figure("gpu_ms_b1", out_tok * step_small(1) * 1e3 + (1 - cache_hit) * prefill_small, "{:.0f} ms", "GPU time per finished request at batch 1")

fig, ax = new_chart()
ax.plot(batches, line_ms, marker="o", color=SERIES[0], label="first line of ghost text (ms)")
ax.plot(batches, gpu_ms_per_req, marker="s", color=SERIES[1], label="GPU-ms per finished request")
ax.axhline(ide_budget_ms - fixed, color=SERIES[2], linestyle="--", label=f"model share of the {ide_budget_ms} ms budget")
ax.set_xscale("log", base=2)
ax.set_xticks(batches)
ax.set_xticklabels([str(b) for b in batches])
ax.set_xlabel("decode batch per GPU (sequences)")
ax.set_ylabel("milliseconds")
ax.legend(frameon=False)
show(fig, alt="Line chart against decode batch size for the small model with a 4,000-token prompt: the time to the "
              "first line of ghost text rises with the batch and crosses the model's share of the budget between "
              "batch 8 and 16, while the GPU time per finished request falls steeply and then flattens once the "
              "cache-miss prefill dominates.")

# %% [markdown]
# ## 11. One developer's day, the fleet, the cost
#
# GPU time of a finished request = decode share (tokens x step time / batch) + the expected
# prefill of a miss. A cancelled request has used a fraction of that when the server aborts it.

# %%
decode_share = out_tok * s_small / batch
full_req = figure("gpu_ms_req", decode_share + (1 - cache_hit) * prefill_small, "{:.0f} ms", "GPU time per finished request (small model)")
figure("decode_share_ms", decode_share, "{:.0f} ms", "Of which decode")
req_day_dev = figure("req_dev_day", active_h * keys_per_h * req_share, "{:,.0f} requests", "Requests per developer-day")
finished = figure("finished_dev_day", req_day_dev * (1 - superseded), "{:,.0f} requests", "Requests that finish")
shown = figure("shown_dev_day", finished * shown_share, "{:,.0f} suggestions", "Suggestions shown per developer-day")
accepted = figure("accepted_dev_day", shown * accept_rate, "{:,.0f} suggestions", "Suggestions accepted per developer-day")
gpu_s_dev = figure("gpu_s_dev_day", (finished * full_req + req_day_dev * superseded * cancel_spend * full_req) / 1e3,
                   "{:.1f} GPU-s", "GPU time per developer-day, stale requests aborted")
gpu_s_nocancel = figure("gpu_s_nocancel", req_day_dev * full_req / 1e3, "{:.1f} GPU-s", "GPU time per developer-day if stale requests run to the end")
figure("cancel_saving", 1 - gpu_s_dev / gpu_s_nocancel, "{:.0%}", "GPU time saved by aborting stale requests")
avg_req = gpu_s_dev * 1e3 / req_day_dev
figure("gpu_ms_avg_req", avg_req, "{:.0f} ms", "GPU time per request sent, averaged over finished and aborted")

peak_devs = figure("peak_devs", devs * peak_active, "{:,.0f} developers", "Developers typing in the peak hour")
peak_req = figure("peak_req_s", peak_devs * keys_per_h * req_share / 3600, "{:,.0f} requests/s", "Peak completion requests per second")
busy = figure("gpus_busy", peak_req * avg_req / 1e3, "{:,.0f} GPUs", "GPUs busy at peak")
fleet = figure("gpus_fleet", math.ceil(busy / util), "{:,d} GPUs", "GPUs provisioned at the target utilisation")
usd_month_peak = fleet * usd_gpu_h * 24 * ref.DAYS_PER_MONTH_AVG
figure("fleet_usd_month", usd_month_peak / 1e6, "${:.1f}M per month", "Fleet cost if sized for peak all month")
figure("usd_dev_month_peak", usd_month_peak / devs, "${:.2f}", "Cost per developer-month, fleet sized for peak around the clock")
usage_usd_dev_month = gpu_s_dev * work_days * usd_gpu_h / 3600 / util
figure("usd_dev_month_usage", usage_usd_dev_month, "${:.2f}", "Cost per developer-month, fleet that follows demand")
usd_per_accept = gpu_s_dev * usd_gpu_h / 3600 / util / accepted
figure("usd_per_1k_accept", usd_per_accept * 1000, "${:.2f}", "Cost per 1,000 accepted suggestions (small model)")
figure("devs_per_gpu", peak_devs / fleet, "{:.0f} developers", "Developers typing at peak per provisioned GPU")
need_kv = peak_devs / fleet * sess_small
figure("warm_kv_gb", need_kv, "{:.0f} GB", "KV cache to keep every active session warm, per GPU")
figure("warm_kv_node_gb", need_kv * gpus_per_node, "{:,.0f} GB", "The same per 8-GPU server")
figure("warm_kv_host_share", need_kv * gpus_per_node / host_ram_gb, "{:.0%}", "Share of the server's host memory")
storm = (decode_share + prefill_small) / full_req
figure("miss_storm_x", storm, "{:.1f}x", "GPU time per finished request when every request misses the cache")

# %% [markdown]
# ## 12. Small against large model
#
# Same prompt, same batch; the large model runs on four GPUs.

# %%
large_req = (out_tok * s_large / batch + (1 - cache_hit) * prefill_large) * tp_large
figure("gpu_ms_req_large", large_req, "{:.0f} ms", "GPU time per finished request (large model, all its GPUs)")
lx = figure("large_cost_x", large_req / full_req, "{:.1f}x", "Large model GPU time over small per request")
figure("breakeven_accept", accept_rate * lx, "{:.0%}", "Acceptance rate the large model would need for the same cost per accepted suggestion")
figure("large_usd_per_1k_accept", usd_per_accept * lx * 1000, "${:.2f}", "Cost per 1,000 accepted suggestions (large model, same acceptance)")

# %% [markdown]
# ## 13. Repository context and request bytes

# %%
chunks = figure("repo_chunks", repo_lines / chunk_lines, "{:,.0f} chunks", "Chunks in a large repository")
figure("repo_index_mb", chunks * embed_dim * 2 / 1e6, "{:.0f} MB", "Embedding index of those chunks (FP16)")
prompt_kb = figure("prompt_kb", ctx_tok * code_chars_per_tok / 1e3, "{:.0f} KB", "Prompt text per request")
figure("ingress_gbit_full", peak_req * prompt_kb * 1e3 * 8 / 1e9, "{:.0f} Gbit/s", "Peak ingress if every request sends the whole prompt")
figure("ingress_gbit_diff", peak_req * diff_b * 8 / 1e9, "{:.2f} Gbit/s", "Peak ingress if requests send only the edit")

# %% [markdown]
# ## 14. The AI angle: a model behind the search box
#
# Put the small model on every typeahead request: a short prompt, three suggestions, a large batch.

# %%
sb_ctx = sb_prompt_tok + sb_out_tok
sb_step = step_small(sb_batch, sb_ctx)
sb_decode = figure("sb_decode_ms", sb_out_tok * sb_step * 1e3, "{:.0f} ms", "Decode time of three generated suggestions")
figure("sb_over_budget", sb_decode / budget_ms, "{:.1f}x", "That decode alone over the typeahead budget")
sb_gpu_ms = sb_out_tok * sb_step * 1e3 / sb_batch + llm.prefill_time_s(p_small, sb_prompt_tok, peak, mfu) * 1e3
figure("sb_gpu_ms", sb_gpu_ms, "{:.1f} ms", "GPU time per generated typeahead request")
sb_gpus = figure("sb_gpus", math.ceil(peak_rps * sb_gpu_ms / 1e3 / util), "{:,d} GPUs", "GPUs for every typeahead request at peak")
figure("sb_usd_month", sb_gpus * usd_gpu_h * 24 * ref.DAYS_PER_MONTH_AVG / 1e3, "${:,.0f}K per month", "Their cost per month")
tail_share = 1 - hit_mean
figure("sb_tail_gpus", math.ceil(peak_rps * tail_share * 0.1 * sb_gpu_ms / 1e3 / util), "{:,d} GPUs",
       "GPUs if only one in ten edge misses (rare prefixes) gets a generated suggestion")

# %% [markdown]
# ## 15. Scaling 10x, 100x, 1000x
#
# Traffic scales with users; the index scales with distinct queries, which grow more slowly.

# %%
for x in (10, 100, 1000):
    figure(f"peak_rps_{x}x", peak_rps * x, "{:,.0f} requests/s", f"Peak typeahead requests at {x}x")
    o = peak_rps * x * (1 - hit_mean)
    figure(f"origin_rps_{x}x", o, "{:,.0f} requests/s", f"Origin requests at {x}x")
    figure(f"origin_servers_{x}x", math.ceil(o / server_rps), "{:,d} servers", f"Origin servers at {x}x")
figure("edge_sites_rps_1000x", peak_rps * 1000 / edge_sites, "{:,.0f} requests/s", "Per edge site at 1000x")
