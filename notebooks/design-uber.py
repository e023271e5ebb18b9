# %% [markdown]
# # Design Uber (matching, location updates, ETA): the estimates
#
# Every number the walkthrough quotes is computed here. Inputs first, each declared once with
# `assume`; then the sections:
#
# 1. Inputs
# 2. Location ingestion: writes per second, bandwidth, the common slips
# 3. Cells: geohash, S2 and H3 sizes, rings, cells per city
# 4. The supply index: memory, shards, and where the MVP's stores break
# 5. The read side: nearby cars and riders watching their driver
# 6. Trips, requests, offers and the trip store
# 7. Matching: greedy against batched (a small simulation, and the chart), the dispatch budget,
#    the double-dispatch race
# 8. ETA: calls per second and per trip
# 9. Surge: a toy feedback loop (chart)
# 10. GPS noise: phantom distance and the cost of map-matching
# 11. City failover: the reconnect storm
# 12. Storage
# 13. The AI angle: ETA and forecast inference, an LLM support agent, spoofing, agents booking rides
# 14. Scaling 10x, 100x, 1000x

# %% [markdown]
# ## 1. Inputs
#
# None of the four sources gives traffic for this question (the Educative outline lists "Design
# Uber" among its classic problems, with fraud detection as a theme), so every input is an
# assumption of this walkthrough, a design choice, or a published constant checked on the date
# given on the page. Cell sizes come from the H3 and S2 documentation tables; GPU and model
# constants from `estimates.reference`; LLM formulas from `estimates.llm`.

# %%
import math

import numpy as np

from estimates import assume, assumptions_table, figure
from estimates import llm
from estimates import reference as ref
from estimates.charts import SERIES, new_chart, show

DAY = ref.SECONDS_PER_DAY
YEAR_DAYS = ref.DAYS_PER_YEAR

# Fleet and trips
drivers_peak = assume("drivers_peak", 1_000_000, "{:,.0f} drivers", "Drivers online at the global peak", "assumption")
drivers_registered = assume("drivers_registered", 5_000_000, "{:,.0f} drivers", "Registered drivers (the number people wrongly multiply)", "assumption")
update_s = assume("update_s", 4, "{:d} s", "Driver app location update interval while online", "design choice")
peak_x = assume("peak_x", 2.5, "{:.1f}x", "Peak over daily mean (drivers online and trips)", "assumption")
engaged_share = assume("engaged_share", 0.55, "{:.0%}", "Share of online driver time spent driving to a pickup or on a trip", "assumption")
pickup_min = assume("pickup_min", 5, "{:d} min", "Mean drive to the pickup", "assumption")
trip_min = assume("trip_min", 17, "{:d} min", "Mean trip from pickup to drop-off", "assumption")
req_per_trip = assume("req_per_trip", 1.25, "{:.2f}", "Ride requests per completed trip (cancels, no driver found)", "assumption")
quotes_per_req = assume("quotes_per_req", 4, "{:d}", "Price-and-ETA quotes shown per ride request", "assumption")
decline = assume("decline", 0.20, "{:.0%}", "Share of offers a driver declines or lets expire", "assumption")
browsing_peak = assume("browsing_peak", 1_000_000, "{:,.0f} riders", "Riders with the app open on the map at peak, not yet in a trip", "assumption")
nearby_refresh_s = assume("nearby_refresh_s", 5, "{:d} s", "Refresh interval of the nearby-cars layer on the rider map", "design choice")

# Wire and memory
payload_b = assume("payload_b", 100, "{:d} B", "One location update as sent (ids, lat/lng, accuracy, speed, heading, time, sequence, state)", "assumption")
frame_b = assume("frame_b", 80, "{:d} B", "Per-message overhead on a persistent connection (TLS record, TCP/IP headers)", "assumption")
http_b = assume("http_b", 800, "{:d} B", "Per-request overhead of a fresh HTTP/1.1 POST with headers and a bearer token", "assumption")
entry_b = assume("entry_b", 128, "{:d} B", "One driver in the in-memory supply index, with hash-map overhead", "assumption")
shard_budget = assume("shard_budget", 100_000, "{:,d} ops/s", "Updates plus queries one index shard process sustains (planning budget)", "assumption")
pg_update_budget = assume("pg_update_budget", 5_000, "{:,d} updates/s", "Indexed UPDATEs of a hot row set one PostgreSQL primary sustains with its spatial index (planning budget)", "assumption")
largest_city_share = assume("largest_city_share", 0.06, "{:.0%}", "Share of online drivers in the largest metro area", "assumption")
city_km2 = assume("city_km2", 1_500, "{:,d} km2", "Served area of that metro", "assumption")
urban_km2 = assume("urban_km2", 100_000, "{:,d} km2", "Served area across every city", "assumption")
radius_km = assume("radius_km", 2.0, "{:.0f} km", "Search radius for pickup candidates", "design choice")

# Published cell sizes (H3 and S2 tables), checked on the date on the page
h3_r7 = assume("h3_r7_km2", 5.161293360, "{:.2f} km2", "H3 resolution 7 average hexagon area", "h3geo.org cell statistics table")
h3_r8 = assume("h3_r8_km2", 0.737327598, "{:.3f} km2", "H3 resolution 8 average hexagon area", "h3geo.org cell statistics table")
h3_r9 = assume("h3_r9_km2", 0.105332513, "{:.3f} km2", "H3 resolution 9 average hexagon area", "h3geo.org cell statistics table")
h3_r8_edge = assume("h3_r8_edge_km", 0.461354684, "{:.3f} km", "H3 resolution 8 average edge length", "h3geo.org cell statistics table")
h3_r8_maxmin = assume("h3_r8_maxmin", 1.992347, "{:.2f}x", "H3 resolution 8 largest over smallest hexagon area", "h3geo.org cell statistics table")
s2_l13 = assume("s2_l13_km2", 1.27, "{:.2f} km2", "S2 level 13 average cell area", "s2geometry.io cell statistics")
s2_l13_min = assume("s2_l13_min_km2", 0.76, "{:.2f} km2", "S2 level 13 smallest cell area", "s2geometry.io cell statistics")
s2_l13_max = assume("s2_l13_max_km2", 1.59, "{:.2f} km2", "S2 level 13 largest cell area", "s2geometry.io cell statistics")
s2_l14 = assume("s2_l14_km2", 0.32, "{:.2f} km2", "S2 level 14 average cell area", "s2geometry.io cell statistics")
earth_circ_km = assume("earth_circ_km", 40_075, "{:,d} km", "Earth's equatorial circumference (WGS84)", "reference")
lat_city = assume("lat_city", 52, "{:d} degrees", "Latitude of a northern city (London is about 51.5)", "reference")

