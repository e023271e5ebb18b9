# %% [markdown]
# # Design online chess
#
# The back-of-the-envelope notebook behind the walkthrough. Inputs come first, each
# declared once with `assume` and its source; every number the page quotes is a
# `figure` computed below. Sections:
#
# 1. Inputs
# 2. Games, concurrency and moves (Little's law per time control)
# 3. Connections and messages: moves against heartbeats, and polling for comparison
# 4. The latency budget of one move, same region and across an ocean
# 5. Clocks and lag compensation: a model of the quota scheme and its chart
# 6. Disconnects and abandonment timers against the clock
# 7. Matchmaking: wait against pool size, simulated, and its chart
# 8. Ratings: Elo expectations and one Glicko-2 update
# 9. Storage per game and per year
# 10. Spectators and fan-out
# 11. Fair-play analysis cost
# 12. Game servers, gateways, and moving games on deploy
# 13. Scaling 10x, 100x, 1000x from the MVP

# %% [markdown]
# ## 1. Inputs
#
# The sources report the question ("design online chess", under real-time interaction and
# concurrency) and nothing numeric, so every load figure is an assumption of this
# walkthrough. Public facts about one real system, Lichess, come from its open-source code
# and blog and carry their links; they anchor the design choices, not the load.

# %%
import math

import numpy as np

from estimates import assume, assumptions_table, figure, restate
from estimates import reference as ref
from estimates.charts import new_chart, show

CHECKED = "checked 2026-11-23"
SCALACHESS_LAG = ("scalachess LagTracker.scala, "
                  "https://github.com/lichess-org/scalachess/blob/master/core/src/main/scala/LagTracker.scala "
                  f"({CHECKED})")
LILA_ROUND = ("lila RoundSocket.scala, "
              "https://github.com/lichess-org/lila/blob/master/modules/round/src/main/RoundSocket.scala "
              f"({CHECKED})")
LILA_ACTOR = ("lila RoundAsyncActor.scala, "
              "https://github.com/lichess-org/lila/blob/master/modules/round/src/main/RoundAsyncActor.scala "
              f"({CHECKED})")


# Traffic (assumptions)
dau = assume("dau", 10e6, "{:,.0f} players", "Daily active players at the design target")
games_per_player = assume("games_per_player", 6, "{:d} games", "Games a daily player plays per day")
peak_to_mean = assume("peak_to_mean", 2.0, "{:.1f}x", "Peak-to-mean ratio of game starts")
mvp_dau = assume("mvp_dau", 10_000, "{:,d} players", "Daily active players of the MVP (1/1000 of the target)")
plies = assume("plies", 80, "{:d} plies", "Half-moves in a mean game (40 moves each side)")

# Time-control mix: share of games and mean wall-clock length (assumptions)
share_bullet = assume("share_bullet", 0.25, "{:.0%}", "Share of games that are bullet (1+0, 2+1)")
share_blitz = assume("share_blitz", 0.45, "{:.0%}", "Share of games that are blitz (3+0, 3+2, 5+0)")
share_rapid = assume("share_rapid", 0.25, "{:.0%}", "Share of games that are rapid (10+0, 15+10)")
share_classical = assume("share_classical", 0.05, "{:.0%}", "Share of games that are classical (30+0, 30+20)")
dur_bullet = assume("dur_bullet_s", 110, "{:d} s", "Mean wall-clock length of a bullet game")
dur_blitz = assume("dur_blitz_s", 390, "{:d} s", "Mean wall-clock length of a blitz game")
dur_rapid = assume("dur_rapid_s", 960, "{:d} s", "Mean wall-clock length of a rapid game")
dur_classical = assume("dur_classical_s", 2700, "{:,d} s", "Mean wall-clock length of a classical game")

# Connections and wire (assumptions and choices)
idle_share = assume("idle_share", 0.4, "{:.0%}",
                    "Players online but between games (lobby, pool, post-game), as a share of those playing")
spect_per_game = assume("spect_per_game", 0.3, "{:.1f} spectators", "Mean spectators per ordinary game")
ping_game_s = assume("ping_game_s", 2, "{:d} s", "Ping interval while a player is in a game (lag measurement)",
                     "design choice")
ping_idle_s = assume("ping_idle_s", 25, "{:d} s", "Ping interval on an idle connection (keep-alive)", "design choice")
move_payload_b = assume("move_payload_b", 90, "{:d} B", "JSON payload of a move event (uci, san, ply, both clocks, version)")
packet_b = assume("packet_b", 70, "{:d} B", "TCP/IP and TLS record overhead on one small packet")
ws_hdr_server = assume("ws_hdr_server", 2, "{:d} B", "WebSocket frame header, server to client, payload under 126 B",
                       f"RFC 6455 section 5.2, https://www.rfc-editor.org/rfc/rfc6455#section-5.2 ({CHECKED})")
ws_hdr_client = assume("ws_hdr_client", 6, "{:d} B", "WebSocket frame header, client to server (adds the 4-byte mask)",
                       f"RFC 6455 section 5.2, https://www.rfc-editor.org/rfc/rfc6455#section-5.2 ({CHECKED})")
http_req_b = assume("http_req_b", 700, "{:d} B", "Headers of one HTTP request and response (cookies, auth, cache)")
conn_cap = assume("conn_cap", 50_000, "{:,d} connections", "Connections one gateway is allowed to hold (blast radius)",
                  "design choice")
zones = assume("zones", 3, "{:d} zones", "Availability zones per region; the fleet survives the loss of one",
               "design choice")
accept_rate = assume("accept_rate", 2_000, "{:,d} connections/s",
                     "New TLS connections one gateway accepts per second (handshake, auth, resync)")

