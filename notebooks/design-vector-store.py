# %% [markdown]
# # Design a vector store and embedding service at scale: the estimates
#
# Every number the walkthrough quotes is computed here. Inputs first, each declared once
# with `assume`; then the sections:
#
# 1. Inputs
# 2. Embedding throughput: FLOPs per token, padding, dynamic batching (chart 1)
# 3. Memory per vector for each index, with the arithmetic (chart 2)
# 4. The MVP on one Postgres node with pgvector
# 5. Tenant partitioning: where brute force stops being enough
# 6. Metadata filtering: the post-filter recall trap and the planner's crossovers
# 7. Freshness: from upload to searchable
# 8. Sharding, replication, scatter-gather tails and re-ranking from SSD
# 9. Re-embedding when the model changes (and the 7B-embedder twist)
# 10. Deletion and the right to be forgotten
# 11. Cost
# 12. Scaling 10x, 100x, 1000x
# 13. Hybrid retrieval: BM25, reciprocal rank fusion and a cross-encoder re-ranker

# %% [markdown]
# ## 1. Inputs
#
# None of the four sources gives traffic or corpus figures for this question; the Educative
# outline only names the topic. Every input below is an assumption of this walkthrough or a
# constant from `estimates.reference`, stated so that a reader can change it.

# %%
import math

from estimates import assume, assumptions_table, figure, restate
from estimates import llm
from estimates import reference as ref

H100 = ref.GPUS["h100-sxm"]

# Corpus and tenants
n_vec = assume("n_vec", 1_000_000_000, "{:,.0f} vectors", "Chunks (one vector each) stored at 1x", "assumption")
dim = assume("dim", 1536, "{:,d} dimensions", "Embedding dimension",
             "design choice; the default of OpenAI's text-embedding-3-small (embeddings guide, checked 2026-11-23)")
tenants = assume("tenants", 1_000_000, "{:,.0f}", "Tenants (vector stores)", "assumption")
big_tenant_frac = assume("big_tenant_frac", 0.01, "{:.0%}", "Share of tenants above the brute-force threshold", "assumption")
big_vec_share = assume("big_vec_share", 0.8, "{:.0%}", "Share of all vectors held by those large tenants", "assumption")
largest_tenant = assume("largest_tenant", 50_000_000, "{:,.0f} vectors", "Largest single tenant", "assumption")
chunk_tok = assume("chunk_tok", 400, "{:,d} tokens", "Mean chunk length", "assumption")
chunk_max_tok = assume("chunk_max_tok", 512, "{:,d} tokens", "Maximum chunk length (padding length without bucketing)", "design choice")
chars_per_tok = restate("chars_per_tok", "CHARS_PER_TOKEN_EN", "{:.0f} characters", "Characters per token, English (reference)")

# Traffic
new_chunks_day = assume("new_chunks_day", 50_000_000, "{:,.0f} chunks/day", "New or changed chunks embedded per day", "assumption")
ingest_peak_x = assume("ingest_peak_x", 3.0, "{:.0f}x", "Peak-to-mean ratio of ingest", "assumption")
q_peak = assume("q_peak", 20_000, "{:,.0f} queries/s", "Peak search queries across all tenants", "assumption")
q_tok = assume("q_tok", 30, "{:d} tokens", "Mean query length", "assumption")
dedup_share = assume("dedup_share", 0.2, "{:.0%}", "Share of ingested chunks whose (content hash, model) was embedded before", "assumption")

# Embedding model and GPU
embed_params = assume("embed_params", 350e6, "{:,.0f} parameters",
                      "Encoder size of the embedding model (stand-in; no published size is used)", "assumption")
mfu = assume("mfu", 0.4, "{:.0%}", "Share of dense BF16 peak a large encoder batch reaches", "assumption")
pass_overhead_ms = assume("pass_overhead_ms", 1.5, "{:.1f} ms",
                          "Fixed cost per forward pass (tokenise, copy, kernel launches)", "assumption")
batch_wait_ms = assume("batch_wait_ms", 5, "{:d} ms", "Longest a query waits for its batch to fill", "design choice")
q_gpus = assume("q_gpus", 4, "{:d} GPUs", "Query-embedding GPUs (two per zone, for redundancy)", "design choice")
h100_tflops = restate("h100_tflops", "H100_SXM_BF16_DENSE_TFLOPS", "{:,.1f} TFLOP/s", "H100 SXM dense BF16 peak (reference)")
h100_tbps = restate("h100_tbps", "H100_SXM_HBM_TBPS", "{:.2f} TB/s", "H100 SXM HBM bandwidth (reference)")
h100_gb = restate("h100_gb", "H100_SXM_HBM_GB", "{:.0f} GB", "H100 SXM HBM capacity (reference)")