# Matching and dispatch
speed_kmh = assume("speed_kmh", 25, "{:d} km/h", "Mean urban driving speed to a pickup", "assumption")
detour = assume("detour", 1.3, "{:.1f}", "Road distance over straight-line distance", "assumption")
zone_km = assume("zone_km", 6, "{:d} km", "Side of a busy matching zone", "assumption")
zone_idle = assume("zone_idle", 60, "{:d} drivers", "Idle drivers in that zone at a busy moment", "assumption")
zone_rate = assume("zone_rate", 2.5, "{:.1f} requests/s", "Ride requests in that zone at a busy moment", "assumption")
window_s = assume("window_s", 2, "{:d} s", "Batching window of the matcher", "design choice")
sim_trials = assume("sim_trials", 8, "{:d}", "Fewest random layouts per batch size in the matching simulation (small batches get more, up to 240 riders per size)", "design choice")
rtt_mobile_ms = assume("rtt_mobile_ms", 100, "{:d} ms", "Round trip between a phone and our edge on a mobile network", "assumption")
push_ms = assume("push_ms", 300, "{:d} ms", "Delivering an offer over the driver's open connection", "assumption")
supply_ms = assume("supply_ms", 5, "{:d} ms", "Supply index lookup for candidates", "assumption")
eta_batch_ms = assume("eta_batch_ms", 20, "{:d} ms", "One-to-many routing plus the ETA model for the candidates", "assumption")
solve_ms = assume("solve_ms", 10, "{:d} ms", "Assignment solve for one zone's batch", "assumption")
cas_ms = assume("cas_ms", 10, "{:d} ms", "Conditional write of the offer, replicated across three zones", "assumption")
decide_s = assume("decide_s", 6, "{:d} s", "Median time a driver takes to accept an offer", "assumption")
offer_ttl_s = assume("offer_ttl_s", 15, "{:d} s", "Offer lifetime before it expires", "design choice")
race_ms = assume("race_ms", 50, "{:d} ms", "Read-to-write gap of a dispatcher without conditional writes", "assumption")
top_k_overlap = assume("top_k_overlap", 5, "{:d} drivers", "Nearest drivers that concurrent requests in a zone compete for", "assumption")
candidates_k = assume("candidates_k", 20, "{:d} drivers", "Candidates ranked by ETA per dispatch decision", "design choice")
quote_k = assume("quote_k", 5, "{:d} drivers", "Nearby drivers priced into a quote's pickup ETA", "design choice")
eta_refresh_s = assume("eta_refresh_s", 10, "{:d} s", "ETA refresh interval while a driver is en route or on a trip", "design choice")
transitions = assume("transitions", 10, "{:d}", "Trip state changes per trip (request to paid)", "assumption")
trip_row_b = assume("trip_row_b", 2_000, "{:,d} B", "One trip row with its state history, fare breakdown and route summary", "assumption")
ping_row_b = assume("ping_row_b", 40, "{:d} B", "One archived ping in a columnar store before compression", "assumption")
col_compress = assume("col_compress", 5, "{:d}x", "Compression of ping archives in a columnar store", "assumption")

# Surge
surge_cell_share = assume("surge_cell_share", 0.3, "{:.0%}", "Share of served cells with any activity in a given minute", "assumption")
surge_tick_s = assume("surge_tick_s", 60, "{:d} s", "Surge recomputation interval", "design choice")

# GPS noise and map-matching
sigma_open = assume("sigma_open", 5, "{:d} m", "GPS error per axis, open sky (one standard deviation)", "assumption")
sigma_urban = assume("sigma_urban", 20, "{:d} m", "GPS error per axis between tall buildings", "assumption")
wait_min = assume("wait_min", 5, "{:d} min", "A driver waiting at a pickup or in traffic", "assumption")
mm_candidates = assume("mm_candidates", 5, "{:d}", "Candidate road segments per ping for the map-matcher", "assumption")

# Failover
reconnect_jitter_s = assume("reconnect_jitter_s", 10, "{:d} s", "Window over which reconnecting apps spread their retries", "design choice")
repl_lag_s = assume("repl_lag_s", 2, "{:d} s", "Cross-region replication lag of trip state (p99)", "assumption")

# AI angle
eta_cpu_ms = assume("eta_cpu_ms", 0.5, "{:.1f} ms", "CPU time of one ETA model inference, batched per request", "assumption")
server_cores = assume("server_cores", 32, "{:d} cores", "Cores per ETA server", "assumption")
cpu_util = assume("cpu_util", 0.5, "{:.0%}", "Target CPU utilisation of the ETA fleet", "design choice")
llm_eta_prompt = assume("llm_eta_prompt", 300, "{:d} tokens", "Prompt if a language model were asked for each ETA", "interviewer twist")
mfu = assume("mfu", 0.40, "{:.0%}", "Prefill utilisation of dense peak (MFU)", "assumption")
hbm_eff = assume("hbm_eff", 0.60, "{:.0%}", "Share of peak HBM bandwidth decode reaches", "assumption")
usd_gpu_h = assume("usd_gpu_h", 3.00, "${:.2f} per GPU-hour", "Cost of one H100 SXM hour (planning price)", "assumption")
forecast_horizons = assume("forecast_horizons", 6, "{:d}", "Forecast horizons per cell (5 to 30 minutes ahead)", "design choice")
contact_rate = assume("contact_rate", 0.015, "{:.1%}", "Trips that lead to a support contact", "assumption")
turns = assume("turns", 6, "{:d} turns", "Rider or driver messages in one support conversation", "assumption")
sys_tok = assume("sys_tok", 3_000, "{:,d} tokens", "System prompt, refund policy and tool definitions", "assumption")
trip_ctx_tok = assume("trip_ctx_tok", 2_000, "{:,d} tokens", "Trip record: route, fare breakdown, timeline, map-matched path summary", "assumption")
user_tok = assume("user_tok", 60, "{:d} tokens", "One user message", "assumption")
out_tok = assume("out_tok", 180, "{:d} tokens", "One agent reply, including a tool call when it makes one", "assumption")
tool_calls = assume("tool_calls", 3, "{:d}", "Tool calls per conversation (trip lookup, route comparison, refund)", "assumption")
tool_tok = assume("tool_tok", 600, "{:d} tokens", "Tokens one tool result adds to the context", "assumption")
agent_batch = assume("agent_batch", 32, "{:d}", "Concurrent conversations per model replica (decode batch)", "assumption")
agent_tp = assume("agent_tp", 4, "{:d} GPUs", "H100s per replica of the 70B support model (tensor parallel)", "design choice")
human_usd = assume("human_usd", 5.00, "${:.2f}", "Fully loaded cost of a contact handled by a person", "assumption")
resolve_share = assume("resolve_share", 0.60, "{:.0%}", "Contacts the agent resolves without a person", "assumption")
refund_share = assume("refund_share", 0.40, "{:.0%}", "Resolved contacts that end in a refund or fee reversal", "assumption")
refund_usd = assume("refund_usd", 8, "${:d}", "Mean refund", "assumption")
bad_refund_agent = assume("bad_refund_agent", 0.05, "{:.0%}", "Refunds the agent grants that policy did not allow", "assumption")
bad_refund_human = assume("bad_refund_human", 0.02, "{:.0%}", "The same for trained people", "assumption")
spoof_share = assume("spoof_share", 0.002, "{:.1%}", "Trips with a spoofed or manipulated GPS trace", "assumption")
spoof_recall = assume("spoof_recall", 0.85, "{:.0%}", "Spoofing detector recall per trip", "assumption")
spoof_fpr = assume("spoof_fpr", 0.002, "{:.1%}", "Spoofing detector false-positive rate per honest trip", "assumption")
agents_waiting = assume("agents_waiting", 200_000, "{:,.0f} agents", "Assistant agents at peak waiting for a price to drop", "interviewer twist")
agent_poll_s = assume("agent_poll_s", 10, "{:d} s", "How often such an agent asks for a fresh quote", "interviewer twist")
quote_cache_hit = assume("quote_cache_hit", 0.8, "{:.0%}", "Agent quotes answered from a cached quote for the same cells within 60 s", "assumption")

