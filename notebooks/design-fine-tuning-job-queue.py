# %% [markdown]
# # Design queueing for long-running fine-tuning jobs
#
# The back-of-the-envelope notebook behind the walkthrough. GPU specifications and model
# shapes come only from `estimates.reference`; serving and training arithmetic comes from
# `estimates.llm` wherever a formula exists there (parameter counts, weight bytes, GPUs to
# hold a state, the 2 x params x tokens forward pass). Two formulas are not in `estimates.llm`
# and are written out here with their derivation: the LoRA adapter size and the
# Young/Daly checkpoint interval. Every other number is an assumption, declared once.
#
# Llama 3.1 8B and 70B on H100 SXM stand in for "a small and a large base model"; the
# customers' base models are not public, their shapes are.
#
# Sections:
#
# 1. Inputs
# 2. Model state: parameters, training memory, checkpoint and output sizes, LoRA adapters
# 3. Job classes: compute, run time, GPU-hours, cost per trained token
# 4. Daily load, fleet size and money
# 5. Data validation: what it costs and what it saves
# 6. Failures at fleet scale (per-GPU rate from a published run)
# 7. Checkpoint interval: Young, Daly, exact (chart)
# 8. Gangs and moldable shapes
# 9. Fair share: a whale's burst against small tenants (simulation, chart)
# 10. DRF with a second scarce resource (grader throughput)
# 11. Control plane: active jobs, polling, events
# 12. Model registry and serving
# 13. Scaling 10x, 100x, 1000x
# 14. Interviewer twists

# %% [markdown]
# ## 1. Inputs

# %%
import heapq
import math

import numpy as np

from estimates import assume, assumptions_table, figure, restate
from estimates import llm
from estimates import reference as ref
from estimates.charts import SERIES, new_chart, show

L8 = ref.MODELS["llama-3.1-8b"]
L70 = ref.MODELS["llama-3.1-70b"]
L405 = ref.MODELS["llama-3.1-405b"]
H100 = ref.GPUS["h100-sxm"]


src = ref.cite  # the source line of a reference constant an assumption restates


ZERO = "ZeRO, Rajbhandari et al., arXiv:1910.02054, section 3.1 (checked 2026-11-23)"
LLAMA = "Llama 3 report (arXiv:2407.21783) as reported by DatacenterDynamics (checked 2026-11-23)"
OPENAI_SFT = "OpenAI supervised fine-tuning guide (checked 2026-11-23)"

# Hardware, restated from the reference module
h100_bf16 = restate("h100_bf16_dense_tflops", "H100_SXM_BF16_DENSE_TFLOPS", "{:,.1f} TFLOP/s",
                    "H100 SXM BF16 dense peak (datasheet 1,979 is with sparsity; dense is half)")
h100_hbm = restate("h100_hbm_gb", "H100_SXM_HBM_GB", "{:.0f} GB", "H100 SXM memory (decimal GB)")
pcie_bidir = restate("pcie5_gbps_bidir", "PCIE_GEN5_X16_GBPS_BIDIR", "{:.0f} GB/s",
                     "PCIe Gen5 x16 host link, both directions")
gpn = int(assume("gpus_per_node", 8, "{:d} GPUs", "GPUs per node, joined by NVLink", "assumption (HGX-class server)"))
usd_gpu_h = assume("usd_per_gpu_hour", 3.00, "${:.2f} per GPU-hour",
                   "Fully loaded H100 cost (an assumption, not a quote; same figure as the other walkthroughs)",
                   "assumption")

# Training arithmetic conventions
mfu_full = assume("mfu_full", 0.40, "{:.0%}", "Model FLOP utilisation of full fine-tuning", "assumption")
mfu_lora = assume("mfu_lora", 0.35, "{:.0%}", "Model FLOP utilisation of LoRA fine-tuning (smaller matmuls, more overhead)",
                  "assumption")
passes_full = assume("passes_full", 3, "{:d}x forward",
                     "Training compute of full fine-tuning in forward passes (forward + backward at twice the forward)",
                     "standard 6 x params x tokens convention")
passes_lora = assume("passes_lora", 2, "{:d}x forward",
                     "Training compute of LoRA in forward passes (backward skips weight gradients of frozen weights)",
                     "assumption (activation gradients still flow through every layer)")
state_train_bpp = assume("state_train_bpp", 16, "{:d} bytes",
                         "Training state per parameter in memory, mixed-precision Adam (2 + 2 + 12)", ZERO)
ckpt_bpp = assume("ckpt_bpp", 14, "{:d} bytes",
                  "Resumable checkpoint per trained parameter: BF16 weights + FP32 master, Adam m and v (no gradients)",
                  ZERO + "; gradients are not saved")
out_bpp = assume("out_bpp", 2, "{:d} bytes", "Published output per trained parameter (BF16 weights only)", "design choice")
model_state_share = assume("model_state_share", 0.6, "{:.0%}",
                           "Share of HBM given to model state (the rest holds activations and buffers)", "assumption")
lora_rank = int(assume("lora_rank", 16, "{:d}", "LoRA rank on every attention and MLP projection", "design choice"))
epochs = int(assume("epochs", 3, "{:d}", "Epochs over the customer's dataset", "assumption (a common default)"))

# Job mix at the design point
jobs_day = assume("jobs_day", 4_000, "{:,.0f} jobs/day", "Fine-tuning jobs created per day", "assumption")
invalid_share = assume("invalid_share", 0.15, "{:.0%}", "Share of jobs whose files fail validation", "assumption")
share_s = assume("share_s", 0.70, "{:.0%}", "Share of trained jobs: small model, LoRA (class S)", "assumption")
share_m = assume("share_m", 0.27, "{:.0%}", "Share of trained jobs: large model, LoRA (class M)", "assumption")
share_l = assume("share_l", 0.03, "{:.0%}", "Share of trained jobs: large model, full fine-tune (class L)", "assumption")
tok_s = assume("tok_s", 20e6, "{:,.0f} tokens", "Class S: trained tokens (dataset tokens x epochs)", "assumption")
tok_m = assume("tok_m", 100e6, "{:,.0f} tokens", "Class M: trained tokens", "assumption")
tok_l = assume("tok_l", 2e9, "{:,.0f} tokens", "Class L: trained tokens", "assumption")
gpus_s = int(assume("gpus_s", 1, "{:d} GPU", "Class S: GPUs per job (bin-packed, eight to a node)", "design choice"))
gpus_m = int(assume("gpus_m", 8, "{:d} GPUs", "Class M: GPUs per job (one node)", "design choice"))
gpus_l = int(assume("gpus_l", 64, "{:d} GPUs", "Class L: GPUs per job (a gang of eight nodes)", "design choice"))
overhead_min = assume("overhead_min", 8, "{:.0f} min",
                      "Per-attempt overhead on the GPUs: load base weights, warm up, final eval and export",
                      "assumption")
