# %% [markdown]
# # Design a web crawler: the estimates
#
# Every number the walkthrough quotes is computed here. Inputs first, each declared once
# with `assume`; then the sections:
#
# 1. Inputs
# 2. Fetch rate, concurrency and fetcher nodes
# 3. Bandwidth and storage per crawl cycle (and the page-weight slip)
# 4. The MVP and the number that retires its database frontier
# 5. Politeness: per-host delay, big hosts, robots.txt traffic
# 6. DNS: lookups with and without a cache
# 7. URL-seen: Bloom filter arithmetic against an exact fingerprint set
# 8. Content dedup: exact hashes, SimHash, MinHash and LSH (chart)
# 9. Recrawl scheduling and freshness (chart)
# 10. Traps: frontier growth from one trap host
# 11. Partitioning by host: nodes and cross-node link traffic
# 12. Training data: tokens, tokenised storage, classifier cost on GPUs and CPUs
# 13. Opt-outs and removals after use
# 14. Scaling 10x, 100x, 1000x from the MVP

# %% [markdown]
# ## 1. Inputs
#
# None of the four sources gives numbers for a crawler (the Educative outline only lists the
# problem and its components), so every input is this walkthrough's assumption or a reference
# constant, stated so a reader can change it.

# %%
import math

from estimates import assume, assumptions_table, figure, restate
from estimates import llm
from estimates import reference as ref

