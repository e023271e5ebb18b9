# %% [markdown]
# # Classic building blocks: the estimates
#
# Every number the classic building-block primers quote, one section per page.
# Inputs are declared with `assume` (and say where they come from); results with
# `figure`. Change an input here and every page that quotes it changes with it.

# %%
import math

from estimates import assume, assumptions_table, figure
from estimates import reference as ref
from estimates.charts import new_chart, show

# %% [markdown]
# ## Load balancing and long-lived streams

# %%
lb_streams = assume("lb_streams", 1_000_000, "{:,.0f} streams", "Concurrent streaming responses at peak", "assumption")
lb_conns_per_proxy = assume("lb_conns_per_proxy", 50_000, "{:,.0f} connections", "Open TLS connections one L7 proxy holds comfortably", "assumption")
lb_stream_mean_s = assume("lb_stream_mean_s", 30, "{:d} s", "Mean streaming response duration", "assumption")
lb_stream_cap_min = assume("lb_stream_cap_min", 10, "{:d} min", "Longest stream allowed before the server ends it", "assumption (design cap)")
lb_reconnect_jitter_s = assume("lb_reconnect_jitter_s", 10, "{:d} s", "Window over which clients spread reconnects (jitter)", "assumption (design choice)")

lb_proxies = figure("lb_proxies", math.ceil(lb_streams / lb_conns_per_proxy), "{:d} proxies", "L7 proxies needed for the open streams alone")
figure("lb_new_streams_per_s", lb_streams / lb_stream_mean_s, "{:,.0f} streams/s", "Steady rate of new streams (Little's law)")
figure("lb_storm_no_jitter", lb_conns_per_proxy, "{:,.0f} reconnects in about 1 s", "Reconnects when one proxy dies and clients retry at once")
figure("lb_storm_jitter", lb_conns_per_proxy / lb_reconnect_jitter_s, "{:,.0f} reconnects/s", "Reconnect rate from one dead proxy with jitter")
figure("lb_rolling_one_min", lb_proxies * lb_stream_cap_min, "{:,.0f} min", "Rolling restart, one proxy at a time, each drained fully")
figure("lb_rolling_quarter_min", 4 * lb_stream_cap_min, "{:,.0f} min", "Rolling restart in four batches of a quarter of the fleet")
figure("lb_mod_moved", lb_proxies / (lb_proxies + 1), "{:.0%}", "Keys that move with hash-mod-N when one proxy is added")
figure("lb_ring_moved", 1 / (lb_proxies + 1), "{:.1%}", "Keys that move with consistent hashing when one proxy is added")

# %% [markdown]
# ## Caching

# %%
cache_read_rps = assume("cache_read_rps", 200_000, "{:,.0f} reads/s", "Peak read rate in front of the database", "assumption")
cache_hit_ms = assume("cache_hit_ms", 1.0, "{:.0f} ms", "Latency of a cache hit", "assumption")
cache_miss_ms = assume("cache_miss_ms", 50.0, "{:.0f} ms", "Latency of a miss (cache lookup, database read, fill)", "assumption")
cache_origin_capacity = assume("cache_origin_capacity", 40_000, "{:,.0f} reads/s", "Reads the database serves before latency collapses", "assumption")
cache_hot_keys = assume("cache_hot_keys", 20_000_000, "{:,.0f} keys", "Working set of hot keys", "assumption")
cache_entry_bytes = assume("cache_entry_bytes", 1_000, "{:,.0f} bytes", "Bytes per cached entry including overhead", "assumption")

for ratio, tag in ((0.90, "90"), (0.95, "95"), (0.99, "99")):
    figure(f"cache_origin_{tag}", cache_read_rps * (1 - ratio), "{:,.0f} reads/s", f"Database reads at a {tag}% hit ratio")
    figure(f"cache_latency_{tag}", ratio * cache_hit_ms + (1 - ratio) * cache_miss_ms, "{:.1f} ms", f"Mean read latency at a {tag}% hit ratio")
figure("cache_factor_90_99", (1 - 0.90) / (1 - 0.99), "{:.0f}x", "Cut in database reads from a 90% to a 99% hit ratio")
figure("cache_factor_95_99", (1 - 0.95) / (1 - 0.99), "{:.0f}x", "Cut in database reads from a 95% to a 99% hit ratio")
figure("cache_cold_overload", cache_read_rps / cache_origin_capacity, "{:.0f}x", "Database overload when the cache is empty")
figure("cache_memory_gb", cache_hot_keys * cache_entry_bytes / 1e9, "{:,.0f} GB", "Memory for the hot working set")

