# %% [markdown]
# # Design Google Docs: the estimates
#
# Every number the walkthrough quotes is computed here. Inputs first, each declared once with
# `assume`; then the sections:
#
# 1. Inputs
# 2. Sessions, connections and ops at launch and at the 1000x target
# 3. The latency of one remote edit, and failover
# 4. Operational transformation: a worked two-operation example, executed
# 5. Op log storage, snapshots and load time (chart)
# 6. Sequence CRDTs: per-character metadata, tombstones, compaction
# 7. One document with many editors: fan-out and the per-document limit (chart)
# 8. Presence, offline reconnect, sharing links
# 9. The AI angle: an AI co-editor's ops, cost per suggestion, privacy
# 10. Scaling 1x, 10x, 100x, 1000x
#
# The Educative outline lists "Design a Collaborative Document Editing Service / Google Docs"
# without traffic figures, so every traffic input is an assumption of this walkthrough. GPU and
# model constants come from `estimates.reference`, formulas from `estimates.llm`.

# %%
import math

import numpy as np

from estimates import assume, assumptions_table, figure, restate
from estimates import llm
from estimates import reference as ref
from estimates.charts import new_chart, show

DAY = ref.SECONDS_PER_DAY
YEAR_DAYS = ref.DAYS_PER_YEAR

# Traffic at the target (the 1000x row of the scaling table)
dau = assume("dau", 100_000_000, "{:,.0f} users/day", "Daily active users at the target scale", "assumption")
launch_dau = assume("launch_dau", 100_000, "{:,.0f} users/day", "Daily active users at launch (the MVP's 1x)", "assumption")
sessions_per_user = assume("sessions_per_user", 4, "{:d}", "Document sessions a user opens per day", "assumption")
session_min = assume("session_min", 15, "{:d} min", "Mean length of one document session", "assumption")
peak_x = assume("peak_x", 2.5, "{:.1f}x", "Peak over the daily mean (weekday working hours)", "assumption")
edit_share = assume("edit_share", 0.25, "{:.0%}", "Share of session time spent typing rather than reading", "assumption")
keys_per_s = assume("keys_per_s", 2.0, "{:.1f} keystrokes/s", "Keystrokes per second while typing", "assumption")
keys_per_op = assume("keys_per_op", 2.5, "{:.1f} keystrokes", "Keystrokes a client composes into one sent op (send window)", "assumption")
users_per_doc = assume("users_per_doc", 1.3, "{:.1f}", "Mean open sessions per open document", "assumption")

# Machines and stores (planning budgets)
ws_per_gateway = assume("ws_per_gateway", 50_000, "{:,d} sockets", "Concurrent WebSockets one gateway holds (planning budget)", "assumption")
server_mem_gb = assume("server_mem_gb", 64, "{:d} GB", "Usable memory on one session server", "assumption")
doc_chars = assume("doc_chars", 20_000, "{:,d} characters", "Visible characters in a typical document (about 3,300 words)", "assumption")
bytes_per_char_mem = assume("bytes_per_char_mem", 3, "{:d} B", "In-memory bytes per character of an OT document model (text plus style runs)", "assumption")
hist_ops_mem = assume("hist_ops_mem", 1_000, "{:,d} ops", "Recent ops an OT owner keeps in memory to transform late arrivals", "design choice")
op_mem_b = assume("op_mem_b", 200, "{:d} B", "One op as an in-memory object", "assumption")
session_mem_kb = assume("session_mem_kb", 10, "{:d} KB", "Per-connection state on the owner (client revision, pending ack, cursor)", "assumption")
op_wire_b = assume("op_wire_b", 80, "{:d} B", "One op on the wire (type, position, text, base revision, client id, sequence)", "assumption")
op_store_b = assume("op_store_b", 40, "{:d} B", "One stored op, binary and compressed", "assumption")
replicas = assume("replicas", 3, "{:d}", "Copies of the op log and snapshots", "design choice")
pg_writes = assume("pg_writes", 5_000, "{:,d} inserts/s", "Op-row inserts one relational primary sustains (planning budget)", "assumption")
kv_writes_node = assume("kv_writes_node", 20_000, "{:,d} appends/s", "Op appends one wide-column or key-value node sustains (planning budget)", "assumption")
fine_days = assume("fine_days", 30, "{:d} days", "How long every op is kept before history is coarsened", "design choice")
coarsen_x = assume("coarsen_x", 20, "{:d}x", "Shrink factor when old ops are folded into checkpoints", "assumption")

# Latency
client_rtt_ms = assume("client_rtt_ms", 40, "{:d} ms", "Client to regional gateway round trip", "assumption")
hop_ms = assume("hop_ms", ref.SAME_DC_ROUND_TRIP_US / 1000, "{:.1f} ms", "Gateway to session server round trip, same datacentre (reference)", "reference")
tick_ms = assume("tick_ms", 50, "{:d} ms", "Owner's broadcast and group-commit tick", "design choice")
append_ms = assume("append_ms", 5, "{:d} ms", "Durable append of a batch to the op log (quorum write)", "assumption")
wan_rtt_ms = restate("wan_rtt_ms", "CA_NETHERLANDS_RTT_MS", "{:.0f} ms", "California-Netherlands round trip (reference)")
lease_s = assume("lease_s", 10, "{:d} s", "Owner lease time-to-live", "design choice")