assumptions_table()

# %% [markdown]
# ## 2. Location ingestion
#
# Writes per second = online drivers / update interval. Bandwidth = writes x (payload + framing).

# %%
writes_peak = figure("writes_peak", drivers_peak / update_s, "{:,.0f} updates/s", "Location updates at peak")
drivers_mean = drivers_peak / peak_x
figure("drivers_mean", drivers_mean, "{:,.0f} drivers", "Drivers online on average")
writes_mean = figure("writes_mean", drivers_mean / update_s, "{:,.0f} updates/s", "Location updates on average")
figure("ingress_mb_s", writes_peak * (payload_b + frame_b) / 1e6, "{:.0f} MB/s", "Ingress at peak on persistent connections")
figure("ingress_gbit", writes_peak * (payload_b + frame_b) * 8 / 1e9, "{:.2f} Gbit/s", "The same in Gbit/s")
figure("ingress_http_mb_s", writes_peak * (payload_b + http_b) / 1e6, "{:.0f} MB/s", "Ingress at peak if each update is a fresh HTTP POST")
figure("http_x", (payload_b + http_b) / (payload_b + frame_b), "{:.1f}x", "HTTP-per-update bytes over persistent-connection bytes")
figure("writes_registered", drivers_registered / update_s, "{:,.0f} updates/s", "The slip: registered drivers instead of online ones")
figure("registered_x", drivers_registered / drivers_peak, "{:.0f}x", "How far the slip overstates the write rate")
pings_day = figure("pings_day", writes_mean * DAY / 1e9, "{:.1f} billion pings/day", "Pings per day") * 1e9
figure("writes_1s", drivers_peak / 1, "{:,.0f} updates/s", "Write rate at a 1 s interval")

# %% [markdown]
# ## 3. Cells
#
# Geohash: n characters carry 5n bits, longitude takes ceil(5n/2) and latitude floor(5n/2).
# A cell is 360 / 2^lon_bits degrees wide and 180 / 2^lat_bits degrees tall; a degree of
# longitude shrinks with cos(latitude). H3 k-ring: 1 + 3k(k+1) cells; hexagon centres sit
# sqrt(3) x edge apart.

# %%
def geohash_cell_km(n, lat_deg=0.0):
    lon_bits = math.ceil(5 * n / 2)
    lat_bits = math.floor(5 * n / 2)
    km_per_deg = earth_circ_km / 360
    width = 360 / 2 ** lon_bits * km_per_deg * math.cos(math.radians(lat_deg))
    height = 180 / 2 ** lat_bits * km_per_deg
    return width, height

w6, h6 = geohash_cell_km(6)
w6n, _ = geohash_cell_km(6, lat_city)
w5, h5 = geohash_cell_km(5)
w7, h7 = geohash_cell_km(7)
figure("gh6_w_km", w6, "{:.2f} km", "Geohash 6 cell width at the equator")
figure("gh6_h_km", h6, "{:.2f} km", "Geohash 6 cell height")
figure("gh6_w_north_km", w6n, "{:.2f} km", "Geohash 6 cell width at the northern city's latitude")
figure("gh6_km2", w6 * h6, "{:.2f} km2", "Geohash 6 cell area at the equator")
figure("gh6_north_km2", w6n * h6, "{:.2f} km2", "Geohash 6 cell area at the northern city's latitude")
figure("gh5_km", w5, "{:.1f} km", "Geohash 5 cell width at the equator (cells are about square)")
figure("gh7_m", w7 * 1000, "{:.0f} m", "Geohash 7 cell width at the equator")
figure("gh6_block_w_km", 3 * w6, "{:.1f} km", "Width of the 3 x 3 block of geohash 6 cells a query reads")

