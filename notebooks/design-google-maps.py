# %% [markdown]
# # Design Google Maps (routing, tiles, ETA)
#
# The back-of-the-envelope notebook behind the walkthrough. Every input is declared once with
# `assume` and its source; every number the page quotes is a `figure` computed below. GPU and
# model constants come only from `estimates.reference`, LLM formulas only from `estimates.llm`.
# The published anchors (monthly users, kilometres of directions, daily map updates, places)
# are Google's figures from the February 2025 anniversary announcement as reported by the press,
# checked 2026-11-23; everything else is an assumption of this walkthrough.
#
# Sections:
#
# 1. Inputs
# 2. Tiles: count per zoom level, storage for raster and vector, pre-rendering (chart)
# 3. Serving tiles: requests, egress, the CDN, the live traffic layer
# 4. The road graph in memory
# 5. Routing algorithms: Dijkstra, A*, contraction hierarchies, multi-level Dijkstra
# 6. Routing load and the fleet
# 7. Live traffic from probes: ingestion, map matching, coverage and closures (chart)
# 8. ETA model inference volume
# 9. Navigation sessions and rerouting
# 10. Offline maps
# 11. Map data updates
# 12. The AI angle: an LLM trip planner, place summaries, "is this road open?"
# 13. Scaling 10x, 100x, 1000x from the MVP

# %% [markdown]
# ## 1. Inputs

# %%
import math

import numpy as np

from estimates import assume, assumptions_table, figure
from estimates import llm
from estimates import reference as ref
from estimates.charts import SERIES, new_chart, show

DAY = ref.SECONDS_PER_DAY
L70 = ref.MODELS["llama-3.1-70b"]
L8 = ref.MODELS["llama-3.1-8b"]
H100 = ref.GPUS["h100-sxm"]
EARTH_KM = 40_075  # equatorial circumference, a geometric constant of Web Mercator

ANNIV = "Google, Feb 2025 (Maps at 20), as reported by ANSA, 6 Feb 2025 (checked 2026-11-23)"

# Published anchors
mau = assume("mau_b", 2.0, "{:.0f} billion users/month", "Monthly users", ANNIV) * 1e9
km_year = assume("km_year_t", 1.0, "{:.0f} trillion km", "Kilometres of directions given in 2024", ANNIV) * 1e12
updates_day = assume("updates_day_m", 100, "{:,.0f} million updates/day", "Map updates per day", ANNIV) * 1e6
places = assume("places_m", 250, "{:,.0f} million places", "Businesses and places on the map", ANNIV) * 1e6

# Usage
dau_share = assume("dau_share", 0.25, "{:.0%}", "Daily users as a share of monthly users", "assumption")
sessions_per_dau = assume("sessions_per_dau", 2, "{:d} sessions", "Map sessions per daily user", "assumption")
tiles_per_session = assume("tiles_per_session", 40, "{:d} tiles", "Vector tiles one session displays (first screen, pans, zooms)", "assumption")
device_hit = assume("device_hit", 0.4, "{:.0%}", "Share of displayed tiles already in the app's cache", "assumption")
peak_mult = assume("peak_mult", 2.0, "{:.1f}x", "Peak hour over the daily mean", "assumption")
cdn_hit = assume("cdn_hit", 0.97, "{:.0%}", "CDN request hit ratio for base-map tiles", "assumption")
cdn_usd_gb = assume("cdn_usd_gb", 0.01, "${:.3f}/GB", "CDN delivery price at this volume", "assumption")
vec_xfer_kb = assume("vec_xfer_kb", 20, "{:d} KB", "Mean compressed vector tile as fetched (viewed tiles are denser than the stored mean)", "assumption")
raster_xfer_kb = assume("raster_xfer_kb", 40, "{:d} KB", "Mean 512-pixel (2x screen) raster tile as fetched", "assumption")
raster_fetch_mult = assume("raster_fetch_mult", 1.5, "{:.1f}x", "Extra raster fetches per session (no over-zoom, no client rotation)", "assumption")
traffic_layer_share = assume("traffic_layer_share", 0.3, "{:.0%}", "Tile views with the live traffic layer on", "assumption")
traffic_tile_hit = assume("traffic_tile_hit", 0.8, "{:.0%}", "CDN hit ratio of traffic tiles with a 60 s TTL", "assumption")

# Tiles
zmax_raster = assume("zmax_raster", 19, "z{:d}", "Deepest raster zoom (the OSM standard layer serves 0-19)",
                     "OpenStreetMap wiki, Slippy map tilenames (checked 2026-11-23)")
zmax_vector = assume("zmax_vector", 15, "z{:d}", "Deepest stored vector zoom; the client over-zooms beyond it", "design choice")
nonempty_share = assume("nonempty_share", 0.25, "{:.0%}", "Tiles with any land feature (the rest dedupe to one blank object)", "assumption")
raster_tile_kb = assume("raster_tile_kb", 15, "{:d} KB", "Mean stored 256-pixel raster tile (non-empty)", "assumption")
vector_tile_kb = assume("vector_tile_kb", 4, "{:d} KB", "Mean stored vector tile (non-empty, most land is sparse)", "assumption")
styles = assume("styles", 3, "{:d}", "Raster styles (default, dark, terrain)", "assumption")
dprs = assume("dprs", 2, "{:d}", "Raster pixel densities (1x, 2x)", "assumption")
label_langs = assume("label_langs", 10, "{:d}", "Label languages baked into raster tiles", "assumption")
render_ms = assume("render_ms", 100, "{:d} ms", "CPU time to render one raster tile from map data", "assumption")
vec_build_ms = assume("vec_build_ms", 20, "{:d} ms", "CPU time to cut one vector tile", "assumption")
core_usd_h = assume("core_usd_h", 0.04, "${:.2f}/core-hour", "CPU core-hour price", "assumption")
viewed_share_hi = assume("viewed_share_hi", 0.02, "{:.0%}", "Share of z18 tiles ever requested in a month", "assumption")
prerender_z = assume("prerender_z", 12, "z{:d}", "Pre-render every tile up to this zoom; render deeper ones on demand", "design choice")

# Road graph
graph_nodes = 1e6 * assume("graph_nodes_m", 200, "{:,.0f} million nodes", "Routing-graph nodes (intersections and dead ends), world",
                     "assumption; a 2019 GraphHopper planet import logged 173 million nodes (checked 2026-11-23)")