pages_cycle = assume("pages_cycle", 10e9, "{:,.0f} pages", "Pages fetched per crawl cycle in the target design", "assumption")
cycle_days = assume("cycle_days", 30, "{:d} days", "Length of one crawl cycle", "assumption")
mvp_pages = assume("mvp_pages", 100e6, "{:,.0f} pages", "Pages fetched per cycle by the MVP", "assumption")
peak_factor = assume("peak_factor", 1.5, "{:.1f}x", "Provisioned fetch rate over the average (catch-up after an outage)", "design choice")
attempts_per_page = assume("attempts_per_page", 1.25, "{:.2f}", "HTTP requests per stored page (redirects, errors, 304s, robots.txt)", "assumption")
html_kb = assume("html_kb", 80, "{:d} KB", "Mean HTML document, uncompressed", "assumption")
wire_ratio = assume("wire_ratio", 4.0, "{:.0f}x", "Transfer compression of HTML (gzip or brotli)", "assumption")
rest_ratio = assume("rest_ratio", 5.0, "{:.0f}x", "Compression of stored HTML in WARC files", "assumption")
page_weight_mb = assume("page_weight_mb", 2.0, "{:.1f} MB", "Full page weight with images, scripts and fonts", "assumption")
text_kb = assume("text_kb", 6, "{:d} KB", "Extracted main text per page", "assumption")
meta_kb = assume("meta_kb", 1, "{:d} KB", "Per-document metadata (provenance, headers, hashes, decisions)", "assumption")
storage_overhead = assume("storage_overhead", 1.5, "{:.1f}x", "Blob storage overhead (erasure coding)", "assumption")
raw_cycles_kept = assume("raw_cycles_kept", 3, "{:d}", "Crawl cycles of raw HTML kept", "design choice")
outlinks = assume("outlinks", 50, "{:d}", "Links extracted per page (after normalisation)", "assumption")
new_url_share = assume("new_url_share", 0.10, "{:.0%}", "Share of extracted links not seen before", "assumption")
internal_link_share = assume("internal_link_share", 0.6, "{:.0%}", "Share of links that point to the same host", "assumption")
urls_known = assume("urls_known", 100e9, "{:,.0f} URLs", "Distinct URLs the crawler has seen (fetched or not)", "assumption")
url_b = assume("url_b", 80, "{:d} B", "Mean normalised URL length", "assumption")
frontier_row_b = assume("frontier_row_b", 40, "{:d} B", "Per-URL frontier state beyond the URL (priority, times, status)", "assumption")
fetch_s = assume("fetch_s", 1.5, "{:.1f} s", "Mean time one fetch holds a connection (TLS, first byte, transfer)", "assumption")
conns_per_node = assume("conns_per_node", 2_000, "{:,d}", "Concurrent connections one async fetcher node holds", "assumption")
cpu_ms_page = assume("cpu_ms_page", 15, "{:d} ms", "CPU per page: parse, extract links and text, hash, compress", "assumption")
cores_node = assume("cores_node", 32, "{:d}", "Cores per fetcher node", "assumption")
cpu_util = assume("cpu_util", 0.6, "{:.0%}", "Target CPU utilisation of a fetcher node", "design choice")
render_cpu_s = assume("render_cpu_s", 1.0, "{:.1f} s", "CPU to render one page in a headless browser", "assumption")
db_write_budget = assume("db_write_budget", 10_000, "{:,d} rows/s", "Indexed row writes one relational primary sustains (planning budget)", "assumption")
hosts_known = assume("hosts_known", 200e6, "{:,.0f}", "Hosts in the frontier", "assumption")
hosts_active_day = assume("hosts_active_day", 20e6, "{:,.0f}", "Hosts fetched from on a given day", "assumption")
polite_s = assume("polite_s", 2.0, "{:.0f} s", "Default gap between two requests to one host", "design choice")
big_host_pages = assume("big_host_pages", 50e6, "{:,.0f} pages", "Pages on a very large site", "assumption")
big_host_rate = assume("big_host_rate", 20, "{:d} requests/s", "Rate a large site tolerates (measured or agreed)", "assumption")
robots_kb = assume("robots_kb", 2, "{:d} KB", "Mean parsed robots.txt rules kept per host", "assumption")
robots_cache_h = assume("robots_cache_h", 24, "{:d} h", "Longest robots.txt cache age (RFC 9309 section 2.4)", "RFC 9309")
robots_limit_kib = assume("robots_limit_kib", 500, "{:d} KiB", "Minimum robots.txt parsing limit (RFC 9309 section 2.5)", "RFC 9309")
dns_ms = assume("dns_ms", 100, "{:d} ms", "Uncached DNS resolution (recursive, cold)", "assumption")
host_batches_day = assume("host_batches_day", 2, "{:d}", "Times a day an active host's queue is opened (one resolution each)", "assumption")
dns_entry_b = assume("dns_entry_b", 100, "{:d} B", "DNS cache entry (name, addresses, expiry)", "assumption")
bloom_p = assume("bloom_p", 0.01, "{:.0%}", "Bloom filter false-positive rate, first choice", "design choice")
bloom_p_low = assume("bloom_p_low", 0.001, "{:.1%}", "Bloom filter false-positive rate, stricter choice", "design choice")
fp_b = assume("fp_b", 8, "{:d} B", "Exact URL fingerprint (64-bit hash)", "design choice")
hash_overhead = assume("hash_overhead", 1.5, "{:.1f}x", "Hash-table overhead over raw fingerprint bytes", "assumption")
ram_per_node_gb = assume("ram_per_node_gb", 64, "{:d} GB", "RAM per crawler node given to the URL-seen set", "assumption")
disk_per_node_tb = assume("disk_per_node_tb", 4, "{:d} TB", "Local SSD per crawler node for frontier queues", "assumption")
exact_dup_share = assume("exact_dup_share", 0.15, "{:.0%}", "Fetched pages whose main text exactly duplicates another", "assumption")
near_dup_share = assume("near_dup_share", 0.30, "{:.0%}", "Further pages that are near-duplicates", "assumption")
simhash_bits = assume("simhash_bits", 64, "{:d} bits", "SimHash fingerprint size (WWW 2007 paper's choice)", "Manku et al. 2007")
simhash_k = assume("simhash_k", 3, "{:d} bits", "Hamming distance treated as near-duplicate (same paper)", "Manku et al. 2007")
simhash_tables = assume("simhash_tables", 4, "{:d}", "Permuted SimHash tables", "design choice")
minhash_perms = assume("minhash_perms", 128, "{:d}", "MinHash permutations per document", "design choice")
minhash_b = assume("minhash_b", 4, "{:d} B", "Bytes per MinHash value", "design choice")
lsh_bands = assume("lsh_bands", 16, "{:d}", "LSH bands", "design choice")
lsh_rows = assume("lsh_rows", 8, "{:d}", "Rows (hashes) per band", "design choice")
hot_pages = assume("hot_pages", 100e6, "{:,.0f} pages", "Hot set recrawled daily (home pages, news, feeds)", "assumption")
trap_links = assume("trap_links", 50, "{:d}", "New URLs per page on a trap host (calendars, session ids)", "assumption")
trap_hosts = assume("trap_hosts", 10_000, "{:,d}", "Trap hosts active at once", "assumption")
host_url_cap = assume("host_url_cap", 100_000, "{:,d} URLs", "Frontier cap for a low-rank host", "design choice")
keep_quality = assume("keep_quality", 0.40, "{:.0%}", "Unique documents a quality filter keeps for training", "assumption")
clf_tokens = assume("clf_tokens", 1_024, "{:,d} tokens", "Tokens of each document an LLM scorer reads", "design choice")
mfu = assume("mfu", 0.4, "{:.0%}", "Model FLOP utilisation of the scoring job (prefill only)", "assumption")
gpu_usd_h = assume("gpu_usd_h", 2.50, "${:.2f}", "H100 price per GPU-hour", "assumption")
label_docs = assume("label_docs", 500_000, "{:,.0f}", "Documents the LLM labels to train a small classifier", "design choice")
small_clf_ms = assume("small_clf_ms", 1.0, "{:.1f} ms", "CPU per document for a small distilled classifier", "assumption")
core_usd_h = assume("core_usd_h", 0.04, "${:.2f}", "Price per CPU core-hour", "assumption")
pii_share = assume("pii_share", 0.05, "{:.0%}", "Kept documents with a PII detection to redact", "assumption")
robots_change_month = assume("robots_change_month", 0.01, "{:.0%}", "Hosts that change their AI-crawler rules in a month", "assumption")
build_lag_days = assume("build_lag_days", 60, "{:d} days", "Age of a crawl when a training set is built from it", "assumption")
removals_day = assume("removals_day", 1_000, "{:,d}", "Removal requests per day", "assumption")
urls_per_removal = assume("urls_per_removal", 50, "{:d}", "URLs named per removal request (mean)", "assumption")
retrain_days = assume("retrain_days", 90, "{:d} days", "Gap between training runs that rebuild the data set", "assumption")
chars_per_token = restate("chars_per_token", "CHARS_PER_TOKEN_EN", "{:.0f} characters", "Characters per token, English (OpenAI rule of thumb)")
vocab = restate("vocab", "LLAMA31_8B_VOCAB", "{:,.0f} tokens", "Vocabulary of the scoring model's tokenizer (Llama 3.1)")
h100_tflops = restate("h100_tflops", "H100_SXM_BF16_DENSE_TFLOPS", "{:,.1f} TFLOP/s", "H100 SXM dense BF16 peak")
assumptions_table()

