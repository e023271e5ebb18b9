# %% [markdown]
# # Design YouTube (upload, transcoding, delivery)
#
# The back-of-the-envelope notebook behind the walkthrough. Every input is declared once
# with `assume` and its source; every number the page quotes is a `figure` computed below.
# GPU and model constants come only from `estimates.reference`, LLM formulas only from
# `estimates.llm`. Published YouTube figures that anchor the scale carry their source and
# were checked on 2026-11-23; everything else is an assumption of this walkthrough.
#
# Sections:
#
# 1. Inputs
# 2. Uploads: volume, ingest bandwidth, resumable chunked upload (chart)
# 3. The rendition ladder: bytes per content hour, storage per day, the common mistake
# 4. Transcoding compute: codecs, core-hours per content hour, the AV1 break-even
# 5. The DAG for one video: tasks, parallelism, time to first playable
# 6. The farm over a day: sizing to peak or to the mean, and what priority buys
# 7. Delivery: watch time, egress, the CDN bill, and the common egress mistake
# 8. The long tail: a Zipf fitted to a reported concentration, tiered caches (chart)
# 9. Storage of the whole corpus and tiering
# 10. View counting: rates, deduplication memory, hot counters, fraud
# 11. Comments
# 12. Copyright matching at upload (fingerprints, index, claims, back-scans)
# 13. The AI angle: captions, translation, chapters, embeddings, AI-generated uploads
# 14. Scaling 10x, 100x, 1000x from the MVP

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
L8 = ref.MODELS["llama-3.1-8b"]
H100 = ref.GPUS["h100-sxm"]


# Published anchors (checked 2026-11-23)
upload_h_per_min = assume("upload_h_per_min", 500, "{:d} hours/min", "Video uploaded per minute (more than 500 h, 2019)",
                          "YouTube at press events, as reported by Tubefilter, May 2019 (checked 2026-11-23)")
watch_h_day = assume("watch_h_day", 1e9, "{:,.0f} hours/day", "Hours watched per day (one billion, 2017)",
                     "YouTube blog, Feb 2017, as reported (checked 2026-11-23)")
claims_h2 = 1e9 * assume("claims_h2", 1.0, "{:.0f} billion claims", "Content ID claims, July to December 2023 (\"over 1 billion\")",
                   "YouTube Copyright Transparency Report, summary, transparencyreport.google.com/youtube-copyright/summary (checked 2026-11-23)")
h2_days = assume("h2_days", 184, "{:d} days", "Days from 1 July to 31 December 2023", "calendar")
pex_videos = assume("pex_videos", 5.2e9, "{:,.0f} videos", "Public videos on YouTube at the end of 2018",
                    "Pex analysis, as reported (checked 2026-11-23)")
pex_top_share = assume("pex_top_share", 0.0064, "{:.2%}", "Share of videos with more than 100,000 views (end 2018)",
                       "Pex analysis, as reported (checked 2026-11-23)")
pex_top_views = assume("pex_top_views", 0.816, "{:.1%}", "Share of all views those videos drew",
                       "Pex analysis, as reported (checked 2026-11-23)")
vcu_gain = assume("vcu_gain", 20, "{:d}x", "Efficiency of video coding units over the CPU baseline (low end of 20-33x)",
                  "Ranganathan et al., Warehouse-Scale Video Acceleration, ASPLOS 2021 (checked 2026-11-23)")

# Uploads (assumptions)
video_min = assume("video_min", 10, "{:d} min", "Mean length of an uploaded video")
src_mbps = assume("src_mbps", 12, "{:d} Mb/s", "Mean bitrate of the uploaded file (phone 1080p to camera 4K)")
upload_peak = assume("upload_peak", 1.5, "{:.1f}x", "Upload peak-to-mean ratio over a day")
uplink_mbps = assume("uplink_mbps", 10, "{:d} Mb/s", "Mean uplink of a creator on a home connection")
mobile_mbps = assume("mobile_mbps", 5, "{:d} Mb/s", "Uplink of a creator on a mobile network")
cuts_per_h = assume("cuts_per_h", 6, "{:d} per hour", "Connection drops per hour on a mobile uplink")
reconnect_s = assume("reconnect_s", 5, "{:d} s", "Time to notice a drop, reconnect and ask for the offset")
chunk_mib = assume("chunk_mib", 8, "{:d} MiB", "Upload chunk size (a multiple of 256 KiB)", "design choice")

# Ladder (assumptions): (name, width, height, kb/s) for H.264; 4K rungs only on 4K sources
LADDER = [("144p", 256, 144, 100), ("240p", 426, 240, 250), ("360p", 640, 360, 500),
          ("480p", 854, 480, 1000), ("720p", 1280, 720, 2500), ("1080p", 1920, 1080, 4500)]
UHD = [("1440p", 2560, 1440, 9000), ("2160p", 3840, 2160, 18000)]
ladder_txt = assume("ladder_txt", ", ".join(f"{n} {k:,}" for n, _, _, k in LADDER), "{} kb/s",
                    "H.264 ladder (every upload), rung and bitrate")
uhd_txt = assume("uhd_txt", ", ".join(f"{n} {k:,}" for n, _, _, k in UHD), "{} kb/s",
                 "Extra rungs for 4K sources")
uhd_share = assume("uhd_share", 0.10, "{:.0%}", "Share of uploaded hours with a 4K source")
audio_kbps = assume("audio_kbps", 192, "{:d} kb/s", "Audio renditions per video (AAC 128 + Opus 64 kb/s)")
storage_overhead = assume("storage_overhead", 1.5, "{:.1f}x", "Raw bytes per logical byte (erasure coding, e.g. 6+3)")
keep_original = assume("keep_original", 1, "{:d}", "Originals kept (for re-encodes with future codecs)", "design choice")

# Encoding cost (assumptions): core-seconds per second of content at 1920x1080, scaled by pixels
avc_cost = assume("avc_cost", 2, "{:d} core-s/s", "H.264 at a fast preset, 1080p, per second of content")
av1_cost = assume("av1_cost", 20, "{:d} core-s/s", "AV1 at a mid preset, 1080p, per second of content")
pipeline_overhead = assume("pipeline_overhead", 1.25, "{:.2f}x", "Decode, analysis, packaging and retries on top of encoding")
core_usd = assume("core_usd", 0.02, "${:.2f}", "Price of a spare or owned core-hour")
av1_saving = assume("av1_saving", 0.40, "{:.0%}", "Bytes AV1 saves against H.264 at equal quality")
av1_devices = assume("av1_devices", 0.6, "{:.0%}", "Share of watch time on devices that decode AV1 in hardware")
av1_upload_share = assume("av1_upload_share", 0.12, "{:.0%}", "Share of uploaded hours that earn an AV1 ladder")