fig, ax = new_chart()
ratios = [r / 1000 for r in range(800, 1000)]
ax.plot([r * 100 for r in ratios], [cache_read_rps * (1 - r) / 1000 for r in ratios])
ax.axhline(cache_origin_capacity / 1000, linestyle="--", linewidth=1.2)
ax.set_xlabel("cache hit ratio (%)")
ax.set_ylabel("database reads (thousand/s)")
show(fig, alt="Database reads fall linearly as the cache hit ratio rises from 80 to 99.9 percent; "
              "the dashed line marks the database's capacity, which the reads reach at an 80 percent hit ratio")

# %% [markdown]
# ## Queues and pub-sub

# %%
q_produce = assume("q_produce", 10_000, "{:,.0f} msg/s", "Peak publish rate", "assumption")
q_consume = assume("q_consume", 12_000, "{:,.0f} msg/s", "Consumer fleet throughput", "assumption")
q_outage_min = assume("q_outage_min", 30, "{:d} min", "Consumer outage", "assumption")
q_per_consumer = assume("q_per_consumer", 2_000, "{:,.0f} msg/s", "Throughput of one consumer on one partition", "assumption")
q_target = assume("q_target", 50_000, "{:,.0f} msg/s", "Target throughput for the topic", "assumption")
q_subscribers = assume("q_subscribers", 200, "{:d} subscribers", "Subscribers on a fan-out topic", "assumption")

q_backlog = figure("q_backlog", q_produce * q_outage_min * 60, "{:,.0f} messages", "Backlog after the outage")
figure("q_drain_h", q_backlog / (q_consume - q_produce) / 3600, "{:.1f} h", "Time to drain the backlog while traffic continues")
figure("q_drain_double_min", q_backlog / (2 * q_consume - q_produce) / 60, "{:.0f} min", "Drain time with the consumer fleet doubled")
figure("q_partitions", math.ceil(q_target / q_per_consumer), "{:d} partitions", "Partitions needed for the target throughput")
figure("q_fanout", q_produce * q_subscribers, "{:,.0f} deliveries/s", "Deliveries per second on the fan-out topic")

# %% [markdown]
# ## Rate-limiting algorithms

# %%
rl_keys = assume("rl_keys", 10_000_000, "{:,.0f} keys", "Active rate-limit keys (API keys, users)", "assumption")
rl_bucket_bytes = assume("rl_bucket_bytes", 100, "{:d} bytes", "Bytes per token bucket in Redis, key and overhead included", "assumption")
rl_limit_per_min = assume("rl_limit_per_min", 600, "{:d} requests/min", "Per-key limit", "assumption")
rl_ts_bytes = assume("rl_ts_bytes", 8, "{:d} bytes", "Bytes per timestamp in a sliding-window log", "assumption")
rl_gateway_rps = assume("rl_gateway_rps", 300_000, "{:,.0f} requests/s", "Requests through the gateway fleet", "assumption")
rl_redis_ops = assume("rl_redis_ops", 100_000, "{:,.0f} scripts/s", "Rate-limit scripts one Redis primary runs", "assumption")
rl_lease = assume("rl_lease", 100, "{:d} tokens", "Tokens a gateway leases per round trip", "assumption (design choice)")

figure("rl_bucket_gb", rl_keys * rl_bucket_bytes / 1e9, "{:.0f} GB", "Memory for every token bucket")
figure("rl_log_gb", rl_keys * rl_limit_per_min * rl_ts_bytes / 1e9, "{:,.0f} GB", "Memory for a full sliding-window log per key")
figure("rl_boundary_burst", 2 * rl_limit_per_min, "{:,.0f} requests", "Requests a fixed window admits across one boundary")
figure("rl_redis_shards", math.ceil(rl_gateway_rps / rl_redis_ops), "{:d} primaries", "Redis primaries for one script per request")
figure("rl_lease_ops", rl_gateway_rps / rl_lease, "{:,.0f} scripts/s", "Redis load when gateways lease tokens in batches")

# %% [markdown]
# ## Databases and partitioning