# Index parameters
hnsw_m = assume("hnsw_m", 32, "{:d}", "HNSW M (links per node on upper layers; layer 0 keeps 2M)", "design choice")
ef_search = assume("ef_search", 128, "{:d}", "HNSW efSearch (candidate list length at query time)", "design choice")
pq_bytes = assume("pq_bytes", 64, "{:d} B", "PQ code per vector (64 sub-quantizers of 8 bits)", "design choice (Faiss wiki: M typically <= 64)")
id_bytes = assume("id_bytes", 8, "{:d} B", "Vector id stored in each IVF list entry", "Faiss wiki, Faiss indexes (checked 2026-11-23)")
ivf_nlist = assume("ivf_nlist", 2**20, "{:,d} lists", "IVF lists for 100M-1B vectors", "Faiss wiki, Guidelines to choose an index (checked 2026-11-23)")
node_index_gb = assume("node_index_gb", 512, "{:,d} GB", "RAM per search node available to index segments", "assumption")
replicas = assume("replicas", 3, "{:d}", "Replicas of each shard (one per zone)", "design choice")
scan_gbs = assume("scan_gbs", 10, "{:d} GB/s", "Sequential scan rate of one core over vector codes", "assumption")
scan_budget_ms = assume("scan_budget_ms", 10, "{:d} ms", "Search-time budget for a brute-force scan on one core", "design choice")
top_k = assume("top_k", 10, "{:d}", "Results a query asks for (k)", "assumption")
pg_ef = assume("pg_ef", 40, "{:d}", "pgvector default hnsw.ef_search", "pgvector README (checked 2026-11-23)")
pg_sel = assume("pg_sel", 0.10, "{:.0%}", "Filter selectivity in pgvector's own example", "pgvector README (checked 2026-11-23)")
ef_max = assume("ef_max", 1000, "{:,d}", "Largest efSearch the planner will use for an over-fetch", "design choice")
overfetch_safety = assume("overfetch_safety", 2.0, "{:.0f}x", "Safety factor on the over-fetch for post-filtering", "design choice")
rerank_n = assume("rerank_n", 200, "{:d}", "Candidates re-ranked with full-precision vectors", "design choice")
ssd_read_us = restate("ssd_read_us", "SSD_RANDOM_READ_US", "{:.0f} us", "SSD random read (reference, an era figure)")
ssd_qd = assume("ssd_qd", 32, "{:d}", "SSD reads a query issues in parallel", "design choice")
shard_slow_p = assume("shard_slow_p", 0.01, "{:.0%}", "Chance one shard answers slower than its own p99", "definition of p99")
node_qps = assume("node_qps", 3_000, "{:,d} queries/s", "HNSW queries one node serves at the target recall (benchmark on your data)", "assumption")
hot_tenant_q_share = assume("hot_tenant_q_share", 0.2, "{:.0%}", "Share of all queries from the busiest tenant", "assumption")
pg_node_ram_gb = assume("pg_node_ram_gb", 512, "{:,d} GB", "RAM of the MVP's Postgres primary", "assumption")
pg_mvp_vec = assume("pg_mvp_vec", 10_000_000, "{:,.0f} vectors", "Vectors at launch (MVP)", "assumption")
rebuild_headroom = assume("rebuild_headroom", 0.25, "{:.0%}", "Spare RAM per node for segment rebuilds", "design choice")

# Freshness
queue_wait_s = assume("queue_wait_s", 2.0, "{:.0f} s", "Ingest queue wait at p95", "assumption")
parse_s = assume("parse_s", 5.0, "{:.0f} s", "Parse and chunk a 200-page PDF", "assumption")
file_pages = assume("file_pages", 200, "{:d} pages", "Pages in the example file", "assumption")
tok_per_page = assume("tok_per_page", 500, "{:d} tokens", "Tokens per page", "assumption")
replica_apply_s = assume("replica_apply_s", 1.0, "{:.0f} s", "Log-to-replica apply lag at p95", "assumption")
segment_seal = assume("segment_seal", 10_000, "{:,d} vectors", "Mutable segment size at which it is sealed into an ANN segment", "design choice")

# Re-embedding, deletion, cost
reembed_gpus = assume("reembed_gpus", 64, "{:d} GPUs", "GPUs lent to a re-embedding backfill", "assumption")
build_vps = assume("build_vps", 20_000, "{:,d} vectors/s", "HNSW build rate of one node using all cores", "assumption")
delete_month = assume("delete_month", 0.02, "{:.0%}", "Share of vectors deleted per month", "assumption")
purge_days = assume("purge_days", 30, "{:d} days", "Deadline to purge a deleted vector from every copy", "design choice (inside the GDPR one-month response window)")
tomb_rebuild = assume("tomb_rebuild", 0.10, "{:.0%}", "Tombstone share that triggers a segment rebuild on its own", "design choice")
gpu_hour_usd = assume("gpu_hour_usd", 2.5, "${:.2f}", "Cost of one H100 hour", "assumption")
node_hour_usd = assume("node_hour_usd", 8.0, "${:.2f}", "Cost of one search node hour (1 TB RAM, NVMe)", "assumption")
hours_month = assume("hours_month", ref.DAYS_PER_MONTH_AVG * 24, "{:,.0f} h", "Hours in an average month (reference)", "reference")
sel_a = assume("sel_a", 0.02, "{:.0%}", "Filter A: folder filter inside the largest tenant", "example")
sel_b = assume("sel_b", 0.001, "{:.1%}", "Filter B: a narrow filter inside the largest tenant", "example")
m7_dim = restate("m7_dim", "MISTRAL_7B_HIDDEN", "{:,.0f} dimensions", "Mistral 7B hidden size, the vector width of an embedder built on it (reference)")

