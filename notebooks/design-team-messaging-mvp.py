# %% [markdown]
# # Design a Slack-like team messaging MVP
#
# The back-of-the-envelope notebook behind the walkthrough. Inputs come first, each
# declared once with `assume` and its source; every number the page quotes is a
# `figure` computed below. Sections:
#
# 1. Inputs
# 2. Message rates
# 3. Fan-out by channel size, and a chart of messages against deliveries
# 4. Fan-out on write against fan-out on read: what a per-recipient inbox would cost
# 5. WebSocket connections, gateway memory and subscription state
# 6. Broadcast against interest-routed pub/sub between channel routers and gateways
# 7. Typing indicators with and without throttling, and a chart
# 8. Presence: workspace broadcast against subscriptions
# 9. Unread counts and read cursors
# 10. The per-channel sequence: the hot-row ceiling
# 11. Optimistic send: a model of lost requests and lost acks, with and without idempotency
# 12. Reconnection: storms and catch-up payloads
# 13. Push notifications
# 14. Storage per year
# 15. Database writes, and scaling 10x, 100x, 1000x from the MVP

# %% [markdown]
# ## 1. Inputs
#
# The Coditioning guide reports this question and its product probes (sent, delivered,
# failed; optimistic or confirmed; typing indicators) but gives no load. Every traffic
# figure below is an assumption of this walkthrough, stated so that an interviewer's numbers
# can replace it and the page follows.

# %%
import math

import numpy as np

from estimates import assume, assumptions_table, figure
from estimates import reference as ref
from estimates.charts import SERIES, new_chart, show

CHECKED = "checked 2026-11-23"

# Users and traffic
dau = assume("dau", 10_000_000, "{:,.0f} users", "Daily active users at the design target (1000x the MVP)")
mvp_dau = assume("mvp_dau", 10_000, "{:,.0f} users", "Daily active users of the MVP (a few hundred small workspaces)")
msgs_per_user = assume("msgs_per_user", 40, "{:d} messages", "Messages a daily user sends per day")
peak_to_mean = assume("peak_to_mean", 3.0, "{:.0f}x", "Peak-to-mean ratio (traffic concentrated in working hours)")
online_share = assume("online_share", 0.5, "{:.0%}", "Share of daily users (and of a channel's members) online at peak")
devices = assume("devices", 1.4, "{:.1f}", "Connected devices per online user (desktop plus phone)")
channels_per_user = assume("channels_per_user", 40, "{:d} channels", "Channels and DMs a user belongs to")

# Channel-size classes: share of messages, mean members (sender's other devices included)
cls_names = ["DM / group DM", "small channel", "team channel", "department", "company-wide"]
cls_share = [0.50, 0.30, 0.15, 0.045, 0.005]
cls_members = [2.5, 12, 80, 800, 10_000]
for key, label, v in (("share_dm", "Share of messages sent in DMs and group DMs", cls_share[0]),
                      ("share_small", "Share of messages in small channels", cls_share[1]),
                      ("share_team", "Share of messages in team channels", cls_share[2]),
                      ("share_dept", "Share of messages in department channels", cls_share[3]),
                      ("share_company", "Share of messages in company-wide channels", cls_share[4])):
    assume(key, v, "{:.1%}", label)
for key, label, v in (("members_dm", "Mean members of a DM or group DM", cls_members[0]),
                      ("members_small", "Mean members of a small channel", cls_members[1]),
                      ("members_team", "Mean members of a team channel", cls_members[2]),
                      ("members_dept", "Mean members of a department channel", cls_members[3]),
                      ("members_company", "Mean members of a company-wide channel", cls_members[4])):
    assume(key, v, "{:,.1f} members" if v < 10 else "{:,.0f} members", label)
assert abs(sum(cls_share) - 1) < 1e-9

# Messages and storage
text_b = assume("text_b", 200, "{:d} B", "Mean message text (UTF-8)")
meta_b = assume("meta_b", 150, "{:d} B", "Row overhead: ids, sequence, author, timestamps, flags, client id")
index_factor = assume("index_factor", 1.5, "{:.1f}x", "Row plus its indexes, over the row alone")
replication = assume("replication", 3, "{:d}x", "Copies of every stored byte")
inbox_row_b = assume("inbox_row_b", 32, "{:d} B", "A per-recipient inbox row (user, channel, message id, flags)")
search_factor = assume("search_factor", 1.2, "{:.1f}x", "Search index size over the text it indexes")
mention_rows = assume("mention_rows", 0.15, "{:.2f}", "Mention rows written per message (mentions per message)")

