# %% [markdown]
# # Design Netflix
#
# The back-of-the-envelope notebook behind the walkthrough. Inputs come first, each
# declared once with `assume` and its source; every number the page quotes is a
# `figure` computed below. Sections:
#
# 1. Inputs
# 2. Concurrency and egress at the evening peak
# 3. The control plane: plays, manifests, licences, home pages, bookmarks
# 4. Storage per title across the bitrate ladder, and the whole catalogue
# 5. Encoding compute per hour of content, chunked parallelism, re-encoding the catalogue
# 6. Edge cache capacity against the long tail (Zipf), proactive fill against LRU, and the chart
# 7. One ISP site: appliances, nightly fill, and what one dead appliance costs
# 8. Playback start: the latency budget, cold and warm
# 9. Adaptive bitrate: throughput-based against buffer-based, simulated on a bandwidth drop
# 10. Region failure in the control plane
# 11. Scaling 10x, 100x, 1000x from the MVP, and what a commercial CDN would cost
# 12. Interviewer twists: a live event, and generated subtitles

# %% [markdown]
# ## 1. Inputs
#
# The Coditioning guide reports "Design Netflix" as a question but gives no load, so the
# traffic numbers are assumptions of this walkthrough. Published Netflix figures that
# anchor them (memberships, hours viewed, Open Connect fill windows, chunk and shot
# lengths from the encoding posts) carry their source and were checked on 2026-11-23.

# %%
import math

import numpy as np

from estimates import assume, assumptions_table, figure
from estimates import llm
from estimates import reference as ref

DAY = ref.SECONDS_PER_DAY
L8 = ref.MODELS["llama-3.1-8b"]
H100 = ref.GPUS["h100-sxm"]

# Published anchors (verified 2026-11-23)
members_m = assume("members_m", 300, "{:d} million members", "Paid memberships (301.6 million reported for Q4 2024, rounded)",
                   "Netflix Q4 2024 results, as reported (checked 2026-11-23)")
members = members_m * 1e6
h1_hours_bn = assume("h1_hours_bn", 100, "{:d} billion hours", "Hours viewed January to June 2023, all titles",
                     "Netflix engagement report, Dec 2023, as reported (checked 2026-11-23)")
h1_hours = h1_hours_bn * 1e9
h1_days = assume("h1_days", 181, "{:d} days", "Days from 1 January to 30 June 2023", "calendar")
report_titles = assume("report_titles", 18_000, "{:,d} titles", "Titles in the engagement report (99% of viewing)",
                       "Netflix engagement report, Dec 2023, as reported (checked 2026-11-23)")
fill_window_h = assume("fill_window_h", 12, "{:d} h", "Nightly fill window of an embedded appliance",
                       "Open Connect partner help centre, fill windows (checked 2026-11-23)")
fill_gbps = assume("fill_gbps", 1.2, "{:.1f} Gb/s", "Maximum fill rate of a storage appliance",
                   "Open Connect partner help centre, fill windows (checked 2026-11-23)")
fill_tb_doc = assume("fill_tb_doc", 6.5, "{:.1f} TB", "Fill traffic per storage appliance per window, as documented",
                     "Open Connect partner help centre, fill windows (checked 2026-11-23)")
chunk_min = assume("chunk_min", 3, "{:d} min", "Encode chunk length before shot-based encoding",
                   "Netflix TechBlog, optimized shot-based encodes, 2018 (checked 2026-11-23)")
shot_s = assume("shot_s", 4, "{:d} s", "Average shot length used in shot-based encoding",
                "Netflix TechBlog, optimized shot-based encodes, 2018 (checked 2026-11-23)")
analysis_mult = assume("analysis_mult", 10, "{:d}x", "Extra analysis work of shot-based optimisation ('an order of magnitude')",
                       "Netflix TechBlog, optimized shot-based encodes, 2018 (checked 2026-11-23)")
av1_saving = assume("av1_saving", 1 / 3, "{:.0%}", "Bandwidth AV1 saves over AVC at equal quality (about a third)",
                    "Netflix TechBlog, AV1 at 30% of streaming, Dec 2025 (checked 2026-11-23)")
oca_demo_gbps = assume("oca_demo_gbps", 400, "{:d} Gb/s", "TLS video per server, the goal of Netflix's 2021 talk",
                       "Gallatin, EuroBSDCon 2021 (checked 2026-11-23)")
live_streams_m = assume("live_streams_m", 65, "{:d} million streams", "Peak concurrent streams, Paul v Tyson, Nov 2024",
                        "Netflix, as reported by The Hindu (checked 2026-11-23)")
live_peak_streams = live_streams_m * 1e6

# Viewing (assumptions)
hours_per_member = assume("hours_per_member", 2.0, "{:.1f} h", "Hours viewed per member per day")
peak_to_mean = assume("peak_to_mean", 1.8, "{:.1f}x", "Global peak-to-mean ratio of concurrent streams")
site_peak_to_mean = assume("site_peak_to_mean", 3.0, "{:.1f}x", "Evening peak-to-mean at one ISP (one time zone)")
mean_mbps = assume("mean_mbps", 4.0, "{:.1f} Mb/s", "Mean delivered video+audio bitrate across devices")
session_h = assume("session_h", 0.75, "{:.2f} h", "Mean playback session length")
home_loads = assume("home_loads", 3, "{:d}", "Home-page loads per member per day")
bookmark_s = assume("bookmark_s", 30, "{:d} s", "Interval between playback-position heartbeats", "design choice")

# Ladders and tracks (assumptions; the AVC ladder is Netflix's pre-2015 fixed ladder)
AVC_LADDER = [(235, 320, 240), (375, 384, 288), (560, 512, 384), (750, 512, 384), (1050, 640, 480),
              (1750, 720, 480), (2350, 1280, 720), (3000, 1280, 720), (4300, 1920, 1080), (5800, 1920, 1080)]
avc_ladder_txt = assume("avc_ladder_txt", ", ".join(f"{k:,}" for k, _, _ in AVC_LADDER), "{} kb/s",
                        "H.264 ladder, 320x240 to 1920x1080 (the fixed ladder per-title encoding replaced)",
                        "Netflix TechBlog, per-title encode optimization, Dec 2015 (checked 2026-11-23)")
UHD_LADDER = [(8000, 3840, 2160), (11000, 3840, 2160), (15000, 3840, 2160)]
uhd_ladder_txt = assume("uhd_ladder_txt", ", ".join(f"{k:,}" for k, _, _ in UHD_LADDER), "{} kb/s",
                        "Extra 4K HEVC rungs for titles that have 4K")
uhd_share = assume("uhd_share", 0.5, "{:.0%}", "Share of catalogue hours with a 4K ladder")
audio_langs = assume("audio_langs", 8, "{:d}", "Audio languages per title (original plus dubs)")
audio_kbps = assume("audio_kbps", 576, "{:d} kb/s", "Audio per language: stereo 128 + 5.1 448 kb/s")
sub_langs = assume("sub_langs", 30, "{:d}", "Subtitle languages per title")
sub_kb_per_h = assume("sub_kb_per_h", 60, "{:d} KB", "Timed-text file per language per content hour")
hours_per_title = assume("hours_per_title", 4.0, "{:.1f} h", "Mean content hours per title (films ~2 h, seasons ~8 h)")
mezz_mbps = assume("mezz_mbps", 250, "{:d} Mb/s", "Mezzanine (source master) bitrate kept for re-encodes")
new_hours_day = assume("new_hours_day", 30, "{:d} h", "New content hours ingested per day")