# Hybrid retrieval (deep dive 9)
bm25_terms = assume("bm25_terms", 200, "{:d} terms", "Distinct terms per chunk (postings per chunk in the inverted index)", "assumption")
posting_b = assume("posting_b", 3, "{:d} B", "Compressed posting (doc-id gap + term frequency)", "assumption")
bm25_ms = assume("bm25_ms", 8, "{:d} ms", "BM25 top-N over one tenant partition, p50", "assumption")
vec_ms = assume("vec_ms", 10, "{:d} ms", "Vector search in one tenant partition, p50 (the scan budget)", "assumption")
fuse_depth = assume("fuse_depth", 50, "{:d}", "Candidates each retriever hands to fusion (rank window)", "design choice")
rrf_k = assume("rrf_k", 60, "{:d}", "RRF constant k", "Elasticsearch RRF default rank_constant (checked 2026-11-23)")
rerank_depth = assume("rerank_depth", 50, "{:d} pairs", "Fused candidates scored by the cross-encoder (full depth)", "design choice")
rerank_depth_lo = assume("rerank_depth_lo", 20, "{:d} pairs", "Fused candidates scored by the cross-encoder (default depth)", "design choice")
rerank_share = assume("rerank_share", 0.10, "{:.0%}", "Share of queries that opt into re-ranking", "assumption")
assumptions_table()

# %% [markdown]
# ## 2. Embedding throughput
#
# An encoder forward pass costs about 2 x parameters FLOPs per token (the `prefill_time_s`
# formula of `estimates.llm`; attention over a 512-token chunk adds a few percent, folded into
# the efficiency). At large batches the pass is compute-bound; at batch 1 it is bound by the
# fixed per-pass overhead and by reading the weights once.

# %%
flops_tok = 2 * embed_params
figure("flops_per_tok", flops_tok / 1e9, "{:.1f} GFLOP", "FLOPs per token for the encoder (2 x parameters)")
peak = H100.bf16_dense_flops
tok_s_gpu = 1 / llm.prefill_time_s(embed_params, 1, peak, mfu)
figure("tok_s_gpu", tok_s_gpu, "{:,.0f} tokens/s", "Tokens one H100 embeds at large batch")
weights_b = embed_params * llm.BF16_BYTES
figure("weights_gb", weights_b / 1e9, "{:.1f} GB", "Encoder weights in BF16")
weights_ms = weights_b / H100.hbm_bytes_per_s * 1e3
figure("weights_ms", weights_ms, "{:.2f} ms", "Time to read the weights once from HBM")

# Ingest
ingest_tok_mean = new_chunks_day * chunk_tok / ref.SECONDS_PER_DAY
figure("ingest_tok_mean", ingest_tok_mean, "{:,.0f} tokens/s", "Mean ingest embedding load")
ingest_tok_peak = ingest_tok_mean * ingest_peak_x
figure("ingest_tok_peak", ingest_tok_peak, "{:,.0f} tokens/s", "Peak ingest embedding load")
pad_eff = chunk_tok / chunk_max_tok
figure("pad_waste", 1 - pad_eff, "{:.0%}", "Compute wasted padding every chunk to the maximum length")
ingest_gpus_padded = ingest_tok_peak / (tok_s_gpu * pad_eff)
figure("ingest_gpus_padded", ingest_gpus_padded, "{:.1f} GPUs", "Ingest GPUs at peak, padding to the maximum")
ingest_gpus = ingest_tok_peak * (1 - dedup_share) / tok_s_gpu
figure("ingest_gpus", ingest_gpus, "{:.1f} GPUs", "Ingest GPUs at peak with length bucketing and the dedup cache")
figure("dedup_saved_tok_day", new_chunks_day * chunk_tok * dedup_share / 1e9, "{:,.0f} billion tokens/day",
       "Tokens a day the (content hash, model) cache saves")


def pass_ms(batch):
    """One forward pass for `batch` queries: fixed overhead + roofline (weights read vs compute)."""
    compute_ms = llm.prefill_time_s(embed_params, batch * q_tok, peak, mfu) * 1e3
    return pass_overhead_ms + max(weights_ms, compute_ms)


unbatched_qps = 1 / (pass_ms(1) / 1e3)
figure("unbatched_qps", unbatched_qps, "{:,.0f} queries/s", "Queries one GPU embeds one at a time")
figure("unbatched_gpus", math.ceil(q_peak / unbatched_qps), "{:d} GPUs", "GPUs for peak queries without batching")
b64_qps = 64 / (pass_ms(64) / 1e3)
figure("b64_qps", b64_qps, "{:,.0f} queries/s", "Queries one GPU embeds in batches of 64")
figure("batch_gain", b64_qps / unbatched_qps, "{:.0f}x", "Throughput gain of batch 64 over batch 1")
figure("b64_pass_ms", pass_ms(64), "{:.1f} ms", "One forward pass for a batch of 64 queries")
arrival_per_gpu = q_peak / q_gpus
figure("arrival_per_gpu", arrival_per_gpu, "{:,.0f} queries/s", "Queries per GPU at peak on the query pool")
batch_formed = arrival_per_gpu * batch_wait_ms / 1e3
figure("batch_formed", batch_formed, "{:.0f} queries", "Batch that forms within the wait window at peak")
formed_pass = pass_ms(batch_formed)
figure("formed_pass_ms", formed_pass, "{:.1f} ms", "Forward pass for that batch")
figure("formed_capacity", batch_formed / (formed_pass / 1e3), "{:,.0f} queries/s", "One GPU's capacity at that batch")
figure("formed_util", arrival_per_gpu / (batch_formed / (formed_pass / 1e3)), "{:.0%}", "Utilisation of the query pool at peak")
figure("q_embed_added_ms", batch_wait_ms / 2 + formed_pass, "{:.1f} ms", "Mean latency query embedding adds (half the wait + the pass)")