# %% [markdown]
# ## 2. Fetch rate, concurrency and fetcher nodes
#
# Little's law: connections in flight = fetch attempts per second x seconds each holds a
# connection. CPU per page bounds a node separately; the node count is the larger of the two.

# %%
S = ref.SECONDS_PER_DAY
pps = figure("pages_per_s", pages_cycle / (cycle_days * S), "{:,.0f} pages/s", "Average pages fetched per second")
pps_peak = figure("pages_per_s_peak", pps * peak_factor, "{:,.0f} pages/s", "Provisioned fetch rate")
att_peak = figure("attempts_peak", pps_peak * attempts_per_page, "{:,.0f} requests/s", "HTTP requests per second at the provisioned rate")
figure("pages_per_day", pages_cycle / cycle_days, "{:,.0f} pages/day", "Pages fetched per day")
inflight = figure("inflight", llm.little_concurrency(att_peak, fetch_s), "{:,.0f} connections", "Connections in flight at the provisioned rate")
nodes_conn = math.ceil(inflight / conns_per_node)
node_cpu_pps = cores_node * cpu_util * 1000 / cpu_ms_page
figure("node_cpu_pps", node_cpu_pps, "{:,.0f} pages/s", "Pages one fetcher node parses per second at the target utilisation")
nodes_cpu = math.ceil(pps_peak / node_cpu_pps)
figure("nodes_conn", nodes_conn, "{:d} nodes", "Fetcher nodes needed for the connections")
figure("nodes_cpu", nodes_cpu, "{:d} nodes", "Fetcher nodes needed for the CPU")
render_nodes = figure("render_nodes", math.ceil(pps_peak * render_cpu_s / (cores_node * cpu_util)), "{:,d} nodes",
                      "Nodes needed if every page is rendered in a headless browser")
figure("render_x", render_cpu_s * 1000 / cpu_ms_page, "{:.0f}x", "CPU of rendering over parsing, per page")

# %% [markdown]
# ## 3. Bandwidth and storage per cycle
#
# Bytes on the wire are compressed HTML only; a text crawler does not fetch images or
# scripts. The slip is to size with full page weight.