# %%
db_logical_tb = assume("db_logical_tb", 10, "{:d} TB", "Logical data set", "assumption")
db_rf = assume("db_rf", 3, "{:d}", "Replication factor", "assumption")
db_node_tb = assume("db_node_tb", 4, "{:d} TB", "Usable storage per node", "assumption")
db_writes = assume("db_writes", 60_000, "{:,.0f} writes/s", "Peak write rate", "assumption")
db_writes_per_primary = assume("db_writes_per_primary", 10_000, "{:,.0f} writes/s", "Writes one primary sustains", "assumption")
db_hot_key_writes = assume("db_hot_key_writes", 4_000, "{:,.0f} writes/s", "Writes to the single hottest key (1 KB items)", "assumption")
db_partition_wcu = assume("db_partition_wcu", 1_000, "{:,.0f} writes/s", "DynamoDB per-partition write limit (1 KB units)", "AWS DynamoDB developer guide")
db_rebalance_mb_s = assume("db_rebalance_mb_s", 100, "{:d} MB/s", "Throttled rebalance rate per sending node", "assumption")

db_raw = figure("db_raw_tb", db_logical_tb * db_rf, "{:d} TB", "Stored bytes with replication")
db_nodes = figure("db_nodes_storage", math.ceil(db_raw / db_node_tb), "{:d} nodes", "Nodes needed for storage alone")
figure("db_shards_writes", math.ceil(db_writes / db_writes_per_primary), "{:d} shards", "Shards needed for the write rate")
figure("db_hot_splits", math.ceil(db_hot_key_writes / db_partition_wcu), "{:d} suffixes", "Write-sharding suffixes for the hot key")
moved_tb = db_raw / (db_nodes + 1)
figure("db_moved_tb", moved_tb, "{:.1f} TB", "Data that moves when one node joins a consistent-hash ring")
figure("db_rebalance_min", moved_tb * 1e6 / (db_rebalance_mb_s * db_nodes) / 60, "{:.0f} min", "Rebalance time with every node sending")

# %% [markdown]
# ## Key-value stores

# %%
kv_keys = assume("kv_keys", 1_000_000_000, "{:,.0f} keys", "Keys stored", "assumption")
kv_key_bytes = assume("kv_key_bytes", 32, "{:d} bytes", "Mean key size", "assumption")
kv_value_bytes = assume("kv_value_bytes", 200, "{:d} bytes", "Mean value size", "assumption")
kv_overhead_bytes = assume("kv_overhead_bytes", 70, "{:d} bytes", "Per-entry overhead of the in-memory store", "assumption")
kv_node_gb = assume("kv_node_gb", 64, "{:d} GB", "Usable memory per node", "assumption")
kv_rf = assume("kv_rf", 3, "{:d}", "Copies of each key (primary plus replicas)", "assumption")
kv_slots = assume("kv_slots", 16_384, "{:,d}", "Redis Cluster hash slots", "Redis Cluster specification")

kv_data = figure("kv_data_gb", kv_keys * (kv_key_bytes + kv_value_bytes + kv_overhead_bytes) / 1e9, "{:,.0f} GB", "Memory for one copy")
kv_nodes = figure("kv_nodes", math.ceil(kv_data * kv_rf / kv_node_gb), "{:d} nodes", "Nodes for all copies")
kv_primaries = figure("kv_primaries", math.ceil(kv_nodes / kv_rf), "{:d} primaries", "Primaries (one per replica group)")
figure("kv_slots_per_primary", kv_slots / kv_primaries, "{:,.0f} slots", "Hash slots per primary")

# %% [markdown]
# ## Blob storage

# %%
blob_logical_pb = assume("blob_logical_pb", 1.0, "{:.0f} PB", "Logical bytes stored", "assumption")
blob_rs_data = assume("blob_rs_data", 10, "{:d}", "Erasure code data fragments", "assumption (common layout)")
blob_rs_parity = assume("blob_rs_parity", 4, "{:d}", "Erasure code parity fragments", "assumption (common layout)")
blob_parts_max = assume("blob_parts_max", 10_000, "{:,d} parts", "Maximum parts per multipart upload", "Amazon S3 user guide")
blob_part_max_gib = assume("blob_part_max_gib", 5, "{:d} GiB", "Maximum part size", "Amazon S3 user guide")
blob_ckpt_gb = assume("blob_ckpt_gb", 500, "{:d} GB", "One model checkpoint", "assumption")
blob_link_gbps = assume("blob_link_gbps", 25, "{:d} Gb/s", "Upload bandwidth of the writing host", "assumption")