# Encoding cost (assumptions): core-seconds per second of content at 1920x1080, scaled by pixels
avc_cost = assume("avc_cost", 8, "{:d} core-s/s", "H.264 slow preset at 1080p, per second of content")
hevc_cost = assume("hevc_cost", 30, "{:d} core-s/s", "HEVC slow preset at 1080p, per second of content")
av1_cost = assume("av1_cost", 80, "{:d} core-s/s", "AV1 slow preset at 1080p, per second of content")
core_usd = assume("core_usd", 0.02, "${:.2f}", "Price of a spare (spot) core-hour")
instance_cores = assume("instance_cores", 32, "{:d} cores", "Cores per encode worker instance")
spare_cores = assume("spare_cores", 100_000, "{:,d} cores", "Idle cores the encode farm can borrow off-peak")

# Edge and sites (assumptions)
zipf_alpha = assume("zipf_alpha", 1.0, "{:.1f}", "Zipf exponent of title popularity at one site")
box_tb = assume("box_tb", 300, "{:d} TB", "Usable storage of one storage appliance")
flash_tb = assume("flash_tb", 30, "{:d} TB", "Usable storage of one flash appliance")
box_gbps = assume("box_gbps", 100, "{:d} Gb/s", "Planning throughput of one appliance at a site")
box_util = assume("box_util", 0.7, "{:.0%}", "Target peak utilisation of a site's appliances")
site_members = assume("site_members", 1e6, "{:,.0f} members", "Members behind one large embedded ISP site")
site_boxes_storage = assume("site_boxes_storage", 2, "{:d}", "Storage appliances at that site (the rest are flash)")
head_share = assume("head_share", 0.8, "{:.0%}", "Share of site bytes from titles kept on two appliances")
churn_share = assume("churn_share", 0.01, "{:.0%}", "Share of a site's stored bytes replaced nightly as popularity shifts")
ix_hit = assume("ix_hit", 0.99, "{:.0%}", "Hit ratio of the second tier (IX sites holding nearly all titles)")

# Startup (assumptions and design choices)
api_rtt_ms = assume("api_rtt_ms", 60, "{:d} ms", "Round trip from a device to the control-plane region")
edge_rtt_ms = assume("edge_rtt_ms", 15, "{:d} ms", "Round trip from a device to an appliance in its ISP")
manifest_ms = assume("manifest_ms", 120, "{:d} ms", "Server time to authorise, pick streams and steer (playback service)")
licence_ms = assume("licence_ms", 80, "{:d} ms", "Server time to issue a DRM licence")
startup_kbps = assume("startup_kbps", 3000, "{:,d} kb/s", "Rung the player starts on (from the last session's throughput)")
seg_s = assume("seg_s", 4, "{:d} s", "Segment length", "design choice")
start_buffer_s = assume("start_buffer_s", 4, "{:d} s", "Video buffered before the first frame is shown", "design choice")
line_mbps = assume("line_mbps", 25, "{:d} Mb/s", "Household throughput to the appliance")
init_cwnd = assume("init_cwnd", 10, "{:d} segments", "TCP initial congestion window (1,460-byte segments)")
decode_ms = assume("decode_ms", 100, "{:d} ms", "Decoder set-up and first frame on a TV")
startup_target_s = assume("startup_target_s", 1.0, "{:.1f} s", "Play-start target (p50, warm path)", "design choice")

# Control plane and scale (assumptions)
regions = assume("regions", 3, "{:d}", "Control-plane regions, active-active")
db_write_budget = assume("db_write_budget", 10_000, "{:,d} rows/s", "Indexed row writes one relational primary sustains (planning budget)")
persist_s = assume("persist_s", 300, "{:d} s", "Bookmark persisted on pause, stop, and at most this often while playing", "design choice")
mvp_members = assume("mvp_members", 300_000, "{:,d} members", "Members of the MVP (1/1000 of the target)")
cdn_usd_gb_small = assume("cdn_usd_gb_small", 0.02, "${:.3f}/GB", "Commercial CDN price at MVP volume")
cdn_usd_gb_large = assume("cdn_usd_gb_large", 0.003, "${:.3f}/GB", "Commercial CDN price at the largest committed volume")
fleet_boxes = assume("fleet_boxes", 10_000, "{:,d} appliances", "Own appliance fleet, sized by footprint (ISP sites), not throughput")
box_usd = assume("box_usd", 30_000, "${:,d}", "Cost of one appliance")
box_years = assume("box_years", 4, "{:d} years", "Appliance depreciation period")
own_opex_mult = assume("own_opex_mult", 2.0, "{:.1f}x", "Running cost (people, shipping, backbone, fill) over hardware depreciation")

# Twist: subtitles translated by a model (assumptions; model shape and GPU from estimates.reference)
words_per_h = assume("words_per_h", 7000, "{:,d} words", "Dialogue words per content hour")
out_tokens_ratio = assume("out_tokens_ratio", 1.3, "{:.1f}x", "Output tokens per source token across target scripts")
mt_batch = assume("mt_batch", 64, "{:d}", "Concurrent translation sequences per GPU")
mt_context = assume("mt_context", 2000, "{:,d} tokens", "Context per translation request (scene plus glossary)")
mt_eff = assume("mt_eff", 0.6, "{:.0%}", "Fraction of peak HBM bandwidth a serving engine sustains")
gpu_usd = assume("gpu_usd", 3.0, "${:.2f}", "Price of one H100 GPU-hour")
assumptions_table()


# %%
def ceil_(x):
    """Ceiling that ignores floating-point dust."""
    return math.ceil(round(x, 6))


# %% [markdown]
# ## 2. Concurrency and egress at the evening peak
#
# Mean concurrent streams = hours viewed per day / 24. Peaks are regional evenings; the
# global peak is flatter than any one region's because time zones overlap only partly.

# %%
hours_day = figure("hours_day", members * hours_per_member / 1e6, "{:,.0f} million hours/day", "Hours viewed per day")
report_hours_day = figure("report_hours_day", h1_hours / h1_days / 1e6, "{:,.0f} million hours/day",
                          "Hours per day implied by the engagement report (H1 2023)")