# Transcoding DAG (design choices and assumptions)
seg_s = assume("seg_s", 4, "{:d} s", "Delivery segment length (HLS/DASH)", "design choice")
chunk_s = assume("chunk_s", 20, "{:d} s", "Transcode chunk (five segments, cut at keyframes)", "design choice")
task_cores = assume("task_cores", 4, "{:d} cores", "Cores per transcode task")
split_s = assume("split_s", 20, "{:d} s", "Probe, keyframe scan and split of the source")
package_s = assume("package_s", 10, "{:d} s", "Packaging and manifest writing after the last task")
max_slots = assume("max_slots", 200, "{:d} tasks", "Most tasks one video may run at once (fairness cap)", "design choice")
priority_share = assume("priority_share", 0.02, "{:.0%}", "Share of uploaded hours from priority channels")
farm_headroom = assume("farm_headroom", 1.15, "{:.2f}x", "Farm size over the mean load (the cheap option)")

# Delivery (assumptions)
deliv_mbps = assume("deliv_mbps", 2.5, "{:.1f} Mb/s", "Mean delivered bitrate (mostly phones)")
watch_peak = assume("watch_peak", 1.6, "{:.1f}x", "Global peak-to-mean ratio of concurrent streams")
view_min = assume("view_min", 6, "{:d} min", "Mean watch time per view")
cdn_usd_gb = assume("cdn_usd_gb", 0.004, "${:.3f}/GB", "Commercial CDN price at the largest committed volume")
cdn_usd_gb_small = assume("cdn_usd_gb_small", 0.02, "${:.3f}/GB", "Commercial CDN price at MVP volume")
cached_rungs_kbps = assume("cached_rungs_kbps", 3000, "{:,d} kb/s", "Rungs worth caching per video (360p + 720p)")
edge_tb = assume("edge_tb", 500, "{:d} TB", "Cache at one edge site")
regional_pb = assume("regional_pb", 20, "{:d} PB", "Cache in one regional tier")

# Storage classes (assumptions, USD per TB-month of logical data)
hot_usd_tb = assume("hot_usd_tb", 20, "${:d}", "Standard object storage per TB-month")
cold_usd_tb = assume("cold_usd_tb", 4, "${:d}", "Infrequent-access storage per TB-month")
archive_usd_tb = assume("archive_usd_tb", 1.2, "${:.1f}", "Archive storage per TB-month (hours to restore)")
hot_video_share = assume("hot_video_share", 0.05, "{:.0%}", "Share of the corpus kept in the standard class")

# Views and comments (assumptions)
view_dedupe_h = assume("view_dedupe_h", 1, "{:d} h", "Window in which a repeated view event is a duplicate", "design choice")
view_id_b = assume("view_id_b", 16, "{:d} B", "Bytes per view id (a 128-bit random id)")
bloom_fp = assume("bloom_fp", 0.01, "{:.0%}", "Bloom filter false-positive rate for the dedupe set", "design choice")
premiere_viewers = assume("premiere_viewers", 5e6, "{:,.0f} viewers", "Viewers joining one premiere")
premiere_join_s = assume("premiere_join_s", 300, "{:d} s", "Window in which they join")
row_budget = assume("row_budget", 1000, "{:,d} updates/s", "Updates one hot row sustains (lock-bound, planning figure)")
db_write_budget = assume("db_write_budget", 10_000, "{:,d} rows/s", "Indexed row writes one relational primary sustains")
invalid_share = assume("invalid_share", 0.05, "{:.0%}", "Share of raw view events later judged invalid")
comments_per_1k = assume("comments_per_1k", 5, "{:d}", "Comments per 1,000 views")
comment_b = assume("comment_b", 600, "{:d} B", "Stored bytes per comment with metadata and indexes")
panel_share = assume("panel_share", 0.2, "{:.0%}", "Share of views that open the comments panel")
premiere_comment_rate = assume("premiere_comment_rate", 0.01, "{:.0%}", "Premiere viewers commenting in a given minute")

# Copyright matching (assumptions)
fp_hashes_s = assume("fp_hashes_s", 12, "{:d} hashes/s", "Fingerprint hashes per second of content (audio 10 + video 2)")
fp_entry_b = assume("fp_entry_b", 16, "{:d} B", "Index bytes per hash (8-byte hash + 8-byte posting)")
ref_hours = assume("ref_hours", 50e6, "{:,.0f} hours", "Reference content registered by rights holders")
server_ram_gb = assume("server_ram_gb", 512, "{:d} GB", "RAM per index server")
lookups_per_server = assume("lookups_per_server", 1e6, "{:,.0f} lookups/s", "Hash lookups one index server sustains")
new_refs_h = assume("new_refs_h", 60_000, "{:,d} hours", "A label's back catalogue added as references at once")
backscan_share = assume("backscan_share", 0.05, "{:.0%}", "Share of the corpus a back-scan covers (monetised, recent, popular)")

# AI angle (assumptions; model shapes and GPU from estimates.reference)
asr_speed = assume("asr_speed", 100, "{:d}x real time", "Speech-recognition throughput per H100, batched")
gpu_usd = assume("gpu_usd", 3.0, "${:.2f}", "Price of one H100 GPU-hour")
gpu_util = assume("gpu_util", 0.6, "{:.0%}", "Average utilisation of the caption GPU pool")
words_per_min = assume("words_per_min", 150, "{:d} words/min", "Speech rate in a talking video")
speech_share = assume("speech_share", 0.7, "{:.0%}", "Share of uploaded time that contains speech")
langs = assume("langs", 10, "{:d}", "Caption translation languages")
out_ratio = assume("out_ratio", 1.3, "{:.1f}x", "Output tokens per source token across target scripts")
mt_batch = assume("mt_batch", 64, "{:d}", "Concurrent sequences per GPU when decoding")
mt_context = assume("mt_context", 3000, "{:,d} tokens", "Context per translation or summary request")
bw_eff = assume("bw_eff", 0.6, "{:.0%}", "Share of peak HBM bandwidth sustained in decode")
mfu = assume("mfu", 0.4, "{:.0%}", "Share of dense peak FLOP/s sustained in prefill")
translate_share = assume("translate_share", 0.05, "{:.0%}", "Share of uploads translated eagerly (the rest on demand)")
summary_prompt = assume("summary_prompt", 500, "{:d} tokens", "Instructions and metadata in the chapters prompt")
summary_out = assume("summary_out", 400, "{:d} tokens", "Chapters and summary generated per video")
emb_dims = assume("emb_dims", 768, "{:d}", "Embedding dimensions per video")
emb_bytes = assume("emb_bytes", 2, "{:d} B", "Bytes per dimension (FP16)")
ann_overhead = assume("ann_overhead", 1.5, "{:.1f}x", "ANN graph and metadata on top of raw vectors")
rec_eligible = assume("rec_eligible", 0.2, "{:.0%}", "Share of the corpus eligible as recommendation candidates")
ai_upload_mult = assume("ai_upload_mult", 10, "{:d}x", "Upload growth if generated video floods in, views unchanged")
lazy_keep = assume("lazy_keep", "360p, 720p", "{}", "Rungs encoded at upload under a lazy ladder", "design choice").split(", ")