# %%
wire_b = html_kb * 1000 / wire_ratio
bw = figure("bw_gbit", pps * attempts_per_page * wire_b * 8 / 1e9, "{:.2f} Gbit/s", "Average inbound bandwidth")
figure("bw_peak_gbit", pps_peak * attempts_per_page * wire_b * 8 / 1e9, "{:.2f} Gbit/s", "Inbound bandwidth at the provisioned rate")
figure("bw_uncompressed_gbit", pps * attempts_per_page * html_kb * 1000 * 8 / 1e9, "{:.1f} Gbit/s",
       "Average bandwidth if HTML arrived uncompressed")
figure("bw_weight_gbit", pps * page_weight_mb * 1e6 * 8 / 1e9, "{:,.0f} Gbit/s", "Bandwidth if sized with full page weight (the slip)")
figure("weight_over_html", page_weight_mb * 1e6 / (html_kb * 1000), "{:.0f}x", "Full page weight over the HTML document")
raw_tb = figure("raw_tb", pages_cycle * html_kb * 1000 / rest_ratio / 1e12, "{:,.0f} TB", "Compressed raw HTML per cycle")
text_tb = figure("text_tb", pages_cycle * text_kb * 1000 / 1e12, "{:,.0f} TB", "Extracted text per cycle (uncompressed)")
meta_tb = figure("meta_tb", pages_cycle * meta_kb * 1000 / 1e12, "{:,.0f} TB", "Per-document metadata per cycle")
stored = (raw_tb * raw_cycles_kept + text_tb + meta_tb) * storage_overhead
figure("stored_pb", stored / 1000, "{:.2f} PB", "Blob storage held (raw for the kept cycles, text, metadata, with overhead)")
figure("weight_storage_pb", pages_cycle * page_weight_mb * 1e6 / 1e15, "{:,.0f} PB", "Storage per cycle if sized with full page weight (the slip)")

# %% [markdown]
# ## 4. The MVP and the number that retires its database frontier

# %%
mvp_pps = figure("mvp_pps", mvp_pages / (cycle_days * S), "{:,.1f} pages/s", "MVP average fetch rate")
mvp_links = figure("mvp_link_writes", mvp_pps * outlinks, "{:,.0f} lookups/s", "MVP URL-seen lookups and frontier upserts per second")
figure("mvp_db_load", mvp_links / db_write_budget, "{:.0%}", "MVP link writes as a share of one primary's budget")
figure("db_load_10x", mvp_links * 10 / db_write_budget, "{:.0%}", "The same at 10x the MVP")
figure("mvp_urls_tb", mvp_pages * 10 * (url_b + frontier_row_b + 60) / 1e12, "{:.2f} TB",
       "MVP URL table (ten known URLs per fetched page, with index overhead)")
figure("mvp_raw_tb", mvp_pages * html_kb * 1000 / rest_ratio / 1e12, "{:.1f} TB", "MVP compressed raw HTML per cycle")
figure("mvp_bw_mbit", mvp_pps * attempts_per_page * wire_b * 8 / 1e6, "{:.0f} Mbit/s", "MVP average bandwidth")

# %% [markdown]
# ## 5. Politeness

# %%
per_host_day = figure("per_host_day", S / polite_s, "{:,.0f} pages/day", "Most pages a day from one host at the default gap")
figure("big_host_days_default", big_host_pages / per_host_day, "{:,.0f} days", "Days to crawl the very large site at the default gap")
figure("big_host_days_fast", big_host_pages / big_host_rate / S, "{:.0f} days", "Days at the rate the large site tolerates")
figure("min_hosts_busy", pps_peak * polite_s, "{:,.0f} hosts", "Hosts that must be ready at every instant to keep the fetchers busy")
robots_fetch_s = figure("robots_fetch_s", hosts_active_day * (24 / robots_cache_h) / S, "{:,.0f} requests/s", "robots.txt fetches per second (one per active host per cache period)")
figure("robots_share", robots_fetch_s / (pps * attempts_per_page), "{:.1%}", "robots.txt share of all requests")
figure("robots_cache_gb", hosts_active_day * robots_kb * 1000 / 1e9, "{:,.0f} GB", "Parsed robots.txt rules cached for active hosts")
figure("robots_worst_mb", robots_limit_kib * 1024 * 1000 / 1e9 * 1000, "{:,.0f} MB", "Worst case if 1,000 hosts each serve a file at the parsing limit")

# %% [markdown]
# ## 6. DNS

