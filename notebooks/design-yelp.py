# %% [markdown]
# # Design proximity search / Yelp: the estimates
#
# Every number the walkthrough quotes is computed here. Inputs first, each declared once with
# `assume`; then the sections:
#
# 1. Inputs
# 2. Traffic: searches, place pages, reviews, photos, business updates
# 3. Records and index memory: what fits on one machine
# 4. Geometry: degrees to kilometres, geohash cells and their neighbour rings, S2 cells, the
#    quadtree, the fixed grid (chart 1: cells against places read)
# 5. Queries: radius against k-nearest, CPU per query, replicas
# 6. Ranking: the Bayesian average, opening hours in memory
# 7. Caching, storage and photo bandwidth
# 8. Sharding: hot regions and the cross-border query
# 9. Fake reviews: the base-rate arithmetic
# 10. The AI angle: natural-language search, review summaries, machine-written fakes (chart 2)
# 11. Scaling 10x, 100x, 1000x

# %% [markdown]
# ## 1. Inputs
#
# The Educative outline lists "Design a Proximity Service / Yelp" among its classic problems but
# gives no traffic, so every input below is an assumption of this walkthrough, a design choice,
# or a published constant (checked 2026-11-23). GPU and model constants come from
# `estimates.reference`, serving formulas from `estimates.llm`.

# %%
import math

import matplotlib.pyplot as plt
import numpy as np

from estimates import assume, assumptions_table, figure
from estimates import llm
from estimates import reference as ref
from estimates.charts import SERIES, new_chart, show

DAY = ref.SECONDS_PER_DAY
YEAR_DAYS = ref.DAYS_PER_YEAR

# Places and traffic
places = assume("places", 200_000_000, "{:,.0f} places", "Points of interest worldwide", "assumption")
dau = assume("dau", 100_000_000, "{:,.0f} users/day", "Daily active users", "assumption")
searches_per_user = assume("searches_per_user", 5, "{:d} searches", "Searches per active user per day", "assumption")
peak_x = assume("peak_x", 3.0, "{:.0f}x", "Peak over the daily mean (lunch and dinner in the busiest time zones)", "assumption")
views_per_search = assume("views_per_search", 2, "{:d} pages", "Place pages opened per search", "assumption")
reviews_day = assume("reviews_day", 1_000_000, "{:,.0f} reviews/day", "New reviews submitted per day", "assumption")
review_corpus = assume("review_corpus", 1_500_000_000, "{:,.0f} reviews", "Reviews stored today", "assumption")
photos_day = assume("photos_day", 2_000_000, "{:,.0f} photos/day", "Photos uploaded per day", "assumption")
updates_day = assume("updates_day", 1_000_000, "{:,.0f} updates/day", "Business edits per day (hours, attributes, closures, moves)", "assumption")
new_places_day = assume("new_places_day", 100_000, "{:,.0f} places/day", "Places added per day", "assumption")

# Record sizes
record_b = assume("record_b", 2_000, "{:,d} B", "Full place record: name, address, hours, attributes, categories, contact", "assumption")
entry_b = assume("entry_b", 32, "{:d} B", "Geo index entry: 4 B id, 8 B fixed-point lat/lon, ranking payload", "design choice")
index_overhead = assume("index_overhead", 1.5, "{:.1f}x", "Index structure overhead over raw entries (sorted arrays, cell directory)", "assumption")
review_b = assume("review_b", 1_000, "{:,d} B", "One stored review with metadata", "assumption")
photo_mb = assume("photo_mb", 2.0, "{:.1f} MB", "Mean uploaded photo", "assumption")
variant_share = assume("variant_share", 0.30, "{:.0%}", "Resized variants as a share of the original's bytes", "assumption")
thumbs_per_view = assume("thumbs_per_view", 8, "{:d} images", "Photos loaded with one place page", "assumption")
thumb_kb = assume("thumb_kb", 40, "{:d} KB", "One served photo variant", "assumption")
disk_overhead = assume("disk_overhead", 1.5, "{:.1f}x", "On-disk overhead over logical bytes (indexes, compaction)", "assumption")
replicas = assume("replicas", 3, "{:d}", "Copies of each database row", "design choice")
blob_overhead = assume("blob_overhead", 1.5, "{:.1f}x", "Blob store raw bytes per logical byte (erasure coding)", "assumption")

# Geometry
earth_r_km = assume("earth_r_km", 6371.0, "{:,.0f} km", "Mean Earth radius", "IUGG mean radius")
lat_mid = assume("lat_mid", 40.0, "{:.0f} degrees", "Latitude of the worked example (New York, Madrid, Beijing)", "assumption")
lat_high = assume("lat_high", 60.0, "{:.0f} degrees", "A high latitude (Oslo, Helsinki, Anchorage)", "assumption")
radius_km = assume("radius_km", 1.0, "{:.0f} km", "Default search radius in a city", "design choice")
dense = assume("dense", 2_000, "{:,d} places/km2", "Place density in a dense city centre", "assumption")
suburban = assume("suburban", 100, "{:,d} places/km2", "Place density in a suburb", "assumption")
rural = assume("rural", 1, "{:d} place/km2", "Place density in the countryside", "assumption")
remote = assume("remote", 0.02, "{:.2f} places/km2", "Place density in remote areas", "assumption")
k_results = assume("k_results", 20, "{:d} results", "Results on the first page", "design choice")
split_at = assume("split_at", 100, "{:d} places", "Quadtree leaf split threshold", "design choice")
leaf_fill = assume("leaf_fill", 0.5, "{:.0%}", "Mean leaf fill as a share of the threshold", "assumption")
node_b = assume("node_b", 64, "{:d} B", "One quadtree node: bounding box, four child pointers, count", "assumption")
s2_level0_km2 = assume("s2_level0_km2", 85_011_012.19, "{:,.0f} km2", "S2 face cell area (s2geometry.io cell statistics)", "S2 documentation")
h3_res8_km2 = assume("h3_res8_km2", 0.7373276, "{:.3f} km2", "H3 average hexagon area, resolution 8 (h3geo.org)", "H3 documentation")
h3_res9_km2 = assume("h3_res9_km2", 0.1053325, "{:.3f} km2", "H3 average hexagon area, resolution 9 (h3geo.org)", "H3 documentation")
grid_deg = assume("grid_deg", 0.01, "{:.2f} degrees", "Fixed grid cell side", "design choice")