graph_edges = 1e6 * assume("graph_edges_m", 500, "{:,.0f} million edges", "Directed routing edges, world",
                     "assumption; the same log: 227 million (bidirectional) edges")
node_b = assume("node_b", 16, "{:d} B", "Bytes per node (lat/lon as int32, first-edge offset, rank or cell id)", "assumption")
edge_b = assume("edge_b", 16, "{:d} B", "Bytes per edge (target, duration, length, flags)", "assumption")
shape_pts = 1e9 * assume("shape_pts_b", 2.0, "{:.0f} billion points", "Shape points drawing the road geometry", "assumption")
shortcut_ratio = assume("shortcut_ratio", 1.0, "{:.1f}", "Contraction-hierarchy shortcuts per original edge", "assumption")
server_ram_gb = assume("server_ram_gb", 256, "{:d} GB", "RAM of one routing server", "assumption")
server_cores = assume("server_cores", 64, "{:d} cores", "Cores of one routing server", "assumption")
profile_buckets = assume("profile_buckets", 7 * 96, "{:d} buckets", "Historical speed buckets per edge (15 min x 7 days)", "design choice")
profiled_share = assume("profiled_share", 0.1, "{:.0%}", "Edges whose speed profile differs from free flow", "assumption")

# Routing algorithms
settle_ns = assume("settle_ns", ref.MAIN_MEMORY_REFERENCE_NS, "{:.0f} ns", "Dijkstra cost per settled node (about one cache miss)",
                   "reference latency table (main-memory reference)")
node_density = assume("node_density", 300, "{:d} nodes/km²", "Routing nodes per km² in a metro area", "assumption")
route_km = assume("route_km", 12, "{:d} km", "Mean trip length", "assumption")
continent_nodes = 1e6 * assume("continent_nodes_m", 50, "{:,.0f} million nodes", "Nodes of one continent's graph", "assumption")
long_settled_share = assume("long_settled_share", 0.5, "{:.0%}", "Share of a continent Dijkstra settles on a cross-continent query", "assumption")
astar_gain = assume("astar_gain", 3.0, "{:.0f}x", "Fewer nodes settled by A* with a straight-line travel-time bound", "assumption")
ch_settled = assume("ch_settled", 500, "{:d} nodes", "Nodes a contraction-hierarchy query settles ('a few hundred')",
                    "Geisberger et al., Transportation Science 2012 (checked 2026-11-23)")
ch_settle_us = assume("ch_settle_us", 1.0, "{:.1f} µs", "Cost per settled node in a CH query (more edges per node)", "assumption")
ch_prep_h = assume("ch_prep_h", 3.0, "{:.0f} h", "CH preprocessing of the world graph on one large machine", "assumption (literature: minutes to hours per continent)")
mld_custom_s = assume("mld_custom_s", 30, "{:d} s", "Multi-level Dijkstra / CRP customisation of the world graph after new weights",
                      "assumption (OSRM: under a minute per continent; CRP: seconds)")
mld_vs_ch = assume("mld_vs_ch", 2.5, "{:.1f}x", "MLD query time over CH query time", "assumption (OSRM documents MLD queries as slower than CH; no primary source gives the factor)")
traffic_interval_s = assume("traffic_interval_s", 60, "{:d} s", "Traffic weight refresh interval", "design choice")
query_overhead_ms = assume("query_overhead_ms", 1.0, "{:.1f} ms", "Per-query work beyond the search (snap to road, unpack path, serialise)", "assumption")
long_share = assume("long_share", 0.05, "{:.0%}", "Share of queries that cross a continent-sized region", "assumption")
alt_routes = assume("alt_routes", 3, "{:d} routes", "Routes computed per directions request (best plus alternatives)", "design choice")
eta_only_mult = assume("eta_only_mult", 10, "{:d}x", "ETA-only queries (place cards, distance matrices) per directions request", "assumption")
route_util = assume("route_util", 0.5, "{:.0%}", "Target CPU utilisation of routing servers", "design choice")

# Navigation and probes
nav_share = assume("nav_share", 0.4, "{:.0%}", "Directions requests that start turn-by-turn navigation", "assumption")
speed_kmh = assume("speed_kmh", 35, "{:d} km/h", "Mean trip speed", "assumption")
nav_peak = assume("nav_peak", 2.5, "{:.1f}x", "Commute peak of concurrent navigation over the daily mean", "assumption")
bg_probe_mult = assume("bg_probe_mult", 1.0, "{:.1f}x", "Opted-in moving devices not navigating, per navigating device", "assumption")
fix_hz = assume("fix_hz", 1.0, "{:.0f} Hz", "GPS fixes per second per probe device", "design choice")
batch_s = assume("batch_s", 5, "{:d} s", "Fixes batched per upload", "design choice")
fix_b = assume("fix_b", 40, "{:d} B", "Bytes per fix on the wire (lat, lon, time, speed, heading, accuracy)", "assumption")
mm_us = assume("mm_us", 50, "{:d} µs", "Online map matching per fix (HMM with pruned candidates)", "assumption")
stream_util = assume("stream_util", 0.6, "{:.0%}", "Target utilisation of the matching fleet", "design choice")
traffic_edges = 1e6 * assume("traffic_edges_m", 50, "{:,.0f} million edges", "Directed edges carrying enough flow to have live speeds", "assumption")
speed_changed = assume("speed_changed", 0.2, "{:.0%}", "Live-speed edges whose speed changes meaningfully in a minute", "assumption")
penetration = assume("penetration", 0.05, "{:.0%}", "Share of vehicles on the road that are probe devices", "assumption")
q_motorway = assume("q_motorway", 3000, "{:,d} vehicles/h", "Flow on a motorway (one direction)", "assumption")
q_arterial = assume("q_arterial", 800, "{:,d} vehicles/h", "Flow on an urban arterial", "assumption")
q_residential = assume("q_residential", 30, "{:,d} vehicles/h", "Flow on a residential street", "assumption")
false_alarm = assume("false_alarm", 0.01, "{:.0%}", "Accepted chance of calling an open road closed from probe silence alone", "design choice")
offroute_per_h = assume("offroute_per_h", 0.5, "{:.1f}", "Off-route events per navigation hour (missed turns, detours)", "assumption")
affected_share_min = assume("affected_share_min", 0.05, "{:.0%}", "Sessions per minute whose remaining route crosses a changed edge", "assumption")
naive_recheck_s = assume("naive_recheck_s", 30, "{:d} s", "Naive design: recompute every session's route this often", "assumption")
conns_per_gw = assume("conns_per_gw", 100_000, "{:,d} streams", "Navigation streams one gateway server holds", "assumption")
eta_refresh_s = assume("eta_refresh_s", 60, "{:d} s", "ETA refresh interval in a navigation session", "design choice")
closure_sessions = assume("closure_sessions", 40_000, "{:,d} sessions", "Sessions routed over a motorway that closes", "interviewer twist")

