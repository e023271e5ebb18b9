# %% [markdown]
# # Memory across sessions: the estimates
#
# The arithmetic behind the PM walkthrough on assistant memory. Every input is declared
# once with `assume` and its source; every number the page quotes is a `figure` computed
# here. The source article (Johnny Mai's PM piece) gives no numbers for memory at all: its
# contribution is the contrast between a personalisation engine built for scale and a
# stateless design built for integrity. So nearly everything below is a planning
# assumption, stated so that a reader can change it and watch the page follow.
# Model and GPU figures come from `estimates.reference`, formulas from `estimates.llm`.
#
# 1. Inputs
# 2. Usage: conversations and turns
# 3. Memories per user and storage, by design option
# 4. Latency added per turn: inject every memory, or retrieve a few
# 5. Prompt and extraction cost
# 6. Error arithmetic: wrong memories, sensitive memories, injected memories
# 7. Deletion propagation across replicas, indexes, caches, warehouse and backups
# 8. The audit trail per turn
# 9. Twists: "what do you know about me?", offline devices, a subpoena, a child on the account
# 10. Charts

# %% [markdown]
# ## 1. Inputs
#
# "assumption" is this walkthrough's planning number; "design choice" is a parameter the
# recommended design picks; reference constants are imported, never retyped.

# %%
import numpy as np
import matplotlib.pyplot as plt

from estimates import assume, assumptions_table, figure
from estimates import llm
from estimates import reference as ref
from estimates.charts import SERIES, show

# Usage
users = assume("users", 20_000_000, "{:,d} users", "Monthly active users with memory switched on", "assumption")
conv_month = assume("conv_month", 20, "{:d} conversations", "Conversations per user per month", "assumption")
turns_conv = assume("turns_conv", 8, "{:d} turns", "Turns per conversation", "assumption")
user_tokens = assume("user_tokens", 60, "{:d} tokens", "A user message", "assumption")
answer_tokens = assume("answer_tokens", 400, "{:d} tokens", "An assistant answer", "assumption")

# What one memory is
mem_tokens = assume("mem_tokens", 40, "{:d} tokens", "Text of one memory (a short sentence)", "assumption")
mem_prompt_overhead = assume("mem_prompt_overhead", 10, "{:d} tokens",
                             "Formatting per memory in the prompt (bullet, date, id)", "assumption")
meta_bytes = assume("meta_bytes", 300, "{:d} bytes",
                    "Metadata per memory (ids, source conversation, timestamps, category, consent flag)", "assumption")
embed_dims = assume("embed_dims", 1024, "{:,d} dimensions", "Embedding size", "assumption")
embed_bytes_dim = assume("embed_bytes_dim", 2, "{:d} bytes", "Bytes per embedding dimension (FP16)", "assumption")
copies = assume("copies", 4, "{:d} copies", "Stored copies: three replicas plus backups worth about one more",
                "assumption")

# Options: how many memories a user accumulates in a year
notes_year = assume("notes_year", 20, "{:d} notes", "Notes a user saves explicitly in a year (option B)", "assumption")
proposals_conv = assume("proposals_conv", 0.4, "{:.1f}", "Memories the extractor proposes per conversation (option C)",
                        "assumption")
keep_rate = assume("keep_rate", 0.8, "{:.0%}", "Proposals still kept after review, merges and undo (option C)",
                   "assumption")
mem_cap = assume("mem_cap", 200, "{:d} memories", "Cap on memories per user in the recommended design",
                 "design choice")

# Serving (70B-class stand-in on one 8-GPU H100 node)
tp_gpus = assume("tp_gpus", 8, "{:d} GPUs", "Tensor-parallel GPUs serving one replica", "assumption")
mfu = assume("mfu", 0.4, "{:.0%}", "Model FLOPs utilisation during prefill", "assumption")
embed_query_ms = assume("embed_query_ms", 15, "{:d} ms", "Embed the user's first message for retrieval", "assumption")
cpu_gflops = assume("cpu_gflops", 20, "{:d} GFLOP/s", "Effective speed of a brute-force vector scan on one core",
                    "assumption")
