# %% [markdown]
# # Design the OpenAI Playground
#
# The back-of-the-envelope notebook behind the walkthrough. Inputs first, each declared
# once with `assume` and where it comes from; every number the page quotes is a `figure`
# computed below. GPU and model numbers come only from `estimates.reference` and the
# formulas only from `estimates.llm`. OpenAI's own model shapes are not public, so the
# GPU-side sections use Llama 3.1 70B in BF16 on eight H100 SXM (tensor parallelism 8) as
# a stand-in for "a large dense model": treat those results as orders of magnitude.
#
# Sections:
#
# 1. Inputs
# 2. Traffic and token volumes
# 3. Stream duration from the serving arithmetic, and concurrent streams by Little's law
# 4. SSE bandwidth: one event per token against coalesced events; gateway fleet
# 5. Rate limits: reservations, refunds and what a TPM limit admits
# 6. Cost accounting: cost per run, long sessions, metering event rates and storage
# 7. Session state: presets, history, share links, the resume buffer
# 8. GPU-side load (stand-in model)
# 9. Parameter validation against the context window
# 10. Abuse economics and the spend-limit overshoot
# 11. Scaling 10x, 100x, 1000x
# 12. Interviewer twists
# 13. Operating it

# %% [markdown]
# ## 1. Inputs
#
# "crack-ml" marks facts from the source that reports the question; "assumption" marks a
# guess a reader can change; "design choice" marks a parameter this walkthrough picks.

# %%
import math

import numpy as np

from estimates import assume, assumptions_table, figure, restate
from estimates import llm
from estimates import reference as ref
from estimates.charts import new_chart, show

L70 = ref.MODELS["llama-3.1-70b"]
H100 = ref.GPUS["h100-sxm"]


# Traffic
dau = assume("dau", 500_000, "{:,.0f} developers/day", "Developers who use the Playground on a given day", "assumption")
runs_per_user = assume("runs_per_user", 20, "{:d} runs", "Runs (one click of Run) per active developer per day", "assumption")
peak_to_mean = assume("peak_to_mean", 3.0, "{:.1f}x", "Peak-to-mean ratio of runs (working hours bunch up)", "assumption")
prompt_tok = assume("prompt_tok", 1_500, "{:,d} tokens", "Mean input tokens per run (system prompt, history, new message)", "assumption")
output_tok = assume("output_tok", 400, "{:,d} tokens", "Mean output tokens per run", "assumption")
registered = assume("registered", 4_000_000, "{:,.0f} developers", "Developers with saved Playground state", "assumption")

# Serving stand-in (for stream duration and GPU load only)
efficiency = assume("efficiency", 0.7, "{:.0%}", "Share of peak HBM bandwidth and FLOP/s sustained in decode", "assumption")
prefill_mfu = assume("prefill_mfu", 0.5, "{:.0%}", "Model FLOP utilisation during prefill", "assumption")
reserve = assume("reserve", 0.10, "{:.0%}", "HBM held back for activations and fragmentation", "assumption")
batch = assume("batch", 64, "{:d} sequences", "Decode batch per 8-GPU replica at the planning point", "assumption")
avg_context = assume("avg_context", 2_048, "{:,d} tokens", "Tokens each running sequence holds in KV cache (mean)", "assumption")
gpu_util = assume("gpu_util", 0.6, "{:.0%}", "Target utilisation of decode replicas (headroom for bursts)", "design choice")
queue_s = assume("queue_s", 0.25, "{:.2f} s", "Admission, routing and queue wait before prefill at normal load", "assumption")
usd_gpu_h = assume("usd_gpu_h", 3.00, "${:.2f} per GPU-hour",
                   "H100 SXM price (an assumption, not a quote: prices vary by provider and commitment)", "assumption")
hbm_gb = restate("h100_hbm_gb", "H100_SXM_HBM_GB", "{:.0f} GB", "H100 SXM memory")
bf16_dense = restate("h100_bf16_dense_tflops", "H100_SXM_BF16_DENSE_TFLOPS", "{:.1f} TFLOP/s",
                     "H100 SXM BF16 dense peak (datasheet's sparsity figure halved)")
hbm_tbps = restate("h100_hbm_tbps", "H100_SXM_HBM_TBPS", "{:.2f} TB/s", "H100 SXM memory bandwidth")
ctx_window = restate("ctx_window", "LLAMA31_70B_CONTEXT", "{:,.0f} tokens", "Context window of the stand-in model")
chars_per_token = restate("chars_per_token", "CHARS_PER_TOKEN_EN", "{:.0f} characters", "Characters per token (English)")

