# %% [markdown]
# # Design Instagram: the estimates
#
# Every number the walkthrough quotes is computed here. Inputs first, each declared once
# with `assume`; then one section per part of the design:
#
# 1. Inputs
# 2. Uploads: rates, ingress, time on a phone's uplink
# 3. Renditions and storage per day and per year (copies, erasure codes, geo)
# 4. Reads, CDN egress, hit ratio and cost (chart: hit ratio against edge cache size)
# 5. Metadata and IDs
# 6. Timeline fan-out (summary; the news-feed walkthrough goes deeper)
# 7. Stories
# 8. Likes and comments
# 9. Hot objects and thundering herds
# 10. Deletes, purges and signed URLs
# 11. Image processing CPU
# 12. The AI angle: generation, alt text, safety classifiers, hashes, embeddings
# 13. Scaling 10x, 100x, 1000x (chart: raw storage over five years)

# %% [markdown]
# ## 1. Inputs
#
# None of the four sources gives load figures for this question, so the traffic inputs are
# this walkthrough's assumptions. Hardware and language-model shapes come from
# `estimates.reference`; the image-model shapes are stated here with where they come from.

# %%
import math

import numpy as np

from estimates import assume, assumptions_table, figure
from estimates import llm
from estimates import reference as ref
from estimates.charts import new_chart, show

DAY = ref.SECONDS_PER_DAY
YEAR_DAYS = 365
H100 = ref.GPUS["h100-sxm"]
L8B = ref.MODELS["llama-3.1-8b"]

# Traffic
dau = assume("dau", 500e6, "{:,.0f} users", "Daily active users", "assumption")
posts_day = assume("posts_day", 80e6, "{:,.0f} posts/day", "Feed posts per day", "assumption")
photos_per_post = assume("photos_per_post", 1.25, "{:.2f}", "Photos per post (carousels raise the mean above 1)", "assumption")
stories_day = assume("stories_day", 300e6, "{:,.0f} stories/day", "Stories posted per day", "assumption")
upload_peak_x = assume("upload_peak_x", 3.0, "{:.0f}x", "Peak-to-mean ratio of uploads (evening peaks, events)", "assumption")
view_peak_x = assume("view_peak_x", 2.0, "{:.0f}x", "Peak-to-mean ratio of image views", "assumption")
views_per_dau = assume("views_per_dau", 100, "{:d} photos", "Feed photos viewed per daily user per day", "assumption")
story_views_per_dau = assume("story_views_per_dau", 40, "{:d} stories", "Story frames viewed per daily user per day", "assumption")
feed_loads_per_dau = assume("feed_loads_per_dau", 12, "{:d} loads", "Feed page loads per daily user per day", "assumption")
posts_per_page = assume("posts_per_page", 20, "{:d} posts", "Posts per feed page", "design choice")

# Bytes
upload_mb = assume("upload_mb", 2.0, "{:.1f} MB", "Uploaded original after the app resizes to a 2,048 px long edge", "assumption")
r1080_kb = assume("r1080_kb", 180, "{:d} KB", "1,080 px rendition in AVIF or WebP", "assumption")
r640_kb = assume("r640_kb", 70, "{:d} KB", "640 px rendition in AVIF or WebP", "assumption")
r320_kb = assume("r320_kb", 22, "{:d} KB", "320 px rendition in AVIF or WebP", "assumption")
r150_kb = assume("r150_kb", 6, "{:d} KB", "150 px grid thumbnail in AVIF or WebP", "assumption")
jpeg_x = assume("jpeg_x", 1.5, "{:.1f}x", "JPEG fallback size over the modern format at equal quality", "assumption")
view_kb = assume("view_kb", 120, "{:d} KB", "Mean bytes served per feed photo view (mix of sizes and formats)", "assumption")
story_mb = assume("story_mb", 1.5, "{:.1f} MB", "Stored bytes per story, original and renditions (photos and short video)", "assumption")
story_view_kb = assume("story_view_kb", 300, "{:d} KB", "Mean bytes served per story view", "assumption")
post_row_b = assume("post_row_b", 1_000, "{:,d} B", "Post metadata row with media keys, caption and indexes", "assumption")
like_row_b = assume("like_row_b", 64, "{:d} B", "Like edge (user, post, time) with its two indexes", "assumption")
comment_b = assume("comment_b", 300, "{:d} B", "Comment row with text and indexes", "assumption")

# Durability
replicas = assume("replicas", 3, "{:d}x", "Full copies in the simple design", "design choice")
rs_data = assume("rs_data", 10, "{:d}", "Reed-Solomon data fragments", "design choice (common layout)")
rs_parity = assume("rs_parity", 4, "{:d}", "Reed-Solomon parity fragments", "design choice (common layout)")
hot_days = assume("hot_days", 30, "{:d} days", "Renditions stay replicated while this young, then are erasure-coded", "design choice")
usd_raw_tb_month = assume("usd_raw_tb_month", 5.0, "${:.0f} per raw TB-month", "Disk, servers, power and space per raw TB (own hardware)", "assumption")

# Network and CDN
uplink_mbps = assume("uplink_mbps", 3.0, "{:.0f} Mbit/s", "Median mobile uplink", "assumption")
poor_uplink_mbps = assume("poor_uplink_mbps", 0.5, "{:.1f} Mbit/s", "A poor mobile uplink", "assumption")
chunk_kb = assume("chunk_kb", 256, "{:d} KB", "Chunk size of the resumable upload", "design choice")
s3_min_part_mib = assume("s3_min_part_mib", 5, "{:d} MiB", "Smallest S3 multipart part (except the last)", "Amazon S3 user guide, multipart limits")
edge_hit = assume("edge_hit", 0.95, "{:.0%}", "Byte hit ratio at the CDN edge", "assumption")
cdn_pops = assume("cdn_pops", 300, "{:d} PoPs", "CDN points of presence", "assumption")
cdn_shields = assume("cdn_shields", 10, "{:d} shields", "Regional shield caches", "design choice")
pop_cache_tb = assume("pop_cache_tb", 100, "{:d} TB", "Image cache per PoP", "assumption")
usd_gb_over_5pb = assume("usd_gb_over_5pb", 0.020, "${:.3f} per GB", "CloudFront list price per GB above 5 PB a month (US)", "aws.amazon.com/cloudfront/pricing, checked 2026-11-23")
usd_purge_path = assume("usd_purge_path", 0.005, "${:.3f} per path", "CloudFront list price per invalidation path beyond 1,000 a month", "AWS whitepaper 'How AWS Pricing Works', checked 2026-11-23")
origin_fetch_s = assume("origin_fetch_s", 0.2, "{:.1f} s", "Time for a PoP to fetch a missed object from the origin", "assumption")