ann_ms = assume("ann_ms", 5, "{:d} ms", "Approximate-nearest-neighbour search in a per-user index", "assumption")
top_k = assume("top_k", 10, "{:d} memories", "Memories retrieved into a conversation", "design choice")
pinned = assume("pinned", 20, "{:d} notes", "Explicit notes always placed in the prompt", "design choice")
hist_chunks_k = assume("hist_chunks_k", 5, "{:d} chunks", "Past-turn chunks retrieved per turn (option D)",
                       "assumption")

# Prices (planning numbers, not quoted list prices)
usd_in = assume("usd_in", 1.00, "${:.2f}/M tokens", "Main model, input", "assumption (planning price)")
cached_factor = assume("cached_factor", 0.1, "{:.0%}", "Price of a cached input token relative to an uncached one",
                       "assumption (planning price)")
usd_small_in = assume("usd_small_in", 0.15, "${:.2f}/M tokens", "Small extraction model, input",
                      "assumption (planning price)")
usd_small_out = assume("usd_small_out", 0.60, "${:.2f}/M tokens", "Small extraction model, output",
                       "assumption (planning price)")
usd_embed = assume("usd_embed", 0.02, "${:.2f}/M tokens", "Embedding model", "assumption (planning price)")
usd_gb_month = assume("usd_gb_month", 0.10, "${:.2f}/GB-month", "Stored gigabyte, one copy, SSD-backed database",
                      "assumption (planning price)")
extract_instr = assume("extract_instr", 800, "{:d} tokens", "Extraction instructions and category policy",
                       "assumption")
extract_existing = assume("extract_existing", 20, "{:d} memories",
                          "Existing memories shown to the extractor so it merges instead of duplicating",
                          "assumption")
extract_out = assume("extract_out", 150, "{:d} tokens", "Extractor output (proposed adds, edits, merges)",
                     "assumption")

# Error rates
wrong_rate = assume("wrong_rate", 0.03, "{:.0%}", "Proposed memories that are wrong or stale", "assumption")
review_catch = assume("review_catch", 0.3, "{:.0%}", "Wrong proposals a user notices and removes", "assumption")
sens_share = assume("sens_share", 0.05, "{:.0%}",
                    "Conversations that mention a special category (health, sex life, religion, politics...)",
                    "assumption")
sens_propose = assume("sens_propose", 0.5, "{:.0%}",
                      "Chance an unconstrained extractor proposes a memory from such a mention", "assumption")
sens_recall = assume("sens_recall", 0.995, "{:.1%}", "Sensitive-category classifier recall", "assumption")
allow_leak = assume("allow_leak", 0.02, "{:.0%}",
                    "Sensitive mentions an allow-list extractor still mislabels as an allowed type", "assumption")
untrusted_share = assume("untrusted_share", 0.10, "{:.0%}",
                         "Turns that read untrusted content (web pages, files, pasted email)", "assumption")
inject_rate = assume("inject_rate", 1e-4, "{:.2%}", "Untrusted inputs that carry a memory-writing injection",
                     "assumption")
inject_success = assume("inject_success", 0.2, "{:.0%}",
                        "Injections that write a memory when tool turns may write freely", "assumption")
confirm_success = assume("confirm_success", 0.01, "{:.0%}",
                         "Injections that still land when the user must confirm the write", "assumption")
mention_share = assume("mention_share", 0.05, "{:.0%}", "Answers that state a remembered fact out loud",
                       "assumption")

# Deletion propagation (design choices and assumptions)
commit_s = assume("commit_s", 0.05, "{:.2f} s", "Delete committed on the primary", "assumption")
replica_lag_s = assume("replica_lag_s", 2, "{:d} s", "Replica lag, p99", "assumption")
index_refresh_s = assume("index_refresh_s", 60, "{:d} s", "Vector index compaction after a delete", "assumption")
kv_ttl_s = assume("kv_ttl_s", 600, "{:d} s", "Idle lifetime of a cached prompt prefix on the GPUs", "assumption")
summary_ttl_h = assume("summary_ttl_h", 24, "{:d} h", "Lifetime of cached conversation summaries", "assumption")
warehouse_h = assume("warehouse_h", 24, "{:d} h", "Interval of the analytics warehouse's batch deletion job",
                     "assumption")