# Snapshots and load
busy_doc_ops = assume("busy_doc_ops", 5_000_000, "{:,.0f} ops", "Lifetime ops of a years-old team document", "assumption")
busy_doc_chars = assume("busy_doc_chars", 1_000_000, "{:,.0f} characters", "Visible characters of that large document", "assumption")
churn = assume("churn", 3, "{:d}x", "Characters ever inserted over characters visible (typical document)", "assumption")
busy_churn = assume("busy_churn", 5, "{:d}x", "The same for the busy, heavily rewritten document", "assumption")
replay_server = assume("replay_server", 1_000_000, "{:,.0f} ops/s", "Ops a server replays per second into an in-memory model", "assumption")
store_read_mb = assume("store_read_mb", 100, "{:d} MB/s", "Range-read throughput for one document's log or snapshot", "assumption")
snap_k = assume("snap_k", 1_000, "{:,d} ops", "Snapshot interval K: a snapshot every K ops", "design choice")
snap_b_per_char = assume("snap_b_per_char", 2, "{:d} B", "Snapshot bytes per character (text, style runs, anchors; compressed)", "assumption")

# CRDT node layout (naive per-character list CRDT, before run-length merging)
id_b = assume("id_b", 16, "{:d} B", "Character id: client id plus counter, 8 B each", "assumption")
origin_b = assume("origin_b", 16, "{:d} B", "Left origin id (the character it was inserted after)", "assumption")
origin_right_b = assume("origin_right_b", 16, "{:d} B", "Right origin id (Yjs-style items keep both)", "assumption")
ptr_b = assume("ptr_b", 16, "{:d} B", "Left and right list pointers, 8 B each", "assumption")
content_b = assume("content_b", 4, "{:d} B", "The character itself (UTF-16 or UTF-32)", "assumption")
header_b = assume("header_b", 32, "{:d} B", "Object header, deleted flag, parent, length", "assumption")
run_len = assume("run_len", 15, "{:d} characters", "Mean run one item covers after merging consecutive typing", "assumption")
yjs_inserts = assume("yjs_inserts", 182_000, "{:,d} inserts", "Inserts in the B4 editing trace (Yjs INTERNALS.md)", "Yjs INTERNALS.md")
yjs_deletes = assume("yjs_deletes", 77_000, "{:,d} deletes", "Deleted characters in the B4 trace (Yjs INTERNALS.md)", "Yjs INTERNALS.md")
yjs_ds_b = assume("yjs_ds_b", 4_500, "{:,d} B", "Delete set of a snapshot of that trace, read as bytes ('4.5Kb')", "Yjs INTERNALS.md")

# One busy document
busy_op_rate = assume("busy_op_rate", 1.0, "{:.1f} ops/s", "Ops per editor per second in a doc where everyone types (meeting notes)", "assumption")
transform_us = assume("transform_us", 2, "{:d} us", "CPU time of one pairwise transform", "assumption")
editor_cap = assume("editor_cap", 100, "{:d} editors", "Simultaneous editors one document admits; later joiners view", "design choice")
viewer_batch_s = assume("viewer_batch_s", 1, "{:d} s", "Batch interval for viewers over the editor cap", "design choice")
cursor_hz = assume("cursor_hz", 4, "{:d} updates/s", "Cursor or selection updates per active user", "assumption")
presence_hz = assume("presence_hz", 10, "{:d} Hz", "Presence broadcast tick", "design choice")
presence_users = assume("presence_users", 50, "{:d} users", "Active users in a busy shared document", "assumption")

# Offline
offline_ops = assume("offline_ops", 2_000, "{:,d} ops", "Ops a user makes offline in a day", "assumption")
server_ops_offline = assume("server_ops_offline", 10_000, "{:,d} ops", "Ops others commit to the same document meanwhile", "assumption")
compose_us = assume("compose_us", 1, "{:d} us", "CPU time to compose one op into a running composite", "assumption")

# Sharing links
link_bits = assume("link_bits", 128, "{:d} bits", "Random bits in a sharing-link token", "design choice")
guess_rate = assume("guess_rate", 1e9, "{:,.0f} guesses/s", "An attacker's guessing rate against link tokens (absurdly generous)", "assumption")
availability = assume("availability", 0.9995, "{:.2%}", "Editing availability target", "design choice")

# AI angle
usd_gpu_h = assume("usd_gpu_h", 3.00, "${:.2f} per GPU-hour", "H100 price (rented)", "assumption")
mfu = assume("mfu", 0.40, "{:.0%}", "Prefill model FLOP utilisation", "assumption")
hbm_eff = assume("hbm_eff", 0.60, "{:.0%}", "Share of peak HBM bandwidth decode achieves", "assumption")
gpu_util = assume("gpu_util", 0.60, "{:.0%}", "Target utilisation of the suggestion pools", "assumption")
tp = assume("tp", 4, "{:d}", "Tensor-parallel H100s per 70B replica", "design choice")
rw_batch = assume("rw_batch", 32, "{:d} sequences", "Decode batch of a rewrite replica", "assumption")
ac_batch = assume("ac_batch", 64, "{:d} sequences", "Decode batch of an autocomplete GPU", "assumption")
rw_prompt = assume("rw_prompt", 3_000, "{:,d} tokens", "Rewrite prompt: section, outline of the doc, instruction", "design choice")
rw_out = assume("rw_out", 600, "{:d} tokens", "Rewrite output (about 450 words)", "design choice")
ac_prompt = assume("ac_prompt", 1_500, "{:,d} tokens", "Autocomplete prompt: text around the cursor", "design choice")
ac_out = assume("ac_out", 30, "{:d} tokens", "Autocomplete output (a phrase)", "design choice")
ai_user_share = assume("ai_user_share", 0.20, "{:.0%}", "Share of daily users who invoke the AI co-editor", "assumption")
rewrites_per_user = assume("rewrites_per_user", 5, "{:d} rewrites", "Rewrites per AI user per day", "assumption")
ac_per_user = assume("ac_per_user", 100, "{:d} suggestions", "Autocomplete suggestions shown per AI user per day", "assumption")
ai_chunk_ms = assume("ai_chunk_ms", 250, "{:d} ms", "How often streamed AI text is committed as one op", "design choice")
doc_ops_busy = assume("doc_ops_busy", 5, "{:d} ops/s", "Human ops per second in a shared doc while the AI writes", "assumption")
chars_per_tok = restate("chars_per_tok", "CHARS_PER_TOKEN_EN", "{:.0f} characters", "Characters per token, English (reference)")
assumptions_table()

