# %% [markdown]
# # Design WhatsApp / Messenger (delivery guarantees, end-to-end encryption, presence)
#
# The back-of-the-envelope notebook behind the walkthrough. Every input is declared once with
# `assume` and its source; every number the page quotes is a `figure` computed below.
#
# 1. Inputs
# 2. Devices and persistent connections: count, memory, heartbeats, handshakes
# 3. Messages and envelopes: client fan-out, sender keys, bandwidth
# 4. Receipts (delivered, read)
# 5. The offline queue: Little's law, dormant devices, retention (chart)
# 6. Groups: pairwise against sender keys, and the cost of a membership change (chart)
# 7. The key directory: prekey bundles and one-time prekeys
# 8. Media: encrypted blobs, storage with a TTL, egress
# 9. Presence and typing
# 10. Push notifications
# 11. Backups: history size and why the key vault needs an HSM
# 12. Scaling from the MVP to 10x, 100x, 1000x
# 13. Failure numbers: gateway and region loss, a New Year's Eve spike
# 14. The AI angle: on-device against server models, unread summaries, spam without content

# %% [markdown]
# ## 1. Inputs
#
# The Educative outline lists "Design WhatsApp" (API design, security, low latency) and a
# Facebook Messenger mock interview but gives no load. Every traffic figure is an assumption of
# this walkthrough, stated so an interviewer's numbers can replace it. GPU and model constants
# come from `estimates.reference`, formulas from `estimates.llm`.

# %%
import math

import numpy as np

from estimates import assume, assumptions_table, figure
from estimates import llm
from estimates import reference as ref
from estimates.charts import SERIES, new_chart, show

DAY = ref.SECONDS_PER_DAY
KIB = 1024
GIB = 2**30

# Users, devices, connections
dau = assume("dau", 2_000_000_000, "{:,.0f} users", "Daily active users at the design target (1000x the MVP)")
mvp_dau = assume("mvp_dau", 2_000_000, "{:,.0f} users", "Daily active users of the MVP")
companion_share = assume("companion_share", 0.25, "{:.0%}", "Share of users with at least one linked companion device (laptop, tablet, web)")
companions_each = assume("companions_each", 1.6, "{:.1f}", "Companion devices per user who has any (the product allows up to 4)")
conn_share = assume("conn_share", 0.30, "{:.0%}", "Share of devices holding an open socket at the daily peak (foreground phones, open desktops)")
conn_life_min = assume("conn_life_min", 8, "{:d} min", "Mean lifetime of a mobile connection (backgrounding, cell changes, NAT expiry)")
tcp_kib = assume("tcp_kib", 4, "{:d} KiB", "Kernel memory of one idle TCP socket (socket structs, small idle buffers)")
tls_kib = assume("tls_kib", 4, "{:d} KiB", "TLS state of one idle connection with record buffers released while idle")
sess_kib = assume("sess_kib", 4, "{:d} KiB", "Gateway session state: device id, auth, queue cursor, routing entry, chat subscriptions")
burst_kib = assume("burst_kib", 64, "{:d} KiB", "Memory of a connection while a backlog is being drained (socket and TLS buffers full)")
conn_cap = assume("conn_cap", 1_000_000, "{:,.0f} connections", "Connections one gateway node is allowed to hold (blast-radius cap)")
zones = assume("zones", 3, "{:d} zones", "Availability zones per region; the gateway fleet survives losing one")
keepalive_s = assume("keepalive_s", 240, "{:d} s", "Application keepalive interval on an idle socket (under common mobile NAT timeouts)")
full_hs_ms = assume("full_hs_ms", 0.5, "{:.1f} ms", "CPU time of a full TLS 1.3 handshake (X25519 plus a signature)")
resume_hs_ms = assume("resume_hs_ms", 0.1, "{:.1f} ms", "CPU time of a resumed handshake")
resume_share = assume("resume_share", 0.8, "{:.0%}", "Share of reconnects that resume a session")

# Messages
msgs_per_user = assume("msgs_per_user", 50, "{:d} messages", "Messages a daily user sends per day")
peak_x = assume("peak_x", 2.0, "{:.0f}x", "Peak over mean message rate (time zones flatten the global curve)")
group_share = assume("group_share", 0.30, "{:.0%}", "Share of sent messages that go to groups")
group_size = assume("group_size", 20, "{:d} members", "Mean members of the group a group message goes to (sender included)")
group_cap = assume("group_cap", 1024, "{:,d} members", "Largest group the product allows (WhatsApp's limit since 2022)", "Indian Express, 3 Nov 2022")
env_b = assume("env_b", 300, "{:d} B", "One stored envelope: ciphertext of a short text, ratchet header, MAC, padding, routing fields")
plain_b = assume("plain_b", 200, "{:d} B", "One message as kept on a device: text plus local metadata")

# Receipts
receipt_batch = assume("receipt_batch", 3, "{:d} messages", "Messages one receipt acknowledges on average (a receipt covers a range)")
receipt_agg_min = assume("receipt_agg_min", 32, "{:d} members", "Group size above which the server aggregates receipts into counts")

