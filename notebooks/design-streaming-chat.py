# %% [markdown]
# # Design a high-scale streaming chat system
#
# The back-of-the-envelope notebook behind the walkthrough. Inputs come first, each
# declared once with `assume` and its source; every number the page quotes is a
# `figure` computed below. Sections:
#
# 1. Inputs
# 2. Traffic and stream lifetimes
# 3. Concurrent streams by Little's law, split into chat and long (reasoning) streams
# 4. Open connections and the gateway tier: memory, file descriptors, ports, nodes
# 5. Bandwidth per stream and in aggregate, per-token events against coalesced events
# 6. The per-stream token log: write rate, shards, memory for the resume window, and a chart
# 7. Heartbeats against the idle timeouts on the path
# 8. A model of the resume protocol, with two broken variants
# 9. Reconnection storm after a zone of gateways dies: a simulation and its chart
# 10. Deploys that drain long-lived connections
# 11. Generation cost: the GPU fleet behind the streams, cancellation and orphaned streams
# 12. Slow clients and backpressure
# 13. Multi-region
# 14. The conversation store
# 15. Scaling 10x, 100x, 1000x from the MVP

# %% [markdown]
# ## 1. Inputs
#
# Nothing numeric about this question comes from the sources: Crack ML reports the prompt
# and the probes, not a load. Every traffic figure below is an assumption of this
# walkthrough; verified defaults (browser limits, load-balancer and proxy timeouts, kernel
# ranges) carry their documentation link and the date they were checked. The model and GPU
# numbers come from `estimates.reference`, with Llama 3.1 70B as an open-weights stand-in
# whose shape is published.

# %%
import math

import numpy as np

from estimates import assume, assumptions_table, figure, restate
from estimates import llm
from estimates import reference as ref

L70 = ref.MODELS["llama-3.1-70b"]
H100 = ref.GPUS["h100-sxm"]
CHECKED = "checked 2026-11-23"


# Traffic (assumptions)
dau = assume("dau", 100e6, "{:,.0f} users", "Daily active users at the design target")
turns = assume("turns", 8, "{:d} responses", "Assistant responses per daily user per day")
peak_to_mean = assume("peak_to_mean", 2.0, "{:.1f}x", "Peak-to-mean ratio of response starts")
open_min = assume("open_min", 40, "{:d} min", "Minutes per day a daily user has the app or tab open")
mvp_dau = assume("mvp_dau", 100_000, "{:,d} users", "Daily active users of the MVP (1/1000 of the target)")

# Responses (assumptions)
out_chat = assume("out_chat", 500, "{:,d} tokens", "Visible output of an ordinary chat response")
long_share = assume("long_share", 0.05, "{:.0%}", "Share of responses that are long (reasoning, research)")
think_s = assume("think_s", 60, "{:d} s", "Silent thinking before a long response's first visible token")
out_long = assume("out_long", 2000, "{:,d} tokens", "Visible output of a long response")
prompt_tokens = assume("prompt_tokens", 2000, "{:,d} tokens", "Prompt with conversation history")
queue_s = assume("queue_s", 0.3, "{:.1f} s", "Admission, routing and queueing before prefill at normal load")
tps = assume("tps", 60, "{:d} tokens/s", "Streaming speed per response (product target)", "design choice")

# Model serving (stand-in model; constants from estimates.reference)
efficiency = assume("efficiency", 0.7, "{:.0%}", "Share of peak HBM bandwidth and FLOP/s sustained in decode")
prefill_mfu = assume("prefill_mfu", 0.5, "{:.0%}", "Model FLOP utilization during prefill")
reserve = assume("reserve", 0.10, "{:.0%}", "HBM held back for activations and fragmentation")
kv_context = assume("kv_context", 2048, "{:,d} tokens", "Mean tokens each running sequence holds in KV cache")
gpu_util = assume("gpu_util", 0.7, "{:.0%}", "Target utilization of a model replica's decode throughput")
hbm_gb = restate("h100_hbm_gb", "H100_SXM_HBM_GB", "{:.0f} GB", "H100 SXM memory")
hbm_tbps = restate("h100_hbm_tbps", "H100_SXM_HBM_TBPS", "{:.2f} TB/s", "H100 SXM memory bandwidth")
chars_per_token = restate("chars_per_token", "CHARS_PER_TOKEN_EN", "{:.0f} characters",
                          "Characters per English token (rule of thumb)")

# Wire format (assumptions and choices)
envelope_b = assume("envelope_b", 120, "{:d} B", "SSE framing and JSON envelope of one event (id, type, ids)")
packet_b = assume("packet_b", 80, "{:d} B", "TCP/IP and TLS record headers on one small packet")
flush_ms = assume("flush_ms", 100, "{:d} ms", "Coalescing interval: tokens are flushed as one event at most this often",
                  "design choice")

# Gateway tier
mem_conn_kib = assume("mem_conn_kib", 64, "{:d} KiB",
                      "Memory per open connection: TLS state, socket buffers, session "
                      "(the Python websockets library documents 14-64 KiB per connection)")
conn_cap = assume("conn_cap", 100_000, "{:,d} connections", "Connections one gateway node is allowed to hold",
                  "design choice")
zones = assume("zones", 3, "{:d} zones", "Availability zones per region; the fleet survives the loss of one",
               "design choice")
accept_rate = assume("accept_rate", 500, "{:,d} connections/s",
                     "New connections one gateway accepts per second (TLS, auth, resume lookup)")
reject_cost = assume("reject_cost", 0.3, "{:.0%}", "Cost of rejecting an attempt after its TLS handshake, "
                     "as a share of accepting it")
reject_cost_l4 = assume("reject_cost_l4", 0.02, "{:.0%}", "Cost of rejecting an attempt before TLS "
                        "(token bucket at the L4 balancer)")

# Verified defaults on the path
http1_limit = assume("http1_limit", 6, "{:d} connections",
                     "Browser limit on HTTP/1.1 connections per origin, shared by SSE across tabs",
                     f"MDN, EventSource, https://developer.mozilla.org/en-US/docs/Web/API/EventSource ({CHECKED})")
h2_streams = assume("h2_streams", 100, "{:d} streams",
                    "Recommended minimum SETTINGS_MAX_CONCURRENT_STREAMS in HTTP/2",
                    f"RFC 9113 section 6.5.2, https://www.rfc-editor.org/rfc/rfc9113 ({CHECKED})")