figure("hours_vs_report", hours_day / report_hours_day, "{:.2f}x", "Our viewing assumption over the 2023 report rate")
streams_mean = members * hours_per_member / 24
figure("streams_mean", streams_mean / 1e6, "{:.0f} million streams", "Mean concurrent streams")
streams_peak = streams_mean * peak_to_mean
figure("streams_peak", streams_peak / 1e6, "{:.0f} million streams", "Peak concurrent streams")
figure("peak_share_members", streams_peak / members, "{:.0%}", "Share of members streaming at the global peak")
egress_peak_tbps = streams_peak * mean_mbps / 1e6
figure("egress_peak_tbps", egress_peak_tbps, "{:,.0f} Tb/s", "Peak egress")
egress_day_eb = hours_day * 1e6 * 3600 * mean_mbps * 1e6 / 8 / 1e18
figure("egress_day_eb", egress_day_eb, "{:.2f} EB/day", "Video bytes delivered per day")
figure("egress_month_eb", egress_day_eb * 30, "{:.0f} EB/month", "Video bytes delivered per 30-day month")
gb_per_hour_viewed = mean_mbps * 1e6 * 3600 / 8 / 1e9
figure("gb_per_hour_viewed", gb_per_hour_viewed, "{:.1f} GB", "Bytes per hour viewed at the mean bitrate")
boxes_throughput = ceil_(egress_peak_tbps * 1000 / (box_gbps * box_util))
figure("boxes_throughput", boxes_throughput, "{:,d} appliances", "Appliances the peak needs for throughput alone")
figure("boxes_if_demo", ceil_(egress_peak_tbps * 1000 / oca_demo_gbps), "{:,d} servers",
       "Servers at the 400 Gb/s showcase rate (a floor, not a plan)")

# %% [markdown]
# ## 3. The control plane
#
# Every play costs one manifest request (authorisation, stream selection, steering) and
# one licence request; every stream sends a position heartbeat. None of this is video.

# %%
plays_day = hours_day * 1e6 / session_h
figure("plays_day", plays_day / 1e6, "{:,.0f} million plays/day", "Playback starts per day")
plays_peak = plays_day / DAY * peak_to_mean
figure("plays_peak", plays_peak, "{:,.0f} plays/s", "Playback starts per second at peak")
figure("licence_peak", plays_peak, "{:,.0f} licences/s", "Licence requests per second at peak (one per play)")
home_peak = members * home_loads / DAY * peak_to_mean
figure("home_peak", home_peak, "{:,.0f} pages/s", "Home-page loads per second at peak")
bookmarks_peak = streams_peak / bookmark_s
figure("bookmarks_peak", bookmarks_peak / 1e6, "{:.1f} million writes/s", "Playback-position writes per second at peak")
figure("bookmark_vs_plays", bookmarks_peak / plays_peak, "{:,.0f}x", "Heartbeat writes per playback start")
control_bytes_per_play = 30e3 + 10e3          # manifest ~30 KB, licence ~10 KB
figure("control_gbps", plays_peak * control_bytes_per_play * 8 / 1e9, "{:.1f} Gb/s",
       "Manifest and licence bytes at peak (30 KB + 10 KB per play)")
figure("control_share", plays_peak * control_bytes_per_play * 8 / (egress_peak_tbps * 1e12), "{:.4%}",
       "Control-plane bytes as a share of video egress")

# %% [markdown]
# ## 4. Storage per title across the ladder
#
# Bytes per content hour = sum of rung bitrates x 3,600 s / 8. The AV1 ladder is the
# AVC ladder scaled by the published saving; 4K rungs apply to half the catalogue.

# %%
def gb_per_hour(kbps_sum):
    return kbps_sum * 1e3 * 3600 / 8 / 1e9


avc_sum = sum(k for k, _, _ in AVC_LADDER)
uhd_sum = sum(k for k, _, _ in UHD_LADDER)
figure("avc_rungs", len(AVC_LADDER), "{:d} rungs", "Rungs in the AVC ladder")
figure("avc_sum_kbps", avc_sum, "{:,d} kb/s", "Sum of the AVC ladder's bitrates")
avc_gbh = figure("avc_gbh", gb_per_hour(avc_sum), "{:.1f} GB", "AVC ladder per content hour")
av1_gbh = figure("av1_gbh", gb_per_hour(avc_sum * (1 - av1_saving)), "{:.1f} GB", "AV1 ladder per content hour")
uhd_gbh = figure("uhd_gbh", gb_per_hour(uhd_sum), "{:.1f} GB", "4K HEVC rungs per content hour (titles with 4K)")
audio_gbh = figure("audio_gbh", gb_per_hour(audio_langs * audio_kbps), "{:.1f} GB", "Audio tracks per content hour")
subs_gbh = sub_langs * sub_kb_per_h * 1e3 / 1e9
figure("subs_mb", subs_gbh * 1e3, "{:.1f} MB", "Subtitles per content hour, all languages")
per_hour_gb = avc_gbh + av1_gbh + uhd_share * uhd_gbh + audio_gbh + subs_gbh
figure("per_hour_gb", per_hour_gb, "{:.1f} GB", "All renditions per content hour (catalogue average)")
figure("audio_share", audio_gbh / per_hour_gb, "{:.0%}", "Audio's share of rendition bytes")
figure("top_rung_share", gb_per_hour(5800) / per_hour_gb, "{:.0%}", "The 1080p 5,800 kb/s rung's share of rendition bytes")
per_title_gb = per_hour_gb * hours_per_title
figure("per_title_gb", per_title_gb, "{:.0f} GB", "All renditions of a mean title")
film_gb = figure("film_gb", per_hour_gb * 2, "{:.0f} GB", "All renditions of a 2-hour film")
catalogue_hours = report_titles * hours_per_title
figure("catalogue_hours", catalogue_hours, "{:,.0f} content hours", "Catalogue size in content hours")
catalogue_pb = catalogue_hours * per_hour_gb / 1e6
figure("catalogue_pb", catalogue_pb, "{:.2f} PB", "One copy of every rendition of every title")
mezz_pb = catalogue_hours * mezz_mbps * 1e6 * 3600 / 8 / 1e15
figure("mezz_pb", mezz_pb, "{:.1f} PB", "Mezzanine masters for the catalogue")
figure("mezz_vs_renditions", mezz_pb / catalogue_pb, "{:.1f}x", "Masters over renditions")
figure("boxes_for_catalogue", ceil_(catalogue_pb * 1000 / box_tb), "{:d} storage appliances",
       "Storage appliances that hold the whole catalogue")
figure("new_tb_day", new_hours_day * per_hour_gb / 1e3, "{:.2f} TB/day", "Renditions of one day's new content")

# %% [markdown]
# ## 5. Encoding compute per hour of content
#
# Cost per rung = codec cost at 1080p x (rung pixels / 1080p pixels). Per-title encoding
# adds trial encodes (assume as much work as the final ladder); shot-based optimisation
# adds an order of magnitude more analysis.

# %%
PX_1080 = 1920 * 1080


def ladder_core_s(ladder, cost):
    return sum(cost * w * h / PX_1080 for _, w, h in ladder)


