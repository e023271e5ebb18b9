# %% [markdown]
# # Keeping user data out of training: the estimates
#
# The arithmetic behind the PM walkthrough on data boundaries, retention and logging. Every
# input is declared once with `assume` and its source; every number the page quotes is a
# `figure` computed here. The question is built from the data-provenance contrast in Johnny
# Mai's PM article, which gives no numbers, so almost every input below is a planning
# assumption a reader can change. Two inputs come from OpenAI's public API documentation and
# are labelled with the date they were checked. Sections:
#
# 1. Inputs
# 2. Traffic by customer class
# 3. Log volume per day, field by field
# 4. Storage and cost of each logging option
# 5. "Filter later": what the scrubber costs and what it misses
# 6. Abuse detected with metadata only, full content, and a sampled store
# 7. Re-identification risk of "metadata only"
# 8. Deletion fan-out, backups and crypto-shredding
# 9. Proving the boundary holds: canaries and human reads
# 10. Latency
# 11. Twists: a regression, the EU, a security incident, a one-year law
# 12. Charts

# %% [markdown]
# ## 1. Inputs
#
# "assumption" is this walkthrough's planning number; "design choice" is a parameter we
# pick; a published source is named where a number comes from one.

# %%
import math

from estimates import assume, assumptions_table, figure
from estimates import reference as ref

# Traffic
req_day = assume("req_day", 1_000_000_000, "{:,.0f} requests/day", "Model requests a day across all products",
                 "assumption")
share_api = assume("share_api", 0.45, "{:.0%}", "Share of requests from API customers", "assumption")
share_ent = assume("share_ent", 0.15, "{:.0%}", "Share from enterprise workspaces under a negotiated contract",
                   "assumption")
share_con = assume("share_con", 0.40, "{:.0%}", "Share from consumer accounts", "assumption")
zdr_api = assume("zdr_api", 0.10, "{:.0%}", "Share of API traffic under a zero-retention agreement", "assumption")
con_train_ok = assume("con_train_ok", 0.70, "{:.0%}",
                      "Share of consumer traffic whose training setting is on", "assumption")
in_tok = assume("in_tok", 1_200, "{:,d} tokens", "Input tokens per request (prompt and context)", "assumption")
out_tok = assume("out_tok", 350, "{:d} tokens", "Output tokens per request", "assumption")
embed_dims = assume("embed_dims", 1_536, "{:,d} dimensions",
                    "Width of a prompt embedding a 'log everything' pipeline keeps for clustering", "assumption")

# Metadata record, by field group (bytes before compression)
f_ids = assume("f_ids", 80, "{:d} B", "Ids: request, organisation, project, pseudonymous user (HMAC)", "design choice")
f_route = assume("f_route", 16, "{:d} B", "Time and routing: timestamp, region, model, endpoint", "design choice")
f_usage = assume("f_usage", 18, "{:d} B", "Usage: token counts, cached tokens, latency, status", "design choice")
f_safety = assume("f_safety", 16, "{:d} B", "Safety: 12 classifier scores (1 byte each) and flag bits",
                  "design choice")
f_net = assume("f_net", 12, "{:d} B", "Network: IP /24 prefix and user-agent hash", "design choice")

# Compression and prices (planning numbers, not quotes)
comp_meta = assume("comp_meta", 5, "{:d}x", "Compression of columnar metadata", "assumption")
comp_text = assume("comp_text", 3, "{:d}x", "Compression of prompt and completion text", "assumption")
comp_emb = assume("comp_emb", 1.1, "{:.1f}x", "Compression of float embeddings", "assumption")
usd_hot = assume("usd_hot", 0.50, "${:.2f}/GB-month",
                 "Hot, indexed, replicated log store (searchable by reviewers)", "assumption (planning price)")
usd_cold = assume("usd_cold", 0.02, "${:.2f}/GB-month", "Cold object archive", "assumption (planning price)")
usd_ingest = assume("usd_ingest", 0.05, "${:.2f}/GB", "Pipeline cost per raw GB ingested and parsed",
                    "assumption (planning price)")
usd_scrub = assume("usd_scrub", 0.01, "${:.2f}/M tokens", "Small PII-detection model run over logged text",
                   "assumption (planning price)")
usd_region = assume("usd_region", 10_000, "${:,d}/month",
                    "Fixed cost of one more regional log pipeline (cluster floor, keys, tooling, on-call share)",
                    "assumption")