# Latency budget (assumptions; the cross-region RTT is a reference constant)
frame_ms = assume("frame_ms", 16, "{:d} ms", "One frame at 60 Hz: input handling, and rendering on the other side")
lastmile_ms = assume("lastmile_ms", 20, "{:d} ms", "One-way latency from a player to a server in the same region")
dc_rtt_us = restate("dc_rtt_us", "SAME_DC_ROUND_TRIP_US", "{:.0f} us", "Round trip inside one data centre")
validate_ms = assume("validate_ms", 0.2, "{:.1f} ms", "Legal-move check, clock update and event encoding for one move")
append_ms = assume("append_ms", 3, "{:d} ms", "Durable append of a move to a store replicated across zones (p50)")
xregion_rtt = restate("xregion_rtt", "CA_NETHERLANDS_RTT_MS", "{:.0f} ms", "Round trip California to Netherlands")

# Lag compensation: the public Lichess scheme (verified constants) and this model's inputs
lag_gain_cap_cs = assume("lag_gain_cap_cs", 100, "{:d} cs",
                         "Lichess: largest per-move quota gain, min(100, total*2/5 + 15) centiseconds", SCALACHESS_LAG)
lag_init_mult = assume("lag_init_mult", 3, "{:d}x", "Lichess: initial lag quota, as a multiple of the per-move gain",
                       SCALACHESS_LAG)
lag_max_mult = assume("lag_max_mult", 7, "{:d}x", "Lichess: largest lag quota, as a multiple of the per-move gain",
                      SCALACHESS_LAG)
cpu_lag_cs = assume("cpu_lag_cs", 4, "{:d} cs", "Lichess: estimated CPU lag added to the measured network lag "
                    "when capping the gain", SCALACHESS_LAG)
flag_grace_cs = assume("flag_grace_cs", 200, "{:d} cs", "Lichess: the server flags a player only after the quota, "
                       "at most this much, has also run out",
                       "scalachess Clock.scala outOfTime, https://github.com/lichess-org/scalachess/blob/master/"
                       f"core/src/main/scala/Clock.scala ({CHECKED})")
spike_p = assume("spike_p", 0.05, "{:.0%}", "Chance a move suffers a lag spike (Wi-Fi retry, mobile handover)")
spike_ms = assume("spike_ms", 800, "{:d} ms", "Extra delay of a lag spike")
jitter_ms = assume("jitter_ms", 30, "{:d} ms", "Standard deviation of per-move lag around the player's round trip")
bullet_moves = assume("bullet_moves", 40, "{:d} moves", "Moves each side makes in the modelled 1+0 game")

# Disconnects (Lichess's public timers, and this design's choices)
gone_base_s = assume("gone_base_s", 40, "{:d} s", "Lichess: disconnect time before the opponent may claim "
                     "(bullet and blitz; x2 rapid, x3 classical)", LILA_ROUND)
gone_bye_s = assume("gone_bye_s", 10, "{:d} s", "Lichess: the same when the player closed the page on purpose",
                    LILA_ROUND)
ws_boot_gift_s = assume("ws_boot_gift_s", 20, "{:d} s", "Lichess: time added to both clocks when its WebSocket tier "
                        "restarts", LILA_ACTOR)
first_move_s = assume("first_move_s", 20, "{:d} s", "Time to make the first move before the game is aborted",
                      "design choice")
snapshot_ply_b = assume("snapshot_ply_b", 12, "{:d} B", "Bytes per ply in a resync snapshot (uci, centisecond clock)")

# Matchmaking (assumptions and choices)
pool_share = assume("pool_share", 0.7, "{:.0%}", "Share of games started from quick-pairing pools (rest: challenges, "
                    "tournaments)")
pools = assume("pools", 10, "{:d} pools", "Quick-pairing pools (time controls) at the target", "design choice")
small_pool_share = assume("small_pool_share", 0.01, "{:.0%}", "Share of pool traffic in the smallest pool")
rating_sd = assume("rating_sd", 300, "{:d} points", "Spread (standard deviation) of ratings in a pool")
wave_s = assume("wave_s", 2, "{:d} s", "Interval between matching waves in this design", "design choice")
gap_base = assume("gap_base", 100, "{:d} points", "Rating gap accepted at once", "design choice")
widen_per_s = assume("widen_per_s", 10, "{:d} points/s", "Widening of the accepted gap per second waited",
                     "design choice")
gap_max = assume("gap_max", 500, "{:d} points", "Largest gap the pool ever accepts", "design choice")
lichess_wave_s = assume("lichess_wave_s", 12, "{:d} s", "Lichess 3+0 pool: a matching wave every 12 s "
                        "(or earlier when 30 players wait)",
                        "lila PoolList.scala (one version), https://github.com/lichess-org/lila/blob/master/modules/"
                        f"pool/src/main/PoolList.scala ({CHECKED})")
lichess_miss_bonus = assume("lichess_miss_bonus", 12, "{:d} points", "Lichess: rating-gap allowance added per missed "
                            "wave",
                            "lila MatchMaking.scala, https://github.com/lichess-org/lila/blob/master/modules/pool/"
                            f"src/main/MatchMaking.scala ({CHECKED})")

# Ratings (Glicko-2 defaults from Glickman's paper)
g2_r0 = assume("g2_r0", 1500, "{:d}", "Glicko-2: rating of an unrated player",
               f"Glickman, Example of the Glicko-2 system, http://www.glicko.net/glicko/glicko2.pdf ({CHECKED})")
g2_rd0 = assume("g2_rd0", 350, "{:d}", "Glicko-2: rating deviation of an unrated player",
                f"Glickman, http://www.glicko.net/glicko/glicko2.pdf ({CHECKED})")
g2_vol0 = assume("g2_vol0", 0.06, "{:.2f}", "Glicko-2: volatility of an unrated player",
                 f"Glickman, http://www.glicko.net/glicko/glicko2.pdf ({CHECKED})")