avc_core_h = ladder_core_s(AVC_LADDER, avc_cost)                 # core-hours per content hour (s/s = h/h)
av1_core_h = ladder_core_s(AVC_LADDER, av1_cost)
uhd_core_h = ladder_core_s(UHD_LADDER, hevc_cost)
figure("avc_core_h", avc_core_h, "{:.0f} core-hours", "AVC ladder, per content hour")
figure("av1_core_h", av1_core_h, "{:.0f} core-hours", "AV1 ladder, per content hour")
figure("uhd_core_h", uhd_core_h, "{:.0f} core-hours", "4K HEVC rungs, per content hour")
final_core_h = avc_core_h + av1_core_h + uhd_share * uhd_core_h
figure("final_core_h", final_core_h, "{:,.0f} core-hours", "All final encodes per content hour")
per_title_core_h = final_core_h * 2
figure("per_title_core_h", per_title_core_h, "{:,.0f} core-hours", "With per-title trial encodes (2x)")
shot_core_h = final_core_h * (1 + analysis_mult)
figure("shot_core_h", shot_core_h, "{:,.0f} core-hours", "With shot-based analysis (1 + 10x)")
figure("shot_usd_per_h", shot_core_h * core_usd, "${:,.0f}", "Spot compute per content hour, shot-based")
figure("fixed_avc_usd_per_h", avc_core_h * core_usd, "${:.2f}", "Spot compute per content hour, fixed AVC ladder only")
daily_core_h = new_hours_day * shot_core_h
figure("daily_core_h", daily_core_h / 1e3, "{:,.0f} thousand core-hours/day", "Encoding new content per day")
figure("daily_cores", daily_core_h / 24, "{:,.0f} cores", "Cores busy around the clock for new content")
figure("encode_cost_per_view_h", shot_core_h * core_usd / 1e6, "${:.5f}",
       "Encoding cost per content hour spread over a million hours viewed")
# Chunked parallelism on the slowest job: the 4K top rung in HEVC (or AV1 1080p, whichever is slower)
slow_job_cost = max(hevc_cost * 4, av1_cost)                     # core-s per content-s (4K is 4x the pixels)
figure("slow_job_cost", slow_job_cost, "{:d} core-s/s", "Slowest rung's cost per second of content")
chunks_per_h = 60 / chunk_min
figure("chunks_per_h", chunks_per_h, "{:.0f} chunks", "3-minute chunks in a 1-hour episode")
figure("shots_per_h", 3600 / shot_s, "{:,.0f} shots", "4-second shots in a 1-hour episode")
serial_h = 3600 * slow_job_cost / instance_cores / 3600
figure("serial_h", serial_h, "{:.1f} h", "Slowest rung of a 1-hour episode on one instance")
chunk_wall_min = chunk_min * 60 * slow_job_cost / instance_cores / 60
figure("chunk_wall_min", chunk_wall_min, "{:.0f} min", "Same rung with every chunk on its own instance")
figure("chunk_speedup", serial_h * 60 / chunk_wall_min, "{:.0f}x", "Wall-clock speed-up from chunking")
reencode_core_h = catalogue_hours * av1_core_h * (1 + analysis_mult)
figure("reencode_mcore_h", reencode_core_h / 1e6, "{:.0f} million core-hours", "Re-encoding the catalogue in AV1, shot-based")
figure("reencode_days", reencode_core_h / spare_cores / 24, "{:.0f} days", "On the spare cores around the clock")
figure("reencode_days_offpeak", reencode_core_h / spare_cores / 12, "{:.0f} days", "On those cores 12 hours a day")
figure("reencode_usd", reencode_core_h * core_usd / 1e6, "${:.1f} million", "Spot cost of that re-encode")

# %% [markdown]
# ## 6. Edge cache capacity against the long tail
#
# **Declared assumption:** at one site, the request share of the title ranked i is
# proportional to i^-alpha (Zipf), alpha = 1.0, over the catalogue's titles, all of equal
# size. Two fill policies:
#
# * **Proactive (top-k):** the site is filled overnight with the k most popular titles,
#   so the hit ratio is the request share of the top k: H(k, alpha) / H(N, alpha).
# * **Reactive LRU:** fill on miss, evict the least recently used. Hit ratio by Che's
#   approximation: find T with sum(1 - exp(-p_i T)) = k; hit = sum p_i (1 - exp(-p_i T)).

# %%
N = int(report_titles)
ranks = np.arange(1, N + 1, dtype=float)


def zipf_p(alpha):
    w = ranks ** -alpha
    return w / w.sum()


def topk_hit(alpha, k):
    p = zipf_p(alpha)
    return float(p[: int(k)].sum())


def lru_hit(alpha, k):
    p = zipf_p(alpha)
    k = min(int(k), N - 1)
    lo, hi = 1e-3, 1e12
    for _ in range(200):                          # bisection on the characteristic time
        mid = math.sqrt(lo * hi)
        if np.sum(1 - np.exp(-p * mid)) < k:
            lo = mid
        else:
            hi = mid
    return float(np.sum(p * (1 - np.exp(-p * lo))))


titles_per_tb = 1000 / per_title_gb
figure("titles_per_box", box_tb * titles_per_tb, "{:,.0f} titles", "Titles one storage appliance holds")
figure("titles_per_flash", flash_tb * titles_per_tb, "{:,.0f} titles", "Titles one flash appliance holds")
site_tb = site_boxes_storage * box_tb
site_k = site_tb * titles_per_tb
figure("site_tb", site_tb, "{:,d} TB", "Storage at the example site")
figure("site_catalogue_share", site_k / N, "{:.0%}", "Share of the catalogue the example site holds")
hit_flash = figure("hit_flash", topk_hit(zipf_alpha, flash_tb * titles_per_tb), "{:.0%}",
                   "Hit ratio of one flash appliance, proactive fill")
figure("hit_box", topk_hit(zipf_alpha, box_tb * titles_per_tb), "{:.0%}", "Hit ratio of one storage appliance, proactive fill")
hit_site = figure("hit_site", topk_hit(zipf_alpha, site_k), "{:.1%}", "Hit ratio of the example site, proactive fill")
hit_site_lru = figure("hit_site_lru", lru_hit(zipf_alpha, site_k), "{:.1%}", "Hit ratio of the same storage under LRU")
figure("hit_site_a08", topk_hit(0.8, site_k), "{:.1%}", "Example site, proactive, if alpha were 0.8")
figure("hit_site_a12", topk_hit(1.2, site_k), "{:.1%}", "Example site, proactive, if alpha were 1.2")
figure("miss_ratio_gain", (1 - hit_site_lru) / (1 - hit_site), "{:.1f}x", "LRU's miss ratio over proactive fill's")
figure("top1pct_share", topk_hit(zipf_alpha, N / 100), "{:.0%}", "Request share of the top 1% of titles")
figure("top10pct_share", topk_hit(zipf_alpha, N / 10), "{:.0%}", "Request share of the top 10% of titles")
# Size for a target hit ratio
for target, key in ((0.90, "tb_for_90"), (0.95, "tb_for_95"), (0.99, "tb_for_99")):
    p = zipf_p(zipf_alpha)
    k = int(np.searchsorted(np.cumsum(p), target) + 1)
    figure(key, k / titles_per_tb, "{:,.0f} TB", f"Proactive storage for a {target:.0%} hit ratio")
# Upstream load at peak across all sites, if every site looked like the example one
upstream_tbps = egress_peak_tbps * (1 - hit_site)
figure("upstream_tbps", upstream_tbps, "{:.0f} Tb/s", "Peak traffic missing the embedded tier, proactive")
figure("upstream_lru_tbps", egress_peak_tbps * (1 - hit_site_lru), "{:.0f} Tb/s", "The same under LRU")
figure("origin_gbps", upstream_tbps * (1 - ix_hit) * 1000, "{:,.0f} Gb/s", "Peak reaching the origin past the IX tier")
figure("origin_share", (1 - hit_site) * (1 - ix_hit), "{:.2%}", "Share of peak egress that reaches the origin")