# CPU and memory
ns_per_candidate = assume("ns_per_candidate", 100, "{:d} ns", "CPU to read, distance-check and pre-score one candidate", "assumption")
query_fixed_ms = assume("query_fixed_ms", 0.3, "{:.1f} ms", "Fixed CPU per query: parse, covering, merge, serialise", "assumption")
cores = assume("cores", 32, "{:d} cores", "Cores per index server", "assumption")
cpu_util = assume("cpu_util", 0.5, "{:.0%}", "Target CPU utilisation of index servers", "design choice")
node_ram_gb = assume("node_ram_gb", 128, "{:d} GB", "RAM per index server", "assumption")
pg_query_ms = assume("pg_query_ms", 8.0, "{:.0f} ms", "Database CPU per PostGIS radius query in a dense centre (index scan, recheck, sort)", "assumption")
insert_per_s = assume("insert_per_s", 2_000_000, "{:,.0f} inserts/s", "Index build rate on one core (sort-based bulk load)", "assumption")
distinct_schedules = assume("distinct_schedules", 5_000_000, "{:,.0f} schedules", "Distinct weekly opening schedules across all places", "assumption")
slot_min = assume("slot_min", 15, "{:d} min", "Opening-hours slot", "design choice")
prior_mean = assume("prior_mean", 3.7, "{:.1f} stars", "Prior mean rating (site-wide mean)", "assumption")
prior_weight = assume("prior_weight", 20, "{:d} reviews", "Prior weight of the Bayesian average", "design choice")

# Caching and sharding
page_hit = assume("page_hit", 0.95, "{:.0%}", "Place-page cache hit ratio", "assumption")
hot_places = assume("hot_places", 20_000_000, "{:,.0f} places", "Places whose pages are kept in cache", "design choice")
page_cache_b = assume("page_cache_b", 4_000, "{:,d} B", "One cached place page (record, top reviews, photo ids)", "assumption")
shards = assume("shards", 50, "{:d} shards", "Regional shards if the index is split by geography", "interviewer twist")
shard_side_km = assume("shard_side_km", 200, "{:d} km", "Side of a typical regional shard", "assumption")
knn_far_km = assume("knn_far_km", 25, "{:d} km", "Radius a k-nearest query reaches in the countryside", "assumption")
hot_metro_share = assume("hot_metro_share", 0.08, "{:.0%}", "Share of all queries from the busiest metro", "assumption")

# Fake reviews
fake_share = assume("fake_share", 0.05, "{:.0%}", "Share of submitted reviews that are fake", "assumption")
beh_recall = assume("beh_recall", 0.85, "{:.0%}", "Behavioural fake-review model recall", "assumption")
beh_fpr = assume("beh_fpr", 0.02, "{:.0%}", "Behavioural model false-positive rate on genuine reviews", "assumption")
txt_tpr = assume("txt_tpr", 0.26, "{:.0%}", "Text-only AI detector: share of machine text flagged (OpenAI's withdrawn classifier, 2023)", "OpenAI blog, New AI classifier for indicating AI-written text (2023)")
txt_fpr = assume("txt_fpr", 0.09, "{:.0%}", "Text-only AI detector: share of human text flagged (same classifier)", "OpenAI blog, New AI classifier for indicating AI-written text (2023)")
bomb_reviews = assume("bomb_reviews", 5_000, "{:,d} reviews", "Reviews one place receives in a day during a pile-on", "interviewer twist")
normal_reviews_week = assume("normal_reviews_week", 1, "{:d} review", "That place's usual reviews per week", "assumption")