# Metadata, IDs, timeline
shard_tb = assume("shard_tb", 2.0, "{:.0f} TB", "Data one relational shard primary holds comfortably", "assumption")
id_ts_bits = assume("id_ts_bits", 41, "{:d} bits", "Timestamp bits in a 64-bit ID (ms since a custom epoch)", "Instagram Engineering, 'Sharding & IDs at Instagram'")
id_shard_bits = assume("id_shard_bits", 13, "{:d} bits", "Logical-shard bits in the same layout", "Instagram Engineering, 'Sharding & IDs at Instagram'")
id_seq_bits = assume("id_seq_bits", 10, "{:d} bits", "Per-shard sequence bits in the same layout", "Instagram Engineering, 'Sharding & IDs at Instagram'")
mean_followers = assume("mean_followers", 150, "{:d} followers", "Mean followers per posting account", "assumption")
active_follower_share = assume("active_follower_share", 0.6, "{:.0%}", "Followers active in the last 30 days (fan-out skips the rest)", "assumption")
celeb_followers = assume("celeb_followers", 400e6, "{:,.0f} followers", "Followers of the largest account", "assumption")
fanout_budget = assume("fanout_budget", 1e6, "{:,.0f} inserts/s", "Feed-cache inserts per second the fan-out fleet is sized for", "assumption")
celeb_threshold = assume("celeb_threshold", 1e6, "{:,.0f} followers", "Accounts above this are pulled at read time, not pushed", "design choice")
celebs_followed = assume("celebs_followed", 5, "{:d} accounts", "Pulled (large) accounts a mean user follows", "assumption")
feed_entries = assume("feed_entries", 500, "{:d} entries", "Post ids kept in each user's feed cache", "design choice")
feed_entry_b = assume("feed_entry_b", 16, "{:d} B", "One feed-cache entry (post id, author id)", "assumption")
ram_node_gb = assume("ram_node_gb", 256, "{:d} GB", "Usable RAM of one cache node", "assumption")

# Stories, likes, comments, hot objects, deletes
story_keep_days = assume("story_keep_days", 2, "{:d} days", "Story media kept (24 h live plus 24 h for reports and appeals)", "design choice")
seen_b = assume("seen_b", 16, "{:d} B", "One story seen-mark (viewer, story)", "assumption")
likes_per_dau = assume("likes_per_dau", 20, "{:d} likes", "Likes per daily user per day", "assumption")
comments_per_dau = assume("comments_per_dau", 2, "{:d} comments", "Comments per daily user per day", "assumption")
hot_likes = assume("hot_likes", 2e6, "{:,.0f} likes", "Likes on the largest account's post in its first 10 minutes", "assumption")
row_lock_ms = assume("row_lock_ms", 2.0, "{:.0f} ms", "Row lock held per counter UPDATE", "assumption")
app_servers = assume("app_servers", 200, "{:d} servers", "API servers that batch like increments", "assumption")
flush_s = assume("flush_s", 1.0, "{:.0f} s", "Flush interval of in-memory like batches", "design choice")
celeb_open_share = assume("celeb_open_share", 0.05, "{:.0%}", "Share of the largest account's followers who see a new post in 10 minutes", "assumption")
deletes_day = assume("deletes_day", 1e6, "{:,.0f} photos/day", "Photos deleted per day", "assumption")
renditions = assume("renditions", 8, "{:d} objects", "Renditions per photo (4 widths x 2 formats)", "design choice")
urls_per_post = assume("urls_per_post", 3, "{:d} URLs", "Signed URLs per post in a feed response (srcset of 3 widths)", "design choice")
sign_us = assume("sign_us", 2.0, "{:.0f} us", "CPU time to compute one HMAC-SHA256 URL signature", "assumption")
cpu_s_per_photo = assume("cpu_s_per_photo", 1.5, "{:.1f} CPU-s", "Decode, resize and encode 8 renditions (AVIF dominates)", "assumption")
cpu_util = assume("cpu_util", 0.6, "{:.0%}", "Target CPU utilisation of the processing fleet", "design choice")