# Streaming
envelope_b = assume("envelope_b", 220, "{:d} B", "JSON envelope and SSE framing of one delta event (ids, model, choice index)", "assumption")
flush_ms = assume("flush_ms", 50, "{:d} ms", "Coalescing interval: the gateway flushes deltas at most this often", "design choice")
heartbeat_s = assume("heartbeat_s", 15, "{:d} s", "SSE comment heartbeat on an idle stream", "WHATWG HTML SSE authoring notes")
conn_kb = assume("conn_kb", 64, "{:d} KB", "Gateway memory per open stream (TLS, HTTP/2 stream, buffers)", "assumption")
streams_per_gw = assume("streams_per_gw", 20_000, "{:,d} streams", "Open streams one gateway instance holds (planning budget)", "assumption")
gw_headroom = assume("gw_headroom", 2.0, "{:.1f}x", "Gateway capacity over peak (survive losing a zone)", "design choice")
resume_ttl_s = assume("resume_ttl_s", 300, "{:d} s", "How long a finished or orphaned run's events stay resumable", "design choice")

# Rate limits
tpm_limit = assume("tpm_limit", 200_000, "{:,d} tokens/min", "A project's tokens-per-minute limit for one model (example tier)", "assumption")
max_tok_loose = assume("max_tok_loose", 4_096, "{:,d} tokens", "max output tokens when a UI defaults it to a large cap", "assumption")
max_tok_default = assume("max_tok_default", 1_024, "{:,d} tokens", "This design's default max output tokens in the UI", "design choice")
max_out_cap = assume("max_out_cap", 16_384, "{:,d} tokens", "Largest max output tokens the stand-in model accepts", "design choice")
buckets = assume("buckets", 3, "{:d}", "Buckets each run touches (user in Playground, project-model, model-global)", "design choice")
ops_per_bucket = assume("ops_per_bucket", 2, "{:d}", "Limiter operations per bucket per run (reserve, settle)", "design choice")
redis_shard_ops = assume("redis_shard_ops", 100_000, "{:,d} ops/s", "Operations one in-memory limiter shard sustains (planning budget)", "assumption")
pg_share = assume("pg_share", 0.20, "{:.0%}", "Share of a project's TPM the Playground may use", "design choice")

# Cost accounting
price_in = assume("price_in", 2.50, "${:.2f} per 1M tokens", "Input price of the example model (illustrative, not a list price)", "assumption")
price_out = assume("price_out", 10.00, "${:.2f} per 1M tokens", "Output price of the example model (illustrative, not a list price)", "assumption")
usage_event_b = assume("usage_event_b", 400, "{:d} B", "One usage record (run id, org, project, user, model, token counts, price version)", "assumption")
usage_retention_d = assume("usage_retention_d", 400, "{:d} days", "Retention of raw usage records (billing disputes)", "design choice")
replication = assume("replication", 3, "{:d}x", "Storage replication factor", "assumption")
rows_per_run = assume("rows_per_run", 5, "{:d} rows", "OLTP row writes per run in the MVP (run insert and update, 2 messages, 1 usage)", "design choice")
db_write_budget = assume("db_write_budget", 10_000, "{:,d} rows/s", "Indexed row writes one relational primary sustains (planning budget)", "assumption")
recon_tolerance = assume("recon_tolerance", 0.0001, "{:.2%}", "Daily reconciliation tolerance between ledger and model-server counters", "design choice")

# Sessions
sys_tok = assume("sys_tok", 500, "{:d} tokens", "System prompt in the long-session example", "assumption")
user_msg_tok = assume("user_msg_tok", 150, "{:d} tokens", "User message per turn in the long-session example", "assumption")
turns = assume("turns", 30, "{:d} turns", "Turns in the long-session example", "assumption")
window_turns = assume("window_turns", 6, "{:d} turns", "Turns of history kept by a rolling window", "design choice")
presets_per_dev = assume("presets_per_dev", 8, "{:d}", "Saved presets per developer", "assumption")
preset_kb = assume("preset_kb", 5, "{:d} KB", "One preset (messages, parameters, tool schemas)", "assumption")
history_days = assume("history_days", 30, "{:d} days", "Retention of Playground history", "design choice")
row_meta_b = assume("row_meta_b", 300, "{:d} B", "Metadata per stored message or run row", "assumption")