# The AI angle
nl_share = assume("nl_share", 0.10, "{:.0%}", "Share of searches typed as natural language", "assumption")
enc_params = assume("enc_params", 110e6, "{:,.0f} parameters", "Small text encoder for query and place embeddings (stand-in)", "assumption")
emb_dim = assume("emb_dim", 768, "{:d} dimensions", "Place and query embedding dimension", "design choice")
place_doc_tok = assume("place_doc_tok", 300, "{:d} tokens", "Text embedded per place (attributes plus review summary)", "design choice")
query_tok = assume("query_tok", 20, "{:d} tokens", "A natural-language query", "assumption")
rerank_n = assume("rerank_n", 30, "{:d} candidates", "Candidates the model re-ranks", "design choice")
cand_tok = assume("cand_tok", 120, "{:d} tokens", "Text per candidate in the re-rank prompt", "design choice")
instr_tok = assume("instr_tok", 300, "{:d} tokens", "Instructions and output schema in the prompt", "design choice")
out_tok_ids = assume("out_tok_ids", 20, "{:d} tokens", "Re-rank output as ids only", "design choice")
out_tok_reasons = assume("out_tok_reasons", 80, "{:d} tokens", "Re-rank output with a short reason per result", "design choice")
parse_out_tok = assume("parse_out_tok", 40, "{:d} tokens", "Query parse output (filters as JSON)", "design choice")
summ_reviews = assume("summ_reviews", 40, "{:d} reviews", "Reviews fed to one summary", "design choice")
review_tok = assume("review_tok", 150, "{:d} tokens", "Tokens per review in the summary prompt", "assumption")
summ_out_tok = assume("summ_out_tok", 120, "{:d} tokens", "Length of a review summary", "design choice")
summ_eligible = assume("summ_eligible", 0.30, "{:.0%}", "Share of places with enough reviews to summarise", "assumption")
refresh_new = assume("refresh_new", 5, "{:d} reviews", "New reviews that trigger a re-summary", "design choice")
refresh_days = assume("refresh_days", 90, "{:d} days", "Longest a summary goes without refresh", "design choice")
fake_out_tok = assume("fake_out_tok", 150, "{:d} tokens", "One machine-written fake review", "assumption")
fake_prompt_tok = assume("fake_prompt_tok", 100, "{:d} tokens", "Prompt for one fake review", "assumption")
mfu = assume("mfu", 0.40, "{:.0%}", "Prefill model FLOP utilisation", "assumption")
hbm_eff = assume("hbm_eff", 0.60, "{:.0%}", "Share of peak HBM bandwidth decode achieves", "assumption")
batch_online = assume("batch_online", 16, "{:d} sequences", "Decode batch for interactive re-ranking", "assumption")
batch_offline = assume("batch_offline", 64, "{:d} sequences", "Decode batch for batch summaries", "assumption")
gpu_util = assume("gpu_util", 0.60, "{:.0%}", "Target utilisation of an online GPU pool", "assumption")
usd_gpu_h = assume("usd_gpu_h", 3.00, "${:.2f} per GPU-hour", "H100 price (rented)", "assumption")
nl_cache_hit = assume("nl_cache_hit", 0.30, "{:.0%}", "Share of natural-language parses served from a cache of repeated queries", "assumption")
pq_bytes = assume("pq_bytes", 64, "{:d} B", "Product-quantised place embedding", "design choice")
core_usd_h = assume("core_usd_h", 0.05, "${:.2f} per core-hour", "Cost of one server core", "assumption")
rank_candidates = assume("rank_candidates", 200, "{:d} candidates", "Candidates the second-stage ranker scores", "design choice")
retrieval_ms = assume("retrieval_ms", 10, "{:d} ms", "Geo retrieval and vector scoring inside the natural-language path", "assumption")
batch_job_util = assume("batch_job_util", 0.8, "{:.0%}", "Utilisation of a batch GPU pool", "assumption")
search_budget_ms = assume("search_budget_ms", 200, "{:d} ms", "Server-side p99 target for a classic search", "design choice")
assumptions_table()

# %% [markdown]
# ## 2. Traffic

# %%
searches_day = figure("searches_day", dau * searches_per_user / 1e6, "{:,.0f} million searches/day", "Searches per day") * 1e6
s_avg = figure("search_avg", searches_day / DAY, "{:,.0f} searches/s", "Mean search rate")
s_peak = figure("search_peak", searches_day / DAY * peak_x, "{:,.0f} searches/s", "Peak search rate")
views_day = searches_day * views_per_search
v_peak = figure("views_peak", views_day / DAY * peak_x, "{:,.0f} pages/s", "Peak place-page views")
figure("views_day", views_day / 1e9, "{:.0f} billion pages/day", "Place pages per day")
figure("reviews_peak", reviews_day / DAY * peak_x, "{:.0f} reviews/s", "Peak review submissions")
figure("photos_peak", photos_day / DAY * peak_x, "{:.0f} photos/s", "Peak photo uploads")
figure("updates_avg", updates_day / DAY, "{:.0f} updates/s", "Mean business edits")
figure("read_write_ratio", (searches_day + views_day) / (reviews_day + updates_day + photos_day), "{:,.0f}:1", "Reads (searches and page views) per write")
figure("updates_share_day", updates_day / places, "{:.1%}", "Share of places edited per day")

# %% [markdown]
# ## 3. Records and index memory
#
# Fixed-point coordinates: a latitude or longitude stored as a 32-bit integer of 1e-7 degrees
# resolves 1e-7 x 111.2 km, about a centimetre, and halves the bytes of two doubles.

# %%
km_per_deg = 2 * math.pi * earth_r_km / 360
figure("km_per_deg", km_per_deg, "{:.1f} km", "One degree of latitude (and of longitude at the equator)")
figure("e7_cm", 1e-7 * km_per_deg * 1e5, "{:.1f} cm", "Resolution of a 1e-7-degree fixed-point coordinate")
figure("id_space", 2 ** 32 / places, "{:.0f}x", "Headroom of a 32-bit dense id over today's place count")
raw_index_gb = figure("index_raw_gb", places * entry_b / 1e9, "{:.1f} GB", "Raw geo index entries")
index_gb = figure("index_gb", places * entry_b * index_overhead / 1e9, "{:.1f} GB", "Geo index in memory with structure overhead")
figure("index_ram_share", index_gb / node_ram_gb, "{:.0%}", "Share of one server's RAM the index takes")
records_gb = figure("records_gb", places * record_b / 1e9, "{:,.0f} GB", "Logical place records")
figure("records_disk_tb", places * record_b * disk_overhead * replicas / 1e12, "{:.1f} TB", "Place records on disk, all replicas")
reviews_tb = figure("reviews_tb", review_corpus * review_b / 1e12, "{:.1f} TB", "Logical reviews stored today")
figure("reviews_tb_y", reviews_day * YEAR_DAYS * review_b / 1e12, "{:.2f} TB", "Logical reviews added per year")
figure("reviews_disk_tb", review_corpus * review_b * disk_overhead * replicas / 1e12, "{:.1f} TB", "Reviews on disk, all replicas")
figure("build_s", places / insert_per_s, "{:.0f} s", "Time to bulk-build the index on one core")