figure("blob_replicated_pb", blob_logical_pb * 3, "{:.0f} PB", "Raw bytes with three full copies")
figure("blob_ec_pb", blob_logical_pb * (blob_rs_data + blob_rs_parity) / blob_rs_data, "{:.1f} PB", "Raw bytes with the erasure code")
figure("blob_max_object_tib", blob_parts_max * blob_part_max_gib / 1024, "{:.1f} TiB", "Largest object multipart allows")
figure("blob_min_part_mb", blob_ckpt_gb * 1e9 / blob_parts_max / 1e6, "{:.0f} MB", "Smallest part size that fits the checkpoint in 10,000 parts")
figure("blob_upload_s", blob_ckpt_gb * 8 / blob_link_gbps, "{:.0f} s", "Checkpoint upload time at line rate")

# %% [markdown]
# ## Unique IDs

# %%
id_ts_bits = assume("id_ts_bits", 41, "{:d} bits", "Snowflake timestamp field (milliseconds)", "Twitter Snowflake README")
id_worker_bits = assume("id_worker_bits", 10, "{:d} bits", "Snowflake machine-id field", "Twitter Snowflake README")
id_seq_bits = assume("id_seq_bits", 12, "{:d} bits", "Snowflake sequence field", "Twitter Snowflake README")
id_epoch_year = assume("id_epoch_year", 2020, "{:d}", "Custom epoch (start of year)", "assumption (design choice)")
id_v7_random_bits = assume("id_v7_random_bits", 74, "{:d} bits", "Random bits in a UUIDv7 (128 minus 48 time, 4 version, 2 variant)", "RFC 9562")
id_burst = assume("id_burst", 1_000_000, "{:,.0f} IDs", "UUIDv7s minted in one millisecond", "assumption (extreme)")
id_block = assume("id_block", 1_000, "{:,d} IDs", "Block size a ticket server hands out", "assumption (design choice)")
id_rate = assume("id_rate", 100_000, "{:,.0f} IDs/s", "Fleet-wide ID rate", "assumption")

id_years = figure("id_years", 2 ** id_ts_bits / 1000 / ref.SECONDS_PER_DAY / ref.DAYS_PER_YEAR, "{:.1f} years", "Lifetime of a 41-bit millisecond timestamp")
figure("id_end_year", id_epoch_year + math.floor(id_years), "{:d}", "Year the timestamp field runs out")
figure("id_workers", 2 ** id_worker_bits, "{:,d} workers", "Distinct machine ids")
per_worker = figure("id_per_worker_s", 2 ** id_seq_bits * 1000, "{:,.0f} IDs/s", "Peak IDs per worker per second")
figure("id_fleet_s", per_worker * 2 ** id_worker_bits / 1e9, "{:.1f} billion IDs/s", "Peak IDs per second across all workers")
figure("id_v7_collision", id_burst * (id_burst - 1) / 2 / 2 ** (id_v7_random_bits), "{:.1e}", "Chance of any UUIDv7 collision in that millisecond (birthday bound)")
figure("id_ticket_rps", id_rate / id_block, "{:,.0f} round trips/s", "Ticket-server round trips with block allocation")

# %% [markdown]
# ## Sharded counters

# %%
sc_doc_writes = assume("sc_doc_writes", 1, "{:d} write/s", "Sustained writes to one Firestore document", "Firebase documentation")
sc_target = assume("sc_target", 500, "{:,d} increments/s", "Increments to one hot counter", "assumption")
sc_incr = assume("sc_incr", 10_000, "{:,.0f} increments/s", "Increments of a metering counter across the fleet", "assumption")
sc_servers = assume("sc_servers", 50, "{:d} servers", "Application servers that increment it", "assumption")
sc_flush_s = assume("sc_flush_s", 1, "{:d} s", "Flush interval of the in-memory buffer", "assumption (design choice)")
sc_lock_ms = assume("sc_lock_ms", 2, "{:d} ms", "Row-lock hold time per UPDATE in a relational database", "assumption")

figure("sc_shards", math.ceil(sc_target / sc_doc_writes), "{:,d} shards", "Shards for the hot counter")
figure("sc_batched_writes", sc_servers / sc_flush_s, "{:,.0f} writes/s", "Store writes when servers batch")
figure("sc_loss_per_crash", sc_incr / sc_servers * sc_flush_s, "{:,.0f} increments", "Increments one crashed server can lose")
figure("sc_row_ceiling", 1000 / sc_lock_ms, "{:,.0f} updates/s", "Ceiling for one hot row")