# Offline queue
online_res_s = assume("online_res_s", 0.2, "{:.1f} s", "Time an envelope for a connected device stays queued (until the device acks)")
offline_res_min = assume("offline_res_min", 20, "{:d} min", "Mean time an envelope waits for an active but disconnected device")
dormant_share = assume("dormant_share", 0.02, "{:.0%}", "Share of envelopes addressed to dormant devices (unused companions, lost or dead phones)")
retention_d = assume("retention_d", 30, "{:d} days", "Longest an undelivered envelope is kept", "WhatsApp privacy policy")
queue_replicas = assume("queue_replicas", 3, "{:d} copies", "Copies of each queued envelope (one per zone)")
queue_node_ops = assume("queue_node_ops", 200_000, "{:,.0f} ops/s", "Appends plus deletes one queue storage node sustains (planning budget)")
pg_rows = assume("pg_rows", 50_000, "{:,.0f} rows/s", "Batched row inserts one relational primary sustains (planning budget)")
sweep_share = assume("sweep_share", 0.03, "{:.0%}", "Share of MVP envelopes still unacknowledged when their hourly partition is swept")

# Groups and keys
active_senders = assume("active_senders", 0.3, "{:.0%}", "Share of a large group's members who send at least once before the next change")
member_changes_day = assume("member_changes_day", 100_000_000, "{:,.0f} changes/day", "Group membership removals per day across the product")
removal_group = assume("removal_group", 40, "{:d} members", "Mean size of a group in which someone is removed")
sessions_per_user = assume("sessions_per_user", 0.5, "{:.1f}", "New pairwise sessions a user's devices set up per day (new contacts, new devices, reinstalls)")
opk_batch = assume("opk_batch", 100, "{:d} keys", "One-time prekeys a device uploads per refill", "design choice")
celebrity_new_day = assume("celebrity_new_day", 1_000_000, "{:,.0f} sessions/day", "New sessions per day opened to one popular business account", "interviewer twist")

# Media
media_share = assume("media_share", 0.10, "{:.0%}", "Share of messages that carry media (photo, voice note, video, document)")
media_kb = assume("media_kb", 250, "{:d} KB", "Mean media size after client-side compression")
forward_share = assume("forward_share", 0.20, "{:.0%}", "Share of media messages that forward an existing blob (no new upload)")
ec_overhead = assume("ec_overhead", 1.5, "{:.1f}x", "Raw bytes per stored byte in the blob store (erasure coding)")
media_ttl_d = assume("media_ttl_d", 30, "{:d} days", "How long the blob store keeps an encrypted blob after its last send")

# Presence and typing
contacts = assume("contacts", 200, "{:d} contacts", "Contacts per user who could see their presence")
viewers = assume("viewers", 0.05, "{:.2f}", "Devices that have a given user's chat open at a given moment")
typing_s = assume("typing_s", 8, "{:d} s", "Time to type a message")
keys_s = assume("keys_s", 5, "{:d} keys/s", "Typing speed in keystrokes")
typing_every_s = assume("typing_every_s", 4, "{:d} s", "Typing-signal refresh while the user keeps typing", "design choice")
chat_open_p = assume("chat_open_p", 0.3, "{:.0%}", "Chance a recipient device has the chat open while the sender types")
typing_group_max = assume("typing_group_max", 256, "{:d} members", "No typing signals in groups above this size", "design choice")

# Push
muted_share = assume("muted_share", 0.5, "{:.0%}", "Share of group envelopes to offline devices that are muted")
push_collapse = assume("push_collapse", 4, "{:d} envelopes", "Envelopes one push stands for after per-chat coalescing (a 10 s window)")

# Backups
pin_space = assume("pin_space", 1_000_000, "{:,.0f} PINs", "Possible 6-digit backup PINs")
kdf_ms = assume("kdf_ms", 100, "{:d} ms", "Attacker cost of one password-KDF guess on one core")
attacker_cores = assume("attacker_cores", 1_000, "{:,d} cores", "Cores an offline attacker throws at a stolen backup")
hsm_attempts = assume("hsm_attempts", 10, "{:d} attempts", "Guesses the backup key vault allows before destroying the key", "design choice")

# Spikes and failures
nye_x = assume("nye_x", 5, "{:d}x", "Message rate at midnight on New Year's Eve in a big time zone, over the daily peak", "interviewer twist")
nye_region_share = assume("nye_region_share", 0.25, "{:.0%}", "Share of global traffic in the time zones hitting midnight together")
jitter_s = assume("jitter_s", 30, "{:d} s", "Window over which clients of a dead gateway reconnect (jittered backoff)")
regions = assume("regions", 4, "{:d} regions", "Regions serving connections")
region_jitter_s = assume("region_jitter_s", 60, "{:d} s", "Window over which a failed region's clients reconnect elsewhere")