from estimates.charts import SERIES, new_chart, show  # noqa: E402

sizes_tb = np.geomspace(3, catalogue_pb * 1000, 60)
fig, ax = new_chart()
for alpha, ls in ((0.8, ":"), (1.0, "-"), (1.2, "--")):
    ax.plot(sizes_tb, [topk_hit(alpha, s * titles_per_tb) * 100 for s in sizes_tb], linestyle=ls,
            label=f"proactive top-k, alpha {alpha}")
ax.plot(sizes_tb, [lru_hit(1.0, s * titles_per_tb) * 100 for s in sizes_tb[:-1]] + [100.0],
        color=SERIES[3], label="reactive LRU, alpha 1.0")
ax.axvline(box_tb, color=SERIES[2], linewidth=1.0, linestyle="-.")
ax.text(box_tb * 1.08, 3, "one storage\nappliance", fontsize=9)
ax.axvline(flash_tb, color=SERIES[2], linewidth=1.0, linestyle="-.")
ax.text(flash_tb * 1.08, 3, "one flash\nappliance", fontsize=9)
ax.set_xscale("log")
ax.set_ylim(0, 100)
ax.set_xlabel("edge cache size at one site (TB, log scale)")
ax.set_ylabel("byte hit ratio (%)")
ax.set_title(f"{N:,} titles of {per_title_gb:.0f} GB, Zipf popularity")
ax.legend(frameon=False, fontsize=9, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2)
show(fig, alt="Line chart of edge hit ratio against cache size on a log scale: with proactive fill and a Zipf "
              "exponent of 1.0, one 30 TB flash appliance serves about 60 percent of bytes and a 300 TB storage "
              "appliance just over 80 percent; a steeper exponent of 1.2 raises the curve, a flatter 0.8 lowers it, "
              "and reactive LRU sits below proactive fill at every size until the whole catalogue fits.")

# %% [markdown]
# ## 7. One ISP site
#
# Size an embedded site for the evening peak of one time zone, fill it overnight, and
# price the loss of one appliance at peak.

# %%
site_streams = site_members * hours_per_member / 24 * site_peak_to_mean
figure("site_streams", site_streams, "{:,.0f} streams", "Peak streams at the example site")
figure("site_share", site_streams / site_members, "{:.0%}", "Share of the site's members streaming at its peak")
site_gbps = site_streams * mean_mbps / 1e3
figure("site_gbps", site_gbps, "{:,.0f} Gb/s", "Peak egress at the example site")
site_boxes = ceil_(site_gbps / (box_gbps * box_util)) + 1          # N+1
figure("site_boxes", site_boxes, "{:d} appliances", "Appliances at the site (N+1 at 70% target)")
figure("site_flash", site_boxes - site_boxes_storage, "{:d} flash appliances", "Of which flash")
figure("site_util", site_gbps / (site_boxes * box_gbps), "{:.0%}", "Peak utilisation with all appliances up")
figure("site_util_minus1", site_gbps / ((site_boxes - 1) * box_gbps), "{:.0%}", "Peak utilisation with one down")
figure("site_upstream_gbps", site_gbps * (1 - hit_site), "{:.0f} Gb/s", "Site peak traffic fetched from the IX tier")
fill_tb_calc = figure("fill_tb_calc", fill_gbps * 1e9 * fill_window_h * 3600 / 8 / 1e12, "{:.2f} TB",
                      "1.2 Gb/s for 12 hours, recomputed")
figure("fill_doc_check", fill_tb_calc / fill_tb_doc, "{:.3f}", "Recomputed over documented fill volume")
nightly_need_tb = new_hours_day * per_hour_gb / 1e3 + churn_share * site_tb
figure("nightly_need_tb", nightly_need_tb, "{:.1f} TB", "Nightly fill the site's storage tier needs (new + churn)")
per_box_fill_tb = nightly_need_tb / site_boxes_storage
figure("per_box_fill_tb", per_box_fill_tb, "{:.1f} TB", "Nightly fill per storage appliance")
figure("per_box_fill_h", per_box_fill_tb * 1e12 * 8 / (fill_gbps * 1e9) / 3600, "{:.1f} h",
       "Hours of the 12-hour window that takes at 1.2 Gb/s")
figure("fill_window_use", per_box_fill_tb / fill_tb_calc, "{:.0%}", "Share of the documented fill volume used")
# One storage appliance dies at peak. Titles that make up head_share of the site's hits are on at
# least two appliances (flash and storage); the tail beyond them sits on exactly one storage
# appliance, alternating between the two.
p_site = zipf_p(zipf_alpha)[: int(site_k)]
cum = np.cumsum(p_site)
k_head = int(np.searchsorted(cum, head_share * cum[-1]) + 1)
figure("k_head", k_head, "{:,d} titles", "Head titles kept on two appliances")
tail_idx = np.arange(k_head, int(site_k))
dead_idx = tail_idx[::2]                         # every other tail title lived on the dead appliance
lost = float(p_site[dead_idx].sum())
figure("dead_box_upstream_share", lost / hit_site, "{:.0%}", "Site hits lost when one storage appliance dies")
figure("dead_box_upstream_gbps", lost * site_gbps, "{:.0f} Gb/s", "Extra traffic sent upstream at the site's peak")
figure("dead_box_refill_days", box_tb * 1e12 * 8 / (fill_gbps * 1e9) / 3600 / fill_window_h, "{:.0f} nights",
       "Refilling a replacement's 300 TB through 12-hour windows at 1.2 Gb/s")
night_titles = int(fill_tb_calc * 1000 / per_title_gb)
regained = float(p_site[dead_idx[:night_titles]].sum())
figure("refill_night_titles", night_titles, "{:d} titles", "Titles one night's window refills")
figure("refill_night1_share", regained / lost, "{:.0%}", "Lost traffic won back after the first night (most popular first)")

# %% [markdown]
# ## 8. Playback start: the budget
#
# Cold path: the player asks for the manifest, then the licence, then opens a connection to
# the appliance and fetches enough segments to show a frame. Warm path: the manifest and
# licence were fetched while the member browsed, and a connection to the appliance is open.
# Segment download time uses slow start: the window doubles each round trip from 10 packets
# until it reaches the line rate.

# %%
MSS = 1460


def transfer_ms(nbytes, rtt_ms, line_bps):
    """Time to send nbytes on a new TCP connection: slow start, then the line rate."""
    sent, cwnd, t = 0.0, init_cwnd * MSS, 0.0
    line_per_rtt = line_bps / 8 * rtt_ms / 1000
    while sent < nbytes:
        window = min(cwnd, line_per_rtt)
        if window >= line_per_rtt:
            t += (nbytes - sent) / (line_bps / 8) * 1000
            break
        sent += window
        t += rtt_ms
        cwnd *= 2
    return t