# The AI angle
usd_gpu_h = assume("usd_gpu_h", 3.00, "${:.2f} per GPU-hour", "H100 cost per GPU-hour", "assumption")
gen_params = 1e9 * assume("gen_params_b", 12, "{:.0f} billion parameters", "Image-generation transformer (FLUX.1 [dev] is published as 12B)", "Black Forest Labs model card, checked 2026-11-23")
gen_hidden = assume("gen_hidden", 3072, "{:,d}", "Its hidden size", "FLUX.1 [dev] reference config (hidden_size), checked 2026-11-23")
gen_blocks = assume("gen_blocks", 57, "{:d} blocks", "Its transformer blocks (19 double-stream + 38 single-stream)", "FLUX.1 [dev] reference config (depth, depth_single_blocks), checked 2026-11-23")
gen_px = assume("gen_px", 1024, "{:,d} px", "Generated image side", "design choice")
gen_latent_down = assume("gen_latent_down", 8, "{:d}x", "Autoencoder downsampling to the latent", "FLUX.1 [dev] reference config, ae_params ch_mult [1, 2, 4, 4], checked 2026-11-23")
gen_patch = assume("gen_patch", 2, "{:d}", "Latent patch side packed into one token (in_channels 64 = 16 x 2 x 2)", "FLUX.1 [dev] reference config, checked 2026-11-23")
gen_text_tokens = assume("gen_text_tokens", 512, "{:d} tokens", "Text tokens joined to the image tokens", "FLUX.1 [dev] text encoder max length, checked 2026-11-23")
gen_steps = assume("gen_steps", 28, "{:d} steps", "Denoising steps per image", "assumption")
gen_fast_steps = assume("gen_fast_steps", 4, "{:d} steps", "Steps of a distilled fast variant", "assumption")
gen_mfu = assume("gen_mfu", 0.4, "{:.0%}", "Model FLOP utilisation of generation", "assumption")
gen_variants = assume("gen_variants", 4, "{:d} images", "Variants generated per request", "design choice")
gen_share = assume("gen_share", 0.02, "{:.0%}", "Share of posts that use generation", "assumption")
vit_params = 1e9 * assume("vit_params_b", 0.304, "{:.3f} billion parameters", "Vision encoder (CLIP ViT-L/14 class)", "openai/clip-vit-large-patch14 config.json vision_config (24 layers, hidden 1024, MLP 4096, patch 14): 304M counted from those shapes with the 768-d projection, checked 2026-11-23")
vit_patch = assume("vit_patch", 14, "{:d} px", "Vision-encoder patch size", "CLIP ViT-L/14 config, checked 2026-11-23")
cap_px = assume("cap_px", 336, "{:d} px", "Input side for captioning", "CLIP ViT-L/14-336 config, checked 2026-11-23")
cls_px = assume("cls_px", 224, "{:d} px", "Input side for safety classifiers and embeddings", "CLIP ViT-L/14 config, checked 2026-11-23")
cap_prompt_tokens = assume("cap_prompt_tokens", 50, "{:d} tokens", "Text prompt around the image tokens", "assumption")
alt_words = assume("alt_words", 30, "{:d} words", "Length of generated alt text", "design choice")
prefill_mfu = assume("prefill_mfu", 0.5, "{:.0%}", "MFU of the captioning prefill", "assumption")
decode_batch = assume("decode_batch", 64, "{:d} sequences", "Captions decoded together on one GPU", "design choice")
decode_eff = assume("decode_eff", 0.6, "{:.0%}", "Achieved share of peak HBM bandwidth in decode", "assumption")
cls_mfu = assume("cls_mfu", 0.3, "{:.0%}", "MFU of the classifier and embedding pass", "assumption")
pdq_match_per_s = assume("pdq_match_per_s", 4000, "{:,d} images/s", "PDQ matches one faiss matcher handles", "facebook/ThreatExchange pdq README, checked 2026-11-23")
pdq_threshold = assume("pdq_threshold", 31, "{:d} bits", "PDQ Hamming distance treated as a match", "facebook/ThreatExchange pdq README, checked 2026-11-23")
hash_list = assume("hash_list", 10e6, "{:,.0f} hashes", "Known-bad hashes held by every matcher", "assumption")
prevalence = assume("prevalence", 1e-5, "{:.3%}", "Share of uploads that are actually abusive in the class screened", "assumption")
cls_recall = assume("cls_recall", 0.90, "{:.0%}", "Classifier recall at the review threshold", "assumption")
cls_fpr = assume("cls_fpr", 2e-4, "{:.2%}", "Classifier false-positive rate at the same threshold", "assumption")
review_per_h = assume("review_per_h", 60, "{:d} items/h", "Items one trained reviewer clears per hour", "assumption")
review_h_day = assume("review_h_day", 5, "{:d} h", "Review hours per reviewer per day (wellbeing limits)", "assumption")
emb_dims = assume("emb_dims", 768, "{:d} dims", "Image embedding dimensions", "CLIP ViT-L/14 projection (embed_dim 768), checked 2026-11-23")
pq_bytes = assume("pq_bytes", 64, "{:d} B", "Product-quantised code per vector in the ANN index", "design choice")
archive_years = assume("archive_years", 5, "{:d} years", "Back catalogue to caption in the backfill twist", "interviewer twist")
backfill_days = assume("backfill_days", 90, "{:d} days", "Deadline for the backfill", "interviewer twist")
assumptions_table()

# %% [markdown]
# ## 2. Uploads
#
# Photos per day = posts x photos per post. A 2 MB photo is smaller than S3's 5 MiB
# minimum part, so S3 multipart cannot make a single photo resumable: resumability needs
# our own chunked endpoint (or a whole-object retry).

# %%
photos_day = figure("photos_day", posts_day * photos_per_post, "{:,.0f} photos/day", "Feed photos uploaded per day")
photos_s = figure("photos_s", photos_day / DAY, "{:,.0f} photos/s", "Mean photo uploads per second")
photos_peak = figure("photos_peak", photos_s * upload_peak_x, "{:,.0f} photos/s", "Peak photo uploads per second")
images_day = figure("images_day", photos_day + stories_day, "{:,.0f} images/day", "Images to screen per day (photos and stories)")
images_peak = figure("images_peak", images_day / DAY * upload_peak_x, "{:,.0f} images/s", "Peak images to screen per second")
figure("ingress_gbit", photos_peak * upload_mb * 8 / 1e3, "{:,.0f} Gbit/s", "Peak ingress of photo originals")
figure("upload_s", upload_mb * 8 / uplink_mbps, "{:.1f} s", "Upload time of one photo on a median uplink")
poor_s = figure("upload_poor_s", upload_mb * 8 / poor_uplink_mbps, "{:.0f} s", "Upload time on a poor uplink")
figure("chunks", math.ceil(upload_mb * 1e3 / chunk_kb), "{:d} chunks", "Chunks per photo")
figure("chunk_poor_s", chunk_kb * 8 / 1e3 / poor_uplink_mbps, "{:.1f} s", "Most work lost to a drop on a poor uplink (one chunk)")
figure("s3_min_part_mb", s3_min_part_mib * 2**20 / 1e6, "{:.2f} MB", "S3's minimum part in decimal MB")
figure("part_vs_photo", s3_min_part_mib * 2**20 / 1e6 / upload_mb, "{:.1f}x", "Minimum part over one photo")