g2_tau = assume("g2_tau", 0.5, "{:.1f}", "Glicko-2 system constant tau (the paper advises 0.3 to 1.2)",
                f"Glickman, http://www.glicko.net/glicko/glicko2.pdf ({CHECKED})")
rd_settled = assume("rd_settled", 50, "{:d}", "Rating deviation of an active, settled player")

# Storage (assumptions; the Lichess figures are public)
san_ply_b = assume("san_ply_b", 5.5, "{:.1f} B", "PGN movetext per ply (SAN, move numbers, spaces)")
pgn_tags_b = assume("pgn_tags_b", 400, "{:d} B", "PGN tag pairs (Seven Tag Roster plus ratings, time control, ids)")
clk_ply_b = assume("clk_ply_b", 19, "{:d} B", "PGN clock comment per ply (a %clk annotation in braces)")
compact_moves_b = assume("compact_moves_b", 40, "{:d} B", "Chess data of a mean Lichess game after move compression "
                         "(2018)",
                         "Lichess founder announcing https://lichess.org/blog/Wqa7GiAAAOIpBLoY/developer-update-275-"
                         f"improved-game-compression on Reddit ({CHECKED})")
clock_ply_b = assume("clock_ply_b", 1.0, "{:.1f} B", "Compressed clock history per ply")
meta_b = assume("meta_b", 150, "{:d} B", "Game metadata: ids, players, ratings, times, result, time control")
live_move_b = assume("live_move_b", 48, "{:d} B", "One row of the live move store (game id, ply, uci, clock, "
                     "timestamp, overhead)")
replicas = assume("replicas", 3, "{:d} copies", "Copies of every stored byte", "design choice")
db_budget = assume("db_budget", 5_000, "{:,d} writes/s", "Durable row writes one relational primary sustains "
                   "(planning budget)")

# Spectators, fair play, game servers, deploys
top_viewers = assume("top_viewers", 500_000, "{:,d} viewers", "Spectators of the most-watched game "
                     "(a championship final)")
top_ply_s = assume("top_ply_s", 3, "{:d} s", "Mean time between plies in that game (a blitz final)")
spect_msg_b = assume("spect_msg_b", 150, "{:d} B", "Spectator move event on the wire, framing included")
engine_s_per_ply = assume("engine_s_per_ply", 0.1, "{:.1f} core-s", "Engine analysis of one ply at review depth")
review_share = assume("review_share", 0.05, "{:.0%}", "Share of games sent to engine review (sampled or flagged)")
cpu_move_us = assume("cpu_move_us", 300, "{:d} us", "CPU per move on the game server (validate, clock, persist call, "
                     "encode, route)")
game_mem_kb = assume("game_mem_kb", 8, "{:d} KB", "Memory per live game on its owner (position, moves, clocks, "
                     "subscribers)")
games_per_node = assume("games_per_node", 20_000, "{:,d} games", "Live games one game server owns (blast radius)",
                        "design choice")
handoff_ms = assume("handoff_ms", 5, "{:d} ms", "Handing one game to a new owner: flush, lease swap, load")
handoff_par = assume("handoff_par", 32, "{:d}", "Games handed off in parallel by a draining server", "design choice")
longest_game_s = assume("longest_game_s", 5400, "{:,d} s", "A long classical game (30+20, 60 moves each side)")
assumptions_table()

# %% [markdown]
# ## 2. Games, concurrency and moves
#
# Games in progress = game starts per second x mean game length (Little's law), computed per
# time control because a classical game lasts about 25 times as long as a bullet game.

# %%
DAY = ref.SECONDS_PER_DAY
YEAR_DAYS = ref.DAYS_PER_YEAR

games_day = dau * games_per_player / 2
figure("games_day_m", games_day / 1e6, "{:.0f} million games", "Games per day (two players per game)")
starts_mean = figure("starts_mean", games_day / DAY, "{:,.0f} games/s", "Mean game starts per second")
starts_peak = figure("starts_peak", games_day / DAY * peak_to_mean, "{:,.0f} games/s", "Peak game starts per second")

mix = {
    "bullet": (share_bullet, dur_bullet),
    "blitz": (share_blitz, dur_blitz),
    "rapid": (share_rapid, dur_rapid),
    "classical": (share_classical, dur_classical),
}
assert abs(sum(s for s, _ in mix.values()) - 1) < 1e-9
dur_mean = figure("dur_mean_s", sum(s * d for s, d in mix.values()), "{:,.0f} s", "Mean game length, weighted by mix")
figure("dur_mean_min", dur_mean / 60, "{:.1f} min", "Mean game length in minutes")
conc = {k: starts_peak * s * d for k, (s, d) in mix.items()}
for k, v in conc.items():
    figure(f"conc_{k}", v, "{:,.0f} games", f"Live {k} games at peak")
conc_games = figure("conc_games", sum(conc.values()), "{:,.0f} games", "Live games at peak")
figure("classical_conc_share", conc["classical"] / conc_games, "{:.0%}",
       "Share of live games that are classical (from 5% of starts)")
figure("bullet_conc_share", conc["bullet"] / conc_games, "{:.0%}",
       "Share of live games that are bullet (from 25% of starts)")
figure("classical_over_bullet", dur_classical / dur_bullet, "{:.0f}x", "Classical game length over bullet")

moves_peak = figure("moves_peak", starts_peak * plies, "{:,.0f} moves/s", "Moves (plies) per second at peak")
figure("moves_mean", starts_mean * plies, "{:,.0f} moves/s", "Moves per second on average")
figure("moves_day_b", games_day * plies / 1e9, "{:.1f} billion moves", "Moves per day")
ply_gap = {k: d / plies for k, (s, d) in mix.items()}
figure("ply_gap_bullet", ply_gap["bullet"], "{:.1f} s", "Mean time between plies in a bullet game")
figure("ply_gap_classical", ply_gap["classical"], "{:.0f} s", "Mean time between plies in a classical game")