# ETA model
eta_mflop = assume("eta_mflop", 50, "{:d} MFLOP", "Compute per ETA inference (graph network over a route's supersegments)", "assumption")
eta_feats = assume("eta_feats", 200, "{:d} lookups", "Feature lookups per inference (live and historical speed of each segment)", "assumption")
gpu_mfu = assume("gpu_mfu", 0.1, "{:.0%}", "Utilisation of dense peak a small graph model reaches", "assumption")

# Offline maps
offline_km2 = assume("offline_km2", 2500, "{:,d} km²", "A metro offline area", "assumption")
offline_lat = assume("offline_lat", 40, "{:d}°", "Its latitude", "assumption")
offline_zmax = assume("offline_zmax", 14, "z{:d}", "Deepest zoom stored offline (over-zoomed on the device)", "design choice")
urban_tile_kb = assume("urban_tile_kb", 50, "{:d} KB", "Mean compressed urban vector tile at z14", "assumption")
edges_per_node = assume("edges_per_node", 2.5, "{:.1f}", "Directed edges per node", "assumption")
place_density = assume("place_density", 40, "{:d} places/km²", "Places per km² in a metro area", "assumption")
place_b = assume("place_b", 400, "{:d} B", "Bytes per place offline (name, category, hours, location, rating)", "assumption")
compress = assume("compress", 0.5, "{:.0%}", "Size after compression of graph and places", "assumption")
offline_users = assume("offline_users", 0.05, "{:.0%}", "Monthly users with an offline area", "assumption")
areas_per_user = assume("areas_per_user", 1.5, "{:.1f}", "Offline areas per such user", "assumption")
weekly_delta = assume("weekly_delta", 0.02, "{:.0%}", "Bytes of an area that change in a week", "assumption")

# Map data updates
geometry_share = assume("geometry_share", 0.05, "{:.0%}", "Updates that change geometry drawn on tiles", "assumption")
road_share = assume("road_share", 0.01, "{:.0%}", "Updates that change the road graph", "assumption")
edits_per_tile = assume("edits_per_tile", 4, "{:d}", "Geometry edits landing in the same z14 tile in a day", "assumption")

# AI angle
planner_share = assume("planner_share", 0.01, "{:.0%}", "Daily users who ask the trip planner once a day", "assumption")
plan_rounds = assume("plan_rounds", 3, "{:d} rounds", "Model calls per plan (parse and search, route, answer)", "design choice")
sys_tokens = assume("sys_tokens", 2500, "{:,d} tokens", "System prompt and tool schemas", "assumption")
tool_result_tokens = assume("tool_result_tokens", 600, "{:,d} tokens", "Tool results added to the context per round", "assumption")
tool_call_tokens = assume("tool_call_tokens", 80, "{:d} tokens", "Decoded tool-call JSON per round", "assumption")
answer_tokens = assume("answer_tokens", 300, "{:d} tokens", "Final answer", "assumption")
plan_batch = assume("plan_batch", 32, "{:d}", "Decode batch on the planner replica", "assumption")
plan_gpus = assume("plan_gpus", 4, "{:d} GPUs", "H100s per Llama 3.1 70B replica (tensor parallel)", "design choice")
bw_eff = assume("bw_eff", 0.7, "{:.0%}", "Share of peak HBM bandwidth decode reaches", "assumption")
mfu = assume("mfu", 0.4, "{:.0%}", "Share of dense peak prefill reaches", "assumption")
gpu_usd = assume("gpu_usd", 2.5, "${:.2f}/GPU-hour", "H100 price", "assumption")
tool_geo_ms = assume("tool_geo_ms", 60, "{:d} ms", "Geocode and place search call", "assumption")
tool_route_ms = assume("tool_route_ms", 40, "{:d} ms", "Routing call with ETA", "assumption")
tool_along_ms = assume("tool_along_ms", 150, "{:d} ms", "Search along a route (corridor query)", "assumption")
reviewed_share = assume("reviewed_share", 0.4, "{:.0%}", "Places with enough reviews to summarise", "assumption")
review_tokens = assume("review_tokens", 2000, "{:,d} tokens", "Review text sent per summary", "assumption")
summary_tokens = assume("summary_tokens", 120, "{:d} tokens", "Summary length", "assumption")
sum_batch = assume("sum_batch", 64, "{:d}", "Decode batch for offline summaries", "assumption")
sum_refresh = assume("sum_refresh", 0.15, "{:.0%}", "Summarised places with new reviews in a week", "assumption")

mvp_div = assume("mvp_div", 1000, "1/{:,d}", "MVP traffic as a fraction of the target", "design choice")
db_write_budget = assume("db_write_budget", 10_000, "{:,d} rows/s", "Sustained inserts one relational primary absorbs", "assumption")
assumptions_table()

# %% [markdown]
# ## 2. Tiles: count per zoom, storage, pre-rendering
#
# At zoom z the world is 2^z tiles on a side, 4^z tiles in all. The total over levels 0..z is
# (4^(z+1) - 1) / 3, about 4/3 of the deepest level alone.

# %%
def pyramid(z):
    """Tiles in levels 0..z."""
    return (4 ** (z + 1) - 1) / 3


for z in (10, 14, 15, 18, 19, 20):
    figure(f"tiles_z{z}", 4 ** z, "{:,.0f} tiles", f"Tiles at zoom {z} (4^{z})")
figure("side_z18", 2 ** 18, "{:,.0f} tiles", "Tiles along one side at z18 (2^18)")
figure("pyramid_z20", pyramid(20) / 1e12, "{:.2f} trillion tiles", "Tiles in levels 0-20")
figure("pyramid_ratio", pyramid(20) / 4 ** 20, "{:.3f}x", "All levels 0-20 over level 20 alone")
tile_km_eq_z18 = EARTH_KM / 2 ** 18 * 1000
figure("tile_m_z18", tile_km_eq_z18, "{:.0f} m", "Width of a z18 tile at the equator")