target_util = assume("target_util", 0.80, "{:.0%}", "Target allocated share of the fine-tuning fleet", "design choice")
bytes_per_token = assume("bytes_per_token", 5, "{:d} bytes",
                         "Bytes of JSONL per dataset token (4 characters per token plus JSON keys and roles)",
                         src("CHARS_PER_TOKEN_EN") + "; plus an assumed 25% of JSON structure")
min_examples = assume("min_examples", 10, "{:d}", "Smallest training file the public API accepts", OPENAI_SFT)

# Validation
tokenize_tps_core = assume("tokenize_tps_core", 1e6, "{:,.0f} tokens/s",
                           "Tokenizer throughput per CPU core", "assumption")
validate_cores = assume("validate_cores", 32, "{:d} cores", "CPU cores one validation task gets", "design choice")
moderation_tps_gpu = assume("moderation_tps_gpu", 100_000, "{:,.0f} tokens/s",
                            "Safety-classifier throughput per GPU over training data", "assumption")

# Failures (a published large run, used as the fleet's per-GPU rate)
llama_gpus = assume("llama_gpus", 16_384, "{:,.0f} GPUs", "H100s in the Llama 3 405B pre-training job", LLAMA)
llama_days = assume("llama_days", 54, "{:d} days", "Length of the reported snapshot", LLAMA)
llama_unexpected = assume("llama_unexpected", 419, "{:d}", "Unexpected interruptions in the snapshot", LLAMA)
fail_mult_bad = assume("fail_mult_bad", 3, "{:d}x", "Sensitivity: an older or less burnt-in fleet fails this much more often",
                       "assumption")
preempt_h = assume("preempt_h", 6, "{:.0f} h",
                   "Mean time between preemptions of a job running on capacity lent by inference", "assumption")
grace_s = assume("grace_s", 120, "{:d} s", "Notice a preempted job gets before it is stopped", "design choice")

# Checkpoint I/O
node_write_gbps = assume("node_write_gbps", 2.5, "{:.1f} GB/s", "Sustained checkpoint write rate one node gets from shared storage",
                         "assumption")
node_read_gbps = assume("node_read_gbps", 5.0, "{:.1f} GB/s", "Read rate of base weights from a node's local NVMe cache",
                        "assumption")
pcie_eff = assume("pcie_eff", 0.5, "{:.0%}", "Share of one PCIe direction a GPU-to-host snapshot achieves", "assumption")
restart_fixed_min = assume("restart_fixed_min", 3, "{:.0f} min",
                           "Restart overhead besides loading weights: reschedule, start containers, initialise NCCL",
                           "assumption")

# Gangs and moldable shapes
scale_eff = assume("scale_eff", 0.90, "{:.0%}", "Throughput gained by doubling a class L job from 32 to 64 GPUs, as a share of 2x",
                   "assumption")

# Fair share simulation
sim_nodes = int(assume("sim_nodes", 32, "{:d} nodes", "Simulated pool of single-node job slots", "assumption"))
sim_small_orgs = int(assume("sim_small_orgs", 40, "{:d}", "Small tenants, one job each, arriving over two hours", "assumption"))
sim_job_h = assume("sim_job_h", 3.0, "{:.0f} h", "Mean run time of a simulated job (one node)", "assumption")
sim_whale = int(assume("sim_whale", 200, "{:d} jobs", "The whale's burst (a hyperparameter sweep submitted at once)",
                       "interviewer twist"))
org_cap_nodes = int(assume("org_cap_nodes", 8, "{:d} nodes", "Per-tenant concurrency cap in the capped policy", "design choice"))

# DRF example
drf_gpus = assume("drf_pool_gpus", 512, "{:d} GPUs", "DRF example: training GPUs in the pool", "assumption")
drf_grader = assume("drf_grader_tps", 1_000_000, "{:,.0f} tokens/s", "DRF example: grader-model throughput shared by the pool",
                    "assumption")
drf_a_grader = assume("drf_a_grader", 100_000, "{:,.0f} tokens/s", "Tenant A (grader-based RL fine-tune): grader demand per job",
                      "assumption")
drf_b_grader = assume("drf_b_grader", 5_000, "{:,.0f} tokens/s", "Tenant B (supervised): grader demand per job (periodic evals)",
                      "assumption")

# Control plane
queue_wait_h = assume("queue_wait_h", 0.3, "{:.1f} h", "Mean time a valid job waits before it runs", "assumption")
poll_s = assume("poll_s", 10, "{:d} s", "Interval at which client SDKs poll a job's status", "assumption")
metric_every_s = assume("metric_every_s", 30, "{:d} s", "Interval between metric events of a running job", "design choice")
success_share = assume("success_share", 0.95, "{:.0%}", "Share of trained jobs that succeed and register a model", "assumption")

# Serving
host_ram_adapters_gb = assume("host_ram_adapter_gb", 1_000, "{:,.0f} GB", "Host memory a serving node sets aside for adapters",
                              "assumption")
gpu_adapter_gb = assume("gpu_adapter_gb", 20, "{:.0f} GB", "GPU memory a serving replica sets aside for resident adapters",
                        "assumption")
replica_gpus_full = int(assume("replica_gpus_full", 4, "{:d} GPUs",
                               "GPUs of one dedicated replica for a fully fine-tuned 70B model (weights plus KV cache)",
                               "assumption"))
assumptions_table()

# %% [markdown]
# ## 2. Model state
#
# Parameters from the config.json shapes (`llm.param_count`). Training memory is 16 bytes per
# parameter for mixed-precision Adam (ZeRO's 2 + 2 + 12). A resumable checkpoint drops the
# gradients: 14 bytes. The published model is BF16 weights: 2 bytes.
#
# LoRA adapter size: each adapted matrix W (d_in x d_out) gets A (d_in x r) and B (r x d_out),
# so r x (d_in + d_out) parameters. Per layer: q (hidden -> heads x head_dim), k and v
# (hidden -> kv_heads x head_dim), o (heads x head_dim -> hidden), gate and up (hidden -> ffn),
# down (ffn -> hidden).

# %%
def lora_params(m, r):
    q_out = m.heads * m.head_dim
    kv_out = m.kv_heads * m.head_dim
    per_layer = ((m.hidden + q_out) + 2 * (m.hidden + kv_out) + (q_out + m.hidden)
                 + 2 * (m.hidden + m.ffn) + (m.ffn + m.hidden))
    return r * per_layer * m.layers


p8 = llm.param_count(L8)
p70 = llm.param_count(L70)
p405 = llm.param_count(L405)
figure("p8_b", p8 / 1e9, "{:.2f}B parameters", "Llama 3.1 8B parameters from its shapes")
figure("p70_b", p70 / 1e9, "{:.1f}B parameters", "Llama 3.1 70B parameters from its shapes")
figure("p405_b", p405 / 1e9, "{:.1f}B parameters", "Llama 3.1 405B parameters from its shapes")