# Read state
cursor_per_min = assume("cursor_per_min", 2, "{:d} per minute", "Read-cursor updates per online user (debounced)")
db_write_budget = assume("db_write_budget", 10_000, "{:,d} rows/s", "Indexed row writes one relational primary sustains (planning budget)")
commit_ms = assume("commit_ms", 2.0, "{:.0f} ms", "Commit time with a synchronous replica in the same region")
hot_channel_rate = assume("hot_channel_rate", 20, "{:d} messages/s", "Busiest channel at the design target (an incident or launch channel)")

# Gateways
mem_conn_kib = assume("mem_conn_kib", 40, "{:d} KiB", "Memory per WebSocket connection: library, TLS, buffers, subscriptions")
ws_lib_kib = assume("ws_lib_kib", 14, "{:d} KiB",
                    "Python websockets per connection without compression",
                    f"websockets docs, Memory and buffers ({CHECKED})")
ws_lib_deflate_kib = assume("ws_lib_deflate_kib", 64, "{:d} KiB",
                            "Python websockets per connection with default compression",
                            f"websockets docs, Memory and buffers ({CHECKED})")
conn_cap = assume("conn_cap", 100_000, "{:,d} connections", "Connections per gateway node (a blast-radius cap)", "design choice")
gw_headroom = assume("gw_headroom", 1.5, "{:.1f}x", "Gateway capacity over peak (lose a zone of three and still fit)", "design choice")
sub_entry_b = assume("sub_entry_b", 48, "{:d} B", "Memory per (connection, channel) subscription entry")
mvp_instances = assume("mvp_instances", 2, "{:d}", "Instances of the MVP service (API and WebSocket in one process)", "design choice")
reconnect_jitter_s = assume("reconnect_jitter_s", 10, "{:d} s", "Window over which clients spread reconnects (full jitter)", "design choice")

# Typing and presence
typing_s = assume("typing_s", 8, "{:d} s", "Time spent typing one message")
keys_per_s = assume("keys_per_s", 4, "{:d} keystrokes/s", "Typing speed")
typing_every_s = assume("typing_every_s", 3, "{:d} s", "Throttle: at most one typing event per channel per interval", "design choice")
typing_ttl_s = assume("typing_ttl_s", 6, "{:d} s", "Receiver hides the indicator this long after the last event", "design choice")
viewing_share = assume("viewing_share", 0.2, "{:.0%}", "Share of a channel's online devices that have it open")
typing_max_members = assume("typing_max_members", 500, "{:,d} members", "No typing indicator in channels larger than this", "design choice")
event_b = assume("event_b", 120, "{:d} B", "Typing or presence event on the wire (frame, JSON, TLS record)")
presence_changes = assume("presence_changes", 12, "{:d} per day", "Presence changes per daily user (online, away, back, offline)")
workspace_seen = assume("workspace_seen", 2_000, "{:,d} users", "Workspace size as a user experiences it (user-weighted mean)")
watchers = assume("watchers", 20, "{:d} watchers", "Online clients watching one user's presence (DM list, open member list)")

# Send path
p_req_loss = assume("p_req_loss", 0.05, "{:.0%}", "Chance a send request is lost on a bad mobile network")
p_ack_loss = assume("p_ack_loss", 0.05, "{:.0%}", "Chance the server's ack is lost on the same network")
attempts = assume("attempts", 3, "{:d}", "Automatic send attempts before the UI says failed", "design choice")
ack_timeout_s = assume("ack_timeout_s", 5, "{:d} s", "Wait for an ack before the next attempt", "design choice")
spinner_after_s = assume("spinner_after_s", 1, "{:d} s", "Pending message shows a spinner after", "design choice")
backoff_s = [1, 2]  # waits between attempts 1-2 and 2-3, design choice
assume("backoff_1_s", backoff_s[0], "{:d} s", "Wait before the second attempt", "design choice")
assume("backoff_2_s", backoff_s[1], "{:d} s", "Wait before the third attempt", "design choice")
sim_sends = assume("sim_sends", 1_000_000, "{:,d} sends", "Sends in the seeded simulation")