# Abuse and spend
free_credit = assume("free_credit", 5.00, "${:.2f}", "Trial credit granted to a new account", "assumption")
farm_accounts = assume("farm_accounts", 1_000, "{:,d} accounts/day", "Accounts a credit farmer creates per day", "interviewer twist")
project_conc = assume("project_conc", 50, "{:d} runs", "Concurrent Playground runs allowed per project", "design choice")

# Operations
drain_grace_s = assume("drain_grace_s", 180, "{:d} s", "Grace a draining gateway gives open streams", "design choice")
gw_start_s = assume("gw_start_s", 30, "{:d} s", "Gateway start-up until it takes traffic", "assumption")
deploy_batch = assume("deploy_batch", 0.1, "{:.0%}", "Share of gateways replaced per deploy step", "design choice")
regions = assume("regions", 3, "{:d}", "Serving regions at 1000x", "design choice")

# Interviewer twists and examples
doc_tok = assume("doc_tok", 100_000, "{:,d} tokens", "Document a developer pastes in the production-limit twist", "interviewer twist")
ex_in = assume("ex_in", 1_512, "{:,d} tokens", "Input tokens of the example run the page follows", "assumption")
ex_out = assume("ex_out", 412, "{:,d} tokens", "Output tokens of the example run", "assumption")
ex_stop_out = assume("ex_stop_out", 180, "{:,d} tokens", "Output tokens generated before the user pressed Stop", "assumption")
layers = restate("l70_layers", "LLAMA31_70B_LAYERS", "{:.0f}", "Stand-in layers")
kv_heads = restate("l70_kv_heads", "LLAMA31_70B_KV_HEADS", "{:.0f}", "Stand-in KV heads (GQA)")
q_heads = restate("l70_heads", "LLAMA31_70B_HEADS", "{:.0f}", "Stand-in query heads")
head_dim = restate("l70_head_dim", "LLAMA31_70B_HEAD_DIM", "{:.0f}", "Stand-in head dimension")
big_prompt = assume("big_prompt", 127_000, "{:,d} tokens", "A pasted document in the validation example", "assumption")
panes = assume("panes", 4, "{:d} panes", "Models compared side by side in one click", "interviewer twist")
org_tpm = assume("org_tpm", 2_000_000, "{:,d} tokens/min", "An organisation's TPM in the twist", "interviewer twist")
drift = assume("drift", 0.02, "{:.0%}", "Gap between billed totals and GPU-side counters", "interviewer twist")
assumptions_table()

# %% [markdown]
# ## 2. Traffic and token volumes

# %%
DAY = ref.SECONDS_PER_DAY
runs_day = dau * runs_per_user
figure("runs_day", runs_day / 1e6, "{:.0f} million runs/day", "Runs per day")
runs_mean = figure("runs_mean", runs_day / DAY, "{:,.0f} runs/s", "Mean run rate")
runs_peak = figure("runs_peak", runs_mean * peak_to_mean, "{:,.0f} runs/s", "Peak run rate")
tok_per_run = prompt_tok + output_tok
figure("tok_per_run", tok_per_run, "{:,d} tokens", "Tokens per run, input plus output")
figure("tokens_day", runs_day * tok_per_run / 1e9, "{:.0f} billion tokens/day", "Tokens per day")
in_tps_peak = figure("in_tps_peak", runs_peak * prompt_tok, "{:,.0f} tokens/s", "Input tokens per second at peak")
out_tps_peak = figure("out_tps_peak", runs_peak * output_tok, "{:,.0f} tokens/s", "Output tokens per second at peak")
figure("output_words", output_tok * ref.WORDS_PER_TOKEN_EN, "{:.0f} words", "Words in a mean answer")

# %% [markdown]
# ## 3. Stream duration and concurrent streams
#
# A stream lasts from the click until the last token: queue wait, prefill (TTFT), then
# one decode step per output token (TPOT). Both come from `estimates.llm` for the stand-in.
# Little's law: streams open at once = run rate x mean stream duration.

# %%
n_tp = 8
w70 = llm.weights_bytes(L70)
p70 = llm.param_count(L70)
kv70 = llm.kv_cache_bytes_per_token(L70)
bw8, fl8, hbm8 = n_tp * H100.hbm_bytes_per_s, n_tp * H100.bf16_dense_flops, n_tp * H100.hbm_bytes