w70 = llm.weights_bytes(L70)
w8 = llm.weights_bytes(L8)
figure("w70_gb", w70 / 1e9, "{:.0f} GB", "70B weights in BF16")
figure("w8_gb", w8 / 1e9, "{:.0f} GB", "8B weights in BF16")

train70 = llm.weights_bytes(L70, state_train_bpp)
figure("train70_tb", train70 / 1e12, "{:.2f} TB", "70B full fine-tune: training state in memory")
min_gpus_l = llm.gpus_to_hold(train70, H100, model_state_share)
figure("min_gpus_l", min_gpus_l, "{:d} GPUs", "70B full fine-tune: fewest H100s whose model-state share holds it")
figure("min_nodes_l", math.ceil(min_gpus_l / gpn), "{:d} nodes", "The same, in whole nodes")
min_gpus_m = llm.gpus_to_hold(w70, H100, model_state_share)
figure("min_gpus_m", min_gpus_m, "{:d} GPUs", "70B LoRA: fewest H100s that hold the frozen BF16 weights")

ckpt70 = llm.weights_bytes(L70, ckpt_bpp)
figure("ckpt70_gb", ckpt70 / 1e9, "{:,.0f} GB", "70B full fine-tune: resumable checkpoint")
figure("ckpt70_gib", llm.to_gib(ckpt70), "{:,.0f} GiB", "The same in GiB")
figure("out70_gb", w70 / 1e9 * out_bpp / 2, "{:.0f} GB", "70B full fine-tune: published model (BF16)")

a8 = lora_params(L8, lora_rank)
a70 = lora_params(L70, lora_rank)
figure("a8_m", a8 / 1e6, "{:.1f}M parameters", "8B LoRA adapter parameters at the chosen rank")
figure("a70_m", a70 / 1e6, "{:.0f}M parameters", "70B LoRA adapter parameters at the chosen rank")
figure("a70_share", a70 / p70, "{:.2%}", "70B adapter as a share of the base model")
ckpt_a70 = a70 * ckpt_bpp
ckpt_a8 = a8 * ckpt_bpp
figure("ckpt_a70_gb", ckpt_a70 / 1e9, "{:.1f} GB", "70B LoRA: resumable checkpoint (adapter + its optimizer state)")
figure("ckpt_a8_mb", ckpt_a8 / 1e6, "{:,.0f} MB", "8B LoRA: resumable checkpoint")
out_a70 = a70 * out_bpp
out_a8 = a8 * out_bpp
figure("out_a70_mb", out_a70 / 1e6, "{:,.0f} MB", "70B LoRA: published adapter (BF16)")
figure("out_a8_mb", out_a8 / 1e6, "{:,.0f} MB", "8B LoRA: published adapter (BF16)")
figure("ckpt_full_over_lora", ckpt70 / ckpt_a70, "{:,.0f}x", "Full 70B checkpoint over a 70B LoRA checkpoint")

# Hand check: 8B q projection alone, r x (4096 + 4096) per layer
assert lora_params(L8, 1) == 32 * (8192 + 2 * (4096 + 1024) + 8192 + 2 * (4096 + 14336) + (14336 + 4096))

# %% [markdown]
# ## 3. Job classes
#
# Forward pass time is `llm.prefill_time_s` = 2 x params x tokens / (peak x MFU) on the job's
# GPUs; full fine-tuning is 3 forward passes (6 x params x tokens), LoRA 2.

# %%
classes = {
    "s": dict(p=p8, tokens=tok_s, gpus=gpus_s, passes=passes_lora, mfu=mfu_lora, share=share_s),
    "m": dict(p=p70, tokens=tok_m, gpus=gpus_m, passes=passes_lora, mfu=mfu_lora, share=share_m),
    "l": dict(p=p70, tokens=tok_l, gpus=gpus_l, passes=passes_full, mfu=mfu_full, share=share_l),
}
for k, c in classes.items():
    c["run_s"] = c["passes"] * llm.prefill_time_s(c["p"], c["tokens"], H100.bf16_dense_flops * c["gpus"], c["mfu"])
    c["run_h"] = c["run_s"] / 3600
    c["gpu_h_train"] = c["run_h"] * c["gpus"]
    c["gpu_h"] = (c["run_h"] + overhead_min / 60) * c["gpus"]
    c["flops"] = c["passes"] * 2 * c["p"] * c["tokens"]
    figure(f"flops_{k}", c["flops"], "{:.2e} FLOP", f"Class {k.upper()}: training FLOPs")
    figure(f"run_{k}", c["run_h"] * 60 if c["run_h"] < 1 else c["run_h"],
           "{:.0f} min" if c["run_h"] < 1 else "{:.1f} h", f"Class {k.upper()}: training time on its GPUs")
    figure(f"gpuh_{k}", c["gpu_h"], "{:,.1f} GPU-hours" if c["gpu_h"] < 10 else "{:,.0f} GPU-hours",
           f"Class {k.upper()}: GPU-hours per job including overhead")
    figure(f"usd_{k}", c["gpu_h"] * usd_gpu_h, "${:,.0f}" if c["gpu_h"] * usd_gpu_h >= 10 else "${:,.2f}",
           f"Class {k.upper()}: GPU cost per job")
    figure(f"usd_per_mtok_{k}", c["gpu_h"] * usd_gpu_h / (c["tokens"] / 1e6), "${:.2f}",
           f"Class {k.upper()}: GPU cost per million trained tokens")

figure("overhead_share_s", (overhead_min / 60) / (classes["s"]["run_h"] + overhead_min / 60), "{:.0%}",
       "Class S: share of its GPU time spent on fixed overhead")
figure("dataset_tok_l", tok_l / epochs / 1e6, "{:,.0f}M tokens", "Class L: dataset tokens (one epoch)")
figure("dataset_gb_l", tok_l / epochs * bytes_per_token / 1e9, "{:.1f} GB", "Class L: training file size")
figure("dataset_mb_s", tok_s / epochs * bytes_per_token / 1e6, "{:.0f} MB", "Class S: training file size")
epoch_h_l = classes["l"]["run_h"] / epochs
figure("epoch_h_l", epoch_h_l, "{:.1f} h", "Class L: one epoch")

# %% [markdown]
# ## 4. Daily load, fleet and money

# %%
trained_day = jobs_day * (1 - invalid_share)
figure("trained_day", trained_day, "{:,.0f} jobs/day", "Jobs that pass validation and train")
gpu_h_day = 0
for k, c in classes.items():
    c["jobs_day"] = trained_day * c["share"]
    c["gpu_h_day"] = c["jobs_day"] * c["gpu_h"]
    gpu_h_day += c["gpu_h_day"]
    figure(f"jobs_day_{k}", c["jobs_day"], "{:,.0f} jobs/day", f"Class {k.upper()}: jobs per day")