# %%
att_avg = pps * attempts_per_page
figure("dns_uncached", att_avg, "{:,.0f} lookups/s", "DNS lookups per second with no cache (one per request)")
dns_cached = figure("dns_cached", hosts_active_day * host_batches_day / S, "{:,.0f} lookups/s", "DNS lookups per second with a per-host cache")
figure("dns_saved", 1 - dns_cached / att_avg, "{:.0%}", "Lookups the cache removes")
figure("dns_blocked", att_avg * dns_ms / 1000, "{:,.0f}", "Threads blocked at once on synchronous uncached lookups")
figure("dns_cache_gb", hosts_known * dns_entry_b / 1e9, "{:,.0f} GB", "DNS cache for every known host")

# %% [markdown]
# ## 7. URL-seen: Bloom filter against an exact fingerprint set
#
# Bloom filter with m bits, n items, k hashes: p = (1 - e^(-kn/m))^k. At the optimal
# k = (m/n) ln 2, m/n = -ln p / (ln 2)^2 bits per item. False positives are deterministic: a
# new URL that collides is skipped every time it is rediscovered until the filter is rebuilt.

# %%
LN2 = math.log(2)


def bits_per_item(p):
    return -math.log(p) / LN2 ** 2


def bloom_p_at(m_over_n, k, fill=1.0):
    return (1 - math.exp(-k * fill / m_over_n)) ** k


bpi = figure("bloom_bits_per_url", bits_per_item(bloom_p), "{:.1f} bits", "Bits per URL for the first-choice rate")
bpi_low = figure("bloom_bits_per_url_low", bits_per_item(bloom_p_low), "{:.1f} bits", "Bits per URL for the stricter rate")
k_opt = figure("bloom_k", round(bpi * LN2), "{:d}", "Optimal hash functions for the first-choice rate")
figure("bloom_k_low", round(bpi_low * LN2), "{:d}", "Optimal hash functions for the stricter rate")
figure("bloom_gb", urls_known * bpi / 8 / 1e9, "{:,.0f} GB", "Bloom filter for every known URL at the first-choice rate")
figure("bloom_gb_low", urls_known * bpi_low / 8 / 1e9, "{:,.0f} GB", "Bloom filter at the stricter rate")
figure("bloom_check_p", bloom_p_at(bpi, k_opt), "{:.2%}", "Check: rate from the formula with those bits and k")
figure("bloom_p_2x", bloom_p_at(bpi, k_opt, fill=2.0), "{:.0%}", "False-positive rate if twice the planned URLs are inserted")
figure("slip_wrong_gb", 1e9 * 10 / 1e9, "{:.0f} GB", "The bits-as-bytes slip: 10 bits per URL for a billion URLs read as bytes")
figure("slip_right_gb", 1e9 * 10 / 8 / 1e9, "{:.2f} GB", "The same filter computed in bits")
lookups = figure("seen_lookups", pps * outlinks, "{:,.0f} lookups/s", "URL-seen lookups per second")
new_urls = figure("new_urls_s", pps * outlinks * new_url_share, "{:,.0f} URLs/s", "New URLs discovered per second")
figure("bloom_lost_day", new_urls * bloom_p * S, "{:,.0f} URLs/day", "New URLs a 1% filter wrongly marks as seen per day")
figure("bloom_lost_day_low", new_urls * bloom_p_low * S, "{:,.0f} URLs/day", "The same at the stricter rate")
exact_gb = figure("exact_gb", urls_known * fp_b * hash_overhead / 1e9, "{:,.0f} GB", "Exact 64-bit fingerprint set in hash tables")
figure("exact_over_bloom", urls_known * fp_b * hash_overhead / (urls_known * bpi / 8), "{:.1f}x", "Exact set over the 1% Bloom filter")
figure("fp_collisions", urls_known ** 2 / 2 ** (fp_b * 8 + 1), "{:,.0f} pairs", "Expected colliding URL pairs among 64-bit fingerprints (birthday bound)")
figure("url_strings_tb", urls_known * url_b / 1e12, "{:,.0f} TB", "Every known URL as a string")
nodes_ram = figure("nodes_ram", math.ceil(exact_gb / ram_per_node_gb), "{:d} nodes", "Crawler nodes to hold the exact set in RAM")

# %% [markdown]
# ## 8. Content dedup
#
# Exact: a hash of the normalised main text. Near: SimHash (Hamming distance <= k) or MinHash
# with LSH banding, where a pair of Jaccard similarity s becomes a candidate with probability
# 1 - (1 - s^r)^b.