# %%
from estimates.charts import new_chart, show  # noqa: E402

batches = [1, 2, 4, 8, 16, 32, 64, 128, 256]
fig, ax = new_chart()
ax.plot(batches, [b / (pass_ms(b) / 1e3) / 1e3 for b in batches], marker="o", label="queries/s per GPU (thousands)")
ax.set_xscale("log", base=2)
ax.set_xticks(batches)
ax.set_xticklabels([str(b) for b in batches])
ax.set_xlabel("queries per forward pass (batch)")
ax.set_ylabel("thousand queries/s per H100")
ax2 = ax.twinx()
ax2.plot(batches, [pass_ms(b) for b in batches], linestyle="--", color="#d9480f", label="pass time (ms)")
ax2.set_ylabel("forward pass time (ms)")
ax.set_title("Query embedding: batching buys throughput until compute binds")
ax.legend(loc="upper left")
ax2.legend(loc="lower right")
show(fig, alt="Line chart: query-embedding throughput per H100 rises from about 0.6 thousand queries per second at batch 1 "
               "to about 13 thousand at batch 64 and about 17 thousand at batch 256, growing more slowly once compute binds, while the forward pass time stays near the fixed "
               "overhead up to batch 8 and then grows linearly with the batch.")

# %% [markdown]
# ## 3. Memory per vector, index by index
#
# Faiss wiki formulas: Flat 4d; HNSW (d x 4 + M x 2 x 4) bytes; IVF-Flat 4d + 8; IVF-PQ
# code + 8; SQ8 d bytes. The HNSW term counts the bottom layer's 2M links of 4 bytes; the
# upper layers (1/(M-1) extra memberships per node, M links each) add about 1/(2(M-1)) of
# that and are ignored.

# %%
b_fp32 = 4 * dim
b_fp16 = 2 * dim
b_sq8 = dim
links_b = 2 * hnsw_m * 4
figure("b_fp32", b_fp32, "{:,d} B", "One vector in float32 (4 x d)")
figure("b_fp16", b_fp16, "{:,d} B", "One vector in float16")
figure("b_sq8", b_sq8, "{:,d} B", "One vector as 8-bit scalar codes")
figure("links_b", links_b, "{:,d} B", "HNSW layer-0 links per vector (2M x 4 B)")
b_hnsw = b_fp32 + links_b
figure("b_hnsw", b_hnsw, "{:,d} B", "HNSW over float32 vectors, per vector")
b_hnsw_sq8 = b_sq8 + links_b
figure("b_hnsw_sq8", b_hnsw_sq8, "{:,d} B", "HNSW over 8-bit codes, per vector")
b_ivfpq = pq_bytes + id_bytes
figure("b_ivfpq", b_ivfpq, "{:,d} B", "IVF-PQ list entry (code + id)")
figure("pq_ratio", b_fp32 / pq_bytes, "{:.0f}x", "Compression of a PQ code against float32")
figure("links_share", links_b / b_hnsw, "{:.0%}", "Share of HNSW float32 memory spent on links")
figure("links_share_sq8", links_b / b_hnsw_sq8, "{:.0%}", "Share of HNSW 8-bit memory spent on links")

tb = 1e12
figure("raw_tb", n_vec * b_fp32 / tb, "{:.2f} TB", "1x corpus in float32")
figure("hnsw_tb", n_vec * b_hnsw / tb, "{:.2f} TB", "1x corpus as HNSW over float32")
figure("links_gb", n_vec * links_b / 1e9, "{:,.0f} GB", "1x corpus: HNSW links alone")
figure("hnsw_sq8_tb", n_vec * b_hnsw_sq8 / tb, "{:.2f} TB", "1x corpus as HNSW over 8-bit codes")
ivfpq_gb = n_vec * b_ivfpq / 1e9
figure("ivfpq_gb", ivfpq_gb, "{:,.0f} GB", "1x corpus as IVF-PQ list entries")
centroid_gb = ivf_nlist * b_fp32 / 1e9
figure("centroid_gb", centroid_gb, "{:.1f} GB", "IVF coarse centroids (nlist x 4d)")
figure("ivfpq_h100_share", (ivfpq_gb + centroid_gb) / h100_gb, "{:.0%}", "IVF-PQ of the 1x corpus as a share of one H100's HBM")
figure("fp16_ssd_tb", n_vec * b_fp16 / tb, "{:.2f} TB", "Float16 copies on SSD for re-ranking")
figure("text_tb", n_vec * chunk_tok * chars_per_tok / tb, "{:.1f} TB", "Chunk text (object store)")
hnsw_shards = math.ceil(n_vec * b_hnsw / (node_index_gb * 1e9))
figure("hnsw_shards", hnsw_shards, "{:d} shards", "Shards for HNSW float32 at 1x")
figure("hnsw_nodes", hnsw_shards * replicas, "{:d} nodes", "Nodes for HNSW float32 at 1x with replicas")

# %%
labels = ["Flat\nfloat32", "HNSW\nfloat32", "HNSW\n8-bit", "IVF-PQ\n64 B", "fp16 on SSD\n(re-rank)"]
vals = [n_vec * b_fp32 / tb, n_vec * b_hnsw / tb, n_vec * b_hnsw_sq8 / tb, (ivfpq_gb + centroid_gb) / 1e3, n_vec * b_fp16 / tb]
fig, ax = new_chart()
bars = ax.bar(labels, vals, color=["#2f6fdf", "#2f6fdf", "#2b8a3e", "#2b8a3e", "#9c36b5"])
for bar, v in zip(bars, vals):
    ax.text(bar.get_x() + bar.get_width() / 2, v, f"{v:.2f} TB", ha="center", va="bottom")