# Retention
hot_days = assume("hot_days", 30, "{:d} days", "Content retention in the hot store", "design choice")
archive_days = assume("archive_days", 365, "{:d} days",
                      "Total retention of the 'log everything' archive (just in case)", "assumption")
meta_days = assume("meta_days", 90, "{:d} days", "Metadata retention", "design choice")
abuse_days = assume("abuse_days", 30, "{:d} days", "Retention of the sampled abuse-evidence store", "design choice")
flag_rate = assume("flag_rate", 0.005, "{:.1%}", "Requests a real-time classifier flags", "assumption")
sample_rate = assume("sample_rate", 0.01, "{:.0%}", "Random sample of unflagged requests kept for abuse review",
                     "design choice")
regions = assume("regions", 4, "{:d} regions", "Regions with in-region processing and logs", "assumption")

# "Filter later"
pii_share = assume("pii_share", 0.03, "{:.0%}", "Prompts carrying sensitive personal data (health, ids, finances)",
                   "assumption")
scrub_recall = assume("scrub_recall", 0.95, "{:.0%}", "Share of that data the scrubber finds and masks", "assumption")

# Abuse: what each logging option can see (share of cases detected)
mix_auto = assume("mix_auto", 0.40, "{:.0%}",
                  "Abuse cases that are volume or automation (scraping, spam runs, key resale)", "assumption")
mix_known = assume("mix_known", 0.35, "{:.0%}", "Cases in policy categories the classifiers already score",
                   "assumption")
mix_novel = assume("mix_novel", 0.25, "{:.0%}",
                   "Cases with novel content (new jailbreaks, new influence narratives)", "assumption")
det_auto_meta = assume("det_auto_meta", 0.85, "{:.0%}", "Automation detected from metadata", "assumption")
det_auto_full = assume("det_auto_full", 0.90, "{:.0%}", "Automation detected with full content", "assumption")
det_known_meta = assume("det_known_meta", 0.80, "{:.0%}",
                        "Known categories detected from stored classifier scores", "assumption")
det_known_full = assume("det_known_full", 0.90, "{:.0%}", "Known categories detected with full content",
                        "assumption")
det_novel_meta = assume("det_novel_meta", 0.20, "{:.0%}", "Novel abuse detected from metadata", "assumption")
det_novel_full = assume("det_novel_full", 0.70, "{:.0%}", "Novel abuse detected when reviewers can read content",
                        "assumption")
campaign_req = assume("campaign_req", 200, "{:d} requests", "Requests in a typical abuse campaign", "assumption")
small_campaign = assume("small_campaign", 20, "{:d} requests", "Requests in a small, careful campaign",
                        "assumption")
escalate_share = assume("escalate_share", 0.002, "{:.1%}", "Flagged requests escalated to a human reviewer",
                        "assumption")
review_per_h = assume("review_per_h", 60, "{:d} items/h", "Items one abuse reviewer handles per hour", "assumption")
review_h_day = assume("review_h_day", 7, "{:d} h", "Productive review hours per reviewer per day", "assumption")

# Re-identification
org_req_day = assume("org_req_day", 2_000, "{:,d} requests/day", "Requests a day from one small enterprise",
                     "assumption")
tok_distinct = assume("tok_distinct", 1_000, "{:,d} values", "Distinct exact token counts a small org produces",
                      "assumption")
tok_buckets = assume("tok_buckets", 8, "{:d} buckets", "Coarse token-count buckets (log-spaced)", "design choice")
k_min = assume("k_min", 5, "{:d}", "Smallest group size treated as safe to release (k)", "design choice")

# Deletion
users = assume("users", 500_000_000, "{:,.0f} accounts", "Accounts with data on the platform", "assumption")
del_rate = assume("del_rate", 0.00002, "{:.3%}", "Accounts asking for deletion per day", "assumption")
stores_a = assume("stores_a", 7, "{:d} stores",
                  "Stores holding content when everything is logged (chat store, hot log, archive, embedding "
                  "index, warehouse, training lake, backups)", "assumption")
stores_c = assume("stores_c", 4, "{:d} stores",
                  "Stores holding user data in the tiered design (chat store, metadata, abuse store, backups)",
                  "design choice")
copies = assume("copies", 2, "{:d} regions", "Regions each store is replicated to", "assumption")
store_fail = assume("store_fail", 0.005, "{:.1%}", "Chance one delete call to one store fails on a pass",
                    "assumption")