alb_idle = assume("alb_idle", 60, "{:d} s", "AWS Application Load Balancer default idle timeout",
                  "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html "
                  f"({CHECKED})")
nlb_idle = assume("nlb_idle", 350, "{:d} s", "AWS Network Load Balancer TCP idle timeout (default; fixed for TLS)",
                  "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/update-idle-timeout.html "
                  f"({CHECKED})")
nginx_read = assume("nginx_read", 60, "{:d} s", "nginx proxy_read_timeout default (between two reads)",
                    f"https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout ({CHECKED})")
gcp_backend = assume("gcp_backend", 30, "{:d} s",
                     "Google Cloud backend service timeout default (for WebSockets, a cap on the connection's life)",
                     "gcpdiag rule lb/BP/2025_002, https://gcpdiag.dev/rules/lb/BP/2025_002/ and the GCE ingress "
                     "WebSocket example, https://pkg.go.dev/github.com/agau4779/ingress-gce/examples/websocket "
                     f"({CHECKED})")
k8s_grace = assume("k8s_grace", 30, "{:d} s", "Kubernetes terminationGracePeriodSeconds default",
                   "PodSpec field reference ('Defaults to 30 seconds'), "
                   "https://pub.dev/documentation/kubernetes/1.26.0+5/io.k8s.api.core.v1/PodSpec/"
                   f"terminationGracePeriodSeconds.html ({CHECKED})")
port_lo = assume("port_lo", 32768, "{:d}", "Linux ip_local_port_range, first port",
                 f"Linux ip-sysctl documentation, https://docs.kernel.org/networking/ip-sysctl.html ({CHECKED})")
port_hi = assume("port_hi", 60999, "{:d}", "Linux ip_local_port_range, last port",
                 f"Linux ip-sysctl documentation, https://docs.kernel.org/networking/ip-sysctl.html ({CHECKED})")
fd_soft = assume("fd_soft", 1024, "{:,d} descriptors", "Default soft RLIMIT_NOFILE under systemd",
                 f"https://github.com/golang/go/issues/46279 summarizing systemd's policy ({CHECKED})")

# Heartbeats and timeouts (design choices)
hb_idle_s = assume("hb_idle_s", 15, "{:d} s", "Heartbeat interval on an idle connection", "design choice")
hb_active_s = assume("hb_active_s", 2, "{:d} s", "Heartbeat interval while a response is running but silent",
                     "design choice")
stall_active_s = assume("stall_active_s", 6, "{:d} s", "Client declares a running stream stalled after this silence",
                        "design choice")
grace_s = assume("grace_s", 60, "{:d} s", "Token log kept after a response completes", "design choice")
log_budget = assume("log_budget", 100_000, "{:,d} ops/s", "Operations one in-memory log shard sustains (planning budget)")
entry_b = assume("entry_b", 64, "{:d} B", "Per-entry overhead in the token log (id, type, bookkeeping)")
sendq_kib = assume("sendq_kib", 64, "{:d} KiB", "Per-connection send queue bound on the gateway", "design choice")
user_tokens = assume("user_tokens", 60, "{:d} tokens", "Mean user message")
log_replicas = assume("log_replicas", 2, "{:d} copies", "Copies of each log shard (primary and replica)", "design choice")

# Behaviour (assumptions)
stop_share = assume("stop_share", 0.08, "{:.0%}", "Responses the user stops with the stop button")
stop_point = assume("stop_point", 0.4, "{:.0%}", "How far through a stopped response the stop comes, on average")
abandon_share = assume("abandon_share", 0.05, "{:.0%}", "Responses whose client leaves without stopping (tab closed)")
abandon_point = assume("abandon_point", 0.3, "{:.0%}", "How far through an abandoned response the client leaves")
orphan_grace_s = assume("orphan_grace_s", 30, "{:d} s", "How long an unwatched generation continues, waiting for a resume",
                        "design choice")
slow_kbps = assume("slow_kbps", 16, "{:d} kbit/s", "Throughput of a poor mobile link")

# Deploys and regions
deploy_batch = assume("deploy_batch", 0.10, "{:.0%}", "Share of gateways replaced per deploy step", "design choice")
drain_stateful_s = assume("drain_stateful_s", 120, "{:d} s", "Drain deadline when a gateway owns its streams",
                          "design choice")
drain_stateless_s = assume("drain_stateless_s", 10, "{:d} s", "Drain deadline when any gateway can resume a stream",
                           "design choice")
jitter_s = assume("jitter_s", 30, "{:d} s", "Window over which a draining gateway spreads its clients' reconnects",
                  "design choice")
start_s = assume("start_s", 20, "{:d} s", "Gateway start-up until it passes readiness")
regions = assume("regions", 3, "{:d} regions", "Serving regions", "design choice")
xregion_rtt = restate("xregion_rtt", "CA_NETHERLANDS_RTT_MS", "{:.0f} ms", "Cross-region round trip (California to Netherlands)")
db_budget = assume("db_budget", 10_000, "{:,d} rows/s", "Indexed row writes one relational primary sustains (planning budget)")
mvp_checkpoint_s = assume("mvp_checkpoint_s", 2, "{:d} s", "MVP: partial text checkpointed to the database this often",
                          "design choice")
assumptions_table()

# %% [markdown]
# ## 2. Traffic and stream lifetimes

# %%
DAY = ref.SECONDS_PER_DAY


def ceil_(x):
    """Ceiling that ignores floating-point dust."""
    return math.ceil(round(x, 6))


starts_mean = figure("starts_mean", dau * turns / DAY, "{:,.0f} responses/s", "Mean response starts")
starts_peak = figure("starts_peak", dau * turns / DAY * peak_to_mean, "{:,.0f} responses/s", "Peak response starts")
figure("responses_day", dau * turns / 1e9, "{:.1f} billion", "Responses per day")

prefill_s = llm.prefill_time_s(llm.param_count(L70), prompt_tokens, 8 * H100.bf16_dense_flops, prefill_mfu)
figure("prefill_ms", prefill_s * 1e3, "{:.0f} ms", "Prefill of the prompt on 8 H100s (compute-bound floor)")
ttft = figure("ttft_s", queue_s + prefill_s, "{:.2f} s", "Time to first token at normal load")
decode_chat = figure("decode_chat_s", out_chat / tps, "{:.1f} s", "Decode time of a chat response")
decode_long = figure("decode_long_s", out_long / tps, "{:.1f} s", "Decode time of a long response's visible part")
dur_chat = figure("dur_chat_s", ttft + decode_chat, "{:.1f} s", "Lifetime of a chat stream")
dur_long = figure("dur_long_s", ttft + think_s + decode_long, "{:.0f} s", "Lifetime of a long stream")
dur_mean = figure("dur_mean_s", (1 - long_share) * dur_chat + long_share * dur_long, "{:.1f} s", "Mean stream lifetime")
mean_tokens = figure("mean_tokens", (1 - long_share) * out_chat + long_share * out_long, "{:,.0f} tokens",
                     "Mean visible output per response")