ax.set_ylabel("TB for one billion 1536-d vectors")
ax.set_title("Index memory at 1x: quantisation decides the fleet")
show(fig, alt="Bar chart of memory for one billion 1536-dimensional vectors: flat float32 6.14 TB, HNSW over float32 "
               "6.40 TB, HNSW over 8-bit codes 1.79 TB, IVF-PQ with 64-byte codes 0.08 TB, and float16 copies kept on "
               "SSD for re-ranking 3.07 TB.")

# %% [markdown]
# ## 4. The MVP: one Postgres primary with pgvector
#
# pgvector stores each vector in 4 x d + 8 bytes (README). The HNSW index holds its own copy
# of the vector plus links, so the working set is about two copies plus links.

# %%
pg_row_b = 4 * dim + 8
figure("pg_row_b", pg_row_b, "{:,d} B", "pgvector storage per vector (4d + 8)")
pg_ws_b = pg_row_b + b_hnsw
figure("pg_ws_b", pg_ws_b, "{:,d} B", "Table copy plus HNSW index per vector")
figure("pg_mvp_gb", pg_mvp_vec * pg_ws_b / 1e9, "{:,.0f} GB", "MVP working set at launch")
pg_max_vec = pg_node_ram_gb * 1e9 * 0.75 / pg_ws_b
figure("pg_max_vec", pg_max_vec / 1e6, "{:,.0f} million vectors", "Vectors one primary holds in RAM (75% of RAM)")
figure("pg_max_x", pg_max_vec / pg_mvp_vec, "{:.1f}x", "Growth the MVP absorbs before the index leaves RAM")

# %% [markdown]
# ## 5. Tenant partitioning: brute force for small tenants
#
# A brute-force scan over a tenant's 8-bit codes is exact up to quantisation (re-rank fixes
# that), needs no index build, and deletes by dropping a row. It fits the latency budget up to
# budget x scan rate / bytes per vector.

# %%
bf_max = scan_budget_ms / 1e3 * scan_gbs * 1e9 / b_sq8
figure("bf_max", bf_max, "{:,.0f} vectors", "Largest tenant a one-core scan of 8-bit codes serves in budget")
bf_max_fp32 = scan_budget_ms / 1e3 * scan_gbs * 1e9 / b_fp32
figure("bf_max_fp32", bf_max_fp32, "{:,.0f} vectors", "Same budget over float32")
mean_tenant = n_vec / tenants
figure("mean_tenant", mean_tenant, "{:,.0f} vectors", "Mean vectors per tenant")
small_tenants = tenants * (1 - big_tenant_frac)
figure("small_tenants", small_tenants, "{:,.0f}", "Tenants served by brute force")
small_mean = n_vec * (1 - big_vec_share) / small_tenants
figure("small_mean", small_mean, "{:,.0f} vectors", "Mean vectors of a small tenant")
figure("small_scan_ms", small_mean * b_sq8 / (scan_gbs * 1e9) * 1e3, "{:.2f} ms", "Scan time for a mean small tenant")
big_tenants = tenants * big_tenant_frac
figure("big_tenants", big_tenants, "{:,.0f}", "Tenants with their own ANN index")
figure("big_mean", n_vec * big_vec_share / big_tenants, "{:,.0f} vectors", "Mean vectors of a large tenant")
figure("largest_scan_s", largest_tenant * b_sq8 / (scan_gbs * 1e9), "{:.1f} s", "A brute-force scan of the largest tenant on one core")
ram_chosen = n_vec * b_sq8 + n_vec * big_vec_share * links_b
figure("ram_chosen_tb", ram_chosen / tb, "{:.2f} TB", "RAM of the chosen design at 1x (8-bit codes, links only for large tenants)")
shards_chosen = math.ceil(ram_chosen / (node_index_gb * 1e9 * (1 - rebuild_headroom)))
figure("shards_chosen", shards_chosen, "{:d} shards", "Shards of the chosen design at 1x (with rebuild headroom)")
nodes_chosen = shards_chosen * replicas
figure("nodes_chosen", nodes_chosen, "{:d} nodes", "Search nodes of the chosen design at 1x")
figure("qps_capacity", nodes_chosen * node_qps, "{:,.0f} queries/s", "Query capacity of those nodes")
figure("hot_tenant_qps", q_peak * hot_tenant_q_share, "{:,.0f} queries/s", "Busiest tenant's peak queries")
figure("hot_tenant_per_replica", q_peak * hot_tenant_q_share / replicas / node_qps, "{:.0%}",
       "Busiest tenant's load on each replica of its shard")
hot40 = q_peak * 0.4
figure("hot40_qps", hot40, "{:,.0f} queries/s", "Twist: a tenant sending 40% of all queries")
figure("hot40_per_replica", hot40 / replicas / node_qps, "{:.0%}", "Its load on each of the usual replicas")
figure("hot40_replicas", math.ceil(hot40 / (node_qps * 0.5)), "{:d} replicas", "Replicas that keep each at half load")
shard_cap_vec = node_index_gb * 1e9 * (1 - rebuild_headroom) / b_hnsw_sq8
figure("shard_cap_vec", shard_cap_vec / 1e6, "{:,.0f} million vectors", "Vectors one shard holds as HNSW over 8-bit codes")