raster_tiles = pyramid(zmax_raster) * nonempty_share
raster_one_pb = raster_tiles * raster_tile_kb * 1e3 / 1e15
figure("raster_tiles", raster_tiles / 1e9, "{:,.0f} billion tiles", "Non-empty raster tiles, z0-z19, one variant")
figure("raster_one_pb", raster_one_pb, "{:.1f} PB", "Raster storage, z0-z19, one variant")
variants = styles * dprs * label_langs
figure("raster_variants", variants, "{:d} variants", "Raster variants (styles x densities x label languages)")
figure("raster_all_pb", raster_one_pb * variants, "{:,.0f} PB", "Raster storage for every variant")
vector_tiles = pyramid(zmax_vector) * nonempty_share
vector_tb = vector_tiles * vector_tile_kb * 1e3 / 1e12
figure("vector_tiles", vector_tiles / 1e6, "{:,.0f} million tiles", "Non-empty vector tiles, z0-z15")
figure("vector_tb", vector_tb, "{:.1f} TB", "Vector storage, z0-z15, one tileset for every style and language")
figure("raster_vs_vector", raster_one_pb * variants * 1e3 / vector_tb, "{:,.0f}x", "Raster (all variants) over vector storage")
figure("raster_one_vs_vector", raster_one_pb * 1e3 / vector_tb, "{:,.0f}x", "Raster (one variant) over vector storage")

raster_render_core_h = raster_tiles * render_ms / 1e3 / 3600
figure("raster_render_mcore_h", raster_render_core_h / 1e6, "{:.1f} million core-hours", "Rendering one raster variant, z0-z19")
figure("raster_render_usd", raster_render_core_h * core_usd_h / 1e3, "${:,.0f} thousand", "That render at the core-hour price")
figure("raster_render_all_usd", raster_render_core_h * core_usd_h * variants / 1e6, "${:,.1f} million", "Every raster variant, once")
vec_build_core_h = vector_tiles * vec_build_ms / 1e3 / 3600
figure("vec_build_core_h", vec_build_core_h, "{:,.0f} core-hours", "Cutting the whole vector tileset once")
figure("vec_build_h_1000", vec_build_core_h / 1000, "{:.1f} h", "That on 1,000 cores")
figure("prerender_tiles", pyramid(prerender_z) / 1e6, "{:.1f} million tiles", "Tiles in levels 0-12 (pre-rendered)")
figure("z18_viewed", 4 ** 18 * nonempty_share * viewed_share_hi / 1e6, "{:,.0f} million tiles", "z18 tiles requested in a month")
figure("z18_wasted", 1 - viewed_share_hi, "{:.0%}", "Share of pre-rendered non-empty z18 tiles nobody looks at in a month")

# Chart: storage of the pyramid up to each zoom, raster (one variant and all variants) against vector
zs = np.arange(8, 21)
cum_raster = np.array([pyramid(z) for z in zs]) * nonempty_share * raster_tile_kb * 1e3 / 1e12
cum_vector = np.array([pyramid(min(z, zmax_vector)) for z in zs]) * nonempty_share * vector_tile_kb * 1e3 / 1e12
fig, ax = new_chart()
ax.semilogy(zs, cum_raster * variants, color=SERIES[1], label=f"raster, all {variants} variants")
ax.semilogy(zs, cum_raster, color=SERIES[0], label="raster, one variant")
ax.semilogy(zs, cum_vector, color=SERIES[2], linestyle="--", label="vector, one tileset (over-zoom past z15)")
ax.set_xlabel("deepest zoom level stored")
ax.set_ylabel("storage, TB (log scale)")
ax.set_xticks(range(8, 21, 2))
ax.legend(fontsize=8, loc="upper left")
show(fig, alt="Log-scale chart of storage against the deepest zoom level stored: raster storage grows fourfold per "
              "level, to petabytes for one variant and hundreds of petabytes for all variants at zoom 20, while "
              "vector storage stops growing at about a terabyte after zoom 15 because the client over-zooms.")

# %% [markdown]
# ## 3. Serving tiles

# %%
dau = mau * dau_share
figure("dau", dau / 1e6, "{:,.0f} million", "Daily users")
tile_views_day = dau * sessions_per_dau * tiles_per_session
figure("tile_views_day", tile_views_day / 1e9, "{:,.0f} billion/day", "Tiles displayed per day")
tile_req_day = tile_views_day * (1 - device_hit)
tile_req_s = tile_req_day / DAY
tile_req_peak = tile_req_s * peak_mult
figure("tile_req_s", tile_req_s / 1e3, "{:,.0f} thousand/s", "Tile requests reaching the CDN, mean")
figure("tile_req_peak", tile_req_peak / 1e3, "{:,.0f} thousand/s", "Tile requests reaching the CDN, peak")
egress_peak_gbps = tile_req_peak * vec_xfer_kb * 1e3 * 8 / 1e9
figure("tile_egress_gbps", egress_peak_gbps, "{:,.0f} Gbit/s", "Vector tile egress at peak")
tile_tb_day = tile_req_day * vec_xfer_kb * 1e3 / 1e12
figure("tile_tb_day", tile_tb_day, "{:,.0f} TB/day", "Vector tile bytes delivered per day")
figure("tile_cdn_usd_day", tile_tb_day * 1e3 * cdn_usd_gb / 1e3, "${:,.1f} thousand/day", "CDN bill for base-map tiles")
raster_tb_day = tile_req_day * raster_fetch_mult * raster_xfer_kb * 1e3 / 1e12
figure("raster_tb_day", raster_tb_day, "{:,.0f} TB/day", "The same sessions on raster tiles")
figure("raster_xfer_ratio", raster_tb_day / tile_tb_day, "{:.0f}x", "Raster delivery over vector delivery")
origin_base = tile_req_peak * (1 - cdn_hit)
figure("origin_base_s", origin_base / 1e3, "{:,.1f} thousand/s", "Base-map requests reaching the origin at peak")
traffic_req_peak = tile_req_peak * traffic_layer_share
origin_traffic = traffic_req_peak * (1 - traffic_tile_hit)
figure("traffic_req_peak", traffic_req_peak / 1e3, "{:,.0f} thousand/s", "Traffic-layer tile requests at peak")
figure("origin_traffic_s", origin_traffic / 1e3, "{:,.1f} thousand/s", "Traffic-layer requests reaching the origin at peak")
figure("origin_traffic_vs_base", origin_traffic / origin_base, "{:.1f}x", "Live layer over base map at the origin")