think_tokens = figure("think_tokens", think_s * tps, "{:,.0f} tokens",
                      "Hidden reasoning tokens a long response decodes while silent")
mean_decoded = figure("mean_decoded", mean_tokens + long_share * think_tokens, "{:,.0f} tokens",
                      "Mean tokens decoded per response, hidden ones included")
figure("words_chat", out_chat * ref.WORDS_PER_TOKEN_EN, "{:,.0f} words", "Words in a chat response")
figure("poll_rps", 4 * (starts_peak * dur_mean), "{:,.0f} requests/s",
       "Requests per second if every open stream polled every 250 ms instead")
figure("read_speed_ratio", tps * ref.WORDS_PER_TOKEN_EN * 60 / 250, "{:.0f}x",
       "Streaming speed over a 250 words-per-minute reader")

# %% [markdown]
# ## 3. Concurrent streams by Little's law
#
# In flight = arrival rate x time in the system. A long stream lives about ten times as long
# as a chat stream, so a small share of starts holds a large share of the open streams.

# %%
streams_chat = figure("streams_chat", starts_peak * (1 - long_share) * dur_chat, "{:,.0f} streams",
                      "Open chat streams at peak")
streams_long = figure("streams_long", starts_peak * long_share * dur_long, "{:,.0f} streams",
                      "Open long streams at peak")
figure("chat_share", 1 - long_share, "{:.0%}", "Share of starts that are chat responses")
streams = figure("streams_peak", streams_chat + streams_long, "{:,.0f} streams", "Open streams at peak")
figure("long_conc_share", streams_long / streams, "{:.0%}", "Share of open streams that are long")
figure("streams_if_all_chat", starts_peak * dur_chat, "{:,.0f} streams", "Open streams if every response were a chat")
figure("long_dur_ratio", dur_long / dur_chat, "{:.0f}x", "Long stream lifetime over chat stream lifetime")
decoding = figure("decoding_peak", starts_peak * ((1 - long_share) * decode_chat + long_share * decode_long),
                  "{:,.0f} streams", "Streams producing tokens at peak (not thinking, not waiting)")
thinking = figure("thinking_peak", starts_peak * long_share * think_s, "{:,.0f} streams",
                  "Streams silent in their thinking phase at peak")
tokens_peak = figure("tokens_peak_m", starts_peak * mean_tokens / 1e6, "{:.1f} million tokens/s",
                     "Visible tokens generated per second at peak")

# %% [markdown]
# ## 4. Open connections and the gateway tier
#
# Two client designs. **Per response**: a stream (SSE over HTTP/2, or a fetch stream) is
# opened for each response and closed at its end, so connections track open streams.
# **Persistent channel**: each open app or tab holds one connection (WebSocket, or a
# long-lived SSE channel) for pushes, other devices' messages and presence, and responses
# are multiplexed over it, so connections track open sessions.

# %%
sessions_mean = dau * open_min * 60 / DAY
conns = figure("conns_peak", sessions_mean * peak_to_mean, "{:,.0f} connections",
               "Open persistent channels at peak")
figure("conns_m", sessions_mean * peak_to_mean / 1e6, "{:.1f} million", "Open persistent channels at peak, millions")
figure("conns_over_streams", conns / streams, "{:.0f}x", "Persistent channels over open streams")
figure("streaming_share", streams / conns, "{:.1%}", "Share of persistent channels carrying a response at peak")

mem_conn_b = mem_conn_kib * 1024
figure("node_conn_mem_gib", conn_cap * mem_conn_b / 2**30, "{:.1f} GiB", "Connection memory on a full gateway node")
figure("fleet_conn_mem_gib", conns * mem_conn_b / 2**30, "{:,.0f} GiB", "Connection memory across the fleet at peak")
headroom = zones / (zones - 1)
figure("headroom", headroom, "{:.1f}x", "Headroom to survive one zone: zones / (zones - 1)")
gw_nodes = figure("gw_nodes", ceil_(conns * headroom / conn_cap), "{:,d} nodes",
                  "Gateway nodes for persistent channels, one zone of headroom")
figure("gw_nodes_bare", ceil_(conns / conn_cap), "{:,d} nodes", "Gateway nodes with no headroom")
gw_nodes_per_resp = figure("gw_nodes_per_response", max(zones, ceil_(streams * headroom / conn_cap)), "{:,d} nodes",
                           "Gateway nodes if connections only live for a response")
conns_per_node = figure("conns_per_node", conns / gw_nodes, "{:,.0f} connections", "Connections per gateway at peak")
figure("streams_per_node", streams / gw_nodes, "{:,.0f} streams", "Running streams per gateway at peak")
figure("fds_per_node", conn_cap + 1000, "{:,d} descriptors",
       "Descriptors a full gateway needs: its clients plus about a thousand upstream and spare")
figure("fd_shortfall", (conn_cap + 1000) / fd_soft, "{:.0f}x", "That over the default soft limit")
ports = figure("ephemeral_ports", port_hi - port_lo + 1, "{:,d} ports",
               "Ephemeral ports per source address for one destination address and port")
figure("lb_source_ips", ceil_(conn_cap / ports), "{:d} addresses",
       "Source addresses (or gateway ports) an L7 balancer needs to hold a full gateway's connections")

# %% [markdown]
# ## 5. Bandwidth per stream and in aggregate
#
# An event per token repeats the envelope for four characters of text. Coalescing to one
# event per flush interval divides the envelope and packet cost by the tokens per flush.

# %%
tok_b = chars_per_token  # bytes of UTF-8 text per English token
per_flush = figure("tokens_per_event", tps * flush_ms / 1000, "{:.0f} tokens", "Tokens per coalesced event")
ev_naive_b = figure("event_naive_b", envelope_b + tok_b, "{:.0f} B", "One event carrying one token")
payload_share = figure("payload_share_naive", tok_b / (envelope_b + tok_b + packet_b), "{:.1%}",
                       "Share of a per-token packet that is text")