# Catch-up and notifications
workday_h = assume("workday_h", 9, "{:d} h", "Hours over which a user's daily inflow arrives")
gap_min = assume("gap_min", 15, "{:d} min", "A short disconnection (a train, a tunnel, a laptop lid)")
catchup_per_channel = assume("catchup_per_channel", 20, "{:d} messages", "Messages sent per changed channel on reconnect; older ones load on scroll", "design choice")
mentions_per_msg = assume("mentions_per_msg", 0.1, "{:.1f}", "User mentions per channel message")
atchannel_share = assume("atchannel_share", 0.002, "{:.1%}", "Channel messages that notify everyone (@channel, @here)")
apns_max_b = assume("apns_max_b", 4096, "{:,d} B", "APNs payload limit for a regular notification",
                    f"Apple, Generating a remote notification ({CHECKED})")

# Scaling steps: the largest channel grows with the largest customer
step_names = ["mvp", "x10", "x100", "x1000"]
step_mult = [1, 10, 100, 1000]
step_max_members = [500, 2_000, 10_000, 10_000]
assume("max_members_mvp", step_max_members[0], "{:,d} members", "Largest channel at the MVP (largest workspace)")
assume("max_members_x10", step_max_members[1], "{:,d} members", "Largest channel at 10x")
assume("max_members_x100", step_max_members[2], "{:,d} members", "Largest channel at 100x and 1000x")
assumptions_table()

# %% [markdown]
# ## 2. Message rates

# %%
DAY = ref.SECONDS_PER_DAY
YEAR_DAYS = ref.DAYS_PER_YEAR

msgs_day = dau * msgs_per_user
figure("msgs_day", msgs_day / 1e6, "{:,.0f} million messages/day", "Messages per day at the design target")
msgs_mean = figure("msgs_mean", msgs_day / DAY, "{:,.0f} messages/s", "Mean send rate")
msgs_peak = figure("msgs_peak", msgs_day / DAY * peak_to_mean, "{:,.0f} messages/s", "Peak send rate")
online_users = figure("online_users", dau * online_share / 1e6, "{:.1f} million users", "Users online at peak") * 1e6

# %% [markdown]
# ## 3. Fan-out by channel size
#
# A delivery is one message reaching one member (any of their devices); a push is one
# frame written to one connected device. Members include the sender, whose other devices
# need the message too.

# %%
def fanout(max_members=None, classes=range(5)):
    """Mean members per message, with channel sizes capped at max_members."""
    return sum(cls_share[i] * (min(cls_members[i], max_members) if max_members else cls_members[i]) for i in classes)


mean_fanout = figure("mean_fanout", fanout(), "{:,.0f} members", "Mean members per message (message-weighted)")
deliv_peak = figure("deliv_peak", msgs_peak * mean_fanout / 1e6, "{:.2f} million deliveries/s", "Peak deliveries (message x member)") * 1e6
push_peak = figure("push_peak", deliv_peak * online_share * devices / 1e6, "{:.2f} million pushes/s",
                   "Peak frames written to connected devices") * 1e6
push_per_msg = figure("push_per_msg", mean_fanout * online_share * devices, "{:,.0f} pushes", "Pushes per message, on average")

deliv_share = [cls_share[i] * cls_members[i] / mean_fanout for i in range(5)]
figure("company_deliv_share", deliv_share[4], "{:.0%}", "Share of deliveries caused by company-wide channels")
figure("big_deliv_share", deliv_share[3] + deliv_share[4], "{:.0%}", "Share of deliveries caused by department and company-wide channels")
figure("big_msg_share", cls_share[3] + cls_share[4], "{:.1%}", "Share of messages sent in department and company-wide channels")
figure("dm_deliv_share", deliv_share[0], "{:.1%}", "Share of deliveries caused by DMs")
figure("small_deliv_share", deliv_share[1], "{:.1%}", "Share of deliveries caused by small channels")
figure("team_deliv_share", deliv_share[2], "{:.0%}", "Share of deliveries caused by team channels")
figure("dept_deliv_share", deliv_share[3], "{:.0%}", "Share of deliveries caused by department channels")
one_company_push = figure("one_company_push", cls_members[4] * online_share * devices, "{:,.0f} pushes",
                          "Pushes for one message in a company-wide channel")
figure("one_dm_push", cls_members[0] * online_share * devices, "{:.1f} pushes", "Pushes for one DM")