for k, c in classes.items():
    figure(f"gpuh_share_{k}", c["gpu_h_day"] / gpu_h_day, "{:.0%}", f"Class {k.upper()}: share of GPU-hours")
figure("gpu_h_day", gpu_h_day, "{:,.0f} GPU-hours/day", "GPU-hours per day, all classes")
busy_gpus = gpu_h_day / 24
figure("busy_gpus", busy_gpus, "{:,.0f} GPUs", "GPUs busy on average")
fleet_gpus = math.ceil(busy_gpus / target_util / (gpn * 8)) * gpn * 8  # whole 8-node blocks
fleet_nodes = fleet_gpus // gpn
figure("fleet_gpus", fleet_gpus, "{:,.0f} GPUs", "Fine-tuning fleet at the target utilisation (whole 64-GPU blocks)")
figure("fleet_nodes", fleet_nodes, "{:,.0f} nodes", "The same in nodes")
figure("usd_day", gpu_h_day * usd_gpu_h, "${:,.0f}", "GPU cost of a day's fine-tuning")
figure("usd_month_fleet", fleet_gpus * 24 * ref.DAYS_PER_MONTH_AVG * usd_gpu_h / 1e6, "${:.1f}M",
       "Fleet cost per average month")
figure("one_pct_month", fleet_gpus * 24 * ref.DAYS_PER_MONTH_AVG * usd_gpu_h * 0.01, "${:,.0f}",
       "One point of fleet utilisation per month")

# MVP: LoRA only, single-node jobs, 64 nodes
mvp_nodes = 64
mvp_gpus = mvp_nodes * gpn
figure("mvp_nodes", mvp_nodes, "{:d} nodes", "MVP pool")
figure("mvp_gpus", mvp_gpus, "{:d} GPUs", "MVP pool in GPUs")
lora_gpu_h = (share_s * classes["s"]["gpu_h"] + share_m * classes["m"]["gpu_h"]) / (share_s + share_m)
figure("lora_gpuh_mean", lora_gpu_h, "{:.1f} GPU-hours", "Mean LoRA job (S and M mix)")
mvp_jobs_day = mvp_gpus * 24 * target_util / lora_gpu_h
figure("mvp_jobs_day", mvp_jobs_day, "{:,.0f} jobs/day", "LoRA jobs a day the MVP pool trains at target utilisation")
lora_jobs_day = classes["s"]["jobs_day"] + classes["m"]["jobs_day"]
figure("lora_jobs_day", lora_jobs_day, "{:,.0f} jobs/day", "LoRA jobs a day at the design point")
figure("mvp_growth_x", lora_jobs_day / mvp_jobs_day, "{:.1f}x", "LoRA pool growth from the MVP to the design point")

# %% [markdown]
# ## 5. Data validation
#
# Without validation, a bad file reaches a GPU. If the first bad line sits uniformly in the
# first epoch, training crashes on average half-way through epoch 1: 1/(2 x epochs) of the
# run, after the fixed overhead. Files that are malformed everywhere crash at once, and files
# that are wrong but parse never crash (they produce a useless model), so this is a middle case.

# %%
crash_frac = 1 / (2 * epochs)
figure("crash_frac", crash_frac, "{:.0%}", "Mean share of the run completed before an unvalidated bad file crashes it")
wasted_day = 0
for k, c in classes.items():
    bad_jobs = jobs_day * invalid_share * c["share"]
    wasted_day += bad_jobs * c["gpus"] * (c["run_h"] * crash_frac + overhead_min / 60)
figure("invalid_day", jobs_day * invalid_share, "{:,.0f} jobs/day", "Jobs stopped at validation")
figure("wasted_gpu_h_day", wasted_day, "{:,.0f} GPU-hours/day", "GPU-hours validation saves per day")
figure("wasted_usd_day", wasted_day * usd_gpu_h, "${:,.0f}", "The same in money per day")
figure("wasted_share", wasted_day / gpu_h_day, "{:.1%}", "The same as a share of the day's useful GPU-hours")
l_fail_late = classes["l"]["gpus"] * classes["l"]["run_h"] * 0.6
figure("l_fail_60_gpu_h", l_fail_late, "{:,.0f} GPU-hours", "Class L job that dies 60% of the way through")
figure("l_fail_60_usd", l_fail_late * usd_gpu_h, "${:,.0f}", "The same in money")

ds_tok_l = tok_l / epochs
tok_time_l = ds_tok_l / (tokenize_tps_core * validate_cores)
figure("tokenize_l_s", tok_time_l, "{:.0f} s", "Class L: tokenising its file on one validation task")
mod_gpu_h_l = ds_tok_l / moderation_tps_gpu / 3600
figure("moderation_l_gpu_h", mod_gpu_h_l, "{:.1f} GPU-hours", "Class L: safety classifier over its file")
figure("moderation_l_share", mod_gpu_h_l / classes["l"]["gpu_h"], "{:.2%}", "The same as a share of its training GPU-hours")
ds_tok_day = sum(c["jobs_day"] * c["tokens"] / epochs for c in classes.values()) / (1 - invalid_share)
figure("validate_tok_day", ds_tok_day / 1e9, "{:.0f}B tokens/day", "Dataset tokens validated per day (all submissions)")
figure("validate_core_h_day", ds_tok_day / tokenize_tps_core / 3600, "{:,.0f} core-hours/day",
       "CPU core-hours of tokenisation per day")
figure("moderation_gpu_h_day", ds_tok_day / moderation_tps_gpu / 3600, "{:,.0f} GPU-hours/day",
       "Safety classifier GPU-hours per day over all submitted data")
figure("moderation_day_share", ds_tok_day / moderation_tps_gpu / 3600 / gpu_h_day, "{:.1%}",
       "The same as a share of training GPU-hours")
smoke_steps_min = 3
figure("smoke_l_gpu_h", gpus_l * smoke_steps_min / 60, "{:.1f} GPU-hours",
       "A 3-minute smoke run of class L on its real allocation")

# %% [markdown]
# ## 6. Failures at fleet scale
#
# Per-GPU interruption rate from the Llama 3 snapshot, treated as this fleet's rate. It
# counts every unexpected interruption (GPU, memory, network, software), so it is the rate
# at which a job stops, not the rate at which a GPU dies.

# %%
mtbf_gpu_h = llama_days * 24 * llama_gpus / llama_unexpected
figure("mtbf_gpu_h", mtbf_gpu_h, "{:,.0f} GPU-hours", "Mean GPU-hours between unexpected interruptions, per GPU")


def job_mtbf_h(n, mult=1):
    return mtbf_gpu_h / n / mult


def p_int(n, hours, mult=1):
    return 1 - math.exp(-hours / job_mtbf_h(n, mult))