# %% [markdown]
# ## 2. Sessions, connections and ops
#
# Concurrent sessions = users x sessions x session length / seconds in a day (Little's law),
# times the peak factor. Ops are client-composed batches of keystrokes.

# %%
def load(users):
    """Peak sessions, open docs, typists, keystrokes/s, ops/s and ops/day for a user count."""
    sessions_avg = llm.little_concurrency(users * sessions_per_user / DAY, session_min * 60)
    sessions_peak = sessions_avg * peak_x
    docs_peak = sessions_peak / users_per_doc
    typists_peak = sessions_peak * edit_share
    keys_peak = typists_peak * keys_per_s
    ops_peak = keys_peak / keys_per_op
    ops_day = users * sessions_per_user * session_min * 60 * edit_share * keys_per_s / keys_per_op
    return dict(sessions_avg=sessions_avg, sessions_peak=sessions_peak, docs_peak=docs_peak,
                typists_peak=typists_peak, keys_peak=keys_peak, ops_peak=ops_peak, ops_day=ops_day)


T = load(dau)
L = load(launch_dau)
figure("sessions_avg", T["sessions_avg"] / 1e6, "{:.1f} million", "Concurrent sessions, daily mean, at the target")
figure("sessions_peak", T["sessions_peak"] / 1e6, "{:.1f} million", "Concurrent sessions at peak, target")
figure("docs_peak", T["docs_peak"] / 1e6, "{:.1f} million", "Open documents at peak, target")
figure("typists_peak", T["typists_peak"] / 1e6, "{:.1f} million", "People typing at the same moment at peak, target")
figure("keys_peak", T["keys_peak"] / 1e6, "{:.1f} million keystrokes/s", "Keystrokes per second at peak, target")
figure("ops_peak", T["ops_peak"] / 1e6, "{:.1f} million ops/s", "Ops per second at peak, target")
figure("ops_day", T["ops_day"] / 1e9, "{:.0f} billion ops/day", "Ops per day, target")
figure("launch_sessions_peak", L["sessions_peak"], "{:,.0f}", "Concurrent sessions at peak, launch")
figure("launch_docs_peak", L["docs_peak"], "{:,.0f}", "Open documents at peak, launch")
figure("launch_ops_peak", L["ops_peak"], "{:,.0f} ops/s", "Ops per second at peak, launch")
figure("launch_pg_share", L["ops_peak"] / pg_writes, "{:.0%}", "Launch peak op inserts as a share of one relational primary")
figure("pg_x_headroom", pg_writes / L["ops_peak"], "{:.1f}x", "Growth the single primary absorbs before op inserts saturate it")

# Session-server memory per open document
doc_mem = doc_chars * bytes_per_char_mem + hist_ops_mem * op_mem_b + users_per_doc * session_mem_kb * 1e3
figure("doc_mem_kb", doc_mem / 1e3, "{:,.0f} KB", "Owner memory per open document (model, op window, sessions)")
figure("doc_model_kb", doc_chars * bytes_per_char_mem / 1e3, "{:,.0f} KB", "Of which the document model")
figure("doc_hist_kb", hist_ops_mem * op_mem_b / 1e3, "{:,.0f} KB", "Of which the recent-op window")
owner_mem_tb = T["docs_peak"] * doc_mem / 1e12
figure("owner_mem_tb", owner_mem_tb, "{:.1f} TB", "Owner memory for every open document at peak, target")
session_servers = math.ceil(T["docs_peak"] * doc_mem / (server_mem_gb * 1e9 * 0.7))
figure("session_servers", session_servers, "{:,d} session servers", "Session servers by memory at 70% fill, target")
gateways = math.ceil(T["sessions_peak"] / ws_per_gateway)
figure("gateways", gateways, "{:,d} gateways", "Gateways for the peak sockets, target")
figure("gw_over_owners", gateways / session_servers, "{:.1f}x", "Gateways over session servers at the target")
figure("docs_per_server", T["docs_peak"] / session_servers, "{:,.0f} documents", "Open documents per session server, target")
figure("ops_per_server", T["ops_peak"] / session_servers, "{:,.0f} ops/s", "Ops per second per session server, target")
figure("launch_owner_mem_gb", L["docs_peak"] * doc_mem / 1e9, "{:.1f} GB", "Owner memory for every open document at launch")