naive_bps = tps * (envelope_b + tok_b + packet_b)
events_per_s = 1000 / flush_ms
coal_bps = events_per_s * (envelope_b + per_flush * tok_b + packet_b)
figure("stream_kbps_naive", naive_bps * 8 / 1e3, "{:.0f} kbit/s", "One stream, an event and packet per token")
figure("stream_kbps_coalesced", coal_bps * 8 / 1e3, "{:.1f} kbit/s", "One stream, coalesced events")
figure("coalesce_saving", naive_bps / coal_bps, "{:.1f}x", "Bytes saved by coalescing")
figure("agg_gbps_naive", decoding * naive_bps * 8 / 1e9, "{:.1f} Gbit/s", "Fleet egress at peak, per-token events")
figure("agg_gbps_coalesced", decoding * coal_bps * 8 / 1e9, "{:.1f} Gbit/s", "Fleet egress at peak, coalesced")
figure("pps_naive_m", decoding * tps / 1e6, "{:.1f} million packets/s", "Packets per second at peak, per-token events")
figure("pps_coalesced_m", decoding * events_per_s / 1e6, "{:.1f} million packets/s", "Packets per second at peak, coalesced")
figure("node_mbps_coalesced", decoding * coal_bps * 8 / 1e6 / gw_nodes, "{:.0f} Mbit/s", "Egress per gateway at peak, coalesced")
hb_b = 3 + packet_b  # ":\n\n" comment line plus headers
figure("hb_pps", conns / hb_idle_s, "{:,.0f} packets/s", "Idle heartbeats per second across the fleet")
figure("hb_mbps", conns / hb_idle_s * hb_b * 8 / 1e6, "{:.0f} Mbit/s", "Bandwidth of those heartbeats")
figure("hb_day_kb", DAY / hb_idle_s * hb_b / 1e3 / (DAY / (open_min * 60)), "{:.0f} KB",
       "Heartbeat bytes per daily user per day")

# %% [markdown]
# ## 6. The per-stream token log
#
# The generator appends one entry per flush; each gateway reading the stream reads each
# entry once. Memory holds every running stream's text plus completed streams for the grace
# period, so by Little's law it is start rate x (lifetime + grace) x bytes per stream.

# %%
entries_per_s = figure("log_entries_m", decoding * events_per_s / 1e6, "{:.2f} million entries/s",
                       "Log appends per second at peak")
readers = 1
log_ops = decoding * events_per_s * (1 + readers)
figure("log_ops_m", log_ops / 1e6, "{:.1f} million ops/s", "Log operations per second (appends and reads)")
log_shards = figure("log_shards", ceil_(log_ops / log_budget), "{:,d} shards", "Log shards at the planning budget")
figure("log_shards_250", ceil_(decoding * (1000 / 250) * (1 + readers) / log_budget), "{:,d} shards",
       "Log shards at a 250 ms flush")
stored_per_token = tok_b + entry_b / per_flush
figure("stored_b_per_token", stored_per_token, "{:.1f} B", "Log bytes per token, overhead included")
stream_kb = figure("stream_log_kb", mean_tokens * stored_per_token / 1e3, "{:.1f} KB", "Log size of a mean response")
buf_gb = starts_peak * (dur_mean + grace_s) * mean_tokens * stored_per_token / 1e9
figure("log_streams_held", starts_peak * (dur_mean + grace_s), "{:,.0f} streams", "Streams held in the log at peak")
figure("log_gb", buf_gb, "{:.1f} GB", "Log memory at peak, one copy")
figure("log_gb_replicated", buf_gb * log_replicas, "{:.1f} GB", "Log memory at peak, replicated")
figure("log_gb_per_shard", buf_gb * log_replicas / (log_shards * log_replicas), "{:.2f} GB", "Log memory per shard copy")
buf_10min = starts_peak * (dur_mean + 600) * mean_tokens * stored_per_token / 1e9
figure("log_gb_10min", buf_10min, "{:.0f} GB", "Log memory with a ten-minute grace, one copy")
figure("log_gb_24h_tb", starts_peak / peak_to_mean * DAY * mean_tokens * stored_per_token / 1e12, "{:.1f} TB",
       "Text of one day's responses (what a durable replay store would hold per day)")
catchup_tokens = figure("catchup_tokens", tps * (stall_active_s + 1), "{:,.0f} tokens",
                        "Tokens missed by a client that stalls for the detection time plus a second to reconnect")
figure("catchup_kb", (stall_active_s + 1) * tps * tok_b / 1e3 + (stall_active_s + 1) * events_per_s * envelope_b / 1e3,
       "{:.1f} KB", "Bytes to replay them as events")
figure("catchup_ms_at_slow", ((stall_active_s + 1) * tps * tok_b + envelope_b) * 8 / (slow_kbps * 1e3) * 1e3,
       "{:,.0f} ms", "Time to replay them as one snapshot event on the poor link")

from estimates.charts import SERIES, new_chart, show  # noqa: E402

flushes = np.array([10, 20, 30, 50, 75, 100, 150, 200, 300, 400, 500])
ev_rate = np.minimum(tps, 1000 / flushes)  # cannot flush more often than tokens arrive
shards_curve = np.ceil(decoding * ev_rate * (1 + readers) / log_budget)
fig, ax = new_chart()
ax.plot(flushes, shards_curve, marker="o", label="log shards needed")
ax.axvline(flush_ms, color=SERIES[1], linestyle="--", linewidth=1.4, label=f"chosen flush, {flush_ms} ms")
ax.set_xlabel("coalescing interval = worst added delay per token (ms)")
ax.set_ylabel("log shards at the planning budget")
ax.set_title(f"{decoding:,.0f} decoding streams at {tps} tokens/s")
ax.set_ylim(bottom=0)
ax.legend(frameon=False)
show(fig, alt="Line chart: the number of token-log shards falls steeply as the coalescing interval grows from "
              "10 to 100 milliseconds and flattens after that, while the worst added delay per token rises "
              "linearly; the chosen 100 millisecond interval sits at the knee.")

# %% [markdown]
# ## 7. Heartbeats against the idle timeouts on the path
#
# The smallest idle timeout between client and gateway sets the heartbeat. The Google Cloud
# backend service timeout is not an idle timeout for WebSockets: it caps the connection's
# whole life, so no heartbeat helps, and it must be raised.