fig, ax = new_chart()
x = np.arange(5)
ax.bar(x - 0.2, [s * 100 for s in cls_share], width=0.4, label="share of messages", color=SERIES[0])
ax.bar(x + 0.2, [s * 100 for s in deliv_share], width=0.4, label="share of deliveries", color=SERIES[1])
ax.set_xticks(x, ["DM or\ngroup DM", "small\nchannel", "team\nchannel", "department", "company-\nwide"])
ax.set_ylabel("percent")
ax.set_title("Half of all messages are DMs; half of all deliveries come from 0.5% of messages")
ax.legend()
show(fig, alt="Bar chart by channel size class: DMs carry 50 percent of messages but about 1 percent of deliveries, "
              "while company-wide channels carry 0.5 percent of messages and about half of all deliveries.")

# %% [markdown]
# ## 4. Fan-out on write against fan-out on read
#
# Fan-out on write would copy each message into every member's inbox; fan-out on read
# stores it once in the channel's log and lets each reader read the log.

# %%
row_b = (text_b + meta_b) * index_factor
figure("row_b", row_b, "{:,.0f} B", "Stored bytes per message, with indexes")
msg_tb_year = figure("msg_tb_year", msgs_day * YEAR_DAYS * row_b / 1e12, "{:,.0f} TB/year", "Message storage per year, one copy")
inbox_rows_day = figure("inbox_rows_day", msgs_day * mean_fanout / 1e9, "{:,.1f} billion rows/day", "Inbox rows per day under fan-out on write")
inbox_tb_year = figure("inbox_tb_year", msgs_day * mean_fanout * inbox_row_b * index_factor * YEAR_DAYS / 1e12, "{:,.0f} TB/year",
                       "Inbox storage per year under fan-out on write, one copy")
figure("inbox_over_log", inbox_tb_year / msg_tb_year, "{:.1f}x", "Inbox storage over the channel log it duplicates")
figure("inbox_rows_peak", deliv_peak / 1e6, "{:.2f} million rows/s", "Inbox row writes at peak under fan-out on write")
figure("inbox_primaries", deliv_peak / db_write_budget, "{:,.0f} primaries", "Relational primaries the inbox writes alone would need")
figure("company_inbox_rows", cls_members[4], "{:,.0f} rows", "Inbox rows one company-wide message would write")

# %% [markdown]
# ## 5. Connections, gateway memory, subscription state

# %%
conns = figure("conns", dau * online_share * devices / 1e6, "{:.1f} million connections", "WebSocket connections at peak") * 1e6
conn_mem_gib = figure("conn_mem_gib", conns * mem_conn_kib / 2**20, "{:,.0f} GiB", "Connection memory across the fleet")
node_mem_gib = figure("node_mem_gib", conn_cap * mem_conn_kib / 2**20, "{:.1f} GiB", "Connection memory on a full gateway node")
figure("node_mem_deflate_gib", conn_cap * (mem_conn_kib - ws_lib_kib + ws_lib_deflate_kib) / 2**20, "{:.1f} GiB",
       "The same node with per-message compression on")
gw_nodes_bare = math.ceil(conns / conn_cap)
gw_nodes = figure("gw_nodes", math.ceil(conns / conn_cap * gw_headroom), "{:,d} gateway nodes", "Gateway nodes with headroom")
figure("gw_nodes_bare", gw_nodes_bare, "{:,d} nodes", "Gateway nodes with no headroom")
figure("conns_per_node", conns / gw_nodes, "{:,.0f} connections", "Connections per gateway node at peak")
subs_total = conns * channels_per_user
figure("subs_total", subs_total / 1e6, "{:,.0f} million", "(connection, channel) subscriptions at peak")
figure("subs_node_mb", conn_cap * channels_per_user * sub_entry_b / 1e6, "{:,.0f} MB", "Subscription state on a full gateway node")
figure("fds_per_node", conn_cap * 2, "{:,d} file descriptors", "Descriptors per full node (client socket plus upstream share, rounded up)")

# %% [markdown]
# ## 6. Broadcast against interest-routed pub/sub
#
# With one shared topic every gateway receives every message and drops what it does not
# need. With routing by interest a channel router sends one copy to each gateway that has
# at least one subscriber. For a message with p pushes spread at random over G gateways
# the expected number of distinct gateways touched is G(1 - (1 - 1/G)^p).

# %%
def gateways_touched(pushes, g):
    return g * (1 - (1 - 1 / g) ** pushes)