# %%
uniq_share = (1 - exact_dup_share) * (1 - near_dup_share)
figure("unique_share", uniq_share, "{:.1%}", "Pages left after exact and near dedup")
figure("near_removed", (1 - exact_dup_share) * near_dup_share, "{:.1%}", "Pages near dedup removes, of all fetched")
figure("exact_hash_gb", pages_cycle * 16 / 1e9, "{:,.0f} GB", "128-bit exact content hashes for a cycle")
simhash_gb = figure("simhash_gb", pages_cycle * simhash_bits / 8 * simhash_tables / 1e9, "{:,.0f} GB",
                    "SimHash index (fingerprints in every permuted table)")
figure("simhash_similarity", 1 - simhash_k / simhash_bits, "{:.1%}", "Bit agreement at the near-duplicate threshold")
sig_b = minhash_perms * minhash_b
figure("minhash_sig_b", sig_b, "{:d} B", "MinHash signature per document")
figure("minhash_tb", pages_cycle * sig_b / 1e12, "{:.1f} TB", "MinHash signatures for a cycle")
figure("lsh_index_tb", pages_cycle * lsh_bands * 8 / 1e12, "{:.2f} TB", "LSH band index (one 8-byte key per band per document)")


def cand_p(s, b=lsh_bands, r=lsh_rows):
    return 1 - (1 - s ** r) ** b


figure("lsh_threshold", (1 / lsh_bands) ** (1 / lsh_rows), "{:.2f}", "Jaccard similarity where the LSH curve is steepest, (1/b)^(1/r)")
figure("lsh_p_09", cand_p(0.9), "{:.2%}", "Chance a pair at Jaccard 0.9 becomes a candidate")
figure("lsh_p_08", cand_p(0.8), "{:.1%}", "Chance at Jaccard 0.8")
figure("lsh_p_05", cand_p(0.5), "{:.1%}", "Chance at Jaccard 0.5")
figure("lsh_p_03", cand_p(0.3), "{:.3%}", "Chance at Jaccard 0.3")

from estimates.charts import SERIES, new_chart, show  # noqa: E402

xs = [i / 100 for i in range(0, 101)]
fig, ax = new_chart()
for i, (b, r) in enumerate(((16, 8), (32, 4), (8, 16))):
    ax.plot(xs, [cand_p(x, b, r) * 100 for x in xs], color=SERIES[i], label=f"{b} bands x {r} rows ({b * r} hashes)")
ax.set_xlabel("Jaccard similarity of two documents' shingle sets")
ax.set_ylabel("chance the pair is compared (%)")
ax.set_title("MinHash LSH: which pairs become candidates")
ax.legend(frameon=False, fontsize=9)
show(fig, alt="S-shaped curves of the chance that two documents become a near-duplicate candidate against their Jaccard "
              "similarity, for three band and row splits of 128 hashes; 16 bands of 8 rows rises steeply around 0.7, "
              "32 bands of 4 rows around 0.4, and 8 bands of 16 rows around 0.9.")

# %% [markdown]
# ## 9. Recrawl scheduling and freshness
#
# A page that changes as a Poisson process with rate lambda, recrawled every I, is fresh at
# time t after a crawl with probability e^(-lambda t); averaged over the interval the
# expected freshness is (1 - e^(-lambda I)) / (lambda I).

# %%


def freshness(change_days, interval_days):
    x = interval_days / change_days
    return (1 - math.exp(-x)) / x