# Op log: storage and write rate
op_tb_day = T["ops_day"] * op_store_b / 1e12
figure("op_tb_day", op_tb_day, "{:.1f} TB/day", "Op log written per day, one copy, target")
figure("text_only_tb_day", T["ops_day"] * keys_per_op / 1e12, "{:.2f} TB/day", "The same day counted as typed characters only")
figure("op_vs_text_x", op_store_b / keys_per_op, "{:.0f}x", "Stored op bytes over the characters it carries")
figure("op_tb_day_repl", op_tb_day * replicas, "{:.1f} TB/day", "Op log per day with replicas, target")
steady_pb = op_tb_day * replicas * (fine_days + (YEAR_DAYS - fine_days) / coarsen_x) / 1000
figure("op_pb_year_raw", op_tb_day * replicas * YEAR_DAYS / 1000, "{:.1f} PB", "A year of ops if every op were kept, replicas included")
figure("op_pb_year", steady_pb, "{:.2f} PB", "A year of history with ops coarsened after the fine window, replicas included")
figure("kv_nodes_writes", math.ceil(T["ops_peak"] / kv_writes_node), "{:,d} nodes", "Log nodes for the peak append rate if every op is its own write")

# %% [markdown]
# ## 3. The latency of one remote edit, and failover
#
# Path: sender to gateway (half a client RTT), gateway to owner (half a hop), wait for the
# group-commit tick (half a tick on average), durable append, owner to gateway, gateway to the
# other client. Local echo is immediate: the sender never waits for this.

# %%
remote_ms = client_rtt_ms / 2 + hop_ms / 2 + tick_ms / 2 + append_ms + hop_ms / 2 + client_rtt_ms / 2
figure("remote_ms", remote_ms, "{:.0f} ms", "Keystroke to a collaborator's screen, same region, mean")
remote_worst_ms = client_rtt_ms / 2 + hop_ms / 2 + tick_ms + append_ms + hop_ms / 2 + client_rtt_ms / 2
figure("remote_worst_ms", remote_worst_ms, "{:.0f} ms", "The same when the op just misses a tick")
figure("remote_far_ms", remote_ms + wan_rtt_ms, "{:.0f} ms", "The same with the owner an ocean away from both editors")
figure("ack_rate", 1000 / client_rtt_ms, "{:.0f} sends/s", "Most sends per second a client makes when it waits for each ack")
figure("ack_rate_far", 1000 / (client_rtt_ms + wan_rtt_ms), "{:.1f} sends/s", "The same across an ocean")
# Failover: lease expiry, then load snapshot plus tail, then clients resend unacked ops.
snap_load_s = doc_chars * snap_b_per_char / (store_read_mb * 1e6) + (snap_k / 2) / replay_server
figure("snap_load_ms", snap_load_s * 1000, "{:.1f} ms", "Load of a typical doc: snapshot plus half of K ops")
figure("failover_s", lease_s + snap_load_s + client_rtt_ms / 1000, "{:.0f} s", "Worst-case edit pause when an owner dies (lease, load, resend)")
figure("downtime_min", llm.downtime_per_period_s(availability, ref.DAYS_PER_MONTH_30) / 60, "{:.1f} min", "Allowed editing downtime per 30-day month")

# %% [markdown]
# ## 4. Operational transformation, executed
#
# A minimal insert/delete transform on plain strings. The server orders Alice's op first;
# Bob's concurrent op is transformed against it. The cell asserts that both replicas converge.

# %%
def apply(doc, op):
    kind, pos, arg = op
    return doc[:pos] + arg + doc[pos:] if kind == "ins" else doc[:pos] + doc[pos + arg:]


def transform(op, against, op_wins_tie):
    """Rewrite ``op`` so it applies after ``against`` (both made on the same revision)."""
    kind, pos, arg = op
    akind, apos, aarg = against
    if akind == "ins":
        alen = len(aarg)
        if kind == "ins":
            shift = apos < pos or (apos == pos and not op_wins_tie)
            return (kind, pos + alen, arg) if shift else op
        if apos <= pos:
            return (kind, pos + alen, arg)
        if apos < pos + arg:  # insert inside the deleted range: delete around it
            raise ValueError("split delete; not needed for this example")
        return op
    # against is a delete of aarg characters at apos
    if kind == "ins":
        if pos <= apos:
            return op
        return (kind, max(apos, pos - aarg), arg)
    lo, hi = pos, pos + arg
    alo, ahi = apos, apos + aarg
    overlap = max(0, min(hi, ahi) - max(lo, alo))
    new_pos = pos if pos <= alo else max(alo, pos - aarg)
    return (kind, new_pos, arg - overlap)


base = "the cat sat"
op_a = ("ins", 4, "fat ")      # Alice: insert "fat " before "cat"
op_b = ("del", 7, 4)           # Bob: delete " sat"
server = apply(apply(base, op_a), transform(op_b, op_a, op_wins_tie=False))
bob = apply(apply(base, op_b), transform(op_a, op_b, op_wins_tie=True))
assert server == bob, (server, bob)
b_prime = transform(op_b, op_a, op_wins_tie=False)
figure("ot_base", base, "{}", "Starting text at revision 41")
figure("ot_a_pos", op_a[1], "{:d}", "Alice's insert position")
figure("ot_b_pos", op_b[1], "{:d}", "Bob's delete position")
figure("ot_b_len", op_b[2], "{:d}", "Bob's delete length")
figure("ot_a_len", len(op_a[2]), "{:d}", "Length of Alice's insert")
figure("ot_b_prime_pos", b_prime[1], "{:d}", "Bob's delete position after transforming against Alice's insert")
figure("ot_alice_view", apply(base, op_a), "{}", "Alice's text after her own edit")
figure("ot_bob_view", apply(base, op_b), "{}", "Bob's text after his own edit")
figure("ot_result", server, "{}", "Converged text on every replica")
figure("ot_wrong", apply(apply(base, op_a), op_b), "{}", "What Alice would see if Bob's op were applied untransformed")