warehouse_job_h = assume("warehouse_job_h", 6, "{:d} h", "Run time of that job", "assumption")
backup_days = assume("backup_days", 28, "{:d} days", "Backup retention", "design choice")
offline_lease_days = assume("offline_lease_days", 14, "{:d} days",
                            "Longest a device may use memories without reconnecting", "design choice")

# Audit and twists
audit_id_bytes = assume("audit_id_bytes", 16, "{:d} bytes", "One memory id in the per-turn audit record",
                        "assumption")
audit_base_bytes = assume("audit_base_bytes", 60, "{:d} bytes",
                          "Rest of the memory part of the audit record (version, flags, timestamp)", "assumption")
read_tps = assume("read_tps", 50, "{:d} tokens/s", "Decode speed a user sees", "assumption")
child_conv_week = assume("child_conv_week", 5, "{:d} conversations", "Conversations a week by a child on a parent's account",
                         "assumption")
assumptions_table()

# %% [markdown]
# ## 2. Usage

# %%
WEEKS_MONTH = ref.DAYS_PER_MONTH_AVG / 7
conv_fleet = users * conv_month
turns_user = conv_month * turns_conv
turns_fleet = conv_fleet * turns_conv
figure("conv_fleet", conv_fleet / 1e6, "{:,.0f} million conversations", "Conversations a month, fleet")
figure("turns_user", turns_user, "{:,.0f} turns", "Turns per user per month")
figure("turns_fleet", turns_fleet / 1e9, "{:.1f} billion turns", "Turns a month, fleet")
turn_text_tokens = user_tokens + answer_tokens
conv_tokens = turns_conv * turn_text_tokens
figure("conv_tokens", conv_tokens, "{:,.0f} tokens", "Text of one conversation")

# %% [markdown]
# ## 3. Memories per user and storage, by option
#
# - A. No memory.
# - B. Explicit notes only: the user says "remember ..." or types in settings.
# - C. Automatic extraction with review: a small model proposes memories after a
#   conversation ends; the user sees each one and can undo or edit.
# - D. Full history retrieval: every past turn is embedded and searched.
#
# One memory stores its text (4 characters a token), its metadata and, for C and D, an
# embedding. Option D stores a chunk per turn (the turn's text) and its embedding.

# %%
CPT = ref.CHARS_PER_TOKEN_EN
embed_bytes = embed_dims * embed_bytes_dim
note_bytes = mem_tokens * CPT + meta_bytes
mem_bytes = note_bytes + embed_bytes
chunk_bytes = turn_text_tokens * CPT + meta_bytes + embed_bytes
figure("embed_bytes", embed_bytes, "{:,.0f} bytes", "One embedding")
figure("note_bytes", note_bytes, "{:,.0f} bytes", "One note, text and metadata")
figure("mem_bytes", mem_bytes, "{:,.0f} bytes", "One memory with its embedding")
figure("chunk_bytes", chunk_bytes, "{:,.0f} bytes", "One history chunk with its embedding (option D)")
figure("embed_share", embed_bytes / mem_bytes, "{:.0%}", "Share of a memory's bytes that is the embedding")

n_b = notes_year
n_c = conv_month * 12 * proposals_conv * keep_rate
n_d = turns_user * 12
figure("n_b", n_b, "{:,.0f} memories", "Memories after a year, option B")
figure("n_c", n_c, "{:,.0f} memories", "Memories after a year, option C")
figure("n_d", n_d, "{:,.0f} chunks", "History chunks after a year, option D")
figure("n_c_3y", min(3 * n_c, mem_cap), "{:,.0f} memories", "Memories after three years, option C with the cap")
figure("cap_years", mem_cap / n_c, "{:.1f} years", "Years for a typical user to reach the cap")