# %% [markdown]
# ## 3. Renditions and storage
#
# Stored per photo = original + 4 widths in a modern format + the same 4 in JPEG.

# %%
modern_kb = r1080_kb + r640_kb + r320_kb + r150_kb
figure("modern_kb", modern_kb, "{:,d} KB", "Four modern-format renditions")
rend_kb = figure("rend_kb", modern_kb * (1 + jpeg_x), "{:,.0f} KB", "All eight renditions")
per_photo_mb = figure("per_photo_mb", upload_mb + rend_kb / 1e3, "{:.2f} MB", "Stored bytes per photo, logical")
logical_tb_day = figure("logical_tb_day", photos_day * per_photo_mb / 1e6, "{:,.0f} TB/day", "Logical photo bytes added per day")
orig_tb_day = figure("orig_tb_day", photos_day * upload_mb / 1e6, "{:,.0f} TB/day", "Of which originals")
rend_tb_day = figure("rend_tb_day", photos_day * rend_kb / 1e9, "{:,.0f} TB/day", "Of which renditions")
logical_pb_year = figure("logical_pb_year", logical_tb_day * YEAR_DAYS / 1e3, "{:,.1f} PB/year", "Logical photo bytes per year")
ec_x = figure("ec_x", (rs_data + rs_parity) / rs_data, "{:.1f}x", "Raw over logical for the 10+4 code")
geo_x = figure("geo_x", (ec_x * 2 + ec_x) / 2, "{:.1f}x", "Raw over logical with the code in two regions and their XOR in a third")
figure("rep3_pb_year", logical_pb_year * replicas, "{:,.0f} PB/year", "Raw bytes per year with three copies")
figure("ec_pb_year", logical_pb_year * ec_x, "{:,.0f} PB/year", "Raw bytes per year with the 10+4 code, one region")
geo_pb_year = figure("geo_pb_year", logical_pb_year * geo_x, "{:,.0f} PB/year", "Raw bytes per year, geo-redundant erasure coding")
figure("rep3_tb_day", logical_tb_day * replicas, "{:,.0f} TB/day", "Raw bytes per day with three copies")
figure("geo_tb_day", logical_tb_day * geo_x, "{:,.0f} TB/day", "Raw bytes per day, geo-redundant erasure coding")
# Tiered: renditions stay 3x in each of two regions while young, everything else geo-EC
hot_rend_pb = rend_tb_day * hot_days / 1e3
figure("hot_rend_pb", hot_rend_pb, "{:.1f} PB", "Young renditions held replicated (logical)")
figure("hot_extra_pb", hot_rend_pb * (2 * replicas - geo_x), "{:.1f} PB", "Extra raw bytes for keeping them 3x in two regions")
geo_month_usd = figure("geo_year1_usd_month", geo_pb_year * 1e3 * usd_raw_tb_month / 1e6, "${:,.1f}M/month",
                       "Storage cost per month for one year of photos, geo-EC")
figure("rep3_year1_usd_month", logical_pb_year * 2 * replicas * 1e3 * usd_raw_tb_month / 1e6, "${:,.1f}M/month",
       "The same with three copies in each of two regions")
# Common mistakes
figure("mistake_all_upload_pb_day", dau * upload_mb / 1e9, "{:,.1f} PB/day", "If every daily user uploaded one photo (a common slip)")
figure("mistake_all_upload_x", dau * upload_mb / (photos_day * upload_mb), "{:.0f}x", "How far that overstates originals")
figure("mistake_no_rend_share", rend_tb_day / logical_tb_day, "{:.0%}", "Share of daily bytes missed by forgetting renditions")

# %% [markdown]
# ## 4. Reads, CDN egress and cost
#
# Views per day = daily users x photos viewed each. Egress = views x mean bytes per view.
# The chart uses a Zipf popularity model over a year of photos: the share of requests that
# hit the PoP when it holds the k most popular photos is H(k, s) / H(N, s), where H is the
# generalised harmonic number (summed exactly for the first 10,000 terms and by integral
# for the rest).

# %%
views_day = figure("views_day", dau * views_per_dau / 1e9, "{:,.0f} billion/day", "Feed photo views per day") * 1e9
views_s = figure("views_s", views_day / DAY, "{:,.0f} views/s", "Mean photo views per second")
views_peak = figure("views_peak", views_s * view_peak_x, "{:,.0f} views/s", "Peak photo views per second")
egress_gbyte_s = figure("egress_gbyte_s", views_s * view_kb / 1e6, "{:,.0f} GB/s", "Mean feed-photo egress in bytes")
egress_tbit = figure("egress_tbit", views_s * view_kb * 8 / 1e9, "{:.2f} Tbit/s", "Mean feed-photo egress in bits")
egress_peak_tbit = figure("egress_peak_tbit", egress_tbit * view_peak_x, "{:.2f} Tbit/s", "Peak feed-photo egress")
egress_pb_day = figure("egress_pb_day", views_day * view_kb / 1e12, "{:.1f} PB/day", "Feed-photo egress per day")
egress_pb_month = figure("egress_pb_month", egress_pb_day * 30, "{:,.0f} PB/month", "Feed-photo egress per 30-day month")
story_views_day = dau * story_views_per_dau
story_pb_day = figure("story_egress_pb_day", story_views_day * story_view_kb / 1e12, "{:.1f} PB/day", "Story egress per day")
figure("story_vs_feed", story_pb_day / egress_pb_day, "{:.1f}x", "Story egress over feed-photo egress")
total_pb_month = figure("total_egress_pb_month", (egress_pb_day + story_pb_day) * 30, "{:,.0f} PB/month", "All image and story egress per month")
origin_gbit = figure("origin_gbit", egress_tbit * 1e3 * (1 - edge_hit), "{:,.0f} Gbit/s", "Mean feed-photo bytes reaching the origin at the edge hit ratio")
figure("origin_rps", views_s * (1 - edge_hit), "{:,.0f} requests/s", "Mean origin requests (if request and byte hit ratios match)")
figure("bits_vs_bytes_x", 8, "{:d}x", "Error from confusing GB/s with Gbit/s")