prefill_s = llm.prefill_time_s(p70, prompt_tok, fl8, prefill_mfu)
ttft = queue_s + prefill_s
tpot = llm.decode_step_time_s(w70, kv70, batch, avg_context, p70, bw8, fl8, efficiency)
stream_s = llm.request_latency_s(ttft, tpot, output_tok)
figure("prefill_ms", prefill_s * 1e3, "{:.0f} ms", "Prefill of a mean prompt on the stand-in (8 H100s)")
figure("ttft_s", ttft, "{:.2f} s", "Time to first token: queue plus prefill")
figure("tp8_bw_tbps", bw8 / 1e12, "{:.1f} TB/s", "HBM bandwidth across 8 H100s")
figure("step_gb", llm.decode_bytes_per_step(w70, kv70, batch, avg_context) / 1e9, "{:.0f} GB",
       "Bytes read per decode step: weights once plus every sequence's KV cache")
figure("tpot_ms", tpot * 1e3, "{:.1f} ms", "Time per output token at the planning batch")
tok_s = figure("stream_tok_s", 1 / tpot, "{:.0f} tokens/s", "Tokens per second one stream sees")
figure("stream_s", stream_s, "{:.1f} s", "Mean stream duration")
conc = figure("conc_streams", llm.little_concurrency(runs_peak, stream_s), "{:,.0f} streams", "Streams open at peak (Little's law)")
figure("conc_mean", llm.little_concurrency(runs_mean, stream_s), "{:,.0f} streams", "Streams open at the mean rate")

# The same stream at the model's largest output
long_stream_s = llm.request_latency_s(ttft, tpot, max_out_cap)
figure("long_stream_s", long_stream_s, "{:.0f} s", "A stream that runs to the max output cap")

fig, ax = new_chart()
outs = np.linspace(50, 4000, 80)
for mult, label in ((1, "1x"), (10, "10x"), (100, "100x")):
    ax.plot(outs, [llm.little_concurrency(runs_peak * mult, llm.request_latency_s(ttft, tpot, o)) for o in outs],
            label=f"{label} ({runs_peak * mult:,.0f} runs/s)")
ax.axvline(output_tok, color="#010203", alpha=0.3, linewidth=1)
ax.annotate("mean answer", (output_tok * 1.05, 600), fontsize=9)
ax.set_yscale("log")
ax.set_xlabel("Mean output tokens per run")
ax.set_ylabel("Streams open at peak")
ax.legend(frameon=False)
show(fig, alt="Streams open at peak against mean output length at 1x, 10x and 100x load: the count grows linearly "
              "with answer length, from about 1,500 streams at 400 tokens and 1x to several million at 4,000 tokens and 100x")

# %% [markdown]
# ## 4. SSE bandwidth and the gateway fleet
#
# One event per token carries a JSON envelope that dwarfs the few characters of text.
# Coalescing flushes whatever arrived in the last `flush_ms` as one event.

# %%
text_b = chars_per_token  # one byte per character for English text in UTF-8
per_token_event_b = envelope_b + text_b
figure("per_token_event_b", per_token_event_b, "{:.0f} B", "One event per token: bytes per event")
figure("overhead_ratio", per_token_event_b / text_b, "{:.0f}x", "Event bytes over text bytes, one event per token")
stream_bps_token = tok_s * per_token_event_b
figure("stream_kbps_token", stream_bps_token * 8 / 1e3, "{:.0f} kbit/s", "One stream, one event per token")
tok_per_flush = tok_s * flush_ms / 1e3
figure("tok_per_flush", tok_per_flush, "{:.1f} tokens", "Tokens per coalesced event")
events_per_s_coal = 1e3 / flush_ms
coal_event_b = envelope_b + text_b * tok_per_flush
stream_bps_coal = events_per_s_coal * coal_event_b
figure("stream_kbps_coal", stream_bps_coal * 8 / 1e3, "{:.0f} kbit/s", "One stream, coalesced every 50 ms")
figure("coal_saving", stream_bps_token / stream_bps_coal, "{:.1f}x", "Bandwidth saved by coalescing")
figure("events_per_run_token", output_tok, "{:,d} events", "Events per mean run, one per token")
figure("events_per_run_coal", (stream_s - ttft) * events_per_s_coal, "{:.0f} events", "Events per mean run, coalesced")
egress_token = out_tps_peak * per_token_event_b
decode_stream_share = (stream_s - ttft) / stream_s
egress_coal = conc * decode_stream_share * stream_bps_coal
figure("egress_token_mbps", egress_token * 8 / 1e6, "{:,.0f} Mbit/s", "SSE egress at peak, one event per token")
figure("egress_coal_mbps", egress_coal * 8 / 1e6, "{:,.0f} Mbit/s", "SSE egress at peak, coalesced")
figure("heartbeat_b_per_min", 60 / heartbeat_s * 3, "{:.0f} B/min", "Heartbeat cost of an idle stream (a 3-byte comment line)")