figure("fresh_daily_1d", freshness(1, 1), "{:.0%}", "Freshness of a daily-changing page recrawled daily")
figure("fresh_daily_30d", freshness(1, 30), "{:.1%}", "The same page recrawled every 30 days")
figure("fresh_monthly_30d", freshness(30, 30), "{:.0%}", "A monthly-changing page recrawled every 30 days")
figure("fresh_weekly_7d", freshness(7, 7), "{:.0%}", "A weekly-changing page recrawled weekly")
figure("fresh_weekly_14d", freshness(7, 14), "{:.0%}", "A weekly-changing page recrawled every 14 days")
hourly_1d = freshness(1 / 24, 1)
hourly_05d = freshness(1 / 24, 0.5)
figure("fresh_hourly_1d", hourly_1d, "{:.1%}", "An hourly-changing page recrawled daily")
figure("fresh_hourly_12h", hourly_05d, "{:.1%}", "The same page recrawled twice a day")
gain_hourly = (hourly_05d - hourly_1d) / (2 - 1)  # freshness gained per extra fetch per day
gain_weekly = (freshness(7, 7) - freshness(7, 14)) / (1 / 7 - 1 / 14)
figure("gain_hourly_pts", gain_hourly * 100, "{:.1f} point-days", "Freshness bought by one extra fetch, hourly page (daily to twice daily): points gained x days they last")
figure("gain_weekly_pts", gain_weekly * 100, "{:.0f} point-days", "Freshness bought by one extra fetch, weekly page (14 to 7 days): points gained x days they last")
figure("gain_ratio", gain_weekly / gain_hourly, "{:.0f}x", "How much more a fetch buys on the weekly page")
hot_rate = figure("hot_rate", hot_pages / S, "{:,.0f} pages/s", "Fetch rate to recrawl the hot set daily")
figure("hot_share", hot_rate / pps, "{:.0%}", "Hot set's share of the average fetch budget")
figure("rest_interval_days", (pages_cycle - hot_pages) / ((pps - hot_rate) * S), "{:.0f} days",
       "Recrawl interval left for every other page")

ds = [0.25 * i for i in range(1, 241)]
fig, ax = new_chart()
for i, (c, lab) in enumerate(((1, "changes daily"), (7, "changes weekly"), (30, "changes monthly"))):
    ax.plot(ds, [freshness(c, d) * 100 for d in ds], color=SERIES[i], label=f"page {lab}")
ax.set_xlabel("recrawl interval (days)")
ax.set_ylabel("expected freshness (%)")
ax.set_ylim(0, 100)
ax.set_title("Freshness of the stored copy against the recrawl interval")
ax.legend(frameon=False, fontsize=9)
show(fig, alt="Line chart of expected freshness against the recrawl interval for pages that change daily, weekly and monthly; "
              "each curve falls from near 100 percent, crossing 63 percent where the interval equals the mean time between "
              "changes, so a daily-changing page recrawled monthly is fresh only about 3 percent of the time.")

# %% [markdown]
# ## 10. Traps

# %%
trap_day = figure("trap_urls_day", per_host_day * trap_links, "{:,.0f} URLs/day", "Frontier entries one uncapped trap host adds per day")
figure("trap_all_day", trap_day * trap_hosts / 1e9, "{:,.1f} billion URLs/day", "Entries all trap hosts add per day, uncapped")
figure("trap_share_known", trap_day * trap_hosts / urls_known, "{:.0%}", "That per day, as a share of every URL known")
figure("trap_capped_gb", trap_hosts * host_url_cap * (url_b + frontier_row_b) / 1e9, "{:,.0f} GB", "Most the trap hosts can hold with the per-host cap")

# %% [markdown]
# ## 11. Partitioning by host

# %%
frontier_tb = figure("frontier_tb", urls_known * (url_b + frontier_row_b) / 1e12, "{:,.0f} TB", "Frontier and URL metadata for every known URL")
nodes_disk = math.ceil(frontier_tb / disk_per_node_tb)
figure("nodes_disk", nodes_disk, "{:d} nodes", "Crawler nodes to hold the frontier on local SSD")
nodes = figure("crawler_nodes", max(nodes_conn, nodes_cpu, nodes_ram, nodes_disk), "{:d} nodes", "Crawler nodes: the largest of the four needs")
figure("hosts_per_node", hosts_known / nodes, "{:,.0f} hosts", "Hosts owned by each node")
cross = pps_peak * outlinks * (1 - internal_link_share) * (1 - 1 / nodes)
figure("cross_links_s", cross, "{:,.0f} URLs/s", "Discovered URLs sent to another node per second")
figure("cross_mb_s", cross * (url_b + 20) / 1e6, "{:.0f} MB/s", "Cross-node link traffic (URL plus envelope)")

# %% [markdown]
# ## 12. Training data
#
# Tokens from extracted text at about four characters per token (English). Token ids from a
# 128,256-entry vocabulary need 17 bits, so they are stored as 32-bit integers.
# The LLM scorer is prefill only: time = 2 x params x tokens / (peak x MFU).