touched = sum(cls_share[i] * gateways_touched(cls_members[i] * online_share * devices, gw_nodes) for i in range(5))
figure("gw_touched", touched, "{:.1f} gateways", "Gateways touched per message, interest-routed (mean)")
broadcast_in = figure("broadcast_in", msgs_peak * gw_nodes / 1e6, "{:.2f} million messages/s", "Messages into gateways at peak, broadcast") * 1e6
routed_in = figure("routed_in", msgs_peak * touched / 1e3, "{:,.0f} thousand messages/s", "Messages into gateways at peak, interest-routed") * 1e3
figure("broadcast_over_routed", broadcast_in / routed_in, "{:.0f}x", "Broadcast over interest-routed traffic into gateways")
figure("dm_gw_touched", gateways_touched(cls_members[0] * online_share * devices, gw_nodes), "{:.1f} gateways", "Gateways touched by one DM")
figure("dm_broadcast_waste", gw_nodes / gateways_touched(cls_members[0] * online_share * devices, gw_nodes), "{:.0f}x",
       "Gateways a broadcast DM reaches over the gateways that need it")
figure("company_gw_touched", gateways_touched(one_company_push, gw_nodes), "{:.0f} gateways", "Gateways touched by one company-wide message")
figure("local_writes_company", one_company_push / gateways_touched(one_company_push, gw_nodes), "{:.0f} writes",
       "Local socket writes per gateway for one company-wide message")

# %% [markdown]
# ## 7. Typing indicators
#
# Four policies, each applied on top of the previous one: an event per keystroke to every
# online device of every member; a throttled event (start, then one per interval); only to
# devices that have the channel open; no indicator at all above a channel size.

# %%
small = [i for i in range(5) if cls_members[i] <= typing_max_members]
fan_small = fanout(classes=small)
keystroke_events = typing_s * keys_per_s
throttled_events = 1 + math.floor(typing_s / typing_every_s)
figure("keystroke_events", keystroke_events, "{:d} events", "Typing events per message, one per keystroke")
figure("throttled_events", throttled_events, "{:d} events", "Typing events per message, throttled")
typ_naive = msgs_peak * keystroke_events * mean_fanout * online_share * devices
typ_throttled = msgs_peak * throttled_events * mean_fanout * online_share * devices
typ_viewers = typ_throttled * viewing_share
typ_final = msgs_peak * throttled_events * fan_small * online_share * devices * viewing_share
figure("typ_naive", typ_naive / 1e6, "{:,.0f} million events/s", "Typing pushes at peak, per keystroke to everyone")
figure("typ_throttled", typ_throttled / 1e6, "{:.1f} million events/s", "Typing pushes at peak, throttled")
figure("typ_viewers", typ_viewers / 1e6, "{:.2f} million events/s", "Typing pushes at peak, throttled, to viewers only")
figure("typ_final", typ_final / 1e3, "{:,.0f} thousand events/s", "Typing pushes at peak, all four rules")
figure("typ_naive_over_msgs", typ_naive / push_peak, "{:.0f}x", "Naive typing pushes over message pushes")
figure("typ_final_over_msgs", typ_final / push_peak, "{:.0%}", "Final typing pushes as a share of message pushes")
figure("typ_reduction", typ_naive / typ_final, "{:,.0f}x", "Reduction from the four rules together")
figure("typ_naive_gbps", typ_naive * event_b * 8 / 1e9, "{:,.0f} Gbit/s", "Egress of naive typing events")
figure("typ_final_gbps", typ_final * event_b * 8 / 1e9, "{:.2f} Gbit/s", "Egress of typing events with all four rules")
figure("typ_fan_small", fan_small, "{:.1f} members", "Mean members per message, counting only channels that show typing")
figure("typing_inbound", msgs_peak * throttled_events / 1e3, "{:.0f} thousand events/s", "Typing events arriving from clients, throttled")

fig, ax = new_chart()
labels = ["per keystroke,\neveryone", "throttled", "+ viewers\nonly", "+ none above\n500 members", "message\npushes"]
vals = [typ_naive, typ_throttled, typ_viewers, typ_final, push_peak]
ax.bar(range(5), vals, color=[SERIES[1]] * 4 + [SERIES[0]])
ax.set_yscale("log")
ax.set_ylim(1e4, 1e8)
ax.set_xticks(range(5), labels)
ax.set_ylabel("pushes per second at peak (log)")
ax.set_title("Typing indicators: the policy decides whether they outweigh the messages")
show(fig, alt="Log-scale bar chart of typing pushes per second at peak under four policies: per keystroke to every member "
              "is about 32 million per second, more than thirty times the message pushes; throttling, viewers only and no indicator "
              "in large channels bring it to about a hundred thousand per second, a small fraction of message pushes.")