# %%
idle_timeouts = {"AWS ALB": alb_idle, "nginx proxy_read_timeout": nginx_read, "AWS NLB": nlb_idle}
min_idle = figure("min_idle_s", min(idle_timeouts.values()), "{:d} s", "Smallest idle timeout among ALB, nginx, NLB defaults")
figure("hb_margin", min_idle / hb_idle_s, "{:.0f}", "Heartbeats that fit inside the smallest idle timeout")
assert hb_idle_s * 2 < min_idle, "two heartbeats must fit in the smallest idle timeout"
figure("gcp_vs_chat", dur_chat / gcp_backend, "{:.0%}", "A chat stream's life as a share of the GCP default")
figure("gcp_vs_long", dur_long / gcp_backend, "{:.1f}x", "A long stream's life over the GCP default")
figure("think_hb_count", think_s / hb_active_s, "{:.0f} heartbeats", "Heartbeats during a long response's silent phase")
figure("stall_vs_tpot", stall_active_s * tps, "{:,.0f}", "Token intervals in the stall threshold")

# %% [markdown]
# ## 8. A model of the resume protocol
#
# A generator appends chunks to a log with consecutive offsets; a client reads events,
# appends their text, remembers the last event id, and on a drop reconnects with
# `Last-Event-ID`. The model drops the connection at random points and checks that the
# client's text equals the generator's, for the correct protocol and two broken variants:
#
# - **per-connection ids**: the gateway numbers events 0, 1, 2 on each connection instead
#   of using the log offset, so a resumed id points at the wrong place;
# - **merged, first id**: a gateway that merges several log entries into one event (as it
#   should for a slow client) labels it with the first entry's offset instead of the last.

# %%
rng = np.random.default_rng(7)
CHUNKS = [f"<{i}>" for i in range(60)]  # distinct chunks make gaps and repeats visible
TRUTH = "".join(CHUNKS)


def serve(after, variant, merge):
    """Events a gateway sends for a connection that resumes after log offset `after` (-1: from start)."""
    start = after + 1
    events, conn_seq, i = [], 0, start
    while i < len(CHUNKS):
        j = min(len(CHUNKS), i + merge)
        text = "".join(CHUNKS[i:j])
        if variant == "per_connection_ids":
            eid = conn_seq
        elif variant == "merged_first_id":
            eid = i
        else:
            eid = j - 1  # the offset of the last entry the event contains
        events.append((eid, text))
        conn_seq += 1
        i = j
    return events


def run_client(variant, drops, merge):
    text, last_id, received = "", -1, 0
    while True:
        events = serve(last_id, variant, merge)
        if not events:
            return text
        cut = drops.pop(0) if drops else len(events)
        for eid, chunk in events[:cut]:
            text += chunk
            last_id = eid  # recorded only after the event's text is applied
            received += 1
        if cut >= len(events):
            return text


def trial(variant, merge):
    drops = list(rng.integers(1, 12, size=rng.integers(1, 6)))
    return run_client(variant, drops, merge) == TRUTH


N_TRIALS = 2000
ok_correct = sum(trial("correct", m) for m in (1, 3) for _ in range(N_TRIALS))
ok_perconn = sum(trial("per_connection_ids", 1) for _ in range(N_TRIALS))
ok_first = sum(trial("merged_first_id", 3) for _ in range(N_TRIALS))
assert ok_correct == 2 * N_TRIALS, "the correct protocol must reassemble the text exactly"
assert ok_perconn < N_TRIALS and ok_first < N_TRIALS, "both broken variants must fail somewhere"
figure("sim_trials", 2 * N_TRIALS, "{:,d} runs", "Runs of the correct protocol (per-entry and merged events)")
figure("sim_correct_bad", 2 * N_TRIALS - ok_correct, "{:d} runs", "Runs of the correct protocol with a gap or duplicate")
figure("sim_perconn_bad", N_TRIALS - ok_perconn, "{:,d} of {n:,d} runs".replace("{n:,d}", f"{N_TRIALS:,d}"),
       "Runs with per-connection ids that corrupted the text")
figure("sim_first_bad", N_TRIALS - ok_first, "{:,d} of {n:,d} runs".replace("{n:,d}", f"{N_TRIALS:,d}"),
       "Runs with merged events labelled by their first offset that corrupted the text")
print({"correct_ok": ok_correct, "per_connection_ok": ok_perconn, "merged_first_ok": ok_first})

# %% [markdown]
# ## 9. Reconnection storm after a zone of gateways dies
#
# A zone holds a third of the connections. Its clients see their connections reset within
# about a second and try to reconnect to the surviving gateways, which accept
# `accept_rate` each per second. Every attempt costs capacity: an accepted one costs 1, a
# rejected one `reject_cost` (the TLS handshake is already done). With budget C per step and
# A attempts, the admitted count a solves a + r(A - a) = C, clipped to [0, min(A, C)]; when
# r x A exceeds C, nothing gets in. Rejected clients retry under one of five policies:
#
# 1. retry every second, no jitter (a naive reconnect loop);
# 2. exponential backoff (1, 2, 4 ... capped at 32 s), no jitter;
# 3. full jitter: the first attempt uniform over a 30 s window, then backoff with full
#    jitter (wait uniform in [0, min(32 s, 1 s x 2^k)]), rejections after TLS;
# 4. the same, with rejections made before TLS at the L4 balancer (`reject_cost_l4`);
# 5. the first attempt spread over a window the server advised in advance, sized so that
#    first attempts alone fit the surviving accept capacity (connections / capacity, rounded up
#    to the next minute), then as in 3.

# %%
dt = 0.1
T = 600.0
nb = int(T / dt)
zone_conns = figure("zone_conns", conns / zones, "{:,.0f} connections", "Connections in one zone at peak")
surv_nodes = gw_nodes - gw_nodes // zones
surv_rate = figure("surv_accept_rate", surv_nodes * accept_rate, "{:,.0f} connections/s",
                   "Accept capacity of the surviving gateways")
storm_min = figure("storm_min_s", zone_conns / (surv_nodes * accept_rate), "{:.0f} s",
                   "Least time to reconnect the zone at full accept capacity")
figure("collapse_rate", surv_nodes * accept_rate / reject_cost, "{:,.0f} attempts/s",
       "Attempt rate above which rejections alone use the whole budget")
figure("min_window_s", zone_conns * reject_cost / (surv_nodes * accept_rate), "{:.0f} s",
       "Shortest first-attempt window that stays under that rate")