# %% [markdown]
# ## 4. Geometry
#
# A degree of longitude shrinks with cos(latitude). A geohash of n characters carries 5n bits,
# ceil(5n/2) for longitude and floor(5n/2) for latitude, so its cell is 360/2^lon_bits degrees wide
# and 180/2^lat_bits degrees tall.
#
# The neighbour ring: a query point can sit anywhere in its own cell, so a ring of one cell around
# it (the 3x3 block) only guarantees a radius equal to the cell's shorter side. For a radius r the
# block must be (2 ceil(r/w) + 1) x (2 ceil(r/h) + 1) cells.
#
# S2 cells at level L have an average area of (face area) / 4^L; the covering is modelled as the
# square cells of that average area that intersect the disc, averaged over positions of the centre
# (real S2 cells vary within a factor of 1.5 of the average).

# %%
cos_mid = math.cos(math.radians(lat_mid))
figure("lon_km_mid", km_per_deg * cos_mid, "{:.0f} km", "One degree of longitude at the example latitude")
figure("lon_km_high", km_per_deg * math.cos(math.radians(lat_high)), "{:.1f} km", "One degree of longitude at the high latitude")


def geohash_cell_km(n, lat):
    bits = 5 * n
    lon_bits, lat_bits = math.ceil(bits / 2), bits // 2
    w = 360 / 2 ** lon_bits * km_per_deg * math.cos(math.radians(lat))
    h = 180 / 2 ** lat_bits * km_per_deg
    return w, h


def ring_block(n, lat, r):
    w, h = geohash_cell_km(n, lat)
    cols, rows = 2 * math.ceil(r / w) + 1, 2 * math.ceil(r / h) + 1
    return cols * rows, cols * rows * w * h


circle_km2 = math.pi * radius_km ** 2
in_circle = figure("in_circle_dense", circle_km2 * dense, "{:,.0f} places", "Places inside a 1 km circle in a dense centre")
figure("in_circle_suburb", circle_km2 * suburban, "{:,.0f} places", "Places inside a 1 km circle in a suburb")
figure("in_circle_rural", circle_km2 * rural, "{:.1f} places", "Places inside a 1 km circle in the countryside")

for n in (5, 6, 7):
    w0, h0 = geohash_cell_km(n, 0)
    w, h = geohash_cell_km(n, lat_mid)
    figure(f"gh{n}_w_eq", w0, "{:.2f} km", f"Geohash-{n} cell width at the equator")
    figure(f"gh{n}_h", h0, "{:.2f} km", f"Geohash-{n} cell height")
    figure(f"gh{n}_w_mid", w, "{:.2f} km", f"Geohash-{n} cell width at the example latitude")
    cells, area = ring_block(n, lat_mid, radius_km)
    figure(f"gh{n}_cells", cells, "{:d} cells", f"Geohash-{n} cells needed for a 1 km radius at the example latitude")
    figure(f"gh{n}_read", area * dense, "{:,.0f} places", f"Places read with geohash-{n} in a dense centre")
    figure(f"gh{n}_over", area / circle_km2, "{:.1f}x", f"Geohash-{n} overfetch (area read over circle area)")
w6, h6 = geohash_cell_km(6, lat_mid)
figure("gh6_3x3_radius", min(w6, h6), "{:.2f} km", "Radius the 3x3 geohash-6 block guarantees")
figure("gh5_3x3_area", 9 * geohash_cell_km(5, lat_mid)[0] * geohash_cell_km(5, lat_mid)[1], "{:,.0f} km2", "Area of the 3x3 geohash-5 block at the example latitude")
w6h, _ = geohash_cell_km(6, lat_high)
figure("gh6_w_high", w6h, "{:.2f} km", "Geohash-6 cell width at the high latitude")


def s2_cover(level, r, samples=7):
    """Mean number of square cells of the level's average area that intersect a disc of radius r."""
    side = math.sqrt(s2_level0_km2 / 4 ** level)
    k = math.ceil(r / side) + 2
    idx = np.arange(-k, k + 1)
    counts = []
    for ox in np.linspace(0, side, samples, endpoint=False):
        for oy in np.linspace(0, side, samples, endpoint=False):
            x0 = idx[:, None] * side - ox
            y0 = idx[None, :] * side - oy
            dx = np.maximum(np.maximum(x0 - 0, 0 - (x0 + side)), 0)
            dy = np.maximum(np.maximum(y0 - 0, 0 - (y0 + side)), 0)
            counts.append(int(np.sum(dx ** 2 + dy ** 2 <= r ** 2)))
    cells = float(np.mean(counts))
    return side, cells, cells * side ** 2


for lvl in (13, 14, 15):
    side, cells, area = s2_cover(lvl, radius_km)
    figure(f"s2_l{lvl}_km2", side ** 2, "{:.2f} km2", f"S2 level-{lvl} average cell area")
    figure(f"s2_l{lvl}_cells", cells, "{:.0f} cells", f"S2 level-{lvl} cells intersecting a 1 km disc (mean)")
    figure(f"s2_l{lvl}_read", area * dense, "{:,.0f} places", f"Places read with an S2 level-{lvl} covering in a dense centre")
    figure(f"s2_l{lvl}_over", area / circle_km2, "{:.2f}x", f"S2 level-{lvl} covering overfetch")

figure("h3_res8_edge_cells", circle_km2 / h3_res8_km2, "{:.1f}", "1 km circle area in H3 resolution-8 hexagons")
figure("h3_res9_cells", circle_km2 / h3_res9_km2, "{:.0f}", "1 km circle area in H3 resolution-9 hexagons")

# Quadtree
leaves = figure("qt_leaves", places / (split_at * leaf_fill) / 1e6, "{:.1f} million leaves", "Quadtree leaves") * 1e6
internal = figure("qt_internal", leaves / 3 / 1e6, "{:.1f} million nodes", "Quadtree internal nodes (a tree of fan-out 4 has about a third as many)") * 1e6
figure("qt_nodes_mb", (leaves + internal) * node_b / 1e6, "{:,.0f} MB", "Quadtree node memory, excluding the place entries")
figure("qt_leaf_dense_m", math.sqrt(split_at * leaf_fill / dense) * 1000, "{:.0f} m", "Leaf side in a dense centre")
figure("qt_leaf_rural_km", math.sqrt(split_at * leaf_fill / rural), "{:.1f} km", "Leaf side in the countryside")
figure("qt_depth_dense", math.log(510e6 / (split_at * leaf_fill / dense), 4), "{:.0f} levels", "Depth to a dense-centre leaf from a whole-earth root")