# %% [markdown]
# ## 6. Metadata filtering
#
# Post-filtering an approximate search keeps roughly ef x selectivity candidates. pgvector's
# README example: 10% selectivity at ef 40 leaves 4. The same arithmetic with a tenant filter
# on one global index is the trap.

# %%
figure("pg_example", pg_ef * pg_sel, "{:.0f} rows", "pgvector example: expected rows left after post-filtering")
median_sel = small_mean / n_vec
figure("tenant_sel_inv", 1 / median_sel, "1 in {:,.0f}", "Selectivity of a small tenant's filter on one global index")
figure("tenant_hits", ef_search * median_sel, "{:.5f}", "Expected matches among efSearch candidates for that tenant")
figure("tenant_cands_needed", top_k / median_sel, "{:,.0f} candidates", "Candidates needed to expect k matches")

for name, sel in (("a", sel_a), ("b", sel_b)):
    matches = largest_tenant * sel
    figure(f"sel_{name}_matches", matches, "{:,.0f} vectors", f"Filter {name.upper()}: matching vectors")
    figure(f"sel_{name}_post_hits", ef_search * sel, "{:.2f}", f"Filter {name.upper()}: matches left after post-filtering efSearch candidates")
    figure(f"sel_{name}_ef_needed", top_k * overfetch_safety / sel, "{:,.0f}", f"Filter {name.upper()}: efSearch needed for k matches with the safety factor")
    figure(f"sel_{name}_pre_ms", matches * b_sq8 / (scan_gbs * 1e9) * 1e3, "{:,.1f} ms", f"Filter {name.upper()}: one-core scan of the matches")
    figure(f"sel_{name}_pre16_ms", matches * b_sq8 / (scan_gbs * 1e9) * 1e3 / 16, "{:,.1f} ms", f"Filter {name.upper()}: the same scan split over 16 cores")
post_min_sel = top_k * overfetch_safety / ef_max
figure("post_min_sel", post_min_sel, "{:.0%}", "Lowest selectivity a post-filter can serve within ef_max")
figure("pre_max_sel", bf_max / largest_tenant, "{:.2%}", "Highest selectivity a pre-filter scan serves in budget (largest tenant)")

# %% [markdown]
# ## 7. Freshness

# %%
file_tok = file_pages * tok_per_page
figure("file_tok", file_tok, "{:,d} tokens", "Tokens in the example file")
figure("file_chunks", math.ceil(file_tok / chunk_tok), "{:,d} chunks", "Chunks in the example file")
file_embed_s = file_tok / tok_s_gpu
figure("file_embed_s", file_embed_s, "{:.2f} s", "GPU time to embed the example file")
fresh_s = queue_wait_s + parse_s + file_embed_s + replica_apply_s
figure("fresh_s", fresh_s, "{:.0f} s", "Upload to searchable on every replica, p95 (sum of the stages)")
figure("seal_mb", segment_seal * b_sq8 / 1e6, "{:.0f} MB", "A full mutable segment of 8-bit codes")
figure("seal_scan_ms", segment_seal * b_fp32 / (scan_gbs * 1e9) * 1e3, "{:.1f} ms", "Scanning a full mutable segment in float32")
ingest_peak_vps = new_chunks_day / ref.SECONDS_PER_DAY * ingest_peak_x
figure("ingest_peak_vps", ingest_peak_vps, "{:,.0f} vectors/s", "Peak vectors arriving at the index")
figure("seal_per_min", ingest_peak_vps * 60 / segment_seal, "{:.0f} segments/min", "Segments sealed per minute at peak, fleet-wide")

# %% [markdown]
# ## 8. Sharding, scatter-gather, re-ranking

# %%
for s in (4, 16, 64):
    figure(f"tail_{s}", 1 - (1 - shard_slow_p) ** s, "{:.0%}", f"Chance a query to {s} shards waits on at least one slow shard")