figure("retry_mean_wait_s", 32 / 2, "{:.0f} s", "Mean wait between retries under full jitter at the 32 s cap")
figure("retry_pop_rate", zone_conns / (32 / 2), "{:,.0f} attempts/s",
       "Attempt rate of the whole zone retrying with full jitter at the 32 s cap (mean wait 16 s)")
advised = figure("advised_window_s", 60 * math.ceil(storm_min / 60), "{:.0f} s",
                 "Server-advised first-attempt window (capacity time rounded up to a minute)")
figure("node_loss_rate", conns_per_node / 10, "{:,.0f} connections/s",
       "Reconnect rate when one gateway dies and its clients spread over 10 s")
figure("node_loss_share", conns_per_node / 10 / ((gw_nodes - 1) * accept_rate), "{:.0%}",
       "That as a share of the remaining fleet's accept capacity")


def storm(policy, r, window=float(jitter_s), base=1.0, cap=32.0, K=14):
    sched = np.zeros((K + 1, nb + 1))
    if policy in ("fixed", "expo"):
        db = int(1.0 / dt)  # connections are reset over about one second
        sched[0, :db] = zone_conns / db
    else:
        wb = int(window / dt)
        sched[0, :wb] = zone_conns / wb
    budget = surv_rate * dt
    connected = np.zeros(nb)
    attempts = np.zeros(nb)
    done = 0.0
    for t in range(nb):
        A = sched[:, t].sum()
        attempts[t] = A
        if A <= 0:
            connected[t] = done
            continue
        a = A if A <= budget else max(0.0, (budget - r * A) / (1 - r))
        a = min(a, A, budget)
        done += a
        connected[t] = done
        rej = 1 - a / A
        for k in range(K + 1):
            n = sched[k, t] * rej
            if n <= 0:
                continue
            k2 = min(k + 1, K)
            if policy == "fixed":
                d = int(1.0 / dt)
                if t + d <= nb:
                    sched[k2, t + d] += n
            elif policy == "expo":
                d = int(min(cap, base * 2 ** k) / dt)
                if t + d <= nb:
                    sched[k2, t + d] += n
            else:
                d = max(1, int(min(cap, base * 2 ** k) / dt))
                hi = min(nb + 1, t + 1 + d)
                sched[k2, t + 1:hi] += n / d
    return connected / zone_conns, attempts / dt


runs = {
    "fixed": ("retry every 1 s", storm("fixed", reject_cost)),
    "expo": ("exponential backoff, no jitter", storm("expo", reject_cost)),
    "jitter": (f"full jitter, {jitter_s} s window", storm("jitter", reject_cost)),
    "jitter_l4": (f"full jitter, {jitter_s} s, rejected before TLS", storm("jitter", reject_cost_l4)),
    "advised": (f"server-advised {advised:.0f} s window", storm("jitter", reject_cost, window=advised)),
}


def t_reach(frac, share):
    idx = int(np.argmax(frac >= share))
    return float("inf") if frac[idx] < share else idx * dt


for key, (name, (frac, att)) in runs.items():
    t99 = t_reach(frac, 0.99)
    figure(f"storm_{key}_done", frac[-1], "{:.1%}", f"{name}: share reconnected after {T:.0f} s")
    figure(f"storm_{key}_t99", t99 if math.isfinite(t99) else T, "{:.0f} s" if math.isfinite(t99) else "over {:.0f} s",
           f"{name}: time until 99% are back")
    figure(f"storm_{key}_peak", att.max(), "{:,.0f} attempts/s", f"{name}: peak attempt rate")
    figure(f"storm_{key}_attempts", att.sum() * dt / zone_conns, "{:.1f}", f"{name}: attempts per client")
assert not math.isfinite(t_reach(runs["fixed"][1][0], 0.99)), "the naive loop should never recover in this model"
assert math.isfinite(t_reach(runs["advised"][1][0], 0.99)), "the advised window must recover"

fig, ax = new_chart()
tt = np.arange(nb) * dt
for (name, (frac, _)), style in zip(runs.values(), [":", "--", "-.", "-", "-"]):
    ax.plot(tt, frac * 100, linestyle=style, label=name)
ax.axvline(storm_min, color="#888888", linestyle=":", linewidth=1.0)
ax.set_xlim(0, 300)
ax.set_ylim(0, 102)
ax.set_xlabel("seconds after the zone's gateways die")
ax.set_ylabel("clients reconnected (%)")
ax.set_title(f"{zone_conns:,.0f} clients, survivors accept {surv_rate:,.0f}/s")
ax.legend(frameon=False, fontsize=9)
show(fig, alt="Line chart of the share of dropped clients that have reconnected over time. A fixed one-second retry, "
              "exponential backoff without jitter and full jitter over 30 seconds all stay near zero, because "
              "rejected attempts use up the surviving gateways' capacity; full jitter with rejections made before "
              "TLS reaches 100 percent in about 80 seconds, and a server-advised two-minute window reaches it in "
              "about two minutes with a single attempt per client.")

# %% [markdown]
# ## 10. Deploys that drain long-lived connections

# %%
steps = figure("deploy_steps", ceil_(1 / deploy_batch), "{:d} steps", "Deploy steps")
step_stateful = drain_stateful_s + jitter_s + start_s
step_stateless = drain_stateless_s + jitter_s + start_s
figure("step_stateful_s", step_stateful, "{:d} s", "One step when gateways own their streams")
figure("step_stateless_s", step_stateless, "{:d} s", "One step when any gateway can resume a stream")
figure("deploy_stateful_min", steps * step_stateful / 60, "{:.0f} min", "Fleet deploy, gateways own streams")
figure("deploy_stateless_min", steps * step_stateless / 60, "{:.0f} min", "Fleet deploy, stateless gateways")
batch_conns = figure("deploy_batch_conns", conns * deploy_batch, "{:,.0f} connections", "Connections moved per deploy step")
deploy_rate = figure("deploy_reconnect_rate", conns * deploy_batch / jitter_s, "{:,.0f} connections/s",
                     "Reconnect rate during a step, spread over the jitter window")
figure("deploy_accept_share", conns * deploy_batch / jitter_s / (gw_nodes * (1 - deploy_batch) * accept_rate), "{:.0%}",
       "That as a share of the remaining gateways' accept capacity")
figure("deploy_util", conns / (gw_nodes * (1 - deploy_batch) * conn_cap), "{:.0%}",
       "Connection slots in use on the remaining gateways during a step, at peak")
figure("k8s_grace_needed", drain_stateful_s + jitter_s + 10, "{:d} s",
       "Termination grace a stateful gateway needs (drain, jitter window, 10 s margin)")