start_bytes = startup_kbps * 1e3 * start_buffer_s / 8
figure("start_kb", start_bytes / 1e3, "{:,.0f} KB", "Video needed before the first frame")
seg_cold_ms = transfer_ms(start_bytes, edge_rtt_ms, line_mbps * 1e6)
seg_warm_ms = start_bytes * 8 / (line_mbps * 1e6) * 1000
cold = {
    "control-plane TLS (resumed, 1 RTT)": api_rtt_ms,
    "manifest: authorise, select, steer": api_rtt_ms + manifest_ms,
    "licence request": api_rtt_ms + licence_ms,
    "TCP + TLS 1.3 to the appliance": 2 * edge_rtt_ms,
    "first segments (slow start)": seg_cold_ms + edge_rtt_ms,
    "decoder set-up, first frame": decode_ms,
}
warm = {
    "control-plane TLS (resumed, 1 RTT)": 0,
    "manifest: authorise, select, steer": 0,
    "licence request": 0,
    "TCP + TLS 1.3 to the appliance": 0,
    "first segments (slow start)": seg_warm_ms + edge_rtt_ms,
    "decoder set-up, first frame": decode_ms,
}
cold_ms = sum(cold.values())
warm_ms = sum(warm.values())
figure("startup_cold_ms", cold_ms, "{:,.0f} ms", "Play start, cold path")
figure("startup_warm_ms", warm_ms, "{:,.0f} ms", "Play start, warm path (prefetched manifest and licence, open connection)")
figure("startup_control_ms", cold["control-plane TLS (resumed, 1 RTT)"] + cold["manifest: authorise, select, steer"]
       + cold["licence request"], "{:,.0f} ms", "Control-plane share of the cold path")
figure("startup_seg_cold_ms", seg_cold_ms + edge_rtt_ms, "{:,.0f} ms", "First segments on a new connection")
figure("startup_seg_warm_ms", seg_warm_ms + edge_rtt_ms, "{:,.0f} ms", "First segments on a warm connection")
parallel_ms = api_rtt_ms + max(api_rtt_ms + manifest_ms, api_rtt_ms + licence_ms) + 2 * edge_rtt_ms + seg_cold_ms \
    + edge_rtt_ms + decode_ms
figure("startup_parallel_ms", parallel_ms, "{:,.0f} ms", "Cold path with manifest and licence in parallel")
miss_penalty_ms = 2 * 40 + 100                 # upstream RTT to the IX tier twice plus a disk read
figure("startup_miss_ms", cold_ms + miss_penalty_ms, "{:,.0f} ms", "Cold path when the first segment misses the site")
low_rung_bytes = 235e3 * start_buffer_s / 8
figure("startup_low_rung_ms", cold_ms - seg_cold_ms + transfer_ms(low_rung_bytes, edge_rtt_ms, line_mbps * 1e6),
       "{:,.0f} ms", "Cold path if the player started on the 235 kb/s rung")
for i, (name, ms) in enumerate(cold.items(), start=1):
    figure(f"sb{i}_cold", ms, "{:,.0f} ms", f"Cold path: {name}")
    figure(f"sb{i}_warm", warm[name], "{:,.0f} ms", f"Warm path: {name}")
    print(f"{name:40} cold {ms:6.0f} ms   warm {warm[name]:6.0f} ms")
figure("startup_cold_over", cold_ms / 1000 - startup_target_s, "{:.2f} s", "Cold path over the 1 s target")

# %% [markdown]
# ## 9. Adaptive bitrate on a bandwidth drop
#
# A segment-level simulation with the AVC ladder and 4-second segments. Bandwidth is
# 12 Mb/s, drops to 2.5 Mb/s between 60 s and 120 s, and dips to 1.5 Mb/s for 8 s at 200 s.
#
# * **Throughput-based:** estimate = harmonic mean of the last 3 segment throughputs; pick
#   the highest rung at or below 0.8 x the estimate.
# * **Buffer-based (BBA-style, after Huang et al., SIGCOMM 2014):** below a 10 s reservoir
#   pick the lowest rung; above 10 + 40 s the highest; in between map the buffer linearly
#   onto the ladder. During start-up (until the buffer first passes the reservoir) it uses
#   the throughput rule, as the paper found necessary.
#
# The player holds at most 60 s of video and pauses downloading when full.

# %%
RATES = [k for k, _, _ in AVC_LADDER]
RESERVOIR, CUSHION, BUF_MAX = 10.0, 40.0, 60.0


DROP = (60.0, 120.0, 2.5e6)       # start, end, bandwidth during the drop
DIP = (200.0, 208.0, 1.5e6)       # a short dip later on
BASE_BPS = 12e6


def bandwidth(t):
    for start, end, bps in (DROP, DIP):
        if start <= t < end:
            return bps
    return BASE_BPS


def download(t0, nbits):
    """Advance time from t0 until nbits have arrived under the piecewise bandwidth."""
    t, left = t0, nbits
    while left > 0:
        bw = bandwidth(t)
        step = 0.05
        if bw * step >= left:
            return t + left / bw
        left -= bw * step
        t += step
    return t


def rung_for_throughput(est_bps):
    ok = [r for r in RATES if r * 1e3 <= 0.8 * est_bps]
    return ok[-1] if ok else RATES[0]


def rung_for_buffer(buf):
    if buf <= RESERVOIR:
        return RATES[0]
    if buf >= RESERVOIR + CUSHION:
        return RATES[-1]
    target = RATES[0] + (RATES[-1] - RATES[0]) * (buf - RESERVOIR) / CUSHION
    ok = [r for r in RATES if r <= target]
    return ok[-1]


def simulate(policy, segments=90):
    t, buf, playing, started_at = 0.0, 0.0, False, None
    history, stall, trace, chosen = [], 0.0, [], []
    startup = True
    first_low_play, last_low_end = None, None
    for i in range(segments):
        if buf > BUF_MAX - seg_s:                      # buffer full: wait until there is room
            wait = buf - (BUF_MAX - seg_s)
            t += wait
            buf -= wait
        if i == 0:
            rate = startup_kbps
        elif policy == "throughput":
            rate = rung_for_throughput(len(history[-3:]) / sum(1 / h for h in history[-3:]))
        else:
            r_tp, r_bb = rung_for_throughput(history[-1]), rung_for_buffer(buf)
            if startup and r_bb >= r_tp:
                startup = False                        # the buffer map has caught up: leave start-up
            rate = r_tp if startup else r_bb
        t_end = download(t, rate * 1e3 * seg_s)
        dt = t_end - t
        if playing:
            if dt > buf:
                stall += dt - buf
                buf = 0.0
            else:
                buf -= dt
        history.append(rate * 1e3 * seg_s / dt)
        t = t_end
        buf += seg_s
        if not playing and buf >= start_buffer_s:
            playing, started_at = True, t
        chosen.append((t, rate, buf))
        trace.append((t, buf))
        # When does the first segment fetched below the pre-drop rung reach the screen?
        if t < DROP[0]:
            pre_drop_rate = rate
        elif rate < pre_drop_rate and t < DROP[1] + 30:
            plays_at = t + buf - seg_s             # it plays once the buffer ahead of it drains
            if first_low_play is None:
                first_low_play = plays_at
            last_low_end = plays_at + seg_s
    played = [r for _, r, _ in chosen]
    switches = sum(1 for a, b in zip(played, played[1:]) if a != b)
    drop_rates = [r for (tt, r, _) in chosen if DROP[0] <= tt < DROP[1] + 10]
    dip_rates = [r for (tt, r, _) in chosen if DIP[0] <= tt < DIP[1] + 20]
    return {
        "stall_s": stall, "mean_kbps": sum(played) / len(played), "switches": switches,
        "min_buf": min(b for tt, _, b in chosen if DROP[0] <= tt < DROP[1] + 10), "low_in_drop": min(drop_rates) if drop_rates else None,
        "low_in_dip": min(dip_rates) if dip_rates else None, "first_low_play": first_low_play, "last_low_end": last_low_end,
        "trace": trace, "chosen": chosen, "started_at": started_at,
    }