# AI angle
unread_msgs = assume("unread_msgs", 150, "{:d} messages", "Unread messages a summary covers")
tok_per_msg = assume("tok_per_msg", 25, "{:d} tokens", "Tokens per chat message with its sender name")
instr_tok = assume("instr_tok", 250, "{:d} tokens", "Instructions around the unread messages")
summary_tok = assume("summary_tok", 120, "{:d} tokens", "Length of a summary")
ondevice_params_b = assume("ondevice_params_b", 3.0, "{:.0f} B params", "On-device model size (Apple's published on-device model is about 3B)", "Apple tech report 2025, arXiv:2507.13575")
ondevice_bits = assume("ondevice_bits", 2, "{:d} bits", "Bits per weight on device (2-bit quantization-aware training in the same report)", "Apple tech report 2025, arXiv:2507.13575")
phone_bw_gbs = assume("phone_bw_gbs", 50, "{:d} GB/s", "Phone DRAM bandwidth available to the model")
phone_bw_eff = assume("phone_bw_eff", 0.6, "{:.0%}", "Share of that bandwidth decode achieves")
phone_tflops = assume("phone_tflops", 5, "{:d} TFLOP/s", "Effective phone accelerator throughput during prefill")
mfu = assume("mfu", 0.40, "{:.0%}", "Prefill model FLOP utilization on the server GPU")
hbm_eff = assume("hbm_eff", 0.60, "{:.0%}", "Share of peak HBM bandwidth server decode achieves")
batch = assume("batch", 64, "{:d} sequences", "Decode batch on one server GPU")
usd_gpu_h = assume("usd_gpu_h", 3.00, "${:.2f} per GPU-hour", "H100 price (rented)")
gpu_util = assume("gpu_util", 0.6, "{:.0%}", "Target utilization of the summary pool")
tee_overhead = assume("tee_overhead", 1.2, "{:.1f}x", "Cost multiplier for running inside an attested confidential environment")
summary_users = assume("summary_users", 0.10, "{:.0%}", "Share of daily users who ask for one unread summary a day")
bot_group_share = assume("bot_group_share", 0.01, "{:.0%}", "Share of group messages sent in groups that added an assistant")
bot_mention_share = assume("bot_mention_share", 0.02, "{:.0%}", "Share of messages in those groups that invoke the assistant")
bot_ctx_msgs = assume("bot_ctx_msgs", 30, "{:d} messages", "Recent messages the invoking client attaches as context")
new_accounts_day = assume("new_accounts_day", 10_000_000, "{:,.0f} accounts/day", "New registrations per day")
spam_account_share = assume("spam_account_share", 0.05, "{:.0%}", "Share of new registrations that are spam or scam accounts")
clf_recall = assume("clf_recall", 0.90, "{:.0%}", "Metadata classifier recall on spam accounts")
clf_fpr = assume("clf_fpr", 0.005, "{:.1%}", "Metadata classifier false-positive rate on honest new accounts")
spam_rate_h = assume("spam_rate_h", 500, "{:d} messages/h", "Messages an unthrottled spam account sends to non-contacts per hour")
new_acct_cap = assume("new_acct_cap", 20, "{:d} chats/day", "New chats with non-contacts a young or flagged account may open per day", "design choice")
assumptions_table()

# %% [markdown]
# ## 2. Devices and persistent connections
#
# A common slip is "2 billion users, so 2 billion open sockets". Phones do not keep sockets open
# in the background (the OS suspends the app and push takes over), and one user has several
# devices. Open connections = users x devices per user x share connected at the peak.

# %%
devices = 1 + companion_share * companions_each
figure("devices", devices, "{:.2f} devices", "Devices per daily user (one phone plus companions)")
dev_total = dau * devices
figure("dev_total", dev_total / 1e9, "{:.1f} billion devices", "Devices of daily users")
conns = dev_total * conn_share
figure("conns", conns / 1e6, "{:,.0f} million connections", "Open connections at the daily peak")
figure("conns_naive", dau / 1e9, "{:.0f} billion", "The naive count: one socket per user, always open")
figure("conns_naive_x", dau / conns, "{:.1f}x", "How far the naive count overstates open connections")

mem_idle_kib = tcp_kib + tls_kib + sess_kib
figure("mem_idle_kib", mem_idle_kib, "{:d} KiB", "Memory of one idle connection")
figure("node_idle_gib", conn_cap * mem_idle_kib * KIB / GIB, "{:.1f} GiB", "Idle connection memory of a full gateway node")
figure("fleet_idle_tib", conns * mem_idle_kib * KIB / 2**40, "{:.1f} TiB", "Idle connection memory across the fleet")
drain_share = 0.05
figure("drain_share", drain_share, "{:.0%}", "Share of a node's connections draining a backlog at once (after a reconnect wave)")
node_burst_gib = conn_cap * ((1 - drain_share) * mem_idle_kib + drain_share * burst_kib) * KIB / GIB
figure("node_burst_gib", node_burst_gib, "{:.1f} GiB", "Gateway node memory while that share drains backlogs")
headroom = zones / (zones - 1)
figure("headroom", headroom, "{:.1f}x", "Fleet headroom to lose one zone of three")
gw_nodes = math.ceil(conns / conn_cap * headroom)
figure("gw_nodes", gw_nodes, "{:,d} gateway nodes", "Gateway nodes at the target")
figure("gw_nodes_bare", math.ceil(conns / conn_cap), "{:,d}", "Gateway nodes with no headroom")
figure("conns_per_node", conns / gw_nodes, "{:,.0f} connections", "Connections per gateway at peak with headroom")

pings = conns / keepalive_s
figure("pings", pings / 1e6, "{:.1f} million pings/s", "Keepalive frames per second across the fleet")
new_conns = conns / (conn_life_min * 60)
figure("new_conns", new_conns / 1e6, "{:.2f} million connections/s", "New connections per second (mobile churn)")
hs_cpu_ms = (1 - resume_share) * full_hs_ms + resume_share * resume_hs_ms
figure("hs_cpu_ms", hs_cpu_ms, "{:.2f} ms", "Mean CPU per handshake with resumption")
hs_cores = new_conns * hs_cpu_ms / 1000
figure("hs_cores", hs_cores, "{:,.0f} cores", "Cores busy with TLS handshakes at peak")
figure("hs_cores_noresume", new_conns * full_hs_ms / 1000, "{:,.0f} cores", "Cores if no handshake resumed")

# %% [markdown]
# ## 3. Messages and envelopes
#
# The server never sees a "message", only envelopes: one ciphertext per receiving device.
# A 1:1 message is encrypted by the sender once per device of the recipient and once per other
# device of the sender (client fan-out). A group message with sender keys is encrypted once and
# the server copies it to every member device.