job_days = assume("job_days", 7, "{:d} days", "Interval of the batch delete job on archives", "assumption")
backup_days = assume("backup_days", 35, "{:d} days", "Backup retention", "assumption")
promise_days = assume("promise_days", 30, "{:d} days", "Deletion time promised in contracts and the privacy notice",
                      "design choice")
key_backup_days = assume("key_backup_days", 7, "{:d} days", "Retention of key-store backups", "design choice")
key_bytes = assume("key_bytes", 64, "{:d} B", "Wrapped data key per account", "design choice")

# Proving the boundary
leak_frac = assume("leak_frac", 0.001, "{:.1%}", "Share of protected records a leak would carry", "assumption")
confidence = assume("confidence", 0.99, "{:.0%}", "Chance we want of catching that leak", "design choice")

# Latency
log_sync_ms = assume("log_sync_ms", 12, "{:d} ms", "Synchronous durable write to a remote log store (p50)",
                     "assumption")
log_async_ms = assume("log_async_ms", 0.05, "{:.2f} ms", "Append to an in-memory buffer shipped asynchronously",
                      "assumption")
in_region_rtt = assume("in_region_rtt", 20, "{:d} ms", "Round trip from an EU user to an EU region", "assumption")

# Twists
reg_cat = assume("reg_cat", 0.02, "{:.0%}", "Share of traffic in the category with a regression", "assumption")
reg_fail = assume("reg_fail", 0.005, "{:.1%}", "Failure rate in that category after the regression", "assumption")
reg_need = assume("reg_need", 500, "{:d} examples", "Reviewed examples the model team needs to diagnose it",
                  "assumption")
review_min = assume("review_min", 2, "{:d} min", "Clean-room review time per example", "assumption")
eu_share = assume("eu_share", 0.15, "{:.0%}", "Share of traffic from EU customers", "assumption")
head_pooled = assume("head_pooled", 0.15, "{:.0%}", "Capacity headroom in a pooled global fleet", "assumption")
head_region = assume("head_region", 0.35, "{:.0%}", "Capacity headroom a smaller regional pool needs",
                     "assumption")
residency_uplift = assume("residency_uplift", 0.10, "{:.0%}",
                          "Price uplift OpenAI lists for data-residency endpoints (newer models)",
                          "OpenAI API data-residency guide, checked 2026-11-23")
inc_accounts = assume("inc_accounts", 50, "{:d} accounts", "Accounts named in a security incident", "assumption")
inc_hours = assume("inc_hours", 72, "{:d} h", "Window of the incident", "assumption")
inc_rate = assume("inc_rate", 100, "{:d} requests/h", "Requests per hour per named account", "assumption")
law_days = assume("law_days", 365, "{:d} days", "Retention a new law requires for some logs", "assumption")
api_abuse_days = assume("api_abuse_days", 30, "{:d} days",
                        "Default abuse-monitoring log retention OpenAI documents for the API",
                        "OpenAI API 'your data' guide, checked 2026-11-23")
assumptions_table()

# %% [markdown]
# ## 2. Traffic by customer class
#
# Who the data belongs to decides what may happen to it. Zero-retention API traffic may not
# leave content in any log; enterprise and other API traffic may be logged for abuse but
# never trained on; consumer traffic may reach training only where the user's setting says so.

# %%
MONTH = ref.DAYS_PER_MONTH_AVG
api_day = req_day * share_api
ent_day = req_day * share_ent
con_day = req_day * share_con
zdr_day = api_day * zdr_api
figure("api_day", api_day / 1e6, "{:,.0f} million", "API requests a day")
figure("ent_day", ent_day / 1e6, "{:,.0f} million", "Enterprise requests a day")
figure("con_day", con_day / 1e6, "{:,.0f} million", "Consumer requests a day")
figure("zdr_day", zdr_day / 1e6, "{:,.0f} million", "Zero-retention API requests a day")
business_share = share_api + share_ent
figure("business_share", business_share, "{:.0%}", "Share of traffic that is business data (API + enterprise)")
train_ok_day = con_day * con_train_ok
figure("train_ok_day", train_ok_day / 1e6, "{:,.0f} million", "Requests a day eligible for training")
figure("train_ok_share", train_ok_day / req_day, "{:.0%}", "Share of all requests eligible for training")
content_ok_share = 1 - zdr_day / req_day
figure("content_ok_share", content_ok_share, "{:.1%}", "Share of requests whose content may be logged at all")