tp = simulate("throughput")
bb = simulate("buffer")
for name, r in (("throughput", tp), ("buffer", bb)):
    print(name, {k: v for k, v in r.items() if k not in ("trace", "chosen")})

figure("abr_tp_stall", tp["stall_s"], "{:.1f} s", "Rebuffering, throughput-based")
figure("abr_bb_stall", bb["stall_s"], "{:.1f} s", "Rebuffering, buffer-based")
figure("abr_tp_mean", tp["mean_kbps"], "{:,.0f} kb/s", "Mean rung, throughput-based")
figure("abr_bb_mean", bb["mean_kbps"], "{:,.0f} kb/s", "Mean rung, buffer-based")
figure("abr_tp_switches", tp["switches"], "{:d} switches", "Rung changes, throughput-based")
figure("abr_bb_switches", bb["switches"], "{:d} switches", "Rung changes, buffer-based")
figure("abr_tp_low_dip", tp["low_in_dip"], "{:,d} kb/s", "Lowest rung during the 8 s dip, throughput-based")
figure("abr_bb_low_dip", bb["low_in_dip"], "{:,d} kb/s", "Lowest rung during the 8 s dip, buffer-based")
figure("abr_tp_low_drop", tp["low_in_drop"], "{:,d} kb/s", "Lowest rung during the 60 s drop, throughput-based")
figure("abr_bb_low_drop", bb["low_in_drop"], "{:,d} kb/s", "Lowest rung during the 60 s drop, buffer-based")
figure("abr_tp_min_buf", tp["min_buf"], "{:.0f} s", "Lowest buffer during the drop, throughput-based")
figure("abr_bb_min_buf", bb["min_buf"], "{:.0f} s", "Lowest buffer during the drop, buffer-based")
figure("abr_tp_seen_s", tp["first_low_play"] - DROP[0], "{:.0f} s", "Drop to the first softer picture on screen, throughput-based")
figure("abr_bb_seen_s", bb["first_low_play"] - DROP[0], "{:.0f} s", "Drop to the first softer picture on screen, buffer-based")
figure("abr_tp_after_s", tp["last_low_end"] - DROP[1], "{:.0f} s",
       "Softer picture still on screen after bandwidth recovered, throughput-based")
figure("abr_bb_after_s", bb["last_low_end"] - DROP[1], "{:.0f} s",
       "Softer picture still on screen after bandwidth recovered, buffer-based")
figure("abr_tp_buf_at_drop", [b for (tt, _, b) in tp["chosen"] if tt < DROP[0]][-1], "{:.0f} s",
       "Buffer ahead when the drop starts (both players)")
figure("drop_top_rung_s", 5800e3 * seg_s / DROP[2], "{:.1f} s", "Time to fetch one 4 s top-rung segment at 2.5 Mb/s")
early_bps = 0.8e6                       # a deep drop just after start-up
figure("early_fetch_s", 5800e3 * seg_s / early_bps, "{:.0f} s", "A 4 s top-rung segment over 0.8 Mb/s")
figure("early_stall_s", 5800e3 * seg_s / early_bps - start_buffer_s, "{:.0f} s",
       "Stall if that download is not abandoned, with the start-up buffer")
figure("early_abandon_s", 235e3 * seg_s / early_bps, "{:.1f} s", "Re-fetching that segment at 235 kb/s over 0.8 Mb/s")

import matplotlib.pyplot as plt  # noqa: E402

fig, (a1, a2) = plt.subplots(2, 1, figsize=(7.0, 5.2), sharex=True)
for r, label, color in ((tp, "throughput-based", SERIES[0]), (bb, "buffer-based", SERIES[1])):
    a1.step([c[0] for c in r["chosen"]], [c[1] / 1000 for c in r["chosen"]], where="pre", color=color, label=label)
    a2.plot([c[0] for c in r["trace"]], [c[1] for c in r["trace"]], color=color, label=label)
ts = np.arange(0, 330, 0.5)
a1.plot(ts, [bandwidth(x) / 1e6 for x in ts], color=SERIES[2], linestyle=":", linewidth=1.4, label="bandwidth")
a1.set_ylabel("Mb/s")
a1.set_ylim(0, 16)
a1.legend(frameon=False, fontsize=8, ncol=3, loc="upper center", bbox_to_anchor=(0.5, 1.02))
a2.axhline(RESERVOIR, color=SERIES[2], linestyle="--", linewidth=1)
a2.set_ylabel("buffer (s of video)")
a2.set_xlabel("wall-clock time (s)")
a2.set_ylim(0, 62)
a1.set_title("Rung fetched (top) and buffer ahead of the playhead (bottom)")
show(fig, alt="Two stacked charts over five minutes: when bandwidth falls from 12 to 2.5 megabits per second at "
              "60 seconds, the throughput-based player steps down to 1.75 megabits per second within a few segments "
              "and keeps its buffer near 50 seconds, while the buffer-based player steps down only to 3 megabits per "
              "second and lets its buffer drain from about 58 to 34 seconds; in the short dip at 200 seconds the "
              "throughput-based player drops a rung and the buffer-based player does not change at all.")

# %% [markdown]
# ## 10. Region failure in the control plane
#
# Three regions share the control plane. When one is evacuated, the other two carry its
# members. Streams already playing keep fetching from appliances; what fails is new plays,
# licence renewals and heartbeats routed to the dead region.

# %%
per_region_plays = plays_peak / regions
figure("region_plays", per_region_plays, "{:,.0f} plays/s", "Peak plays per region")
figure("survivor_load", regions / (regions - 1), "{:.2f}x", "Load on each surviving region after evacuation")
figure("region_headroom", 1 - (regions - 1) / regions, "{:.0%}", "Headroom each region must keep to absorb one failure")
evac_min_old, evac_min_new = 50, 10
figure("plays_lost_old", per_region_plays * evac_min_old * 60 / 1e6, "{:.1f} million plays",
       "Plays delayed during a 50-minute evacuation at peak")
figure("plays_lost_new", per_region_plays * evac_min_new * 60 / 1e6, "{:.1f} million plays",
       "Plays delayed during a 10-minute evacuation at peak")
figure("streams_in_region", streams_peak / regions / 1e6, "{:.0f} million streams",
       "Streams whose control traffic is homed in one region at peak")

# %% [markdown]
# ## 11. Scaling 10x, 100x, 1000x from the MVP