# %%
msgs_day = dau * msgs_per_user
figure("msgs_day", msgs_day / 1e9, "{:,.0f} billion messages/day", "Messages sent per day")
msgs_mean = msgs_day / DAY
msgs_peak = msgs_mean * peak_x
figure("msgs_mean", msgs_mean / 1e6, "{:.2f} million messages/s", "Mean send rate")
figure("msgs_peak", msgs_peak / 1e6, "{:.1f} million messages/s", "Peak send rate")

own_other = companion_share * companions_each  # mean other devices of the sender
figure("own_other", own_other, "{:.1f}", "Other devices of the sender that must get a copy")
env_1to1 = devices + own_other
figure("env_1to1", env_1to1, "{:.1f} envelopes", "Envelopes per 1:1 message")
env_group = (group_size - 1) * devices + own_other
figure("env_group", env_group, "{:.0f} envelopes", "Envelopes per group message")
env_per_msg = (1 - group_share) * env_1to1 + group_share * env_group
figure("env_per_msg", env_per_msg, "{:.1f} envelopes", "Mean envelopes per message")
figure("group_env_share", group_share * env_group / env_per_msg, "{:.0%}", "Share of envelopes caused by group messages")
env_peak = msgs_peak * env_per_msg
env_mean = msgs_mean * env_per_msg
figure("env_peak", env_peak / 1e6, "{:.1f} million envelopes/s", "Envelopes written to device queues at peak")
figure("env_mean", env_mean / 1e6, "{:.1f} million envelopes/s", "Envelopes per second on average")
upload_sk = (1 - group_share) * env_1to1 + group_share * 1  # one group ciphertext; the server copies it to every member device, the sender's own included
figure("upload_per_msg_sk", upload_sk, "{:.1f} ciphertexts", "Ciphertexts a phone uploads per message with sender keys")
upload_pw = env_per_msg
figure("upload_per_msg_pw", upload_pw, "{:.1f} ciphertexts", "Ciphertexts a phone would upload per message with pairwise encryption in groups")
figure("env_gbps", env_peak * env_b * 8 / 1e9, "{:,.0f} Gbit/s", "Envelope bytes into device queues at peak")
figure("group_cap_env", (group_cap - 1) * devices + own_other, "{:,.0f} envelopes", "Envelopes for one message in a group at the cap")

# %% [markdown]
# ## 4. Receipts
#
# Each recipient user sends a delivered and a read receipt, to every device of the sender. In a
# group that is one pair per member. A receipt can cover a range of messages in the same chat.

# %%
rcpt_1to1 = 1 * 2 * devices
rcpt_group = (group_size - 1) * 2 * devices
rcpt_per_msg = (1 - group_share) * rcpt_1to1 + group_share * rcpt_group
figure("rcpt_per_msg", rcpt_per_msg, "{:.1f} receipts", "Receipt envelopes per message before batching")
figure("rcpt_group_share", group_share * rcpt_group / rcpt_per_msg, "{:.0%}", "Share of receipts caused by groups")
rcpt_peak_naive = msgs_peak * rcpt_per_msg
figure("rcpt_peak_naive", rcpt_peak_naive / 1e6, "{:.0f} million receipts/s", "Receipt envelopes at peak, one per message")
rcpt_peak_batched = rcpt_peak_naive / receipt_batch
figure("rcpt_peak_batched", rcpt_peak_batched / 1e6, "{:.1f} million receipts/s", "Receipt envelopes at peak with range receipts")
figure("rcpt_over_msgs", rcpt_peak_batched / msgs_peak, "{:.1f}x", "Receipts per message sent, after batching")
big = group_cap - 1
figure("rcpt_cap_group", big * 2 * devices, "{:,.0f} receipts", "Receipt envelopes one message in a group at the cap would cause")

# %% [markdown]
# ## 5. The offline queue
#
# Little's law per class: envelopes held = arrival rate x time in queue. Dormant devices never
# drain, so their envelopes stay for the whole retention period.

# %%
offline_share = 1 - conn_share - dormant_share
figure("offline_share", offline_share, "{:.0%}", "Share of envelopes addressed to active but disconnected devices")
held_online = env_mean * conn_share * online_res_s
held_offline = env_mean * offline_share * offline_res_min * 60
held_dormant = env_mean * dormant_share * retention_d * DAY
figure("held_online", held_online / 1e6, "{:.1f} million envelopes", "Queued envelopes for connected devices")
figure("held_offline", held_offline / 1e9, "{:.1f} billion envelopes", "Queued envelopes for disconnected active devices")
figure("held_dormant", held_dormant / 1e9, "{:,.0f} billion envelopes", "Queued envelopes for dormant devices")
held_total = held_online + held_offline + held_dormant
figure("dormant_bytes_share", held_dormant / held_total, "{:.0%}", "Share of queued bytes owed to dormant devices")
figure("dormant_over_offline", held_dormant / held_offline, "{:.0f}x", "Dormant backlog over the active backlog")
q_tb = held_total * env_b / 1e12
figure("queue_tb", q_tb, "{:,.0f} TB", "Queued envelopes, one copy")
figure("queue_tb_repl", q_tb * queue_replicas, "{:,.0f} TB", "Queued envelopes with every copy")
q_active_tb = (held_online + held_offline) * env_b / 1e12
figure("queue_active_tb", q_active_tb, "{:.1f} TB", "Queue held for active devices, one copy")
ret7 = (held_online + held_offline + env_mean * dormant_share * 7 * DAY) * env_b / 1e12
figure("queue_tb_7d", ret7, "{:,.0f} TB", "Queue with a 7-day retention, one copy")
per_dormant_day = msgs_per_user * (1 - group_share) * 1 + msgs_per_user * group_share * (group_size - 1)
figure("dormant_env_day", per_dormant_day, "{:,.0f} envelopes/day", "Envelopes a dormant device of an average user accumulates per day")
figure("dormant_mb", per_dormant_day * retention_d * env_b / 1e6, "{:.1f} MB", "One dormant device's backlog at the retention limit")
queue_ops_peak = env_peak * 2
figure("queue_ops_peak", queue_ops_peak / 1e6, "{:.0f} million ops/s", "Queue appends plus deletes at peak")
queue_nodes = math.ceil(queue_ops_peak * queue_replicas / queue_node_ops)
figure("queue_nodes", queue_nodes, "{:,d} nodes", "Queue storage nodes by operations, all copies")
figure("queue_tb_per_node", q_tb * queue_replicas / queue_nodes, "{:.2f} TB", "Queued data per queue node")