# CloudFront US list price, tiered (decimal TB), as a ceiling: at this volume prices are negotiated
TIERS = [(10, 0.085), (40, 0.080), (100, 0.060), (350, 0.040), (524, 0.030), (4000, 0.025), (math.inf, usd_gb_over_5pb)]


def cdn_list_usd(tb):
    usd, left = 0.0, tb
    for size, price in TIERS:
        take = min(left, size)
        usd += take * 1e3 * price
        left -= take
        if left <= 0:
            break
    return usd


cdn_usd_month = figure("cdn_usd_month", cdn_list_usd(total_pb_month * 1e3) / 1e6, "${:,.1f}M/month", "CDN bill at US list price, tiered")
figure("cdn_usd_per_dau_year", cdn_list_usd(total_pb_month * 1e3) * 12 / dau, "${:.2f}", "CDN list-price cost per daily user per year")
figure("cdn_save_10pct_usd", total_pb_month * 1e6 * 0.10 * usd_gb_over_5pb / 1e6, "${:.2f}M/month", "Saved per month by 10% fewer bytes")


def harmonic(n, s):
    m = min(int(n), 10_000)
    head = float(np.sum(np.arange(1, m + 1, dtype=float) ** -s))
    if n <= m:
        return head
    a, b = m + 0.5, n + 0.5
    tail = math.log(b / a) if s == 1 else (b ** (1 - s) - a ** (1 - s)) / (1 - s)
    return head + tail


catalog = photos_day * YEAR_DAYS
pop_objects = pop_cache_tb * 1e12 / (view_kb * 1e3)
figure("pop_objects", pop_objects / 1e6, "{:,.0f} million photos", "Photos one PoP's cache holds at the mean view size")
figure("pop_share", pop_objects / catalog, "{:.1%}", "Share of a year's photos one PoP holds")
for s, tag in ((0.9, "09"), (1.0, "10"), (1.1, "11")):
    figure(f"zipf_hit_{tag}", harmonic(pop_objects, s) / harmonic(catalog, s), "{:.0%}",
           f"PoP hit ratio under Zipf s={s} with a {pop_cache_tb} TB cache")

fig, ax = new_chart()
sizes_tb = np.geomspace(1, 1000, 40)
for s in (0.9, 1.0, 1.1):
    ax.plot(sizes_tb, [100 * harmonic(t * 1e12 / (view_kb * 1e3), s) / harmonic(catalog, s) for t in sizes_tb],
            label=f"Zipf s = {s}")
ax.axhline(edge_hit * 100, linestyle="--", linewidth=1.2)
ax.set_xscale("log")
ax.set_xlabel("image cache per PoP (TB)")
ax.set_ylabel("requests served from the PoP (%)")
ax.legend()
show(fig, alt="Log-scale line chart: the share of photo requests a PoP serves from cache rises with its cache size from "
              "1 to 1,000 TB; with popularity skew s of 1.1 it passes 95 percent near 100 TB, with s of 1.0 it needs "
              "several hundred TB to pass 90 percent, and with s of 0.9 it stays below 90 percent even at 1,000 TB, so the hit "
              "ratio depends on skew and recency more than on disk")

# %% [markdown]
# ## 5. Metadata and IDs

# %%
post_tb_year = figure("post_tb_year", posts_day * post_row_b * YEAR_DAYS / 1e12, "{:,.0f} TB/year", "Post metadata per year")
likes_day = dau * likes_per_dau
like_tb_year = figure("like_tb_year", likes_day * like_row_b * YEAR_DAYS / 1e12, "{:,.0f} TB/year", "Like edges per year")
comments_day = dau * comments_per_dau
comment_tb_year = figure("comment_tb_year", comments_day * comment_b * YEAR_DAYS / 1e12, "{:,.0f} TB/year", "Comments per year")
meta_tb_year = post_tb_year + like_tb_year + comment_tb_year
figure("meta_tb_year", meta_tb_year, "{:,.0f} TB/year", "Relational metadata per year (one copy)")
figure("like_share_meta", like_tb_year / meta_tb_year, "{:.0%}", "Share of that which is like edges")
figure("meta_shards_5y", math.ceil(meta_tb_year * 5 / shard_tb), "{:,d} shards", "Shard primaries for five years of metadata")
figure("meta_vs_blob", meta_tb_year / (logical_pb_year * 1e3), "{:.1%}", "Metadata bytes over photo bytes")
feed_reads_s = dau * feed_loads_per_dau / DAY
feed_reads_peak = figure("feed_reads_peak", feed_reads_s * view_peak_x, "{:,.0f} feed loads/s", "Peak feed page loads")
post_reads_peak = figure("post_reads_peak", feed_reads_peak * posts_per_page, "{:,.0f} post reads/s", "Peak post-metadata reads (one per post on a page)")
figure("post_db_reads_99", post_reads_peak * 0.01, "{:,.0f} reads/s", "Post reads reaching the database at a 99% cache hit ratio")
id_years = figure("id_years", 2 ** id_ts_bits / 1000 / DAY / ref.DAYS_PER_YEAR, "{:.1f} years", "Lifetime of 41 bits of milliseconds")
figure("id_shards", 2 ** id_shard_bits, "{:,d} logical shards", "Logical shards 13 bits address")
figure("id_per_ms", 2 ** id_seq_bits, "{:,d} IDs", "IDs per logical shard per millisecond")
figure("id_load_per_shard_ms", photos_peak / 1000 / 2 ** id_shard_bits, "{:.5f} IDs/ms", "Peak photo IDs per logical shard per millisecond")

# %% [markdown]
# ## 6. Timeline fan-out (summary)

# %%
fan_day = figure("fanout_day", posts_day * mean_followers * active_follower_share / 1e9, "{:.1f} billion/day",
                 "Feed-cache inserts per day (push to active followers)") * 1e9