per_user_b = n_b * note_bytes
per_user_c = n_c * mem_bytes
per_user_d = n_d * chunk_bytes
figure("per_user_b_kb", per_user_b / 1e3, "{:.1f} KB", "Stored per user after a year, option B")
figure("per_user_c_kb", per_user_c / 1e3, "{:,.0f} KB", "Stored per user after a year, option C")
figure("per_user_d_mb", per_user_d / 1e6, "{:.1f} MB", "Stored per user after a year, option D")
figure("d_over_c", per_user_d / per_user_c, "{:.0f}x", "Option D's storage per user over option C's")

fleet_b = users * per_user_b * copies
fleet_c = users * per_user_c * copies
fleet_d = users * per_user_d * copies
figure("fleet_b_tb", fleet_b / 1e12, "{:.1f} TB", "Fleet storage after a year with every copy, option B")
figure("fleet_c_tb", fleet_c / 1e12, "{:,.0f} TB", "Fleet storage after a year with every copy, option C")
figure("fleet_d_tb", fleet_d / 1e12, "{:,.0f} TB", "Fleet storage after a year with every copy, option D")
store_usd_c = per_user_c * copies / 1e9 * usd_gb_month
store_usd_d = per_user_d * copies / 1e9 * usd_gb_month
figure("store_usd_c", store_usd_c * 1000, "${:.2f} per 1,000 users", "Monthly storage cost, option C")
figure("store_usd_d", store_usd_d * 1000, "${:.2f} per 1,000 users", "Monthly storage cost, option D (year one)")

# %% [markdown]
# ## 4. Latency added per turn
#
# Two ways to use memories. **Inject every memory** into the prompt: nothing to search, and
# the prompt shows exactly what the model knew, but prefill grows with the count.
# **Retrieve a few**: embed the first message, score the user's memories, put the top k in.
#
# Prefill is compute-bound: `time = 2 x params x tokens / (peak FLOP/s x MFU)`
# (`estimates.llm.prefill_time_s`). We use Llama 3.1 70B on eight H100 SXM GPUs with tensor
# parallelism as a stand-in for a large chat model; dense BF16 peak, not the sparse
# datasheet figure. This is the time on a dedicated replica; inside a busy batch the
# prefill shares the GPUs and takes longer, so these are lower bounds.
#
# Memory tokens also occupy KV cache for the whole conversation:
# `KV per token = 2 x layers x KV heads x head_dim x bytes` (GQA: 8 KV heads, not 64).
#
# Retrieval is done once, when a conversation starts, and the chosen memories stay fixed
# for that conversation: the prefix is then cacheable across its turns and the audit log
# can say which memories a conversation used.

# %%
m70 = ref.MODELS["llama-3.1-70b"]
h100 = ref.GPUS["h100-sxm"]
params70 = llm.param_count(m70)
peak = h100.bf16_dense_flops * tp_gpus
per_tok_s = llm.prefill_time_s(params70, 1, peak, mfu)
per_mem_tokens = mem_tokens + mem_prompt_overhead
figure("params70_b", params70 / 1e9, "{:.1f} billion", "Llama 3.1 70B parameters, from its shapes")
figure("peak_pf", peak / 1e15, "{:.1f} PFLOP/s", "Dense BF16 peak of eight H100 SXM")
figure("prefill_us_tok", per_tok_s * 1e6, "{:.0f} us", "Prefill time per prompt token, one replica")
figure("per_mem_tokens", per_mem_tokens, "{:.0f} tokens", "Prompt tokens per memory")
figure("per_mem_ms", per_mem_tokens * per_tok_s * 1e3, "{:.1f} ms", "Prefill time per injected memory")
kv_tok = llm.kv_cache_bytes_per_token(m70)
figure("kv_tok_kib", kv_tok / 1024, "{:.0f} KiB", "KV cache per token, Llama 3.1 70B, BF16, GQA")


def inject_all_ms(n):
    return n * per_mem_tokens * per_tok_s * 1e3