figure("max_answer_kb", max_out_cap * chars_per_token / 1e3, "{:.0f} KB", "Text of an answer at the max output cap")
gateways = max(2, math.ceil(conc * gw_headroom / streams_per_gw))
figure("gateways", gateways, "{:d} instances", "Gateway instances at peak (2 minimum)")
figure("gw_mem_gb", conc * conn_kb * 1e3 / 1e9, "{:.2f} GB", "Gateway memory held by open streams at peak")

# %% [markdown]
# ## 5. Rate limits: reservations and refunds
#
# Admission cannot know the output length, so it reserves input tokens + max output tokens
# against the TPM bucket and refunds the unused part when the run settles. Without the
# refund every run costs its worst case against the limit.

# %%
reserve_loose = prompt_tok + max_tok_loose
reserve_default = prompt_tok + max_tok_default
figure("reserve_loose", reserve_loose, "{:,d} tokens", "Reservation per run with max tokens 4,096")
figure("reserve_default", reserve_default, "{:,d} tokens", "Reservation per run with max tokens 1,024")
figure("rpm_no_refund_loose", tpm_limit / reserve_loose, "{:.0f} runs/min", "Runs a 200K TPM bucket admits per minute, no refund, 4,096")
figure("rpm_no_refund_default", tpm_limit / reserve_default, "{:.0f} runs/min", "Same with max tokens 1,024")
figure("rpm_refund", tpm_limit / tok_per_run, "{:.0f} runs/min", "Same when unused reservation is refunded")
figure("overcharge_loose", reserve_loose / tok_per_run, "{:.1f}x", "Worst-case charge over actual use, max tokens 4,096")
figure("overcharge_default", reserve_default / tok_per_run, "{:.1f}x", "Worst-case charge over actual use, max tokens 1,024")
# Reserved-but-unused tokens held at any moment while runs are in flight (Little's law on the excess)
held = runs_peak * stream_s * (max_tok_default - output_tok)
figure("held_reservation", held / 1e6, "{:.2f} million tokens", "Unused reservation held across all in-flight runs at peak")
limiter_ops = runs_peak * buckets * ops_per_bucket
figure("limiter_ops", limiter_ops, "{:,.0f} ops/s", "Limiter operations at peak")

fig, ax = new_chart()
mts = np.array([256, 512, 1024, 2048, 4096, 8192, 16384])
ax.plot(mts, tpm_limit / (prompt_tok + mts), marker="o", label="charged at reservation, never refunded")
ax.plot(mts, [tpm_limit / tok_per_run] * len(mts), linestyle="--", label="refunded to actual use at settle")
ax.set_xscale("log", base=2)
ax.set_xlabel("max output tokens set in the UI")
ax.set_ylabel("Runs admitted per minute")
ax.legend(frameon=False)
show(fig, alt="Runs a 200,000 tokens-per-minute bucket admits per minute against the max output tokens setting: "
              "without refunds the count falls from over 100 to about 11 as max tokens rises; with refunds it stays "
              "near 105 whatever the setting")

# %% [markdown]
# ## 6. Cost accounting
#
# Price = input tokens x input price + output tokens x output price. A chat session resends
# its history every turn, so input grows with the turn number and the session's total input
# grows with the square of the number of turns.

# %%
cost_run = prompt_tok * price_in / 1e6 + output_tok * price_out / 1e6
figure("cost_run", cost_run, "${:.4f}", "List cost of a mean run")
figure("cost_day", runs_day * cost_run / 1e3, "${:,.0f}K per day", "List value metered per day")
figure("recon_usd_day", runs_day * cost_run * recon_tolerance, "${:,.2f} per day", "Reconciliation tolerance in dollars per day")

turn_new = user_msg_tok + output_tok
def session(n, window=None):
    ins, outs_ = [], []
    for k in range(1, n + 1):
        past = k - 1 if window is None else min(k - 1, window)
        ins.append(sys_tok + past * turn_new + user_msg_tok)
        outs_.append(output_tok)
    return np.array(ins), np.array(outs_)


def cost(ins, outs_):
    return ins * price_in / 1e6 + outs_ * price_out / 1e6