# %% [markdown]
# ## 8. Presence

# %%
presence_peak = dau * presence_changes / DAY * peak_to_mean
figure("presence_peak", presence_peak, "{:,.0f} changes/s", "Presence changes at peak")
pres_naive = presence_peak * workspace_seen * online_share * devices
pres_sub = presence_peak * watchers
figure("pres_naive", pres_naive / 1e6, "{:.1f} million pushes/s", "Presence pushes, broadcast to the whole workspace")
figure("pres_sub", pres_sub / 1e3, "{:.0f} thousand pushes/s", "Presence pushes, to watchers only")
figure("pres_naive_over_msgs", pres_naive / push_peak, "{:.1f}x", "Broadcast presence over message pushes")

# %% [markdown]
# ## 9. Unread counts and read cursors
#
# With a per-channel sequence, unread = channel head - member's read cursor: a subtraction
# at read time. A counter per (member, channel) would be incremented once per delivery.

# %%
cursor_writes = online_users * cursor_per_min / 60
figure("cursor_writes", cursor_writes / 1e3, "{:,.0f} thousand writes/s", "Read-cursor writes at peak")
figure("counter_writes", deliv_peak / 1e6, "{:.2f} million increments/s", "Unread-counter increments a counter per member would need")
figure("cursor_over_msgs", cursor_writes / msgs_peak, "{:.0f}x", "Cursor writes over message writes at peak")
read_state_rows = dau * channels_per_user
figure("read_state_rows", read_state_rows / 1e6, "{:,.0f} million rows", "Read-state rows (member x channel), daily users only")
figure("read_state_gb", read_state_rows * 40 * index_factor / 1e9, "{:.0f} GB", "Read-state storage at 40 B per row with indexes")
figure("mention_writes", msgs_peak * mention_rows, "{:,.0f} rows/s", "Mention rows at peak (per-user mention counts)")

# %% [markdown]
# ## 10. The per-channel sequence
#
# The MVP assigns seq with `UPDATE channels SET last_seq = last_seq + 1 ... RETURNING`
# inside the insert transaction, so the channel row is locked until commit.

# %%
seq_ceiling = figure("seq_ceiling", 1000 / commit_ms, "{:,.0f} messages/s", "Ceiling of one channel under a row lock held through commit")
figure("seq_headroom", (1000 / commit_ms) / hot_channel_rate, "{:.0f}x", "Headroom over the busiest channel")

# %% [markdown]
# ## 11. Optimistic send: lost requests, lost acks, idempotency
#
# Each attempt: the request may be lost; if it arrives, the server stores the message (or,
# with an idempotency key, finds it stored) and acks; the ack may be lost. After `attempts`
# attempts without an ack the UI says failed. The analytic figures are checked by a seeded
# simulation.

# %%
p_no_ack = 1 - (1 - p_req_loss) * (1 - p_ack_loss)
p_failed = p_no_ack ** attempts
p_failed_not_stored = p_req_loss ** attempts
p_failed_stored = p_failed - p_failed_not_stored
figure("p_attempt_fail", p_no_ack, "{:.2%}", "Chance one attempt gets no ack")
figure("failed_per_m", p_failed * 1e6, "{:,.0f} per million", "Sends the UI marks failed")
figure("failed_stored_per_m", p_failed_stored * 1e6, "{:,.0f} per million", "Sends marked failed that the server did store")
figure("failed_stored_share", p_failed_stored / p_failed, "{:.0%}", "Share of 'failed' messages that were in fact stored")
t_failed = attempts * ack_timeout_s + sum(backoff_s[: attempts - 1])
figure("t_failed_s", t_failed, "{:d} s", "Time from tap to the failed state when no ack ever arrives")