# %% [markdown]
# ## 3. Log volume per day, field by field
#
# Text is counted at the reference rule of thumb of 4 characters per English token, one
# byte per character; other scripts take 2-3 bytes per character in UTF-8, so this is a floor.

# %%
BYTES_PER_TOKEN = ref.CHARS_PER_TOKEN_EN * 1
meta_b = f_ids + f_route + f_usage + f_safety + f_net
prompt_b = in_tok * BYTES_PER_TOKEN
completion_b = out_tok * BYTES_PER_TOKEN
emb_b = embed_dims * 4
text_b = prompt_b + completion_b
figure("meta_b", meta_b, "{:d} B", "Metadata record per request")
figure("prompt_b", prompt_b, "{:,.0f} B", "Prompt text per request")
figure("completion_b", completion_b, "{:,.0f} B", "Completion text per request")
figure("emb_b", emb_b, "{:,.0f} B", "Prompt embedding per request (float32)")
figure("content_vs_meta", (text_b + emb_b) / meta_b, "{:.0f}x", "Content and embedding over metadata, per request")

GB = 1e9
TB = 1e12
fields = {"ids": f_ids, "time, routing": f_route, "usage": f_usage, "safety scores": f_safety, "network": f_net,
          "prompt text": prompt_b, "completion text": completion_b, "prompt embedding": emb_b}
for name, b in fields.items():
    print(f"{name:18s} {b:8,.0f} B/request  {b * req_day / GB:10,.0f} GB/day raw")
figure("meta_gb_day", meta_b * req_day / GB, "{:,.0f} GB/day", "Metadata, raw, per day")
figure("ids_gb_day", f_ids * req_day / GB, "{:,.0f} GB/day", "Id fields, raw, per day")
figure("safety_gb_day", f_safety * req_day / GB, "{:,.0f} GB/day", "Safety scores, raw, per day")
figure("prompt_tb_day", prompt_b * req_day / TB, "{:.1f} TB/day", "Prompt text, raw, per day")
figure("completion_tb_day", completion_b * req_day / TB, "{:.1f} TB/day", "Completion text, raw, per day")
figure("emb_tb_day", emb_b * req_day / TB, "{:.1f} TB/day", "Prompt embeddings, raw, per day")
all_raw_tb = (meta_b + text_b + emb_b) * req_day / TB
figure("all_raw_tb_day", all_raw_tb, "{:.1f} TB/day", "Everything, raw, per day")
figure("meta_share_raw", meta_b * req_day / TB / all_raw_tb, "{:.1%}", "Metadata share of the raw volume")

# %% [markdown]
# ## 4. Storage and cost of each logging option
#
# - **A. Log everything, filter later:** metadata, text and embeddings for every request
#   (zero-retention customers included, which is itself a breach of contract), hot for 30
#   days, archived to a year, scrubbed for personal data after the fact.
# - **B. Metadata only:** the metadata record, 90 days; no content anywhere.
# - **C. Tiered (recommended):** metadata for all traffic, 90 days; content only for flagged
#   requests and a small random sample, never for zero-retention traffic, 30 days, in an
#   access-controlled store.
# - **D. Tiered, in region:** C run separately in each region, paying a fixed floor per region.

# %%
meta_c_gb_day = meta_b * req_day / comp_meta / GB
text_c_gb_day = text_b * req_day / comp_text / GB
emb_c_gb_day = emb_b * req_day / comp_emb / GB

# A
a_hot_gb = (text_c_gb_day + emb_c_gb_day) * hot_days + meta_c_gb_day * archive_days
a_cold_gb = (text_c_gb_day + emb_c_gb_day) * (archive_days - hot_days)
a_ingest_gb_month = (meta_b + text_b + emb_b) * req_day / GB * MONTH
a_scrub_month = (in_tok + out_tok) * req_day * MONTH / 1e6 * usd_scrub
a_hot = a_hot_gb * usd_hot
a_cold = a_cold_gb * usd_cold
a_ingest = a_ingest_gb_month * usd_ingest
a_total = a_hot + a_cold + a_ingest + a_scrub_month
# B
b_hot = meta_c_gb_day * meta_days * usd_hot
b_ingest = meta_b * req_day / GB * MONTH * usd_ingest
b_total = b_hot + b_ingest
# C
kept_share = (flag_rate + sample_rate * (1 - flag_rate)) * content_ok_share
c_text_gb = text_c_gb_day * kept_share * abuse_days
c_hot = b_hot + c_text_gb * usd_hot
c_ingest = b_ingest + text_b * req_day * kept_share / GB * MONTH * usd_ingest
c_total = c_hot + c_ingest
# D
d_total = c_total + (regions - 1) * usd_region