fan_s = figure("fanout_s", fan_day / DAY, "{:,.0f} inserts/s", "Mean fan-out inserts per second")
figure("fanout_peak", fan_s * upload_peak_x, "{:,.0f} inserts/s", "Peak fan-out inserts per second")
celeb_inserts = celeb_followers * active_follower_share
figure("celeb_inserts", celeb_inserts / 1e6, "{:,.0f} million inserts", "Inserts to push one post of the largest account")
figure("celeb_push_s", celeb_inserts / fanout_budget, "{:,.0f} s", "Time that push takes using the whole fan-out budget")
figure("threshold_push_s", celeb_threshold * active_follower_share / fanout_budget, "{:.1f} s", "Time to push a post of an account at the threshold")
figure("pull_reads_peak", feed_reads_peak * celebs_followed, "{:,.0f} reads/s", "Extra reads at peak to merge pulled accounts")
feed_cache_tb = figure("feed_cache_tb", dau * feed_entries * feed_entry_b / 1e12, "{:.1f} TB", "Feed caches of every daily user")
figure("feed_cache_nodes", math.ceil(feed_cache_tb * 2 * 1e3 / ram_node_gb), "{:d} nodes", "Cache nodes for two copies")

# %% [markdown]
# ## 7. Stories

# %%
story_live_tb = figure("story_live_tb", stories_day * story_mb / 1e6, "{:,.0f} TB", "Story bytes alive at any moment (24 h window)")
story_held_tb = figure("story_held_tb", stories_day * story_mb * story_keep_days / 1e6, "{:,.0f} TB", "Story bytes held with the grace day")
figure("story_held_raw_pb", story_held_tb * replicas / 1e3, "{:.1f} PB", "The same with three copies (short-lived data is not worth coding)")
figure("story_if_kept_pb_year", stories_day * story_mb * YEAR_DAYS / 1e9, "{:,.0f} PB/year", "Story bytes per year if nothing expired")
figure("story_views_day", story_views_day / 1e9, "{:,.0f} billion/day", "Story views per day")
seen_gb_day = figure("seen_gb_day", story_views_day * seen_b / 1e9, "{:,.0f} GB/day", "Seen-marks written per day")
figure("seen_gb_held", seen_gb_day * story_keep_days, "{:,.0f} GB", "Seen-marks held with a two-day TTL")
figure("story_expiry_s", stories_day * upload_peak_x / DAY, "{:,.0f} stories/s", "Peak story expiries per second, 24 h after the upload peak")

# %% [markdown]
# ## 8. Likes and comments

# %%
likes_s = figure("likes_s", likes_day / DAY, "{:,.0f} likes/s", "Mean likes per second")
figure("likes_peak", likes_s * view_peak_x, "{:,.0f} likes/s", "Peak likes per second")
figure("likes_day", likes_day / 1e9, "{:.0f} billion/day", "Likes per day")
figure("comments_s", comments_day / DAY, "{:,.0f} comments/s", "Mean comments per second")
hot_like_s = figure("hot_like_s", hot_likes / 600, "{:,.0f} likes/s", "Likes per second on the hottest post")
row_ceiling = figure("row_ceiling", 1000 / row_lock_ms, "{:,.0f} updates/s", "Ceiling of one counter row")
figure("hot_over_row", hot_like_s / row_ceiling, "{:.1f}x", "Hottest post over one row's ceiling")
figure("counter_shards", math.ceil(hot_like_s * 2 / row_ceiling), "{:d} shards", "Counter shards for the hottest post with 2x headroom")
figure("batched_writes", app_servers / flush_s, "{:,.0f} writes/s", "Counter writes per hot post with in-memory batching")
figure("batch_loss", hot_like_s * flush_s / app_servers, "{:.0f} likes", "Likes lost per crashed server on the hottest post (one flush)")

# %% [markdown]
# ## 9. Hot objects and thundering herds

# %%
celeb_views = celeb_followers * celeb_open_share
hot_rps = figure("hot_rps", celeb_views / 600, "{:,.0f} requests/s", "Requests for the hottest new photo")
figure("hot_gbit", hot_rps * view_kb * 8 / 1e6, "{:.0f} Gbit/s", "Its egress")
per_pop = figure("hot_per_pop", hot_rps / cdn_pops, "{:,.0f} requests/s", "Per PoP, evenly spread")
figure("herd_no_collapse", math.ceil(per_pop * origin_fetch_s) * cdn_pops, "{:,d} fetches", "Origin fetches if every concurrent miss goes upstream")
figure("herd_collapse", cdn_pops, "{:d} fetches", "With request collapsing in each PoP")
figure("herd_shield", cdn_shields, "{:d} fetches", "With collapsing and a shield tier")
figure("herd_shield_all_rend", cdn_shields * renditions, "{:d} fetches", "Behind shields, all renditions")

# %% [markdown]
# ## 10. Deletes, purges and signed URLs

# %%
purge_paths_day = figure("purge_paths_day", deletes_day * renditions / 1e6, "{:.0f} million paths/day", "Paths to purge if every delete purged every rendition") * 1e6
figure("purge_usd_month", purge_paths_day * 30 * usd_purge_path / 1e6, "${:.1f}M/month", "Their cost at the invalidation list price")
signs_s = figure("signs_peak", feed_reads_peak * posts_per_page * urls_per_post, "{:,.0f} signatures/s", "URL signatures computed at peak")
figure("sign_cores", signs_s * sign_us / 1e6, "{:,.0f} cores", "CPU cores that signing takes")

# %% [markdown]
# ## 11. Image processing

# %%
busy_cores = figure("proc_busy_cores", photos_peak * cpu_s_per_photo, "{:,.0f} cores", "Cores busy encoding at the upload peak")
figure("proc_cores", math.ceil(busy_cores / cpu_util), "{:,d} cores", "Cores provisioned at the target utilisation")

# %% [markdown]
# ## 12. The AI angle
#
# **Generation.** A diffusion transformer runs a full forward pass over every token at
# every denoising step. The linear layers cost 2 x parameters x tokens FLOPs per pass, the
# same formula as an LLM prefill (`llm.prefill_time_s`); attention adds 4 x tokens^2 x hidden
# per block, which at 4,608 tokens is not negligible, so it is added separately.
#
# **Alt text.** A vision encoder turns the image into tokens; a Llama 3.1 8B-class decoder
# prefills them (compute-bound) and decodes about 40 tokens (memory-bound: each step reads
# the weights once for the whole batch plus each sequence's KV cache, with grouped-query
# attention's 8 KV heads).
#
# **Classifiers and embeddings.** One ViT-L pass at 224 px feeds the safety heads and the
# embedding; PDQ hashes are computed on CPU and matched against known-bad lists.