# Fixed grid
grid_cells = figure("grid_cells", (360 / grid_deg) * (180 / grid_deg) / 1e6, "{:,.0f} million cells", "Cells in a global 0.01-degree grid") * 1e6
figure("grid_dir_gb", grid_cells * 8 / 1e9, "{:.1f} GB", "Directory of 8-byte cell pointers for that grid")
figure("grid_cell_eq_km", grid_deg * km_per_deg, "{:.2f} km", "Grid cell side at the equator")
figure("grid_dense_per_cell", (grid_deg * km_per_deg) ** 2 * cos_mid * dense, "{:,.0f} places", "Places in one grid cell in a dense centre")
figure("grid_rural_per_cell", (grid_deg * km_per_deg) ** 2 * cos_mid * rural, "{:.1f} places", "Places in one grid cell in the countryside")

# Chart 1: cells queried against places read
fig, ax = new_chart()
gh = [(n,) + ring_block(n, lat_mid, radius_km) for n in (5, 6, 7, 8)]
ax.plot([c for _, c, _ in gh], [a * dense for _, _, a in gh], marker="o", color=SERIES[0], label="geohash, neighbour rings")
for n, c, a in gh:
    ax.annotate(f"{n} chars", (c, a * dense), textcoords="offset points", xytext=(6, 4), fontsize=9)
s2 = [(lvl,) + s2_cover(lvl, radius_km)[1:] for lvl in (12, 13, 14, 15, 16)]
ax.plot([c for _, c, _ in s2], [a * dense for _, _, a in s2], marker="s", color=SERIES[1], label="S2-style cells intersecting the disc")
for lvl, c, a in s2:
    ax.annotate(f"L{lvl}", (c, a * dense), textcoords="offset points", xytext=(6, -12), fontsize=9)
ax.axhline(in_circle, color=plt.rcParams["axes.edgecolor"], linestyle=":", linewidth=1.2, label="places inside the circle")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("cells looked up per query")
ax.set_ylabel("places read per query")
ax.set_title("1 km radius in a dense centre at 40 degrees latitude")
ax.legend(frameon=False, fontsize=9, loc="upper right")
show(fig, alt="Log-log chart of places read against cells looked up for a 1 km search in a dense city centre: geohash with "
              "neighbour rings reads about 329,000 places with 9 cells at 5 characters, 29,000 with 25 cells at 6 and 10,000 "
              "with 285 cells at 7, while square cells that actually intersect the disc read 18,000 places with 7 cells at "
              "level 13 and 8,600 with 55 cells at level 15, approaching the 6,283 places inside the circle.")

# %% [markdown]
# ## 5. Queries: radius against k-nearest, CPU, replicas

# %%
def knn_radius(density, k=k_results):
    return math.sqrt(k / (math.pi * density))


figure("knn_r_dense_m", knn_radius(dense) * 1000, "{:.0f} m", "Radius holding the first page of results in a dense centre")
figure("knn_r_suburb_km", knn_radius(suburban), "{:.2f} km", "The same in a suburb")
figure("knn_r_rural_km", knn_radius(rural), "{:.1f} km", "The same in the countryside")
figure("knn_r_remote_km", knn_radius(remote), "{:.0f} km", "The same in remote areas")

_, _, a14 = s2_cover(14, radius_km)
cand = a14 * dense
cpu_ms = figure("cpu_ms_dense", query_fixed_ms + cand * ns_per_candidate / 1e6, "{:.1f} ms", "CPU per 1 km query in a dense centre (S2 level-14 covering)")
_, a6 = ring_block(6, lat_mid, radius_km)
figure("cpu_ms_gh6", query_fixed_ms + a6 * dense * ns_per_candidate / 1e6, "{:.1f} ms", "The same with geohash-6 rings")
qps_node = figure("qps_per_node", cores * cpu_util / (cpu_ms / 1000), "{:,.0f} queries/s", "Dense-centre queries one index server sustains")
figure("index_replicas", math.ceil(s_peak / qps_node), "{:d}", "Index servers for peak search by CPU alone")
figure("index_cores_peak", s_peak * cpu_ms / 1000 / cpu_util, "{:.0f} cores", "Cores the peak needs at the target utilisation")
pg_qps = figure("pg_qps_replica", cores * cpu_util / (pg_query_ms / 1000), "{:,.0f} queries/s", "Dense-centre searches one database replica sustains")
figure("pg_replicas_peak", math.ceil(s_peak / pg_qps), "{:d}", "Database replicas for peak search")
figure("pg_copy_gb", places * record_b * disk_overhead / 1e9, "{:,.0f} GB", "One replica's copy of the place table")
figure("pg_vs_index_x", qps_node / pg_qps, "{:.0f}x", "Searches per server, in-memory index over database replica")
figure("feature_lookups_naive", s_peak * rank_candidates / 1e6, "{:.1f} million lookups/s", "Feature-store reads if every ranked candidate were looked up per query")

# %% [markdown]
# ## 6. Ranking

# %%
def bayes(n, mean):
    return (prior_weight * prior_mean + n * mean) / (prior_weight + n)