spacing = math.sqrt(3) * h3_r8_edge
figure("h3_r8_spacing_km", spacing, "{:.2f} km", "Distance between neighbouring H3 resolution 8 centres")
k_ring = math.ceil(radius_km / spacing)
ring_cells = 1 + 3 * k_ring * (k_ring + 1)
figure("k_ring", k_ring, "{:d}", "Rings of H3 res 8 cells to cover the search radius")
figure("ring_cells", ring_cells, "{:d} cells", "Cells in that k-ring")
figure("ring_km2", ring_cells * h3_r8, "{:.0f} km2", "Area the k-ring covers")
figure("circle_km2", math.pi * radius_km ** 2, "{:.1f} km2", "Area of the search circle")
figure("ring_over_circle", ring_cells * h3_r8 / (math.pi * radius_km ** 2), "{:.1f}x", "k-ring area over circle area (candidates filtered by distance after)")
figure("h3_r8_over_r9", h3_r8 / h3_r9, "{:.1f}x", "H3 area ratio between resolutions 8 and 9 (aperture 7)")
figure("s2_l13_spread", s2_l13_max / s2_l13_min, "{:.1f}x", "S2 level 13 largest over smallest cell")
figure("s2_l13_over_h3_r8", s2_l13 / h3_r8, "{:.1f}x", "S2 level 13 average area over H3 resolution 8")
city_drivers = figure("city_drivers", drivers_peak * largest_city_share, "{:,.0f} drivers", "Online drivers in the largest metro at peak")
density = city_drivers / city_km2
figure("density_km2", density, "{:.0f} drivers/km2", "Mean driver density there")
figure("drivers_per_r8", density * h3_r8, "{:.0f} drivers", "Drivers in a mean H3 res 8 cell there")
figure("drivers_in_ring", density * ring_cells * h3_r8, "{:,.0f} drivers", "Drivers a k-ring lookup returns at mean density")
figure("city_r8_cells", city_km2 / h3_r8, "{:,.0f} cells", "H3 res 8 cells in the metro")
all_cells = figure("all_r8_cells", urban_km2 / h3_r8, "{:,.0f} cells", "H3 res 8 cells across every served city")
figure("city_r7_cells", city_km2 / h3_r7, "{:,.0f} cells", "H3 res 7 cells in the metro")

# %% [markdown]
# ## 4. The supply index

# %%
figure("index_mb", drivers_peak * entry_b / 1e6, "{:.0f} MB", "Whole supply index in memory")
figure("index_city_mb", city_drivers * entry_b / 1e6, "{:.1f} MB", "Largest city's index in memory")
city_writes = figure("city_writes", city_drivers / update_s, "{:,.0f} updates/s", "Largest city's location updates at peak")
figure("index_shards_min", math.ceil(writes_peak / shard_budget), "{:d} shards", "Shards the global write rate alone needs")
pg_drivers = figure("pg_drivers", pg_update_budget * update_s, "{:,.0f} drivers", "Online drivers one PostgreSQL table of positions carries")
nearby_reads = browsing_peak / nearby_refresh_s
per_driver_ops = 1 / update_s + (browsing_peak / drivers_peak) / nearby_refresh_s
figure("redis_drivers", shard_budget / per_driver_ops, "{:,.0f} drivers", "Online drivers one index shard carries with the nearby-cars reads on it")

# %% [markdown]
# ## 5. The read side

# %%
figure("nearby_reads", nearby_reads, "{:,.0f} reads/s", "Nearby-cars reads at peak")
figure("nearby_over_writes", nearby_reads / writes_peak, "{:.1f}x", "Nearby-cars reads over location writes")
engaged_peak = figure("engaged_peak", drivers_peak * engaged_share, "{:,.0f} trips", "Trips in progress or en route to a pickup at peak")
figure("watch_pushes", engaged_peak / update_s, "{:,.0f} pushes/s", "Driver positions pushed to waiting or riding riders")
active_r8 = all_cells * surge_cell_share
figure("snapshot_cells", active_r8, "{:,.0f} cells", "Active cells whose nearby-cars snapshot is rebuilt each second")

# %% [markdown]
# ## 6. Trips, requests, offers

# %%
engaged_s = (pickup_min + trip_min) * 60
trips_peak = figure("trips_peak", engaged_peak / engaged_s, "{:,.0f} trips/s", "Trips started per second at peak (Little's law)")
trips_day = figure("trips_day", trips_peak / peak_x * DAY / 1e6, "{:.1f} million trips/day", "Trips per day") * 1e6
req_peak = figure("req_peak", trips_peak * req_per_trip, "{:,.0f} requests/s", "Ride requests at peak")
quotes_peak = figure("quotes_peak", req_peak * quotes_per_req, "{:,.0f} quotes/s", "Quotes at peak")
offers_per_req = 1 / (1 - decline)
figure("offers_per_req", offers_per_req, "{:.2f}", "Offers per request (a declined offer is re-sent)")
offers_peak = figure("offers_peak", req_peak * offers_per_req, "{:,.0f} offers/s", "Offers at peak")
trip_writes = figure("trip_writes", trips_peak * transitions, "{:,.0f} writes/s", "Trip state writes at peak")
figure("trip_writes_city", trips_peak * transitions * largest_city_share, "{:,.0f} writes/s", "Trip state writes in the largest city at peak")
figure("trip_vs_location", writes_peak / (trips_peak * transitions), "{:,.0f}x", "Location writes over trip writes")

# %% [markdown]
# ## 7. Matching
#
# A small simulation. Idle drivers and riders are uniform in a square zone; pickup time =
# straight-line distance x detour factor / speed. Greedy: riders in arrival order each take the
# nearest free driver. Batched: one optimal assignment (minimum total pickup time) over the
# riders of one window, solved with the Hungarian algorithm (O(n^2 m), a vectorised version
# of the textbook shortest-augmenting-path form). Results depend on the random layouts; the
# seed is fixed so the page is reproducible.

# %%
def hungarian(cost):
    """Minimum-cost assignment of every row to a distinct column (rows <= columns)."""
    n, m = cost.shape
    INF = 1e18
    u = np.zeros(n + 1)
    v = np.zeros(m + 1)
    p = np.zeros(m + 1, dtype=int)
    way = np.zeros(m + 1, dtype=int)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = np.full(m + 1, INF)
        used = np.zeros(m + 1, dtype=bool)
        while True:
            used[j0] = True
            i0 = p[j0]
            cur = cost[i0 - 1] - u[i0] - v[1:]
            free = ~used[1:]
            better = free & (cur < minv[1:])
            minv[1:][better] = cur[better]
            way[1:][better] = j0
            cand = np.where(free, minv[1:], INF)
            j1 = int(np.argmin(cand)) + 1
            delta = cand[j1 - 1]
            used_idx = np.nonzero(used)[0]
            u[p[used_idx]] += delta
            v[used_idx] -= delta
            minv[1:][free] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    cols = np.full(n, -1)
    for j in range(1, m + 1):
        if p[j]:
            cols[p[j] - 1] = j - 1
    return cols


def greedy(cost):
    taken = np.zeros(cost.shape[1], dtype=bool)
    cols = np.empty(cost.shape[0], dtype=int)
    for i in range(cost.shape[0]):
        row = np.where(taken, np.inf, cost[i])
        cols[i] = int(np.argmin(row))
        taken[cols[i]] = True
    return cols