# Tie: both insert at the same position; the server's order breaks the tie.
tie_base = "ab"
t1, t2 = ("ins", 1, "X"), ("ins", 1, "Y")
tie_server = apply(apply(tie_base, t1), transform(t2, t1, op_wins_tie=False))
tie_client = apply(apply(tie_base, t2), transform(t1, t2, op_wins_tie=True))
assert tie_server == tie_client
figure("ot_tie_result", tie_server, "{}", "Two inserts at position 1 of 'ab', first-ordered wins the left")

# %% [markdown]
# ## 5. Op log, snapshots and load time
#
# Loading from ops alone means reading and replaying every op; with a snapshot every K ops the
# load reads one snapshot plus at most K ops (K/2 on average). Keeping *every* snapshot costs
# (ops / K) x snapshot size; keeping only the latest costs one snapshot.

# %%
typ_ops = doc_chars * churn / keys_per_op
figure("typ_ops", typ_ops, "{:,.0f} ops", "Lifetime ops of a typical document")
figure("typ_log_mb", typ_ops * op_store_b / 1e6, "{:.1f} MB", "Its op log")
figure("typ_replay_ms", (typ_ops * op_store_b / (store_read_mb * 1e6) + typ_ops / replay_server) * 1000, "{:.0f} ms",
       "Its load by full replay (read plus replay)")
busy_log_b = busy_doc_ops * op_store_b
busy_snap_b = busy_doc_chars * snap_b_per_char
figure("busy_log_mb", busy_log_b / 1e6, "{:,.0f} MB", "Op log of the busy document")
busy_replay_s = busy_log_b / (store_read_mb * 1e6) + busy_doc_ops / replay_server
figure("busy_replay_s", busy_replay_s, "{:.0f} s", "Busy document load by full replay (read plus replay)")
figure("busy_snap_mb", busy_snap_b / 1e6, "{:.0f} MB", "One snapshot of the busy document")


def load_s(k):
    return busy_snap_b / (store_read_mb * 1e6) + (k / 2) * op_store_b / (store_read_mb * 1e6) + (k / 2) / replay_server


figure("busy_snap_load_ms", load_s(snap_k) * 1000, "{:.0f} ms", "Busy document load with a snapshot every K ops")
figure("busy_speedup", busy_replay_s / load_s(snap_k), "{:,.0f}x", "Load speed-up from snapshots for the busy document")
figure("busy_all_snaps_gb", busy_doc_ops / snap_k * busy_snap_b / 1e9, "{:,.0f} GB", "Every snapshot of the busy doc kept, one copy")
figure("busy_all_snaps_x", (busy_doc_ops / snap_k * busy_snap_b) / busy_log_b, "{:,.0f}x", "That over the busy doc's whole op log")
figure("typ_snap_kb", doc_chars * snap_b_per_char / 1e3, "{:.0f} KB", "One snapshot of a typical document")
figure("snaps_per_day", T["ops_day"] / snap_k / 1e6, "{:,.0f} million snapshots/day", "Snapshots written per day at the target")
figure("snap_tb_day", T["ops_day"] / snap_k * doc_chars * snap_b_per_char / 1e12, "{:.1f} TB/day",
       "Snapshot bytes written per day (typical size), one copy")

ks = np.logspace(1, 6, 60)
fig, ax = new_chart()
ax.plot(ks, [load_s(k) for k in ks], label="load time (s)")
ax.plot(ks, [busy_doc_ops / k * busy_snap_b / 1e9 for k in ks], label="every snapshot kept (GB)")
ax.axhline(busy_replay_s, linestyle="--", linewidth=1.2, label="full replay (s)")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("snapshot interval K (ops)")
ax.legend(frameon=False, fontsize=9)
ax.set_title("Busy document: 5M ops, 1M characters")
show(fig, alt="Log-log chart for a busy document of five million ops: load time stays near twenty milliseconds until the "
             "snapshot interval K passes ten thousand ops, then rises toward a second, always below the seven-second "
             "full replay, while keeping every snapshot falls from about a terabyte at K of ten to ten megabytes at K "
             "of a million.")

# %% [markdown]
# ## 6. Sequence CRDTs: metadata and tombstones
#
# A naive list CRDT keeps one node per character ever inserted, deleted or not. Run-length
# items (Yjs) cover a run of consecutive typing with one node; garbage collection drops the
# content of deleted runs but keeps their ids and lengths.