figure("a_hot_tb", a_hot_gb / 1e3, "{:,.0f} TB", "Option A: hot store size")
figure("a_cold_pb", a_cold_gb / 1e6, "{:.1f} PB", "Option A: archive size")
figure("a_hot_usd", a_hot, "${:,.0f}", "Option A: hot storage per month")
figure("a_cold_usd", a_cold, "${:,.0f}", "Option A: archive per month")
figure("a_ingest_usd", a_ingest, "${:,.0f}", "Option A: ingest per month")
figure("a_scrub_usd", a_scrub_month, "${:,.0f}", "Option A: scrubbing per month")
figure("a_total_usd", a_total, "${:,.0f}", "Option A: total per month")
figure("a_scrub_share", a_scrub_month / a_total, "{:.0%}", "Option A: scrubbing share of its cost")
figure("b_tb", meta_c_gb_day * meta_days / 1e3, "{:.1f} TB", "Option B: store size")
figure("b_total_usd", b_total, "${:,.0f}", "Option B: total per month")
figure("kept_share", kept_share, "{:.2%}", "Option C: share of requests whose content is kept")
figure("c_text_tb", c_text_gb / 1e3, "{:.2f} TB", "Option C: abuse-evidence store size")
figure("c_total_usd", c_total, "${:,.0f}", "Option C: total per month")
figure("c_over_b_usd", c_total - b_total, "${:,.0f}", "Option C over B per month")
figure("b_hot_usd", b_hot, "${:,.0f}", "Option B: storage per month")
figure("b_ingest_usd", b_ingest, "${:,.0f}", "Option B: ingest per month")
figure("c_hot_usd", c_hot, "${:,.0f}", "Option C: storage per month (metadata and evidence)")
figure("c_ingest_usd", c_ingest, "${:,.0f}", "Option C: ingest per month")
figure("d_region_usd", (regions - 1) * usd_region, "${:,.0f}", "Option D: regional floors per month")
figure("d_total_usd", d_total, "${:,.0f}", "Option D: total per month")
figure("a_over_c", a_total / c_total, "{:,.0f}x", "Option A cost over option C")
figure("d_over_c", d_total / c_total, "{:.0f}x", "Option D cost over option C")
figure("a_per_m_req", a_total / (req_day * MONTH / 1e6), "${:.2f}", "Option A cost per million requests")
figure("c_per_m_req", c_total / (req_day * MONTH / 1e6), "${:.4f}", "Option C cost per million requests")

# Blast radius: prompts at rest at any moment
a_at_rest = req_day * archive_days
c_at_rest = req_day * kept_share * abuse_days
figure("a_at_rest", a_at_rest / 1e9, "{:,.0f} billion", "Option A: prompts at rest")
figure("c_at_rest", c_at_rest / 1e6, "{:,.0f} million", "Option C: prompts at rest")
figure("blast_ratio", a_at_rest / c_at_rest, "{:,.0f}x", "Prompts at rest, A over C")

# %% [markdown]
# ## 5. "Filter later": what the scrubber costs and what it misses
#
# Scrubbing after the fact means the raw text sat in the log until the scrubber ran, and the
# scrubber's misses stay there for the whole retention.

# %%
pii_day = req_day * pii_share
missed_day = pii_day * (1 - scrub_recall)
figure("pii_day", pii_day / 1e6, "{:.0f} million", "Prompts a day with sensitive personal data")
figure("missed_day", missed_day / 1e6, "{:.1f} million", "Of those, left unmasked by the scrubber each day")
figure("missed_archive", missed_day * archive_days / 1e6, "{:,.0f} million",
       "Unmasked sensitive prompts in a one-year archive")
figure("scrub_tok_day", (in_tok + out_tok) * req_day / 1e12, "{:.2f} trillion tokens",
       "Tokens the scrubber reads a day")
missed_c = missed_day * kept_share
figure("missed_c_day", missed_c / 1e3, "{:,.0f} thousand", "Unmasked sensitive prompts a day in option C's store")

# %% [markdown]
# ## 6. Abuse detected: metadata only, full content, sampled content
#
# Stored classifier scores are metadata derived from content: they carry most of the
# known-category signal. What metadata cannot show is a new kind of abuse nobody has a
# classifier for yet. A sampled store finds those only if one of the campaign's requests
# was kept; abuse is a property of an account, so the chance that at least one of a
# campaign's n requests is sampled is 1 - (1 - s)^n.