def retrieve_ms(n, ann=False):
    """Embed, fetch and scan the user's vectors (or query an index), then prefill top k."""
    k = np.minimum(n, top_k)
    fetch = ref.SAME_DC_ROUND_TRIP_US / 1e3 + ref.SSD_RANDOM_READ_US / 1e3
    if ann:
        search = ann_ms
    else:
        read = n * embed_bytes / 1e6 * ref.READ_1MB_SSD_US / 1e3
        scan = n * embed_dims * 2 / (cpu_gflops * 1e9) * 1e3
        search = read + scan
    return embed_query_ms + fetch + search + k * per_mem_tokens * per_tok_s * 1e3


figure("inject_b_ms", inject_all_ms(n_b), "{:.0f} ms", "Inject all notes, option B, first turn")
figure("inject_c_ms", inject_all_ms(n_c), "{:.0f} ms", "Inject all memories, option C after a year, first turn")
figure("inject_cap_ms", inject_all_ms(mem_cap), "{:.0f} ms", "Inject all memories at the cap, first turn")
figure("retr_c_ms", retrieve_ms(n_c), "{:.0f} ms", "Retrieve top k, option C after a year, first turn")
figure("retr_cap_ms", retrieve_ms(mem_cap), "{:.0f} ms", "Retrieve top k at the cap, first turn")
figure("retr_10k_ms", retrieve_ms(10_000), "{:.0f} ms", "Retrieve top k by brute force from 10,000 vectors")
figure("retr_100k_ms", retrieve_ms(100_000), "{:.0f} ms", "Retrieve top k by brute force from 100,000 vectors")
figure("retr_100k_ann_ms", retrieve_ms(100_000, ann=True), "{:.0f} ms", "Retrieve top k with an index from 100,000")
figure("scan_share_10k", (10_000 * embed_dims * 2 / (cpu_gflops * 1e9) * 1e3) / retrieve_ms(10_000), "{:.0%}",
       "Share of 10,000-vector retrieval that is arithmetic (the rest is reading)")

# Recommended: pinned explicit notes always in, plus top k of the reviewed memories
rec_tokens = (pinned + top_k) * per_mem_tokens
rec_first_ms = retrieve_ms(n_c) + pinned * per_mem_tokens * per_tok_s * 1e3
figure("rec_tokens", rec_tokens, "{:,.0f} tokens", "Memory tokens in the recommended prompt")
figure("rec_first_ms", rec_first_ms, "{:.0f} ms", "Added on a conversation's first turn, recommended design")
figure("rec_avg_ms", rec_first_ms / turns_conv, "{:.0f} ms", "Averaged over a conversation's turns (prefix cached)")
figure("rec_kv_gb", rec_tokens * kv_tok / 1e9, "{:.2f} GB", "KV cache the memory block holds per conversation")
figure("cap_kv_gb", mem_cap * per_mem_tokens * kv_tok / 1e9, "{:.1f} GB", "KV cache if all capped memories were injected")

# Option D: retrieval must run every turn (the question decides which past turns matter)
d_tokens = hist_chunks_k * turn_text_tokens
d_turn_ms = embed_query_ms + ann_ms + ref.SAME_DC_ROUND_TRIP_US / 1e3 + d_tokens * per_tok_s * 1e3
figure("d_tokens", d_tokens, "{:,.0f} tokens", "History tokens retrieved per turn, option D")
figure("d_turn_ms", d_turn_ms, "{:.0f} ms", "Added on every turn, option D")

# Where injecting everything starts to cost more than retrieving
n_cross = next(n for n in range(1, 10_000) if inject_all_ms(n) > retrieve_ms(n))
figure("n_cross", n_cross, "{:.0f} memories", "Count above which injecting all is slower than retrieving")

# %% [markdown]
# ## 5. Prompt and extraction cost
#
# Memory tokens sit early in the prompt. With the block fixed per conversation, the first
# turn pays full price and later turns pay the cached price.

# %%
def prompt_usd_user_month(tokens_per_turn):
    full = tokens_per_turn * conv_month * usd_in / 1e6
    cached = tokens_per_turn * conv_month * (turns_conv - 1) * usd_in * cached_factor / 1e6
    return full + cached