# check the solver against brute force on small cases
from itertools import permutations
_rng = np.random.default_rng(7)
for _ in range(20):
    c = _rng.random((4, 5))
    best = min(sum(c[i, perm[i]] for i in range(4)) for perm in permutations(range(5), 4))
    got = c[np.arange(4), hungarian(c)].sum()
    assert abs(best - got) < 1e-9

rng = np.random.default_rng(2026)
min_per_km = 60 / speed_kmh
batch_sizes = [1, 2, 5, 10, 20, 30, 40, 50]
greedy_mean, batch_mean, greedy_p90, batch_p90 = [], [], [], []
for n in batch_sizes:
    g_all, b_all = [], []
    for _ in range(max(int(sim_trials), 240 // n)):
        drivers = rng.random((zone_idle, 2)) * zone_km
        riders = rng.random((n, 2)) * zone_km
        dist = np.linalg.norm(riders[:, None, :] - drivers[None, :, :], axis=2)
        cost = dist * detour * min_per_km
        g_all.append(cost[np.arange(n), greedy(cost)])
        b_all.append(cost[np.arange(n), hungarian(cost)])
    g_all = np.concatenate(g_all)
    b_all = np.concatenate(b_all)
    greedy_mean.append(g_all.mean())
    batch_mean.append(b_all.mean())
    greedy_p90.append(np.percentile(g_all, 90))
    batch_p90.append(np.percentile(b_all, 90))

def at(n):
    return batch_sizes.index(n)

n_window = int(round(zone_rate * window_s))
figure("window_riders", n_window, "{:d} riders", "Riders in one batching window in the busy zone")
figure("sim_greedy_5", greedy_mean[at(5)], "{:.2f} min", "Mean pickup, greedy, 5 riders against the idle pool")
figure("sim_batch_5", batch_mean[at(5)], "{:.2f} min", "Mean pickup, batched, 5 riders")
figure("sim_gain_5", 1 - batch_mean[at(5)] / greedy_mean[at(5)], "{:.0%}", "Pickup time saved by batching 5 riders")
figure("sim_greedy_40", greedy_mean[at(40)], "{:.2f} min", "Mean pickup, greedy, 40 riders against 60 idle drivers")
figure("sim_batch_40", batch_mean[at(40)], "{:.2f} min", "Mean pickup, batched, 40 riders")
figure("sim_gain_40", 1 - batch_mean[at(40)] / greedy_mean[at(40)], "{:.0%}", "Pickup time saved by batching 40 riders")
figure("sim_p90_greedy_40", greedy_p90[at(40)], "{:.1f} min", "90th percentile pickup, greedy, 40 riders")
figure("sim_p90_batch_40", batch_p90[at(40)], "{:.1f} min", "90th percentile pickup, batched, 40 riders")
figure("sim_p90_greedy_50", greedy_p90[at(50)], "{:.1f} min", "90th percentile pickup, greedy, 50 riders")
figure("sim_p90_batch_50", batch_p90[at(50)], "{:.1f} min", "90th percentile pickup, batched, 50 riders")
figure("sim_greedy_50", greedy_mean[at(50)], "{:.2f} min", "Mean pickup, greedy, 50 riders (supply nearly exhausted)")
figure("sim_batch_50", batch_mean[at(50)], "{:.2f} min", "Mean pickup, batched, 50 riders")
figure("sim_gain_50", 1 - batch_mean[at(50)] / greedy_mean[at(50)], "{:.0%}", "Pickup time saved by batching 50 riders")
figure("window_for_40", 40 / zone_rate, "{:.0f} s", "Window that gathers 40 riders at the zone's request rate")
figure("window_wait_s", window_s / 2, "{:.0f} s", "Mean extra wait a window adds")
figure("sim_trials_total", sum(max(int(sim_trials), 240 // n) for n in batch_sizes), "{:d}", "Random layouts simulated")

fig, ax = new_chart()
xs = np.array(batch_sizes)
ax.plot(xs, greedy_mean, color=SERIES[1], marker="o", label="greedy: nearest free driver, one rider at a time")
ax.plot(xs, batch_mean, color=SERIES[0], marker="o", label="batched: one optimal assignment per window")
ax.plot(xs, greedy_p90, color=SERIES[1], linestyle="--", label="greedy, 90th percentile")
ax.plot(xs, batch_p90, color=SERIES[0], linestyle="--", label="batched, 90th percentile")
ax.set_xlabel(f"riders matched together (against {zone_idle} idle drivers in a {zone_km} km zone)")
ax.set_ylabel("pickup time (min)")
ax.set_title("Greedy against batched matching")
ax.legend(frameon=False, fontsize=8, loc="upper left")
show(fig, alt="Line chart of pickup time against the number of riders matched together, with 60 idle drivers in a "
              "6 km zone: with a few riders greedy and batched matching give the same pickup times, and as the "
              "riders approach the number of idle drivers greedy matching's mean and especially its 90th "
              "percentile pickup times climb well above the batched assignment's.")

# %% [markdown]
# ### Dispatch latency budget and the race

# %%
system_ms = rtt_mobile_ms + supply_ms + eta_batch_ms + solve_ms + cas_ms + push_ms
figure("system_ms", system_ms, "{:,d} ms", "System time from request to offer on the driver's screen, excluding the window")
figure("system_window_ms", system_ms + window_s * 1000 / 2, "{:,.0f} ms", "The same with the mean batching wait")
to_match_s = (system_ms / 1000 + window_s / 2 + decide_s + (offers_per_req - 1) * offer_ttl_s * 0.5 + push_ms / 1000)
figure("to_match_s", to_match_s, "{:.0f} s", "Expected time from request to 'driver on the way' (declines cost half a lifetime each)")
figure("human_share", decide_s / to_match_s, "{:.0%}", "Share of that time the driver's decision takes")
p_collide = zone_rate * race_ms / 1000 / top_k_overlap
figure("race_p", p_collide, "{:.1%}", "Chance a request in the busy zone races another for the same driver without conditional writes")
busy_share = 0.3
figure("race_day", trips_day * req_per_trip * busy_share * p_collide, "{:,.0f} requests/day", "Double dispatches a day if 30% of requests are in zones that busy")

# %% [markdown]
# ## 8. ETA

# %%
eta_quotes = quotes_peak * (1 + quote_k)
eta_dispatch = req_peak * candidates_k
eta_live = engaged_peak / eta_refresh_s
eta_total = eta_quotes + eta_dispatch + eta_live
figure("eta_quotes", eta_quotes, "{:,.0f} ETAs/s", "ETAs for quotes at peak (trip plus nearby pickups)")
figure("eta_dispatch", eta_dispatch, "{:,.0f} ETAs/s", "ETAs for dispatch candidates at peak")
figure("eta_live", eta_live, "{:,.0f} ETAs/s", "ETA refreshes for riders waiting or riding at peak")
figure("eta_total", eta_total, "{:,.0f} ETAs/s", "ETAs at peak, all uses")
figure("eta_live_share", eta_live / eta_total, "{:.0%}", "Share of ETAs that are live refreshes")
per_trip_quotes = quotes_per_req * (1 + quote_k) * req_per_trip
per_trip_dispatch = candidates_k * req_per_trip
per_trip_live = engaged_s / eta_refresh_s
per_trip = per_trip_quotes + per_trip_dispatch + per_trip_live
figure("eta_per_trip", per_trip, "{:.0f} ETAs", "ETA computations per completed trip")
figure("eta_per_trip_live", per_trip_live, "{:.0f}", "Of which live refreshes")

# %% [markdown]
# ## 9. Surge as a feedback loop (toy model)
#
# One zone, one-minute steps. Demand at multiplier p is d0 x p^-elasticity. Idle supply gains
# drivers finishing trips nearby plus drivers repositioning in response to the price they saw
# `lag` minutes ago, and loses drivers to matches and to drift. Three controllers: the naive one
# sets the price from this minute's demand/supply ratio; the damped one moves a third of the way
# towards that target and changes at most 0.2x a minute; the forecast one is damped but prices
# the largest demand expected over the next `lag` minutes (an event schedule or a demand model).
# A toy for the shape of the loop, not a calibrated model.

# %%
elasticity = assume("elasticity", 0.5, "{:.1f}", "Price elasticity of ride demand in the toy model", "assumption")
lag_min = assume("lag_min", 6, "{:d} min", "Delay before repositioning drivers arrive in the toy model", "assumption")
surge_cap = assume("surge_cap", 3.0, "{:.1f}x", "Highest multiplier allowed", "design choice")


def base_demand(t):
    return 60.0 if 15 <= t < 45 else 25.0


def run_surge(mode, minutes=90, gain=0.33, max_step=0.2):
    s = 40.0
    p_hist = [1.0] * (int(lag_min) + 1)
    prices, unmet = [], []
    for t in range(minutes):
        p = p_hist[-1]
        demand = base_demand(t) * p ** (-elasticity)
        matched = min(s, demand)
        unmet.append(demand - matched)
        inflow = 22.0 + 30.0 * (p_hist[-1 - int(lag_min)] - 1.0)
        s = max(0.0, s - matched + inflow - 0.05 * s)
        if mode == "forecast":
            expected = max(base_demand(t + k) for k in range(int(lag_min) + 1)) * p ** (-elasticity)
        else:
            expected = demand
        target = min(surge_cap, max(1.0, expected / max(s, 1.0)))
        if mode == "naive":
            new_p = target
        else:
            new_p = p + max(-max_step, min(max_step, gain * (target - p)))
        p_hist.append(new_p)
        prices.append(new_p)
    return np.array(prices), np.array(unmet)


runs = {m: run_surge(m) for m in ("naive", "damped", "forecast")}
for m, (pr, un) in runs.items():
    figure(f"surge_{m}_swings", int(np.sum(np.abs(np.diff(pr)) > 0.5)), "{:d}", f"Minute-to-minute price jumps above 0.5x, {m} controller")
    figure(f"surge_{m}_unmet", un.sum(), "{:,.0f} requests", f"Requests left unmatched over the run, {m} controller")
    figure(f"surge_{m}_peak_unmet", un.max(), "{:.0f} requests/min", f"Worst minute of unmatched requests, {m} controller")
figure("surge_naive_max", runs["naive"][0].max(), "{:.1f}x", "Highest multiplier the naive controller sets")
figure("surge_ticks_s", active_r8 / surge_tick_s, "{:,.0f} cells/s", "Cells recomputed per second across every city")

fig, ax = new_chart()
minutes = np.arange(len(runs["naive"][0]))
ax.plot(minutes, runs["naive"][0], color=SERIES[1], label="naive: price = this minute's demand/supply")
ax.plot(minutes, runs["damped"][0], color=SERIES[0], label="damped: a third of the way, at most 0.2x a minute")
ax.plot(minutes, runs["forecast"][0], color=SERIES[3], linestyle="--", label="damped, pricing the forecast demand")
ax.axvspan(15, 45, color=SERIES[2], alpha=0.12, label="demand spike (event lets out)")
ax.set_xlabel("minute")
ax.set_ylabel("surge multiplier")
ax.set_ylim(0.9, float(surge_cap) + 0.6)
ax.set_title("Surge as a feedback loop with a supply lag (toy model)")
ax.legend(frameon=False, fontsize=8, loc="upper right")
show(fig, alt="Line chart of the surge multiplier over 90 minutes in a toy model of one zone with a demand spike "
              "from minute 15 to 45 and a six-minute delay before repositioning drivers arrive: the naive controller "
              "that prices from the current demand-to-supply ratio swings between the cap and no surge, the damped "
              "controller rises and falls smoothly, and the damped controller that prices forecast demand starts "
              "rising a few minutes before the spike.")

# %% [markdown]
# ## 10. GPS noise and map-matching
#
# Two independent fixes of a stationary phone with per-axis error sigma differ by a Rayleigh
# distance with scale sigma x sqrt(2); its mean is sigma x sqrt(pi). Summing raw fix-to-fix
# distances of a car that is not moving adds that much per interval.

# %%
pings_wait = wait_min * 60 / update_s
figure("pings_wait", pings_wait, "{:.0f} pings", "Pings while waiting")
figure("jitter_step_open_m", sigma_open * math.sqrt(math.pi), "{:.1f} m", "Mean phantom step between two fixes, open sky")
figure("jitter_step_urban_m", sigma_urban * math.sqrt(math.pi), "{:.1f} m", "Mean phantom step between two fixes, between towers")
figure("phantom_open_km", pings_wait * sigma_open * math.sqrt(math.pi) / 1000, "{:.2f} km", "Phantom distance while waiting, open sky")
figure("phantom_urban_km", pings_wait * sigma_urban * math.sqrt(math.pi) / 1000, "{:.1f} km", "Phantom distance while waiting, between towers")
step_m = speed_kmh / 3.6 * update_s
figure("step_m", step_m, "{:.0f} m", "Distance a car moves between pings at the mean speed")
figure("android_68_open_m", sigma_open * math.sqrt(-2 * math.log(1 - 0.68)), "{:.0f} m", "68% radius implied by the open-sky sigma (what Android reports as accuracy)")
on_trip_pings = engaged_peak / update_s
figure("mm_per_ping", mm_candidates ** 2, "{:d} route distances", "Route distances one ping's candidates need against the previous ping's")
figure("mm_pings", on_trip_pings, "{:,.0f} pings/s", "Pings of engaged drivers at peak (the ones worth map-matching online)")
figure("mm_transitions", on_trip_pings * mm_candidates ** 2, "{:,.0f} transitions/s", "HMM transitions to score at peak (candidates squared per ping)")
figure("mm_transitions_all", writes_peak * mm_candidates ** 2, "{:,.0f} transitions/s", "The same if every ping were map-matched")

# %% [markdown]
# ## 11. City failover

# %%
figure("reconnect_rate", city_drivers / reconnect_jitter_s, "{:,.0f} connections/s", "New connections per second when the largest city fails over")
city_engaged = city_drivers * engaged_share
figure("city_engaged", city_engaged, "{:,.0f} trips", "Trips in flight in the largest city at peak")
figure("lag_trips", trips_peak * largest_city_share * repl_lag_s, "{:.0f} trips", "Trips started inside the replication lag window in that city")
figure("rebuild_s", update_s, "{:d} s", "Time to rebuild the supply index from fresh pings after failover")
figure("expire_s", 3 * update_s, "{:d} s", "A silent driver leaves the index after three missed pings")
figure("lost_events_lag", trips_peak * largest_city_share * transitions * repl_lag_s, "{:,.0f} state changes", "Trip state changes the lag window can hold")

# %% [markdown]
# ## 12. Storage

# %%
figure("trips_gb_day", trips_day * trip_row_b / 1e9, "{:.0f} GB/day", "Trip rows per day")
figure("trips_tb_year", trips_day * trip_row_b * YEAR_DAYS / 1e12, "{:.0f} TB/year", "Trip rows per year, one copy")
figure("pings_tb_day_raw", pings_day * ping_row_b / 1e12, "{:.2f} TB/day", "Ping archive per day, uncompressed")
figure("pings_tb_year", pings_day * ping_row_b / col_compress * YEAR_DAYS / 1e12, "{:.0f} TB/year", "Ping archive per year, compressed")
figure("pg_rows_day", pings_day / 1e9, "{:.1f} billion rows/day", "Rows a day if every ping were inserted into a relational table")

# %% [markdown]
# ## 13. The AI angle
#
# ### ETA and forecasting inference

# %%
eta_cores = eta_total * eta_cpu_ms / 1000 / cpu_util
figure("eta_cores", eta_cores, "{:,.0f} cores", "CPU cores for ETA inference at peak")
figure("eta_servers", math.ceil(eta_cores / server_cores), "{:d} servers", "ETA servers at peak")
figure("forecast_per_s", active_r8 * forecast_horizons / 60, "{:,.0f} predictions/s", "Demand forecasts per second (active cells, horizons, every minute)")

model8 = ref.MODELS["llama-3.1-8b"]
gpu = ref.GPUS["h100-sxm"]
p8 = llm.param_count(model8)
llm_eta_gpu_s = llm.prefill_time_s(p8, int(llm_eta_prompt), gpu.bf16_dense_flops, mfu)
figure("llm_eta_ms", llm_eta_gpu_s * 1000, "{:.1f} ms", "GPU time of one 8B prefill per ETA (2 x params x tokens / (peak x MFU))")
figure("llm_eta_gpus", math.ceil(eta_total * llm_eta_gpu_s), "{:,d} GPUs", "H100s busy at peak for the prefills alone")
figure("llm_eta_usd_day", math.ceil(eta_total * llm_eta_gpu_s) * usd_gpu_h * 24, "${:,.0f}/day", "Those GPUs for a day at the planning price")
figure("llm_eta_usd_trip", per_trip * llm_eta_gpu_s * usd_gpu_h / 3600, "${:.4f}", "The same per trip (GPU time per ETA x ETAs per trip)")
figure("llm_over_cpu", llm_eta_gpu_s * 1000 / eta_cpu_ms, "{:,.0f}x", "LLM prefill time per ETA over the CPU model's time")

# %% [markdown]
# ### An LLM support agent: cost per conversation
#
# Llama 3.1 70B shapes as a stand-in for a capable model, on 4 H100 SXM with tensor parallelism.
# Prefill GPU-seconds = 2 x params x tokens / (per-GPU dense peak x MFU). Decode: one step reads
# the weights once plus every sequence's KV cache (roofline, memory-bound), on the replica's
# summed HBM bandwidth at `hbm_eff` (all-reduce time ignored); GPU-seconds per output token =
# GPUs x step time / batch.

# %%
model70 = ref.MODELS["llama-3.1-70b"]
p70 = llm.param_count(model70)
w70 = llm.weights_bytes(model70)
kv70 = llm.kv_cache_bytes_per_token(model70)
figure("ag_params_b", p70 / 1e9, "{:.1f} billion", "Parameters of the 70B stand-in (from its shapes)")
figure("ag_weights_gb", w70 / 1e9, "{:.0f} GB", "BF16 weights")
figure("ag_kv_kib", kv70 / 1024, "{:.0f} KiB", "KV cache per token (2 x 80 layers x 8 KV heads x 128 x 2 B)")
figure("ag_kv_mha_x", llm.kv_cache_bytes_per_token_if_mha(model70) / kv70, "{:.0f}x", "Overstatement if the 64 query heads are used instead of the 8 KV heads")
figure("ag_gpus_hold", llm.gpus_to_hold(w70, gpu), "{:d} GPUs", "H100s that merely hold the weights at 90% usable memory")

# Context per turn: the base (system prompt, policy, trip record), the history of earlier turns,
# this turn's message and any tool result. Without prefix caching every turn re-reads it all;
# with it, only new tokens are prefilled (earlier replies already have their KV cache).
base = sys_tok + trip_ctx_tok
history, prefill_full = base, 0
for t in range(int(turns)):
    tool = tool_tok if t < tool_calls else 0
    prompt = history + user_tok + tool
    prefill_full += prompt
    history = prompt + out_tok
prefill_new = base + turns * user_tok + tool_calls * tool_tok
final_ctx = history
out_total = turns * out_tok
figure("ag_final_ctx", final_ctx, "{:,.0f} tokens", "Context at the end of a conversation")
figure("ag_prefill_full", prefill_full, "{:,.0f} tokens", "Prompt tokens processed if every turn re-reads the whole context")
figure("ag_prefill_cached", prefill_new, "{:,.0f} tokens", "Prompt tokens processed with prefix caching")
figure("ag_out_total", out_total, "{:,.0f} tokens", "Output tokens per conversation")

def prefill_gpu_s(tokens):
    return 2 * p70 * tokens / (gpu.bf16_dense_flops * mfu)

mean_ctx = (base + final_ctx) / 2
step = llm.decode_step_time_s(w70, kv70, int(agent_batch), int(mean_ctx), p70, gpu.hbm_bytes_per_s * agent_tp,
                              gpu.bf16_dense_flops * agent_tp, hbm_eff)
figure("ag_step_ms", step * 1000, "{:.1f} ms", "Decode step of the replica at the assumed batch and mean context")
figure("ag_stream_tps", 1 / step, "{:.0f} tokens/s", "Tokens per second one conversation sees")
decode_gpu_s = out_total * agent_tp * step / agent_batch
gpu_s_full = prefill_gpu_s(prefill_full) + decode_gpu_s
gpu_s_cached = prefill_gpu_s(prefill_new) + decode_gpu_s
figure("ag_gpu_s_full", gpu_s_full, "{:.1f} GPU-s", "GPU time per conversation without prefix caching")
figure("ag_gpu_s_cached", gpu_s_cached, "{:.1f} GPU-s", "GPU time per conversation with prefix caching")
usd_conv_full = figure("ag_usd_full", gpu_s_full * usd_gpu_h / 3600, "${:.3f}", "Cost per conversation without prefix caching")
usd_conv = figure("ag_usd", gpu_s_cached * usd_gpu_h / 3600, "${:.3f}", "Cost per conversation with prefix caching")
figure("ag_prefill_share", prefill_gpu_s(prefill_new) / gpu_s_cached, "{:.0%}", "Share of cached GPU time spent on prefill")
figure("ag_reply_s", prefill_gpu_s(out_tok + user_tok) / agent_tp + out_tok * step, "{:.1f} s", "Time to write one reply (short prefill on 4 GPUs, then decode)")
contacts_day = figure("contacts_day", trips_day * contact_rate, "{:,.0f} contacts/day", "Support contacts per day")
figure("ag_usd_day", contacts_day * usd_conv, "${:,.0f}/day", "Model cost per day if the agent opens every contact")
figure("human_usd_day", contacts_day * human_usd, "${:,.0f}/day", "The same contacts handled by people")
figure("ag_vs_human", human_usd / usd_conv, "{:,.0f}x", "Human cost per contact over model cost per conversation")
refunds = contacts_day * resolve_share * refund_share
figure("ag_refunds_day", refunds, "{:,.0f} refunds/day", "Refunds the agent issues per day")
figure("ag_leak_day", refunds * refund_usd * (bad_refund_agent - bad_refund_human), "${:,.0f}/day", "Extra money lost to refunds policy did not allow, agent against people")
figure("ag_saving_day", contacts_day * resolve_share * (human_usd - usd_conv), "${:,.0f}/day", "Handling cost saved on the contacts the agent resolves")

# %% [markdown]
# ### GPS spoofing: the error arithmetic

# %%
spoofed = trips_day * spoof_share
honest = trips_day - spoofed
caught = spoofed * spoof_recall
false_flags = honest * spoof_fpr
figure("spoof_day", spoofed, "{:,.0f} trips/day", "Spoofed trips per day")
figure("spoof_caught", caught, "{:,.0f} trips/day", "Caught by the detector")
figure("spoof_false", false_flags, "{:,.0f} trips/day", "Honest trips flagged per day")
figure("spoof_precision", caught / (caught + false_flags), "{:.0%}", "Share of flags that are real spoofing")
figure("teleport_kmh", 1.0 / (update_s / 3600), "{:,.0f} km/h", "Implied speed of a 1 km jump between two pings")

# %% [markdown]
# ### Agents booking rides at machine rate

# %%
agent_quotes = agents_waiting / agent_poll_s
figure("agent_quotes", agent_quotes, "{:,.0f} quotes/s", "Quote requests from waiting agents at peak")
figure("agent_quotes_x", agent_quotes / quotes_peak, "{:.0f}x", "Those over the human quote rate")
figure("agent_eta_s", agent_quotes * (1 + quote_k), "{:,.0f} ETAs/s", "ETA computations they would trigger uncached")
figure("agent_eta_cached", agent_quotes * (1 - quote_cache_hit) * (1 + quote_k), "{:,.0f} ETAs/s", "The same with cached quotes")
figure("agent_eta_x", agent_quotes * (1 + quote_k) / eta_total, "{:.1f}x", "Uncached agent ETAs over today's total ETA load")

# %% [markdown]
# ## 14. Scaling 10x, 100x, 1000x
#
# The multiple applies to tracked devices (drivers, couriers, vehicles) and their update rate
# together; trips scale with drivers.

# %%
for mult in (10, 100, 1000):
    w = writes_peak * mult
    figure(f"writes_{mult}x", w, "{:,.0f} updates/s", f"Location updates at {mult}x")
    figure(f"ingress_gbit_{mult}x", w * (payload_b + frame_b) * 8 / 1e9, "{:,.1f} Gbit/s", f"Ingress at {mult}x")
    figure(f"shards_{mult}x", math.ceil(w / shard_budget * 2), "{:,d} shards", f"Index shards at {mult}x with 2x headroom")
    figure(f"eta_{mult}x", eta_total * mult, "{:,.0f} ETAs/s", f"ETAs at {mult}x")
    figure(f"trip_writes_{mult}x", trips_peak * transitions * mult, "{:,.0f} writes/s", f"Trip state writes at {mult}x")
    figure(f"pings_pb_year_{mult}x", pings_day * mult * ping_row_b / col_compress * YEAR_DAYS / 1e15, "{:,.2f} PB/year", f"Ping archive per year at {mult}x, compressed")
    figure(f"city_writes_{mult}x", city_writes * mult, "{:,.0f} updates/s", f"Largest city's updates at {mult}x")