figure("bayes_small", bayes(2, 5.0), "{:.2f} stars", "Bayesian average of 2 reviews of 5 stars")
figure("bayes_large", bayes(900, 4.6), "{:.2f} stars", "Bayesian average of 900 reviews averaging 4.6")
figure("bayes_mid", bayes(40, 4.8), "{:.2f} stars", "Bayesian average of 40 reviews averaging 4.8")
slots = 7 * 24 * 60 // slot_min
figure("week_slots", slots, "{:d} slots", "Opening-hours slots in a week")
figure("sched_b", slots / 8, "{:.0f} B", "One weekly schedule as a bitmap")
figure("sched_naive_gb", places * slots / 8 / 1e9, "{:.1f} GB", "A bitmap per place")
figure("sched_interned_gb", (distinct_schedules * slots / 8 + places * 4) / 1e9, "{:.1f} GB", "Interned schedules plus a 4-byte schedule id per place")
figure("open_bitset_mb", places / 8 / 1e6, "{:.0f} MB", "A one-bit open-now flag for every place")

# %% [markdown]
# ## 7. Caching, storage and photo bandwidth

# %%
figure("page_db_reads", v_peak * (1 - page_hit), "{:,.0f} reads/s", "Place-page reads reaching the database at peak")
figure("page_cache_gb", hot_places * page_cache_b / 1e9, "{:.0f} GB", "Place-page cache memory")
photo_b = photo_mb * 1e6 * (1 + variant_share)
photos_tb_day = figure("photos_tb_day", photos_day * photo_b / 1e12, "{:.1f} TB/day", "Photo bytes stored per day (originals and variants)")
figure("photos_pb_y", photos_tb_day * YEAR_DAYS / 1000, "{:.1f} PB/year", "Photo bytes per year, logical")
figure("photos_raw_pb_y", photos_tb_day * YEAR_DAYS / 1000 * blob_overhead, "{:.1f} PB/year", "Photo bytes per year on disk")
figure("upload_gbit", photos_day / DAY * peak_x * photo_mb * 8 / 1e3, "{:.1f} Gbit/s", "Peak photo upload bandwidth")
egress = figure("egress_gbit", v_peak * thumbs_per_view * thumb_kb * 8 / 1e6, "{:,.0f} Gbit/s", "Peak photo egress for place pages")
figure("photo_vs_text", photos_day * photo_b / (reviews_day * review_b), "{:,.0f}x", "Photo bytes over review bytes per day")

# %% [markdown]
# ## 8. Sharding by region: hot shards and the cross-border query
#
# A query centre within r of a square shard's edge needs a second shard. For a shard of side L the
# share of centres that far from every edge is (1 - 2r/L)^2.

# %%
def cross_share(r, side=shard_side_km):
    return 1 - (1 - 2 * r / side) ** 2


figure("cross_city", cross_share(radius_km), "{:.1%}", "Share of 1 km queries that cross a shard edge")
figure("cross_rural", cross_share(knn_far_km), "{:.0%}", "Share of 25 km countryside queries that cross a shard edge")
figure("hot_shard_x", hot_metro_share / (1 / shards), "{:.0f}x", "Busiest metro's load over an even shard share")
figure("index_per_shard_gb", index_gb / shards, "{:.2f} GB", "Index per shard if split 50 ways")

# %% [markdown]
# ## 9. Fake reviews: the base-rate arithmetic

# %%
fakes = reviews_day * fake_share
genuine = reviews_day - fakes
figure("fakes_day", fakes, "{:,.0f} reviews/day", "Fake reviews submitted per day")
tp, fp = fakes * beh_recall, genuine * beh_fpr
figure("beh_caught", tp, "{:,.0f} reviews/day", "Fakes the behavioural model flags")
figure("beh_fp", fp, "{:,.0f} reviews/day", "Genuine reviews it flags")
figure("beh_precision", tp / (tp + fp), "{:.0%}", "Share of its flags that are fake")
figure("beh_missed", fakes - tp, "{:,.0f} reviews/day", "Fakes that get through")
ttp, tfp = fakes * txt_tpr, genuine * txt_fpr
figure("txt_caught", ttp, "{:,.0f} reviews/day", "Machine-written fakes a text-only detector flags")
figure("txt_fp", tfp, "{:,.0f} reviews/day", "Genuine reviews it flags")
figure("txt_precision", ttp / (ttp + tfp), "{:.0%}", "Share of its flags that are fake")
figure("bomb_x", bomb_reviews / (normal_reviews_week / 7), "{:,.0f}x", "A pile-on's daily reviews over the place's usual daily rate")

# %% [markdown]
# ## 10. The AI angle
#
# Stand-in model: Llama 3.1 8B shapes on one H100 SXM. Prefill is compute-bound,
# 2 x params x tokens / (dense peak x MFU). Decode is a memory-bound roofline step: weights once
# plus every sequence's KV cache (GQA: 2 x layers x KV heads x head_dim x 2 bytes per token).
# GPU time per request = prefill + output tokens / aggregate decode tokens/s; latency =
# prefill + output tokens x step time.

# %%
model = ref.MODELS["llama-3.1-8b"]
model70 = ref.MODELS["llama-3.1-70b"]
gpu = ref.GPUS["h100-sxm"]
params = llm.param_count(model)
params70 = llm.param_count(model70)
weights = llm.weights_bytes(model)
kv_tok = llm.kv_cache_bytes_per_token(model)
usd_gpu_s = usd_gpu_h / 3600
figure("ai_params_b", params / 1e9, "{:.2f} billion", "Parameters from the model's shapes")
figure("ai_weights_gb", weights / 1e9, "{:.1f} GB", "BF16 weights")
figure("ai_kv_kib", kv_tok / 1024, "{:.0f} KiB", "KV cache per token (GQA)")
figure("ai_kv_mha_x", llm.kv_cache_bytes_per_token_if_mha(model) / kv_tok, "{:.0f}x", "Overstatement if query heads are counted")
figure("ai_peak_tflops", gpu.bf16_dense_flops / 1e12, "{:,.1f} TFLOP/s", "H100 SXM dense BF16 peak")