# %%
det_meta = mix_auto * det_auto_meta + mix_known * det_known_meta + mix_novel * det_novel_meta
det_full = mix_auto * det_auto_full + mix_known * det_known_full + mix_novel * det_novel_full
p_camp = 1 - (1 - sample_rate) ** campaign_req
p_small = 1 - (1 - sample_rate) ** small_campaign
det_tier = mix_auto * det_auto_full + mix_known * det_known_full + mix_novel * det_novel_full * p_camp
det_tier_small = mix_auto * det_auto_full + mix_known * det_known_full + mix_novel * det_novel_full * p_small
figure("det_meta", det_meta, "{:.0%}", "Abuse detected, metadata only")
figure("det_full", det_full, "{:.0%}", "Abuse detected, full content")
figure("det_tier", det_tier, "{:.0%}", "Abuse detected, tiered (flagged + sampled content)")
figure("det_tier_small", det_tier_small, "{:.0%}", "Abuse detected, tiered, if campaigns are small")
figure("tier_of_full", det_tier / det_full, "{:.0%}", "Tiered detection as a share of full content")
figure("p_camp", p_camp, "{:.0%}", "Chance a campaign has at least one sampled request")
figure("p_small", p_small, "{:.0%}", "Same for a small campaign")
figure("novel_meta_miss", 1 - det_novel_meta, "{:.0%}", "Novel abuse that metadata alone misses")
zdr_share_total = zdr_day / req_day
det_platform = zdr_share_total * det_meta + (1 - zdr_share_total) * det_tier
figure("det_platform", det_platform, "{:.1%}", "Platform-wide detection with zero-retention traffic on metadata only")
sample_needed = 1 - (1 - 0.5) ** (1 / small_campaign)
figure("sample_for_small", sample_needed, "{:.1%}", "Sample rate giving even odds on a small campaign")
escalated_day = req_day * flag_rate * escalate_share
reviewers = escalated_day / (review_per_h * review_h_day)
figure("escalated_day", escalated_day, "{:,.0f} items", "Flagged requests a human reads a day")
figure("human_read_share", escalated_day / req_day, "{:.4%}", "Share of requests a human reads")
figure("reviewers", reviewers, "{:.0f} reviewers", "Abuse reviewers to read them")

# %% [markdown]
# ## 7. Re-identification risk of "metadata only"
#
# A record is re-identifiable when its quasi-identifiers (organisation, time, token count,
# network prefix) are unique. If one small organisation sends N requests a day spread evenly,
# the number of *other* records sharing a record's cell is about Poisson with mean
# lambda = N / (time slots x token values); the chance a record is alone is e^-lambda.

# %%
lam_fine = org_req_day / (24 * 60) / tok_distinct
lam_coarse = org_req_day / 24 / tok_buckets
figure("lam_fine", lam_fine, "{:.4f}", "Expected neighbours, minute and exact token count")
figure("unique_fine", math.exp(-lam_fine), "{:.1%}", "Records unique at minute and exact token count")
figure("lam_coarse", lam_coarse, "{:.1f}", "Expected neighbours, hour and 8 token buckets")
figure("unique_coarse", math.exp(-lam_coarse), "{:.3%}", "Records unique at hour and 8 buckets")
below_k = sum(math.exp(-lam_coarse) * lam_coarse ** i / math.factorial(i) for i in range(int(k_min) - 1))
figure("below_k", below_k, "{:.2%}", "Records in a cell smaller than k at hour and 8 buckets")
tiny_org = 50
lam_tiny = tiny_org / 24 / tok_buckets
figure("tiny_org", tiny_org, "{:d} requests/day", "A very small organisation")
figure("unique_tiny", math.exp(-lam_tiny), "{:.0%}", "Records unique for that organisation even when coarsened")

# %% [markdown]
# ## 8. Deletion fan-out, backups and crypto-shredding