for k, c in classes.items():
    c["mtbf_h"] = job_mtbf_h(c["gpus"])
    figure(f"mtbf_{k}_h", c["mtbf_h"], "{:,.0f} h", f"Class {k.upper()}: job's mean time between interruptions")
    figure(f"p_int_{k}", p_int(c["gpus"], c["run_h"]), "{:.3%}" if k != "l" else "{:.1%}",
           f"Class {k.upper()}: chance one run is interrupted")
fleet_int_day = fleet_gpus * 24 / mtbf_gpu_h
figure("fleet_int_day", fleet_int_day, "{:.1f} per day", "Interruptions per day across the fine-tuning fleet")
figure("fleet_int_day_bad", fleet_int_day * fail_mult_bad, "{:.1f} per day", "The same on the less reliable fleet")
jobs_hit_day = gpu_h_day / mtbf_gpu_h
figure("jobs_hit_day", jobs_hit_day, "{:.1f} jobs/day", "Running jobs interrupted by hardware per day")
figure("jobs_hit_share", jobs_hit_day / trained_day, "{:.3%}", "As a share of trained jobs")
figure("l_int_share_of_hits", classes["l"]["gpu_h_day"] / gpu_h_day, "{:.0%}",
       "Share of those interruptions that land on class L (its share of GPU-hours)")
figure("p_int_l_bad", p_int(gpus_l, classes["l"]["run_h"], fail_mult_bad), "{:.1%}",
       "Class L: chance of interruption on the less reliable fleet")

# %% [markdown]
# ## 7. Checkpoint interval
#
# delta: the training stall for one checkpoint; M: mean time between interruptions that lose
# work; R: restart time. Young (1974): tau = sqrt(2 delta M). Daly (2006): tau = sqrt(2 delta M)
# [1 + (1/3) sqrt(delta / 2M) + (1/9) (delta / 2M)] - delta for delta < 2M. Exact expected
# wall time per unit of work for exponential failures: M e^(R/M) (e^((tau + delta)/M) - 1) / tau.
#
# A preemption with notice is not a loss: the job saves on the signal. Only preemptions
# without notice add to the interruption rate.

# %%
# Young, Daly and the goodput model live in estimates.checkpointing (tested against Daly's
# published examples); the short names below are the ones this notebook uses.
from estimates.checkpointing import best_interval as exact_opt  # noqa: E402
from estimates.checkpointing import daly_interval as daly  # noqa: E402
from estimates.checkpointing import goodput  # noqa: E402
from estimates.checkpointing import young_interval as young  # noqa: E402


# Daly's own worked example (his Fig. 3 caption: M = 24 h, delta = 5 min, R = 10 min -> 117 min)
assert abs(daly(5, 24 * 60) - 117) < 1.5

nodes_l = gpus_l // gpn
delta_l = ckpt70 / (nodes_l * node_write_gbps * 1e9)  # seconds, synchronous
figure("delta_l_s", delta_l, "{:.0f} s", "Class L: synchronous checkpoint stall (checkpoint / nodes x write rate)")
shard_gpu = ckpt70 / gpus_l
delta_l_async = shard_gpu / (pcie_bidir / 2 * 1e9 * pcie_eff)
figure("shard_gpu_gb", shard_gpu / 1e9, "{:.1f} GB", "Class L: checkpoint shard per GPU")
figure("delta_l_async_s", delta_l_async, "{:.1f} s", "Class L: stall to snapshot the shard to host memory (async)")
restart_l_s = restart_fixed_min * 60 + ckpt70 / nodes_l / (node_read_gbps * 1e9)
figure("restart_l_min", restart_l_s / 60, "{:.1f} min", "Class L: restart (fixed overhead + load checkpoint)")

M_hw_l = classes["l"]["mtbf_h"] * 3600
M_pre_l = 1 / (1 / M_hw_l + 1 / (preempt_h * 3600))
figure("m_nopre_l_h", M_pre_l / 3600, "{:.1f} h", "Class L: mean time between losses if preemptions come without notice")
for tag, M in [("hw", M_hw_l), ("pre", M_pre_l)]:
    ty, td = young(delta_l, M), daly(delta_l, M)
    to, go = exact_opt(delta_l, M, restart_l_s)
    figure(f"young_l_{tag}", ty / 60 if ty < 7200 else ty / 3600, "{:.0f} min" if ty < 7200 else "{:.1f} h",
           f"Class L ({tag}): Young's interval")
    figure(f"daly_l_{tag}", td / 60 if td < 7200 else td / 3600, "{:.0f} min" if td < 7200 else "{:.1f} h",
           f"Class L ({tag}): Daly's interval")
    figure(f"exact_l_{tag}", to / 60 if to < 7200 else to / 3600, "{:.0f} min" if to < 7200 else "{:.1f} h",
           f"Class L ({tag}): exact optimum")
    figure(f"gp_l_{tag}", go, "{:.2%}", f"Class L ({tag}): best goodput")
    figure(f"young_daly_gap_{tag}", abs(ty - td) / td, "{:.1%}", f"Class L ({tag}): Young vs Daly gap")
figure("gp_l_pre_epoch", goodput(epoch_h_l * 3600, delta_l, M_pre_l, restart_l_s), "{:.1%}",
       "Class L: goodput if it checkpoints only at epoch ends and preemptions come without notice")
figure("gp_l_pre_never", goodput(classes["l"]["run_s"], delta_l, M_pre_l, restart_l_s), "{:.1%}",
       "Class L: goodput with no checkpoint until the end, preemptions without notice")
lost_no_notice = classes["l"]["gpus"] * (young(delta_l, M_pre_l) / 2 + restart_l_s) / 3600
lost_notice = classes["l"]["gpus"] * (delta_l + restart_l_s) / 3600
figure("preempt_cost_nonotice_gpu_h", lost_no_notice, "{:.0f} GPU-hours",
       "Class L: GPU-hours a preemption without notice costs (half an interval + restart)")
figure("preempt_cost_notice_gpu_h", lost_notice, "{:.1f} GPU-hours",
       "Class L: GPU-hours a preemption with notice costs (save + restart)")
figure("grace_over_delta", grace_s / delta_l, "{:.1f}x", "Grace period over the synchronous save time")

# LoRA class M
delta_m = ckpt_a70 / (node_write_gbps * 1e9)
figure("delta_m_s", delta_m, "{:.1f} s", "Class M: adapter checkpoint stall")
restart_m_s = restart_fixed_min * 60 + w70 / (node_read_gbps * 1e9)
figure("restart_m_min", restart_m_s / 60, "{:.1f} min", "Class M: restart (fixed overhead + reload 70B base weights)")
figure("base_load_m_s", w70 / (node_read_gbps * 1e9), "{:.0f} s", "Class M: reading the 70B base weights from local NVMe")
figure("base_load_remote_m_s", w70 / (node_write_gbps * 1e9), "{:.0f} s",
       "Class M: reading them from shared storage instead (at the write-rate figure)")