# %% [markdown]
# ## 3. Connections and messages
#
# Every player in a game holds one connection; so does every player between games and every
# spectator. Moves are few; heartbeats that measure lag are many.

# %%
players_in_game = figure("players_in_game", 2 * conc_games, "{:,.0f} players", "Players seated in a live game at peak")
players_online = figure("players_online", 2 * conc_games * (1 + idle_share), "{:,.0f} players",
                        "Players online at peak (in a game or between games)")
spectators = figure("spectators", conc_games * spect_per_game, "{:,.0f} connections",
                    "Spectator connections to ordinary games at peak")
conns = figure("conns_peak", players_online + spectators, "{:,.0f} connections",
               "WebSocket connections at peak, without a headline event")
figure("conns_m", conns / 1e6, "{:.2f} million", "Connections at peak, millions")
conns_event = figure("conns_event", conns + top_viewers, "{:,.0f} connections",
                     "Connections at peak during a headline event")

move_in = moves_peak
move_out = figure("move_out", moves_peak * (2 + spect_per_game), "{:,.0f} messages/s",
                  "Outbound move messages at peak (ack to mover, move to opponent, spectators)")
ping_in = figure("ping_in", players_in_game / ping_game_s + (conns - players_in_game) / ping_idle_s,
                 "{:,.0f} pings/s", "Heartbeats received per second at peak")
figure("ping_over_moves", ping_in / moves_peak, "{:.0f}x", "Heartbeats over moves, inbound")
msgs_total = figure("msgs_total", move_in + move_out + 2 * ping_in, "{:,.0f} messages/s",
                    "All WebSocket messages per second at peak, both directions")
figure("msgs_total_m", msgs_total / 1e6, "{:.1f} million messages/s", "All messages per second at peak, millions")
move_wire_out = move_payload_b + ws_hdr_server + packet_b
move_wire_in = move_payload_b + ws_hdr_client + packet_b
figure("move_wire_b", move_wire_out, "{:d} B", "One outbound move message on the wire")
figure("move_payload_share", move_payload_b / move_wire_out, "{:.0%}", "Share of a move packet that is payload")
move_gbps = figure("move_gbps", (move_out * move_wire_out + move_in * move_wire_in) * 8 / 1e9, "{:.2f} Gbit/s",
                   "Move traffic at peak, both directions")
# A ping frame with a small payload (lag report), both directions.
ping_wire = 2 + 4 + 8 + packet_b
figure("ping_gbps", 2 * ping_in * ping_wire * 8 / 1e9, "{:.2f} Gbit/s", "Heartbeat traffic at peak, both directions")

# Polling instead: each seated player asks every 250 ms whether the opponent moved.
poll_rps = figure("poll_rps", players_in_game * 4, "{:,.0f} requests/s",
                  "Requests per second if every seated player polled every 250 ms")
figure("poll_over_moves", poll_rps / moves_peak, "{:.0f}x", "Polling requests over moves")
figure("poll_gbps", poll_rps * (http_req_b + packet_b) * 8 / 1e9, "{:.1f} Gbit/s",
       "Header traffic of that polling alone")
figure("poll_wait_ms", 250 / 2, "{:.0f} ms", "Mean extra delay polling adds to every move (half the interval)")
figure("poll_vs_move_share", 125 / (dur_bullet / plies * 1000), "{:.0%}",
       "That delay as a share of the mean time between bullet plies")

# %% [markdown]
# ## 4. The latency budget of one move
#
# From the mover's click to the opponent's screen, in the same region and across the
# Atlantic. The game server sits at one end of the ocean crossing in the second case.

# %%
hop_ms = dc_rtt_us / 1000 / 2  # one way inside the data centre
server_ms = hop_ms + validate_ms + append_ms + hop_ms
budget_local = figure("budget_local_ms", frame_ms + lastmile_ms + server_ms + lastmile_ms + frame_ms, "{:.0f} ms",
                      "Click to opponent's screen, both players in the server's region")
figure("server_ms", server_ms, "{:.1f} ms", "Time inside the region: hops, validation, durable append")
figure("server_share", server_ms / budget_local, "{:.0%}", "Share of the local budget spent inside the region")
one_way_ocean = xregion_rtt / 2
budget_ocean = figure("budget_ocean_ms", frame_ms + one_way_ocean + server_ms + lastmile_ms + frame_ms, "{:.0f} ms",
                      "Click to opponent's screen, mover across the ocean from the server")
figure("append_share", append_ms / budget_local, "{:.0%}", "Share of the local budget the durable append costs")
# Clock cost of lag without compensation: the server charges the round trip on every move.
rtt_local = 2 * lastmile_ms
rtt_far = xregion_rtt
figure("rtt_local_ms", rtt_local, "{:.0f} ms", "Round trip of a player in the server's region")
lost_far = figure("lost_far_s", rtt_far * bullet_moves / 1000, "{:.1f} s",
                  "Clock a far player loses to round trips over 40 moves without compensation")
lost_local = figure("lost_local_s", rtt_local * bullet_moves / 1000, "{:.1f} s",
                    "The same for a player in the server's region")
figure("lost_far_share", lost_far / 60, "{:.0%}", "That loss as a share of a 1+0 clock")

# %% [markdown]
# ## 5. Clocks and lag compensation
#
# Lichess publishes its scheme in code. Per player, a lag quota starts at 3 times a per-move
# gain and is capped at 7 times it; each move refunds min(lag, quota), then the quota grows
# by the gain. The gain is min(1 s, (limit + 40 x increment) x 2/5 + 0.15 s), and it is
# further capped at the session's measured network lag plus 40 ms. The "lag" the server
# refunds is its own elapsed time minus the move time the client reports, so it is close to
# one round trip.