def call(prompt, out, batch):
    """GPU seconds, latency seconds and decode step of one call."""
    pre = llm.prefill_time_s(params, prompt, gpu.bf16_dense_flops, mfu)
    step = llm.decode_step_time_s(weights, kv_tok, batch, prompt + out, params, gpu.hbm_bytes_per_s,
                                  gpu.bf16_dense_flops, hbm_eff)
    return pre + out * step / batch, pre + out * step, step


# Natural-language search: parse, embed, geo-filter, re-rank
parse_prompt = instr_tok + query_tok
p_gpu, p_lat, _ = call(parse_prompt, parse_out_tok, batch_online)
figure("parse_ms", p_lat * 1000, "{:,.0f} ms", "Latency of the query-parse call")
figure("parse_gpu_ms", p_gpu * 1000, "{:.0f} ms", "GPU time of the query-parse call")
figure("enc_us", 2 * enc_params * query_tok / (gpu.bf16_dense_flops * mfu) * 1e6, "{:.0f} us", "GPU compute to embed one query")
figure("score_mflop", cand * emb_dim * 2 / 1e6, "{:.0f} MFLOP", "Scoring every dense-centre candidate against the query vector")

rr_prompt = instr_tok + query_tok + rerank_n * cand_tok
figure("rr_prompt_tok", rr_prompt, "{:,d} tokens", "Re-rank prompt")
pre_rr = llm.prefill_time_s(params, rr_prompt, gpu.bf16_dense_flops, mfu)
figure("rr_prefill_ms", pre_rr * 1000, "{:.0f} ms", "Re-rank prefill")
g_ids, l_ids, step_rr = call(rr_prompt, out_tok_ids, batch_online)
g_rs, l_rs, _ = call(rr_prompt, out_tok_reasons, batch_online)
figure("rr_step_ms", step_rr * 1000, "{:.1f} ms", "Decode step at the interactive batch")
figure("rr_ids_ms", l_ids * 1000, "{:,.0f} ms", "Re-rank latency, ids only")
figure("rr_reasons_ms", l_rs * 1000, "{:,.0f} ms", "Re-rank latency with reasons")
figure("rr_ids_gpu_ms", g_ids * 1000, "{:.0f} ms", "GPU time per re-rank, ids only")
figure("rr_reasons_gpu_ms", g_rs * 1000, "{:.0f} ms", "GPU time per re-rank with reasons")
nl_gpu_s = g_ids + p_gpu
nl_usd = nl_gpu_s * usd_gpu_s
figure("nl_usd_1k", nl_usd * 1000, "${:.2f}", "Model cost per 1,000 natural-language searches (parse and ids-only re-rank)")
nl_day = searches_day * nl_share
figure("nl_day", nl_day / 1e6, "{:.0f} million/day", "Natural-language searches per day")
figure("nl_usd_day", nl_day * nl_usd * (1 - nl_cache_hit * p_gpu / nl_gpu_s), "${:,.0f}/day", "Model cost per day, parse cache included")
figure("nl_usd_year", nl_day * nl_usd * (1 - nl_cache_hit * p_gpu / nl_gpu_s) * YEAR_DAYS / 1e6, "${:.1f} million/year", "The same per year")
nl_peak = s_peak * nl_share
figure("nl_peak", nl_peak, "{:,.0f} searches/s", "Peak natural-language searches")
figure("nl_gpus", math.ceil(nl_peak * nl_gpu_s / gpu_util), "{:d} GPUs", "GPUs at peak for parse and re-rank")
figure("nl_fleet_usd_day", math.ceil(nl_peak * nl_gpu_s / gpu_util) * usd_gpu_h * 24, "${:,.0f}/day", "The peak-sized GPU pool held all day (no autoscaling)")
figure("nl_gpus_reasons", math.ceil(nl_peak * (g_rs + p_gpu) / gpu_util), "{:d} GPUs", "GPUs at peak if every re-rank writes reasons")
classic_usd = cpu_ms / 1000 / cpu_util * core_usd_h / 3600
figure("classic_usd_1k", classic_usd * 1000, "${:.5f}", "Index CPU cost per 1,000 classic searches")
figure("nl_vs_classic_x", nl_usd / classic_usd, "{:,.0f}x", "Model cost of a natural-language search over the CPU cost of a classic one")
figure("nl_latency_ms", p_lat * 1000 + retrieval_ms + l_ids * 1000, "{:,.0f} ms", "Parse, retrieval and ids-only re-rank end to end")
figure("nl_latency_x", (p_lat * 1000 + retrieval_ms + l_ids * 1000) / search_budget_ms, "{:.0f}x", "That over the classic search budget")

# Place embeddings in memory
for name, bpd in (("fp32", 4), ("fp16", 2), ("int8", 1)):
    figure(f"emb_{name}_gb", places * emb_dim * bpd / 1e9, "{:,.0f} GB", f"All place embeddings in {name}")
figure("emb_pq_gb", places * pq_bytes / 1e9, "{:.1f} GB", "All place embeddings as 64-byte PQ codes")
figure("emb_int8_x_index", places * emb_dim / (places * entry_b * index_overhead), "{:.0f}x", "int8 embeddings over the geo index")
figure("emb_fetch_mb", cand * emb_dim / 1e6, "{:.1f} MB", "int8 embeddings read per dense-centre query")
emb_all_s = 2 * enc_params * place_doc_tok * places / (gpu.bf16_dense_flops * mfu)
figure("emb_all_gpu_h", emb_all_s / 3600, "{:.0f} GPU-hours", "Embedding every place once")
figure("emb_all_usd", emb_all_s * usd_gpu_s, "${:,.0f}", "Cost of embedding every place once")