# %% [markdown]
# ## 4. The road graph in memory

# %%
nodes_gb = graph_nodes * node_b / 1e9
edges_gb = graph_edges * edge_b / 1e9
shortcuts_gb = graph_edges * shortcut_ratio * edge_b / 1e9
shape_gb = shape_pts * 8 / 1e9
graph_gb = nodes_gb + edges_gb + shortcuts_gb + shape_gb
figure("nodes_gb", nodes_gb, "{:.1f} GB", "Nodes")
figure("edges_gb", edges_gb, "{:.0f} GB", "Edges")
figure("shortcuts_gb", shortcuts_gb, "{:.0f} GB", "CH shortcuts (or MLD overlay, same order)")
figure("shape_gb", shape_gb, "{:.0f} GB", "Road geometry (shape points, 8 B each)")
figure("graph_gb", graph_gb, "{:.0f} GB", "The world routing graph in memory")
figure("graph_ram_share", graph_gb / server_ram_gb, "{:.0%}", "Share of one routing server's RAM")
live_gb = graph_edges * 2 / 1e9
figure("live_speeds_gb", live_gb, "{:.0f} GB", "One live speed per edge (2 B)")
profile_gb_all = graph_edges * profile_buckets / 1e9
figure("profiles_all_gb", profile_gb_all, "{:,.0f} GB", "Historical profiles for every edge (1 B per bucket)")
figure("profiles_gb", profile_gb_all * profiled_share, "{:.0f} GB", "Profiles for the edges that differ from free flow")
figure("edge_ratio", graph_edges / graph_nodes, "{:.1f}", "Directed edges per node in the world graph")

# %% [markdown]
# ## 5. Routing algorithms
#
# Plain Dijkstra settles every node closer than the target. In a metro area that is a disc of
# radius equal to the trip; across a continent it is a large share of the continent.

# %%
disc_nodes = math.pi * route_km ** 2 * node_density
figure("disc_nodes", disc_nodes / 1e3, "{:,.0f} thousand nodes", "Nodes Dijkstra settles on a mean urban trip")
dij_urban_ms = disc_nodes * settle_ns / 1e6
figure("dij_urban_ms", dij_urban_ms, "{:.0f} ms", "Dijkstra on a mean urban trip")
figure("bidij_urban_ms", dij_urban_ms / 2, "{:.0f} ms", "Bidirectional Dijkstra on it (two half-radius discs)")
long_nodes = continent_nodes * long_settled_share
dij_long_s = long_nodes * settle_ns / 1e9
figure("dij_long_s", dij_long_s, "{:.1f} s", "Dijkstra across a continent")
figure("astar_urban_ms", dij_urban_ms / astar_gain, "{:.0f} ms", "A* on a mean urban trip")
figure("astar_long_s", dij_long_s / astar_gain, "{:.1f} s", "A* across a continent")
ch_ms = ch_settled * ch_settle_us / 1e3
figure("ch_query_ms", ch_ms, "{:.1f} ms", "A CH query, any distance")
figure("ch_vs_dij_long", dij_long_s * 1e3 / ch_ms, "{:,.0f}x", "Dijkstra over CH on a continental query")
mld_ms = ch_ms * mld_vs_ch
figure("mld_query_ms", mld_ms, "{:.2f} ms", "An MLD (CRP) query")
figure("ch_stale_x", ch_prep_h * 3600 / traffic_interval_s, "{:.0f}", "Traffic refreshes missed while one CH rebuild runs")
figure("mld_budget_share", mld_custom_s / traffic_interval_s, "{:.0%}", "Share of the refresh interval one MLD customisation uses")

# %% [markdown]
# ## 6. Routing load and the fleet

# %%
directions_day = km_year / 365 / route_km
directions_s = directions_day / DAY
directions_peak = directions_s * peak_mult
figure("directions_day", directions_day / 1e6, "{:,.0f} million/day", "Directions requests per day (km of directions / mean trip)")
figure("directions_peak", directions_peak, "{:,.0f}/s", "Directions requests at peak")
eta_peak = directions_peak * eta_only_mult
figure("eta_only_peak", eta_peak / 1e3, "{:,.0f} thousand/s", "ETA-only queries at peak")

nav_day = directions_day * nav_share
trip_min = route_km / speed_kmh * 60
nav_mean = nav_day * trip_min / (DAY / 60)
nav_conc_peak = nav_mean * nav_peak
figure("trip_min", trip_min, "{:.0f} min", "Mean trip duration")
figure("nav_day", nav_day / 1e6, "{:,.0f} million/day", "Navigation sessions per day")
figure("nav_conc_mean", nav_mean / 1e6, "{:.1f} million", "Concurrent navigation sessions, mean (Little's law)")
figure("nav_conc_peak", nav_conc_peak / 1e6, "{:.1f} million", "Concurrent navigation sessions, commute peak")

offroute_s = nav_conc_peak * offroute_per_h / 3600
proactive_s = nav_conc_peak * affected_share_min / 60
naive_s = nav_conc_peak / naive_recheck_s
figure("offroute_s", offroute_s, "{:,.0f}/s", "Off-route reroutes at peak")
figure("proactive_s", proactive_s / 1e3, "{:,.1f} thousand/s", "Event-driven re-checks at peak")
figure("naive_recheck_peak", naive_s / 1e3, "{:,.0f} thousand/s", "Re-checking every session every 30 s")

paths_peak = directions_peak * alt_routes + eta_peak + offroute_s + proactive_s
figure("paths_peak", paths_peak / 1e3, "{:,.0f} thousand/s", "Shortest-path queries at peak (all kinds)")
core_s = paths_peak * (mld_ms + query_overhead_ms) / 1e3
route_cores = core_s / route_util
figure("route_cores", route_cores, "{:,.0f} cores", "Routing cores at peak (MLD)")
figure("route_servers", math.ceil(route_cores / server_cores), "{:d} servers", "Routing servers at peak, before replicas per region")
dij_core_s = paths_peak * ((1 - long_share) * (dij_urban_ms / 2 + query_overhead_ms) / 1e3 + long_share * dij_long_s / astar_gain)
figure("dij_cores", dij_core_s / route_util / 1e3, "{:,.0f} thousand cores", "The same load on bidirectional Dijkstra and A*")
figure("dij_vs_mld_cores", dij_core_s / core_s, "{:,.0f}x", "Dijkstra/A* fleet over the MLD fleet")
figure("nav_gateways", math.ceil(nav_conc_peak / conns_per_gw), "{:d} servers", "Navigation stream gateways at peak")