# %% [markdown]
# ## Monitoring and logging

# %%
mon_hosts = assume("mon_hosts", 2_000, "{:,d} hosts", "Hosts scraped", "assumption")
mon_series_per_host = assume("mon_series_per_host", 1_000, "{:,d} series", "Active series per host", "assumption")
mon_scrape_s = assume("mon_scrape_s", 15, "{:d} s", "Scrape interval", "assumption")
mon_bytes_sample = assume("mon_bytes_sample", 2, "{:d} bytes", "Bytes per stored sample (upper end)", "Prometheus storage documentation")
mon_retention_d = assume("mon_retention_d", 15, "{:d} days", "Local retention", "assumption")
mon_users = assume("mon_users", 1_000_000, "{:,.0f} users", "Distinct users if user_id became a label", "assumption")
mon_user_metrics = assume("mon_user_metrics", 5, "{:d} metrics", "Metrics that would carry the label", "assumption")
log_rps = assume("log_rps", 50_000, "{:,.0f} requests/s", "Requests logged", "assumption")
log_line_kb = assume("log_line_kb", 1.5, "{:.1f} KB", "Structured log line", "assumption")
log_error_rate = assume("log_error_rate", 0.01, "{:.0%}", "Share of requests that fail", "assumption")
log_sample = assume("log_sample", 0.05, "{:.0%}", "Share of successful requests kept", "assumption (design choice)")

series = figure("mon_series", mon_hosts * mon_series_per_host, "{:,.0f} series", "Active series")
samples = figure("mon_samples_s", series / mon_scrape_s, "{:,.0f} samples/s", "Ingest rate")
per_day = figure("mon_gb_day", samples * ref.SECONDS_PER_DAY * mon_bytes_sample / 1e9, "{:.0f} GB/day", "Metrics storage per day")
figure("mon_retained_gb", per_day * mon_retention_d, "{:,.0f} GB", "Metrics storage for the retention window")
figure("mon_label_series", mon_users * mon_user_metrics, "{:,.0f} series", "Series a user_id label would create")
log_full = figure("log_tb_day", log_rps * log_line_kb * 1e3 * ref.SECONDS_PER_DAY / 1e12, "{:.1f} TB/day", "Logs per day, everything kept")
kept = (1 - log_error_rate) * log_sample + log_error_rate
figure("log_kept_share", kept, "{:.2%}", "Share of lines kept (all errors, sampled successes)")
figure("log_sampled_tb_day", log_full * kept, "{:.2f} TB/day", "Logs per day after sampling")

# %% [markdown]
# ## Scheduling

# %%
sch_jobs_day = assume("sch_jobs_day", 2_000_000, "{:,.0f} jobs/day", "Scheduled jobs per day", "assumption")
sch_top_share = assume("sch_top_share", 0.4, "{:.0%}", "Share of jobs scheduled on the hour", "assumption")
sch_jitter_s = assume("sch_jitter_s", 60, "{:d} s", "Window over which on-the-hour jobs are spread", "assumption (design choice)")
sch_gang = assume("sch_gang", 64, "{:d} GPUs", "GPUs a distributed training job needs at once", "assumption")
sch_held = assume("sch_held", 56, "{:d} GPUs", "GPUs already reserved while it waits", "assumption")
sch_wait_min = assume("sch_wait_min", 30, "{:d} min", "Time the partial reservation is held", "assumption")
sch_heartbeat_s = assume("sch_heartbeat_s", 10, "{:d} s", "Worker heartbeat interval", "assumption (design choice)")
sch_missed = assume("sch_missed", 3, "{:d}", "Missed heartbeats before the lease expires", "assumption (design choice)")

figure("sch_avg_rate", sch_jobs_day / ref.SECONDS_PER_DAY, "{:.0f} jobs/s", "Average dispatch rate")
top = figure("sch_top_burst", sch_jobs_day * sch_top_share / 24, "{:,.0f} jobs", "Jobs due at each top of the hour")
figure("sch_spread_rate", top / sch_jitter_s, "{:,.0f} jobs/s", "Dispatch rate when those jobs are spread")
figure("sch_idle_gpu_h", sch_held * sch_wait_min / 60, "{:.0f} GPU-hours", "GPU time idled by one partial gang reservation")
figure("sch_lease_s", sch_heartbeat_s * sch_missed, "{:d} s", "Worst-case time to notice a dead worker")