# %%
node_b = id_b + origin_b + origin_right_b + ptr_b + content_b + header_b
figure("node_b", node_b, "{:d} B", "One naive per-character node")
figure("node_x_text", node_b / 1, "{:.0f}x", "That over one byte of ASCII text")
nodes_typ = doc_chars * churn
figure("typ_nodes", nodes_typ, "{:,.0f} nodes", "Nodes in a typical doc (every character ever inserted)")
figure("typ_tombstones", nodes_typ - doc_chars, "{:,.0f}", "Tombstones among them")
figure("typ_naive_mb", nodes_typ * node_b / 1e6, "{:.1f} MB", "Typical doc, naive CRDT in memory")
figure("typ_text_kb", doc_chars / 1e3, "{:.0f} KB", "The same doc's visible text")
figure("typ_naive_x", nodes_typ * node_b / doc_chars, "{:,.0f}x", "Naive CRDT memory over the visible text")
typ_rle = nodes_typ / run_len * (node_b - content_b) + doc_chars * 1
figure("typ_rle_kb", typ_rle / 1e3, "{:,.0f} KB", "Typical doc with run-length items and deleted content dropped")
nodes_busy = busy_doc_chars * busy_churn
figure("busy_nodes", nodes_busy / 1e6, "{:.0f} million nodes", "Nodes in the busy doc")
figure("busy_naive_mb", nodes_busy * node_b / 1e6, "{:,.0f} MB", "Busy doc, naive CRDT")
busy_rle = nodes_busy / run_len * (node_b - content_b) + busy_doc_chars
figure("busy_rle_mb", busy_rle / 1e6, "{:.0f} MB", "Busy doc with run-length items, deleted content dropped")
figure("busy_tomb_share", (nodes_busy - busy_doc_chars) / nodes_busy, "{:.0%}", "Share of the busy doc's nodes that are tombstones")
figure("busy_ot_mb", busy_doc_chars * bytes_per_char_mem / 1e6, "{:.0f} MB", "Busy doc as an OT model (visible text and styles only)")
figure("yjs_ds_chars_per_b", yjs_deletes / yjs_ds_b, "{:.0f} characters/B", "Deleted characters per byte of the B4 delete set")
figure("yjs_del_share", yjs_deletes / yjs_inserts, "{:.0%}", "B4 trace: deletes over inserts")
# Compaction: tombstones older than every replica's acknowledged state can be dropped.
figure("compact_keep", busy_doc_chars / nodes_busy, "{:.0%}", "Nodes left after compacting the busy doc to its visible characters")
figure("crdt_open_ms", busy_rle / (store_read_mb * 1e6) * 1000, "{:.0f} ms", "Reading the busy doc's CRDT state at the store's range-read rate")

# %% [markdown]
# ## 7. One document, many editors
#
# Each of N editors sends r ops/s. Sending each op to everyone else costs N x r x (N - 1)
# messages per second; batching everything into one message per client per tick costs at most
# N x (1000 / tick) messages per second. Transforms: an op is transformed against the ops
# committed during its round trip, about (N x r) x RTT of them.

# %%
tick_hz = figure("tick_hz", 1000 / tick_ms, "{:.0f} frames/s", "Most frames per client per second at the broadcast tick")


def naive_msgs(n):
    return n * busy_op_rate * (n - 1)


def tick_msgs(n):
    return np.minimum(naive_msgs(n), n * tick_hz)


for n in (10, 100, 1000):
    figure(f"naive_msgs_{n}", naive_msgs(n), "{:,.0f} msgs/s", f"Per-op broadcast messages/s, {n} editors")
    figure(f"tick_msgs_{n}", float(tick_msgs(n)), "{:,.0f} msgs/s", f"Tick-batched messages/s, {n} editors")
    figure(f"doc_ops_{n}", n * busy_op_rate, "{:,.0f} ops/s", f"Document op rate, {n} editors")
    tps = (n * busy_op_rate) ** 2 * client_rtt_ms / 1000
    figure(f"transforms_{n}", tps, "{:,.0f} transforms/s", f"Transforms per second on the owner, {n} editors")
    figure(f"transform_core_{n}", tps * transform_us / 1e6, "{:.2%}", f"Share of one core spent transforming, {n} editors")
    figure(f"fanout_mbit_{n}", n * busy_op_rate * n * op_wire_b * 8 / 1e6, "{:,.1f} Mbit/s", f"Bytes out to all clients, {n} editors")
owner_cap = 1e6 / (transform_us * (client_rtt_ms / 1000))
n_core = math.sqrt(owner_cap) / busy_op_rate
figure("editors_one_core", n_core, "{:,.0f} editors", "Editors at which transforms alone fill one core")
figure("viewer_msgs_1000", 1000 / viewer_batch_s, "{:,.0f} msgs/s", "Messages/s to 1,000 viewers batched per viewer interval")

ns = np.arange(2, 1001)
fig, ax = new_chart()
ax.plot(ns, naive_msgs(ns), label="one message per op per recipient")
ax.plot(ns, tick_msgs(ns), label=f"one batch per client per {tick_ms} ms tick")
ax.axvline(editor_cap, linestyle="--", linewidth=1.2, label=f"editor cap ({editor_cap})")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("editors typing in one document")
ax.set_ylabel("messages per second out of the owner")
ax.legend(frameon=False, fontsize=9)
show(fig, alt="Log-log chart of messages per second leaving one document's owner as editors grow from 2 to 1,000 at "
             "one op per second each: per-op broadcast grows with the square of the editors to about a million, "
             "while tick batching grows linearly to twenty thousand.")

# %% [markdown]
# ## 8. Presence, offline reconnect, sharing links

# %%
figure("presence_naive", presence_users * cursor_hz * (presence_users - 1), "{:,.0f} msgs/s", "Cursor messages/s, unbatched, busy doc")
figure("presence_tick", presence_users * presence_hz, "{:,.0f} msgs/s", "Cursor messages/s at the presence tick, busy doc")
figure("presence_vs_ops", cursor_hz / (keys_per_s / keys_per_op * edit_share), "{:.0f}x", "Cursor updates per op for a typical user")