# Chart: what the queue holds as the retention cap grows
days = np.arange(1, 31)
active = np.full_like(days, q_active_tb, dtype=float)
dormant = env_mean * dormant_share * days * DAY * env_b / 1e12
fig, ax = new_chart()
ax.stackplot(days, active, dormant, labels=["active devices (minutes of backlog)", "dormant devices (days of backlog)"],
             colors=[SERIES[0], SERIES[1]], alpha=0.85)
ax.set_xlabel("retention cap for undelivered envelopes (days)")
ax.set_ylabel("queued data, one copy (TB)")
ax.set_title("The offline queue is sized by devices that never come back")
ax.legend(loc="upper left", frameon=False)
show(fig, alt="Stacked area chart of queued data against the retention cap from 1 to 30 days: the active-device backlog "
              "stays at a few terabytes while the dormant-device backlog grows linearly to about 170 terabytes at 30 days.")

# %% [markdown]
# ## 6. Groups: pairwise against sender keys
#
# Pairwise: the sender's phone encrypts and uploads one ciphertext per member device.
# Sender keys: each member distributes its sender key once, pairwise, to every other member
# device; after that each message is one ciphertext the server fans out. When a member leaves,
# every remaining member's sender key is discarded and redistributed.

# %%
def sk_distribution(n):
    """Pairwise ciphertexts to hand one member's new sender key to everyone else."""
    return (n - 1) * devices + own_other

figure("sk_dist_20", sk_distribution(group_size), "{:.0f} ciphertexts", "One sender-key distribution in a mean group")
figure("sk_dist_cap", sk_distribution(group_cap), "{:,.0f} ciphertexts", "One sender-key distribution in a group at the cap")
full_rekey_cap = (group_cap - 1) * sk_distribution(group_cap - 1)
figure("rekey_full_cap", full_rekey_cap / 1e6, "{:.1f} million ciphertexts", "Eager rekey of a group at the cap after one removal (every member redistributes)")
lazy_rekey_cap = active_senders * (group_cap - 1) * sk_distribution(group_cap - 1)
figure("rekey_lazy_cap", lazy_rekey_cap / 1e6, "{:.2f} million ciphertexts", "Lazy rekey: only members who send again redistribute")
figure("pw_msg_kb_cap", sk_distribution(group_cap) * env_b / 1e3, "{:,.0f} KB", "Upload from one phone for one pairwise-encrypted message in a group at the cap")
rekey_day = member_changes_day * active_senders * (removal_group - 1) * sk_distribution(removal_group - 1)
figure("rekey_per_s", rekey_day / DAY / 1e6, "{:.1f} million ciphertexts/s", "Sender-key redistributions per second across the product (lazy)")
figure("rekey_over_env", rekey_day / DAY / env_mean, "{:.0%}", "Those redistributions as a share of mean envelope traffic")

# Chart: uploads per message from the sender's phone, and server copies, by group size
sizes = np.array([2, 5, 10, 20, 50, 100, 256, 512, 1024])
pw_upload = (sizes - 1) * devices + own_other
sk_upload = np.ones_like(sizes, dtype=float)
server_copies = (sizes - 1) * devices + own_other
fig, ax = new_chart()
ax.loglog(sizes, pw_upload, marker="o", label="pairwise: ciphertexts the phone uploads", color=SERIES[1])
ax.loglog(sizes, sk_upload, marker="s", label="sender keys: ciphertexts the phone uploads", color=SERIES[0])
ax.loglog(sizes, server_copies, linestyle="--", label="envelopes the server writes (either scheme)", color=SERIES[2])
ax.set_xlabel("group size (members)")
ax.set_ylabel("per message")
ax.set_title("Sender keys move group fan-out from the phone to the server")
ax.legend(loc="upper left", frameon=False)
show(fig, alt="Log-log chart of per-message cost against group size from 2 to 1,024 members: with pairwise encryption the "
              "phone uploads as many ciphertexts as there are member devices, over 1,400 at 1,024 members; with sender keys "
              "it uploads exactly one; the server writes one envelope per member device in both schemes.")

# %% [markdown]
# ## 7. The key directory
#
# A new pairwise session needs the peer device's prekey bundle: identity key, signed prekey and,
# when one is left, a one-time prekey that the server hands out once and deletes.

# %%
sessions_day = dau * sessions_per_user
figure("bundle_fetches", sessions_day / DAY / 1e3, "{:,.0f} thousand fetches/s", "Prekey bundle fetches per second on average")
figure("opk_refills", sessions_day / opk_batch / DAY, "{:,.0f} uploads/s", "One-time prekey refill uploads per second")
celeb_s = celebrity_new_day / DAY
figure("celeb_opk_s", opk_batch / celeb_s, "{:.0f} s", "Time for one popular account's device to run out of one-time prekeys after a refill")
figure("celeb_opk_refills", celebrity_new_day / opk_batch, "{:,.0f} refills/day", "Refills that account's device would need to never run out")