figure("k8s_grace_ratio", (drain_stateful_s + jitter_s + 10) / k8s_grace, "{:.1f}x", "That over the Kubernetes default")

# %% [markdown]
# ## 11. Generation cost: the GPU fleet, cancellation and orphaned streams
#
# Llama 3.1 70B in BF16 on 8 H100 SXM with tensor parallelism 8, treated as one device with
# 8x the memory, bandwidth and FLOP/s. Decode is memory-bound: a step reads the weights once
# and every running sequence's KV cache, so the step time is
# (weights + batch x KV bytes per token x context) / (bandwidth x efficiency). Find the largest
# batch whose step still gives each stream `tps`.

# %%
w70 = llm.weights_bytes(L70)
p70 = llm.param_count(L70)
kv_tok = llm.kv_cache_bytes_per_token(L70)
bw8, fl8, hbm8 = 8 * H100.hbm_bytes_per_s, 8 * H100.bf16_dense_flops, 8 * H100.hbm_bytes
figure("l70_weights_gb", w70 / 1e9, "{:.0f} GB", "Llama 3.1 70B weights in BF16")
figure("kv_formula", f"2 x {L70.layers} layers x {L70.kv_heads} KV heads x {L70.head_dim} x 2 B", "{}",
       "KV cache per token, the formula with Llama 3.1 70B's shape")
figure("kv_kib_per_token", kv_tok / 1024, "{:.0f} KiB", "KV cache per token: 2 x 80 layers x 8 KV heads x 128 x 2 B")
figure("kv_mha_kib", llm.kv_cache_bytes_per_token_if_mha(L70) / 1024, "{:,.0f} KiB",
       "The same if every query head kept K and V (the common mistake)")
figure("q_heads", L70.heads, "{:d} query heads", "Llama 3.1 70B query heads")
figure("kv_heads", L70.kv_heads, "{:d} KV heads", "Llama 3.1 70B key-value heads (grouped-query attention)")
kv_seq = kv_tok * kv_context
figure("kv_seq_gb", kv_seq / 1e9, "{:.2f} GB", "KV cache of one running sequence")
figure("kv_seq_gib", kv_seq / 2**30, "{:.2f} GiB", "The same in GiB")
kv_budget = llm.kv_budget_bytes(hbm8, w70, reserve)
figure("kv_budget_gb", kv_budget / 1e9, "{:.0f} GB", "HBM left for KV cache on 8 H100s")
batch_mem = figure("batch_mem", llm.max_batch_by_kv_memory(kv_budget, kv_tok, kv_context), "{:d} sequences",
                   "Sequences that fit in KV memory")