# MVP
mvp_div = assume("mvp_div", 1000, "1/{:,d}", "MVP as a fraction of the target load")
assumptions_table()

# %% [markdown]
# ## 2. Uploads
#
# 500 hours a minute is 720,000 content hours a day. The upload is the original file, so
# ingest bandwidth follows the source bitrate, not the ladder.

# %%
up_h_day = upload_h_per_min * 60 * 24
figure("up_h_day", up_h_day, "{:,.0f} hours/day", "Content hours uploaded per day")
uploads_day = up_h_day * 60 / video_min
figure("uploads_day", uploads_day / 1e6, "{:.2f} million uploads/day", "Uploads per day")
figure("uploads_s", uploads_day / DAY, "{:.0f} uploads/s", "Uploads per second (mean)")
src_gb_h = src_mbps * 1e6 * 3600 / 8 / 1e9
figure("src_gb_h", src_gb_h, "{:.1f} GB", "Original file per content hour")
ingest_pb_day = up_h_day * src_gb_h / 1e6
figure("ingest_pb_day", ingest_pb_day, "{:.2f} PB/day", "Originals received per day")
ingest_gbps = up_h_day * 3600 * src_mbps / DAY / 1e3
figure("ingest_gbps", ingest_gbps, "{:,.0f} Gb/s", "Upload ingest, mean")
figure("ingest_gbps_peak", ingest_gbps * upload_peak, "{:,.0f} Gb/s", "Upload ingest at peak")
file_mb = video_min * 60 * src_mbps / 8
figure("file_mb", file_mb, "{:,.0f} MB", "A mean upload's file")
file_s_home = file_mb * 8 / uplink_mbps
figure("file_min_home", file_s_home / 60, "{:.0f} min", "Upload time on a home uplink")
file_s_mobile = file_mb * 8 / mobile_mbps
figure("file_min_mobile", file_s_mobile / 60, "{:.0f} min", "Upload time on a mobile uplink")
figure("upload_sessions", uploads_day / DAY * file_s_home, "{:,.0f} sessions", "Upload sessions open at once (Little's law, home uplink)")
chunk_b = chunk_mib * 2**20
figure("chunks_per_file", math.ceil(file_mb * 1e6 / chunk_b), "{:d} chunks", "Chunks in a mean upload")
chunk_s_mobile = chunk_b * 8 / (mobile_mbps * 1e6)
figure("chunk_s_mobile", chunk_s_mobile, "{:.1f} s", "One chunk on a mobile uplink")


def expected_time(transfer_s, rate_per_s, downtime_s):
    """Expected completion with restarts from zero: (1/rate + downtime) x (e^(rate x T) - 1)."""
    return (1 / rate_per_s + downtime_s) * math.expm1(rate_per_s * transfer_s)


lam = cuts_per_h / 3600
restart_s = expected_time(file_s_mobile, lam, reconnect_s)
n_chunks = file_mb * 1e6 / chunk_b
resume_s = n_chunks * expected_time(chunk_s_mobile, lam, reconnect_s)
figure("restart_min", restart_s / 60, "{:.0f} min", "Expected upload time on mobile if a drop restarts from zero")
figure("resume_min", resume_s / 60, "{:.1f} min", "Expected upload time on mobile with resumable 8 MiB chunks")
figure("restart_vs_resume", restart_s / resume_s, "{:.1f}x", "Restart-from-zero over resumable")
figure("expected_cuts", file_s_mobile * lam, "{:.1f} drops", "Drops expected during one mobile upload")
big_mb = 4 * 60 * 60 * 45 / 8 / 1                  # a 4-hour 4K recording at 45 Mb/s, in MB
figure("big_gb", big_mb / 1e3, "{:.0f} GB", "A 4-hour 4K recording at 45 Mb/s")
figure("big_upload_h", big_mb * 8 / uplink_mbps / 3600, "{:.0f} h", "That file on a home uplink with no drops")
figure("big_restart_years", expected_time(big_mb * 8 / uplink_mbps, lam / 6, reconnect_s) / 3600 / 8766, "{:,.0f} years",
       "That file on a home uplink with one drop an hour, restarting from zero (expected)")
figure("big_resume_h", (big_mb * 1e6 / chunk_b) * expected_time(chunk_b * 8 / (uplink_mbps * 1e6), lam / 6, reconnect_s) / 3600,
       "{:.1f} h", "The same with resumable chunks")

# Chart: expected upload time against file size on the mobile uplink
sizes_gb = np.geomspace(0.05, 5, 60)
restart_curve = [expected_time(g * 8e3 / mobile_mbps, lam, reconnect_s) / 60 for g in sizes_gb]
resume_curve = [(g * 1e9 / chunk_b) * expected_time(chunk_s_mobile, lam, reconnect_s) / 60 for g in sizes_gb]
ideal_curve = [g * 8e3 / mobile_mbps / 60 for g in sizes_gb]
fig, ax = new_chart()
ax.plot(sizes_gb, restart_curve, color=SERIES[1], label="restart from zero on each drop")
ax.plot(sizes_gb, resume_curve, color=SERIES[0], label="resumable, 8 MiB chunks")
ax.plot(sizes_gb, ideal_curve, color=SERIES[2], linestyle=":", label="no drops at all")
ax.axvline(file_mb / 1e3, color=SERIES[3], linestyle="--", linewidth=1)
ax.text(file_mb / 1e3 * 1.05, 3, "mean upload", fontsize=9)
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_ylim(0.5, 1e5)
ax.set_xlabel("file size (GB), 5 Mb/s uplink, 6 drops per hour")
ax.set_ylabel("expected minutes to finish")
ax.legend(frameon=False, fontsize=9, loc="upper left")
show(fig, alt="Log-log line chart of expected upload time against file size on a 5 megabit per second uplink with six "
              "drops an hour: the resumable line stays within a few percent of the no-drop line at every size, while "
              "the restart-from-zero line bends upward, reaching about 100 minutes for the mean 900 megabyte upload and "
              "growing exponentially beyond a gigabyte.")

# %% [markdown]
# ## 3. The rendition ladder and storage per day
#
# Bytes per content hour of a rendition set = sum of rung bitrates x 3,600 s / 8. The
# common mistake is to multiply the original's size by the number of renditions.