# %% [markdown]
# ## 8. Media
#
# The sender encrypts the file with a fresh random key, uploads the ciphertext, and sends the
# key and the ciphertext hash inside the end-to-end encrypted message. A forward reuses the blob.

# %%
media_msgs_day = msgs_day * media_share
figure("media_msgs_day", media_msgs_day / 1e9, "{:.0f} billion media messages/day", "Media messages per day")
upload_pb_day = media_msgs_day * (1 - forward_share) * media_kb * 1e3 / 1e15
figure("media_up_pb_day", upload_pb_day, "{:.1f} PB/day", "New encrypted media uploaded per day")
figure("media_up_gbps", upload_pb_day * 1e15 * 8 / DAY / 1e9, "{:,.0f} Gbit/s", "Mean upload bandwidth for media")
stored_pb = upload_pb_day * media_ttl_d
figure("media_stored_pb", stored_pb, "{:.0f} PB", "Encrypted media held with the TTL, logical")
figure("media_raw_pb", stored_pb * ec_overhead, "{:.0f} PB", "Raw blob storage with erasure coding")
egress_pb_day = media_msgs_day * env_per_msg * media_kb * 1e3 / 1e15
figure("media_down_pb_day", egress_pb_day, "{:.0f} PB/day", "Media downloaded by receiving devices per day")
figure("media_down_tbps", egress_pb_day * 1e15 * 8 / DAY / 1e12, "{:.1f} Tbit/s", "Mean download bandwidth for media")
figure("media_over_text", media_msgs_day * media_kb * 1e3 / (msgs_day * env_b), "{:.0f}x", "Media bytes sent over envelope bytes of all messages")
hist_naive_pb = msgs_day * 100 * 365 / 1e15
figure("hist_naive_pb", hist_naive_pb, "{:.1f} PB/year", "The common estimate: every message stored forever at 100 B")

# %% [markdown]
# ## 9. Presence and typing
#
# Presence changes when a device connects or disconnects. Pushing each change to every contact
# is the naive design; pushing only to devices that have the person's chat open is the real one.

# %%
pres_changes = 2 * conns / (conn_life_min * 60)
figure("pres_changes", pres_changes / 1e6, "{:.1f} million changes/s", "Presence changes per second at peak (connect and disconnect)")
online_dev_per_contact = conn_share * devices
pres_naive = pres_changes * contacts * online_dev_per_contact
figure("pres_naive", pres_naive / 1e6, "{:,.0f} million pushes/s", "Presence pushes if every online contact device is told")
figure("pres_naive_x", pres_naive / env_peak, "{:.0f}x", "Naive presence pushes over message envelopes at peak")
pres_sub = pres_changes * viewers
figure("pres_sub", pres_sub / 1e3, "{:,.0f} thousand pushes/s", "Presence pushes to devices with the chat open")
figure("pres_reduction", pres_naive / pres_sub, "{:,.0f}x", "Reduction from subscribing only open chats")
lastseen_naive = pres_changes / 2
figure("lastseen_naive", lastseen_naive / 1e6, "{:.1f} million writes/s", "Last-seen writes if every disconnect is persisted")
figure("lastseen_batched", lastseen_naive / 1000 / 1e3, "{:.1f} thousand writes/s", "Last-seen writes when gateways flush them in batches of 1,000")

keystrokes = typing_s * keys_s
throttled = 1 + typing_s / typing_every_s
recips_1to1 = devices
recips_group = (min(group_size, typing_group_max) - 1) * devices
mean_recips = (1 - group_share) * recips_1to1 + group_share * recips_group
typ_naive = msgs_peak * keystrokes * mean_recips
typ_final = msgs_peak * throttled * mean_recips * chat_open_p
figure("typ_naive", typ_naive / 1e6, "{:,.0f} million events/s", "Typing events per keystroke to every recipient device")
figure("typ_final", typ_final / 1e6, "{:.1f} million events/s", "Typing events throttled and sent only to devices with the chat open")
figure("typ_reduction", typ_naive / typ_final, "{:.0f}x", "Reduction from throttling and open-chat delivery")
figure("typ_over_env", typ_final / env_peak, "{:.0%}", "Typing events as a share of message envelopes")

# %% [markdown]
# ## 10. Push notifications
#
# A device without a socket learns of a new envelope through APNs or FCM. Muted groups send no
# alert; several envelopes for the same chat within a short window share one push.

# %%
env_offline_peak = env_peak * (offline_share + dormant_share)
figure("push_naive", env_offline_peak / 1e6, "{:.1f} million pushes/s", "Pushes at peak if every envelope to a disconnected device sends one")
g_share_env = group_share * env_group / env_per_msg
after_mute = env_offline_peak * (1 - g_share_env * muted_share)
push_final = after_mute / push_collapse
figure("push_final", push_final / 1e6, "{:.1f} million pushes/s", "Pushes at peak after muting and per-chat coalescing")
figure("push_reduction", env_offline_peak / push_final, "{:.1f}x", "Reduction from muting and coalescing")

# %% [markdown]
# ## 11. Backups
#
# The devices hold the history. Per user per day: messages sent, plus 1:1 and group messages received.