# %% [markdown]
# ## 7. Live traffic from probes

# %%
probe_peak = nav_conc_peak * (1 + bg_probe_mult)
probe_mean = nav_mean * (1 + bg_probe_mult)
fixes_peak = probe_peak * fix_hz
figure("probe_devices_peak", probe_peak / 1e6, "{:.1f} million", "Probe devices at peak")
figure("fixes_peak", fixes_peak / 1e6, "{:.1f} million fixes/s", "GPS fixes per second at peak")
figure("uploads_peak", probe_peak / batch_s / 1e6, "{:.1f} million uploads/s", "Batched probe uploads per second at peak")
figure("probe_gbps", fixes_peak * fix_b * 8 / 1e9, "{:.1f} Gbit/s", "Probe ingest at peak")
fixes_day = probe_mean * fix_hz * DAY
figure("fixes_day", fixes_day / 1e9, "{:,.0f} billion fixes/day", "Fixes per day")
figure("probe_tb_day", fixes_day * fix_b / 1e12, "{:.0f} TB/day", "Raw probe bytes per day")
figure("probe_vs_db", fixes_peak / db_write_budget, "{:,.0f}x", "Peak fixes over one relational primary's insert budget")
mm_cores = fixes_peak * mm_us / 1e6 / stream_util
figure("mm_cores", mm_cores, "{:,.0f} cores", "Map-matching cores at peak")
snapshot_mb = traffic_edges * 8 / 1e6
figure("snapshot_mb", snapshot_mb, "{:,.0f} MB", "Full live-speed snapshot (edge id and speed, 8 B)")
figure("delta_mb", snapshot_mb * speed_changed, "{:,.0f} MB", "Per-minute delta pushed to each routing server")


def p_seen(q_per_h, window_min, p=penetration):
    """Probability at least one probe crosses a segment in the window (Poisson arrivals)."""
    return 1 - math.exp(-q_per_h * p * window_min / 60)


def silence_min(q_per_h, p=penetration, alarm=false_alarm):
    """Minutes of silence before P(silence | road open) drops under the false-alarm rate."""
    return math.log(1 / alarm) / (q_per_h * p) * 60


for tag, q in (("motorway", q_motorway), ("arterial", q_arterial), ("residential", q_residential)):
    figure(f"seen5_{tag}", p_seen(q, 5), "{:.0%}", f"Chance a {tag} segment gets a probe in 5 min")
    figure(f"probes_h_{tag}", q * penetration, "{:,.1f} probes/h", f"Probe rate on a {tag}")
    sm = silence_min(q)
    figure(f"silence_{tag}", sm if sm < 120 else sm / 60, "{:.1f} min" if sm < 120 else "{:.1f} h",
           f"Silence needed to suspect a closure on a {tag}")

# Chart: chance of a fresh probe within 5 minutes by road class against penetration
pen = np.logspace(-3, np.log10(0.3), 60)
fig, ax = new_chart()
for i, (name, q) in enumerate((("motorway", q_motorway), ("arterial", q_arterial), ("residential", q_residential))):
    ax.semilogx(pen * 100, 1 - np.exp(-q * pen * 5 / 60), color=SERIES[i], label=f"{name}, {q:,} vehicles/h")
ax.axvline(penetration * 100, color=SERIES[3], linestyle=":", label=f"assumed penetration {penetration:.0%}")
ax.set_xlabel("probe penetration (% of vehicles, log scale)")
ax.set_ylabel("P(at least one probe in 5 min)")
ax.set_ylim(0, 1.02)
ax.legend(fontsize=8, loc="upper left")
show(fig, alt="Chart of the chance that a road segment sees at least one probe vehicle within five minutes against "
              "probe penetration: motorways are covered almost surely from about one percent, arterials from a few "
              "percent, while residential streets stay mostly unobserved even at twenty percent.")

# %% [markdown]
# ## 8. ETA model inference volume

# %%
eta_inf_peak = directions_peak * alt_routes + eta_peak + nav_conc_peak / eta_refresh_s + offroute_s + proactive_s
figure("eta_inf_peak", eta_inf_peak / 1e3, "{:,.0f} thousand/s", "ETA inferences at peak")
figure("eta_inf_day", eta_inf_peak / peak_mult * DAY / 1e9, "{:,.1f} billion/day", "ETA inferences per day")
eta_tflops = eta_inf_peak * eta_mflop * 1e6 / 1e12
figure("eta_tflops", eta_tflops, "{:,.1f} TFLOP/s", "ETA compute at peak")
figure("eta_gpus", eta_tflops * 1e12 / (H100.bf16_dense_flops * gpu_mfu), "{:.2f} H100s", "That on H100s at the assumed utilisation")
figure("eta_lookups", eta_inf_peak * eta_feats / 1e6, "{:,.0f} million lookups/s", "Feature lookups at peak")
figure("nav_eta_s", nav_conc_peak / eta_refresh_s / 1e3, "{:,.0f} thousand/s", "ETA refreshes from navigation sessions at peak")

# %% [markdown]
# ## 9. Closure storm

# %%
figure("storm_reroutes_s", closure_sessions / 60, "{:,.0f}/s", "Reroutes if the closure reaches every affected session within a minute")
figure("storm_share", closure_sessions / 60 / paths_peak, "{:.2%}", "That as a share of peak path queries")

# %% [markdown]
# ## 10. Offline maps

# %%
tile_km_lat = EARTH_KM * math.cos(math.radians(offline_lat)) / 2 ** offline_zmax
tiles_area = offline_km2 / tile_km_lat ** 2
figure("offline_tile_km", tile_km_lat, "{:.2f} km", "z14 tile width at the area's latitude")
figure("offline_tiles", tiles_area * 4 / 3, "{:,.0f} tiles", "Tiles for the area, z0-z14 (4/3 of the z14 count)")
off_tiles_mb = tiles_area * 4 / 3 * urban_tile_kb / 1e3
off_nodes = offline_km2 * node_density
off_graph_mb = (off_nodes * node_b + off_nodes * edges_per_node * edge_b * (1 + shortcut_ratio)
                + off_nodes * edges_per_node * 2 * 8) * compress / 1e6