# %% [markdown]
# ## Search and vector indexes

# %%
vec_n = assume("vec_n", 1_000_000_000, "{:,.0f} vectors", "Embeddings indexed", "assumption")
vec_dim = assume("vec_dim", 768, "{:d} dims", "Embedding dimension", "assumption")
vec_pq_bytes = assume("vec_pq_bytes", 64, "{:d} bytes", "Product-quantized code per vector", "assumption (Faiss PQ, 64 sub-quantizers of 8 bits)")
vec_hnsw_m = assume("vec_hnsw_m", 32, "{:d}", "HNSW links per node on upper layers (M); layer 0 keeps 2M", "assumption")
vec_bw_gbs = assume("vec_bw_gbs", 200, "{:d} GB/s", "Memory bandwidth per node", "assumption")
vec_nodes = assume("vec_nodes", 16, "{:d} nodes", "Nodes sharing a brute-force scan", "assumption")

raw = figure("vec_raw_tb", vec_n * vec_dim * 4 / 1e12, "{:.2f} TB", "Raw float32 vectors")
figure("vec_fp16_tb", vec_n * vec_dim * 2 / 1e12, "{:.2f} TB", "Vectors stored as float16")
figure("vec_pq_gb", vec_n * vec_pq_bytes / 1e9, "{:.0f} GB", "Vectors as PQ codes")
figure("vec_hnsw_gb", vec_n * 2 * vec_hnsw_m * 4 / 1e9, "{:.0f} GB", "HNSW layer-0 links (4-byte ids)")
figure("vec_scan_s", raw * 1e12 / (vec_bw_gbs * 1e9 * vec_nodes), "{:.2f} s", "One exact scan across the nodes, memory-bound")

# %% [markdown]
# ## CDN

# %%
cdn_rps = assume("cdn_rps", 40_000, "{:,.0f} requests/s", "Requests for static assets", "assumption")
cdn_obj_kb = assume("cdn_obj_kb", 250, "{:d} KB", "Mean object size", "assumption")
cdn_hit = assume("cdn_hit", 0.95, "{:.0%}", "Byte hit ratio at the edge", "assumption")
cdn_pops = assume("cdn_pops", 300, "{:d} PoPs", "Edge locations", "assumption")
cdn_shields = assume("cdn_shields", 10, "{:d} shields", "Regional shield caches", "assumption")

edge = figure("cdn_edge_gbps", cdn_rps * cdn_obj_kb * 1e3 * 8 / 1e9, "{:.0f} Gb/s", "Bandwidth served at the edge")
figure("cdn_origin_gbps", edge * (1 - cdn_hit), "{:.0f} Gb/s", "Bandwidth reaching the origin")
figure("cdn_fetches_flat", cdn_pops, "{:d} fetches", "Origin fetches for a new object with no shield")
figure("cdn_fetches_shield", cdn_shields, "{:d} fetches", "Origin fetches for a new object behind shields")

# %% [markdown]
# ## DNS

# %%
dns_check_s = assume("dns_check_s", 10, "{:d} s", "Health-check interval", "assumption")
dns_fails = assume("dns_fails", 3, "{:d}", "Failed checks before a record is withdrawn", "assumption")
dns_ttl_short = assume("dns_ttl_short", 60, "{:d} s", "Short record TTL", "assumption")
dns_ttl_long = assume("dns_ttl_long", 300, "{:d} s", "Long record TTL", "assumption")
dns_resolvers = assume("dns_resolvers", 50_000, "{:,.0f} resolvers", "Recursive resolvers asking for the name", "assumption")

detect = figure("dns_detect_s", dns_check_s * dns_fails, "{:d} s", "Time to detect a dead endpoint")
figure("dns_failover_short", detect + dns_ttl_short, "{:d} s", "Worst-case failover with the short TTL")
figure("dns_failover_long", detect + dns_ttl_long, "{:d} s", "Worst-case failover with the long TTL")
figure("dns_qps_short", dns_resolvers / dns_ttl_short, "{:,.0f} queries/s", "Authoritative load with the short TTL")
figure("dns_qps_5s", dns_resolvers / 5, "{:,.0f} queries/s", "Authoritative load with a 5 s TTL")
figure("dns_ttl_factor", dns_ttl_long / 5, "{:.0f} times", "Query load multiplier from the long TTL down to 5 s")

# %% [markdown]
# ## All inputs

# %%
assumptions_table()