# %%
del_day = users * del_rate
targets_a = stores_a * copies
targets_c = stores_c * copies
figure("del_day", del_day, "{:,.0f} requests", "Deletion requests a day")
figure("targets_a", targets_a, "{:d} targets", "Delete targets per request, everything logged")
figure("targets_c", targets_c, "{:d} targets", "Delete targets per request, tiered")
figure("ops_a", del_day * targets_a, "{:,.0f} calls", "Delete calls a day, everything logged")
figure("ops_c", del_day * targets_c, "{:,.0f} calls", "Delete calls a day, tiered")
first_a = (1 - store_fail) ** targets_a
first_c = (1 - store_fail) ** targets_c
figure("first_a", first_a, "{:.1%}", "Requests fully deleted on the first pass, everything logged")
figure("first_c", first_c, "{:.1%}", "Requests fully deleted on the first pass, tiered")
figure("retry_a_day", del_day * (1 - first_a), "{:,.0f} requests", "Requests needing a retry a day, everything logged")
figure("after3_a", round(1 / (1 - (1 - store_fail ** 3) ** targets_a), -4), "1 in {:,.0f}",
       "Requests still incomplete after three daily passes")
worst_days = job_days + backup_days
figure("worst_days", worst_days, "{:d} days", "Worst-case deletion time: batch job plus backup expiry")
figure("over_promise", worst_days - promise_days, "{:d} days", "By how much that misses the promise")
figure("backup_max", promise_days - job_days, "{:d} days", "Longest backup retention that keeps the promise")
# Rewriting an archive of daily files: with this many deletions a week, nearly every daily file
# holds rows of some deleted account, so each run rewrites nearly the whole archive
figure("del_week", del_day * job_days, "{:,.0f} accounts", "Accounts deleted per weekly run")
figure("rewrite_pb_week", a_cold_gb / 1e6, "{:.1f} PB", "Archive rewritten by each weekly delete run")
shred_days = 1 + key_backup_days
figure("shred_days", shred_days, "{:d} days", "Worst case with crypto-shredding (key deleted, key backups expire)")
figure("keystore_gb", users * key_bytes / GB, "{:.0f} GB", "Key store for per-account keys")

# %% [markdown]
# ## 9. Proving the boundary holds
#
# Canary records: synthetic protected records with unique strings, planted in no-training and
# zero-retention traffic and searched for in every downstream store and training snapshot.
# To catch a leak that carries a fraction f of protected records with probability c, plant n
# with 1 - (1 - f)^n >= c.

# %%
n_canary = math.log(1 - confidence) / math.log(1 - leak_frac)
figure("n_canary", math.ceil(n_canary), "{:,d} canaries", "Canaries needed to catch the leak")
figure("n_canary_10x", math.ceil(math.log(1 - confidence) / math.log(1 - leak_frac / 10)), "{:,d} canaries",
       "Canaries for a leak ten times smaller")

# %% [markdown]
# ## 10. Latency
#
# Logging belongs off the request path. A synchronous remote write adds its latency to every
# request; an in-memory append shipped asynchronously adds almost nothing but can lose the
# last seconds of records if the host dies, which is acceptable for metadata and welcome for content.

# %%
figure("sync_cost", log_sync_ms, "{:d} ms", "Added to each request by a synchronous log write")
figure("sync_vs_async", log_sync_ms / log_async_ms, "{:,.0f}x", "Synchronous over asynchronous write")
transatlantic = ref.CA_NETHERLANDS_RTT_MS
figure("rtt_far", transatlantic, "{:.0f} ms", "Round trip California-Netherlands (reference)")
figure("rtt_saved", transatlantic - in_region_rtt, "{:.0f} ms", "Round trip saved by serving an EU user in region")
figure("handshake_saved", 3 * (transatlantic - in_region_rtt), "{:.0f} ms",
       "Saved on a cold connection (TCP + TLS + request: 3 round trips)")

# %% [markdown]
# ## 11. Twists

# %%
# A regression: where do failure examples come from?
reg_pool_day = train_ok_day * reg_cat * reg_fail
figure("reg_pool_day", reg_pool_day, "{:,.0f} examples", "Failing examples a day in training-eligible traffic")
figure("reg_minutes", reg_need / reg_pool_day * 24 * 60, "{:.0f} min", "Minutes of eligible traffic to collect enough")
figure("reg_review_h", reg_need * review_min / 60, "{:.0f} h", "Clean-room review hours for them")
figure("reg_business_day", req_day * business_share * reg_cat * reg_fail, "{:,.0f} examples",
       "Failing examples a day in business traffic (off limits)")