off_places = offline_km2 * place_density
off_places_mb = off_places * place_b * compress / 1e6
off_total = off_tiles_mb + off_graph_mb + off_places_mb
figure("off_tiles_mb", off_tiles_mb, "{:.0f} MB", "Offline area: tiles")
figure("off_nodes", off_nodes / 1e3, "{:,.0f} thousand nodes", "Offline area: routing nodes")
figure("off_graph_mb", off_graph_mb, "{:.0f} MB", "Offline area: routing graph with shortcuts and geometry")
figure("off_places", off_places / 1e3, "{:,.0f} thousand places", "Offline area: places")
figure("off_places_mb", off_places_mb, "{:.0f} MB", "Offline area: place index")
figure("off_total_mb", off_total, "{:.0f} MB", "Offline area: total download")
figure("off_delta_mb", off_total * weekly_delta, "{:.1f} MB", "Weekly delta for the area")
areas = mau * offline_users * areas_per_user
figure("off_areas", areas / 1e6, "{:,.0f} million areas", "Offline areas installed")
figure("off_delta_tb_week", areas * off_total * weekly_delta / 1e6, "{:,.0f} TB/week", "Weekly delta downloads")
figure("off_full_pb_week", areas * off_total / 1e9, "{:,.1f} PB/week", "If every area re-downloaded in full each week")

# %% [markdown]
# ## 11. Map data updates

# %%
figure("updates_s", updates_day / DAY, "{:,.0f}/s", "Map updates per second, mean")
dirty_z14 = updates_day * geometry_share / edits_per_tile
figure("dirty_z14", dirty_z14 / 1e6, "{:.2f} million tiles/day", "z14 tiles with a geometry change per day")
figure("dirty_share", dirty_z14 / (4 ** 14 * nonempty_share), "{:.1%}", "Share of non-empty z14 tiles dirtied per day")
rebuild_cores = dirty_z14 * 4 / 3 * vec_build_ms / 1e3 / DAY
figure("rebuild_cores", rebuild_cores, "{:.1f} cores", "Cores to re-cut dirty tiles and their parents, mean")
figure("road_edits_day", updates_day * road_share / 1e6, "{:.0f} million/day", "Updates touching the road graph")

# %% [markdown]
# ## 12. The AI angle
#
# Planner: Llama 3.1 70B (a public stand-in) on four H100 SXM with tensor parallelism. Decode is
# memory-bound: tokens/s = batch / ((weights + batch x KV per token x context) / (bandwidth x
# efficiency)); prefill is compute-bound: time = 2 x params x tokens / (peak x MFU). KV per
# token uses the 8 KV heads of grouped-query attention, not the 64 query heads.

# %%
w70 = llm.weights_bytes(L70)
p70 = llm.param_count(L70)
kv70 = llm.kv_cache_bytes_per_token(L70)
kv70_mha = llm.kv_cache_bytes_per_token_if_mha(L70)
figure("l70_weights_gb", w70 / 1e9, "{:.0f} GB", "Llama 3.1 70B weights in BF16")
figure("l70_per_gpu_gb", w70 / plan_gpus / 1e9, "{:.0f} GB", "Weights per GPU at tensor parallel 4")
figure("l70_kv_kib", kv70 / 1024, "{:.0f} KiB",
       f"KV cache per token (2 x {L70.layers} layers x {L70.kv_heads} KV heads x {L70.head_dim} x 2 B)")
figure("l70_kv_mha_kib", kv70_mha / 1024, "{:,.0f} KiB", "The same if every query head had its own KV (the common slip)")
figure("h100_tbps", H100.hbm_bytes_per_s / 1e12, "{:.2f} TB/s", "H100 SXM HBM bandwidth")
figure("h100_dense_tflops", H100.bf16_dense_flops / 1e12, "{:,.1f} TFLOP/s", "H100 SXM BF16 dense peak (datasheet sparse / 2)")

ctx_final = sys_tokens + plan_rounds * tool_result_tokens
figure("plan_ctx", ctx_final, "{:,d} tokens", "Context at the final round")
bw4 = H100.hbm_bytes_per_s * plan_gpus
fl4 = H100.bf16_dense_flops * plan_gpus
agg_tps = llm.decode_tokens_per_s(w70, kv70, plan_batch, ctx_final, p70, bw4, fl4, bw_eff)
stream_tps = agg_tps / plan_batch
figure("plan_agg_tps", agg_tps, "{:,.0f} tokens/s", "Replica decode throughput at batch 32")
figure("plan_stream_tps", stream_tps, "{:.0f} tokens/s", "Decode speed one plan sees")
kv_budget = llm.kv_budget_bytes(H100.hbm_bytes * plan_gpus, w70)
figure("plan_max_batch", llm.max_batch_by_kv_memory(kv_budget, kv70, ctx_final), "{:,d} sequences",
       "Sequences whose KV cache fits beside the weights")

# Latency of one plan: round 1 (parse, geocode and search in parallel), round 2 (route and
# search along it in parallel), round 3 (answer, streamed). Prefix caching keeps the system
# prompt and tool schemas; each round prefills only what is new.
user_tokens = 50  # the request itself; the system prompt and schemas hit the prefix cache
new_tokens = [user_tokens] + [tool_result_tokens + tool_call_tokens] * (plan_rounds - 1)
prefill_cached = [llm.prefill_time_s(p70, t, fl4, mfu) for t in new_tokens]
tools = [tool_geo_ms / 1e3, max(tool_route_ms, tool_along_ms) / 1e3]
t_round1 = prefill_cached[0] + tool_call_tokens / stream_tps + tools[0]
t_round2 = prefill_cached[1] + tool_call_tokens / stream_tps + tools[1]
ttft_answer = t_round1 + t_round2 + prefill_cached[2]
full_answer = ttft_answer + answer_tokens / stream_tps
figure("plan_prefill_ms", llm.prefill_time_s(p70, new_tokens[1], fl4, mfu) * 1e3, "{:.0f} ms", "Prefill of one round's new tokens")
figure("plan_sys_prefill_ms", llm.prefill_time_s(p70, sys_tokens, fl4, mfu) * 1e3, "{:.0f} ms", "Prefill of the system prompt without a prefix cache")
figure("plan_tool_call_s", tool_call_tokens / stream_tps, "{:.1f} s", "Decoding one tool call")
figure("plan_ttft_s", ttft_answer, "{:.1f} s", "Time until the answer's first token (two tool rounds)")
figure("plan_full_s", full_answer, "{:.1f} s", "Time until the whole answer has streamed")
figure("plan_route_at_s", t_round1 + t_round2, "{:.1f} s", "Time until the route can be drawn (after round 2's tools)")