# %%
recv_1to1 = msgs_per_user * (1 - group_share)
recv_group = msgs_per_user * group_share * (group_size - 1)
stored_day = msgs_per_user + recv_1to1 + recv_group
figure("stored_msgs_day", stored_day, "{:,.0f} messages/day", "Messages a user's device stores per day")
figure("hist_mb_year", stored_day * plain_b * 365 / 1e6, "{:.0f} MB", "Text history per user per year")
figure("hist_media_gb_year", stored_day * media_share * media_kb * 1e3 * 365 / 1e9, "{:.1f} GB", "Media history per user per year (everything auto-downloaded)")
brute_h = pin_space * kdf_ms / 1000 / attacker_cores / 3600
figure("pin_brute_min", brute_h * 60, "{:.1f} min", "Time to try every 6-digit PIN offline against a stolen backup")
figure("pin_hsm_p", hsm_attempts / pin_space, "{:.3%}", "Chance an attacker guesses the PIN before the vault destroys the key")

# %% [markdown]
# ## 12. Scaling from the MVP
#
# The MVP keeps accounts, prekeys and the offline queue in one relational primary, the queue as
# hourly partitions dropped after a sweep. The step that breaks it is the insert rate.

# %%
def at(scale_dau):
    s = scale_dau / dau
    c = conns * s
    return {
        "dau": scale_dau,
        "msgs": msgs_peak * s,
        "env": env_peak * s,
        "conns": c,
        "gw": max(zones, math.ceil(c / conn_cap * headroom)),
        "rows": env_peak * s * (1 + sweep_share),
        "queue_tb": q_tb * s,
        "push": push_final * s,
        "media_gbps": egress_pb_day * s * 1e15 * 8 / DAY / 1e9,
    }

steps = {"mvp": at(mvp_dau), "x10": at(mvp_dau * 10), "x100": at(mvp_dau * 100), "x1000": at(mvp_dau * 1000)}
for name, v in steps.items():
    figure(f"{name}_users", v["dau"] / 1e6, "{:,.0f} million", f"Daily users ({name})")
    figure(f"{name}_msgs", v["msgs"], "{:,.0f}/s", f"Peak messages ({name})")
    figure(f"{name}_env", v["env"], "{:,.0f}/s", f"Peak envelopes ({name})")
    figure(f"{name}_conns", v["conns"], "{:,.0f}", f"Open connections ({name})")
    figure(f"{name}_gw", v["gw"], "{:,d}", f"Gateway nodes ({name})")
    figure(f"{name}_rows", v["rows"] / pg_rows, "{:.2f}x", f"Queue row inserts over one primary's budget ({name})")
    figure(f"{name}_queue_tb", v["queue_tb"], "{:,.2f} TB", f"Offline queue, one copy ({name})")
    figure(f"{name}_push", v["push"], "{:,.0f}/s", f"Peak pushes ({name})")
    figure(f"{name}_media_gbps", v["media_gbps"], "{:,.0f} Gbit/s", f"Mean media download bandwidth ({name})")
figure("mvp_rows_abs", steps["mvp"]["rows"], "{:,.0f} rows/s", "MVP queue row inserts at peak")
figure("mvp_sweep_rows", steps["mvp"]["env"] * sweep_share, "{:,.0f} rows/s", "MVP rows moved by the hourly sweep (mean over an hour at the peak rate)")
figure("mvp_conns_node", steps["mvp"]["conns"] / zones, "{:,.0f}", "MVP connections per gateway (one per zone)")

# %% [markdown]
# ## 13. Failure numbers

# %%
figure("gw_loss_rate", conn_cap / jitter_s, "{:,.0f} reconnects/s", "Reconnect rate when one full gateway dies")
region_conns = conns / regions
figure("region_conns", region_conns / 1e6, "{:,.0f} million", "Connections in one region at peak")
region_rate = region_conns / region_jitter_s
figure("region_rate", region_rate / 1e6, "{:.1f} million reconnects/s", "Reconnects per second when a region fails over")
figure("region_hs_cores", region_rate * full_hs_ms / 1000, "{:,.0f} cores", "Handshake cores those reconnects need (no resumption across regions)")
nye_msgs = msgs_peak * (1 + nye_region_share * (nye_x - 1))
figure("nye_msgs", nye_msgs / 1e6, "{:.1f} million messages/s", "Global message rate at the New Year's Eve minute")
figure("nye_over_peak", nye_msgs / msgs_peak, "{:.1f}x", "That rate over the ordinary peak")
figure("nye_env", nye_msgs * env_per_msg / 1e6, "{:.0f} million envelopes/s", "Envelopes at the New Year's Eve minute")
figure("nye_rcpt", nye_msgs * rcpt_per_msg / receipt_batch / 1e6, "{:.0f} million receipts/s", "Receipts at the same minute")

# %% [markdown]
# ## 14. The AI angle
#
# **Unread summary.** Prompt = instructions + unread messages. On a phone, decode is memory-bound:
# tokens/s <= bandwidth x efficiency / weight bytes. On a server GPU we use Llama 3.1 8B as the
# stand-in, with the roofline formulas of `estimates.llm`.

# %%
prompt_tok = instr_tok + unread_msgs * tok_per_msg
figure("prompt_tok", prompt_tok, "{:,d} tokens", "Summary prompt")
ctx = prompt_tok + summary_tok