def prompt_usd_uncached(tokens_per_turn):
    return tokens_per_turn * turns_user * usd_in / 1e6


figure("b_prompt_usd", prompt_usd_user_month(n_b * per_mem_tokens), "${:.3f}", "Memory prompt tokens per user-month, B")
rec_prompt = prompt_usd_user_month(rec_tokens)
figure("rec_prompt_usd", rec_prompt, "${:.3f}", "Memory prompt tokens per user-month, recommended")
figure("rec_prompt_uncached", prompt_usd_uncached(rec_tokens), "${:.3f}",
       "Same tokens per user-month if nothing were cached")
d_prompt = prompt_usd_uncached(d_tokens)
figure("d_prompt_usd", d_prompt, "${:.3f}", "History prompt tokens per user-month, option D (uncacheable)")

extract_in = conv_tokens + extract_instr + extract_existing * per_mem_tokens
extract_usd = extract_in * usd_small_in / 1e6 + extract_out * usd_small_out / 1e6
figure("extract_in", extract_in, "{:,.0f} tokens", "Extractor input per conversation")
figure("extract_usd_conv", extract_usd * 1000, "${:.2f} per 1,000 conversations", "Extraction cost")
figure("extract_usd_user", extract_usd * conv_month, "${:.3f}", "Extraction per user-month")
figure("extract_usd_fleet", extract_usd * conv_fleet / 1e3, "${:,.0f}k", "Extraction per month, fleet")
d_embed_usd = turns_user * turn_text_tokens * usd_embed / 1e6
figure("d_embed_usd", d_embed_usd, "${:.4f}", "Embedding every turn per user-month, option D")

rec_user_month = rec_prompt + extract_usd * conv_month + store_usd_c
d_user_month = d_prompt + d_embed_usd + store_usd_d
figure("rec_user_month", rec_user_month, "${:.3f}", "Memory cost per user-month, recommended")
figure("d_user_month", d_user_month, "${:.3f}", "Memory cost per user-month, option D")
figure("rec_fleet_month", rec_user_month * users / 1e6, "${:.1f}M", "Memory cost per month, fleet, recommended")
figure("d_fleet_month", d_user_month * users / 1e6, "${:.1f}M", "Memory cost per month, fleet, option D")

proposals_user_month = conv_month * proposals_conv
figure("proposals_user_month", proposals_user_month, "{:.0f}", "Memory notices a user sees a month, option C")
figure("proposals_user_week", proposals_user_month / WEEKS_MONTH, "{:.1f}", "Memory notices a user sees a week")

# %% [markdown]
# ## 6. Error arithmetic
#
# The source's lesson about a "99.5%" safety classifier (one in 200 still gets through)
# applies with full force to a filter on what memory may keep, because the volume is
# hundreds of millions of conversations a month.

# %%
props_fleet = conv_fleet * proposals_conv
figure("props_fleet", props_fleet / 1e6, "{:,.0f} million", "Memories proposed a month, fleet")
wrong_kept_fleet = props_fleet * wrong_rate * (1 - review_catch)
figure("wrong_kept_fleet", wrong_kept_fleet / 1e6, "{:.1f} million", "Wrong memories kept a month, fleet")
wrong_user_year = conv_month * 12 * proposals_conv * wrong_rate * (1 - review_catch)
figure("wrong_user_year", wrong_user_year, "{:.1f}", "Wrong memories a typical user keeps in a year")
figure("wrong_share_kept", wrong_user_year / n_c, "{:.1%}", "Share of a user's memories that are wrong after a year")

sens_mentions = conv_fleet * sens_share
figure("sens_mentions", sens_mentions / 1e6, "{:,.0f} million", "Conversations a month with a special-category mention")
deny_leak = sens_mentions * sens_propose * (1 - sens_recall)
allow_leak_n = sens_mentions * allow_leak * (1 - sens_recall)
figure("deny_leak", deny_leak, "{:,.0f}", "Sensitive memories kept a month: extract anything, filter at 99.5%")
figure("allow_leak_n", allow_leak_n, "{:,.0f}", "Sensitive memories kept a month: allow-list extractor plus filter")
figure("allow_vs_deny", deny_leak / allow_leak_n, "{:.0f}x", "Reduction from extracting only allowed types")
figure("sens_one_in", 1 / (1 - sens_recall), "1 in {:.0f}", "The filter's miss rate as 1 in N")