# Review summaries, batch
summ_prompt = instr_tok + summ_reviews * review_tok
figure("summ_prompt_tok", summ_prompt, "{:,d} tokens", "Summary prompt")
s_gpu, s_lat, s_step = call(summ_prompt, summ_out_tok, batch_offline)
figure("summ_gpu_ms", s_gpu * 1000, "{:.0f} ms", "GPU time per summary")
figure("summ_step_ms", s_step * 1000, "{:.1f} ms", "Decode step at the batch size")
figure("summ_lat_s", s_lat, "{:.1f} s", "Wall time of one summary inside a batch")
figure("summ_prefill_share", llm.prefill_time_s(params, summ_prompt, gpu.bf16_dense_flops, mfu) / s_gpu, "{:.0%}", "Share of a summary's GPU time spent reading reviews")
s_usd = s_gpu * usd_gpu_s
figure("summ_usd_1k", s_usd * 1000, "${:.2f}", "Cost per 1,000 businesses summarised")
eligible = places * summ_eligible
figure("summ_eligible_n", eligible / 1e6, "{:.0f} million places", "Places with a summary")
figure("summ_full_usd", eligible * s_usd, "${:,.0f}", "One full pass over every eligible place")
figure("summ_full_gpu_h", eligible * s_gpu / 3600, "{:,.0f} GPU-hours", "GPU-hours of a full pass")
refresh_day = reviews_day / refresh_new + eligible / refresh_days
figure("summ_refresh_day", refresh_day / 1e3, "{:,.0f} thousand/day", "Summaries refreshed per day")
figure("summ_refresh_usd_day", refresh_day * s_usd, "${:,.0f}/day", "Refresh cost per day")
figure("summ_gpus", math.ceil(refresh_day * s_gpu / DAY / batch_job_util), "{:d} GPUs", "GPUs for the refresh at batch utilisation")
figure("summ_ondemand_usd_day", views_day * s_usd, "${:,.0f}/day", "Generating a summary on every page view instead")
pre70 = llm.prefill_time_s(params70, summ_prompt, gpu.bf16_dense_flops, mfu)
figure("summ70_x", params70 / params, "{:.1f}x", "Prefill compute of a 70B model over the 8B")
figure("summ70_full_usd", eligible * pre70 * usd_gpu_s, "${:,.0f}", "Prefill alone of a full pass with a 70B model")
figure("summ_store_gb", eligible * summ_out_tok * ref.CHARS_PER_TOKEN_EN / 1e9, "{:.0f} GB", "Stored summaries")

# Machine-written fakes
f_gpu, _, f_step = call(fake_prompt_tok, fake_out_tok, batch_offline)
figure("fake_usd_1k", f_gpu * usd_gpu_s * 1000, "${:.3f}", "GPU cost of 1,000 machine-written reviews")
figure("fake_per_gpu_day", DAY / f_gpu / 1e6, "{:.1f} million/day", "Fake reviews one GPU can write per day")
figure("fake_vs_daily", (DAY / f_gpu) / reviews_day, "{:.1f}x", "One GPU's daily output over all genuine daily reviews")

# Chart 2: re-rank latency and cost against candidates
ns = np.array([5, 10, 20, 30, 50, 80])
lat_ids, usd_k = [], []
for n in ns:
    pr = instr_tok + query_tok + int(n) * cand_tok
    g, lt, _ = call(pr, out_tok_ids, batch_online)
    lat_ids.append(lt * 1000 + p_lat * 1000 + retrieval_ms)
    usd_k.append((g + p_gpu) * usd_gpu_s * 1000)
fig, ax = new_chart()
ax.plot(ns, lat_ids, marker="o", color=SERIES[0], label="end-to-end latency (ms)")
ax.axhline(search_budget_ms, color=plt.rcParams["axes.edgecolor"], linestyle=":", linewidth=1.2, label="classic search budget")
ax.set_xlabel("candidates the model re-ranks")
ax.set_ylabel("latency (ms)")
ax2 = ax.twinx()
ax2.plot(ns, usd_k, marker="s", color=SERIES[1], label="model cost per 1,000 searches ($)")
ax2.set_ylabel("$ per 1,000 searches")
ax2.grid(False)
ax2.set_ylim(0, max(usd_k) * 1.15)
ax.set_ylim(0, max(lat_ids) * 1.15)
ax2.spines["right"].set_visible(True)
h1, l1 = ax.get_legend_handles_labels()
h2, l2 = ax2.get_legend_handles_labels()
ax.legend(h1 + h2, l1 + l2, frameon=False, fontsize=9, loc="upper left")
ax.set_title("Natural-language search: latency and cost against candidates")
show(fig, alt="Chart of a natural-language search's end-to-end latency and model cost against the number of candidates the "
              "model re-ranks, from 5 to 80: latency stays far above the 200 ms classic budget at every size because the "
              "parse and the decode steps dominate, while cost per 1,000 searches grows roughly linearly with candidates "
              "as the prompt grows.")

# %% [markdown]
# ## 11. Scaling 10x, 100x, 1000x

# %%
for m in (10, 100, 1000):
    figure(f"search_peak_{m}x", s_peak * m, "{:,.0f} searches/s", f"Peak searches at {m}x")
    figure(f"replicas_{m}x", math.ceil(s_peak * m / qps_node), "{:,d}", f"Index servers by CPU at {m}x")
    figure(f"nl_gpus_{m}x", math.ceil(nl_peak * m * nl_gpu_s / gpu_util), "{:,d} GPUs", f"Natural-language GPUs at {m}x")
    figure(f"egress_{m}x", egress * m / 1000, "{:,.1f} Tbit/s", f"Photo egress at {m}x")
    figure(f"photos_pb_y_{m}x", photos_tb_day * YEAR_DAYS / 1000 * m, "{:,.0f} PB/year", f"Photo bytes per year at {m}x")
    figure(f"page_db_{m}x", v_peak * (1 - page_hit) * m, "{:,.0f} reads/s", f"Place-page database reads at {m}x")
for m in (10, 100):
    figure(f"index_gb_{m}x_places", index_gb * m, "{:,.0f} GB", f"Geo index with {m}x the places")