ins_full, outs_full = session(turns)
ins_win, outs_win = session(turns, window_turns)
figure("session_in_full", ins_full.sum(), "{:,.0f} tokens", "Input tokens over a 30-turn session resending all history")
figure("session_in_win", ins_win.sum(), "{:,.0f} tokens", "Input tokens with a 6-turn window")
figure("session_last_turn_in", ins_full[-1], "{:,.0f} tokens", "Input tokens of the 30th turn alone")
c_full = cost(ins_full, outs_full).sum()
c_win = cost(ins_win, outs_win).sum()
c_first = cost(ins_full[:1], outs_full[:1]).sum()
figure("session_cost_full", c_full, "${:.2f}", "Cost of the 30-turn session, all history")
figure("session_cost_win", c_win, "${:.2f}", "Cost with a 6-turn window")
figure("session_cost_naive", c_first * turns, "${:.2f}", "30 x the cost of the first turn (the naive estimate)")
figure("session_ratio", c_full / (c_first * turns), "{:.1f}x", "Real session cost over the naive estimate")
figure("session_input_share", ins_full.sum() * price_in / 1e6 / c_full, "{:.0%}", "Share of the session's cost that is input")
overflow_turn = math.floor((ctx_window - sys_tok - user_msg_tok - max_tok_default) / turn_new) + 1
figure("overflow_turn", overflow_turn, "{:,d}", "Turn at which resent history no longer fits the context window")

fig, ax = new_chart()
k = np.arange(1, turns + 1)
ax.plot(k, np.cumsum(cost(ins_full, outs_full)), label="resend all history")
ax.plot(k, np.cumsum(cost(ins_win, outs_win)), label=f"keep last {window_turns} turns")
ax.plot(k, k * c_first, linestyle="--", label="turns x first-turn cost")
ax.set_xlabel("Turn")
ax.set_ylabel("Cumulative session cost (USD)")
ax.legend(frameon=False)
show(fig, alt="Cumulative cost of a Playground chat session by turn: resending all history curves upward to about "
              "77 cents at turn 30, a six-turn window flattens into a straight line reaching about 39 cents, and the naive turns-times-first-turn "
              "line reaches 17 cents")

# Metering event rates and storage
ev_peak = figure("usage_ev_peak", runs_peak, "{:,.0f} events/s", "Usage records at peak, one per run")
figure("usage_ev_token_peak", out_tps_peak, "{:,.0f} events/s", "Usage records at peak if one were sent per token")
figure("usage_ev_ratio", out_tps_peak / runs_peak, "{:.0f}x", "Per-token metering over per-run metering")
usage_gb_day = runs_day * usage_event_b / 1e9
figure("usage_gb_day", usage_gb_day, "{:.1f} GB/day", "Raw usage records per day")
figure("usage_tb_retained", usage_gb_day * usage_retention_d * replication / 1e3, "{:.1f} TB", "Raw usage records retained, replicated")
rows_peak = runs_peak * rows_per_run
figure("oltp_rows_peak", rows_peak, "{:,.0f} rows/s", "MVP row writes at peak")
figure("oltp_util", rows_peak / db_write_budget, "{:.0%}", "Share of one primary's write budget at 1x")

# %% [markdown]
# ## 7. Session state

# %%
figure("presets_gb", registered * presets_per_dev * preset_kb * 1e3 / 1e9, "{:.0f} GB", "All saved presets")
run_full_b = tok_per_run * chars_per_token + row_meta_b
run_delta_b = (user_msg_tok + output_tok) * chars_per_token + 2 * row_meta_b
figure("hist_full_kb", run_full_b / 1e3, "{:.1f} KB", "History per run if every run stores its whole prompt")
figure("hist_delta_kb", run_delta_b / 1e3, "{:.1f} KB", "History per run storing only new messages")
figure("hist_full_tb", runs_day * run_full_b * history_days / 1e12, "{:.2f} TB", "History for 30 days, whole prompts")
figure("hist_delta_tb", runs_day * run_delta_b * history_days / 1e12, "{:.2f} TB", "History for 30 days, new messages only")
resume_b = runs_peak * resume_ttl_s * (output_tok * chars_per_token + row_meta_b)
figure("resume_mb", resume_b / 1e6, "{:,.0f} MB", "Resume buffer at peak (5 minutes of run events)")

# %% [markdown]
# ## 8. GPU-side load (stand-in: Llama 3.1 70B, BF16, 8x H100, TP8)