M_hw_m = classes["m"]["mtbf_h"] * 3600
M_pre_m = 1 / (1 / M_hw_m + 1 / (preempt_h * 3600))
figure("young_m_hw", young(delta_m, M_hw_m) / 60, "{:.0f} min", "Class M: Young's interval, hardware only")
figure("young_m_pre", young(delta_m, M_pre_m) / 60, "{:.1f} min", "Class M: Young's interval, preemptions without notice")
figure("gp_m_pre", exact_opt(delta_m, M_pre_m, restart_m_s)[1], "{:.1%}", "Class M: best goodput, preemptions without notice")
figure("restart_share_m", restart_m_s / (restart_m_s + delta_m), "{:.0%}",
       "Class M: restart's share of the cost of one preemption with notice")

# Chart 1: goodput against checkpoint interval for class L
taus_min = np.geomspace(5, 600, 300)
fig, ax = new_chart()
for (label, M), colour in zip([("hardware failures only", M_hw_l),
                               (f"plus preemption every {preempt_h:.0f} h without notice", M_pre_l)], SERIES):
    ax.plot(taus_min, [goodput(t * 60, delta_l, M, restart_l_s) * 100 for t in taus_min], color=colour, label=label)
    ty = young(delta_l, M) / 60
    if ty <= 600:
        ax.plot([ty], [goodput(ty * 60, delta_l, M, restart_l_s) * 100], "o", color=colour)
ax.axvline(epoch_h_l * 60, color=SERIES[2], linestyle="--", linewidth=1.2)
ax.text(epoch_h_l * 60 * 0.95, 35, "one epoch", ha="right", fontsize=9)
ax.set_xscale("log")
ax.set_ylim(30, 100)
ax.set_xlabel("Checkpoint interval, minutes (log scale); dots mark Young's sqrt(2 x delta x M)")
ax.set_ylabel("Goodput (%)")
ax.legend(frameon=False, fontsize=9, loc="lower left")
show(fig, alt="Goodput of a 64-GPU full fine-tune of a 70B model against checkpoint interval from 5 minutes to 10 "
              "hours: with hardware failures only the curve rises from about 86 percent at 5 minutes to a flat peak "
              "just above 99 percent between about 3 and 10 hours; when preemptions arrive every six hours without "
              "notice the curve peaks near 92 percent at an interval of about 24 minutes, falls to about 75 percent "
              "at a once-per-epoch interval and below 40 percent at 10 hours")

# %% [markdown]
# ## 8. Gangs and moldable shapes
#
# Class L can run on 32 or 64 GPUs (both hold the state). Doubling gains scale_eff x 2 in
# throughput. Waiting w hours for 64 GPUs beats starting now on 32 while w < T32 - T64.

# %%
t64 = classes["l"]["run_h"]
t32 = t64 * 2 * scale_eff
figure("t64_h", t64, "{:.1f} h", "Class L on 64 GPUs")
figure("t32_h", t32, "{:.1f} h", "Class L on 32 GPUs")
figure("mold_breakeven_h", t32 - t64, "{:.1f} h", "Longest wait for 64 GPUs that still finishes sooner")
figure("gpuh_32_saving", (t64 * 64 - t32 * 32), "{:.0f} GPU-hours", "GPU-hours saved by running on 32 instead of 64")

# Collecting a class L gang from nodes freed by class M jobs
running_m = classes["m"]["jobs_day"] / 24 * (classes["m"]["run_h"] + overhead_min / 60)
free_rate_m = running_m / (classes["m"]["run_h"] + overhead_min / 60)  # nodes per hour
figure("running_m_nodes", running_m, "{:.0f} nodes", "Nodes busy with class M jobs on average (Little's law)")
figure("free_rate_m", free_rate_m, "{:.0f} nodes/h", "Rate at which class M jobs free whole nodes")
collect_h = nodes_l / free_rate_m
figure("collect_l_min", collect_h * 60, "{:.0f} min", "Time to collect 8 nodes if every freed node goes to the gang")
idle_gpu_h = nodes_l ** 2 / (2 * free_rate_m) * gpn
figure("collect_idle_gpu_h", idle_gpu_h, "{:.0f} GPU-hours", "GPU-hours the collected nodes idle (N^2 / 2r) without backfill")
figure("collect_idle_share", idle_gpu_h / classes["l"]["gpu_h"], "{:.1%}", "As a share of the class L job's GPU-hours")
running_s = classes["s"]["jobs_day"] / 24 * (classes["s"]["run_h"] + overhead_min / 60)
figure("running_s_gpus", running_s, "{:.0f} GPUs", "GPUs busy with class S jobs on average")
figure("s_job_min", (classes["s"]["run_h"] + overhead_min / 60) * 60, "{:.0f} min", "Class S: time on its GPU including overhead")

# %% [markdown]
# ## 9. Fair share: a whale's burst
#
# 32 single-node slots. The whale submits its burst at t = 0; small tenants submit one job
# each at evenly spaced times over two hours. Job lengths are fixed pseudo-random draws
# (exponential, mean 3 h) so the runs are deterministic. Three policies:
#
# * FIFO by submission time.
# * Fair share: the next free slot goes to the tenant with the fewest running jobs (weight 1
#   each), ties by submission time. Work-conserving.
# * Per-tenant cap: FIFO, but no tenant runs more than `org_cap_nodes` at once.

# %%
def simulate(whale, policy, seed=11):
    rng = np.random.default_rng(seed)
    jobs = []  # (submit_h, org, duration_h)
    for i in range(whale):
        jobs.append((0.0, "whale", float(rng.exponential(sim_job_h))))
    for i in range(sim_small_orgs):
        jobs.append((2.0 * (i + 0.5) / sim_small_orgs, f"small{i}", float(rng.exponential(sim_job_h))))
    order = sorted(range(len(jobs)), key=lambda j: (jobs[j][0], j))
    t = 0.0
    free = sim_nodes
    running = {}  # org -> count
    ends = []  # heap of (end_time, org)
    pending = []  # indices submitted and not started
    nxt = 0
    waits = {}
    finish = {}
    while nxt < len(order) or pending or ends:
        # advance to the next event
        t_sub = jobs[order[nxt]][0] if nxt < len(order) else math.inf
        t_end = ends[0][0] if ends else math.inf
        t = min(t_sub, t_end)
        while ends and ends[0][0] <= t:
            _, org = heapq.heappop(ends)
            running[org] -= 1
            free += 1
        while nxt < len(order) and jobs[order[nxt]][0] <= t:
            pending.append(order[nxt])
            nxt += 1
        while free > 0 and pending:
            if policy == "fifo":
                cand = pending[0]
            elif policy == "cap":
                ok = [j for j in pending if running.get(jobs[j][1], 0) < org_cap_nodes]
                if not ok:
                    break
                cand = ok[0]
            else:  # fair
                cand = min(pending, key=lambda j: (running.get(jobs[j][1], 0), jobs[j][0], j))
            pending.remove(cand)
            sub, org, dur = jobs[cand]
            waits[cand] = t - sub
            finish[cand] = t + dur
            running[org] = running.get(org, 0) + 1
            free -= 1
            heapq.heappush(ends, (t + dur, org))
        if not pending and nxt >= len(order) and not ends:
            break
    small = [waits[j] for j in range(len(jobs)) if jobs[j][1] != "whale"]
    whale_done = max([finish[j] for j in range(len(jobs)) if jobs[j][1] == "whale"], default=0.0)
    return float(np.mean(small)), float(np.percentile(small, 95)), whale_done