pairwise = offline_ops * server_ops_offline
figure("offline_pairs", pairwise / 1e6, "{:.0f} million", "Pairwise transforms if each offline op meets each server op")
figure("offline_pair_s", pairwise * transform_us / 1e6, "{:.0f} s", "Their CPU time")
figure("offline_compose_ms", (offline_ops + server_ops_offline) * compose_us / 1000 + 2 * transform_us / 1000, "{:.0f} ms",
       "Composing both sides first, then one transform")
figure("offline_log_mb", server_ops_offline * op_store_b / 1e6, "{:.1f} MB", "Server ops the reconnecting client must be transformed against, stored size")

years = 2 ** (link_bits - 1) / guess_rate / (DAY * YEAR_DAYS)
figure("link_years", years, "{:.1e} years", "Expected years to guess one live link token")
figure("link_chars", math.ceil(link_bits / math.log2(64)), "{:d} characters", "Token length in URL-safe base64")

# %% [markdown]
# ## 9. The AI angle
#
# Two features: autocomplete with a small model (Llama 3.1 8B shapes on one H100) and section
# rewrite with a larger one (Llama 3.1 70B shapes, tensor-parallel over four H100s; the
# all-reduce cost is ignored, so real steps are somewhat slower). Prefill is compute-bound,
# decode is a memory-bound roofline step shared by the batch.

# %%
gpu = ref.GPUS["h100-sxm"]
m70 = ref.MODELS["llama-3.1-70b"]
m8 = ref.MODELS["llama-3.1-8b"]
p70, w70, kv70 = llm.param_count(m70), llm.weights_bytes(m70), llm.kv_cache_bytes_per_token(m70)
p8, w8, kv8 = llm.param_count(m8), llm.weights_bytes(m8), llm.kv_cache_bytes_per_token(m8)
figure("m70_params_b", p70 / 1e9, "{:.1f} billion", "70B parameters from shapes")
figure("m70_weights_gb", w70 / 1e9, "{:.0f} GB", "70B BF16 weights")
figure("m70_kv_kib", kv70 / 1024, "{:.0f} KiB", "70B KV cache per token (2 x layers x KV heads x head_dim x 2 B)")
figure("m70_layers", m70.layers, "{:d}", "70B layers")
figure("m70_kv_heads", m70.kv_heads, "{:d}", "70B KV heads")
figure("m70_head_dim", m70.head_dim, "{:d}", "70B head dimension")
figure("m70_heads", m70.heads, "{:d}", "70B query heads")
figure("m70_mha_x", llm.kv_cache_bytes_per_token_if_mha(m70) / kv70, "{:.0f}x", "KV overstatement if query heads are used")
figure("m70_tp_hbm_gb", tp * gpu.hbm_bytes / 1e9, "{:.0f} GB", "HBM across the tensor-parallel group")
figure("m8_weights_gb", w8 / 1e9, "{:.1f} GB", "8B BF16 weights")
figure("m_context", m70.context, "{:,d} tokens", "Context window of these models")

# Rewrite on 70B, TP=4
rw_prefill = llm.prefill_time_s(p70, rw_prompt, gpu.bf16_dense_flops * tp, mfu)
rw_ctx = rw_prompt + rw_out
rw_step = llm.decode_step_time_s(w70, kv70, rw_batch, rw_ctx, p70, gpu.hbm_bytes_per_s * tp, gpu.bf16_dense_flops * tp, hbm_eff)
figure("rw_prefill_ms", rw_prefill * 1000, "{:.0f} ms", "Rewrite prefill on 4 H100s")
figure("rw_step_ms", rw_step * 1000, "{:.1f} ms", "Rewrite decode step at the batch")
figure("rw_tok_s", 1 / rw_step, "{:.0f} tokens/s", "Tokens per second one rewrite streams")
rw_total_s = llm.request_latency_s(rw_prefill, rw_step, rw_out)
figure("rw_total_s", rw_total_s, "{:.0f} s", "Time to stream a whole rewrite")
figure("rw_kv_gb", kv70 * rw_ctx * rw_batch / 1e9, "{:.0f} GB", "KV cache of the whole rewrite batch")
rw_gpu_s = tp * (rw_prefill + rw_out * rw_step / rw_batch)
figure("rw_gpu_s", rw_gpu_s, "{:.2f} GPU-s", "GPU time per rewrite (prefill plus its share of decode)")
rw_usd = rw_gpu_s * usd_gpu_h / 3600
figure("rw_usd", rw_usd * 100, "{:.2f} cents", "Cost per rewrite")
figure("rw_usd_1k", rw_usd * 1000, "${:.2f}", "Cost per 1,000 rewrites")

# Autocomplete on 8B, one GPU
ac_prefill = llm.prefill_time_s(p8, ac_prompt, gpu.bf16_dense_flops, mfu)
ac_step = llm.decode_step_time_s(w8, kv8, ac_batch, ac_prompt + ac_out, p8, gpu.hbm_bytes_per_s, gpu.bf16_dense_flops, hbm_eff)
ac_latency = llm.request_latency_s(ac_prefill, ac_step, ac_out)
figure("ac_prefill_ms", ac_prefill * 1000, "{:.0f} ms", "Autocomplete prefill")
figure("ac_step_ms", ac_step * 1000, "{:.1f} ms", "Autocomplete decode step")
figure("ac_latency_ms", ac_latency * 1000, "{:.0f} ms", "Autocomplete latency, model only")
ac_gpu_s = ac_prefill + ac_out * ac_step / ac_batch
figure("ac_decode_ms", (ac_out - 1) * ac_step * 1000, "{:.0f} ms", "Autocomplete decode time, model only")
figure("ac_gpu_ms", ac_gpu_s * 1000, "{:.0f} ms", "GPU time per autocomplete")
ac_usd = ac_gpu_s * usd_gpu_h / 3600
figure("ac_usd_1k", ac_usd * 1000, "${:.3f}", "Cost per 1,000 autocompletes")