# %%
figure("w70_gb", w70 / 1e9, "{:.0f} GB", "Stand-in weights in BF16")
figure("kv70_kib", kv70 / 1024, "{:.0f} KiB", "KV cache per token: 2 x 80 layers x 8 KV heads x 128 x 2 B")
budget = llm.kv_budget_bytes(hbm8, w70, reserve)
figure("kv_budget_gb", budget / 1e9, "{:.0f} GB", "KV budget per replica")
kv_full = llm.kv_cache_bytes_per_sequence(L70, int(ctx_window))
figure("kv_full_gb", kv_full / 1e9, "{:.1f} GB", "KV cache of one full-context run")
figure("seq_full", llm.max_batch_by_kv_memory(budget, kv70, int(ctx_window)), "{:d} runs", "Full-context runs one replica holds")
figure("seq_avg", llm.max_batch_by_kv_memory(budget, kv70, int(avg_context)), "{:,d} runs", "Mean-context runs one replica holds")
figure("full_vs_avg", ctx_window / avg_context, "{:.0f}x", "KV footprint of a full-context run over a mean run")
rep_tps = llm.decode_tokens_per_s(w70, kv70, batch, avg_context, p70, bw8, fl8, efficiency)
figure("replica_tps", rep_tps, "{:,.0f} tokens/s", "Decode throughput of one replica at the planning batch")
decode_reps = llm.replicas_needed(out_tps_peak, rep_tps, gpu_util)
figure("decode_replicas", decode_reps, "{:d} replicas", "Decode replicas at peak")
prefill_gpus = in_tps_peak * 2 * p70 / (H100.bf16_dense_flops * prefill_mfu)
figure("prefill_gpus", prefill_gpus, "{:.0f} GPUs", "GPU-equivalents busy with prefill at peak")
gpus_1x = decode_reps * n_tp + math.ceil(prefill_gpus / gpu_util)
figure("gpus_1x", gpus_1x, "{:,d} GPUs", "GPUs for Playground traffic at peak (decode plus prefill)")
figure("gpu_cost_per_m_out", llm.cost_per_million_tokens(usd_gpu_h, n_tp, rep_tps), "${:.2f}",
       "GPU cost per million output tokens on the stand-in (decode only)")
figure("gpu_day_usd", gpus_1x * usd_gpu_h * 24 / 1e3, "${:,.0f}K per day", "GPU bill if the peak fleet ran all day")

# %% [markdown]
# ## 9. Parameter validation

# %%
figure("big_room", ctx_window - big_prompt, "{:,.0f} tokens", "Output room left in the context window")
figure("big_over", big_prompt + max_tok_loose - ctx_window, "{:,.0f} tokens", "How far prompt + 4,096 overshoots the window")

# %% [markdown]
# ## 10. Abuse economics and spend limits

# %%
figure("runs_per_credit", free_credit / cost_run, "{:,.0f} runs", "Mean runs a trial credit buys")
figure("farm_usd_day", free_credit * farm_accounts, "${:,.0f} per day", "List value a farmer extracts per day")
max_run_cost = (ctx_window - max_out_cap) * price_in / 1e6 + max_out_cap * price_out / 1e6
figure("max_run_cost", max_run_cost, "${:.2f}", "Most one run can cost (full window, max output)")
figure("overshoot_usd", project_conc * max_run_cost, "${:.2f}", "Spend-limit overshoot if spend were checked only at settle")

# %% [markdown]
# ## 11. Scaling 10x, 100x, 1000x

# %%
for mult, label in ((1, "x1"), (10, "x10"), (100, "x100"), (1000, "x1000")):
    rp = runs_peak * mult
    c = llm.little_concurrency(rp, stream_s)
    figure(f"{label}_runs", rp, "{:,.0f} runs/s", f"Peak runs at {label}")
    figure(f"{label}_streams", c, "{:,.0f}", f"Open streams at {label}")
    figure(f"{label}_gw", max(2, math.ceil(c * gw_headroom / streams_per_gw)), "{:,d}", f"Gateways at {label}")
    figure(f"{label}_egress", c * decode_stream_share * stream_bps_coal * 8 / 1e9, "{:,.2f} Gbit/s", f"Coalesced SSE egress at {label}")
    figure(f"{label}_egress_token", out_tps_peak * mult * per_token_event_b * 8 / 1e9, "{:,.2f} Gbit/s", f"Per-token SSE egress at {label}")
    ops = rp * buckets * ops_per_bucket
    figure(f"{label}_limiter", ops, "{:,.0f} ops/s", f"Limiter ops at {label}")
    figure(f"{label}_shards", max(1, math.ceil(ops * gw_headroom / redis_shard_ops)), "{:,d}", f"Limiter shards at {label}")
    figure(f"{label}_rows", rp * rows_per_run, "{:,.0f} rows/s", f"MVP row writes at {label}")
    gp = llm.replicas_needed(out_tps_peak * mult, rep_tps, gpu_util) * n_tp + math.ceil(prefill_gpus * mult / gpu_util)
    figure(f"{label}_gpus", gp, "{:,d}", f"GPUs at {label}")
    figure(f"{label}_hist_tb", runs_day * mult * run_delta_b * history_days / 1e12, "{:,.1f} TB", f"30-day history at {label}")