# %%
def gain_cs(limit_s, inc_s):
    """Lichess maxQuotaGainFor, in centiseconds (integer arithmetic as in the code)."""
    est_total = limit_s + 40 * inc_s
    return min(lag_gain_cap_cs, est_total * 2 // 5 + 15)


controls = {"1+0": (60, 0), "3+0": (180, 0), "5+0": (300, 0), "10+0": (600, 0), "15s+0": (15, 0)}
for name, (lim, inc) in controls.items():
    key = name.replace("+", "_").replace("s", "").replace(".", "")
    g = gain_cs(lim, inc)
    figure(f"gain_{key}", g / 100, "{:.2f} s", f"Per-move quota gain, {name}")
    figure(f"quota0_{key}", g * lag_init_mult / 100, "{:.2f} s", f"Initial lag quota, {name}")
    figure(f"quotamax_{key}", g * lag_max_mult / 100, "{:.2f} s", f"Largest lag quota, {name}")


def simulate_clock(rtt_ms, policy, rng, limit_s=60, inc_s=0, moves=bullet_moves):
    """Seconds of clock one player loses to lag over a game, under a compensation policy."""
    g_max = gain_cs(limit_s, inc_s) / 100
    quota = g_max * lag_init_mult
    q_max = g_max * lag_max_mult
    lost = 0.0
    for _ in range(moves):
        lag = max(0.0, rng.normal(rtt_ms, jitter_ms) / 1000)
        if rng.random() < spike_p:
            lag += spike_ms / 1000
        if policy == "none":
            comp = 0.0
        elif policy == "trust":
            comp = lag
        else:  # quota, with the gain capped at the measured network lag plus CPU lag
            gain = min(g_max, rtt_ms / 1000 + cpu_lag_cs / 100)
            comp = min(lag, quota)
            quota = min(quota + gain - comp, q_max)
        lost += lag - comp
    return lost


rng = np.random.default_rng(7)
rtts = np.arange(10, 501, 10)
trials = 150
curves = {p: [np.mean([simulate_clock(r, p, rng) for _ in range(trials)]) for r in rtts] for p in ("none", "quota")}
i150 = int(np.where(rtts == 150)[0][0])
figure("clk_none_150", curves["none"][i150], "{:.1f} s", "1+0: clock lost to lag at 150 ms round trip, no compensation")
figure("clk_quota_150", curves["quota"][i150], "{:.1f} s", "1+0: clock lost at 150 ms round trip, quota compensation")
i40 = int(np.where(rtts == 40)[0][0])
figure("clk_none_40", curves["none"][i40], "{:.1f} s", "1+0: clock lost at 40 ms round trip, no compensation")
figure("clk_quota_40", curves["quota"][i40], "{:.1f} s", "1+0: clock lost at 40 ms round trip, quota compensation")
i400 = int(np.where(rtts == 400)[0][0])
figure("clk_none_400", curves["none"][i400], "{:.1f} s", "1+0: clock lost at 400 ms round trip, no compensation")
figure("clk_quota_400", curves["quota"][i400], "{:.1f} s", "1+0: clock lost at 400 ms round trip, quota compensation")
figure("spike_total_s", bullet_moves * spike_p * spike_ms / 1000, "{:.1f} s",
       "Expected spike delay in a 40-move game (before any refund)")

fig, ax = new_chart()
ax.plot(rtts, curves["none"], label="no compensation")
ax.plot(rtts, curves["quota"], label="quota (Lichess-style)")
ax.axhline(60, linestyle=":", linewidth=1.2)
ax.text(25, 56, "the whole 1+0 clock", fontsize=9)
ax.set_xlabel("player's round trip to the game server (ms)")
ax.set_ylabel("clock lost to lag per game (s)")
ax.set_ylim(0, 65)
ax.legend(frameon=False)
show(fig, "Line chart of seconds of a one-minute bullet clock lost to network lag over a 40-move game: without "
          "compensation the loss grows from about 2 s at a 10 ms round trip to over 20 s at 500 ms; with the quota "
          "scheme it stays below half a second until the round trip nears the per-move gain of 0.39 s, then climbs "
          "to about 5 s at 500 ms.")

# How much a lying client can steal: it reports a move time of zero, so every move looks
# like lag. The refund per move is bounded by the gain, itself capped at real lag + 40 ms.
real_rtt = 0.05
g1 = gain_cs(60, 0) / 100
steal_capped = g1 * lag_init_mult + bullet_moves * min(g1, real_rtt + cpu_lag_cs / 100) - bullet_moves * real_rtt
figure("steal_capped_s", steal_capped, "{:.1f} s", "1+0: most a lying client gains over 40 moves (50 ms real round trip)")
figure("steal_capped_share", steal_capped / 60, "{:.0%}", "That gain as a share of a 1+0 clock")
figure("steal_uncapped_s", g1 * lag_init_mult + bullet_moves * (g1 - real_rtt), "{:.1f} s",
       "The same without the measured-lag cap on the gain")
figure("flag_grace_s", flag_grace_cs / 100, "{:.0f} s", "Largest grace before the server flags a player (Lichess)")

# %% [markdown]
# ## 6. Disconnects and abandonment timers
#
# The clock never stops for a disconnect. A separate timer lets the opponent claim the game
# when the absent player's clock would take too long to run out.

# %%
figure("gone_rapid_s", gone_base_s * 2, "{:d} s", "Lichess disconnect timer, rapid")
figure("gone_classical_s", gone_base_s * 3, "{:d} s", "Lichess disconnect timer, classical")
figure("gone_down_material_s", gone_base_s / 3, "{:.0f} s",
       "Lichess disconnect timer, bullet or blitz, for a player down 4 points of material")
figure("bullet_clock_vs_gone", 60 / gone_base_s, "{:.1f}x", "A full 1+0 clock over the 40 s disconnect timer")
snapshot_b = figure("snapshot_b", plies * snapshot_ply_b + 300, "{:,d} B",
                    "Resync snapshot of a mean game (moves, clocks, offers, header)")

gw_nodes = math.ceil(conns * zones / (zones - 1) / conn_cap)
figure("gw_nodes", gw_nodes, "{:,d} gateways", "Gateways at peak, one zone of headroom")
per_gw = conns / gw_nodes
figure("conns_per_gw", per_gw, "{:,.0f} connections", "Connections per gateway at peak")
seated_per_gw = players_in_game / gw_nodes
figure("seated_per_gw", seated_per_gw, "{:,.0f} players", "Seated players per gateway at peak")
surv_accept = (gw_nodes - 1) * accept_rate
figure("surv_accept", surv_accept, "{:,.0f} connections/s", "Accept capacity of the surviving gateways")
figure("seated_reconnect_s", seated_per_gw / surv_accept, "{:.2f} s",
       "Time to re-admit a dead gateway's seated players, accept-bound")
zone_seated = players_in_game / zones
figure("zone_seated", zone_seated, "{:,.0f} players", "Seated players on one zone's gateways")
figure("zone_reconnect_s", zone_seated / (gw_nodes * (zones - 1) / zones * accept_rate), "{:.1f} s",
       "Time to re-admit a lost zone's seated players, accept-bound")

# %% [markdown]
# ## 7. Matchmaking: wait against pool size
#
# Players arrive in a pool (one time control) as a Poisson stream with normally spread
# ratings. Every wave, waiting players are sorted by rating and adjacent ones are paired if
# their gap is within both players' accepted gaps; a player's accepted gap grows with the
# time waited. The simulation returns median and 95th-percentile waits and the mean gap.

# %%
def simulate_pool(rate, widen, rng, base=gap_base, cap=gap_max, wave=wave_s, target_players=3000):
    horizon = max(600.0, target_players / rate)
    n = rng.poisson(rate * horizon)
    arrive = np.sort(rng.uniform(0, horizon, n))
    ratings = rng.normal(1500, rating_sd, n)
    waiting = []  # indices
    waits, gaps = [], []
    nxt = 0
    t = wave
    while t <= horizon + 600:
        while nxt < n and arrive[nxt] <= t:
            waiting.append(nxt)
            nxt += 1
        if len(waiting) >= 2:
            waiting.sort(key=lambda i: ratings[i])
            paired = set()
            j = 0
            while j < len(waiting) - 1:
                a, b = waiting[j], waiting[j + 1]
                allow_a = min(cap, base + widen * (t - arrive[a]))
                allow_b = min(cap, base + widen * (t - arrive[b]))
                if abs(ratings[a] - ratings[b]) <= min(allow_a, allow_b):
                    paired.update((a, b))
                    waits.extend((t - arrive[a], t - arrive[b]))
                    gaps.append(abs(ratings[a] - ratings[b]))
                    j += 2
                else:
                    j += 1
            waiting = [i for i in waiting if i not in paired]
        t += wave
        if nxt >= n and not waiting:
            break
    # players still waiting at the end count with their wait so far (they would wait longer)
    waits.extend(t - arrive[i] for i in waiting)
    w = np.array(waits)
    return float(np.median(w)), float(np.percentile(w, 95)), float(np.mean(gaps)) if gaps else float("nan")


rng = np.random.default_rng(11)
rates = np.array([0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20])
res_widen = [simulate_pool(r, widen_per_s, rng) for r in rates]
res_fixed = [simulate_pool(r, 0, rng) for r in rates]

pool_rate_total = starts_peak * 2 * pool_share
figure("pool_rate_total", pool_rate_total, "{:,.0f} players/s", "Players entering pools at peak (target)")
small_rate = figure("small_pool_rate", pool_rate_total * small_pool_share, "{:.1f} players/s",
                    "Arrivals in the smallest of the target's pools at peak")
mvp_small = figure("mvp_small_pool_rate", pool_rate_total * small_pool_share / 1000, "{:.3f} players/s",
                   "The same pool at the MVP's scale")
figure("mvp_small_gap_s", 1 / (pool_rate_total * small_pool_share / 1000), "{:,.0f} s",
       "Mean time between arrivals in that pool at the MVP")
mvp_pool_rate = figure("mvp_pool_rate", pool_rate_total / 1000, "{:.2f} players/s",
                       "All pool arrivals at the MVP's peak")
figure("mvp_three_pool_rate", pool_rate_total / 1000 / 3, "{:.2f} players/s",
       "Per pool if the MVP offers three pools evenly used")


def pick(results, rate):
    i = int(np.where(np.isclose(rates, rate))[0][0])
    return results[i]


for r, key in ((0.02, "002"), (0.05, "005"), (0.1, "01"), (0.2, "02"), (1, "1"), (10, "10")):
    med, p95, gap = pick(res_widen, r)
    figure(f"mm_med_{key}", med, "{:,.0f} s", f"Median wait at {r} players/s, widening")
    figure(f"mm_p95_{key}", p95, "{:,.0f} s", f"95th-percentile wait at {r} players/s, widening")
    figure(f"mm_gap_{key}", gap, "{:,.0f} points", f"Mean rating gap at {r} players/s, widening")
    med_f, p95_f, gap_f = pick(res_fixed, r)
    figure(f"mmfix_p95_{key}", p95_f, "{:,.0f} s", f"95th-percentile wait at {r} players/s, fixed 100-point gap")
    figure(f"mmfix_gap_{key}", gap_f, "{:,.0f} points", f"Mean rating gap at {r} players/s, fixed gap")
figure("widen_to_max_s", (gap_max - gap_base) / widen_per_s, "{:.0f} s", "Wait after which the gap stops widening")

fig, ax = new_chart()
ax.plot(rates, [r[1] for r in res_fixed], marker="o", label="p95 wait, fixed 100-point gap")
ax.plot(rates, [r[1] for r in res_widen], marker="o", label="p95 wait, gap widens 10 points/s")
ax.plot(rates, [r[0] for r in res_widen], marker="o", linestyle="--", label="median wait, widening")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("arrivals in the pool (players/s)")
ax.set_ylabel("wait to be paired (s)")
ax.legend(frameon=False)
show(fig, "Log-log chart of matchmaking wait against a pool's arrival rate: with a fixed 100-point gap the "
          "95th-percentile wait is about 15 minutes at one arrival every 50 seconds and 3 minutes at one every 10 "
          "seconds; with a gap that widens 10 points per second it is about 4 minutes and 1 minute at the same "
          "rates; the median wait with widening stays under half a minute; above a few arrivals per second both "
          "policies pair nearly everyone within two waves.")

# %% [markdown]
# ## 8. Ratings
#
# Elo's expected score, and one Glicko-2 update (Glickman's steps 1-8 for a single game) to
# show why a new player's rating moves much faster than a settled one's.

# %%
def elo_expected(diff):
    return 1 / (1 + 10 ** (-diff / 400))


for d in (100, 200, 400):
    figure(f"elo_exp_{d}", elo_expected(d), "{:.2f}", f"Expected score of the stronger player, {d}-point gap")

SCALE = 173.7178


def glicko2_update(r, rd, vol, r_opp, rd_opp, score, tau=g2_tau):
    mu, phi = (r - 1500) / SCALE, rd / SCALE
    mu_j, phi_j = (r_opp - 1500) / SCALE, rd_opp / SCALE
    g = 1 / math.sqrt(1 + 3 * phi_j ** 2 / math.pi ** 2)
    e = 1 / (1 + math.exp(-g * (mu - mu_j)))
    v = 1 / (g ** 2 * e * (1 - e))
    delta = v * g * (score - e)
    a = math.log(vol ** 2)

    def f(x):
        ex = math.exp(x)
        return ex * (delta ** 2 - phi ** 2 - v - ex) / (2 * (phi ** 2 + v + ex) ** 2) - (x - a) / tau ** 2

    big_a = a
    if delta ** 2 > phi ** 2 + v:
        big_b = math.log(delta ** 2 - phi ** 2 - v)
    else:
        k = 1
        while f(a - k * tau) < 0:
            k += 1
        big_b = a - k * tau
    fa, fb = f(big_a), f(big_b)
    while abs(big_b - big_a) > 1e-6:
        c = big_a + (big_a - big_b) * fa / (fb - fa)
        fc = f(c)
        if fc * fb <= 0:
            big_a, fa = big_b, fb
        else:
            fa = fa / 2
        big_b, fb = c, fc
    vol_new = math.exp(big_a / 2)
    phi_star = math.sqrt(phi ** 2 + vol_new ** 2)
    phi_new = 1 / math.sqrt(1 / phi_star ** 2 + 1 / v)
    mu_new = mu + phi_new ** 2 * g * (score - e)
    return 1500 + SCALE * mu_new, SCALE * phi_new, vol_new


new_win = glicko2_update(g2_r0, g2_rd0, g2_vol0, 1500, rd_settled, 1.0)
settled_win = glicko2_update(1500, rd_settled, g2_vol0, 1500, rd_settled, 1.0)
settled_beats_new = glicko2_update(1500, rd_settled, g2_vol0, g2_r0, g2_rd0, 1.0)
figure("g2_new_gain", new_win[0] - 1500, "{:+.0f} points", "Glicko-2: a new player beats a settled 1500")
figure("g2_new_rd", new_win[1], "{:.0f}", "Glicko-2: the new player's deviation after that one game")
figure("g2_settled_gain", settled_win[0] - 1500, "{:+.1f} points", "Glicko-2: a settled 1500 beats another")
figure("g2_vs_new_gain", settled_beats_new[0] - 1500, "{:+.1f} points", "Glicko-2: a settled 1500 beats a new player")
figure("g2_gain_ratio", (new_win[0] - 1500) / (settled_win[0] - 1500), "{:.0f}x",
       "New player's gain over a settled player's gain for the same win")
figure("g2_rd0_interval", 2 * g2_rd0, "{:d} points", "Half-width of a new player's 95% interval (2 x RD)")

# %% [markdown]
# ## 9. Storage per game and per year

# %%
pgn_moves = plies * san_ply_b
pgn_clk = plies * clk_ply_b
pgn_b = figure("pgn_b", pgn_tags_b + pgn_moves + pgn_clk, "{:,.0f} B", "PGN of a mean game, with clock comments")
figure("pgn_moves_b", pgn_moves, "{:,.0f} B", "PGN movetext of a mean game")
figure("pgn_clk_b", pgn_clk, "{:,.0f} B", "PGN clock comments of a mean game")
figure("byte_per_ply_b", plies, "{:d} B", "Moves at one byte per ply (index into the legal-move list)")
compact_b = figure("compact_b", compact_moves_b + plies * clock_ply_b + meta_b, "{:,.0f} B",
                   "Compact stored game (compressed moves and clocks, metadata)")
figure("pgn_over_compact", pgn_b / compact_b, "{:.0f}x", "PGN over the compact record")
games_year = games_day * YEAR_DAYS
figure("games_year_b", games_year / 1e9, "{:.1f} billion games", "Games per year")
figure("store_year_tb", games_year * compact_b / 1e12, "{:.1f} TB", "Compact archive per year, one copy")
figure("store_year_tb_rep", games_year * compact_b * replicas / 1e12, "{:.0f} TB", "Compact archive per year, all copies")
figure("pgn_year_tb", games_year * pgn_b / 1e12, "{:.0f} TB", "The same archive as PGN text, one copy")
index_b = 2 * 40  # two per-player history entries of ~40 B
figure("index_year_tb", games_year * index_b * replicas / 1e12, "{:.1f} TB",
       "Per-player history index per year, all copies")
live_rate = figure("live_write_mbs", moves_peak * live_move_b / 1e6, "{:.1f} MB/s",
                   "Live move store write rate at peak, one copy")
live_held = figure("live_held_gb", conc_games * plies / 2 * live_move_b / 1e9, "{:.1f} GB",
                   "Live move store held at peak (games half-way through)")

# %% [markdown]
# ## 10. Spectators and fan-out

# %%
top_msgs = figure("top_msgs_per_ply", top_viewers, "{:,.0f} messages", "Messages per ply for the most-watched game")
top_rate = figure("top_msgs_s", top_viewers / top_ply_s, "{:,.0f} messages/s", "Its fan-out rate")
figure("top_mb_per_ply", top_viewers * spect_msg_b / 1e6, "{:.0f} MB", "Bytes per ply to its spectators")
figure("top_gbps", top_viewers * spect_msg_b * 8 / top_ply_s / 1e9, "{:.2f} Gbit/s", "Its average egress")
figure("top_gateways", math.ceil(top_viewers / conn_cap), "{:d} gateways", "Gateways its spectators fill")
figure("top_over_all_moves", top_rate / move_out, "{:.1f}x", "Its fan-out over all other outbound move messages")
relays = math.ceil(top_viewers / conn_cap)
figure("fanout_tree_msgs", relays, "{:d} messages", "Messages the game server sends per ply with one relay per gateway")
figure("spect_join_rate", top_viewers / 60, "{:,.0f} joins/s", "Spectator joins per second if they arrive within a minute")

# %% [markdown]
# ## 11. Fair-play analysis cost

# %%
full_cores = figure("engine_all_cores", games_day * plies * engine_s_per_ply / DAY, "{:,.0f} cores",
                    "Cores to engine-review every game")
figure("engine_review_cores", games_day * plies * engine_s_per_ply * review_share / DAY, "{:,.0f} cores",
       "Cores to engine-review the sampled and flagged share")
figure("engine_game_s", plies * engine_s_per_ply, "{:.0f} core-s", "Engine review of one game")
figure("review_games_day", games_day * review_share / 1e6, "{:.1f} million games", "Games reviewed per day")

# %% [markdown]
# ## 12. Game servers, gateways, and moving games on deploy

# %%
cores = figure("game_cores", moves_peak * cpu_move_us / 1e6, "{:.0f} cores", "Game-server CPU at peak")
figure("game_mem_gb", conc_games * game_mem_kb / 1e6, "{:.1f} GB", "Memory of all live games")
game_nodes = figure("game_nodes", math.ceil(conc_games * zones / (zones - 1) / games_per_node), "{:d} servers",
                    "Game servers at the blast-radius cap, one zone of headroom")
figure("moves_per_node", moves_peak / game_nodes, "{:,.0f} moves/s", "Moves per game server at peak")
figure("cores_per_node", cores / game_nodes, "{:.2f} cores", "CPU per game server for moves")
games_on_node = conc_games / game_nodes
figure("games_on_node", games_on_node, "{:,.0f} games", "Live games per game server at peak")
drain_s = figure("handoff_node_s", games_on_node * handoff_ms / 1000 / handoff_par, "{:.1f} s",
                 "Time to hand off one server's games")
figure("deploy_handoff_min", game_nodes * (drain_s + 30) / 60, "{:.0f} min",
       "Rolling deploy of all game servers, one at a time, 30 s start-up each")
figure("deploy_wait_h", game_nodes * (longest_game_s + 30) / 3600, "{:.0f} h",
       "The same deploy if each server waited for its longest game to end")
figure("longest_game_min", longest_game_s / 60, "{:.0f} min", "A long classical game, in minutes")

# %% [markdown]
# ## 13. Scaling 10x, 100x, 1000x from the MVP


# %%
def at_scale(f):
    starts = starts_peak * f
    games = conc_games * f
    moves = moves_peak * f
    c = conns * f
    msgs = msgs_total * f
    return starts, games, moves, c, msgs


for name, f in (("mvp", 0.001), ("x10", 0.01), ("x100", 0.1), ("x1000", 1.0)):
    starts, games, moves, c, msgs = at_scale(f)
    figure(f"{name}_starts", starts, "{:,.1f} games/s" if starts < 10 else "{:,.0f} games/s", f"{name}: peak game starts")
    figure(f"{name}_games", games, "{:,.0f} games", f"{name}: live games at peak")
    figure(f"{name}_moves", moves, "{:,.0f} moves/s", f"{name}: moves per second at peak")
    figure(f"{name}_conns", c, "{:,.0f} connections", f"{name}: connections at peak")
    figure(f"{name}_msgs", msgs, "{:,.0f} messages/s", f"{name}: WebSocket messages per second at peak")
    figure(f"{name}_store_gb", games_year * f * compact_b / 1e9, "{:,.0f} GB", f"{name}: archive per year, one copy")
    figure(f"{name}_pool", pool_rate_total * f * small_pool_share, "{:.2f} players/s",
           f"{name}: arrivals in the smallest pool")
    figure(f"{name}_db_share", moves / db_budget, "{:,.0%}",
           f"{name}: per-move row writes as a share of one primary's budget")
figure("x100_move_rows", moves_peak * 0.1, "{:,.0f} rows/s", "100x: per-move row writes")