rng = np.random.default_rng(7)
n = int(sim_sends)
req_ok = rng.random((n, attempts)) >= p_req_loss
ack_ok = rng.random((n, attempts)) >= p_ack_loss
acked_at = np.where(req_ok & ack_ok, np.arange(attempts), attempts).min(axis=1)  # first acked attempt, or none
tried = np.arange(attempts)[None, :] <= acked_at[:, None]  # attempts actually made
copies = (req_ok & tried).sum(axis=1)  # requests that reached the server
dup_naive = np.clip(copies - 1, 0, None).sum()
sim_failed = (acked_at == attempts).sum()
sim_failed_stored = ((acked_at == attempts) & (copies > 0)).sum()
figure("sim_dup_per_m", dup_naive / n * 1e6, "{:,.0f} per million", "Duplicate messages without an idempotency key (simulated)")
figure("sim_failed_per_m", sim_failed / n * 1e6, "{:,.0f} per million", "Sends marked failed (simulated)")
figure("sim_failed_stored_per_m", sim_failed_stored / n * 1e6, "{:,.0f} per million", "Failed but stored (simulated)")
assert abs(sim_failed / n - p_failed) < 5 * math.sqrt(p_failed / n) + 1e-6
figure("sim_dup_idem", 0, "{:d}", "Duplicate messages with the key (by construction of the unique index)")

# %% [markdown]
# ## 12. Reconnection: storms and catch-up

# %%
node_loss_rate = figure("node_loss_rate", conn_cap / reconnect_jitter_s, "{:,.0f} reconnects/s", "Reconnects after one full gateway dies")
figure("node_loss_checks", conn_cap / reconnect_jitter_s * channels_per_user / 1e3, "{:,.0f} thousand head checks/s",
       "Channel-head comparisons during that storm")
figure("region_loss_rate", conns / 60 / 1e3, "{:,.0f} thousand reconnects/s", "Every client reconnecting within a minute (region-wide restart)")
inflow_day = msgs_per_user * mean_fanout
figure("inflow_day", inflow_day, "{:,.0f} messages", "Messages arriving in one user's channels per day (mean)")
gap_msgs = inflow_day / workday_h * gap_min / 60
figure("gap_msgs", gap_msgs, "{:,.0f} messages", "Missed during a short disconnection")
figure("gap_kb", gap_msgs * (text_b + meta_b) / 1e3, "{:,.0f} KB", "Their size on the wire")
figure("week_msgs", inflow_day * 5 / 1e3, "{:.0f} thousand messages", "Missed over a week away")
figure("week_mb", inflow_day * 5 * (text_b + meta_b) / 1e6, "{:.1f} MB", "Their size")
figure("catchup_cap_kb", channels_per_user * catchup_per_channel * (text_b + meta_b) / 1e3, "{:,.0f} KB",
       "Largest catch-up reply with the per-channel cap")

# %% [markdown]
# ## 13. Push notifications
#
# Push goes to members who are offline (no connected device) and would be notified: every DM,
# mentions, and @channel.

# %%
offline = 1 - online_share
dm_push = msgs_peak * cls_share[0] * (cls_members[0] - 1) * offline
mention_push = msgs_peak * (1 - cls_share[0]) * mentions_per_msg * offline
ch_members = sum(cls_share[i] * cls_members[i] for i in range(1, 5)) / (1 - cls_share[0])
atch_push = msgs_peak * (1 - cls_share[0]) * atchannel_share * ch_members * offline
figure("dm_push", dm_push, "{:,.0f} pushes/s", "Push notifications for DMs at peak")
figure("mention_push", mention_push, "{:,.0f} pushes/s", "Push notifications for mentions at peak")
figure("atch_push", atch_push, "{:,.0f} pushes/s", "Push notifications for @channel at peak (mean)")
figure("notif_peak", dm_push + mention_push + atch_push, "{:,.0f} pushes/s", "Push notifications at peak, all kinds")
figure("atch_burst", cls_members[4] * offline, "{:,.0f} pushes", "One @channel in a company-wide channel")

# %% [markdown]
# ## 14. Storage per year

# %%
figure("msg_tb_year_repl", msg_tb_year * replication, "{:,.0f} TB/year", "Message storage per year, replicated")
figure("search_tb_year", msgs_day * YEAR_DAYS * text_b * search_factor / 1e12, "{:,.0f} TB/year", "Search index growth per year")
figure("msgs_year", msgs_day * YEAR_DAYS / 1e9, "{:,.0f} billion messages", "Messages per year")
figure("mvp_gb_year", mvp_dau * msgs_per_user * YEAR_DAYS * row_b / 1e9, "{:,.0f} GB/year", "MVP message storage per year")

# %% [markdown]
# ## 15. Database writes and the scaling steps
#
# Row writes per message: the message row and the channel head; plus mention rows; plus
# read cursors. Each step's channel sizes are capped by its largest workspace.