# %%
tok_per_page = figure("tokens_per_page", text_kb * 1000 / chars_per_token, "{:,.0f} tokens", "Tokens of main text per page")
raw_tok = figure("tokens_raw_t", pages_cycle * tok_per_page / 1e12, "{:.1f} trillion tokens", "Tokens in a cycle before dedup")
uniq_docs = pages_cycle * uniq_share
figure("unique_docs_b", uniq_docs / 1e9, "{:.2f} billion", "Unique documents after dedup")
kept_tok = figure("tokens_kept_t", uniq_docs * keep_quality * tok_per_page / 1e12, "{:.2f} trillion tokens", "Tokens kept for training after the quality filter")
bits_needed = math.ceil(math.log2(vocab))
figure("token_bits", bits_needed, "{:d} bits", "Bits a token id needs for this vocabulary")
figure("tokenised_tb", kept_tok * 1e12 * 4 / 1e12, "{:.1f} TB", "Tokenised training shards at 4 bytes per token")
m8 = ref.MODELS["llama-3.1-8b"]
h100 = ref.GPUS["h100-sxm"]
p8 = llm.param_count(m8)
figure("scorer_params_b", p8 / 1e9, "{:.2f} billion", "Parameters of the 8B scorer (from its shapes)")
t_doc = llm.prefill_time_s(p8, clf_tokens, h100.bf16_dense_flops, mfu)
figure("score_ms", t_doc * 1000, "{:.0f} ms", "GPU time to score one document (prefill of the first tokens)")
figure("score_tflop", 2 * p8 * clf_tokens / 1e12, "{:.1f} TFLOP", "FLOPs to score one document")
gpu_h = uniq_docs * t_doc / 3600
figure("score_gpu_h", gpu_h, "{:,.0f} GPU-hours", "GPU-hours to score every unique document once")
figure("score_usd", gpu_h * gpu_usd_h, "${:,.0f}", "Cost to score every unique document with the 8B model")
figure("score_gpus_live", math.ceil(pps * uniq_share * t_doc), "{:d} GPUs", "GPUs busy scoring at the average crawl rate")
figure("label_usd", label_docs * t_doc / 3600 * gpu_usd_h, "${:,.0f}", "Cost to label the training set of the small classifier")
small_core_h = uniq_docs * small_clf_ms / 1000 / 3600
figure("small_core_h", small_core_h, "{:,.0f} core-hours", "CPU core-hours for the small classifier over every unique document")
figure("small_usd", small_core_h * core_usd_h, "${:,.0f}", "Cost of the small classifier per cycle")
figure("llm_over_small", gpu_h * gpu_usd_h / (small_core_h * core_usd_h), "{:,.0f}x", "LLM scoring cost over the distilled classifier")
figure("pii_docs_m", uniq_docs * keep_quality * pii_share / 1e6, "{:,.0f} million", "Kept documents with PII to redact per cycle")

# %% [markdown]
# ## 13. Opt-outs and removals after use

# %%
figure("optout_stale", robots_change_month * build_lag_days / 30, "{:.0%}", "Hosts whose AI-crawler rules may have changed since the crawl")
figure("optout_docs_m", uniq_docs * keep_quality * robots_change_month * build_lag_days / 30 / 1e6, "{:,.0f} million",
       "Kept documents whose host's rules changed before the build (if hosts are equal in size)")
figure("removal_urls_day", removals_day * urls_per_removal, "{:,.0f} URLs/day", "URLs named in removal requests per day")
figure("removal_urls_cycle", removals_day * urls_per_removal * retrain_days / 1e6, "{:.1f} million URLs", "URLs removed between two training runs")
figure("removal_wait_mean", retrain_days / 2, "{:.0f} days", "Mean wait until a removed document leaves the next trained model")

# %% [markdown]
# ## 14. Scaling from the MVP

# %%
for mult in (10, 100, 1000):
    pages = mvp_pages * mult
    rate = pages / (cycle_days * S)
    figure(f"pps_{mult}x", rate, "{:,.0f} pages/s", f"Average fetch rate at {mult}x the MVP")
    figure(f"bw_{mult}x", rate * attempts_per_page * wire_b * 8 / 1e9, "{:,.2f} Gbit/s", f"Average bandwidth at {mult}x")
    figure(f"links_{mult}x", rate * outlinks, "{:,.0f} lookups/s", f"URL-seen lookups at {mult}x")
    figure(f"raw_{mult}x", pages * html_kb * 1000 / rest_ratio / 1e12, "{:,.0f} TB", f"Compressed raw HTML per cycle at {mult}x")
    figure(f"seen_gb_{mult}x", pages * 10 * fp_b * hash_overhead / 1e9, "{:,.0f} GB",
           f"Exact URL-seen set at {mult}x (ten known URLs per fetched page)")