# %%
avc_kbps = sum(k for *_, k in LADDER)
uhd_kbps = sum(k for *_, k in UHD)
figure("avc_sum_kbps", avc_kbps, "{:,d} kb/s", "Sum of the H.264 ladder's bitrates")
figure("avc_rungs", len(LADDER), "{:d} rungs", "Rungs in the H.264 ladder")
avc_gb_h = avc_kbps * 1e3 * 3600 / 8 / 1e9
figure("avc_gb_h", avc_gb_h, "{:.2f} GB", "H.264 ladder per content hour")
uhd_gb_h = uhd_kbps * 1e3 * 3600 / 8 / 1e9 * uhd_share
figure("uhd_gb_h", uhd_gb_h, "{:.2f} GB", "4K rungs per content hour, averaged over all uploads")
audio_gb_h = audio_kbps * 1e3 * 3600 / 8 / 1e9
figure("audio_gb_h", audio_gb_h, "{:.2f} GB", "Audio per content hour")
rend_gb_h = avc_gb_h + uhd_gb_h + audio_gb_h
figure("rend_gb_h", rend_gb_h, "{:.2f} GB", "All renditions per content hour (before AV1)")
av1_gb_h = (avc_gb_h + uhd_gb_h) * (1 - av1_saving) * av1_upload_share
figure("av1_gb_h", av1_gb_h, "{:.2f} GB", "AV1 renditions per content hour, averaged over all uploads")
figure("rend_vs_src", (rend_gb_h + av1_gb_h) / src_gb_h, "{:.2f}x", "Renditions over the original, per content hour")
logical_gb_h = rend_gb_h + av1_gb_h + keep_original * src_gb_h
figure("logical_gb_h", logical_gb_h, "{:.1f} GB", "Logical bytes stored per content hour (renditions + original)")
store_pb_day = up_h_day * logical_gb_h / 1e6
figure("store_pb_day", store_pb_day, "{:.1f} PB/day", "Logical storage added per day")
raw_pb_day = store_pb_day * storage_overhead
figure("raw_pb_day", raw_pb_day, "{:.1f} PB/day", "Raw disk added per day after erasure coding")
figure("raw_eb_year", raw_pb_day * 365 / 1e3, "{:.1f} EB/year", "Raw disk added per year")
n_rend = len(LADDER) + len(UHD) * uhd_share
naive_pb_day = up_h_day * src_gb_h * (len(LADDER) + len(UHD)) / 1e6
figure("naive_pb_day", naive_pb_day, "{:.0f} PB/day", "The common mistake: original size x 8 renditions, per day")
figure("naive_over", naive_pb_day / (up_h_day * (rend_gb_h + av1_gb_h) / 1e6), "{:.1f}x",
       "How far that overstates the renditions")
figure("top_rung_share", 4500 / avc_kbps, "{:.0%}", "The 1080p rung's share of the H.264 ladder's bytes")
low_rungs_kbps = sum(k for *_, k in LADDER[:3])
figure("low_rungs_share", low_rungs_kbps / avc_kbps, "{:.0%}", "The three lowest rungs' share of the ladder's bytes")

# %% [markdown]
# ## 4. Transcoding compute and the codec decision
#
# Cost per rung = codec core-seconds per second at 1080p x (rung pixels / 1080p pixels).

# %%
P1080 = 1920 * 1080
avc_px = sum(w * h for _, w, h, _ in LADDER) / P1080
uhd_px = sum(w * h for _, w, h, _ in UHD) / P1080
figure("avc_px_ratio", avc_px, "{:.2f}x", "Pixels of the whole H.264 ladder over one 1080p rung")
figure("uhd_px_ratio", uhd_px, "{:.2f}x", "Pixels of the 4K rungs over one 1080p rung")
avc_core_h = (avc_cost * avc_px + avc_cost * uhd_px * uhd_share) * pipeline_overhead
figure("avc_core_h", avc_core_h, "{:.1f} core-hours", "H.264 ladder per content hour, with pipeline overhead")
av1_core_h = (av1_cost * avc_px + av1_cost * uhd_px * uhd_share) * pipeline_overhead
figure("av1_core_h", av1_core_h, "{:.0f} core-hours", "AV1 ladder per content hour, with pipeline overhead")
avc_core_h_day = up_h_day * avc_core_h
figure("avc_core_h_day", avc_core_h_day / 1e6, "{:.1f} million core-hours/day", "H.264 for every upload, per day")
avc_cores = avc_core_h_day / 24
figure("avc_cores", avc_cores / 1e3, "{:,.0f} thousand cores", "Cores busy around the clock for H.264")
avc_usd_day = avc_core_h_day * core_usd
figure("avc_usd_day", avc_usd_day / 1e3, "${:,.0f} thousand/day", "H.264 transcoding bill per day")
figure("avc_usd_upload", avc_usd_day / uploads_day, "${:.3f}", "H.264 transcoding per mean upload")
av1_all_usd_day = up_h_day * av1_core_h * core_usd
figure("av1_all_usd_day", av1_all_usd_day / 1e3, "${:,.0f} thousand/day", "AV1 for every upload, per day")
av1_sel_usd_day = av1_all_usd_day * av1_upload_share
figure("av1_sel_usd_day", av1_sel_usd_day / 1e3, "${:,.0f} thousand/day", "AV1 only for the uploads that earn it")
figure("vcu_cores", avc_cores / vcu_gain / 1e3, "{:,.1f} thousand", "Core-equivalents for H.264 with accelerators at 20x")

# AV1 break-even per video: extra encode cost against bytes saved on views
gb_per_view_h = deliv_mbps * 1e6 * 3600 / 8 / 1e9
save_usd_view_h = gb_per_view_h * av1_saving * av1_devices * cdn_usd_gb
figure("av1_save_per_view_h", save_usd_view_h * 1e3, "${:.2f} per 1,000 view-hours", "Egress AV1 saves")
av1_usd_content_h = av1_core_h * core_usd
figure("av1_usd_content_h", av1_usd_content_h, "${:.2f}", "AV1 encode cost per content hour")
be_view_h = av1_usd_content_h / save_usd_view_h
figure("av1_breakeven_view_h", be_view_h, "{:,.0f} view-hours", "Break-even view-hours per content hour")
be_views = be_view_h * (video_min / 60) / (view_min / 60)
figure("av1_breakeven_views", be_views, "{:,.0f} views", "Break-even views of a mean 10-minute video")

# %% [markdown]
# ## 5. The DAG for one video
#
# Split the source at keyframes into chunks; each (chunk, rung) is an independent task.
# The wall time is the split, then waves of tasks capped per video, then packaging.

# %%
def task_s(cost, w, h, chunk=chunk_s):
    return chunk * cost * (w * h / P1080) * pipeline_overhead / task_cores