untrusted_turns = turns_fleet * untrusted_share
inj_attempts = untrusted_turns * inject_rate
figure("inj_attempts", inj_attempts, "{:,.0f}", "Memory-writing injections reaching the assistant a month")
figure("inj_free", inj_attempts * inject_success, "{:,.0f}", "Poisoned memories a month if tool turns may write")
figure("inj_confirm", inj_attempts * confirm_success, "{:,.0f}",
       "Poisoned memories a month if writes after untrusted input need a confirmation")

mentions_user_month = turns_user * mention_share
figure("mentions_user_month", mentions_user_month, "{:.0f}", "Answers a month that state a remembered fact out loud")

# %% [markdown]
# ## 7. Deletion propagation
#
# Where a deleted memory can still be read, and for how long, under the declared
# assumptions. "Naive" relies on each layer's own expiry; "designed" adds a per-user memory
# version in every cache key (so a delete makes old entries unreachable on the next turn),
# a delete filter on the vector index at query time, and a deletion queue the warehouse
# consumes.

# %%
H = 3600
D = 86400
naive = {
    "primary": commit_s,
    "replicas": commit_s + replica_lag_s,
    "vector index": index_refresh_s,
    "prompt prefix cache": kv_ttl_s,
    "summary cache": summary_ttl_h * H,
    "warehouse": (warehouse_h + warehouse_job_h) * H,
    "backups": backup_days * D,
}
designed = {
    "primary": commit_s,
    "replicas": commit_s + replica_lag_s,
    "vector index": commit_s + replica_lag_s,  # filtered at query time
    "prompt prefix cache": commit_s + replica_lag_s,  # version in key
    "summary cache": commit_s + replica_lag_s,  # version in key, rebuilt lazily
    "warehouse": (warehouse_h + warehouse_job_h) * H,
    "backups": backup_days * D,
}
visible_naive = max(naive[k] for k in ("primary", "replicas", "vector index", "prompt prefix cache", "summary cache"))
visible_designed = max(designed[k] for k in ("primary", "replicas", "vector index", "prompt prefix cache",
                                              "summary cache"))
figure("visible_naive_h", visible_naive / H, "{:.0f} h", "A deleted memory can still shape answers, naive")
figure("visible_designed_s", visible_designed, "{:.2f} s", "A deleted memory can still shape answers, designed")
figure("live_h", designed["warehouse"] / H, "{:.0f} h", "Gone from every live system, designed")
figure("backup_gone_days", backup_days, "{:.0f} days", "Gone from backups")
figure("index_refresh_min", index_refresh_s / 60, "{:.0f} min", "Vector index compaction interval")
figure("kv_ttl_min", kv_ttl_s / 60, "{:.0f} min", "Cached prompt prefix lifetime")
figure("offline_worst_days", offline_lease_days, "{:.0f} days", "Longest an offline device can hold a deleted memory")


# %% [markdown]
# ## 8. The audit trail per turn
#
# To answer "why did it say that?", each turn records which memory ids and which memory
# version were in the prompt, not the memory text.

# %%
audit_turn = audit_base_bytes + (pinned + top_k) * audit_id_bytes
figure("audit_turn_bytes", audit_turn, "{:,.0f} bytes", "Memory part of one turn's audit record")
figure("audit_fleet_tb", audit_turn * turns_fleet * copies / 1e12, "{:.1f} TB", "Audit records a month, all copies")
figure("audit_vs_mem", audit_turn * turns_fleet / (users * per_user_c), "{:.1f}x",
       "Audit bytes written a month over the whole year-one memory store")

# %% [markdown]
# ## 9. Twists