# %%
# Generation
img_tokens = (gen_px // gen_latent_down // gen_patch) ** 2
figure("gen_img_tokens", img_tokens, "{:,d} tokens", "Image tokens at 1,024 px")
gen_tokens = img_tokens + gen_text_tokens
figure("gen_tokens", gen_tokens, "{:,d} tokens", "Tokens per forward pass")
lin_flops = 2 * gen_params * gen_tokens
attn_flops = 4 * gen_tokens**2 * gen_hidden * gen_blocks
figure("gen_lin_tflop_step", lin_flops / 1e12, "{:,.0f} TFLOP", "Linear-layer FLOPs per step")
figure("gen_attn_tflop_step", attn_flops / 1e12, "{:,.0f} TFLOP", "Attention FLOPs per step")
figure("gen_attn_share", attn_flops / (lin_flops + attn_flops), "{:.0%}", "Attention's share of a step")
gen_pflop = figure("gen_pflop_image", (lin_flops + attn_flops) * gen_steps / 1e15, "{:.1f} PFLOP", "FLOPs per image") * 1e15
peak_bf16 = H100.bf16_dense_flops
figure("h100_bf16_tflops", peak_bf16 / 1e12, "{:,.1f} TFLOP/s", "H100 SXM dense BF16 peak")
lin_s = llm.prefill_time_s(gen_params, gen_tokens * gen_steps, peak_bf16, gen_mfu)
gen_s = figure("gen_s_image", lin_s + attn_flops * gen_steps / (peak_bf16 * gen_mfu), "{:.1f} s", "H100 seconds per image, BF16")
figure("gen_s_image_fp8", gen_s * peak_bf16 / H100.fp8_dense_flops, "{:.1f} s", "The same with FP8 at equal MFU")
figure("gen_s_fast", gen_s * gen_fast_steps / gen_steps, "{:.1f} s", "With the distilled fast variant")
gen_usd_image = figure("gen_usd_image", gen_s * usd_gpu_h / 3600, "${:.4f}", "GPU cost per image")
figure("gen_usd_request", gen_usd_image * gen_variants, "${:.3f}", "GPU cost per request of 4 variants")
gen_req_day = posts_day * gen_share
gen_gpu_s_day = gen_req_day * gen_variants * gen_s
gen_gpus = figure("gen_gpus_mean", gen_gpu_s_day / DAY, "{:,.0f} GPUs", "GPUs busy on generation, daily mean")
figure("gen_gpus_peak", math.ceil(gen_gpus * upload_peak_x), "{:,d} GPUs", "GPUs at the upload peak")
figure("gen_usd_day", gen_gpu_s_day / 3600 * usd_gpu_h / 1e3, "${:,.0f}K/day", "Generation GPU cost per day")
figure("gen_req_day", gen_req_day / 1e6, "{:.1f} million/day", "Generation requests per day")

# Alt text
cap_img_tokens = (cap_px // vit_patch) ** 2
figure("cap_img_tokens", cap_img_tokens, "{:d} tokens", "Image tokens at 336 px")
l8_params = llm.param_count(L8B)
cap_out_tokens = math.ceil(llm.tokens_for_words(alt_words))
figure("cap_out_tokens", cap_out_tokens, "{:d} tokens", "Alt-text tokens generated")
cap_prompt = cap_img_tokens + cap_prompt_tokens
vit_cap_s = llm.prefill_time_s(vit_params, cap_img_tokens + 1, peak_bf16, prefill_mfu)
cap_prefill_s = llm.prefill_time_s(l8_params, cap_prompt, peak_bf16, prefill_mfu) + vit_cap_s
figure("cap_prefill_ms", cap_prefill_s * 1e3, "{:.1f} ms", "Encoder plus prefill GPU time per image")
w8 = llm.weights_bytes(L8B)
kv_tok = llm.kv_cache_bytes_per_token(L8B)
figure("l8_weights_gb", w8 / 1e9, "{:.1f} GB", "Llama 3.1 8B weights in BF16")
figure("l8_kv_kib", kv_tok / 1024, "{:.0f} KiB", "Its KV cache per token (GQA)")
ctx = cap_prompt + cap_out_tokens
dec_tps = llm.decode_tokens_per_s(w8, kv_tok, decode_batch, ctx, l8_params, H100.hbm_bytes_per_s, peak_bf16, decode_eff)
figure("cap_decode_tps", dec_tps, "{:,.0f} tokens/s", "Decode tokens per second per GPU at batch 64")
step_ms = figure("cap_step_ms", decode_batch / dec_tps * 1e3, "{:.1f} ms", "One decode step for the batch")
cap_decode_s = cap_out_tokens / dec_tps
figure("cap_decode_ms", cap_decode_s * 1e3, "{:.1f} ms", "Decode GPU time per caption")
cap_s = figure("cap_gpu_ms", (cap_prefill_s + cap_decode_s) * 1e3, "{:.1f} ms", "GPU time per caption") / 1e3
figure("cap_latency_s", cap_prefill_s + cap_out_tokens * step_ms / 1e3, "{:.1f} s", "Wall time for one caption in a batch of 64")
cap_gpus = figure("cap_gpus_mean", photos_day * cap_s / DAY, "{:,.0f} GPUs", "GPUs for alt text on every photo, daily mean")
figure("cap_gpus_peak", math.ceil(cap_gpus * upload_peak_x), "{:,d} GPUs", "At the upload peak")
figure("cap_usd_1k", cap_s * 1000 * usd_gpu_h / 3600, "${:.3f}", "GPU cost per 1,000 captions")
figure("cap_usd_day", photos_day * cap_s / 3600 * usd_gpu_h / 1e3, "${:,.1f}K/day", "Alt-text GPU cost per day")
archive = photos_day * YEAR_DAYS * archive_years
figure("archive_photos", archive / 1e9, "{:,.0f} billion photos", "Photos in the back catalogue")
backfill_gpu_h = archive * cap_s / 3600
figure("backfill_gpu_h", backfill_gpu_h / 1e6, "{:.2f} million GPU-hours", "GPU-hours to caption the back catalogue")
figure("backfill_usd", backfill_gpu_h * usd_gpu_h / 1e6, "${:.1f}M", "Its GPU cost")
figure("backfill_gpus", math.ceil(backfill_gpu_h / (backfill_days * 24)), "{:,d} GPUs", "GPUs to finish within the deadline")

# Classifiers and embeddings: one ViT-L pass at 224 px
cls_tokens = (cls_px // vit_patch) ** 2 + 1
figure("cls_tokens", cls_tokens, "{:d} tokens", "Tokens of one classifier pass (patches + class token)")
cls_gflop = figure("cls_gflop", 2 * vit_params * cls_tokens / 1e9, "{:.0f} GFLOP", "FLOPs per classifier pass")
cls_s = llm.prefill_time_s(vit_params, cls_tokens, peak_bf16, cls_mfu)
figure("cls_ms", cls_s * 1e3, "{:.2f} ms", "H100 time per image")
cls_gpus = figure("cls_gpus_peak", images_peak * cls_s, "{:.1f} GPUs", "GPUs busy screening at peak")
figure("cls_usd_day", images_day * cls_s / 3600 * usd_gpu_h, "${:,.0f}/day", "Screening GPU cost per day")
figure("cap_over_cls", cap_s / cls_s, "{:,.0f}x", "GPU time of a caption over a classifier pass")
figure("gen_over_cls", gen_s * gen_variants / cls_s, "{:,.0f}x", "GPU time of a generation request over a classifier pass")
figure("pdq_matchers", math.ceil(images_peak / pdq_match_per_s), "{:d} matchers", "PDQ matchers at peak, before redundancy")
figure("pdq_list_mb", hash_list * 256 / 8 / 1e6, "{:,.0f} MB", "Known-bad PDQ hashes in memory (256 bits each)")
tp = images_day * prevalence * cls_recall
fp = round(images_day * (1 - prevalence) * cls_fpr, -2)
figure("cls_tp_day", tp, "{:,.0f} items/day", "True positives per day")
figure("cls_fp_day", fp, "{:,.0f} items/day", "False positives per day")
figure("cls_precision", tp / (tp + fp), "{:.1%}", "Precision of the review queue")
figure("reviewers", math.ceil((tp + fp) / (review_per_h * review_h_day)), "{:,d} reviewers", "Reviewers to clear the queue daily")
figure("cls_missed_day", images_day * prevalence * (1 - cls_recall), "{:,.0f} items/day", "Abusive items the classifier misses per day")
emb_b = emb_dims * 2
figure("emb_kb", emb_b / 1e3, "{:.1f} KB", "One FP16 embedding")
figure("emb_tb_year", photos_day * YEAR_DAYS * emb_b / 1e12, "{:,.0f} TB/year", "Raw embeddings per year of photos")
figure("emb_backfill_gpu_h", archive * cls_s / 3600 / 1e3, "{:,.0f} thousand GPU-hours", "GPU-hours to re-embed the back catalogue")
figure("emb_backfill_usd", archive * cls_s / 3600 * usd_gpu_h / 1e3, "${:,.0f}K", "Its GPU cost")
figure("backlog_1h_peak", images_peak * 3600 / 1e6, "{:,.0f} million images", "Images waiting after an hour of screening outage at peak")
figure("emb_pq_tb_year", photos_day * YEAR_DAYS * pq_bytes / 1e12, "{:.1f} TB/year", "The ANN index's codes per year")

# %% [markdown]
# ## 13. Scaling 10x, 100x, 1000x
#
# Everything here is linear in traffic; the table on the page reads it at three multiples.
# The chart compares raw storage over five years for three layouts.

# %%
for x, tag in ((10, "10x"), (100, "100x"), (1000, "1000x")):
    figure(f"photos_peak_{tag}", photos_peak * x, "{:,.0f} photos/s", f"Peak photo uploads at {tag}")
    figure(f"egress_peak_tbit_{tag}", egress_peak_tbit * x, "{:,.0f} Tbit/s", f"Peak feed-photo egress at {tag}")
    figure(f"geo_eb_year_{tag}", geo_pb_year * x / 1e3, "{:,.2f} EB/year", f"Raw photo storage per year at {tag}")
    figure(f"proc_cores_{tag}", math.ceil(busy_cores / cpu_util) * x, "{:,d} cores", f"Processing cores at {tag}")
    figure(f"cap_gpus_peak_{tag}", math.ceil(cap_gpus * upload_peak_x) * x, "{:,d} GPUs", f"Alt-text GPUs at peak at {tag}")
    figure(f"cdn_usd_month_{tag}", total_pb_month * 1e6 * x * usd_gb_over_5pb / 1e6, "${:,.0f}M/month", f"CDN at the top list tier at {tag}")

years = np.arange(1, 6)
fig, ax = new_chart()
ax.plot(years, logical_pb_year * years * 2 * replicas / 1e3, marker="o", label="3 copies in each of 2 regions")
ax.plot(years, logical_pb_year * years * ec_x * 2 / 1e3, marker="o", label="10+4 code in each of 2 regions")
ax.plot(years, logical_pb_year * years * geo_x / 1e3, marker="o", label="10+4 in 2 regions + XOR in a third")
ax.set_xlabel("years of photos")
ax.set_ylabel("raw storage (EB)")
ax.set_xticks(years)
ax.legend()
show(fig, alt="Line chart of raw photo storage over five years: six full copies grow to about 3.0 exabytes, the 10 plus 4 "
              "erasure code in two regions to about 1.4 exabytes, and the geo XOR layout to about 1.0 exabyte, so the "
              "layout choice is worth nearly two exabytes by year five")