res = {p: simulate(sim_whale, p) for p in ["fifo", "fair", "cap"]}
for p, (mean_w, p95_w, whale_done) in res.items():
    figure(f"sim_{p}_small_mean_h", mean_w, "{:.1f} h" if mean_w >= 1 else "{:.2f} h", f"{p}: small tenants' mean wait")
    figure(f"sim_{p}_small_p95_h", p95_w, "{:.1f} h" if p95_w >= 1 else "{:.2f} h", f"{p}: small tenants' p95 wait")
    figure(f"sim_{p}_whale_done_h", whale_done, "{:.0f} h", f"{p}: when the whale's last job finishes")
figure("sim_whale_gpu_h", sim_whale * sim_job_h * gpn, "{:,.0f} GPU-hours", "The whale's burst in GPU-hours (mean)")
figure("sim_whale_cap_slowdown", res["cap"][2] / res["fair"][2], "{:.1f}x",
       "How much later the whale finishes under the cap than under fair share")
figure("sim_fifo_over_fair", res["fifo"][0] / max(res["fair"][0], 1e-6), "{:,.0f}x",
       "Small tenants' mean wait, FIFO over fair share")

# Chart 2: small tenants' mean wait against the whale's burst size
bursts = [0, 25, 50, 100, 150, 200, 300, 400]
fig, ax = new_chart()
for (p, label), colour in zip([("fifo", "FIFO"), ("cap", f"FIFO + cap of {org_cap_nodes} nodes per tenant"),
                               ("fair", "fair share (fewest running first)")], SERIES):
    ax.plot(bursts, [simulate(b, p)[0] for b in bursts], marker="o", color=colour, label=label)
ax.set_xlabel("Jobs the whale submits at once")
ax.set_ylabel("Small tenants' mean wait (hours)")
ax.legend(frameon=False, fontsize=9, loc="upper left")
show(fig, alt="Small tenants' mean wait against the size of one tenant's burst on a 32-node pool: under FIFO the wait "
              "grows roughly linearly to more than a day at 400 jobs; with a per-tenant cap or with fair share it "
              "stays around an hour or less at every burst size")

# %% [markdown]
# ## 10. DRF with grader throughput
#
# Tenant A runs grader-based RL fine-tunes (8 GPUs + heavy grader calls); tenant B supervised
# fine-tunes (8 GPUs + light eval calls). Progressive filling: repeatedly start a job for the
# tenant with the lower dominant share while it fits.

# %%
a_vec = (8, drf_a_grader)
b_vec = (8, drf_b_grader)
cap = (drf_gpus, drf_grader)
used = [0.0, 0.0]
n = {"a": 0, "b": 0}
alloc = {"a": [0.0, 0.0], "b": [0.0, 0.0]}
vec = {"a": a_vec, "b": b_vec}


def dom(t):
    return max(alloc[t][0] / cap[0], alloc[t][1] / cap[1])


blocked = set()
while len(blocked) < 2:
    t = min((x for x in ["a", "b"] if x not in blocked), key=lambda x: (dom(x), x))
    v = vec[t]
    if used[0] + v[0] <= cap[0] and used[1] + v[1] <= cap[1]:
        used[0] += v[0]
        used[1] += v[1]
        alloc[t][0] += v[0]
        alloc[t][1] += v[1]
        n[t] += 1
    else:
        blocked.add(t)