decode_tokens = tool_call_tokens * (plan_rounds - 1) + answer_tokens
gpu_s_prefill = 2 * p70 * sum(new_tokens) / (H100.bf16_dense_flops * mfu)
gpu_s_decode = decode_tokens * plan_gpus / agg_tps
plan_gpu_s = gpu_s_prefill + gpu_s_decode
plan_usd = plan_gpu_s / 3600 * gpu_usd
figure("plan_gpu_s", plan_gpu_s, "{:.1f} GPU-seconds", "GPU time per plan (prefill + share of batched decode)")
figure("plan_usd", plan_usd * 1e3, "${:.2f} per thousand plans", "Cost per thousand plans")
plans_day = dau * planner_share
figure("plans_day", plans_day / 1e6, "{:.0f} million/day", "Plans per day")
figure("plans_peak", plans_day / DAY * peak_mult, "{:,.0f}/s", "Plans per second at peak")
figure("plan_usd_day", plans_day * plan_usd / 1e3, "${:,.1f} thousand/day", "Planner bill per day")
plan_gpus_peak = math.ceil(plan_gpu_s * plans_day / DAY * peak_mult / 0.6 / plan_gpus) * plan_gpus
figure("plan_gpus_total", plan_gpus_peak, "{:,d} GPUs", "Planner GPUs at peak (60% utilisation, whole replicas)")
figure("plan_replicas", plan_gpus_peak // plan_gpus, "{:,d} replicas", "70B replicas at peak")
figure("plan_fleet_usd_day", plan_gpus_peak * 24 * gpu_usd / 1e3, "${:,.1f} thousand/day", "That fleet held all day at peak size")
route_usd = (mld_ms + query_overhead_ms) / 1e3 / 3600 * core_usd_h
figure("route_usd_m", route_usd * 1e6, "${:.3f} per million", "Cost of a routing query (CPU only)")
figure("plan_vs_route", plan_usd / (route_usd * 4), "{:,.0f}x", "One plan over the four routing-service calls it makes")
# A small model for the two tool-selection rounds
w8 = llm.weights_bytes(L8)
p8 = llm.param_count(L8)
kv8 = llm.kv_cache_bytes_per_token(L8)
tps8 = llm.decode_tokens_per_s(w8, kv8, plan_batch, ctx_final, p8, H100.hbm_bytes_per_s, H100.bf16_dense_flops, bw_eff)
gpu_s_small = 2 * p8 * sum(new_tokens[:2]) / (H100.bf16_dense_flops * mfu) + tool_call_tokens * 2 / tps8
gpu_s_mixed = gpu_s_small + 2 * p70 * new_tokens[2] / (H100.bf16_dense_flops * mfu) + answer_tokens * plan_gpus / agg_tps
figure("plan_small_tps", tps8 / plan_batch, "{:.0f} tokens/s", "Per-stream decode of Llama 3.1 8B on one H100 at batch 32")
figure("plan_mixed_share", gpu_s_mixed / plan_gpu_s, "{:.0%}", "GPU time of an 8B tool router plus 70B answer, against 70B throughout")

# Place summaries (offline batch, Llama 3.1 8B on one H100)
tps8_sum = llm.decode_tokens_per_s(w8, kv8, sum_batch, review_tokens + summary_tokens, p8, H100.hbm_bytes_per_s,
                                   H100.bf16_dense_flops, bw_eff)
sum_gpu_s = llm.prefill_time_s(p8, review_tokens, H100.bf16_dense_flops, mfu) + summary_tokens / tps8_sum
summ_places = places * reviewed_share
figure("sum_places", summ_places / 1e6, "{:,.0f} million", "Places with a generated summary")
figure("sum_gpu_ms", sum_gpu_s * 1e3, "{:.0f} ms", "GPU time per summary")
figure("sum_full_gpu_h", summ_places * sum_gpu_s / 3600, "{:,.0f} GPU-hours", "One pass over every such place")
figure("sum_full_usd", summ_places * sum_gpu_s / 3600 * gpu_usd / 1e3, "${:,.0f} thousand", "That pass at the GPU price")
figure("sum_week_usd", summ_places * sum_refresh * sum_gpu_s / 3600 * gpu_usd / 1e3, "${:,.1f} thousand/week",
       "Weekly refresh of places with new reviews")

# %% [markdown]
# ## 13. Scaling from the MVP (1/1000 of the target)

# %%
for mult, tag in ((1, "x1"), (10, "x10"), (100, "x100"), (1000, "x1000")):
    f = mult / mvp_div
    figure(f"s_{tag}_dau", dau * f / 1e6, "{:,.1f} million", f"Daily users at {mult}x the MVP")
    figure(f"s_{tag}_tiles", tile_req_peak * f, "{:,.0f}/s", f"Tile requests at the CDN at peak, {mult}x")
    figure(f"s_{tag}_paths", paths_peak * f, "{:,.0f}/s", f"Path queries at peak, {mult}x")
    figure(f"s_{tag}_nav", nav_conc_peak * f, "{:,.0f}", f"Concurrent navigation sessions at peak, {mult}x")
    figure(f"s_{tag}_fixes", fixes_peak * f, "{:,.0f}/s", f"Probe fixes at peak, {mult}x")
    figure(f"s_{tag}_cores", max(route_cores * f, 1), "{:,.0f}", f"Routing cores at peak, {mult}x")
mvp_fixes = fixes_peak / mvp_div
figure("mvp_fixes_db_share", mvp_fixes / db_write_budget, "{:.0%}", "MVP probe fixes as a share of one primary, if stored row by row")
figure("db_break_mult", db_write_budget / mvp_fixes, "{:.1f}x", "MVP multiple where per-fix rows exceed one primary")
figure("mvp_dij_cores", dij_core_s / route_util / mvp_div, "{:,.0f} cores", "MVP on Dijkstra and A*")