step_target = 1 / tps
batch_speed = int((step_target * bw8 * efficiency - w70) // (kv_tok * kv_context))
batch = min(batch_speed, batch_mem)
step = llm.decode_step_time_s(w70, kv_tok, batch, kv_context, p70, bw8, fl8, efficiency)
assert step <= step_target + 1e-9, "the chosen batch must still meet the per-stream speed"
figure("batch_speed", batch_speed, "{:d} sequences", f"Largest batch that still streams {tps} tokens/s each")
figure("batch", batch, "{:d} sequences", "Operating batch per replica")
figure("step_ms", step * 1e3, "{:.1f} ms", "Decode step at that batch")
figure("compute_ms", batch * 2 * p70 / (fl8 * efficiency) * 1e3, "{:.1f} ms", "Compute time of that step (below the memory time)")
replica_tps = batch / step
figure("replica_tps", replica_tps, "{:,.0f} tokens/s", "Decode throughput of one replica")
demand = starts_peak * mean_decoded
figure("decode_demand_m", demand / 1e6, "{:.1f} million tokens/s", "Tokens decoded per second at peak, hidden included")
replicas = figure("replicas", llm.replicas_needed(demand, replica_tps, gpu_util), "{:,d} replicas",
                  "Replicas for peak decode at the target utilization")
gpus = figure("gpus", replicas * 8, "{:,d} GPUs", "GPUs for peak decode")
figure("gpus_per_percent", gpus / 100, "{:,.0f} GPUs", "GPUs per percent of decode at peak")
figure("gpus_per_gateway", replicas * 8 / gw_nodes, "{:.0f}", "GPUs per gateway node")
figure("slots_total", replicas * batch, "{:,d} sequences", "Running-sequence slots across the fleet")
figure("slots_vs_decoding", replicas * batch / (decoding + thinking), "{:.2f}x",
       "Slots over streams decoding (visible or hidden) at peak")

def decode_left(t_end, t_from):
    """Tokens a stream still decodes after time t_from if it decodes from TTFT to t_end at `tps`."""
    return max(0.0, t_end - max(t_from, ttft)) * tps


def wasted(share, point, extra_s=0.0):
    """Tokens/s decoded for nobody: responses that lose their reader `point` of the way through,
    still generating for `extra_s` more (0: cancelled at once; inf: run to the end)."""
    chat = decode_left(dur_chat, point * dur_chat) - decode_left(dur_chat, point * dur_chat + extra_s)
    lng = decode_left(dur_long, point * dur_long) - decode_left(dur_long, point * dur_long + extra_s)
    return starts_peak * share * ((1 - long_share) * chat + long_share * lng)


stop_tokens = wasted(stop_share, stop_point, math.inf)
abandon_tokens = wasted(abandon_share, abandon_point, math.inf)
grace_waste = wasted(abandon_share, abandon_point, orphan_grace_s)
to_gpus = 8 / (replica_tps * gpu_util)
figure("stop_tokens_k", stop_tokens / 1e3, "{:,.0f} thousand tokens/s", "Tokens decoded after a stop that never reaches the model")
figure("stop_share_decode", stop_tokens / demand, "{:.1%}", "That as a share of all decode")
figure("stop_gpus", stop_tokens * to_gpus, "{:,.0f} GPUs", "GPUs that waste at peak")
figure("abandon_tokens_k", abandon_tokens / 1e3, "{:,.0f} thousand tokens/s",
       "Tokens decoded for clients that left, if orphans run to the end")
figure("abandon_share_decode", abandon_tokens / demand, "{:.1%}", "That as a share of all decode")
figure("abandon_gpus", abandon_tokens * to_gpus, "{:,.0f} GPUs", "GPUs that costs at peak")
figure("grace_waste_k", grace_waste / 1e3, "{:,.0f} thousand tokens/s", "The same with orphans cancelled after the grace period")
figure("grace_gpus", grace_waste * to_gpus, "{:,.0f} GPUs", "GPUs the grace period costs at peak")
figure("grace_saving", 1 - grace_waste / abandon_tokens, "{:.0%}", "Share of orphan waste the grace period removes")
figure("abandon_remaining_s", dur_chat * (1 - abandon_point), "{:.1f} s", "Time an abandoned chat response needs to finish")
figure("abandon_long_remaining_s", dur_long * (1 - abandon_point), "{:.0f} s", "Time an abandoned long response needs to finish")
orphans = starts_peak * abandon_share * ((1 - long_share) * min(orphan_grace_s, dur_chat * (1 - abandon_point))
                                         + long_share * min(orphan_grace_s, dur_long * (1 - abandon_point)))
figure("orphans", orphans, "{:,.0f} streams", "Orphaned generations running at peak under the grace policy")
figure("orphan_kv_tb", orphans * kv_seq / 1e12, "{:.1f} TB", "KV memory they hold")
figure("orphan_slot_share", orphans / (replicas * batch), "{:.1%}", "Their share of the fleet's sequence slots")

# %% [markdown]
# ## 12. Slow clients and backpressure

# %%
figure("slow_stream_kbps", coal_bps * 8 / 1e3, "{:.1f} kbit/s", "A coalesced stream's need")
figure("slow_link_kbps", slow_kbps, "{:d} kbit/s", "The poor link")
lag_rate = coal_bps - slow_kbps * 1e3 / 8
figure("slow_lag_bps", max(0.0, lag_rate), "{:,.0f} B/s", "Backlog growth on the poor link with 100 ms events")
merged_bps = 1 * (envelope_b + tps * tok_b + packet_b)
figure("merged_kbps", merged_bps * 8 / 1e3, "{:.1f} kbit/s", "The same stream merged to one event per second")
assert merged_bps * 8 < slow_kbps * 1e3, "merging must bring the stream under the poor link"
figure("merged_fit", slow_kbps * 1e3 / 8 / merged_bps, "{:.1f}x", "Headroom of the poor link over the merged stream")
figure("sendq_fleet_gib", conn_cap * sendq_kib / 2**20, "{:.1f} GiB", "Worst case if every connection on a node filled it")
figure("sendq_seconds", sendq_kib * 1024 / coal_bps, "{:.0f} s", "Seconds of a coalesced stream that queue holds")

# %% [markdown]
# ## 13. Multi-region

# %%
figure("xregion_oneway_ms", xregion_rtt / 2, "{:.0f} ms", "One-way cross-region delay added to every token when proxied")
figure("xregion_ttft_share", xregion_rtt / 1000 / ttft, "{:.0%}", "One round trip as a share of TTFT")
region_conns = figure("region_conns", conns / regions, "{:,.0f} connections", "Connections per region at peak")
figure("region_fail_extra", 1 / (regions - 1), "{:.0%}", "Extra load on each surviving region when one fails")
region_streams = streams / regions
figure("region_streams", region_streams, "{:,.0f} streams", "Running streams lost with a region")
figure("region_tokens_lost_m", region_streams * tps * dur_mean / 2 / 1e6, "{:.0f} million tokens",
       "Tokens already generated for those streams (about half of each, on average)")
figure("xregion_log_gbps", entries_per_s * 1e6 * (entry_b + per_flush * tok_b) * 8 / 1e9 * (regions - 1) / regions,
       "{:.1f} Gbit/s", "Cross-region bandwidth to replicate every token log to a second region")
figure("region_gpus", gpus / regions, "{:,.0f} GPUs", "GPUs per region")
figure("region_gpus_n1", gpus / (regions - 1), "{:,.0f} GPUs", "GPUs per region to absorb a region's loss")
figure("region_gpu_premium", regions / (regions - 1) - 1, "{:.0%}", "Extra GPUs that full regional failover costs")

# %% [markdown]
# ## 14. The conversation store

# %%
rows_per_turn = 3  # user message, assistant message created as 'streaming', its final update
figure("db_rows_peak", starts_peak * rows_per_turn, "{:,.0f} rows/s", "Message row writes at peak (scaled design)")
figure("db_primaries", starts_peak * rows_per_turn / db_budget, "{:.1f} primaries", "Primaries at the planning budget")
mvp_starts = mvp_dau * turns / DAY * peak_to_mean
mvp_streams = mvp_starts * dur_mean
figure("mvp_checkpoint_rows", mvp_streams / mvp_checkpoint_s + mvp_starts * rows_per_turn, "{:,.0f} rows/s",
       "MVP row writes with a checkpoint every 2 s")
figure("x100_checkpoint_rows", 100 * (mvp_streams / mvp_checkpoint_s + mvp_starts * rows_per_turn), "{:,.0f} rows/s",
       "The same at 100x")
figure("msg_bytes_day_tb", dau * turns * (mean_tokens + user_tokens) * tok_b / 1e12, "{:.1f} TB/day",
       "Message text written per day (assistant and user), one copy")

# %% [markdown]
# ## 15. Scaling 10x, 100x, 1000x from the MVP

# %%
assert mvp_dau * 1000 == dau
for label, mult in (("mvp", 1), ("x10", 10), ("x100", 100), ("x1000", 1000)):
    s = mvp_starts * mult
    st = s * dur_mean
    cn = conns * mult / 1000
    dec = decoding * mult / 1000
    figure(f"{label}_starts", s, "{:,.0f} responses/s", f"Peak response starts at {label}")
    figure(f"{label}_streams", st, "{:,.0f} streams", f"Open streams at {label}")
    figure(f"{label}_conns", cn, "{:,.0f} connections", f"Persistent channels at {label}")
    figure(f"{label}_gw", max(zones, ceil_(cn * headroom / conn_cap)), "{:,d} nodes", f"Gateway nodes at {label}")
    figure(f"{label}_log_ops", dec * events_per_s * (1 + readers), "{:,.0f} ops/s", f"Token-log operations at {label}")
    figure(f"{label}_log_shards", max(1, ceil_(dec * events_per_s * (1 + readers) / log_budget)), "{:,d}",
           f"Token-log shards at {label}")
    figure(f"{label}_rows", s * rows_per_turn, "{:,.0f} rows/s", f"Message row writes at {label}")
    figure(f"{label}_gpus", 8 * llm.replicas_needed(s * mean_decoded, replica_tps, gpu_util), "{:,d} GPUs",
           f"GPUs at {label}")