def dag(duration_s, rungs, cost=avc_cost):
    chunks = math.ceil(duration_s / chunk_s)
    tasks = chunks * len(rungs)
    total_task_s = sum(task_s(cost, w, h) for _, w, h, _ in rungs) * chunks
    longest = max(task_s(cost, w, h) for _, w, h, _ in rungs)
    serial = total_task_s                                   # one worker of task_cores
    waves = math.ceil(tasks / max_slots)
    parallel = split_s + max(longest, total_task_s / min(tasks, max_slots)) + package_s
    return dict(chunks=chunks, tasks=tasks, serial=serial, longest=longest, parallel=parallel, waves=waves)


d10 = dag(video_min * 60, LADDER)
figure("dag10_chunks", d10["chunks"], "{:d} chunks", "Chunks in a 10-minute upload")
figure("dag10_tasks", d10["tasks"], "{:d} tasks", "H.264 tasks for a 10-minute upload")
figure("dag10_serial_min", d10["serial"] / 60, "{:.0f} min", "10-minute upload on one 4-core worker")
figure("dag10_task_s", d10["longest"], "{:.1f} s", "Longest task (a 1080p chunk)")
figure("dag10_parallel_s", d10["parallel"], "{:.0f} s", "10-minute upload with the DAG, all tasks in parallel")
first_play_s = split_s + task_s(avc_cost, 640, 360) + 2
figure("first_play_s", first_play_s, "{:.0f} s", "Upload finished to 360p playable (first chunks of the fast lane)")
d4k = dag(2 * 3600, LADDER + UHD)
figure("dag4k_tasks", d4k["tasks"], "{:,d} tasks", "Tasks for a 2-hour 4K upload")
figure("dag4k_serial_h", d4k["serial"] / 3600, "{:.1f} h", "2-hour 4K upload on one 4-core worker")
figure("dag4k_parallel_min", d4k["parallel"] / 60, "{:.1f} min", "The same with the DAG, capped at 200 tasks at once")
figure("dag4k_waves", d4k["waves"], "{:d} waves", "Waves of 200 tasks for that upload")
figure("dag4k_longest_s", d4k["longest"], "{:.0f} s", "Longest task (a 2160p chunk)")
figure("dag4k_uncapped_cores", d4k["tasks"] * task_cores, "{:,d} cores", "Cores that upload would grab without a cap")
figure("speedup4k", d4k["serial"] / d4k["parallel"], "{:,.0f}x", "Speed-up of the DAG for the 2-hour 4K upload")
figure("segments_10min", video_min * 60 // seg_s, "{:d} segments", "Segments per rendition of a 10-minute video")
figure("playlist_kb", (video_min * 60 // seg_s) * 70 / 1e3, "{:.1f} KB", "Media playlist for one rendition (70 B per entry)")

# %% [markdown]
# ## 6. The farm over a day
#
# Uploads follow the day: 8 h at 1.5x the mean, 8 h at 1.0x, 8 h at 0.5x. Size the farm
# to the peak, or to the mean plus headroom and let best-effort work queue.

# %%
profile = [upload_peak] * 8 + [1.0] * 8 + [2.0 - upload_peak] * 8
assert abs(sum(profile) / 24 - 1.0) < 1e-9
farm_peak = avc_cores * upload_peak
figure("farm_peak_k", farm_peak / 1e3, "{:,.0f} thousand cores", "Farm sized to the peak")
figure("farm_peak_idle", 1 - 1 / upload_peak, "{:.0%}", "Average idle share of a peak-sized farm")
farm_cheap = avc_cores * farm_headroom
figure("farm_cheap_k", farm_cheap / 1e3, "{:,.0f} thousand cores", "Farm sized to the mean plus headroom")
backlog, max_backlog = 0.0, 0.0
for load in profile * 2:                          # two days so the backlog reaches steady state
    backlog = max(0.0, backlog + (load - farm_headroom))
    max_backlog = max(max_backlog, backlog)
# Hours until the worst best-effort job (arriving at the end of the peak) is served, FIFO within its class
b, t = max_backlog, 0
for load in ([1.0] * 8 + [2.0 - upload_peak] * 8):
    if b <= 0:
        break
    drain = farm_headroom - load
    step = min(1.0, b / drain) if drain > 0 else 1.0
    b -= drain * step
    t += step
figure("backlog_core_h", max_backlog * avc_cores / 1e3, "{:,.0f} thousand core-hours", "Largest backlog, cheap farm")
figure("backlog_hours_of_work", max_backlog, "{:.1f} h", "That backlog in hours of mean load")
figure("backlog_clear_h", t, "{:.1f} h", "Hours after the peak until the backlog clears")
figure("save_cheap_k", (farm_peak - farm_cheap) / 1e3, "{:,.0f} thousand cores", "Cores saved by the cheap farm")
figure("priority_cores_k", avc_cores * upload_peak * priority_share / 1e3, "{:,.1f} thousand cores",
       "Cores the priority class needs at peak (it never queues)")

# %% [markdown]
# ## 7. Delivery and the CDN bill

# %%
streams_mean = watch_h_day / 24
figure("streams_mean", streams_mean / 1e6, "{:.0f} million streams", "Mean concurrent streams")
streams_peak = streams_mean * watch_peak
figure("streams_peak", streams_peak / 1e6, "{:.0f} million streams", "Peak concurrent streams")
egress_tbps = streams_peak * deliv_mbps / 1e6
figure("egress_tbps", egress_tbps, "{:,.0f} Tb/s", "Peak egress")
egress_eb_day = watch_h_day * gb_per_view_h / 1e9
figure("egress_eb_day", egress_eb_day, "{:.2f} EB/day", "Bytes delivered per day")
figure("gb_per_view_h", gb_per_view_h, "{:.2f} GB", "Bytes per hour watched")
seg_rps = streams_peak / seg_s
figure("seg_rps", seg_rps / 1e6, "{:.0f} million requests/s", "Segment requests per second at peak")
cdn_usd_day = egress_eb_day * 1e9 * cdn_usd_gb
figure("cdn_usd_day", cdn_usd_day / 1e6, "${:.1f} million/day", "Commercial CDN bill per day at volume price")
figure("cdn_usd_year", cdn_usd_day * 365 / 1e9, "${:.2f} billion/year", "The same per year")
figure("deliver_vs_encode", cdn_usd_day / avc_usd_day, "{:.0f}x", "Delivery bill over the H.264 transcoding bill")
figure("cdn_usd_view_h", gb_per_view_h * cdn_usd_gb * 1000, "${:.2f} per 1,000 hours", "Delivery cost per 1,000 hours watched")
views_day = watch_h_day / (view_min / 60)
figure("views_day", views_day / 1e9, "{:.0f} billion views/day", "Views per day")
naive_egress = views_day * video_min * 60 * 4500e3 / 8 / 1e18
figure("naive_egress_eb", naive_egress, "{:.1f} EB/day", "The common mistake: every view downloads the whole 1080p file")
figure("naive_egress_over", naive_egress / egress_eb_day, "{:.1f}x", "How far that overstates egress")

# %% [markdown]
# ## 8. The long tail
#
# Fit a Zipf exponent so that the top 0.64% of 5.2 billion videos draw 81.6% of views,
# the concentration Pex reported for end-2018. Generalised harmonic numbers: exact sum
# for the first 100,000 ranks, midpoint integral for the rest.

# %%
K = 100_000
_ranks = np.arange(1, K + 1, dtype=float)


def H(n, a):
    n = float(n)
    if n <= K:
        return float(np.sum(_ranks[: int(n)] ** -a))
    head = float(np.sum(_ranks ** -a))
    lo, hi = K + 0.5, n + 0.5
    tail = math.log(hi / lo) if abs(a - 1) < 1e-12 else (hi ** (1 - a) - lo ** (1 - a)) / (1 - a)
    return head + tail


N = pex_videos
top_k = N * pex_top_share
lo_a, hi_a = 0.5, 1.5
for _ in range(60):
    mid = (lo_a + hi_a) / 2
    if H(top_k, mid) / H(N, mid) < pex_top_views:
        lo_a = mid
    else:
        hi_a = mid
alpha = (lo_a + hi_a) / 2
figure("zipf_alpha", alpha, "{:.2f}", "Zipf exponent that reproduces the reported concentration")
HN = H(N, alpha)


def share(k, a=alpha):
    return H(k, a) / H(N, a)


cached_mb = cached_rungs_kbps * 1e3 * video_min * 60 / 8 / 1e6
figure("cached_mb", cached_mb, "{:,.0f} MB", "Cached bytes per video (two rungs, whole video)")
edge_videos = edge_tb * 1e12 / (cached_mb * 1e6)
reg_videos = regional_pb * 1e15 / (cached_mb * 1e6)
figure("edge_videos_m", edge_videos / 1e6, "{:.1f} million videos", "Videos one edge site holds")
figure("edge_share_corpus", edge_videos / N, "{:.3%}", "That as a share of the corpus")
hit_edge = share(edge_videos)
hit_reg = share(reg_videos)
figure("hit_edge", hit_edge, "{:.0%}", "Edge hit ratio under the fitted Zipf")
figure("reg_videos_m", reg_videos / 1e6, "{:.0f} million videos", "Videos one regional tier holds")
figure("hit_reg", hit_reg, "{:.0%}", "Edge plus regional hit ratio")
figure("origin_share", 1 - hit_reg, "{:.0%}", "Share of requests that reach the origin")
figure("origin_tbps", egress_tbps * (1 - hit_reg), "{:,.0f} Tb/s", "Origin egress at peak")
figure("hit_edge_a09", share(edge_videos, 0.9), "{:.0%}", "Edge hit ratio if alpha were 0.9")
figure("hit_edge_a11", share(edge_videos, 1.1), "{:.0%}", "Edge hit ratio if alpha were 1.1")
figure("top1m_share", share(1e6), "{:.0%}", "Views drawn by the top million videos")
figure("bottom90_share", 1 - share(0.1 * N), "{:.1%}", "Views drawn by the bottom 90% of videos")
figure("corpus_pb_cached", N * cached_mb / 1e9, "{:,.0f} PB", "The whole corpus at the two cached rungs")

fig, ax = new_chart()
ks = np.geomspace(1e3, N, 80)
for a, color, label in ((alpha, SERIES[0], f"fitted alpha {alpha:.2f}"), (0.9, SERIES[1], "alpha 0.9"),
                        (1.1, SERIES[2], "alpha 1.1")):
    ax.plot(ks * cached_mb / 1e9, [share(k, a) for k in ks], color=color, label=label)
ax.axvline(edge_tb / 1e3, color=SERIES[3], linestyle="--", linewidth=1)
ax.text(edge_tb / 1e3 * 1.1, 0.05, "edge site", fontsize=9)
ax.axvline(regional_pb, color=SERIES[3], linestyle="-.", linewidth=1)
ax.text(regional_pb * 1.1, 0.05, "regional tier", fontsize=9)
ax.set_xscale("log")
ax.set_ylim(0, 1)
ax.set_xlabel("cache size (PB, two rungs per video)")
ax.set_ylabel("share of views served")
ax.legend(frameon=False, fontsize=9, loc="upper left")
show(fig, alt="Line chart of the share of views a cache serves against its size on a log scale, for three Zipf "
              "exponents: with the fitted exponent a half-petabyte edge site serves about 70% of views and a "
              "20-petabyte regional tier about 85%, and the curves keep rising slowly all the way to the "
              "size of the whole corpus, which is the long tail.")

# %% [markdown]
# ## 9. Storing the whole corpus

# %%
corpus_h = N * video_min / 60
figure("corpus_h_bn", corpus_h / 1e9, "{:.2f} billion hours", "Corpus length (5.2 billion videos x mean length)")
corpus_pb = corpus_h * logical_gb_h / 1e6
figure("corpus_eb", corpus_pb / 1e3, "{:.1f} EB", "Corpus, logical bytes")
all_hot_musd = corpus_pb * 1e3 * hot_usd_tb / 1e6
figure("all_hot_musd", all_hot_musd, "${:,.0f} million/month", "All of it in the standard class")
rend_pb = corpus_h * (rend_gb_h + av1_gb_h) / 1e6
orig_pb = corpus_h * src_gb_h / 1e6
tiered = (rend_pb * (hot_video_share * hot_usd_tb + (1 - hot_video_share) * cold_usd_tb) + orig_pb * archive_usd_tb) * 1e3 / 1e6
figure("tiered_musd", tiered, "${:,.0f} million/month", "Tiered: hot renditions standard, the rest cold, originals in archive")
figure("tier_saving", 1 - tiered / all_hot_musd, "{:.0%}", "Saving from tiering")
figure("orig_share_corpus", orig_pb / corpus_pb, "{:.0%}", "Originals' share of the corpus bytes")
figure("hot_views_share", share(hot_video_share * N), "{:.0%}", "Views served by the hot 5% of videos")

# %% [markdown]
# ## 10. View counting

# %%
views_s = views_day / DAY
figure("views_s", views_s / 1e3, "{:,.0f} thousand views/s", "View events per second, mean")
figure("views_s_peak", views_s * watch_peak / 1e3, "{:,.0f} thousand views/s", "View events per second at peak")
dedupe_n = views_s * view_dedupe_h * 3600
figure("dedupe_n_m", dedupe_n / 1e6, "{:,.0f} million ids", "View ids in one dedupe window")
figure("dedupe_exact_gb", dedupe_n * view_id_b / 1e9, "{:.1f} GB", "Exact set of those ids (ids only)")
bits_per = -math.log(bloom_fp) / math.log(2) ** 2
figure("bloom_bits", bits_per, "{:.1f} bits", "Bloom filter bits per id at 1% false positives")
figure("bloom_gb", dedupe_n * bits_per / 8 / 1e9, "{:.2f} GB", "Bloom filter for one window")
figure("bloom_lost_views", views_s * bloom_fp, "{:,.0f} views/s", "Views wrongly dropped as duplicates at 1%")
prem_views_s = premiere_viewers / premiere_join_s
figure("prem_views_s", prem_views_s, "{:,.0f} views/s", "View events for one premiere as viewers join")
figure("prem_shards", math.ceil(prem_views_s / row_budget), "{:d} shards", "Counter shards that one video needs")
figure("invalid_views_day", views_day * invalid_share / 1e6, "{:,.0f} million/day", "Raw view events later judged invalid")

# %% [markdown]
# ## 11. Comments

# %%
comments_day = views_day * comments_per_1k / 1000
figure("comments_day_m", comments_day / 1e6, "{:,.0f} million/day", "Comments per day")
figure("comments_s", comments_day / DAY, "{:,.0f} writes/s", "Comment writes per second, mean")
figure("comments_gb_day", comments_day * comment_b / 1e9, "{:,.0f} GB/day", "Comment storage per day")
figure("panel_reads_s", views_s * panel_share / 1e3, "{:,.0f} thousand reads/s", "Comment-panel reads per second")
figure("prem_comments_s", premiere_viewers * premiere_comment_rate / 60, "{:,.0f} comments/s", "Comments on one premiere")

# %% [markdown]
# ## 12. Copyright matching at upload

# %%
claims_day = claims_h2 / h2_days
figure("claims_day_m", claims_day / 1e6, "{:.1f} million/day", "Content ID claims per day (H2 2023)")
figure("claims_s", claims_day / DAY, "{:.0f} claims/s", "Claims per second")
figure("claims_per_upload", claims_day / uploads_day, "{:.1f}", "Claims per upload at our upload rate")
ref_index_tb = ref_hours * 3600 * fp_hashes_s * fp_entry_b / 1e12
figure("ref_index_tb", ref_index_tb, "{:.0f} TB", "Reference index")
figure("ref_servers", math.ceil(ref_index_tb * 1e3 / (server_ram_gb * 0.8)), "{:d} servers", "Index servers holding it in RAM (80% usable), one copy")
lookups_s = up_h_day * 3600 / DAY * fp_hashes_s
figure("lookups_s", lookups_s / 1e3, "{:,.0f} thousand lookups/s", "Hash lookups for new uploads, mean")
figure("lookups_per_index_server", lookups_s * upload_peak / math.ceil(ref_index_tb * 1e3 / (server_ram_gb * 0.8)) / 1e3,
       "{:.1f} thousand lookups/s", "Peak lookups per index server (memory, not lookups, sets the count)")
figure("fp_per_upload_kb", video_min * 60 * fp_hashes_s * 8 / 1e3, "{:.0f} KB", "Fingerprint of a mean upload")
corpus_lookups = corpus_h * 3600 * fp_hashes_s
figure("corpus_fp_tb", corpus_lookups * 8 / 1e12, "{:,.0f} TB", "Stored fingerprints of the whole corpus (8 B per hash)")
backscan_s = corpus_lookups * backscan_share / (lookups_per_server * 100)
figure("backscan_hours", backscan_s / 3600, "{:.1f} h", "Back-scan of the priority 5% of the corpus on 100 servers")
figure("backscan_full_days", backscan_s / backscan_share / DAY, "{:.1f} days", "Back-scan of the whole corpus on 100 servers")
figure("new_refs_tb", new_refs_h * 3600 * fp_hashes_s * fp_entry_b / 1e12, "{:.2f} TB", "Index for a new back catalogue")

# %% [markdown]
# ## 13. The AI angle
#
# Captions: a speech model at an assumed throughput per H100. Translation and chapters:
# Llama 3.1 8B (a public stand-in) on one H100; decode is memory-bound,
# tokens/s = batch / ((weights + batch x KV per token x context) / (bandwidth x efficiency));
# prefill is compute-bound, time = 2 x params x tokens / (dense peak x MFU).

# %%
asr_gpu_h_per_h = 1 / asr_speed
figure("asr_gpu_h_per_h", asr_gpu_h_per_h, "{:.2f} GPU-hours", "Speech recognition per hour of audio")
asr_gpu_h_day = up_h_day * asr_gpu_h_per_h
figure("asr_gpu_h_day", asr_gpu_h_day, "{:,.0f} GPU-hours/day", "Captions for every upload, per day")
figure("asr_gpus", asr_gpu_h_day / 24 / gpu_util, "{:,.0f} GPUs", "H100s in the caption pool at that utilisation")
asr_usd_day = asr_gpu_h_day * gpu_usd / gpu_util
figure("asr_usd_day", asr_usd_day / 1e3, "${:,.1f} thousand/day", "Caption bill per day")
asr_usd_upload = asr_usd_day / uploads_day
figure("asr_usd_upload", asr_usd_upload, "${:.4f}", "Captions per mean upload")
figure("asr_vs_avc", asr_usd_day / avc_usd_day, "{:.0%}", "Captions as a share of the H.264 transcoding bill")
figure("asr_wall_s", video_min * 60 / asr_speed, "{:.0f} s", "Captions for one upload on one GPU (wall clock)")

figure("h100_tbps", H100.hbm_bytes_per_s / 1e12, "{:.2f} TB/s", "H100 SXM HBM bandwidth")
figure("h100_dense_tflops", H100.bf16_dense_flops / 1e12, "{:,.1f} TFLOP/s", "H100 SXM BF16 dense peak (datasheet sparse / 2)")
w8 = llm.weights_bytes(L8)
kv8 = llm.kv_cache_bytes_per_token(L8)
p8 = llm.param_count(L8)
figure("l8_weights_gb", w8 / 1e9, "{:.1f} GB", "Llama 3.1 8B weights in BF16")
figure("l8_kv_kib", kv8 / 1024, "{:.0f} KiB",
       f"KV cache per token (GQA: 2 x {L8.layers} layers x {L8.kv_heads} KV heads x {L8.head_dim} x 2 B)")
tps = llm.decode_tokens_per_s(w8, kv8, mt_batch, mt_context, p8, H100.hbm_bytes_per_s, H100.bf16_dense_flops, bw_eff)
figure("l8_tps", tps, "{:,.0f} tokens/s", "Decode throughput per H100 at batch 64")
words = words_per_min * video_min * speech_share
src_tok = llm.tokens_for_words(words)
figure("transcript_tokens", src_tok, "{:,.0f} tokens", "Transcript of a mean upload")
mt_out = src_tok * out_ratio * langs
figure("mt_out_tokens", mt_out / 1e3, "{:,.1f} thousand tokens", "Translated captions per upload, all languages")
mt_gpu_s = mt_out / tps + langs * llm.prefill_time_s(p8, src_tok, H100.bf16_dense_flops, mfu)
figure("mt_gpu_s", mt_gpu_s, "{:.1f} GPU-seconds", "Translation per upload (decode plus prefill)")
mt_usd_upload = mt_gpu_s / 3600 * gpu_usd
figure("mt_usd_upload", mt_usd_upload, "${:.4f}", "Translation per upload")
figure("mt_usd_day_all", mt_usd_upload * uploads_day / 1e3, "${:,.1f} thousand/day", "Translating every upload")
figure("mt_usd_day_sel", mt_usd_upload * uploads_day * translate_share / 1e3, "${:,.1f} thousand/day",
       "Translating the eager 5% (the rest on demand)")
sum_prefill = llm.prefill_time_s(p8, src_tok + summary_prompt, H100.bf16_dense_flops, mfu)
sum_gpu_s = sum_prefill + summary_out / tps
figure("sum_prefill_ms", sum_prefill * 1e3, "{:.0f} ms", "Prefill of the chapters prompt")
figure("sum_gpu_s", sum_gpu_s, "{:.2f} GPU-seconds", "Chapters and summary per upload (batched decode share)")
figure("sum_usd_day", sum_gpu_s / 3600 * gpu_usd * uploads_day, "${:,.0f}/day", "Chapters for every upload, per day")
single_stream_tps = llm.decode_tokens_per_s(w8, kv8, 1, src_tok + summary_prompt, p8, H100.hbm_bytes_per_s,
                                            H100.bf16_dense_flops, bw_eff)
figure("l8_tps_single", single_stream_tps, "{:.0f} tokens/s", "Decode speed of one sequence alone (batch 1)")
figure("sum_latency_s", sum_prefill + summary_out / single_stream_tps, "{:.1f} s",
       "Chapters latency for one video alone on a GPU (batch 1)")
ai_usd_upload = asr_usd_upload + mt_usd_upload * translate_share + sum_gpu_s / 3600 * gpu_usd
figure("ai_usd_upload", ai_usd_upload, "${:.4f}", "Captions, eager-share translation and chapters per upload")
figure("ai_vs_avc", ai_usd_upload / (avc_usd_day / uploads_day), "{:.0%}", "That against H.264 transcoding per upload")

vec_b = emb_dims * emb_bytes
figure("vec_kb", vec_b / 1e3, "{:.2f} KB", "One video embedding")
ann_tb = N * rec_eligible * vec_b * ann_overhead / 1e12
figure("ann_tb", ann_tb, "{:.1f} TB", "ANN index over the eligible corpus")
figure("ann_all_tb", N * vec_b * ann_overhead / 1e12, "{:.0f} TB", "ANN index over the whole corpus")
emb_gpu_s = llm.prefill_time_s(p8, src_tok + 200, H100.bf16_dense_flops, mfu)
figure("emb_gpu_ms", emb_gpu_s * 1e3, "{:.0f} ms", "Embedding one video with an 8B-shaped encoder (upper bound)")
figure("emb_usd_day", emb_gpu_s / 3600 * gpu_usd * uploads_day, "${:,.0f}/day", "Embedding every upload, per day (upper bound)")

# Generated video floods in: uploads x10, views unchanged
figure("ai_up_h_day", up_h_day * ai_upload_mult / 1e6, "{:.1f} million hours/day", "Uploads per day after the flood")
figure("ai_avc_usd_day", avc_usd_day * ai_upload_mult / 1e3, "${:,.0f} thousand/day", "H.264 transcoding after the flood")
figure("ai_store_pb_day", raw_pb_day * ai_upload_mult, "{:,.0f} PB/day", "Raw storage added per day after the flood")
figure("ai_asr_usd_day", asr_usd_day * ai_upload_mult / 1e3, "${:,.0f} thousand/day", "Captions after the flood")
lazy_rungs = [r for r in LADDER if r[0] in lazy_keep]
lazy_px = sum(w * h for _, w, h, _ in lazy_rungs) / P1080
lazy_kbps = sum(k for *_, k in lazy_rungs)
figure("lazy_compute_share", lazy_px / (avc_px + uhd_px * uhd_share), "{:.0%}", "Compute of a lazy ladder (360p + 720p) against the full one")
figure("lazy_bytes_share", lazy_kbps / (avc_kbps + uhd_kbps * uhd_share), "{:.0%}", "Rendition bytes of the lazy ladder against the full one")
figure("ai_lazy_usd_day", avc_usd_day * ai_upload_mult * lazy_px / (avc_px + uhd_px * uhd_share) / 1e3, "${:,.0f} thousand/day",
       "Transcoding after the flood with a lazy ladder")

# %% [markdown]
# ## 14. Scaling from the MVP (1/1000 of the target)

# %%
for mult, tag in ((1, "x1"), (10, "x10"), (100, "x100"), (1000, "x1000")):
    f = mult / mvp_div
    figure(f"s_{tag}_uploads_day", uploads_day * f, "{:,.0f} uploads/day", f"Uploads per day at {mult}x the MVP")
    figure(f"s_{tag}_cores", avc_cores * f * upload_peak, "{:,.0f} cores", f"Transcode cores at peak, {mult}x the MVP")
    figure(f"s_{tag}_store_tb_day", raw_pb_day * 1e3 * f, "{:,.0f} TB/day", f"Raw storage per day, {mult}x the MVP")
    g = egress_tbps * 1e3 * f
    figure(f"s_{tag}_egress", g if g < 10_000 else g / 1e3, "{:,.0f} Gb/s" if g < 10_000 else "{:,.0f} Tb/s",
           f"Peak egress, {mult}x the MVP")
    price = cdn_usd_gb_small if mult < 100 else cdn_usd_gb
    figure(f"s_{tag}_cdn_day", egress_eb_day * 1e9 * f * price / 1e6, "${:,.2f} million/day", f"CDN bill per day, {mult}x the MVP")
    figure(f"s_{tag}_views_s", views_s * watch_peak * f, "{:,.0f} views/s", f"View events per second at peak, {mult}x the MVP")
mvp_views_peak = views_s * watch_peak / mvp_div
figure("db_break_mult", db_write_budget / mvp_views_peak, "{:.0f}x", "MVP multiple where per-view row updates exceed one primary")
figure("mvp_db_share", mvp_views_peak / db_write_budget, "{:.1%}", "MVP view writes as a share of one primary")
figure("mvp_transcode_usd_day", avc_usd_day / mvp_div, "${:,.0f}/day", "MVP transcoding bill per day")
figure("mvp_cdn_vs_encode", egress_eb_day * 1e9 / mvp_div * cdn_usd_gb_small / (avc_usd_day / mvp_div), "{:,.0f}x",
       "MVP delivery bill over its transcoding bill")