figure("drf_a_dom_per_job", drf_a_grader / drf_grader, "{:.0%}", "DRF: one A job's share of grader throughput (its dominant)")
figure("drf_b_dom_per_job", 8 / drf_gpus, "{:.2%}", "DRF: one B job's share of GPUs (its dominant)")
figure("drf_a_jobs", n["a"], "{:d} jobs", "DRF: tenant A's jobs")
figure("drf_b_jobs", n["b"], "{:d} jobs", "DRF: tenant B's jobs")
figure("drf_a_gpus", alloc["a"][0], "{:.0f} GPUs", "DRF: tenant A's GPUs")
figure("drf_b_gpus", alloc["b"][0], "{:.0f} GPUs", "DRF: tenant B's GPUs")
figure("drf_a_share", dom("a"), "{:.0%}", "DRF: tenant A's dominant share")
figure("drf_b_share", dom("b"), "{:.0%}", "DRF: tenant B's dominant share")
figure("drf_gpu_used", used[0] / cap[0], "{:.0%}", "DRF: share of GPUs in use")
figure("drf_grader_used", used[1] / cap[1], "{:.0%}", "DRF: share of grader throughput in use")
half_jobs = int(drf_gpus / 2 // 8)
figure("gpuonly_half_jobs", half_jobs, "{:d} jobs", "GPU-only fair share: jobs per tenant at half the GPUs")
a_can = int((drf_grader - half_jobs * drf_b_grader) // drf_a_grader)
figure("gpuonly_a_runs", a_can, "{:d} jobs", "GPU-only: A's jobs the grader can feed once B's jobs take their share")
figure("gpuonly_a_demand_x", half_jobs * drf_a_grader / drf_grader, "{:.1f}x",
       "GPU-only: grader demand of A's half over the grader's capacity")
figure("gpuonly_stalled_gpus", (half_jobs - a_can) * 8, "{:.0f} GPUs",
       "GPU-only: A's GPUs held by jobs starved of grader throughput")

# %% [markdown]
# ## 11. Control plane

# %%
mean_run_h = sum(c["share"] * (c["run_h"] + overhead_min / 60) for c in classes.values())
active = trained_day / 24 * (mean_run_h + queue_wait_h)
running_jobs = trained_day / 24 * mean_run_h
figure("mean_run_h", mean_run_h, "{:.1f} h", "Mean time a trained job runs")
figure("active_jobs", active, "{:,.0f} jobs", "Jobs queued or running at any moment (Little's law)")
figure("running_jobs", running_jobs, "{:,.0f} jobs", "Jobs running at any moment")
figure("polls_s", active / poll_s, "{:,.0f} requests/s", "Status polls per second")
figure("metric_events_s", running_jobs / metric_every_s, "{:.0f} events/s", "Metric events per second")
figure("creates_s", jobs_day / 86_400, "{:.2f} jobs/s", "Job creations per second (mean)")
events_per_job = 12 + sum(c["share"] * c["run_h"] * 3600 / metric_every_s for c in classes.values())
figure("events_per_job", events_per_job, "{:,.0f} events", "Events per trained job (status changes plus metrics)")
figure("events_day_m", trained_day * events_per_job / 1e6, "{:.1f}M events/day", "Events written per day")

# %% [markdown]
# ## 12. Registry and serving

# %%
models_day = trained_day * success_share
figure("models_day", models_day, "{:,.0f} models/day", "Models registered per day")
reg_bytes = {"s": out_a8, "m": out_a70, "l": w70}
reg_day = sum(classes[k]["jobs_day"] * success_share * reg_bytes[k] for k in classes)
figure("registry_tb_day", reg_day / 1e12, "{:.1f} TB/day", "Published model bytes per day")
figure("registry_pb_year", reg_day * ref.DAYS_PER_YEAR / 1e15, "{:.1f} PB/year", "The same per year, before retention")
figure("registry_l_share", classes["l"]["jobs_day"] * success_share * w70 / reg_day, "{:.0%}",
       "Share of those bytes from full fine-tunes")
figure("adapters_host", host_ram_adapters_gb * 1e9 / out_a70, "{:,.0f} adapters",
       "70B adapters one serving node keeps in host memory")
figure("adapters_gpu", gpu_adapter_gb * 1e9 / out_a70, "{:.0f} adapters", "70B adapters resident on one replica's GPUs")
figure("adapter_load_s", out_a70 / (node_write_gbps * 1e9), "{:.2f} s", "Loading one 70B adapter from shared storage")
figure("adapter_host_to_gpu_ms", out_a70 / (pcie_bidir / 2 * 1e9 * pcie_eff) * 1000, "{:.0f} ms",
       "Copying one 70B adapter host-to-GPU over PCIe")
ded_month = replica_gpus_full * 24 * ref.DAYS_PER_MONTH_AVG * usd_gpu_h
figure("dedicated_usd_month", ded_month, "${:,.0f}", "One dedicated replica of a fully fine-tuned 70B model per month")
figure("full_models_month", classes["l"]["jobs_day"] * success_share * ref.DAYS_PER_MONTH_AVG, "{:,.0f} models",
       "Fully fine-tuned models registered per month")

# %% [markdown]
# ## 13. Scaling 10x, 100x, 1000x

# %%
for x in [1, 10, 100, 1000]:
    figure(f"x{x}_jobs_day", jobs_day * x, "{:,.0f}", f"{x}x: jobs per day")
    figure(f"x{x}_fleet", fleet_gpus * x, "{:,.0f}", f"{x}x: fine-tuning GPUs")
    figure(f"x{x}_usd_day", gpu_h_day * x * usd_gpu_h / 1e6, "${:,.1f}M" if gpu_h_day * x * usd_gpu_h < 1e9 else "${:,.0f}M",
           f"{x}x: GPU cost per day")
    figure(f"x{x}_int_day", fleet_int_day * x, "{:,.0f}" if fleet_int_day * x >= 10 else "{:.1f}",
           f"{x}x: hardware interruptions per day")
    figure(f"x{x}_active", active * x, "{:,.0f}", f"{x}x: jobs queued or running")
    figure(f"x{x}_polls", active * x / poll_s, "{:,.0f}/s", f"{x}x: status polls")
    figure(f"x{x}_models_day", models_day * x, "{:,.0f}", f"{x}x: models registered per day")
    figure(f"x{x}_registry_pb", reg_day * x * ref.DAYS_PER_YEAR / 1e15, "{:,.1f} PB" if x < 100 else "{:,.0f} PB",
           f"{x}x: model bytes per year")
    figure(f"x{x}_validate_cores", ds_tok_day * x / tokenize_tps_core / 86_400, "{:,.0f}",
           f"{x}x: CPU cores busy tokenising, on average")

# %% [markdown]
# ## 14. Interviewer twists

# %%
# A 405B full fine-tune for one enterprise customer
train405 = llm.weights_bytes(L405, state_train_bpp)
figure("train405_tb", train405 / 1e12, "{:.1f} TB", "405B full fine-tune: training state")
min405 = llm.gpus_to_hold(train405, H100, model_state_share)
figure("min405_gpus", min405, "{:d} GPUs", "405B: fewest H100s that hold it")
g405 = 256
figure("g405", g405, "{:d} GPUs", "405B job size chosen (whole 64-GPU blocks above the minimum)")
ckpt405 = llm.weights_bytes(L405, ckpt_bpp)
figure("ckpt405_tb", ckpt405 / 1e12, "{:.1f} TB", "405B checkpoint")
delta405 = ckpt405 / (g405 // gpn * node_write_gbps * 1e9)
figure("delta405_s", delta405, "{:.0f} s", "405B synchronous checkpoint stall")
run405 = passes_full * llm.prefill_time_s(p405, tok_l, H100.bf16_dense_flops * g405, mfu_full) / 3600
figure("run405_h", run405, "{:.1f} h", "405B on 256 GPUs for class L's token count")
figure("mtbf405_h", job_mtbf_h(g405), "{:.0f} h", "405B job: mean time between interruptions")
figure("p_int405", p_int(g405, run405), "{:.1%}", "405B job: chance of an interruption during the run")
figure("young405_h", young(delta405, job_mtbf_h(g405) * 3600) / 3600, "{:.1f} h", "405B: Young's interval")
figure("usd405", run405 * g405 * usd_gpu_h, "${:,.0f}", "405B job: GPU cost")

# Sweep of 2,000 jobs from one tenant
sweep = 2_000
figure("sweep_gpu_h", sweep * classes["s"]["gpu_h"], "{:,.0f} GPU-hours", "A 2,000-job class S sweep")
figure("sweep_share_day", sweep * classes["s"]["gpu_h"] / gpu_h_day, "{:.1%}", "The sweep as a share of a day's GPU-hours")
figure("sweep_vs_s_day", sweep / classes["s"]["jobs_day"], "{:.1f}x", "The sweep over a normal day's class S jobs")

# Inference reclaims 25% of the fleet at its daily peak
reclaim = 0.25
figure("reclaim_gpus", fleet_gpus * reclaim, "{:,.0f} GPUs", "GPUs inference takes back at its peak")
figure("reclaim_m_jobs", fleet_gpus * reclaim / gpus_m, "{:,.0f} jobs", "Class M jobs that must stop if all reclaimed GPUs ran M")
figure("reclaim_m_cost_gpu_h", fleet_gpus * reclaim * (delta_m + restart_m_s) / 3600, "{:,.0f} GPU-hours",
       "Cost of stopping them with notice (save + restart)")