# %%
for mult, tag in ((1, "x1"), (10, "x10"), (100, "x100"), (1000, "x1000")):
    m = mvp_members * mult
    s = m * hours_per_member / 24 * peak_to_mean
    gbps = s * mean_mbps / 1e3
    month_pb = m * hours_per_member * 30 * gb_per_hour_viewed / 1e6
    price = cdn_usd_gb_small if mult < 100 else cdn_usd_gb_large
    figure(f"scale_{tag}_streams", s, "{:,.0f} streams", f"Peak streams at {mult}x the MVP")
    if gbps < 10_000:
        figure(f"scale_{tag}_gbps", gbps, "{:,.0f} Gb/s", f"Peak egress at {mult}x the MVP")
    else:
        figure(f"scale_{tag}_gbps", gbps / 1000, "{:,.0f} Tb/s", f"Peak egress at {mult}x the MVP")
    figure(f"scale_{tag}_pb", month_pb, "{:,.0f} PB/month", f"Monthly egress at {mult}x the MVP")
    figure(f"scale_{tag}_cdn_musd", month_pb * 1e6 * price / 1e6, "${:,.2f} million/month",
           f"Commercial CDN bill at {mult}x the MVP")
    figure(f"scale_{tag}_plays", m * hours_per_member / session_h / DAY * peak_to_mean, "{:,.0f} plays/s",
           f"Peak plays at {mult}x the MVP")
    figure(f"scale_{tag}_bookmarks", s / bookmark_s, "{:,.0f} writes/s", f"Heartbeat writes at {mult}x the MVP")
own_year_musd = fleet_boxes * box_usd / box_years * (1 + own_opex_mult) / 1e6
figure("own_year_musd", own_year_musd, "${:,.0f} million/year", "Own appliance fleet, depreciation plus running cost")
cdn_year_musd = egress_day_eb * 365 * 1e9 * cdn_usd_gb_large / 1e6
figure("cdn_year_musd", cdn_year_musd, "${:,.0f} million/year", "Commercial CDN at the largest-volume price, full scale")
figure("cdn_over_own", cdn_year_musd / own_year_musd, "{:.1f}x", "Commercial CDN over own fleet, full scale")
breakeven_mult = own_year_musd * 1e6 / (mvp_members * hours_per_member * 365 * gb_per_hour_viewed * cdn_usd_gb_large)
figure("breakeven_mult", breakeven_mult, "{:,.0f}x", "MVP multiple at which the own fleet's fixed cost equals the CDN bill")
mvp_hb = mvp_members * hours_per_member / 24 * peak_to_mean / bookmark_s
figure("db_break_mult", db_write_budget / mvp_hb, "{:.1f}x", "MVP multiple at which raw heartbeats exceed one primary")
figure("mvp_db_share", mvp_hb / db_write_budget, "{:.0%}", "MVP heartbeat writes as a share of one primary's budget")
figure("persist_cut", persist_s / bookmark_s, "{:.0f}x", "Fewer durable writes when heartbeats are coalesced")
figure("persist_x10", mvp_hb * 10 * bookmark_s / persist_s, "{:,.0f} writes/s", "Durable bookmark writes at 10x, coalesced")
figure("persist_x100", mvp_hb * 100 * bookmark_s / persist_s, "{:,.0f} writes/s", "Durable bookmark writes at 100x, coalesced")
figure("persist_x1000", mvp_hb * 1000 * bookmark_s / persist_s, "{:,.0f} writes/s", "Durable bookmark writes at 1000x, coalesced")
figure("cdn_year_up_musd", cdn_year_musd * 1.5, "${:,.0f} million/year", "That bill after a 50% price rise")
figure("breakeven_up_mult", breakeven_mult / 1.5, "{:,.0f}x", "Break-even MVP multiple after a 50% price rise")
figure("cdn_usd_per_member", egress_day_eb * 30 * 1e9 * cdn_usd_gb_large / members, "${:.2f}",
       "Commercial CDN cost per member per month at full scale")

# %% [markdown]
# ## 12. Interviewer twists
#
# **A live event.** Every viewer wants the same few segments at the same moment; nothing can
# be pre-positioned, and the segment is created seconds before it is requested.
#
# **Generated subtitles.** Translate each title's timed text into more languages with an
# 8B open-weights model (a stand-in) on H100s. Decode is memory-bound: tokens/s = batch /
# ((weights + batch x KV per token x context) / (bandwidth x efficiency)).

# %%
live_tbps = live_peak_streams * mean_mbps / 1e6
figure("live_tbps", live_tbps, "{:,.0f} Tb/s", "Egress of that live peak at the mean bitrate")
figure("live_vs_peak", live_tbps / egress_peak_tbps, "{:.1f}x", "That over our modelled daily peak")
live_seg_rps = live_peak_streams / seg_s
figure("live_seg_rps", live_seg_rps / 1e6, "{:.0f} million requests/s", "Segment requests per second at that peak")
figure("live_streams_per_box", box_gbps * 1e3 / mean_mbps, "{:,.0f} streams", "Streams one appliance carries at 100 Gb/s")

w8 = llm.weights_bytes(L8)
kv8 = llm.kv_cache_bytes_per_token(L8)
figure("mt_weights_gb", w8 / 1e9, "{:.1f} GB", "Llama 3.1 8B weights in BF16")
figure("mt_kv_kib", kv8 / 1024, "{:.0f} KiB",
       f"KV cache per token (GQA: 2 x {L8.layers} layers x {L8.kv_heads} KV heads x {L8.head_dim} x 2 B)")
figure("h100_tbps", H100.hbm_bytes_per_s / 1e12, "{:.2f} TB/s", "H100 SXM HBM bandwidth")
mt_tps = llm.decode_tokens_per_s(w8, kv8, mt_batch, mt_context, llm.param_count(L8), H100.hbm_bytes_per_s,
                                 H100.bf16_dense_flops, mt_eff)
figure("mt_tps", mt_tps, "{:,.0f} tokens/s", "Decode tokens per second per H100 at batch 64")
src_tokens = llm.tokens_for_words(words_per_h)
figure("mt_src_tokens", src_tokens, "{:,.0f} tokens", "Source tokens per content hour")
out_tokens_h = src_tokens * out_tokens_ratio * sub_langs
figure("mt_out_tokens", out_tokens_h / 1e3, "{:,.0f} thousand tokens", "Output tokens per content hour, all languages")
gpu_s_per_h = out_tokens_h / mt_tps
figure("mt_gpu_s", gpu_s_per_h, "{:,.0f} GPU-seconds", "GPU time per content hour, all languages")
figure("mt_usd_per_h", gpu_s_per_h / 3600 * gpu_usd, "${:.2f}", "GPU cost per content hour, all languages")
figure("mt_catalogue_usd", catalogue_hours * gpu_s_per_h / 3600 * gpu_usd / 1e3, "${:,.0f} thousand",
       "Translating the whole catalogue's subtitles")
figure("mt_vs_encode", (gpu_s_per_h / 3600 * gpu_usd) / (shot_core_h * core_usd), "{:.1%}",
       "Translation cost over shot-based encode cost, per content hour")