figure("x10_rows_over", runs_peak * 10 * rows_per_run / db_write_budget, "{:.1f}x", "MVP writes at 10x over one primary's budget")
figure("x1000_per_region", runs_peak * 1000 * stream_s / regions, "{:,.0f}", "Open streams per region at 1000x")

# %% [markdown]
# ## 12. Interviewer twists

# %%
# Compare mode: four models side by side
figure("compare_reserve", panes * reserve_default, "{:,d} tokens", "Reservation of one compare click (4 panes)")
figure("compare_two_tabs", 2 * panes, "{:d} streams", "Streams two compare tabs open (HTTP/1.1 allows 6 per host)")
# The Playground eating production limits
doc_run = doc_tok + max_tok_default
figure("doc_run_reserve", doc_run, "{:,d} tokens", "Reservation of one run on a 100K-token document")
figure("doc_runs_to_starve", org_tpm / doc_run, "{:.0f} runs/min", "Such runs per minute that take the whole org limit")
figure("pg_cap_tpm", org_tpm * pg_share, "{:,.0f} tokens/min", "Playground sub-limit at 20%")
figure("pg_cap_doc_runs", org_tpm * pg_share / doc_run, "{:.0f} runs/min", "Document runs per minute under the sub-limit")
# Finance sees totals 2% above the GPU counters
figure("drift_usd_day", runs_day * cost_run * drift, "${:,.0f} per day", "That drift in dollars per day at 1x")
figure("drift_runs_day", runs_day * drift / 1e3, "{:,.0f}K runs/day", "Runs a day that would be counted twice to explain it")

# %% [markdown]
# ## 13. Operating it

# %%
steps = math.ceil(1 / deploy_batch)
figure("deploy_steps", steps, "{:d} steps", "Steps in a rolling gateway deploy")
figure("deploy_min", steps * (drain_grace_s + gw_start_s) / 60, "{:.0f} min", "Rolling deploy of the gateway fleet")
figure("drain_margin_s", drain_grace_s - long_stream_s, "{:.0f} s", "Grace left after the longest stream (negative means cut streams)")

# %% [markdown]
# ## 14. The example run the page follows

# %%
def run_cost(i, o):
    return i * price_in / 1e6 + o * price_out / 1e6


figure("ex_in_raw", ex_in, "{:d}", "Example input tokens, bare number for the JSON sample")
figure("ex_out_raw", ex_out, "{:d}", "Example output tokens, bare number")
figure("ex_reserved_raw", ex_in + max_tok_default, "{:d}", "Example reservation, bare number")
figure("ex_cost_micros", round(run_cost(ex_in, ex_out) * 1e6), "{:d}", "Example cost in micro-dollars")
figure("ex_cost", run_cost(ex_in, ex_out), "${:.4f}", "Example run's cost")
figure("ex_stop_cost", run_cost(ex_in, ex_stop_out), "${:.4f}", "Cost of the example run stopped early")
figure("ex_room", ctx_window - ex_in, "{:,.0f} tokens", "Output room left by the example prompt")
figure("kv_bytes_check", 2 * layers * kv_heads * head_dim * 2, "{:,.0f} bytes", "2 x layers x KV heads x head_dim x 2 B")
figure("gqa_ratio", q_heads / kv_heads, "{:.0f}x", "Query heads over KV heads: the overstatement from ignoring GQA")
figure("kv_if_mha_mb", llm.kv_cache_bytes_per_token_if_mha(L70) / 1e6, "{:.2f} MB", "Per token if the query heads were used by mistake")
assert 2 * layers * kv_heads * head_dim * 2 == kv70, "hand formula must match estimates.llm"