ai_users = dau * ai_user_share
rw_day = ai_users * rewrites_per_user
ac_day = ai_users * ac_per_user
figure("ai_users", ai_users / 1e6, "{:.0f} million", "Daily AI users at the target")
figure("rw_day", rw_day / 1e6, "{:.0f} million rewrites/day", "Rewrites per day")
figure("ac_day", ac_day / 1e9, "{:.0f} billion/day", "Autocompletes per day")
figure("rw_usd_day", rw_day * rw_usd, "${:,.0f}/day", "Rewrite cost per day")
figure("ac_usd_day", ac_day * ac_usd, "${:,.0f}/day", "Autocomplete cost per day")
figure("ai_usd_user_month", (rewrites_per_user * rw_usd + ac_per_user * ac_usd) * 30, "${:.2f}", "Model cost per AI user per 30 days")
rw_gpus_peak = math.ceil(rw_day / DAY * peak_x * rw_gpu_s / gpu_util)
ac_gpus_peak = math.ceil(ac_day / DAY * peak_x * ac_gpu_s / gpu_util)
figure("rw_gpus_peak", rw_gpus_peak, "{:,d} GPUs", "GPUs for rewrites at peak")
figure("ac_gpus_peak", ac_gpus_peak, "{:,d} GPUs", "GPUs for autocomplete at peak")
figure("ac_prefill_share", ac_prefill / ac_gpu_s, "{:.0%}", "Share of an autocomplete's GPU time spent on prefill")

# The AI as a participant: op rates and conflicts
ai_chars_s = (1 / rw_step) * chars_per_tok
figure("ai_chars_s", ai_chars_s, "{:.0f} characters/s", "Characters per second one rewrite streams")
figure("ai_vs_typist", ai_chars_s / keys_per_s, "{:.0f}x", "That over a human typist")
figure("ai_ops_token", 1 / rw_step, "{:.0f} ops/s", "AI ops per second if each token is an op")
figure("ai_ops_chunk", 1000 / ai_chunk_ms, "{:.0f} ops/s", "AI ops per second committed in chunks")
figure("ai_ops_total", rw_out * rw_step * 1000 / ai_chunk_ms, "{:.0f} ops", "Ops one chunked rewrite commits while decoding")
figure("ai_concurrent_human", doc_ops_busy * rw_total_s, "{:.0f} ops", "Human ops committed while one rewrite streams in a busy doc")
figure("rw_prompt_chars", rw_prompt * chars_per_tok, "{:,.0f} characters", "Document text sent to the model per rewrite")
figure("busy_doc_tokens", busy_doc_chars / chars_per_tok, "{:,.0f} tokens", "The busy doc in tokens")
figure("busy_doc_ctx_x", busy_doc_chars / chars_per_tok / m70.context, "{:.1f}x", "That over the context window")
figure("typ_doc_tokens", doc_chars / chars_per_tok, "{:,.0f} tokens", "A typical doc in tokens")
figure("typ_doc_kv_gb", doc_chars / chars_per_tok * kv70 / 1e9, "{:.2f} GB", "KV cache of a typical whole doc on the 70B model")
figure("ac_req_s_peak", ac_day / DAY * peak_x, "{:,.0f} requests/s", "Autocomplete requests per second at peak")

# %% [markdown]
# ## 10. Scaling 1x (launch), 10x, 100x, 1000x (the target)

# %%
for mult in (1, 10, 100, 1000):
    S = load(launch_dau * mult)
    figure(f"s_sessions_{mult}x", S["sessions_peak"], "{:,.0f}", f"Peak sessions at {mult}x")
    figure(f"s_ops_{mult}x", S["ops_peak"], "{:,.0f} ops/s", f"Peak ops/s at {mult}x")
    figure(f"s_gateways_{mult}x", math.ceil(S["sessions_peak"] / ws_per_gateway), "{:,d}", f"Gateways at {mult}x")
    figure(f"s_owners_{mult}x", max(1, math.ceil(S["docs_peak"] * doc_mem / (server_mem_gb * 1e9 * 0.7))), "{:,d}",
           f"Session servers by memory at {mult}x")
    figure(f"s_gw_over_owners_{mult}x", math.ceil(S["sessions_peak"] / ws_per_gateway) / max(1, math.ceil(S["docs_peak"] * doc_mem / (server_mem_gb * 1e9 * 0.7))),
           "{:.1f}x", f"Gateways over session servers at {mult}x")
    figure(f"s_pg_{mult}x", S["ops_peak"] / pg_writes, "{:.1f}x", f"Op inserts over one relational primary at {mult}x")
    figure(f"s_log_tb_y_{mult}x", S["ops_day"] * op_store_b * replicas * (fine_days + (YEAR_DAYS - fine_days) / coarsen_x) / 1e12,
           "{:,.1f} TB", f"History stored per year at {mult}x, replicas included")