# %%
rows_per_msg = 2 + mention_rows
figure("rows_per_msg", rows_per_msg, "{:.2f} rows", "Row writes per message")
for name, mult, cap in zip(step_names, step_mult, step_max_members):
    d = mvp_dau * mult
    m_peak = d * msgs_per_user / DAY * peak_to_mean
    fo = fanout(cap)
    c = d * online_share * devices
    cur = d * online_share * cursor_per_min / 60
    rows = m_peak * rows_per_msg + cur
    if name != "mvp":
        figure(f"{name}_dau", d, "{:,.0f} users", f"Daily users, {name}")
    figure(f"{name}_msgs", m_peak, "{:,.0f} messages/s", f"Peak messages, {name}")
    figure(f"{name}_fanout", fo, "{:,.0f} members", f"Mean members per message, {name}")
    figure(f"{name}_push", m_peak * fo * online_share * devices, "{:,.0f} pushes/s", f"Peak message pushes, {name}")
    figure(f"{name}_conns", c, "{:,.0f}", f"Connections at peak, {name}")
    figure(f"{name}_gw", max(2, math.ceil(c / conn_cap * gw_headroom)), "{:,d}", f"Gateway nodes, {name}")
    figure(f"{name}_cursor", cur, "{:,.0f} writes/s", f"Cursor writes at peak, {name}")
    figure(f"{name}_rows", rows, "{:,.0f} rows/s", f"Row writes at peak, {name}")
    figure(f"{name}_primaries", rows / db_write_budget, "{:.2f}", f"Primaries' worth of writes, {name}")
    figure(f"{name}_tb_year", d * msgs_per_user * YEAR_DAYS * row_b / 1e12, "{:,.2f} TB/year", f"Message storage per year, {name}")
    figure(f"{name}_typing_naive", m_peak * keystroke_events, "{:,.0f} events/s", f"Per-keystroke typing events arriving, {name}")

mvp_peak = mvp_dau * msgs_per_user / DAY * peak_to_mean
figure("mvp_conns_per_instance", mvp_dau * online_share * devices / mvp_instances, "{:,.0f} connections",
       "Connections per MVP instance")
figure("x10_deploy_reconnect", mvp_dau * 10 * online_share * devices / reconnect_jitter_s, "{:,.0f} reconnects/s",
       "Reconnects per second when a 10x deploy restarts every socket at once")
figure("x10_deploy_lookups", mvp_dau * 10 * online_share * devices / reconnect_jitter_s * channels_per_user / 1e3,
       "{:,.0f} thousand lookups/s", "Channel-head lookups on the primary during that deploy (one catch-up per reconnect)")
figure("x100_over_budget", (mvp_dau * 100 * online_share * cursor_per_min / 60
                            + mvp_dau * 100 * msgs_per_user / DAY * peak_to_mean * rows_per_msg) / db_write_budget, "{:.1f}x",
       "Row writes at 100x over one primary's budget")
figure("x100_cursor_share", (mvp_dau * 100 * online_share * cursor_per_min / 60)
       / (mvp_dau * 100 * online_share * cursor_per_min / 60 + mvp_dau * 100 * msgs_per_user / DAY * peak_to_mean * rows_per_msg),
       "{:.0%}", "Share of the 100x row writes that are read cursors")
figure("mvp_typing_throttled", mvp_peak * throttled_events, "{:,.0f} events/s", "Throttled typing events arriving at the MVP's peak")

# %% [markdown]
# ## 16. Interviewer twists

# %%
twist_members = assume("twist_members", 50_000, "{:,d} members", "Members of the announcement channel in the twist", "interviewer twist")
figure("twist_pushes", twist_members * online_share * devices, "{:,.0f} pushes", "Socket pushes for one message in that channel")
figure("twist_notifs", twist_members * (1 - online_share), "{:,.0f} notifications", "Push notifications for one @channel there")
figure("twist_gw", gateways_touched(twist_members * online_share * devices, gw_nodes), "{:.0f} gateways", "Gateways touched by one message there")
figure("dm_receipts", msgs_peak * cls_share[0] * (cls_members[0] - 1), "{:,.0f} receipts/s", "Read receipts at peak if only DMs have them")
figure("all_receipts", deliv_peak / 1e6, "{:.2f} million receipts/s", "Read receipts at peak if every channel has them")
figure("receipts_over_msgs", deliv_peak / msgs_peak, "{:.0f}x", "Receipt writes over message writes if every channel has them")