# The EU asks for in-region processing
extra_cap = (1 + head_region) / (1 + head_pooled) - 1
figure("eu_extra_cap", extra_cap, "{:.0%}", "Extra capacity for the EU pool over pooled headroom")
figure("eu_fleet_share", eu_share * extra_cap, "{:.1%}", "That extra as a share of the global fleet")
figure("eu_day", req_day * eu_share / 1e6, "{:,.0f} million", "EU requests a day")

# A security incident needs prompts
inc_req = inc_accounts * inc_hours * inc_rate
inc_kept = inc_req * kept_share
figure("inc_req", inc_req, "{:,.0f} requests", "Requests from the named accounts in the window")
figure("inc_kept", inc_kept, "{:,.0f} requests", "Of those, with content in the abuse store")
figure("inc_review_h", inc_kept / review_per_h, "{:.0f} h", "Reviewer hours to read all of them")
figure("inc_forward", inc_accounts * 24 * inc_rate, "{:,.0f} requests",
       "Captured a day if forward capture is approved for those accounts")

# A law requires one year for some logs
meta_year_hot = meta_c_gb_day * law_days * usd_hot
meta_year_tiered = meta_c_gb_day * meta_days * usd_hot + meta_c_gb_day * (law_days - meta_days) * usd_cold
abuse_year = text_c_gb_day * kept_share * law_days * usd_hot
figure("law_meta_hot", meta_year_hot, "${:,.0f}", "Metadata kept a year, all hot, per month")
figure("law_meta_tiered", meta_year_tiered, "${:,.0f}", "Metadata kept a year, cold after 90 days, per month")
figure("law_abuse_year", abuse_year, "${:,.0f}", "Abuse store kept a year, per month")
figure("law_at_rest", req_day * kept_share * law_days / 1e9, "{:.1f} billion",
       "Prompts at rest if the abuse store is kept a year")
figure("law_vs_now", law_days / abuse_days, "{:.0f}x", "Growth of the abuse store under the law")
figure("api_abuse_days_fig", api_abuse_days, "{:d} days", "OpenAI's documented default abuse-log retention")

# %% [markdown]
# ## 12. Charts

# %%
import numpy as np  # noqa: E402

from estimates.charts import SERIES, new_chart, show  # noqa: E402

opts = ["A. log everything,\nfilter later", "B. metadata\nonly", "C. tiered\n(recommended)",
        "D. tiered,\nin 4 regions"]
totals = [a_total, b_total, c_total, d_total]
biggest = [("scrubbing", a_scrub_month / a_total), ("storage", b_hot / b_total), ("storage", c_hot / c_total),
           ("regional floors", (regions - 1) * usd_region / d_total)]
fig, ax = new_chart()
x = np.arange(len(opts))
bars = ax.bar(x, totals, color=[SERIES[1], SERIES[3], SERIES[2], SERIES[0]])
ax.set_yscale("log")
ax.set_ylim(500, 5e6)
ax.set_xticks(x, opts)
ax.set_ylabel("USD per month (log scale)")
for xi, total, (part, share) in zip(x, totals, biggest):
    ax.annotate(f"${total:,.0f}\n{share:.0%} {part}", (xi, total), ha="center", va="bottom", fontsize=9)
show(fig, alt="Bar chart on a log scale of monthly log cost by logging option: logging everything and filtering "
              "later costs about two-thirds of a million dollars a month, most of it the scrubbing model; metadata "
              "only and the tiered design each cost about two thousand dollars, mostly storage; running the tiered "
              "design in four regions costs about fifteen times more, almost all of it the fixed floor per region")

# %%
rates = np.linspace(0.001, 0.05, 60)
fig, ax = new_chart()
for n, label, c in ((campaign_req, f"campaign of {campaign_req:.0f} requests", SERIES[0]),
                    (small_campaign, f"campaign of {small_campaign:.0f} requests", SERIES[1])):
    ax.plot(rates * 100, 1 - (1 - rates) ** n, label=label, color=c)
ax.axvline(sample_rate * 100, color=SERIES[2], linestyle=":", linewidth=1.2)
ax.annotate(f"{sample_rate:.0%} sample", (sample_rate * 100 + 0.1, 0.05), fontsize=9)
ax.set_xlabel("random sample rate of unflagged requests (%)")
ax.set_ylabel("chance a campaign is sampled")
ax.legend(frameon=False, fontsize=8, loc="lower right")
show(fig, alt="Line chart of the chance that an abuse campaign has at least one request in the random sample, "
              "against the sample rate: a 200-request campaign is almost always caught at a 1% sample, while a "
              "20-request campaign is caught less than one time in five at that rate")