# On device
w_dev = ondevice_params_b * 1e9 * ondevice_bits / 8
figure("dev_weights_gb", w_dev / 1e9, "{:.2f} GB", "On-device weights at 2 bits per parameter")
dev_tps = phone_bw_gbs * 1e9 * phone_bw_eff / w_dev
figure("dev_tps", dev_tps, "{:.0f} tokens/s", "On-device decode ceiling (memory-bound, batch 1)")
dev_prefill_s = 2 * ondevice_params_b * 1e9 * prompt_tok / (phone_tflops * 1e12)
figure("dev_prefill_s", dev_prefill_s, "{:.1f} s", "On-device prefill of the summary prompt")
dev_total_s = dev_prefill_s + summary_tok / dev_tps
figure("dev_total_s", dev_total_s, "{:.1f} s", "On-device time to a finished summary")

# On a server GPU
L8 = ref.MODELS["llama-3.1-8b"]
H100 = ref.GPUS["h100-sxm"]
P8 = llm.param_count(L8)
W8 = llm.weights_bytes(L8)
KV8 = llm.kv_cache_bytes_per_token(L8)
figure("h100_bf16", H100.bf16_dense_flops / 1e12, "{:,.1f} TFLOP/s", "H100 SXM dense BF16 peak (the datasheet's 1,979 is with sparsity)")
figure("h100_tbps", H100.hbm_bytes_per_s / 1e12, "{:.2f} TB/s", "H100 SXM HBM bandwidth")
figure("l8_weights_gb", W8 / 1e9, "{:.1f} GB", "Llama 3.1 8B weights in BF16")
figure("l8_kv_kib", KV8 / KIB, "{:.0f} KiB", "KV cache per token: 2 x 32 layers x 8 KV heads x 128 x 2 bytes")
figure("l8_kv_mha_kib", llm.kv_cache_bytes_per_token_if_mha(L8) / KIB, "{:.0f} KiB", "The same with the 32 query heads (the usual mistake)")
figure("sum_kv_mb", KV8 * ctx / 1e6, "{:.0f} MB", "KV cache of one summary")
t_pre = llm.prefill_time_s(P8, prompt_tok, H100.bf16_dense_flops, mfu)
figure("srv_prefill_ms", t_pre * 1000, "{:.0f} ms", "Server prefill of the summary prompt")
step = llm.decode_step_time_s(W8, KV8, batch, ctx, P8, H100.hbm_bytes_per_s, H100.bf16_dense_flops, hbm_eff)
figure("srv_step_ms", step * 1000, "{:.1f} ms", "Server decode step at the chosen batch")
figure("srv_total_s", t_pre + summary_tok * step, "{:.1f} s", "Server time to a finished summary (before network and queueing)")
gpu_s = t_pre + summary_tok * step / batch
figure("srv_gpu_s", gpu_s, "{:.2f} GPU-s", "GPU time per summary")
usd_k = gpu_s / 3600 * usd_gpu_h * 1000 * tee_overhead
figure("srv_usd_k", usd_k, "${:.2f}", "Cost per thousand summaries in an attested environment")
sum_day = dau * summary_users
figure("sum_day", sum_day / 1e6, "{:,.0f} million summaries/day", "Summaries per day")
figure("sum_usd_day", sum_day * usd_k / 1000 / 1e3, "${:,.0f} thousand/day", "Summary cost per day")
sum_gpus = math.ceil(sum_day / DAY * peak_x * gpu_s * tee_overhead / gpu_util)
figure("sum_gpus", sum_gpus, "{:,d} H100s", "GPUs at peak for summaries")
figure("sum_upload_kb", prompt_tok * ref.CHARS_PER_TOKEN_EN / 1e3, "{:.0f} KB", "Plaintext the phone sends for one server summary")

# An assistant inside groups
grp_msgs_day = msgs_day * group_share * bot_group_share
figure("bot_grp_msgs_day", grp_msgs_day / 1e6, "{:,.0f} million messages/day", "Messages per day in groups that added an assistant")
read_all_tok = grp_msgs_day * tok_per_msg
mention_calls = grp_msgs_day * bot_mention_share
mention_tok = mention_calls * (instr_tok + bot_ctx_msgs * tok_per_msg)
figure("bot_mentions_day", mention_calls / 1e6, "{:.0f} million calls/day", "Assistant invocations per day")
figure("bot_readall_tok", read_all_tok / 1e9, "{:.0f} billion tokens/day", "Tokens the assistant ingests if it is a member that reads every message")
figure("bot_mention_tok", mention_tok / 1e9, "{:.0f} billion tokens/day", "Tokens it ingests if it sees only invoking messages and their attached context")
figure("bot_readall_gpu_h", 2 * P8 * read_all_tok / (H100.bf16_dense_flops * mfu) / 3600, "{:,.0f} GPU-hours/day", "Prefill GPU time to read everything")

# Spam without content
honest_new = new_accounts_day * (1 - spam_account_share)
spam_new = new_accounts_day * spam_account_share
fp_day = honest_new * clf_fpr
tp_day = spam_new * clf_recall
figure("spam_new_day", spam_new / 1e3, "{:,.0f} thousand accounts/day", "Spam accounts registered per day")
figure("fp_day", fp_day / 1e3, "{:.1f} thousand accounts/day", "Honest new accounts the classifier flags per day")
figure("clf_precision", tp_day / (tp_day + fp_day), "{:.0%}", "Precision of a flag")
figure("spam_missed_day", (spam_new - tp_day) / 1e3, "{:,.0f} thousand accounts/day", "Spam accounts the classifier misses per day")
figure("spam_day_unthrottled", spam_rate_h * 24, "{:,d} messages", "Messages one unthrottled spam account sends in a day")
figure("spam_reach_cut", spam_rate_h * 24 / new_acct_cap, "{:.0f}x", "Reach cut by capping new chats with non-contacts for young accounts")