# %%
# "What do you know about me?" read out in the chat, versus shown as a list
list_tokens = n_c * mem_tokens
figure("list_tokens", list_tokens, "{:,.0f} tokens", "All of a year's memories as text")
figure("list_read_s", list_tokens / read_tps, "{:.0f} s", "Time to stream them all in the chat")
figure("export_kb", n_c * note_bytes / 1e3, "{:.0f} KB", "Export of a year's memories with metadata, no vectors")
figure("export_d_mb", n_d * (turn_text_tokens * CPT + meta_bytes) / 1e6, "{:.1f} MB",
       "Export of a year's history under option D, no vectors")

# Offline devices
device_c = mem_cap * mem_bytes
figure("device_kb", device_c / 1e3, "{:.0f} KB", "On-device copy of a capped memory store with vectors")
figure("device_text_kb", mem_cap * note_bytes / 1e3, "{:.0f} KB", "The same without vectors")

# Child on a parent's account
child_props = child_conv_week * WEEKS_MONTH * proposals_conv
figure("child_props_month", child_props, "{:.0f}", "Memories proposed a month from a child's conversations")
figure("child_share", child_props / (proposals_user_month + child_props), "{:.0%}",
       "Share of the account's new memories that come from the child")

# Growth
for g in (10, 100):
    figure(f"fleet_c_tb_{g}x", fleet_c * g / 1e12, "{:,.0f} TB", f"Option C storage at {g}x users")
    figure(f"fleet_d_pb_{g}x", fleet_d * g / 1e15, "{:,.1f} PB", f"Option D storage at {g}x users")
    figure(f"extract_fleet_{g}x", extract_usd * conv_fleet * g / 1e6, "${:,.1f}M", f"Extraction per month at {g}x")

# %% [markdown]
# ## 10. Charts
#
# Storage per user and latency added to a conversation's first turn, against the number
# of memories a user holds. Both axes are logarithmic.

# %%
n = np.logspace(1, 5, 200)
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9.5, 3.8))
ax1.plot(n, n * note_bytes / 1e3, label="text + metadata", color=SERIES[0])
ax1.plot(n, n * mem_bytes / 1e3, label="with embedding", color=SERIES[1])
ax1.plot(n, n * mem_bytes * copies / 1e3, label="with embedding, all copies", color=SERIES[3], linestyle="--")
ax1.set_xscale("log")
ax1.set_yscale("log")
ax1.set_xlabel("memories per user")
ax1.set_ylabel("KB per user")
ax1.legend(frameon=False, fontsize=8)
ax1.set_title("Storage", fontsize=10)

ax2.plot(n, inject_all_ms(n), label="inject every memory", color=SERIES[1])
ax2.plot(n, retrieve_ms(n), label="retrieve top 10, brute-force scan", color=SERIES[0])
ax2.plot(n, retrieve_ms(n, ann=True), label="retrieve top 10, vector index", color=SERIES[2], linestyle="--")
for x, lab in ((n_b, "B"), (n_c, "C"), (mem_cap, "cap"), (n_d, "D")):
    ax2.axvline(x, color=SERIES[3], linewidth=0.8, linestyle=":")
    ax2.annotate(lab, (x * 1.08, 2.2), fontsize=8)
ax2.set_xscale("log")
ax2.set_yscale("log")
ax2.set_ylim(2, 20_000)
ax2.set_xlabel("memories per user")
ax2.set_ylabel("ms added to the first turn")
ax2.legend(frameon=False, fontsize=8, loc="upper left")
ax2.set_title("Latency (70B-class model, 8 H100)", fontsize=10)
fig.tight_layout()
show(fig, alt="Two log-log panels against memories per user from 10 to 100,000. Left: storage per user grows linearly, "
              "and adding an embedding multiplies it about five times. Right: injecting every memory into the prompt "
              "adds latency in proportion to the count and passes one second at about 500 memories, while retrieving "
              "the top ten stays near 40 milliseconds until a brute-force scan of tens of thousands of vectors starts "
              "to dominate; a vector index keeps it flat.")