figure("rerank_serial_ms", rerank_n * ssd_read_us / 1e3, "{:.0f} ms", "Re-rank reads issued one after another")
figure("rerank_par_ms", math.ceil(rerank_n / ssd_qd) * ssd_read_us / 1e3, "{:.2f} ms", "Re-rank reads issued in parallel")
figure("rerank_kb", rerank_n * b_fp16 / 1e3, "{:,.0f} KB", "Bytes read from SSD to re-rank one query")
hnsw_touch = ef_search * 2 * hnsw_m
figure("hnsw_touch", hnsw_touch, "{:,d}", "Rough distance computations per HNSW query (efSearch x 2M)")
figure("hnsw_touch_mb_fp32", hnsw_touch * b_fp32 / 1e6, "{:.0f} MB", "Bytes those computations touch in float32")
figure("hnsw_touch_mb_sq8", hnsw_touch * b_sq8 / 1e6, "{:.1f} MB", "Bytes they touch over 8-bit codes")
ivf_scan = largest_tenant / (ivf_nlist / 16) * 64
figure("ivf_lists_largest", ivf_nlist // 16, "{:,d} lists", "IVF lists for the largest tenant (nlist scaled to its size)")
figure("ivf_scan_codes", ivf_scan, "{:,.0f} codes", "Codes scanned with nprobe 64 in the largest tenant")
figure("ivf_scan_mb", ivf_scan * pq_bytes / 1e6, "{:.1f} MB", "Bytes of PQ codes scanned per query")

# %% [markdown]
# ## 9. Re-embedding when the model changes

# %%
reembed_tok = n_vec * chunk_tok
figure("reembed_tok", reembed_tok / 1e9, "{:,.0f} billion tokens", "Tokens to re-embed the 1x corpus")
reembed_gpu_h = reembed_tok / tok_s_gpu / 3600
figure("reembed_gpu_h", reembed_gpu_h, "{:,.0f} GPU-hours", "GPU-hours to re-embed the 1x corpus")
figure("reembed_usd", reembed_gpu_h * gpu_hour_usd, "${:,.0f}", "Cost of that re-embedding")
figure("reembed_wall_h", reembed_gpu_h / reembed_gpus, "{:.1f} h", "Wall-clock on the lent GPUs")
rebuild_node_h = n_vec * big_vec_share / build_vps / 3600
figure("rebuild_node_h", rebuild_node_h, "{:,.0f} node-hours", "Node-hours to build the new ANN indexes")
figure("rebuild_wall_h", rebuild_node_h / shards_chosen, "{:.1f} h", "Wall-clock for that build, one builder per shard")
figure("migration_ram_tb", 2 * ram_chosen / tb, "{:.2f} TB", "RAM while old and new indexes are both served")

# The twist: an LLM-based embedder built on Mistral 7B (the vector is the hidden state).
m7 = ref.MODELS["mistral-7b"]
m7_params = llm.param_count(m7)
figure("m7_params_b", m7_params / 1e9, "{:.2f} billion", "Mistral 7B parameters from its config shapes")
m7_tok_s = 1 / llm.prefill_time_s(m7_params, 1, peak, mfu)
figure("m7_tok_s", m7_tok_s, "{:,.0f} tokens/s", "Tokens one H100 embeds with the 7B embedder")
figure("m7_slowdown", tok_s_gpu / m7_tok_s, "{:.0f}x", "Slowdown against the small encoder")
m7_gpu_h = reembed_tok / m7_tok_s / 3600
figure("m7_reembed_gpu_h", m7_gpu_h, "{:,.0f} GPU-hours", "GPU-hours to re-embed the 1x corpus with the 7B embedder")
figure("m7_reembed_usd", m7_gpu_h * gpu_hour_usd, "${:,.0f}", "Cost of that re-embedding")
figure("m7_reembed_days", m7_gpu_h / reembed_gpus / 24, "{:.1f} days", "Wall-clock on the lent GPUs")
figure("m7_raw_tb", n_vec * 4 * m7_dim / tb, "{:.1f} TB", "The 1x corpus in float32 at that width")
figure("m7_sq8_ratio", m7_dim / dim, "{:.1f}x", "Vector memory against the 1536-d design")
figure("m7_ingest_gpus", ingest_tok_peak * (1 - dedup_share) / m7_tok_s, "{:.0f} GPUs", "Ingest GPUs at peak with the 7B embedder")

# %% [markdown]
# ## 10. Deletion and the right to be forgotten

# %%
del_month = n_vec * delete_month
figure("del_month", del_month / 1e6, "{:,.0f} million vectors", "Vectors deleted per month")
figure("del_per_s", del_month / (ref.DAYS_PER_MONTH_AVG * ref.SECONDS_PER_DAY), "{:,.1f} vectors/s", "Mean deletions per second")
figure("tomb_months", tomb_rebuild / delete_month, "{:.0f} months", "Months until tombstones alone would trigger a rebuild")
full_rebuild_node_h = n_vec * big_vec_share / build_vps / 3600
figure("purge_node_h_month", full_rebuild_node_h, "{:,.0f} node-hours", "Node-hours a month to rebuild every large-tenant segment once")
figure("purge_share", full_rebuild_node_h / (nodes_chosen * hours_month), "{:.1%}", "Share of the fleet's node-hours that costs")
figure("tomb_ram_gb", del_month * b_hnsw_sq8 * big_vec_share / 1e9, "{:,.0f} GB", "RAM held by a month of tombstoned large-tenant vectors")

# %% [markdown]
# ## 11. Cost at 1x

# %%
figure("cost_hnsw_month", hnsw_shards * replicas * node_hour_usd * hours_month, "${:,.0f}", "Search nodes a month, HNSW over float32")
cost_chosen = nodes_chosen * node_hour_usd * hours_month
figure("cost_chosen_month", cost_chosen, "${:,.0f}", "Search nodes a month, chosen design")
embed_gpus_total = q_gpus + max(2, math.ceil(ingest_gpus))
figure("embed_gpus_total", embed_gpus_total, "{:d} GPUs", "Embedding GPUs (query pool + ingest pool)")
cost_embed = embed_gpus_total * gpu_hour_usd * hours_month
figure("cost_embed_month", cost_embed, "${:,.0f}", "Embedding GPUs a month")
figure("embed_cost_share", cost_embed / (cost_embed + cost_chosen), "{:.0%}", "Embedding share of the monthly serving bill")

# %% [markdown]
# ## 12. Scaling 10x, 100x, 1000x
#
# Vectors and queries both grow by the factor; tenants grow too, so the largest tenant grows
# by the square root of the factor (an assumption of skew).

# %%
for x in (10, 100, 1000):
    n = n_vec * x
    figure(f"vec_{x}x", n / 1e9, "{:,.0f} billion vectors", f"Vectors at {x}x")
    figure(f"q_{x}x", q_peak * x, "{:,.0f} queries/s", f"Peak queries at {x}x")
    ram = n * b_sq8 + n * big_vec_share * links_b
    figure(f"ram_{x}x", ram / tb, "{:,.0f} TB", f"RAM for 8-bit HNSW design at {x}x")
    figure(f"nodes_{x}x", math.ceil(ram / (node_index_gb * 1e9 * (1 - rebuild_headroom))) * replicas, "{:,d} nodes",
           f"Search nodes for that design at {x}x")
    figure(f"pq_ram_{x}x", n * b_ivfpq / tb, "{:,.1f} TB", f"IVF-PQ list entries at {x}x")
    figure(f"reembed_gpu_h_{x}x", reembed_gpu_h * x, "{:,.0f} GPU-hours", f"Re-embedding GPU-hours at {x}x")
    figure(f"reembed_days_{x}x", reembed_gpu_h * x / reembed_gpus / 24, "{:,.1f} days", f"Re-embedding on the lent GPUs at {x}x")
    figure(f"largest_{x}x", largest_tenant * math.sqrt(x) / 1e6, "{:,.0f} million vectors", f"Largest tenant at {x}x")
    figure(f"largest_shards_{x}x", math.ceil(largest_tenant * math.sqrt(x) / shard_cap_vec), "{:d}", f"Shards the largest tenant spans at {x}x")
    figure(f"q_gpus_{x}x", math.ceil(q_peak * x / b64_qps * 2), "{:,d} GPUs", f"Query-embedding GPUs at {x}x (batch 64, 2x headroom)")

# %% [markdown]
# ## 13. Hybrid retrieval: BM25, reciprocal rank fusion and a cross-encoder re-ranker
#
# RRF score of a chunk = sum over retrievers of 1 / (k + rank). A cross-encoder reads the query
# and each candidate chunk together, so its cost is an encoder pass over (query + chunk) tokens
# per candidate: 2 x parameters FLOPs per token (`llm.prefill_time_s`), here for a cross-encoder
# the size of the embedder.

# %%
figure("bm25_gb", n_vec * bm25_terms * posting_b / 1e9, "{:,.0f} GB", "Inverted-index postings for the 1x corpus")
figure("bm25_ram_share", n_vec * bm25_terms * posting_b / ram_chosen, "{:.0%}", "Postings against the chosen vector design's RAM")
figure("rrf_top_one", 1 / (rrf_k + 1), "{:.4f}", "RRF score: rank 1 in one list, absent from the other")
figure("rrf_ten_both", 2 / (rrf_k + 10), "{:.4f}", "RRF score: rank 10 in both lists")
figure("rrf_tie_rank", rrf_k + 2, "{:d}", "Rank in both lists that ties with rank 1 in one list (2/(k+r) = 1/(k+1))")
figure("fuse_cands_max", 2 * fuse_depth, "{:d} candidates", "Most distinct candidates fusion sees")
pair_tok = q_tok + chunk_tok
figure("pair_tok", pair_tok, "{:d} tokens", "Tokens in one (query, chunk) pair")
for name, depth in (("hi", rerank_depth), ("lo", rerank_depth_lo)):
    tok = depth * pair_tok
    figure(f"rr_{name}_tok", tok, "{:,d} tokens", f"Cross-encoder tokens per query at depth {depth}")
    pass_s = pass_overhead_ms / 1e3 + max(weights_ms / 1e3, llm.prefill_time_s(embed_params, tok, peak, mfu))
    figure(f"rr_{name}_ms", pass_s * 1e3, "{:.1f} ms", f"One cross-encoder pass at depth {depth} on one H100")
    gpu_s = llm.prefill_time_s(embed_params, tok, peak, mfu)
    figure(f"rr_{name}_usd_m", gpu_s * 1e6 / 3600 * gpu_hour_usd, "${:,.2f}", f"GPU cost per million re-ranked queries at depth {depth}")
    figure(f"rr_{name}_gpus_all", q_peak * tok / tok_s_gpu, "{:,.0f} GPUs", f"GPUs at peak if every query re-ranks at depth {depth}")
    figure(f"hyb_{name}_ms", batch_wait_ms / 2 + formed_pass + max(bm25_ms, vec_ms) + pass_s * 1e3, "{:.0f} ms",
           f"Mean hybrid latency with re-ranking at depth {depth} (embed + slower retriever + re-rank pass)")
search_usd_m = node_hour_usd / (node_qps * 3600) * 1e6
figure("search_usd_m", search_usd_m, "${:.2f}", "Search-node cost per million vector queries at full node load")
rr_lo_usd_m = llm.prefill_time_s(embed_params, rerank_depth_lo * pair_tok, peak, mfu) * 1e6 / 3600 * gpu_hour_usd
figure("rr_vs_search", rr_lo_usd_m / search_usd_m, "{:.0f}x", "Re-ranking at default depth against the vector search itself, per query")
rr_gpus = math.ceil(q_peak * rerank_share * rerank_depth_lo * pair_tok / tok_s_gpu)
figure("rr_gpus", rr_gpus, "{:d} GPUs", "Re-rank GPUs at peak for the opted-in share at default depth")
figure("rr_cost_month", rr_gpus * gpu_hour_usd * hours_month, "${:,.0f}", "Re-rank pool a month, provisioned for peak")
figure("rr_text_kb", rerank_depth * chunk_tok * chars_per_tok / 1e3, "{:,.0f} KB", "Chunk text the re-ranker reads per query at full depth")
figure("rr_vs_nodes", rr_gpus * gpu_hour_usd * hours_month / cost_chosen, "{:.0%}", "Re-rank pool against the search-node bill")
